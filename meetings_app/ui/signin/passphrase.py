"""Asks for the passphrase that protects this computer's data when no OS keyring is usable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from meetings_app.security.keyring_store import PassphrasePrompt

MIN_LENGTH = 10


class PassphraseDialog(QDialog):
    def __init__(self, creating: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Protect your data"))
        self.creating = creating
        explain = QLabel(
            self.tr(
                "This computer has no secure keyring. Choose a passphrase to encrypt the "
                "meetings kept here; you will type it each time the program starts."
            )
            if creating
            else self.tr("Type the passphrase that protects the meetings on this computer.")
        )
        explain.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Passphrase"), self.first)
        if creating:
            form.addRow(self.tr("Again"), self.second)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> None:
        text = self.first.text()
        if self.creating and len(text) < MIN_LENGTH:
            self.message.setText(
                self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
            )
            return
        if self.creating and text != self.second.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    @property
    def passphrase(self) -> str:
        return self.first.text()


def passphrase_prompt(parent: QWidget | None = None) -> PassphrasePrompt:
    """A prompt for :func:`meetings_app.security.keyring_store.open_secrets`."""

    def ask(creating: bool) -> str | None:
        dialog = PassphraseDialog(creating, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase
        finally:
            dialog.deleteLater()

    return ask


__all__ = ["PassphraseDialog", "passphrase_prompt"]
