"""ReportsMenu: the workspace's Reports menu — each report built off the UI thread and
opened in a :class:`ReportDialog`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.report_dialog import ReportDialog
from meetings_app.ui.worker import run_plain


class ReportsMenu(QMenu):
    """``meeting`` gives the current meeting id (None: the actions do nothing).
    Emits ``sig_report_opened(dialog)``."""

    sig_report_opened = Signal(object)

    def __init__(
        self,
        outputs: OutputsService,
        meeting: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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

        def show(pdf: bytes) -> None:
            dialog = ReportDialog(title, pdf, f"{kind}.pdf", parent)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_report_opened.emit(dialog)

        run_plain(
            lambda: self.outputs.build(kind, meeting_id),
            on_done=show,
            on_failed=lambda e: show_error(parent, e),
            owner=self,
        )
