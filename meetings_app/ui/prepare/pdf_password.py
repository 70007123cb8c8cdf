"""The password prompt for a PDF protected by a password, in the upload flow.

The safe import opens the file with the password and stores a decrypted copy (the program
encrypts its store itself); the password is used once and never kept. A wrong password is
refused by the import like any other bad file: it says so and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_pdf_password(
    parent: QWidget,
    filename: str,
    on_password: Callable[[str], None],
    on_cancel: Callable[[], None],
) -> QInputDialog:
    """Open (window-modal, never blocking the event loop) a prompt for ``filename``'s password."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("pdfPasswordDialog")
    dialog.setWindowTitle(QCoreApplication.translate("PdfPassword", "Password-protected PDF"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "PdfPassword",
            "“%1” is protected by a password. Enter it to import a decrypted copy "
            "(the password is not kept):",
        ).replace("%1", filename)
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("PdfPassword", "Import"))

    def finished(result: int) -> None:
        password = dialog.textValue()
        if result and password:
            on_password(password)
        else:
            on_cancel()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
