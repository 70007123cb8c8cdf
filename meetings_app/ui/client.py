"""Start-up of the desktop client: ``run_client`` (normal) and ``run_demo_client`` (demo).

Window first, meeting list next, the rest after. Both go through the same steps
(:func:`_launch`); what differs, how the sign-in state is made and what follows once the
store is open, is handed in (a :class:`_Flow`). Both build the QApplication (bundled font,
palette, translator) and show the real :class:`MainWindow` at once, as a shell: menus,
toolbar, status bar and a meeting list saying the store is opening. Nothing of the data
stack (SQLAlchemy, Alembic, PDF and HTTP libraries, cryptography) is imported for that.
Then, in order:

1. a worker imports what opening the store needs (:func:`_import_store_stack`: SQLAlchemy,
   the models, the window's services, the sign-in state; no HTTP, PDF or report library);
2. on the UI thread: the sign-in state and its secret store, where the passphrase prompt
   appears when there is no OS keyring (before any worker needs the vault);
3. a worker opens the laptop store with the at-rest cipher (migrations included) and
   reads the meeting list from it (:func:`_open_and_list`), never waiting for the network;
4. on the UI thread: the sign-in dialog when needed (the demo signs in with its own
   account instead); otherwise the meeting list is shown at once
   (:meth:`MainWindow.show_stored_meetings`); then a worker imports what sync and the
   member's panels need (:func:`_import_member_stack`), and on the UI thread the
   services, sync and the member's panels are attached to the window
   (:func:`attach_services`), the list is read again and its first meeting opened, and
   the first sync starts.

Failures before the window has its data end in one plain sentence (stderr and a message
box) and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from meetings_app import __version__
from meetings_app.store import paths
from meetings_app.ui import worker
from meetings_app.ui.i18n import install_translator
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.settings import THEME, settings
from meetings_app.ui.theme import apply_theme

if TYPE_CHECKING:  # imported off the UI thread, once the window shows
    from meetings_app.app.meetings_service import MeetingSummary
    from meetings_app.app.services import ClientServices
    from meetings_app.app.session import Account, SessionService, StartState
    from meetings_app.security.cipher import AesGcmCipher
    from meetings_app.security.keyring_store import PassphrasePrompt

log = logging.getLogger(__name__)


def _application() -> QApplication:
    from meetings_app.app.deployment import apply_ca_file, deployment_preset

    apply_ca_file(deployment_preset())
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Meetings")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("meetings-app")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "meetings-app.svg")))
    apply_theme(app, str(settings().value(THEME, "light")))
    install_translator(app)
    return app


def _fail(error: BaseException) -> int:
    from meetings_app.ui.errors import describe_error

    text = describe_error(error)
    print(f"{text.what} {text.safe} {text.todo}", file=sys.stderr)
    if QApplication.instance() is not None:
        title = QCoreApplication.translate("ErrorMessages", "Meetings")
        box = QMessageBox(QMessageBox.Icon.Critical, title, text.what)
        box.setInformativeText(f"{text.safe} {text.todo}")
        box.setDetailedText(text.details)
        box.exec()
    return 2


def make_session(folder: Path, prompt: PassphrasePrompt | None = None) -> SessionService:
    """The sign-in state of this laptop; secrets in the OS keyring, or a passphrase vault
    (``prompt`` asks for its passphrase; by default a dialog)."""
    from meetings_app.app.session import local_session

    if prompt is None:
        from meetings_app.ui.signin.passphrase import passphrase_prompt

        prompt = passphrase_prompt()
    return local_session(folder, prompt)


def open_services(folder: Path, session: SessionService) -> ClientServices:
    """The laptop store in ``folder``, encrypted at rest with the session's data key
    (opening the secret store first: a keyring, or the vault's passphrase prompt)."""
    return _open_store(folder, session.data_cipher())


def _open_store(folder: Path, cipher: AesGcmCipher) -> ClientServices:
    """The laptop store (created and migrated when needed): safe on a worker thread, as
    the cipher is already there (its secret store was opened on the UI thread)."""
    from meetings_app.app.services import ClientServices

    return ClientServices.open(folder, cipher=cipher)


def _open_and_list(
    folder: Path, cipher: AesGcmCipher
) -> tuple[ClientServices, list[MeetingSummary] | None]:
    """:func:`_open_store` and the meetings it holds, read in the same trip to the worker
    so that the list shows before sync and the member's panels are wired. None when they
    cannot be read: the window reads them again once attached and says why there."""
    services = _open_store(folder, cipher)
    try:
        return services, services.meetings.list_meetings()
    except Exception as error:
        log.warning("the meeting list could not be read at start-up: %r", error)
        return services, None


def _import_store_stack() -> None:
    """Import what opening the store and reading the meeting list need (SQLAlchemy, the
    models, the window's services, the sign-in state), off the UI thread."""
    import meetings_app.app.services
    import meetings_app.app.session  # noqa: F401


def _import_member_stack() -> None:
    """Import what :func:`attach_services` needs beyond the store (sync and its HTTP
    client, the member's services with their PDF and report libraries, the member's
    panels), off the UI thread, once the meeting list shows."""
    import meetings_app.app.member_services
    import meetings_app.app.sync_service
    import meetings_app.sync.client
    import meetings_app.ui.panels
    import meetings_app.ui.run.install  # noqa: F401


def _remember_account(services: ClientServices, session: SessionService) -> None:
    """Put who is signed in where the sync layer's local writes look for it."""
    account = session.account
    if account is None:
        return
    session.remember_account(services.engine)
    services.set_person(account.person_id)


def attach_services(
    window: MainWindow,
    services: ClientServices,
    session: SessionService | None,
    interval_ms: int = 60_000,
) -> None:
    """Give ``window`` (the shell shown at start-up) its services, sync and the member's
    panels.

    With a session that knows a server, syncs push what was published here first
    (uploads), carry marks to new versions after each pull, index what arrived for
    search, and keep the sign-in state (contact time, refused token) up to date.
    """
    from meetings_app.app.client_log import open_client_log
    from meetings_app.app.member_services import MemberServices
    from meetings_app.app.sync_service import SyncService
    from meetings_app.app.updates import version_check
    from meetings_app.sync.client import SyncClient
    from meetings_app.sync.events import FeedListener
    from meetings_app.ui.panels import install_member_panels
    from meetings_app.ui.run.install import install_run_mode

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
            trust_dir=paths.trust_dir(),
        )
    member = MemberServices.build(
        services,
        account.person_id if account else None,
        account.device_id if account else None,
        server_url=account.server_url if account else None,
        token=session.token if session is not None else None,
    )
    steps = member.sync_steps()
    if client is not None:
        steps.check_version = version_check(client)
    sync = SyncService(
        services.engine,
        worker.runner,
        client,
        interval_ms=interval_ms,
        session=session,
        steps=steps,
    )
    if client is not None and account is not None and session is not None:
        open_client_log(services.folder)
        sync.use_live_feed(
            FeedListener(
                account.server_url,
                session.token,
                sync.feed_moved,
                on_state=sync.feed_state,
                on_follow=sync.feed_follow,
                poll_interval=interval_ms / 1000,
            )
        )
    window.attach(services, sync, can_open=session.check_can_open if session is not None else None)
    window.publishing = member.publishing
    window.server_url = account.server_url if account else None
    sync.setParent(window)
    install_member_panels(window, services, session, member)
    if account is not None:
        install_run_mode(
            window,
            account.person_id,
            sync,
            client.presence if client else None,
            client.follow if client else None,
        )


def build_window(
    services: ClientServices, session: SessionService | None, interval_ms: int = 60_000
) -> MainWindow:
    """The main window with sync and the member's panels wired in (the shell, then
    :func:`attach_services`)."""
    window = MainWindow()
    attach_services(window, services, session, interval_ms)
    return window


class _Start:
    """The steps of start-up after the shell window shows (see the module's docstring);
    holds the store once open, so that it is closed when the program ends."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        self.services: ClientServices | None = None
        self.stored_meetings: list[MeetingSummary] | None = None
        """The meetings read with the store (None: not read, or they could not be)."""

    def in_background(self, fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """``fn`` on a worker; ``then(result)`` on the UI thread; a failure ends start-up."""
        worker.run_plain(fn, on_done=self.guarded(then), on_failed=self.fail)

    def guarded(self, step: Callable[[Any], None]) -> Callable[[Any], None]:
        """``step`` on the UI thread, a failure ending start-up."""

        def run(value: Any) -> None:
            try:
                step(value)
            except Exception as error:
                self.fail(error)

        return run

    def fail(self, error: BaseException) -> None:
        self.window.meeting_list.set_placeholder("")
        self.stop(_fail(error))

    def stop(self, status: int) -> None:
        """End the program with ``status`` (once the event loop regains control)."""
        self.app.exit(status)


@dataclass(frozen=True)
class _Flow:
    """What one start-up does differently from the other; every other step is shared
    (:func:`_launch`)."""

    session: Callable[[], SessionService]
    """The sign-in state, made on the UI thread (its secret store may ask for a passphrase)."""
    state: Callable[[SessionService], StartState]
    """What to show once the store is open, from the session (secrets already open)."""
    ready: Callable[[_Start, ClientServices, SessionService, StartState], None]
    """The rest, on the UI thread, once the store is open."""


def _launch(folder: Path, flow: _Flow) -> _Start:
    """The steps both start-ups share (see the module's docstring): the shell window at once,
    then the store's modules on a worker, the sign-in state and its secrets on the UI thread,
    the store in ``folder`` and its meetings on a worker, and ``flow.ready`` on the UI
    thread. Returns at once."""
    app = _application()
    window = MainWindow()
    window.restore_layout()
    window.show()
    start = _Start(app, window)

    def secrets_opened(_: object) -> None:
        # On the UI thread: the passphrase prompt (no OS keyring) appears here, before
        # any worker needs the vault.
        session = flow.session()
        cipher = session.data_cipher()
        state = flow.state(session)

        def store_opened(opened: tuple[ClientServices, list[MeetingSummary] | None]) -> None:
            start.services, start.stored_meetings = opened
            flow.ready(start, start.services, session, state)

        start.in_background(lambda: _open_and_list(folder, cipher), store_opened)

    _after_first_paint(window, lambda: start.in_background(_import_store_stack, secrets_opened))
    return start


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after ``window`` is first painted, or after
    ``at_most_ms`` if it is not (a window that starts hidden behind others, or minimized,
    gets no paint and must still open its store)."""

    def __init__(self, window: MainWindow, then: Callable[[], None], at_most_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        then()


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    """``then`` once the window is on screen: a worker importing the data stack meanwhile
    would hold the interpreter's lock against every Python part of the first paint (the
    window's own paint handlers and delegates), delaying it."""
    _FirstPaint(window, then, at_most_ms=500)


def run_client(
    args: argparse.Namespace | None = None, session: SessionService | None = None
) -> int:
    """``meetings-app``: the window at once, then sign in (or use ``session``) and the
    meetings kept on this computer. Exit status."""
    if getattr(args, "smoke", False):
        return _smoke()
    folder = Path(getattr(args, "data", None) or paths.client_dir())
    if session is None:
        flow = _Flow(lambda: make_session(folder), _restored_state, _open_window)
    else:
        flow = _Flow(lambda: session, _signed_in_by_caller, _open_window)
    return _exec(_launch(folder, flow))


def _smoke() -> int:
    """``meetings-app --smoke``: the real start-up (Qt, translations, preset, window, laptop
    store, sign-in dialog) in a throwaway data folder with a throwaway vault, so neither the
    person's data nor the OS keyring is touched; ends at the sign-in (an installation check
    for IT and CI: nothing is signed in or synced)."""
    import secrets

    from meetings_app.app.session import SessionService
    from meetings_app.security.keyring_store import Vault

    with tempfile.TemporaryDirectory(prefix="meetings-smoke-") as tmp:
        folder = Path(tmp)
        vault, passphrase = folder / "smoke-vault.json", secrets.token_urlsafe(16)

        def secret_store(_scope: str) -> Vault:
            if vault.exists():
                return Vault.unlock(vault, passphrase)
            return Vault.create(vault, passphrase)

        session = SessionService(secret_store, folder=folder)
        return _exec(_launch(folder, _Flow(lambda: session, _restored_state, _stop_at_sign_in)))


def _stop_at_sign_in(
    start: _Start, services: ClientServices, session: SessionService, state: StartState
) -> None:
    """The end of :func:`_smoke`: the sign-in dialog is built and shown, its language and
    server address printed, then the program ends."""
    from meetings_app.ui.i18n import current_language
    from meetings_app.ui.signin.dialog import SignInDialog

    dialog = SignInDialog(session, start.window)
    dialog.show()
    print(
        f"sign-in shown: language={current_language()} server={dialog.server.text() or '-'} "
        f"title={dialog.windowTitle()!r} state={state.name}"
    )
    dialog.close()
    start.window.hide()  # not close(): that would save the layout into the person's settings
    start.stop(0)


def _restored_state(session: SessionService) -> StartState:
    return session.restore()


def _signed_in_by_caller(_session: SessionService) -> StartState:
    from meetings_app.app.session import StartState

    return StartState.SIGNED_IN  # no dialog


def _signs_in_anew(_session: SessionService) -> StartState:
    from meetings_app.app.session import StartState

    return StartState.NEEDS_SIGN_IN  # the demo signs in at every start


def _open_window(
    start: _Start, services: ClientServices, session: SessionService, state: StartState
) -> None:
    """The sign-in dialog when ``state`` needs one, else the meetings read with the store at
    once; then, once their modules are imported on a worker, the services and a first sync."""
    from meetings_app.app.session import StartState

    window = start.window
    if state is StartState.NEEDS_SIGN_IN or (
        state is StartState.OFFLINE and not _offline_ok(session)
    ):
        from meetings_app.ui.signin.dialog import SignInDialog

        dialog = SignInDialog(session, window, expired=state is StartState.OFFLINE)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            start.stop(1)
            return
    elif start.stored_meetings:
        window.show_stored_meetings(start.stored_meetings)

    def attach(_: object) -> None:
        attach_services(window, services, session)
        window.refresh()
        sync = window.sync
        if sync is not None:
            sync.start_periodic()
            if session.signed_in:
                sync.sync_now()

    start.in_background(_import_member_stack, attach)


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
    folder = Path(data_dir)
    return _exec(_launch(folder, _demo_flow(folder, server_url, username, password)))


def _demo_flow(folder: Path, server_url: str, username: str, password: str) -> _Flow:
    """The demo's start-up: the vault opened with the account's password, then a sign-in."""

    def demo_session() -> SessionService:
        from meetings_app.app.session import demo_passphrase

        return make_session(folder, demo_passphrase(password))

    def sign_in(
        start: _Start, services: ClientServices, session: SessionService, _state: StartState
    ) -> None:
        _demo_sign_in(start, services, session, server_url, username, password)

    return _Flow(demo_session, _signs_in_anew, sign_in)


def _demo_sign_in(
    start: _Start,
    services: ClientServices,
    session: SessionService,
    server_url: str,
    username: str,
    password: str,
) -> None:
    """Sign in to the demo store on a worker (importing what sync and the member's panels
    need meanwhile); then sync and open the first document, or, when sign-in fails, say
    why and open what is cached."""
    window = start.window
    window.status.showMessage(
        QCoreApplication.translate("Client", "Signing in as %1…").replace("%1", username)
    )

    def signed_in(_account: object) -> None:
        window.status.clearMessage()
        attach_services(window, services, session)
        sync = window.sync
        assert sync is not None
        sync.sig_sync_finished.connect(lambda _r: _open_first(window))
        sync.start_periodic()
        window.refresh()
        sync.sync_now()

    def failed(error: BaseException) -> None:
        window.status.clearMessage()
        from meetings_app.ui.errors import show_error

        show_error(window, error)
        window.attach(services, None)
        window.refresh()  # cached data, if any, still opens

    def sign_in() -> Account:
        _import_member_stack()  # what attaching the window needs, off the UI thread too
        return session.sign_in(server_url, username, password, stay_signed_in=False)

    worker.run_plain(
        sign_in,
        on_done=start.guarded(signed_in),
        on_failed=failed,
        owner=window,
    )


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


def _exec(start: _Start) -> int:
    """Run the event loop until the program ends; then close the store."""
    try:
        return int(start.app.exec())
    finally:
        worker.wait_all(5_000)
        if start.services is not None:
            start.services.close()


__all__ = [
    "attach_services",
    "build_window",
    "make_session",
    "open_services",
    "run_client",
    "run_demo_client",
]
