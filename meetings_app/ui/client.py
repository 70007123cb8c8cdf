"""Start-up of the desktop client: ``run_client`` (normal) and ``run_demo_client`` (demo).

Both build the QApplication, the bundled font and palette, the translator, the services on
the laptop store, the sync orchestration and the main window. Failures before the window
exists end in one plain sentence (stderr and a message box) and a non-zero status.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from meetings_app import __version__
from meetings_app.app.services import ClientServices, MemberServices
from meetings_app.app.session import (
    VAULT_FILE,
    SessionService,
    StartState,
    demo_passphrase,
    local_session,
)
from meetings_app.app.sync_service import SyncService
from meetings_app.domain.errors import AppError
from meetings_app.security.keyring_store import PassphrasePrompt
from meetings_app.store import paths
from meetings_app.sync.client import SyncClient
from meetings_app.ui import worker
from meetings_app.ui.errors import describe_error, show_error
from meetings_app.ui.i18n import install_translator
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.panels import install_member_panels
from meetings_app.ui.settings import THEME, settings
from meetings_app.ui.theme import apply_theme

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Meetings")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("meetings-app")
    apply_theme(app, str(settings().value(THEME, "light")))
    install_translator(app)
    return app


def _fail(error: BaseException) -> int:
    text = describe_error(error)
    print(f"{text.what} {text.safe} {text.todo}", file=sys.stderr)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, "Meetings", text.what)
        box.setInformativeText(f"{text.safe} {text.todo}")
        box.setDetailedText(text.details)
        box.exec()
    return 2


def make_session(folder: Path, prompt: PassphrasePrompt | None = None) -> SessionService:
    """The sign-in state of this laptop; secrets in the OS keyring, or a passphrase vault
    (``prompt`` asks for its passphrase; by default a dialog)."""
    if prompt is None:
        from meetings_app.ui.signin.passphrase import passphrase_prompt

        prompt = passphrase_prompt()
    return local_session(folder, prompt)


def open_services(folder: Path, session: SessionService) -> ClientServices:
    """The laptop store in ``folder``, encrypted at rest with the session's data key
    (opening the secret store first: a keyring, or the vault's passphrase prompt)."""
    return ClientServices.open(folder, cipher=session.data_cipher())


def _remember_account(services: ClientServices, session: SessionService) -> None:
    """Put who is signed in where the sync layer's local writes look for it."""
    account = session.account
    if account is None:
        return
    session.remember_account(services.engine)
    services.set_person(account.person_id)


def build_window(
    services: ClientServices, session: SessionService | None, interval_ms: int = 60_000
) -> MainWindow:
    """The main window with sync and the member's panels wired in.

    With a session that knows a server, syncs push what was published here first
    (uploads), carry marks to new versions after each pull, index what arrived for
    search, and keep the sign-in state (contact time, refused token) up to date.
    """
    client: SyncClient | None = None
    account = session.account if session is not None else None
    if session is not None and account is not None:
        _remember_account(services, session)
        session.engine = services.engine
        client = SyncClient(
            services.engine,
            services.folder / "blobs",
            account.server_url,
            session.token,
            key_store=session.secrets(),
            cipher=services.cipher if services.cipher is not None else session.data_cipher(),
        )
    member = MemberServices.build(
        services,
        account.person_id if account else None,
        account.device_id if account else None,
        server_url=account.server_url if account else None,
        token=session.token if session is not None else None,
    )
    sync = SyncService(
        services.engine,
        worker.runner,
        client,
        interval_ms=interval_ms,
        session=session,
        steps=member.sync_steps(),
    )
    window = MainWindow(
        services, sync, can_open=session.check_can_open if session is not None else None
    )
    sync.setParent(window)
    install_member_panels(window, services, session, member)
    return window


def run_client(
    args: argparse.Namespace | None = None, session: SessionService | None = None
) -> int:
    """``meetings-app``: sign in (or use ``session``), then the main window. Exit status."""
    folder = Path(getattr(args, "data", None) or paths.client_dir())
    app = _application()
    try:
        if session is None:
            session = make_session(folder)
            services = open_services(folder, session)
            state = session.restore()
            if state is StartState.NEEDS_SIGN_IN or (
                state is StartState.OFFLINE and not _offline_ok(session)
            ):
                from meetings_app.ui.signin.dialog import SignInDialog

                dialog = SignInDialog(session, expired=state is StartState.OFFLINE)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    services.close()
                    return 1
        else:
            services = open_services(folder, session)
    except AppError as error:
        return _fail(error)
    window = build_window(services, session)
    window.restore_layout()
    window.show()
    window.refresh()
    if window.sync is not None:
        window.sync.start_periodic()
        if session.signed_in:
            window.sync.sync_now()
    return _exec(app, services)


def _offline_ok(session: SessionService) -> bool:
    # An account with cached data but no valid token: open the cache (the sign-in dialog
    # is offered from the window for syncing).
    return session.account is not None


def run_demo_client(server_url: str, username: str, password: str, data_dir: Path) -> int:
    """Sign in to the demo store, sync with a progress bar, show the first meeting, its
    agenda and its first document. Exit status.

    With no OS keyring, the demo's passphrase vault is unlocked with the demo account's
    password without asking (:func:`demo_passphrase`): the demo data is public demo
    material. Only the demo does this; a real sign-in always asks for the passphrase.
    """
    app = _application()
    data_dir = Path(data_dir)
    try:
        session = make_session(data_dir, demo_passphrase(password))
        # may ask for a passphrase: on this thread, before any worker
        services = open_services(data_dir, session)
    except AppError as error:
        return _fail(error)
    window: MainWindow | None = None

    def signed_in(_account: Any) -> None:
        nonlocal window
        assert window is not None
        fresh = build_window(services, session)
        # Swap in the wired window (the first one only showed "signing in").
        fresh.restore_layout()
        fresh.show()
        window.close()
        window.deleteLater()
        window = fresh
        sync = fresh.sync
        assert sync is not None
        sync.sig_sync_finished.connect(lambda _r: _open_first(fresh))
        sync.start_periodic()
        fresh.refresh()
        sync.sync_now()

    def failed(error: BaseException) -> None:
        assert window is not None
        show_error(window, error)
        window.refresh()  # cached data, if any, still opens

    window = MainWindow(services, None)
    window.show()
    window.status.showMessage(
        QCoreApplication.translate("Client", "Signing in as %1…").replace("%1", username)
    )
    worker.run_plain(
        lambda: session.sign_in(server_url, username, password, stay_signed_in=False),
        on_done=signed_in,
        on_failed=failed,
    )
    return _exec(app, services)


def _open_first(window: MainWindow) -> None:
    """After the first sync: the first upcoming meeting and its first document."""
    if window.current_document is not None:
        return

    def opened(meetings: list[Any]) -> None:
        if not meetings:
            return
        meeting = meetings[0]
        doc = window.services.agenda.first_document(meeting.id)
        if doc is not None:
            window.show_document(meeting.id, doc.agenda_item_id, doc.id)
        else:
            window.open_meeting(meeting.id)

    worker.run_plain(window.services.meetings.list_meetings, on_done=opened, owner=window)


def _exec(app: QApplication, services: ClientServices) -> int:
    try:
        return int(app.exec())
    finally:
        worker.wait_all(5_000)
        services.close()


__all__ = [
    "VAULT_FILE",
    "build_window",
    "demo_passphrase",
    "make_session",
    "open_services",
    "run_client",
    "run_demo_client",
]
