"""ReportDialog: a report shown in the app's own viewer first, then issued, signed and saved.

* **Issue** (when the report is numbered and this person may issue it): asks the store
  for the report's number (:meth:`OutputsService.build` with ``issue=True``). Offline the
  request waits in the outbox and the dialog says *number pending*; whoever holds the
  dialog calls :meth:`ReportDialog.retry_if_pending` after each sync, and the report is
  shown issued as soon as the store's number has arrived.
* **Sign…** (for the role that signs this report, ``domain/signers.py``): only an issued
  report is signed (``NOT_ISSUED``); the key is asked for (:class:`SignDialog`), the
  signature is made on the worker, the signed copy replaces the one shown (its signature
  appears in the viewer's signature panel) and is offered for saving at once.
* **Save as PDF…**: nothing is written before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.signing import SigningKey, sign_report
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.errors import show_error
from meetings_app.ui.signing.sign_dialog import SignDialog
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.worker import run_plain


@dataclass(frozen=True)
class Issuing:
    """Where the report stands in the register, and how to issue it (None: this person
    does not issue it, e.g. the chair who signs the minutes the secretariat issued)."""

    issued: bool
    issue: Callable[[], bytes] | None = None


class ReportDialog(QDialog):
    """Holds the report's bytes in memory; nothing is written until "Save as PDF…"."""

    sig_saved = Signal(str)
    sig_number_requested = Signal()
    """A number was asked of the store: sync now."""
    sig_signed = Signal()

    def __init__(
        self,
        title: str,
        pdf: bytes,
        filename: str,
        parent: QWidget | None = None,
        *,
        issuing: Issuing | None = None,
        signer_role: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(title)
        self.title, self.pdf, self.filename = title, pdf, filename
        self.issuing = issuing
        self.issued = issuing is None or issuing.issued
        self.pending = False
        self.signer_role = signer_role
        self.sign_dialog: SignDialog | None = None
        self._shown = 0
        self.viewer = DocumentViewer(self)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button = self._button(
            buttons, "issueReport", self.tr("Issue (give it a number)")
        )
        self.sign_button = self._button(buttons, "signReport", self.tr("Sign…"))
        self.save_button = self._button(buttons, "saveReport", self.tr("Save as PDF…"))
        self.issue_button.setVisible(issuing is not None and issuing.issue is not None)
        self.sign_button.setVisible(signer_role is not None)
        buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue_now)
        self.sign_button.clicked.connect(self.sign)
        self.save_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show(pdf)
        self._say_where_it_stands()
        self.resize(1000, 800)

    def _button(self, box: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._shown += 1
        self.viewer.close_document()
        self.viewer.open_document(lambda: pdf, f"report:{self.filename}:{self._shown}", self.title)

    def _say_where_it_stands(self) -> None:
        if self.issuing is None:
            self.status.setVisible(False)
            return
        if self.issued:
            text = self.tr("Issued: the number and date are the register's.")
        elif self.pending:
            text = self.tr(
                "Number pending: the request is saved and goes to the store at the next "
                "sync. The report is issued, and can be signed, when the store's number "
                "arrives."
            )
        else:
            text = self.tr("Draft: no number yet. It is signed once it is issued.")
        self.issue_button.setEnabled(not self.issued)
        self.status.setText(text)

    # --- issuing ------------------------------------------------------------------------

    def issue_now(self) -> None:
        """Ask for the number (or take it, when the store's answer has arrived)."""
        if self.issuing is None or self.issuing.issue is None or self.issued:
            return
        run_plain(self.issuing.issue, on_done=self._issued, on_failed=self._not_issued, owner=self)

    def retry_if_pending(self, _report: object = None) -> None:
        """After a sync (``SyncService.sig_sync_finished``): issue the report if its
        number was waiting for the store."""
        if self.pending:
            self.issue_now()

    def _issued(self, pdf: bytes) -> None:
        self.issued, self.pending = True, False
        self._show(pdf)
        self._say_where_it_stands()

    def _not_issued(self, error: BaseException) -> None:
        if isinstance(error, AppError) and error.code == Code.NUMBER_PENDING:
            first = not self.pending
            self.pending = True
            self._say_where_it_stands()
            if first:
                self.sig_number_requested.emit()
            return
        show_error(self, error)

    # --- signing ------------------------------------------------------------------------

    def sign(self) -> None:
        """Ask for the key, then sign (an issued report only)."""
        if self.signer_role is None:
            return
        if not self.issued:
            message = "The report has no number yet; issue it before signing it."
            show_error(self, AppError(message, code=Code.NOT_ISSUED))
            return
        who = (
            self.tr("You sign as the chair of the meeting.")
            if self.signer_role == "chair"
            else self.tr("You sign as the secretary of the meeting.")
        )
        self.sign_dialog = SignDialog(who, self)
        self.sign_dialog.accepted.connect(lambda: self.sign_with(self._chosen_key()))
        self.sign_dialog.open()

    def _chosen_key(self) -> SigningKey:
        assert self.sign_dialog is not None
        return self.sign_dialog.key()

    def sign_with(self, key: SigningKey) -> None:
        """Sign the report shown with ``key`` on the worker; then offer to save it."""
        role, pdf = self.signer_role or "", self.pdf
        self.sign_button.setEnabled(False)
        run_plain(
            lambda: sign_report(pdf, role, key),
            on_done=self._signed,
            on_failed=self._sign_failed,
            owner=self,
        )

    def _signed(self, pdf: bytes) -> None:
        self._show(pdf)
        self.sign_button.setEnabled(True)
        self.status.setVisible(True)
        self.status.setText(self.tr("Signed. Save it to keep the signed copy."))
        self.sig_signed.emit()
        self.choose_file()

    def _sign_failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        show_error(self, error)

    # --- saving -------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.filename, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        pdf = self.pdf
        run_plain(
            lambda: path.write_bytes(pdf),
            on_done=lambda _n: self.sig_saved.emit(str(path)),
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def done(self, result: int) -> None:
        self.viewer.close_document()
        super().done(result)
