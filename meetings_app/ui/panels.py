"""The member's panels (ballots, speaking, notes, pack search), export and the window's
reserved actions, plugged into a :class:`MainWindow`.

``install_member_panels(window, services, session, member)`` docks the panels on the
right (tabified, ballots in front), tells them what the window opens, refreshes them
after each sync, makes pack-search hits jump to the page with the words highlighted,
and connects and enables the reserved actions (votes, notes, search, ask to speak, save
annotated copy, print, settings, sign out, marks that could not follow).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from meetings_app.app.member_services import MemberServices
from meetings_app.app.reanchoring import ReanchorOutcome
from meetings_app.app.services import ClientServices
from meetings_app.app.session import SessionService
from meetings_app.app.sync_service import Notice
from meetings_app.documents.geometry import Rect
from meetings_app.domain.errors import AppError
from meetings_app.ui.annotations.unplaced_dialog import UnplacedMarksDialog
from meetings_app.ui.errors import show_error
from meetings_app.ui.export.controller import ExportController
from meetings_app.ui.main_window import (
    ACTION_ASK_TO_SPEAK,
    ACTION_NOTES,
    ACTION_POLLS,
    ACTION_PRINT,
    ACTION_REFUSED,
    ACTION_SAVE_ANNOTATED,
    ACTION_SEARCH_PACK,
    ACTION_SETTINGS,
    ACTION_UNPLACED_MARKS,
    MainWindow,
)
from meetings_app.ui.notes.editor import ITEM, MEETING, NotesEditor
from meetings_app.ui.polls.panel import PollsPanel
from meetings_app.ui.refused.dialog import RefusedChangesDialog
from meetings_app.ui.search.panel import SearchPanel
from meetings_app.ui.session_flow import SessionController
from meetings_app.ui.settings_dialog import SettingsDialog
from meetings_app.ui.speaking.panel import SpeakingPanel
from meetings_app.ui.worker import run_op, run_plain

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


class MemberPanels(QObject):
    """The panels of one window and what connects them; a child of the window."""

    def __init__(self, window: MainWindow, member: MemberServices) -> None:
        super().__init__(window)
        self.setObjectName("memberPanels")
        self.window = window
        self.member = member
        self.polls = PollsPanel(member.polls, window)
        self.speaking = SpeakingPanel(member.speaking, window)
        self.notes = NotesEditor(member.notes, window)
        self.search = SearchPanel(member.search, window)
        self.export = ExportController(member.export, window)
        self.docks: dict[str, QDockWidget] = {}
        self.unplaced_dialog: UnplacedMarksDialog | None = None
        self.refused = member.refused
        self.refused_dialog: RefusedChangesDialog | None = None
        self._refused_announced = 0
        self._pending_hit: tuple[str, int, list[str]] | None = None
        self._seen_unplaced: set[tuple[str, str]] = set()

    # --- what the window tells ---------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        for panel in (self.polls, self.notes, self.speaking, self.search):
            panel.set_meeting(meeting_id)

    def set_agenda_item(self, item_id: str | None) -> None:
        self.notes.set_agenda_item(item_id)
        self.speaking.set_agenda_item(item_id)

    def refresh(self) -> None:
        """After a sync: ballots' delivery and the speakers' queue may have moved."""
        self.polls.refresh()
        self.speaking.refresh()

    def _document_opened(self, _document_id: str, version_id: str) -> None:
        for action_id in (ACTION_SAVE_ANNOTATED, ACTION_PRINT):
            self.window.action(action_id).setEnabled(True)
        hit = self._pending_hit
        if hit is not None and hit[0] == version_id:
            self._pending_hit = None
            self.jump_to_hit(*hit)

    def _local_change(self, *_args: object) -> None:
        """A ballot, note or request was saved here: count it, and send it when online."""
        sync = self.window.sync
        if sync is None:
            return
        sync.refresh_counts()
        if sync.online and not sync.needs_sign_in:
            sync.sync_now()

    # --- actions -------------------------------------------------------------------------

    def show_dock(self, name: str, focus: QWidget | None = None) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        (focus or dock.widget()).setFocus()

    def show_search(self) -> None:
        self.show_dock("search", self.search.query)
        self.search.focus_search()

    def save_annotated_copy(self) -> None:
        doc = self.window.current_document
        if doc is not None and doc.version_id is not None:
            self.export.save_annotated_copy(self.window, doc.version_id)

    def print_copy(self) -> None:
        doc = self.window.current_document
        if doc is not None and doc.version_id is not None:
            self.export.print_copy(self.window, doc.version_id)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_unplaced(self) -> UnplacedMarksDialog:
        if self.unplaced_dialog is None:
            self.unplaced_dialog = UnplacedMarksDialog(
                self.member.reanchoring, self.member.documents, self.window
            )
        self.unplaced_dialog.show()
        self.unplaced_dialog.raise_()
        self.unplaced_dialog.refresh()
        return self.unplaced_dialog

    # --- changes the store refused ------------------------------------------------------

    def show_refused(self) -> RefusedChangesDialog:
        if self.refused_dialog is None:
            self.refused_dialog = RefusedChangesDialog(self.refused, self.window)
            self.refused_dialog.sig_seen.connect(self._refused_seen)
        self.refused_dialog.show()
        self.refused_dialog.raise_()
        self.refused_dialog.refresh()
        return self.refused_dialog

    def _refusals_changed(self, unseen: int) -> None:
        """A non-modal notice when new refusals arrive (never a silent drop)."""
        if unseen > self._refused_announced:
            notice = Notice("refused", "", "", str(unseen))
            self.window.notices.add([notice])
        self._refused_announced = unseen

    def _refused_seen(self) -> None:
        self._refused_announced = 0

    # --- marks that could not follow a new version -------------------------------------

    def _reanchored(self, outcomes: list[ReanchorOutcome]) -> None:
        fresh = [
            (o.version_id, mark)
            for o in outcomes
            for mark in o.unplaced
            if (o.version_id, mark) not in self._seen_unplaced
        ]
        if not fresh:
            return
        self._seen_unplaced.update(fresh)
        versions = sorted({version for version, _ in fresh})
        documents = self.member.documents

        def notices() -> list[Notice]:
            found: list[Notice] = []
            for version_id in versions:
                try:
                    doc = documents.document(documents.version(version_id).document_id)
                except AppError:
                    continue
                found.append(Notice("unplaced", doc.title, doc.meeting_id, version_id))
            return found

        run_plain(notices, on_done=self.window.notices.add, owner=self.window)
        if self.unplaced_dialog is not None and self.unplaced_dialog.isVisible():
            self.unplaced_dialog.refresh()

    # --- pack search ---------------------------------------------------------------------

    def open_hit(self, version_id: str, page: int, words: list[str]) -> None:
        """Show ``page`` of ``version_id`` with ``words`` highlighted, opening it if needed."""
        if self.window.go_to_page(version_id, page):
            self.jump_to_hit(version_id, page, words)
            return
        self._pending_hit = (version_id, page, words)
        documents = self.member.documents

        def find() -> tuple[str, str | None, str]:
            doc = documents.document(documents.version(version_id).document_id)
            return doc.meeting_id, doc.agenda_item_id, doc.id

        run_plain(
            find,
            on_done=lambda where: self.window.show_document(*where),
            on_failed=lambda e: show_error(self.window, e),
            owner=self.window,
        )

    def jump_to_hit(self, version_id: str, page: int, words: list[str]) -> None:
        """Go to the page and highlight the words found there (the viewer's own search
        highlights; it has no "highlight these words" call of its own yet)."""
        viewer = self.window.viewer
        if not self.window.go_to_page(version_id, page):
            return
        doc = viewer.document
        if doc is None or not words:
            return

        def find(_progress: object) -> list[Rect]:
            rects: list[Rect] = []
            for word in dict.fromkeys(w for w in words if w.strip()):
                for hit in doc.search(word, page):
                    rects.extend(hit.rects)
            return rects

        def show(rects: list[Rect]) -> None:
            if viewer.document is not doc:
                return  # another document was opened meanwhile
            viewer.view.highlights = {page: rects} if rects else {}
            if rects:
                viewer.view.show_rect(page, rects[0])
            viewer.view.viewport().update()

        run_op(find, on_done=show, owner=viewer, pool_name="render")

    def _open_note(self, meeting_id: str, item_id: object) -> None:
        item = item_id if isinstance(item_id, str) else None
        self.window.show_agenda_item(meeting_id, item)
        self.notes.scope.setCurrentIndex(ITEM if item else MEETING)
        self.show_dock("notes", self.notes.text)


def install_member_panels(
    window: MainWindow,
    services: ClientServices,
    session: SessionService | None,
    member: MemberServices | None = None,
) -> MemberPanels:
    """Dock the member's panels in ``window`` and connect everything they need."""
    if member is None:
        member = MemberServices.build(
            services, session.person_id if session else None, session.device_id if session else None
        )
    panels = MemberPanels(window, member)
    for name, widget, title in (
        ("polls", panels.polls, QCoreApplication.translate("MemberPanels", "Ballots")),
        ("speaking", panels.speaking, QCoreApplication.translate("MemberPanels", "Speaking")),
        ("notes", panels.notes, QCoreApplication.translate("MemberPanels", "Notes")),
        ("search", panels.search, QCoreApplication.translate("MemberPanels", "Search")),
    ):
        panels.docks[name] = window.add_panel(RIGHT, widget, title, object_name=name)
    panels.docks["polls"].raise_()

    window.sig_meeting_changed.connect(panels.set_meeting)
    window.sig_agenda_item_changed.connect(panels.set_agenda_item)
    window.sig_document_opened.connect(panels._document_opened)
    panels.polls.sig_cast.connect(panels._local_change)
    panels.notes.sig_saved.connect(panels._local_change)
    panels.speaking.sig_changed.connect(panels._local_change)
    panels.search.sig_open_page.connect(panels.open_hit)
    panels.search.sig_open_note.connect(panels._open_note)
    sync = window.sync
    if sync is not None:
        sync.sig_sync_finished.connect(lambda _report: panels.refresh())
        sync.sig_sync_failed.connect(lambda _error: panels.polls.refresh())
        sync.sig_reanchored.connect(panels._reanchored)
        sync.sig_rejections_changed.connect(panels._refusals_changed)

    connections = (
        (ACTION_POLLS, lambda: panels.show_dock("polls", panels.polls.list)),
        (ACTION_NOTES, lambda: panels.show_dock("notes", panels.notes.text)),
        (ACTION_SEARCH_PACK, panels.show_search),
        (ACTION_ASK_TO_SPEAK, lambda: panels.show_dock("speaking", panels.speaking.ask_button)),
        (ACTION_SETTINGS, panels.open_settings),
        (ACTION_UNPLACED_MARKS, panels.show_unplaced),
        (ACTION_REFUSED, panels.show_refused),
    )
    for action_id, slot in connections:
        action = window.action(action_id)
        action.triggered.connect(slot)
        action.setEnabled(True)
    window.action(ACTION_SAVE_ANNOTATED).triggered.connect(panels.save_annotated_copy)
    window.action(ACTION_PRINT).triggered.connect(panels.print_copy)
    if session is not None:
        SessionController(window, services, session, sync)
    return panels
