"""Wire meeting mode into the main window: the Điều hành mode's page (offered by the mode
bar to the chair, the secretary and the secretariat), the "Run the meeting" entry that
opens it, and the members' current-item bar.

Kept to one function called by ``ui.client.attach_services``; the mode registry reaches
the page through ``window.run_wiring``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from meetings_app.app.reports import ReportsService
from meetings_app.app.run.meeting_run import RunState
from meetings_app.app.run.services import RunServices
from meetings_app.app.sync_service import SyncService
from meetings_app.ui.errors import show_error
from meetings_app.ui.run.attendance_panel import AttendancePanel
from meetings_app.ui.run.follow_bar import CurrentItemBar
from meetings_app.ui.run.minutes_panel import MinutesPanel
from meetings_app.ui.run.minutes_pdf import MinutesPdfAction
from meetings_app.ui.run.mode_host import RunModeHost
from meetings_app.ui.run.presenter import PresenterLink, Send
from meetings_app.ui.run.run_mode import RunModeWidget
from meetings_app.ui.run.sign_minutes import SignMinutesAction
from meetings_app.ui.run.speakers_panel import SpeakerQueuePanel
from meetings_app.ui.run.votes_panel import LiveVotesPanel
from meetings_app.ui.worker import run_plain

ACTION_RUN_MEETING = "run_meeting"


class RunModeWiring(QObject):
    """Keeps the entry's visibility, the open run windows and the bar up to date (lives
    as long as the window, its parent)."""

    def __init__(
        self,
        window: Any,
        run: RunServices,
        sync: SyncService,
        send: Send | None,
        reports: ReportsService,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.run = run
        self.service = run.meeting
        self.sync = sync
        self.host = RunModeHost(self.widget_for, window)
        self.action = QAction(self.tr("Run the meeting…"), window)
        self.action.setObjectName(f"act_{ACTION_RUN_MEETING}")
        self.action.setShortcut("Ctrl+Shift+R")
        self.action.setVisible(False)
        self.action.triggered.connect(self.open_run_mode)
        window.meeting_menu.addAction(self.action)
        self.bar = CurrentItemBar(window.show_agenda_item, window)
        self.dock = window.add_panel(
            Qt.DockWidgetArea.TopDockWidgetArea, self.bar, self.tr("Current item"), visible=False
        )
        self.dock.setTitleBarWidget(QWidget())  # no title bar: a plain strip above the document
        self.presenter = PresenterLink(window, run.meeting.person_id, send)
        self.presenter.sig_failed.connect(lambda e: show_error(window, e))
        sync.sig_follow.connect(self.presenter.moved)
        window.meeting_menu.addAction(self.presenter.follow_action)
        window.meeting_menu.addAction(self.presenter.lead_action)
        self.minutes_pdf = MinutesPdfAction(window, reports.minutes)
        self.minutes_pdf.sig_failed.connect(lambda e: show_error(window, e))
        self.minutes_pdf.sig_saved.connect(
            lambda path: window.status.showMessage(
                self.tr("Minutes saved: %1").replace("%1", path), 8000
            )
        )
        window.meeting_menu.addAction(self.minutes_pdf.action)
        self.sign_minutes = SignMinutesAction(window, reports)
        self.sign_minutes.sig_failed.connect(lambda e: show_error(window, e))
        window.meeting_menu.addAction(self.sign_minutes.action)
        window.sig_meeting_changed.connect(lambda _m: self.reload())
        window.sig_agenda_item_changed.connect(self.bar.item_shown)
        sync.sig_sync_finished.connect(lambda _r: self.reload())

    def reload(self) -> None:
        meeting = self.window.current_meeting
        if meeting is None:
            return
        meeting_id = meeting.id
        run_plain(
            lambda: self.service.state(meeting_id),
            on_done=self._loaded,
            on_failed=lambda _e: None,  # a meeting being purged: nothing to follow
            owner=self.window,
        )
        shown = self.host.shown()
        if shown is not None and shown.isVisible():
            shown.refresh()

    def _loaded(self, state: RunState) -> None:
        current = self.window.current_meeting
        if current is None or current.id != state.meeting_id:
            return
        self.action.setVisible(state.may_run)
        self.action.setEnabled(state.may_run)
        self.presenter.set_may_lead(state.may_run and state.running)
        self.sign_minutes.set_chair(state.chairs)
        self.bar.set_state(state)
        self.dock.setVisible(state.running and state.current_item_id is not None)

    def open_run_mode(self) -> RunModeWidget | None:
        """Switch the window to the Điều hành mode on the meeting selected."""
        from meetings_app.ui.modes.registry import RUN

        self.window.modes.select(RUN)
        return self.host.shown()

    def show_meeting(self) -> RunModeWidget | None:
        """Show the meeting mode of the meeting selected in the window."""
        meeting = self.window.current_meeting
        return self.host.show_meeting(meeting.id if meeting is not None else None)

    def widget_for(self, meeting_id: str) -> RunModeWidget:
        """A meeting mode for ``meeting_id`` with its live parts (the host keeps it)."""
        widget = RunModeWidget(self.service, meeting_id)
        widget.add_part(SpeakerQueuePanel(self.run.speakers, meeting_id), self.tr("Speakers"))
        widget.add_part(LiveVotesPanel(self.run.votes, meeting_id), self.tr("Votes"))
        attendance = AttendancePanel(self.run.attendance, self.run.meeting, meeting_id)
        widget.add_part(attendance, self.tr("Attendance"))
        widget.add_part(MinutesPanel(self.run.minutes, meeting_id), self.tr("Minutes"))
        widget.sig_changed.connect(self._changed)
        widget.sig_failed.connect(lambda e: show_error(widget, e))
        return widget

    def _changed(self) -> None:
        self.sync.refresh_counts()
        self.sync.sync_now()


def install_run_mode(
    window: Any,
    person_id: str,
    sync: SyncService,
    connected: Callable[[str], set[str]] | None = None,
    send: Send | None = None,
) -> RunModeWiring:
    """Add meeting mode to ``window`` (a ``MainWindow`` with its services attached);
    ``connected(meeting_id)`` asks the store who is connected (``SyncClient.presence``),
    ``send`` leads the viewers (``SyncClient.follow``)."""
    services = window.services
    run = RunServices.build(services.engine, services.writer, person_id, sync.store_now, connected)
    reports = ReportsService(services.engine, services.documents.read_pdf, person_id)
    wiring = RunModeWiring(window, run, sync, send, reports)
    window.run_wiring = wiring
    return wiring
