from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from meetings_app.app.session import (
    HttpAuthenticator,
    SessionService,
    SignInError,
    StartState,
    normalize_server,
)
from meetings_app.domain.errors import AppError
from meetings_app.security import keyring_store as ks
from meetings_app.security.keyring_store import KdfParams, KeyringSecrets, open_secrets
from meetings_app.security.lease import LeaseExpired
from meetings_app.sync.wire import LoginRequest
from tests.support.member_meeting import NOW, MemberStore
from tests.support.memory_keyring import MemoryKeyring

TOKEN = "tok-secret-123"


def fake_server(expires: dt.datetime, calls: list[LoginRequest]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/logout"):
            return httpx.Response(204)
        body = LoginRequest.model_validate_json(request.content)
        calls.append(body)
        if body.password != "đúng":
            return httpx.Response(401, json={"code": "AUTH_FAILED", "message": "wrong"})
        return httpx.Response(
            200,
            json={
                "token": TOKEN,
                "expires_at": expires.isoformat(),
                "person": {"id": "p-me", "username": body.username, "full_name": "Nguyễn Văn Minh"},
                "device_id": body.device_id or "dev-1",
            },
        )

    return httpx.MockTransport(handler)


def make(
    folder: Path,
    calls: list[LoginRequest],
    now: dt.datetime = NOW,
    expires: dt.datetime | None = None,
) -> SessionService:
    auth = HttpAuthenticator(transport=fake_server(expires or NOW + dt.timedelta(days=7), calls))
    return SessionService(lambda scope: KeyringSecrets(scope=scope), auth, folder, now=lambda: now)


def test_sign_in_keeps_token_only_in_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    calls: list[LoginRequest] = []
    session = make(tmp_path, calls)
    assert session.restore() is StartState.NEEDS_SIGN_IN
    account = session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    assert account.server_url == "https://cabinet.gov.vn" and session.token() == TOKEN
    assert calls[0].device_public_key  # the device's Ed25519 key travels with the login
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert TOKEN not in file.read_text("utf-8", errors="ignore")
    assert TOKEN in memory_keyring.store.values()
    again = make(tmp_path, calls)
    assert again.restore() is StartState.SIGNED_IN and again.token() == TOKEN


def test_not_staying_signed_in_starts_offline(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make(tmp_path, [])
    session.sign_in("https://cabinet.gov.vn/", "minh", "đúng", stay_signed_in=False)
    assert TOKEN not in memory_keyring.store.values()
    assert make(tmp_path, []).restore() is StartState.OFFLINE


def test_wrong_password_is_a_plain_sentence(tmp_path: Path) -> None:
    session = make(tmp_path, [])
    with pytest.raises(SignInError) as wrong:
        session.sign_in("cabinet.gov.vn", "minh", "sai", stay_signed_in=True)
    assert wrong.value.code == "WRONG_PASSWORD"
    assert str(wrong.value) == "The username or password is not right."
    assert session.account is None


def test_unreachable_server(tmp_path: Path) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    session = SessionService(
        lambda scope: KeyringSecrets(scope=scope),
        HttpAuthenticator(transport=httpx.MockTransport(down)),
        tmp_path,
    )
    with pytest.raises(SignInError) as unreachable:
        session.sign_in("cabinet.gov.vn", "minh", "x", stay_signed_in=False)
    assert unreachable.value.code == "UNREACHABLE"
    with pytest.raises(SignInError) as bad:
        normalize_server("ftp://x")
    assert bad.value.code == "BAD_SERVER_ADDRESS"


def test_expired_token_then_sign_in_again_keeps_local_work(
    tmp_path: Path, store: MemberStore
) -> None:
    calls: list[LoginRequest] = []
    session = make(tmp_path, calls, expires=NOW - dt.timedelta(minutes=1))
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    assert session.token() is None  # already expired
    from meetings_app.app.notes import NotesService

    NotesService(store.engine, store.writer, "p-me").save(store.meeting, None, "giữ lại")
    later = make(tmp_path, calls)
    later.engine = store.engine
    assert later.restore() is StartState.OFFLINE
    later.sign_in("cabinet.gov.vn", "MINH", "đúng", stay_signed_in=True)
    assert calls[-1].device_id == "dev-1"  # same device record on the server
    assert (
        NotesService(store.engine, store.writer, "p-me").load(store.meeting, None).text == "giữ lại"
    )
    assert later.pending_changes_exist()


def test_other_account_refused_while_data_is_here(tmp_path: Path) -> None:
    session = make(tmp_path, [])
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    with pytest.raises(SignInError) as other:
        session.sign_in("cabinet.gov.vn", "lan", "đúng", stay_signed_in=True)
    assert other.value.code == "OTHER_ACCOUNT"


def test_lease_blocks_opening_until_contact(tmp_path: Path, store: MemberStore) -> None:
    session = make(tmp_path, [])
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    session.engine = store.engine
    session.check_can_open(store.meeting)
    late = make(tmp_path, [], now=NOW + dt.timedelta(days=15))
    late.engine = store.engine
    with pytest.raises(LeaseExpired):
        late.check_can_open(store.meeting)
    late.record_contact(NOW + dt.timedelta(days=15))
    late.check_can_open(store.meeting)


def test_editing_session_json_does_not_reopen_an_expired_cache(
    tmp_path: Path, store: MemberStore
) -> None:
    session = make(tmp_path, [])
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    late = NOW + dt.timedelta(days=15)
    data = json.loads(session.session_path.read_text("utf-8"))
    data["last_contact"] = late.isoformat()  # where the lease used to be kept in clear
    session.session_path.write_text(json.dumps(data), "utf-8")
    reopened = make(tmp_path, [], now=late)
    reopened.engine = store.engine
    with pytest.raises(LeaseExpired):
        reopened.check_can_open(store.meeting)
    sealed = bytearray(session.lease_path.read_bytes())
    sealed[-1] ^= 1  # a changed seal counts as no contact at all
    session.lease_path.write_bytes(bytes(sealed))
    within = make(tmp_path, [], now=NOW + dt.timedelta(days=1))
    within.engine = store.engine
    with pytest.raises(LeaseExpired):
        within.check_can_open(store.meeting)


def test_a_clock_turned_back_past_the_last_contact_counts_as_expired(
    tmp_path: Path, store: MemberStore
) -> None:
    session = make(tmp_path, [])
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    session.engine = store.engine
    session.check_can_open(store.meeting)
    wound_back = make(tmp_path, [], now=NOW - dt.timedelta(hours=1))
    wound_back.engine = store.engine
    with pytest.raises(LeaseExpired):
        wound_back.check_can_open(store.meeting)


def test_revoked_device_purges_everything(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder = tmp_path / "client"
    session = make(folder, [])
    session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    (folder / "client.db").write_bytes(b"cache")
    session.purge()
    assert not folder.exists() and memory_keyring.store == {}
    assert make(folder, []).restore() is StartState.NEEDS_SIGN_IN


def test_passphrase_mode_never_keeps_the_token(tmp_path: Path) -> None:
    fast = KdfParams(time_cost=2, memory_cost=19 * 1024, parallelism=1)

    def opener(scope: str) -> ks.SecretStore:
        return open_secrets(
            tmp_path / "vault.json", lambda _c: "cụm mật khẩu", fail.Keyring(), kdf=fast
        )

    auth = HttpAuthenticator(transport=fake_server(NOW + dt.timedelta(days=1), []))
    session = SessionService(opener, auth, tmp_path / "c", now=lambda: NOW)
    account = session.sign_in("cabinet.gov.vn", "minh", "đúng", stay_signed_in=True)
    assert not account.stay_signed_in and session.token() == TOKEN
    assert TOKEN not in (tmp_path / "vault.json").read_text()
    data = json.loads((tmp_path / "c" / "session.json").read_text())
    assert "token" not in data
    assert SessionService(opener, auth, tmp_path / "c").restore() is StartState.OFFLINE
    assert isinstance(session.secrets(), ks.Vault)
    assert not isinstance(session, AppError)
