"""Meeting → "Minutes of this meeting (PDF)…": every participant saves the published
minutes as a PDF made by the reports engine (``ReportsService.minutes``: the published
minutes of each agenda item, in agenda order)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from meetings_app.ui.worker import run_plain


class MinutesPdfAction(QObject):
    sig_saved = Signal(str)
    sig_failed = Signal(object)

    def __init__(self, window: Any, make_pdf: Callable[[str], bytes]) -> None:
        """``make_pdf(meeting_id)`` returns the minutes as PDF bytes (raises ``NO_MINUTES``)."""
        super().__init__(window)
        self.window = window
        self.make_pdf = make_pdf
        self.action = QAction(self.tr("Minutes of this meeting (PDF)…"), window)
        self.action.setObjectName("act_minutes_pdf")
        self.action.triggered.connect(self.ask)

    def ask(self) -> None:
        meeting = self.window.current_meeting
        if meeting is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the minutes"),
            f"{meeting.title} - bien ban.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(meeting.id, Path(path))

    def save_to(self, meeting_id: str, path: Path) -> None:
        """Make the PDF and write it to ``path``, off the UI thread."""

        def work() -> str:
            path.write_bytes(self.make_pdf(meeting_id))
            return str(path)

        run_plain(
            work, on_done=self.sig_saved.emit, on_failed=self.sig_failed.emit, owner=self.window
        )
