"""Sign-in: server address, username, password, "stay signed in"; or work offline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.deployment import deployment_preset
from meetings_app.app.session import Account, SessionService
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.errors import describe_error
from meetings_app.ui.worker import run_plain


class SignInDialog(QDialog):
    """Accepted after a successful sign-in, or with :attr:`offline` True when the person
    chose to work on the cached data. Errors show inline, in plain words."""

    sig_signed_in = Signal(object)

    def __init__(
        self, session: SessionService, parent: QWidget | None = None, expired: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self._session = session
        self.offline = False
        self.account: Account | None = None
        known = session.account
        preset_server = deployment_preset().server_url or ""
        self.server = QLineEdit(known.server_url if known else preset_server)
        self.server.setObjectName("serverAddress")
        self.server.setPlaceholderText("https://hop.chinhphu.vn")
        self.username = QLineEdit(known.username if known else "")
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.stay = QCheckBox(self.tr("Stay signed in on this computer"))
        self.stay.setChecked(known.stay_signed_in if known else True)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        if expired:
            self.message.setText(
                self.tr(
                    "Your sign-in has expired. Sign in again to sync; your work on this "
                    "computer is kept."
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.stay)
        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button = QPushButton(self.tr("Work offline"))
        self.offline_button.setObjectName("workOffline")
        buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.offline_button.setVisible(known is not None)  # after addButton, which shows it
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.sign_in_button.clicked.connect(self.submit)
        self.offline_button.clicked.connect(self._work_offline)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        first = self.password if known else self.username if preset_server else self.server
        first.setFocus()

    def submit(self) -> None:
        server, user = self.server.text(), self.username.text()
        password, stay = self.password.text(), self.stay.isChecked()
        if not server.strip() or not user.strip() or not password:
            self.message.setText(self.tr("Enter the server address, your username and password."))
            return
        self._busy(True)
        self.message.setText(self.tr("Signing in…"))
        run_plain(
            lambda: self._session.sign_in(server, user, password, stay),
            on_done=self._done,
            on_failed=self._failed,
            owner=self,
        )

    def _done(self, account: Account) -> None:
        self._busy(False)
        self.password.clear()
        self.account = account
        self.sig_signed_in.emit(account)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.message.setText(self.explain(error))

    def explain(self, error: BaseException) -> str:
        """A plain sentence for a sign-in failure."""
        code = error.code if isinstance(error, AppError) else ""
        sentences: dict[str, str] = {
            Code.WRONG_PASSWORD: self.tr("The username or password is not right. Type them again."),
            Code.AUTH_FAILED: self.tr("The username or password is not right. Type them again."),
            Code.UNREACHABLE: self.tr(
                "The server cannot be reached. Check the network and the server address, "
                "or work offline with the meetings already on this computer."
            ),
            Code.BAD_SERVER_ADDRESS: self.tr(
                "This is not a server address. It looks like https://hop.example.gov.vn."
            ),
            Code.NOT_A_SERVER: self.tr(
                "The address answers, but it is not a meetings server. Check the address."
            ),
            Code.DEVICE_REVOKED: self.tr(
                "This computer has been removed from your account. Contact agency IT."
            ),
            Code.OTHER_ACCOUNT: self.tr(
                "This computer holds another person's meetings. Sign in as that person, or "
                "ask agency IT to remove their data first."
            ),
            Code.KEYRING_UNAVAILABLE: self.tr(
                "No secure place to keep your sign-in is available on this computer, and no "
                "passphrase was given."
            ),
            Code.WRONG_PASSPHRASE: self.tr("The passphrase is not right."),
        }
        own = sentences.get(code)
        return own if own is not None else describe_error(error).what

    def _busy(self, busy: bool) -> None:
        for widget in (self.server, self.username, self.password, self.stay, self.sign_in_button):
            widget.setEnabled(not busy)

    def _work_offline(self) -> None:
        self.offline = True
        self.accept()
