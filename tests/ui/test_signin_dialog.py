from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx

from meetings_app.app.session import HttpAuthenticator, SessionService
from meetings_app.security.keyring_store import KeyringSecrets
from meetings_app.ui.signin.dialog import SignInDialog
from meetings_app.ui.signin.passphrase import PassphraseDialog
from tests.support.accessibility import unnamed_controls


def session_for(folder: Path, status: int) -> SessionService:
    def handler(request: httpx.Request) -> httpx.Response:
        if status == 0:
            raise httpx.ConnectError("down")
        if status == 401:
            return httpx.Response(401, json={"code": "WRONG_PASSWORD", "message": "no"})
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
        return httpx.Response(
            200,
            json={
                "token": "t",
                "expires_at": expires,
                "person": {"id": "p", "username": "minh", "full_name": "Minh"},
                "device_id": "d",
            },
        )

    auth = HttpAuthenticator(transport=httpx.MockTransport(handler))
    return SessionService(lambda scope: KeyringSecrets(scope=scope), auth, folder)


def fill(dialog: SignInDialog) -> None:
    dialog.server.setText("hop.gov.vn")
    dialog.username.setText("minh")
    dialog.password.setText("mật khẩu")


def test_wrong_password_and_unreachable_are_plain_sentences(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for status, words in ((401, "not right"), (0, "cannot be reached")):
        dialog = SignInDialog(session_for(tmp_path, status))
        qtbot.addWidget(dialog)
        fill(dialog)
        dialog.submit()
        qtbot.waitUntil(lambda d=dialog: d.sign_in_button.isEnabled())
        assert words in dialog.message.text()
        assert dialog.password.text() == ""
        assert "Traceback" not in dialog.message.text()


def test_sign_in_accepts_and_expired_offers_offline(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = session_for(tmp_path, 200)
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.offline_button.isHidden()
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert dialog.account is not None and session.token() == "t"
    again = SignInDialog(session, expired=True)
    qtbot.addWidget(again)
    assert "expired" in again.message.text() and again.server.text() == "https://hop.gov.vn"
    assert not again.offline_button.isHidden()
    with qtbot.waitSignal(again.accepted):
        again.offline_button.click()
    assert again.offline


def test_empty_fields_and_passphrase_rules(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(session_for(tmp_path, 200))
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    dialog.submit()
    assert "Enter" in dialog.message.text()
    ask = PassphraseDialog(creating=True)
    qtbot.addWidget(ask)
    ask.first.setText("short")
    ask.check()
    assert "at least" in ask.message.text()
    ask.first.setText("một cụm mật khẩu dài")
    ask.second.setText("khác")
    ask.check()
    assert "differ" in ask.message.text()


def test_preset_server_is_filled_so_only_username_and_password_are_typed(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from meetings_app.store.preset import Preset

    preset = Preset(server_url="https://hop.bo.gov.vn")
    monkeypatch.setattr("meetings_app.ui.signin.dialog.deployment_preset", lambda: preset)
    dialog = SignInDialog(session_for(tmp_path, 200))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.text() == "https://hop.bo.gov.vn"
    assert dialog.focusWidget() is dialog.username
