"""SignDialog: which key signs: a PKCS#12 file and its password, or a token and its PIN.

Nothing typed here is stored: the password or PIN goes to the one signature asked for
(:func:`meetings_app.app.signing.sign_report`, run on the worker by the caller).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.signing import KeyFile, SigningKey, Token

DEFAULT_KEY_LABEL = "signer"


class SignDialog(QDialog):
    """Asks for the signing key; :meth:`key` is the choice once accepted."""

    def __init__(self, who_signs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign the report"))
        intro = QLabel(who_signs, self)
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.p12_path = QLineEdit(self)
        self.p12_path.setObjectName("p12Path")
        self.p12_path.setAccessibleName(self.tr("Key file"))
        self.p12_password = _secret_field(self, "p12Password")
        self.library = QLineEdit(self)
        self.library.setObjectName("pkcs11Library")
        self.library.setAccessibleName(self.tr("Token library"))
        self.token_label = QLineEdit(self)
        self.token_label.setObjectName("tokenLabel")
        self.key_label = QLineEdit(DEFAULT_KEY_LABEL, self)
        self.key_label.setObjectName("keyLabel")
        self.pin = _secret_field(self, "tokenPin")
        self.tabs.addTab(self._file_page(), self.tr("Key file (PKCS#12)"))
        self.tabs.addTab(self._token_page(), self.tr("USB token (PKCS#11)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        for edit in (self.p12_path, self.library, self.token_label, self.key_label):
            edit.textChanged.connect(self._update)
        self.tabs.currentChanged.connect(self._update)
        self._update()

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        chooser = _with_chooser(self, self.p12_path, self._choose_p12, self.tr("Choose…"))
        form.addRow(self.tr("Key file:"), chooser)
        form.addRow(self.tr("Password:"), self.p12_password)
        return page

    def _token_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        chooser = _with_chooser(self, self.library, self._choose_library, self.tr("Choose…"))
        form.addRow(self.tr("Token library:"), chooser)
        form.addRow(self.tr("Token name:"), self.token_label)
        form.addRow(self.tr("Key name:"), self.key_label)
        form.addRow(self.tr("PIN:"), self.pin)
        return page

    def _choose_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the key file"), "", self.tr("Key files (*.p12 *.pfx)")
        )
        if path:
            self.p12_path.setText(path)

    def _choose_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the token's library"))
        if path:
            self.library.setText(path)

    def _update(self) -> None:
        if self.tabs.currentIndex() == 0:
            ready = bool(self.p12_path.text().strip())
        else:
            ready = all(e.text().strip() for e in (self.library, self.token_label, self.key_label))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def key(self) -> SigningKey:
        """The key chosen (read once the dialog is accepted)."""
        if self.tabs.currentIndex() == 0:
            return KeyFile(Path(self.p12_path.text().strip()), self.p12_password.text())
        return Token(
            self.library.text().strip(),
            self.token_label.text().strip(),
            self.key_label.text().strip(),
            self.pin.text(),
        )


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _with_chooser(
    parent: QDialog, edit: QLineEdit, choose: Callable[[], None], text: str
) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton(text, row)
    button.clicked.connect(choose)
    layout.addWidget(button)
    return row
