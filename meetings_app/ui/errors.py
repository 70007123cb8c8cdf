"""The one way errors reach a person: what happened, whether the data is safe, what to do.

Lower layers raise :class:`~meetings_app.domain.errors.AppError` with a stable ``code``;
this module turns the code into translated sentences (:data:`MESSAGES`), filling in the
error's parameters where they help (:data:`DETAILED`: a page count, a folder, a title).
The technical message and any traceback go to the log and behind a "Copy details"
button, never into the main text.

What must hold true:

* every code raised anywhere in ``meetings_app`` has an entry here (a test scans the
  package source for codes, so a new code cannot be forgotten); an unknown code (a newer
  server's) keeps the generic fallback;
* the main text (``what``, ``safe``, ``todo``) never holds a traceback or a Python repr;
* a bare ``OSError`` that reaches the UI is explained by its errno when it is a disk
  fault (a full disk, a refused write), as the lower layers' ``DISK_FULL`` is.

Sentences are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them from the tables,
and are translated when an error is described (the language can change at run time).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from meetings_app.documents.pdf_info import ImportRefused
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.store.disk import disk_error

log = logging.getLogger(__name__)

CONTEXT = "ErrorMessages"

Sentences = tuple[str, str, str]
"""(what happened, is the data safe, what to do), as English sources."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate (which looks for this name); translated when shown.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one keeps ``str``.
    """
    del context
    return source


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


# --- sentences shared by several codes ------------------------------------------------

SAFE = QT_TRANSLATE_NOOP("ErrorMessages", "Nothing you saved on this computer was lost.")
KEPT = QT_TRANSLATE_NOOP("ErrorMessages", "Your work is kept on this computer.")
KEPT_SENT_LATER = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Your work is kept on this computer and will be sent later."
)
KEPT_AFTER_SIGN_IN = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Your marks, notes and ballots on this computer are kept."
)
NOTHING_SAVED = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Nothing was saved; what you typed is still in the form."
)
CHANGE_KEPT = QT_TRANSLATE_NOOP(
    "ErrorMessages", "What you wrote is kept on this computer; nothing else was changed."
)
BALLOT_NOT_COUNTED = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Your ballot is kept on this computer but was not counted."
)
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was imported.")
FIX_FILE = QT_TRANSLATE_NOOP("ErrorMessages", "Ask the secretariat for a corrected file.")
SYNC_AGAIN_OR_IT = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Sync again; if it keeps happening, tell agency IT."
)
TRY_LATER_OR_IT = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Try again later; if it keeps happening, tell agency IT."
)
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP("ErrorMessages", "Sign in again to continue syncing.")
SIGN_AND_VOTE_AGAIN = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Sign in again on this computer and cast the ballot again; if it keeps happening, "
    "tell agency IT.",
)
ASK_SENDER = QT_TRANSLATE_NOOP("ErrorMessages", "Ask the sender for a new copy of the file.")

GENERIC_WHAT = QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong.")
GENERIC_TODO = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Try again; if it happens again, send the details to agency IT."
)

# --- one entry per code ----------------------------------------------------------------

MESSAGES: dict[str, Sentences] = {
    # network and sign-in
    Code.OFFLINE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server cannot be reached."),
        KEPT_SENT_LATER,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the network connection; the app retries by itself."
        ),
    ),
    Code.AUTH_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The user name or password is not right."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Type them again, or ask the secretariat to reset your password."
        ),
    ),
    Code.TOKEN_EXPIRED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Your sign-in has expired."),
        KEPT_AFTER_SIGN_IN,
        SIGN_IN_AGAIN,
    ),
    Code.UNAUTHENTICATED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server no longer knows this sign-in."),
        KEPT_AFTER_SIGN_IN,
        SIGN_IN_AGAIN,
    ),
    Code.SIGN_IN_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Signing in did not succeed."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the server address, your username and password, and try again.",
        ),
    ),
    Code.BAD_SERVER_ADDRESS: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This is not a server address."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Type an address like https://hop.example.gov.vn and try again."
        ),
    ),
    Code.NOT_A_SERVER: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The address answers, but it is not a meetings server."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the address with agency IT."),
    ),
    Code.SIGN_IN_THROTTLED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Too many wrong passwords were tried for this account."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Wait a minute, then sign in again; if you did not try these, tell agency IT.",
        ),
    ),
    Code.TOO_MANY_UPLOADS: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Several of your files are still being sent."),
        KEPT_SENT_LATER,
        QT_TRANSLATE_NOOP("ErrorMessages", "Wait a moment; the app sends the rest by itself."),
    ),
    Code.REQUEST_TIMEOUT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The connection to the meeting server stalled."),
        KEPT_SENT_LATER,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the network connection; the app retries by itself."
        ),
    ),
    Code.INSECURE_SERVER_ADDRESS: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "This server address is not protected: it starts with http://."
        ),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Use the https:// address agency IT gave you; passwords are never sent unprotected.",
        ),
    ),
    Code.CLIENT_TOO_OLD: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This version of the program is too old to sync."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Your notes, marks and ballots are kept on this computer and are sent after the "
            "update; you can keep reading and marking up.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Install the new version that agency IT provides, then sync."
        ),
    ),
    Code.CERTIFICATE_UNTRUSTED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The meeting server's security certificate is not trusted."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Nothing was sent to it; your work is kept on this computer."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the address; if it is right, ask agency IT to install the agency certificate.",
        ),
    ),
    Code.DEVICE_REVOKED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer has been removed from your account."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "For security, the meetings kept on this computer are removed."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Contact agency IT to use this computer again."),
    ),
    Code.ACCOUNT_DISABLED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Your account has been disabled."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Your work is kept on this computer but cannot be sent."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Contact the secretariat."),
    ),
    Code.OTHER_ACCOUNT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer holds another person's meetings."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Their data was not touched."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Sign in as that person, or ask agency IT to remove their data first.",
        ),
    ),
    Code.UNKNOWN_ACCOUNT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no such demo account."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Choose one of the accounts the demo lists and start it again."
        ),
    ),
    # security on this computer
    Code.KEYRING_UNAVAILABLE: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "No secure place to keep your sign-in is available on this computer.",
        ),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose a passphrase when asked, or ask agency IT to set up the system keyring.",
        ),
    ),
    Code.WRONG_PASSPHRASE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The passphrase is not right."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The meetings on this computer stay encrypted and unchanged."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Type it again; check the keyboard language and Caps Lock."
        ),
    ),
    Code.VAULT_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The protected key store on this computer cannot be read."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "It was left as it is; nothing was sent or deleted, but the meetings kept "
            "here cannot be opened without it.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Ask agency IT to reset this computer; your meetings download again after you sign in.",
        ),
    ),
    Code.DECRYPTION_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Some data on this computer could not be decrypted."),
        QT_TRANSLATE_NOOP("ErrorMessages", "It was left as it is."),
        SYNC_AGAIN_OR_IT,
    ),
    Code.LEASE_EXPIRED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "This meeting's data has not been checked with the server for too long.",
        ),
        KEPT,
        QT_TRANSLATE_NOOP("ErrorMessages", "Connect to the network and sync to open it again."),
    ),
    # what the server refuses
    Code.FORBIDDEN: (
        QT_TRANSLATE_NOOP("ErrorMessages", "You are not allowed to do this."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "If you think you should be, contact the secretariat."),
    ),
    Code.NOT_FOUND: (
        QT_TRANSLATE_NOOP("ErrorMessages", "What you asked for is no longer on this computer."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync to fetch the latest meeting pack."),
    ),
    Code.INVALID: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The request was not valid."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Check what you entered and try again."),
    ),
    Code.CONFLICT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Someone else changed this at the same time."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The server's copy was kept, and so was yours on this computer."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Review the latest version and make your change again."),
    ),
    Code.SUPERSEDED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A newer change to this, made on another device, was kept."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was lost; the newer version is shown."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check it, and change it again if needed."),
    ),
    Code.REJECTED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server did not accept this change."),
        CHANGE_KEPT,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Contact the secretariat if the change is still needed."
        ),
    ),
    Code.TOO_LARGE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The file is too large."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing of it was stored."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Split or compress the file and try again."),
    ),
    Code.BLOB_MISSING: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The meeting server does not have this document's file yet."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The file is kept on this computer and is sent at the next sync."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync again when the network is available."),
    ),
    Code.BAD_RANGE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "A download could not resume where it stopped."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Nothing you saved was lost; the file is downloaded again."
        ),
        SYNC_AGAIN_OR_IT,
    ),
    Code.METHOD_NOT_ALLOWED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The meeting server does not accept this kind of request."
        ),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Install the version of the app that agency IT provides."
        ),
    ),
    Code.SYNC_ERROR: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Syncing with the meeting server failed."),
        KEPT_SENT_LATER,
        TRY_LATER_OR_IT,
    ),
    Code.SERVER_ERROR: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server answered with an error."),
        KEPT_SENT_LATER,
        TRY_LATER_OR_IT,
    ),
    Code.INTERNAL: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server hit an unexpected problem."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Nothing was changed on the server; your work is kept on this computer.",
        ),
        TRY_LATER_OR_IT,
    ),
    Code.STORE_KEY_UNUSABLE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server's signing key cannot be used."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Agency IT must restore the key file from its backup; do not make a new one.",
        ),
    ),
    Code.SERVER_START_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting server could not be started."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Close other copies of the server (the port may be in use) and try again.",
        ),
    ),
    # running a meeting
    Code.MEETING_STATUS: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A meeting is started once and ended once; it cannot go back."
        ),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync to see the meeting's current state."),
    ),
    Code.NOT_AN_ITEM: (
        QT_TRANSLATE_NOOP("ErrorMessages", "That agenda item is not part of this meeting."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync, then choose an item of this meeting's agenda."),
    ),
    Code.MINUTES_STATE: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Minutes are approved by the chair before they are published, and published minutes are final.",
        ),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync to see the minutes' current state."),
    ),
    # ballots
    Code.POLL_CLOSED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The poll had already closed when your ballot arrived."),
        BALLOT_NOT_COUNTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Contact the secretariat if you believe this is wrong."),
    ),
    Code.POLL_NOT_OPEN: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This poll is not open yet."),
        QT_TRANSLATE_NOOP("ErrorMessages", "No ballot was recorded."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Vote once the chair opens the poll."),
    ),
    Code.POLL_NOT_CLOSED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The results are not final until the poll closes."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Try again after the poll has closed."),
    ),
    Code.SIGNATURE_REQUIRED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Your ballot was not signed by this computer, so it was refused."
        ),
        BALLOT_NOT_COUNTED,
        SIGN_AND_VOTE_AGAIN,
    ),
    Code.BAD_SIGNATURE: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The signature on your ballot does not match this computer, so it was refused.",
        ),
        BALLOT_NOT_COUNTED,
        SIGN_AND_VOTE_AGAIN,
    ),
    # this computer's store and disk
    Code.DISK_FULL: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The disk of this computer is full, so the last change or download could not "
            "be written.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Your earlier work is safe."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Free some space on the disk and try again; downloads resume where they stopped.",
        ),
    ),
    Code.DATA_DIR_NOT_WRITABLE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The data folder cannot be written to."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose a folder you can write to (or set MEETINGS_APP_HOME) and start again.",
        ),
    ),
    Code.DB_CORRUPT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The local database file is damaged."),
        QT_TRANSLATE_NOOP("ErrorMessages", "It was left untouched."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Move the file aside or restore a backup, then start again; the meeting pack "
            "downloads again.",
        ),
    ),
    Code.STORE_ERROR: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The local database could not be used."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Close other copies of the app and try again."),
    ),
    Code.MIGRATION_FAILED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The local database could not be brought up to this version of the app.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "It was left as it was."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Do not delete the file; send the details to agency IT."
        ),
    ),
    Code.BAD_DB_URL: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The database address in the settings is not valid."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Correct the address (or ask agency IT) and start again."
        ),
    ),
    Code.BLOB_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The copy of this document on this computer was damaged and has been removed.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Your marks and notes on it are kept."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync to download the document again."),
    ),
    Code.HASH_MISMATCH: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A downloaded file did not match what the server announced."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "The damaged copy was discarded."),
        SYNC_AGAIN_OR_IT,
    ),
    Code.NOT_DOWNLOADED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This document has not been downloaded yet."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Connect to the network and sync; it opens once downloaded."
        ),
    ),
    Code.SEARCH_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "Search is not available on this computer right now."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Try again after the next sync; if it keeps happening, tell agency IT."
        ),
    ),
    # reading, marking and exporting documents
    Code.RENDER_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "A page of this document could not be displayed."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Other pages can still be read; ask the secretariat for a corrected file.",
        ),
    ),
    Code.PAGE_TOO_SLOW: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "A page of this file takes too long to draw, so it would stall the members' screens.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "The file was not added; nothing else changed."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Ask the author for a simpler file (for example printed again to PDF) and add that.",
        ),
    ),
    Code.RENDER_TIMEOUT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "A page took too long to display and was abandoned."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Close the document and open another; ask the secretariat for a corrected file.",
        ),
    ),
    Code.DAMAGED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The document file is damaged."),
        SAFE,
        FIX_FILE,
    ),
    Code.PAGE_EMPTY: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A page of this document has no visible area, so it cannot be shown."
        ),
        SAFE,
        FIX_FILE,
    ),
    Code.NOT_SIGNED_IN: (
        QT_TRANSLATE_NOOP("ErrorMessages", "You are not signed in."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign in to mark up documents and vote."),
    ),
    Code.MARK_INVALID: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This mark could not be placed on the document."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Draw it again; if it keeps happening, tell agency IT."),
    ),
    Code.EXPORT_FORBIDDEN: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This document may not be printed or saved."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "The secretariat decides this for each document."),
    ),
    Code.CLASSIFICATION_UNKNOWN: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "This document's classification is not known to this app, so it may not be "
            "printed or saved.",
        ),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Ask the secretariat to check the document's classification."
        ),
    ),
    Code.EXPORT_WRITE_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The copy could not be written."),
        QT_TRANSLATE_NOOP("ErrorMessages", "The document and your marks are unchanged."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose another folder, or free some space on the disk, and save again.",
        ),
    ),
    # reports and the meeting pack
    Code.NO_MINUTES: (
        QT_TRANSLATE_NOOP("ErrorMessages", "No minutes have been written for this meeting yet."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Ask the meeting secretary to write the minutes first."),
    ),
    Code.MEETING_NOT_SCHEDULED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This meeting has no date yet."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Set its start time, then try again."),
    ),
    Code.RESULTS_INCOMPLETE: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Not all ballots of this poll have reached this computer."
        ),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync, then build the report again."),
    ),
    Code.REPORT_INVALID_INPUT: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The report could not be built from the data on this computer."
        ),
        SAFE,
        SYNC_AGAIN_OR_IT,
    ),
    Code.PACK_DOCUMENT_MISSING: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A document of the meeting pack is missing on this computer."
        ),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync, then build the pack again."),
    ),
    Code.PACK_DOCUMENT_UNREADABLE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "A document of the meeting pack cannot be read."),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Ask the secretariat for a corrected file, then build the pack again.",
        ),
    ),
    Code.DEMO_UNKNOWN_DOCUMENT: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The demo has no such document."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Create the demo data again and retry."),
    ),
    # preparing meetings
    "TITLE_REQUIRED": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The title is empty."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Type a title, then save again."),
    ),
    "ENDS_BEFORE_START": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The end is before the start."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Correct the times, then save again."),
    ),
    "LEASE_OUT_OF_RANGE": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The offline lease must be from 1 to 365 days."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Correct the number of days, then save again."),
    ),
    "TIME_ZONE_UNKNOWN": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer does not know that time zone."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Choose a zone from the list (Asia/Ho_Chi_Minh for Vietnam)."
        ),
    ),
    "STATUS_STEP_REFUSED": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The meeting cannot take that step from where it is."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "A published meeting is amended, not taken back to a draft."
        ),
    ),
    "UNKNOWN_ROLE": (
        QT_TRANSLATE_NOOP("ErrorMessages", "That role is not one a meeting knows."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose chair, secretary, member, invitee or observer."),
    ),
    "NOT_A_MEMBER": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Only a member can be replaced by a substitute."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Select the member who will be absent, then retry."),
    ),
    "ALREADY_PARTICIPANT": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This person already attends the meeting."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose someone who is not invited yet."),
    ),
    "QUESTION_REQUIRED": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The request has no question."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Write the question, then save again."),
    ),
    "OPTIONS_INVALID": (
        QT_TRANSLATE_NOOP("ErrorMessages", "A request needs two or more different options."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Write one option per line, then save again."),
    ),
    "REQUEST_NOT_DRAFT": (
        QT_TRANSLATE_NOOP("ErrorMessages", "An open request cannot be changed."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Close it and make a new request if the question must change."
        ),
    ),
    "NO_REQUEST": (
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no question to open yet."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Write the question and save the draft first."),
    ),
    "DEADLINE_PASSED": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The deadline has already passed."),
        NOTHING_SAVED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose a later deadline, save, then open it."),
    ),
    "REPORT_KIND_UNKNOWN": (
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no report of that kind."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose agenda, pack, ballots, minutes or opinions."),
    ),
    "NO_DRAFT": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This meeting has no draft document to report on."),
        SAFE,
        QT_TRANSLATE_NOOP("ErrorMessages", "Add the draft in the Documents tab first."),
    ),
    # digital signatures
    Code.SIGNING_KEY_UNAVAILABLE: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The signing key could not be opened: the file or token is missing, or the "
            "password or PIN is wrong.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was signed; the report is unchanged."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Plug in your token or choose your key file, check the PIN, and sign again.",
        ),
    ),
    Code.SIGNING_FAILED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The report could not be signed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was signed; the report is unchanged."),
        TRY_LATER_OR_IT,
    ),
    Code.KEY_FILE_PASSWORD_WRONG: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The password does not open this key file."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was signed; the report is unchanged."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Type the key file's password again, or choose another file."
        ),
    ),
    Code.TOKEN_PIN_WRONG: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The token refused the PIN."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was signed; the report is unchanged."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Type the PIN again. After several wrong PINs a token locks itself: then ask "
            "the certificate provider.",
        ),
    ),
    Code.TOKEN_NOT_FOUND: (
        QT_TRANSLATE_NOOP("ErrorMessages", "No signing token with that name was found."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was signed; the report is unchanged."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Plug in your token, check its name and the token's library, and sign again.",
        ),
    ),
    Code.NOT_ISSUED: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "This report has no number yet, so it cannot be signed."
        ),
        SAFE,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Issue it first (the store gives its number), then sign it."
        ),
    ),
    Code.NUMBER_PENDING: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The report's number has been asked of the store and is not here yet."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "The request is saved and is sent at the next sync."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Connect to the network; the report is issued as soon as the store answers.",
        ),
    ),
    # importing and publishing files
    Code.SAME_VERSION: (
        QT_TRANSLATE_NOOP("ErrorMessages", "This file is identical to the current version."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing was published."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose the new file and publish again."),
    ),
    Code.IMPORT_REFUSED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The file was refused at import."),
        NOTHING_IMPORTED,
        ASK_SENDER,
    ),
    Code.NOT_PDF: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The file is not a PDF."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Export it as PDF and import it again."),
    ),
    Code.TRUNCATED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The PDF is cut short; its end is missing."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Copy or download it again, then import it."),
    ),
    Code.ENCRYPTED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The PDF is protected by a password."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Import it again and give the password."),
    ),
    Code.TOO_MANY_PAGES: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The PDF has too many pages."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Split it into smaller documents."),
    ),
    Code.OUT_OF_MEMORY: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Reading the PDF needed more memory than allowed, or the file is built to "
            "crash readers.",
        ),
        NOTHING_IMPORTED,
        ASK_SENDER,
    ),
    Code.UNREADABLE_FILE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The file cannot be read."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check that it exists and that you may open it, then try again."
        ),
    ),
}

# Codes that mean exactly what another code means (older or lower-level names).
ALIASES: dict[str, str] = {
    Code.UNREACHABLE: Code.OFFLINE,
    Code.NETWORK: Code.OFFLINE,
    Code.TIMEOUT: Code.OFFLINE,
    Code.CONNECTION: Code.OFFLINE,
    Code.WRONG_PASSWORD: Code.AUTH_FAILED,
    Code.UNAUTHORIZED: Code.AUTH_FAILED,
    Code.DB_UNAVAILABLE: Code.STORE_ERROR,
    Code.RANGE_NOT_SATISFIABLE: Code.BAD_RANGE,
}

# An import refusal reuses some general codes with another meaning (``TIMEOUT`` is a
# PDF that stalls the reader, not the network): these sentences win for ImportRefused.
IMPORT_MESSAGES: dict[str, Sentences] = {
    Code.WRONG_PASSWORD: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The password does not open this PDF."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the password and import the file again."),
    ),
    Code.TIMEOUT: (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Reading the PDF took too long; it may be built to stall readers.",
        ),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Ask the sender for a simpler copy of the file."),
    ),
    Code.TOO_LARGE: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The file is too large to import."),
        NOTHING_IMPORTED,
        QT_TRANSLATE_NOOP("ErrorMessages", "Split or compress it, then import it again."),
    ),
    Code.DAMAGED: (
        QT_TRANSLATE_NOOP("ErrorMessages", "The PDF is damaged."),
        NOTHING_IMPORTED,
        ASK_SENDER,
    ),
}

# A fuller "what happened" for a code, used when the error carries all the named
# parameters: ``(parameter names, sentence with %1, %2 … in that order)``.
DETAILED: dict[str, tuple[tuple[str, ...], str]] = {
    Code.CLIENT_TOO_OLD: (
        ("required", "download_url"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "This version of the program is too old to sync; install version %1 from %2.",
        ),
    ),
    Code.BAD_SERVER_ADDRESS: (
        ("address",),
        QT_TRANSLATE_NOOP("ErrorMessages", "“%1” is not a server address."),
    ),
    Code.LEASE_EXPIRED: (
        ("title", "days"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "“%1” has not been checked with the server for more than %2 days.",
        ),
    ),
    Code.DATA_DIR_NOT_WRITABLE: (
        ("path",),
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer refused to write to %1."),
    ),
    Code.DB_CORRUPT: (
        ("path",),
        QT_TRANSLATE_NOOP("ErrorMessages", "The local database file %1 is damaged."),
    ),
    Code.EXPORT_WRITE_FAILED: (
        ("path",),
        QT_TRANSLATE_NOOP("ErrorMessages", "The copy could not be written to %1."),
    ),
    Code.NOT_DOWNLOADED: (
        ("titles",),
        QT_TRANSLATE_NOOP("ErrorMessages", "These documents have not been downloaded yet: %1."),
    ),
    Code.SAME_VERSION: (
        ("version",),
        QT_TRANSLATE_NOOP("ErrorMessages", "This file is identical to version %1."),
    ),
    Code.TOO_MANY_PAGES: (
        ("pages", "limit"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The PDF has %1 pages; at most %2 are allowed."),
    ),
    Code.PACK_DOCUMENT_MISSING: (
        ("key",),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The document “%1” of the meeting pack is missing on this computer."
        ),
    ),
    Code.PACK_DOCUMENT_UNREADABLE: (
        ("key",),
        QT_TRANSLATE_NOOP("ErrorMessages", "The document “%1” of the meeting pack cannot be read."),
    ),
}

IMPORT_DETAILED: dict[str, tuple[tuple[str, ...], str]] = {
    Code.TOO_LARGE: (
        ("size_mb", "limit_mb"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The file is %1 MB; at most %2 MB can be imported."),
    ),
}


def known_codes() -> frozenset[str]:
    """Every code with its own sentences (aliases included)."""
    return frozenset(MESSAGES) | frozenset(ALIASES)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _sentences(code: str, imported: bool = False) -> Sentences | None:
    """The English sources of (what happened, is the data safe, what to do) for a code."""
    if imported and code in IMPORT_MESSAGES:
        return IMPORT_MESSAGES[code]
    return MESSAGES.get(ALIASES.get(code, code))


# A traceback, a Python repr (``<Foo object at 0x…>``) or an exception's repr
# (``ValueError('…')``): technical text that belongs behind "Copy details".
_TECHNICAL = re.compile(
    r"Traceback \(most recent call last\)|<[\w.]+ (object )?at 0x[0-9a-fA-F]+>"
    r"|\b[A-Z]\w*(Error|Exception)\("
)


def _param_text(value: Any) -> str | None:
    """A parameter as a person reads it; None for values that are not plain data."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, str):
        return value if value and not _TECHNICAL.search(value) else None
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return None


def _with_sizes(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters, plus ``size_mb``/``limit_mb`` for byte counts."""
    out = dict(params)
    for name in ("size", "limit"):
        value = params.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            mib = value / 2**20
            out[f"{name}_mb"] = round(mib) if mib >= 10 else round(mib, 1)
    return out


def _detailed_what(code: str, params: Mapping[str, Any], imported: bool) -> str | None:
    entry = (IMPORT_DETAILED.get(code) if imported else None) or DETAILED.get(
        ALIASES.get(code, code)
    )
    if entry is None:
        return None
    names, source = entry
    values = [_param_text(_with_sizes(params).get(name)) for name in names]
    if any(v is None for v in values):
        return None
    text = _tr(source)
    # Backwards, so %1 never eats the start of %10.
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def describe_error(error: BaseException | str) -> ErrorText:
    """The translated sentences for an error (or a bare code); never a traceback."""
    params: Mapping[str, Any] = {}
    imported = isinstance(error, ImportRefused)
    if isinstance(error, str):
        code, message, details = error, error, error
    else:
        named = disk_error(error) if not isinstance(error, AppError) else None
        code = (
            error.code
            if isinstance(error, AppError)
            else named.code
            if named is not None
            else type(error).__name__.upper()
        )
        message = str(error)
        details = "".join(traceback.format_exception(error)).strip()
        if isinstance(error, AppError):
            details = f"[{error.code}] {details}"
            params = error.params if isinstance(error.params, dict) else {}
        elif named is not None:
            details = f"[{named.code}] {details}"
            params = named.params
    sentences = _sentences(code, imported)
    if sentences is None:
        what = (
            message
            if isinstance(error, AppError) and message and not _TECHNICAL.search(message)
            else _tr(GENERIC_WHAT)
        )
        return ErrorText(what=what, safe=_tr(SAFE), todo=_tr(GENERIC_TODO), details=details)
    what, safe, todo = sentences
    return ErrorText(
        what=_detailed_what(code, params, imported) or _tr(what),
        safe=_tr(safe),
        todo=_tr(todo),
        details=details,
    )


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
