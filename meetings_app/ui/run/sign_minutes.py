"""Meeting → "Sign the minutes…": the chair signs the meeting's minutes (chữ ký số).

Offered to the chair only (who approves the minutes, ``Action.APPROVE_MINUTES``). The
minutes are built from this laptop's rows as every participant gets them
(``ReportsService.minutes``) and shown in the report viewer; the chair signs them there
with a key file or a token, once the secretariat has issued them (their number from the
register has reached this laptop), and saves the signed copy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from meetings_app.app.reports import ReportsService
from meetings_app.ui.prepare.report_dialog import Issuing, ReportDialog
from meetings_app.ui.worker import run_plain


class SignMinutesAction(QObject):
    sig_opened = Signal(object)
    """The report dialog shown (tests, screenshots)."""
    sig_failed = Signal(object)

    def __init__(self, window: Any, reports: ReportsService) -> None:
        super().__init__(window)
        self.window = window
        self.reports = reports
        self.action = QAction(self.tr("Sign the minutes…"), window)
        self.action.setObjectName("act_sign_minutes")
        self.action.setVisible(False)
        self.action.triggered.connect(self.open_minutes)

    def set_chair(self, is_chair: bool) -> None:
        """Shown to the chair of the meeting selected only."""
        self.action.setVisible(is_chair)
        self.action.setEnabled(is_chair)

    def open_minutes(self) -> None:
        meeting = self.window.current_meeting
        if meeting is None:
            return
        reports, meeting_id, title = self.reports, meeting.id, meeting.title

        def build() -> tuple[bytes, bool]:
            line = reports.line("minutes", meeting_id)
            return reports.minutes(meeting_id), line is not None and line.number is not None

        def show(built: tuple[bytes, bool]) -> None:
            pdf, issued = built
            dialog = ReportDialog(
                self.tr("Minutes: %1").replace("%1", title),
                pdf,
                f"{title} - bien ban.pdf",
                self.window,
                issuing=Issuing(issued),
                signer_role="chair",
            )
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_opened.emit(dialog)

        run_plain(build, on_done=show, on_failed=self.sig_failed.emit, owner=self.window)
