"""Sign-out, signing in again when the store refuses the token, and a revoked device.

What must hold true: signing out or in again never touches the local store (marks, notes,
ballots and the outbox stay); a refused token leads to one sign-in dialog, not one per
minute; a revoked device closes the window, then its cache and secrets are deleted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from meetings_app.app.services import ClientServices
from meetings_app.app.session import SessionService
from meetings_app.app.sync_service import SyncService
from meetings_app.ui.errors import show_error
from meetings_app.ui.main_window import ACTION_SIGN_OUT, MainWindow
from meetings_app.ui.signin.dialog import SignInDialog
from meetings_app.ui.worker import run_plain

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Owns the window's sign-in dialogs; lives as long as the window (its child)."""

    sig_signed_out = Signal()
    sig_signed_in = Signal(object)
    sig_purged = Signal()

    def __init__(
        self,
        window: MainWindow,
        services: ClientServices,
        session: SessionService,
        sync: SyncService | None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("sessionController")
        self._window = window
        self._services = services
        self._session = session
        self._sync = sync
        self.dialog: SignInDialog | None = None
        sign_out = window.action(ACTION_SIGN_OUT)
        sign_out.triggered.connect(self.sign_out)
        sign_out.setEnabled(True)
        if sync is not None:
            sync.sig_sign_in_needed.connect(lambda _e: self.ask_sign_in(expired=True))
            sync.sig_device_revoked.connect(self.device_revoked)

    # --- signing out and in ------------------------------------------------------------

    def sign_out(self) -> None:
        """End the token (on the store when reachable), then offer the sign-in dialog."""
        if self._sync is not None:
            self._sync.stop()
        self._window.action(ACTION_SIGN_OUT).setEnabled(False)
        run_plain(
            self._session.sign_out,
            on_done=lambda _r: self._signed_out(),
            on_failed=self._sign_out_failed,
            owner=self._window,
        )

    def _sign_out_failed(self, error: BaseException) -> None:
        self._window.action(ACTION_SIGN_OUT).setEnabled(True)
        show_error(self._window, error)

    def _signed_out(self) -> None:
        self.sig_signed_out.emit()
        self._window.status.showMessage(
            self.tr("Signed out. Your work stays on this computer."), 8000
        )
        self.ask_sign_in(expired=False, close_on_cancel=True)

    def ask_sign_in(self, expired: bool, close_on_cancel: bool = False) -> SignInDialog:
        """One sign-in dialog at a time (window-modal, never blocking the event loop)."""
        if self.dialog is not None:
            return self.dialog
        dialog = SignInDialog(self._session, self._window, expired=expired)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == SignInDialog.DialogCode.Accepted and not dialog.offline:
                self._signed_in(dialog)
            elif close_on_cancel and result != SignInDialog.DialogCode.Accepted:
                self._window.close()
            else:
                self._window.action(ACTION_SIGN_OUT).setEnabled(True)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _signed_in(self, dialog: SignInDialog) -> None:
        self._window.action(ACTION_SIGN_OUT).setEnabled(True)
        self.sig_signed_in.emit(dialog.account)
        if self._sync is not None:
            self._sync.start_periodic()
            self._sync.signed_in_again()

    # --- revoked device ----------------------------------------------------------------

    def device_revoked(self, _error: BaseException) -> None:
        """Stop syncing and indexing, close the document, let go of the local store,
        delete it, and tell the person (no background job may touch the store after)."""
        window = self._window
        if self._sync is not None:
            self._sync.halt()
        window.viewer.close_document()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("This computer was removed"),
            self.tr(
                "This computer has been removed from your account, so the meetings kept "
                "on it have been deleted. Contact agency IT to use it again."
            ),
            QMessageBox.StandardButton.Close,
            window,
        )
        box.setObjectName("revokedBox")
        box.finished.connect(lambda _r: window.close())
        self._services.close()  # an open SQLite file cannot be removed on Windows
        self._session.purge()
        self.sig_purged.emit()
        box.open()
