"""The one way errors reach a person: what happened, whether the data is safe, what to do.

Lower layers raise :class:`~meetings_app.domain.errors.AppError` with a stable ``code``;
this module turns the code into translated sentences. The technical message and any
traceback go to the log and behind a "Copy details" button, never into the main text.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from meetings_app.domain.errors import AppError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorText:
    """The three sentences shown for an error, plus the details for "Copy details"."""

    what: str
    safe: str
    todo: str
    details: str

    @property
    def text(self) -> str:
        return f"{self.what}\n\n{self.safe} {self.todo}".strip()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorMessages", text)


def _sentences(code: str) -> tuple[str, str, str] | None:
    """(what happened, is the data safe, what to do) for a known code."""
    safe = QCoreApplication.translate(
        "ErrorMessages", "Nothing you saved on this computer was lost."
    )
    table: dict[str, tuple[str, str, str]] = {
        "OFFLINE": (
            QCoreApplication.translate("ErrorMessages", "The meeting server cannot be reached."),
            QCoreApplication.translate(
                "ErrorMessages", "Your work is kept on this computer and will be sent later."
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Check the network connection; the app retries by itself."
            ),
        ),
        "AUTH_FAILED": (
            QCoreApplication.translate("ErrorMessages", "The user name or password is not right."),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "Type them again, or ask the secretariat to reset your password."
            ),
        ),
        "TOKEN_EXPIRED": (
            QCoreApplication.translate("ErrorMessages", "Your sign-in has expired."),
            QCoreApplication.translate(
                "ErrorMessages", "Your marks, notes and ballots on this computer are kept."
            ),
            QCoreApplication.translate("ErrorMessages", "Sign in again to continue syncing."),
        ),
        "FORBIDDEN": (
            QCoreApplication.translate("ErrorMessages", "You are not allowed to do this."),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "If you think you should be, contact the secretariat."
            ),
        ),
        "NOT_FOUND": (
            QCoreApplication.translate(
                "ErrorMessages", "What you asked for is no longer on this computer."
            ),
            safe,
            QCoreApplication.translate("ErrorMessages", "Sync to fetch the latest meeting pack."),
        ),
        "INVALID": (
            QCoreApplication.translate("ErrorMessages", "The request was not valid."),
            safe,
            QCoreApplication.translate("ErrorMessages", "Check what you entered and try again."),
        ),
        "CONFLICT": (
            QCoreApplication.translate(
                "ErrorMessages", "Someone else changed this at the same time."
            ),
            QCoreApplication.translate(
                "ErrorMessages", "The server's copy was kept, and so was yours on this computer."
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Review the latest version and make your change again."
            ),
        ),
        "POLL_CLOSED": (
            QCoreApplication.translate(
                "ErrorMessages", "The poll had already closed when your ballot arrived."
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Your ballot is kept on this computer but was not counted."
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Contact the secretariat if you believe this is wrong."
            ),
        ),
        "DB_CORRUPT": (
            QCoreApplication.translate("ErrorMessages", "The local database file is damaged."),
            QCoreApplication.translate("ErrorMessages", "It was left untouched."),
            QCoreApplication.translate(
                "ErrorMessages",
                "Move the file aside or restore a backup, then start again; the meeting pack downloads again.",
            ),
        ),
        "DATA_DIR_NOT_WRITABLE": (
            QCoreApplication.translate("ErrorMessages", "The data folder cannot be written to."),
            safe,
            QCoreApplication.translate(
                "ErrorMessages",
                "Choose a folder you can write to (or set MEETINGS_APP_HOME) and start again.",
            ),
        ),
        "STORE_ERROR": (
            QCoreApplication.translate("ErrorMessages", "The local database could not be used."),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "Close other copies of the app and try again."
            ),
        ),
        "NOT_DOWNLOADED": (
            QCoreApplication.translate(
                "ErrorMessages", "This document has not been downloaded yet."
            ),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "Connect to the network and sync; it opens once downloaded."
            ),
        ),
        "HASH_MISMATCH": (
            QCoreApplication.translate(
                "ErrorMessages", "A downloaded file did not match what the server announced."
            ),
            QCoreApplication.translate("ErrorMessages", "The damaged copy was discarded."),
            QCoreApplication.translate(
                "ErrorMessages", "Sync again; if it keeps happening, tell agency IT."
            ),
        ),
        "RENDER_FAILED": (
            QCoreApplication.translate(
                "ErrorMessages", "A page of this document could not be displayed."
            ),
            safe,
            QCoreApplication.translate(
                "ErrorMessages",
                "Other pages can still be read; ask the secretariat for a corrected file.",
            ),
        ),
        "RENDER_TIMEOUT": (
            QCoreApplication.translate(
                "ErrorMessages", "A page took too long to display and was abandoned."
            ),
            safe,
            QCoreApplication.translate(
                "ErrorMessages",
                "Close the document and open another; ask the secretariat for a corrected file.",
            ),
        ),
        "DAMAGED": (
            QCoreApplication.translate("ErrorMessages", "The document file is damaged."),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "Ask the secretariat for a corrected file."
            ),
        ),
        "NOT_SIGNED_IN": (
            QCoreApplication.translate("ErrorMessages", "You are not signed in."),
            safe,
            QCoreApplication.translate("ErrorMessages", "Sign in to mark up documents and vote."),
        ),
        "EXPORT_FORBIDDEN": (
            QCoreApplication.translate(
                "ErrorMessages", "This document may not be printed or saved."
            ),
            safe,
            QCoreApplication.translate(
                "ErrorMessages", "The secretariat decides this for each document."
            ),
        ),
        "LEASE_EXPIRED": (
            QCoreApplication.translate(
                "ErrorMessages",
                "This meeting's data has not been checked with the server for too long.",
            ),
            QCoreApplication.translate("ErrorMessages", "Your work is kept on this computer."),
            QCoreApplication.translate(
                "ErrorMessages", "Connect to the network and sync to open it again."
            ),
        ),
    }
    for alias, target in (
        ("UNREACHABLE", "OFFLINE"),
        ("NETWORK", "OFFLINE"),
        ("TIMEOUT", "OFFLINE"),
        ("CONNECTION", "OFFLINE"),
        ("WRONG_PASSWORD", "AUTH_FAILED"),
        ("UNAUTHORIZED", "AUTH_FAILED"),
        ("DB_UNAVAILABLE", "STORE_ERROR"),
        ("MIGRATION_FAILED", "STORE_ERROR"),
        ("PAGE_EMPTY", "DAMAGED"),
    ):
        table[alias] = table[target]
    return table.get(code)


def describe_error(error: BaseException | str) -> ErrorText:
    """The translated sentences for an error (or a bare code); never a traceback."""
    if isinstance(error, str):
        code, message, details = error, error, error
    else:
        code = error.code if isinstance(error, AppError) else type(error).__name__.upper()
        message = str(error)
        details = "".join(traceback.format_exception(error)).strip()
        if isinstance(error, AppError):
            details = f"[{error.code}] {details}"
    sentences = _sentences(code)
    if sentences is None:
        what = (
            message
            if isinstance(error, AppError) and message
            else QCoreApplication.translate("ErrorMessages", "Something went wrong.")
        )
        return ErrorText(
            what=what,
            safe=QCoreApplication.translate(
                "ErrorMessages", "Nothing you saved on this computer was lost."
            ),
            todo=QCoreApplication.translate(
                "ErrorMessages", "Try again; if it happens again, send the details to agency IT."
            ),
            details=details,
        )
    return ErrorText(*sentences, details=details)


def show_error(parent: QWidget | None, error: BaseException | str) -> QMessageBox:
    """Show an error without blocking the window (the box is window-modal and returned).

    The box has a "Copy details" button that puts the technical details on the clipboard.
    """
    text = describe_error(error)
    log.warning("shown to the user: %s", text.details)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorMessages", "Meetings"))
    box.setText(text.what)
    box.setInformativeText(f"{text.safe} {text.todo}")
    box.setDetailedText(text.details)
    copy = box.addButton(
        QCoreApplication.translate("ErrorMessages", "Copy details"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text.details))
    box.open()
    return box
