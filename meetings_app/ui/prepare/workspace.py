"""PrepareWorkspace: the secretariat's room (meetings, agenda, documents, publication).

It follows the window's selected meeting: choosing one in its list opens it in the
window too (one current meeting for every mode); each write is saved on this computer at
once, counted as waiting, and sent to the store when online.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.services import PrepareServices
from meetings_app.ui.meetings.list_view import MeetingListView
from meetings_app.ui.prepare.agenda_builder import AgendaBuilder
from meetings_app.ui.prepare.conflict_dialog import ConflictDialog
from meetings_app.ui.prepare.documents_page import DocumentsPage
from meetings_app.ui.prepare.layout import side_by_side
from meetings_app.ui.prepare.meeting_page import MeetingPage
from meetings_app.ui.prepare.participants_page import ParticipantsPage
from meetings_app.ui.prepare.publish_bar import PublishBar
from meetings_app.ui.prepare.reports_menu import ReportsMenu
from meetings_app.ui.prepare.request_page import RequestPage
from meetings_app.ui.worker import run_plain

if TYPE_CHECKING:
    from meetings_app.app.meetings_service import MeetingSummary
    from meetings_app.app.prepare.conflicts import Conflict
    from meetings_app.ui.main_window import MainWindow


class PrepareWorkspace(QWidget):
    """Meeting list on the left, the selected meeting's pages on the right."""

    def __init__(self, window: MainWindow, services: PrepareServices) -> None:
        super().__init__(window)
        self.setObjectName("prepareWorkspace")
        self.window_ = window
        self.services = services
        self.meeting_id: str | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.meetings = MeetingListView(self)
        self.meetings.setObjectName("prepareMeetingList")
        self.heading = QLabel(self)
        self.heading.setObjectName("prepareHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.meeting_page = MeetingPage(services.meetings, self)
        self.publish_bar = PublishBar(services.publication, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("prepareTabs")
        self.agenda = AgendaBuilder(services.agenda, self)
        self.tabs.addTab(self.meeting_page, self.tr("Meeting"))
        self.documents = DocumentsPage(services.documents, self.agenda.model, self)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.people = ParticipantsPage(services.people, self.agenda.model, self)
        self.tabs.addTab(self.people, self.tr("Participants"))
        self.request = RequestPage(services.requests, self)
        self.request_tab = self.tabs.addTab(self.request, self.tr("Written opinion"))
        self.tabs.setTabVisible(self.request_tab, False)
        self.reports = ReportsMenu(services.outputs, lambda: self.meeting_id, self, window.sync)
        self.reports_button = QToolButton(self)
        self.reports_button.setObjectName("reportsButton")
        self.reports_button.setText(self.tr("Reports"))
        self.reports_button.setMenu(self.reports)
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reports_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(top)
        right_layout.addWidget(self.publish_bar)
        right_layout.addWidget(self.tabs, 1)
        side_by_side(self, self.meetings, right, [380, 1020])

        window.sig_meetings_loaded.connect(self.set_meetings)
        window.sig_meeting_changed.connect(self.set_meeting)
        self.meetings.sig_meeting_selected.connect(window.open_meeting)
        self.meeting_page.sig_saved.connect(self._meeting_saved)
        self.meeting_page.sig_cancelled.connect(self._meeting_cancelled)
        self.agenda.sig_saved.connect(lambda _count: self.changed())
        self.documents.sig_saved.connect(self.changed)
        self.people.sig_saved.connect(self.changed)
        self.request.sig_saved.connect(self.changed)
        self.publish_bar.sig_moved.connect(lambda _status: self.changed())
        self.documents.sig_open_version.connect(self.open_version)
        if window.sync is not None:
            window.sync.sig_sync_finished.connect(lambda _r: self._synced())
        run_plain(
            services.meetings.may_create, on_done=self.meeting_page.set_may_create, owner=self
        )
        if window.current_meeting is not None:
            self.set_meeting(window.current_meeting.id)
        window.refresh()  # the list was read before this mode was built: read it again

    # --- following the window ----------------------------------------------------------

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.meetings.set_meetings(meetings)
        if self.meeting_id:
            self.meetings.select_meeting(self.meeting_id, announce=False)
            self._show_heading(meetings)

    def set_meeting(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.meetings.select_meeting(meeting_id, announce=False)
        self.meeting_page.load(meeting_id)
        self.agenda.load(meeting_id)
        self.documents.load(meeting_id)
        self.people.load(meeting_id)
        self.publish_bar.load(meeting_id)
        self.request.load(meeting_id)
        current = self.window_.current_meeting
        opinion = current is not None and current.kind == "written_opinion"
        self.tabs.setTabVisible(self.request_tab, opinion)
        self._show_heading([current] if current is not None else [])

    def _show_heading(self, meetings: list[MeetingSummary]) -> None:
        for m in meetings:
            if m.id == self.meeting_id:
                self.heading.setText(m.title)

    # --- after a write -------------------------------------------------------------------

    def _synced(self) -> None:
        """The store answered: waiting changes and who has answered may have moved, and
        a stale edit may have come back as a conflict to resolve."""
        self.publish_bar.load(self.meeting_id)
        self.request.load(self.meeting_id)
        self.agenda.load(self.meeting_id, keep_if_same=True)
        self.documents.reload()
        self.people.reload()
        self.check_conflicts()

    def check_conflicts(self) -> None:
        run_plain(self.services.conflicts.conflicts, on_done=self._show_conflicts, owner=self)

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        if not conflicts:
            return
        if self.conflict_dialog is not None:
            self.conflict_dialog.add(conflicts)
            return
        dialog = ConflictDialog(self.services.conflicts, conflicts, self)
        dialog.sig_resolved.connect(self._conflict_resolved)
        dialog.finished.connect(self._conflicts_done)
        self.conflict_dialog = dialog
        dialog.open()

    def _conflict_resolved(self, keep_mine: bool) -> None:
        """Show the version kept; mine is sent again (on the store's version as base)."""
        if keep_mine:
            self.changed()
        if self.meeting_id:
            self.set_meeting(self.meeting_id)

    def _conflicts_done(self) -> None:
        if self.conflict_dialog is not None:
            self.conflict_dialog.deleteLater()
        self.conflict_dialog = None

    def changed(self) -> None:
        """A write is on disk: count it as waiting, send it when online, reread the list."""
        self.publish_bar.load(self.meeting_id)
        sync = self.window_.sync
        if sync is not None:
            sync.refresh_counts()
            if sync.online and not sync.needs_sign_in:
                sync.sync_now()
        self.window_.refresh()

    def open_version(self, version_id: str, title: str) -> None:
        """Show any version of a document in the window's own viewer (the reading mode)."""
        from meetings_app.ui.modes.registry import READ

        documents = self.services.client.documents
        self.window_.modes.select(READ)
        self.window_.viewer.open_document(lambda: documents.read_pdf(version_id), version_id, title)

    def _meeting_saved(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.changed()
        self.window_.open_meeting(meeting_id)

    def _meeting_cancelled(self, _meeting_id: str) -> None:
        self.meeting_id = None
        self.heading.setText("")
        self.window_.current_meeting = None
        self.changed()


def build_workspace(window: MainWindow) -> PrepareWorkspace:
    """The prepare mode's widget on the window's services (the mode registry's factory)."""
    return PrepareWorkspace(window, PrepareServices.build(window.services, window.publishing))
