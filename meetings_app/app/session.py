"""Sign-in, sign-out and offline start of the member's client.

What must hold true:

* the bearer token lives only in the :class:`~meetings_app.security.keyring_store.SecretStore`
  (OS keyring) and only when the person chose "stay signed in"; otherwise it lives in this
  object's memory and dies with the process. ``session.json`` beside the local store
  keeps only what is not secret (server address, username, person, device id, the
  keyring scope, token expiry); the last contact, which the offline lease runs from, is
  sealed with the data key in ``lease.sealed``;
* signing in again (token expired, or signed out) with the same account on the same
  server never touches the local store: marks, notes, ballots and the outbox stay;
* with no network, :meth:`SessionService.restore` still gives an offline session over the
  cached data when this laptop has signed in before (the lease decides per meeting);
* a device the server reports revoked loses its cache: :meth:`SessionService.purge` deletes
  the local data folder and every secret of this profile.

Network calls (:meth:`sign_in`, :meth:`sign_out`) block; the UI runs them on its worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
import socket
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Meeting, OutboxEntry
from meetings_app.security import keyring_store, signing
from meetings_app.security.cipher import AesGcmCipher
from meetings_app.security.keyring_store import PassphrasePrompt, SecretStore, open_secrets
from meetings_app.security.lease import check_lease, open_contact, seal_contact
from meetings_app.store import paths
from meetings_app.store.engine import writer
from meetings_app.sync.local import set_state
from meetings_app.sync.tls import CLIENT_HEADERS, check_server_url, http_client, untrusted

if TYPE_CHECKING:  # imported on the first sign-in or sign-out: start-up needs neither
    import httpx

    from meetings_app.sync.wire import LoginRequest, LoginResponse

SESSION_FILE = "session.json"
LEASE_FILE = "lease.sealed"
"""The last contact, sealed with the data key (the offline lease runs from it)."""
VAULT_FILE = "vault.json"
"""The passphrase vault beside the local store (used only when no OS keyring is usable)."""
LOGIN_TIMEOUT = 15.0


class SignInError(AppError):
    """Codes: ``WRONG_PASSWORD``, ``UNREACHABLE``, ``BAD_SERVER_ADDRESS``,
    ``NOT_A_SERVER``, ``DEVICE_REVOKED``, ``OTHER_ACCOUNT``, ``SIGNED_OUT``."""

    code = Code.SIGN_IN_FAILED


@dataclass
class Account:
    """Who is signed in on this laptop (no secret here: it goes to ``session.json``)."""

    server_url: str
    username: str
    person_id: str
    full_name: str = ""
    device_id: str = ""
    stay_signed_in: bool = False
    scope: str = field(default_factory=lambda: secrets.token_hex(8))
    """Prefix of this profile's keyring entries."""
    token_expires_at: str = ""
    role: str = "user"

    def same_account(self, server_url: str, username: str) -> bool:
        return (
            normalize_server(self.server_url) == normalize_server(server_url)
            and self.username.casefold() == username.strip().casefold()
        )

    @property
    def expires(self) -> dt.datetime | None:
        return _parse_time(self.token_expires_at)


class StartState(Enum):
    NEEDS_SIGN_IN = "needs_sign_in"
    """No account on this laptop yet: the sign-in dialog must be shown."""
    SIGNED_IN = "signed_in"
    """A kept token is valid: sync may run, the cached data opens at once."""
    OFFLINE = "offline"
    """This laptop has an account and cached data but no usable token (expired, or not
    kept): the cached data opens (within the lease), sign-in is offered for syncing."""


class Authenticator(Protocol):
    """The two auth calls of Sync API v1."""

    def login(self, server_url: str, request: LoginRequest) -> LoginResponse: ...

    def logout(self, server_url: str, token: str) -> None: ...


def normalize_server(url: str) -> str:
    """``https://host:port`` without trailing slash; ``http://`` only as typed."""
    text = url.strip()
    if not text:
        raise SignInError("Enter the server address.", code=Code.BAD_SERVER_ADDRESS, address=url)
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SignInError(
            f"{url!r} is not a server address.", code=Code.BAD_SERVER_ADDRESS, address=url
        )
    path = parts.path.rstrip("/")
    server = f"{parts.scheme}://{parts.netloc}{path}"
    try:
        check_server_url(server)
    except AppError as exc:
        raise SignInError(exc.message, code=exc.code, address=url) from None
    return server


class HttpAuthenticator:
    """Login and logout over HTTPS, per the public contract in ``sync.wire``."""

    def __init__(self, timeout: float = LOGIN_TIMEOUT, transport: Any = None) -> None:
        self._timeout = timeout
        self._transport = transport

    def _client(self, server_url: str) -> httpx.Client:
        import httpx

        from meetings_app.sync.wire import API_PREFIX

        if self._transport is None:
            return http_client(server_url, base_url=server_url + API_PREFIX, timeout=self._timeout)
        return httpx.Client(
            base_url=server_url + API_PREFIX,
            timeout=self._timeout,
            transport=self._transport,
            headers=CLIENT_HEADERS,
        )

    def login(self, server_url: str, request: LoginRequest) -> LoginResponse:
        import httpx
        from pydantic import ValidationError

        from meetings_app.sync.wire import LoginResponse

        try:
            with self._client(server_url) as client:
                answer = client.post("/auth/login", json=request.model_dump(mode="json"))
        except httpx.TransportError as exc:
            bad_certificate = untrusted(exc)
            if bad_certificate is not None:
                raise SignInError(bad_certificate.message, code=bad_certificate.code) from exc
            raise SignInError(
                f"The server {server_url} cannot be reached ({exc.__class__.__name__}).",
                code=Code.UNREACHABLE,
                server=server_url,
            ) from exc
        if answer.status_code == 401:
            raise SignInError("The username or password is not right.", code=Code.WRONG_PASSWORD)
        if answer.status_code == 403:
            code, message = _error_of(answer)
            if code == Code.DEVICE_REVOKED:
                raise SignInError(message, code=Code.DEVICE_REVOKED)
            raise SignInError(
                message or "The server refused this sign-in.", code=code or Code.FORBIDDEN
            )
        if answer.status_code == 404:
            raise SignInError(
                f"{server_url} does not look like a meetings server.", code=Code.NOT_A_SERVER
            )
        if answer.status_code >= 400:
            code, message = _error_of(answer)
            raise SignInError(
                message or f"The server answered {answer.status_code}.",
                code=code or Code.SERVER_ERROR,
            )
        try:
            return LoginResponse.model_validate(answer.json())
        except (ValidationError, ValueError) as exc:
            raise SignInError(
                f"{server_url} gave an answer this program does not understand.",
                code=Code.NOT_A_SERVER,
            ) from exc

    def logout(self, server_url: str, token: str) -> None:
        import httpx

        try:
            with self._client(server_url) as client:
                client.post("/auth/logout", headers={"Authorization": f"Bearer {token}"})
        except httpx.TransportError:
            pass  # the token expires on its own; signing out locally must still work


def _error_of(answer: httpx.Response) -> tuple[str, str]:
    try:
        body = answer.json()
    except ValueError:
        return "", ""
    if isinstance(body, dict) and isinstance(body.get("detail"), dict):
        body = body["detail"]
    if not isinstance(body, dict):
        return "", ""
    return str(body.get("code") or ""), str(body.get("message") or "")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse_time(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


SecretsOpener = Callable[[str], SecretStore]
"""Opens the secret store for a keyring scope (the UI passes one that can ask for a
passphrase when no OS keyring is usable)."""


class SessionService:
    """Who is signed in on this laptop, and the token the sync client asks for."""

    def __init__(
        self,
        open_secrets: SecretsOpener,
        authenticator: Authenticator | None = None,
        folder: Path | None = None,
        now: Callable[[], dt.datetime] = _now,
        device_name: str | None = None,
    ) -> None:
        self._open_secrets = open_secrets
        self._auth = authenticator or HttpAuthenticator()
        self.folder = folder or paths.client_dir()
        self._now = now
        self.device_name = device_name or socket.gethostname() or "laptop"
        self._secrets: SecretStore | None = None
        self._cipher: AesGcmCipher | None = None
        self._token: str | None = None
        self.account: Account | None = self._load()
        self._scope = self.account.scope if self.account else secrets.token_hex(8)
        self.engine: Engine | None = None
        """The local store, once open: consulted for pending changes and sync times."""

    # --- state -------------------------------------------------------------------------

    @property
    def session_path(self) -> Path:
        return self.folder / SESSION_FILE

    @property
    def lease_path(self) -> Path:
        return self.folder / LEASE_FILE

    def secrets(self) -> SecretStore:
        """This profile's secret store (opened once; may ask for a passphrase)."""
        if self._secrets is None:
            self._secrets = self._open_secrets(self._scope)
        return self._secrets

    def data_cipher(self) -> AesGcmCipher:
        """The at-rest cipher of this laptop (blobs and private fields), keyed by the data
        key kept in :meth:`secrets` (made on first use; may ask for a passphrase)."""
        if self._cipher is None:
            self._cipher = AesGcmCipher(keyring_store.data_key(self.secrets()))
        return self._cipher

    def token(self) -> str | None:
        """The current bearer token, or ``None`` (the sync client's ``token_provider``)."""
        if self._token is None or self.account is None:
            return None
        expires = self.account.expires
        if expires is not None and expires <= self._now():
            return None
        return self._token

    @property
    def signed_in(self) -> bool:
        return self.token() is not None

    @property
    def person_id(self) -> str | None:
        return self.account.person_id if self.account else None

    @property
    def device_id(self) -> str | None:
        return self.account.device_id if self.account else None

    def restore(self) -> StartState:
        """What to show at start, from local state only (never touches the network)."""
        if self.account is None:
            return StartState.NEEDS_SIGN_IN
        if self.account.stay_signed_in:
            try:
                kept = self.secrets().get(keyring_store.TOKEN)
            except AppError:
                kept = None
            if kept:
                self._token = kept
                if self.token() is not None:
                    return StartState.SIGNED_IN
                self._token = None
        return StartState.OFFLINE

    # --- sign-in -----------------------------------------------------------------------

    def sign_in(
        self, server_url: str, username: str, password: str, stay_signed_in: bool
    ) -> Account:
        """Sign in (blocking). Keeps all local work when the account is the same one.

        Raises :class:`SignInError` with a stable code; nothing local changes on failure.
        """
        server = normalize_server(server_url)
        username = username.strip()
        if not username or not password:
            raise SignInError("Enter your username and password.", code=Code.WRONG_PASSWORD)
        previous = self.account
        if previous is not None and not previous.same_account(server, username):
            # Another person's cached meetings are on this laptop: never mix them, and
            # never drop their unsent work silently.
            pending = self.pending_changes_exist()
            raise SignInError(
                f"This laptop holds the meetings of {previous.username}"
                + (" with changes not yet sent to the server" if pending else "")
                + ". Sign in as that person, or remove their data from this laptop first.",
                code=Code.OTHER_ACCOUNT,
                username=previous.username,
                pending=pending,
            )
        store = self.secrets()
        # Named as the sync client names it (its ``key_store`` is this same store), so the
        # key registered at login is the key that signs the pushed ballots.
        device_key = store.get(server)
        if device_key is None:
            device_key = signing.new_private_key()
            store.set(server, device_key)
        from meetings_app.sync.wire import LoginRequest

        request = LoginRequest(
            username=username,
            password=password,
            device_name=self.device_name[:200],
            device_public_key=signing.public_key_of(device_key),
            device_id=previous.device_id if previous is not None and previous.device_id else None,
        )
        answer = self._auth.login(server, request)
        account = Account(
            server_url=server,
            username=answer.person.username,
            person_id=answer.person.id,
            full_name=answer.person.full_name,
            device_id=answer.device_id,
            stay_signed_in=stay_signed_in and store.persistent_tokens,
            scope=self._scope,
            token_expires_at=answer.expires_at.isoformat(),
            role=answer.person.role,
        )
        self._token = answer.token
        if account.stay_signed_in:
            store.set(keyring_store.TOKEN, answer.token)
        else:
            store.delete(keyring_store.TOKEN)
        self.account = account
        self._save()
        self.record_contact()
        return account

    def sign_out(self) -> None:
        """End the token on the server when reachable, forget it here; local work stays."""
        token = self._token
        if self.account is not None and token is not None:
            self._auth.logout(self.account.server_url, token)
        self._token = None
        if self._secrets is not None or self.account is not None:
            with contextlib.suppress(AppError):
                self.secrets().delete(keyring_store.TOKEN)
        if self.account is not None:
            self.account.stay_signed_in = False
            self.account.token_expires_at = ""
            self._save()

    def token_rejected(self) -> None:
        """The server refused the token (expired or ended): forget it, keep everything else."""
        self._token = None
        if self.account is not None:
            self.account.token_expires_at = ""
            self._save()
        with contextlib.suppress(AppError):
            self.secrets().delete(keyring_store.TOKEN)

    def remember_account(self, engine: Engine) -> None:
        """Put who is signed in where the sync layer's local writes look (``sync_state``)."""
        account = self.account
        if account is None:
            return
        with Session(writer(engine)) as session, session.begin():
            set_state(session, "person_id", account.person_id)
            if account.device_id:
                set_state(session, "device_id", account.device_id)
        self.engine = engine

    def record_contact(self, when: dt.datetime | None = None) -> None:
        """The server answered (login or sync): the offline lease starts again from now.

        Kept sealed with the data key (:func:`~meetings_app.security.lease.seal_contact`),
        not in ``session.json``: editing a file cannot reopen an expired cache.
        """
        if self.account is None:
            return
        sealed = seal_contact(self.data_cipher(), when or self._now())
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.lease_path.with_suffix(".tmp")
        tmp.write_bytes(sealed)
        os.replace(tmp, self.lease_path)

    # --- what lives on this laptop -----------------------------------------------------

    def signing_key(self) -> str | None:
        """This device's Ed25519 private key (base64) for the signed-in server."""
        if self.account is None:
            return None
        return self.secrets().get(self.account.server_url)

    def pending_changes_exist(self, engine: Engine | None = None) -> bool:
        engine = engine or self.engine
        if engine is None:
            return False
        with Session(engine) as session:
            return bool(session.scalar(select(func.count()).select_from(OutboxEntry)))

    def last_contact(self) -> dt.datetime | None:
        """The latest time the server answered (login or sync), from the sealed record;
        None when there is none or it does not open with this laptop's data key."""
        try:
            sealed = self.lease_path.read_bytes()
        except OSError:
            return None
        return open_contact(self.data_cipher(), sealed)

    def check_can_open(self, meeting_id: str, engine: Engine | None = None) -> None:
        """Raise ``LEASE_EXPIRED`` when the cached meeting may not be opened now."""
        engine = engine or self.engine
        if engine is None:
            return
        with Session(engine) as session:
            meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            return
        check_lease(meeting.title, meeting.lease_days, self.last_contact(), self._now())

    def purge(self) -> None:
        """Revoked device: delete the cached meetings, blobs, session and secrets.

        The caller disposes its engines first (an open SQLite file cannot be removed on
        Windows). Pending changes go too: a revoked device must keep nothing.
        """
        try:
            store = self.secrets()
            names = [keyring_store.TOKEN, keyring_store.DATA_KEY, keyring_store.DEVICE_KEY]
            if self.account is not None:
                names.append(self.account.server_url)
            for name in names:
                store.delete(name)
        except AppError:
            pass
        self._token = None
        self._cipher = None
        self.account = None
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    # --- session.json ------------------------------------------------------------------

    def _load(self) -> Account | None:
        try:
            raw = json.loads(self.session_path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        known = {k: v for k, v in raw.items() if k in Account.__dataclass_fields__}
        try:
            return Account(**known)
        except TypeError:
            return None

    def _save(self) -> None:
        if self.account is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.session_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self.account), indent=1), "utf-8")
        os.replace(tmp, self.session_path)


def local_session(
    folder: Path, prompt: PassphrasePrompt | None, device_name: str | None = None
) -> SessionService:
    """The sign-in state of the laptop profile in ``folder``, as the window and the
    headless ``meetings-app sync`` both open it: secrets in an accepted OS keyring, or
    else in ``folder/vault.json`` unlocked with a passphrase ``prompt`` asks for."""
    return SessionService(
        lambda scope: open_secrets(folder / VAULT_FILE, prompt, scope=scope),
        folder=folder,
        device_name=device_name,
    )


def demo_passphrase(password: str) -> PassphrasePrompt:
    """The demo's vault passphrase: the demo account's own password, given without asking.

    For ``meetings-app demo`` ONLY. On a machine with no OS keyring the vault would
    otherwise stop the demo at a passphrase prompt; the demo meeting is public demo
    material and its password is printed on the terminal, so nothing is protected by
    asking. Real sign-ins always ask the person.
    """
    return lambda _creating: password
