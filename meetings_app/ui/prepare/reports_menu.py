"""ReportsMenu: the workspace's Reports menu — each report built off the UI thread and
opened in a :class:`ReportDialog`, with *Issue* for the numbered reports and *Sign…* for
the ballot results (the secretary signs them; the chair signs the minutes in meeting mode).
A number asked of the store starts a sync; each finished sync lets a pending report take
its number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from meetings_app.app.prepare.kinds import REGISTER_KINDS
from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.app.sync_service import SyncService
from meetings_app.domain.signers import REPORT_SIGNER
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.report_dialog import Issuing, ReportDialog
from meetings_app.ui.worker import run_plain

SIGNED_HERE = "secretary"
"""The signing role of the reports signed from this menu (the secretariat's room)."""


class ReportsMenu(QMenu):
    """``meeting`` gives the current meeting id (None: the actions do nothing).
    Emits ``sig_report_opened(dialog)``."""

    sig_report_opened = Signal(object)

    def __init__(
        self,
        outputs: OutputsService,
        meeting: Callable[[], str | None],
        parent: QWidget | None = None,
        sync: SyncService | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setObjectName("reportsMenu")
        self.setTitle(self.tr("Reports"))
        self.outputs = outputs
        self.meeting = meeting
        for kind, text in (
            ("agenda", self.tr("Agenda booklet")),
            ("pack", self.tr("Meeting pack")),
            ("ballots", self.tr("Ballot results")),
            ("minutes", self.tr("Minutes")),
            ("opinions", self.tr("Consolidated-opinion table")),
        ):
            action = self.addAction(text)
            action.setObjectName(f"report_{kind}")
            action.triggered.connect(lambda _=False, k=kind, t=text: self.open_report(k, t))

    def open_report(self, kind: str, title: str) -> None:
        meeting_id = self.meeting()
        if meeting_id is None:
            return
        parent = self.parentWidget() or self

        def show(built: tuple[bytes, bool]) -> None:
            pdf, issued = built
            dialog = ReportDialog(
                title,
                pdf,
                f"{kind}.pdf",
                parent,
                issuing=self._issuing(kind, meeting_id, issued),
                signer_role=self._signer(kind),
            )
            if self.sync is not None:
                dialog.sig_number_requested.connect(self.sync.sync_now)
                self.sync.sig_sync_finished.connect(dialog.retry_if_pending)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_report_opened.emit(dialog)

        outputs = self.outputs
        run_plain(
            lambda: (outputs.build(kind, meeting_id), outputs.issued(kind, meeting_id)),
            on_done=show,
            on_failed=lambda e: show_error(parent, e),
            owner=self,
        )

    def _issuing(self, kind: str, meeting_id: str, issued: bool) -> Issuing | None:
        if kind not in REGISTER_KINDS:
            return None
        outputs = self.outputs
        return Issuing(issued, lambda: outputs.build(kind, meeting_id, issue=True))

    @staticmethod
    def _signer(kind: str) -> str | None:
        role = REPORT_SIGNER.get(REGISTER_KINDS.get(kind, ""))
        return role if role == SIGNED_HERE else None
