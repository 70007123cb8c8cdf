"""MainWindow: meeting list → agenda → documents → viewer, with room for other panels.

Other panels (polls, speaking, notes, pack search, export) are hosted as dock widgets via
:meth:`MainWindow.add_panel`; their menu entries are reserved as actions with stable ids
(:meth:`MainWindow.action`) that the panel's owner connects and enables. The window tells
panels what is current through ``sig_meeting_changed``, ``sig_agenda_item_changed`` and
``sig_document_opened``.

Start-up shows the window first and its data next: ``MainWindow()`` with no services is
the shell (menus, toolbar, an empty meeting list saying the store is opening, status bar),
built without importing the data stack (SQLAlchemy, Alembic, PDF and HTTP libraries);
:meth:`MainWindow.attach` then gives it the services and sync once they are open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetings_app.documents.geometry import Point
from meetings_app.domain.errors import AppError
from meetings_app.domain.rules import Actor
from meetings_app.ui.agenda.panel import AgendaPanel
from meetings_app.ui.annotations.controller import AnnotationController
from meetings_app.ui.annotations.toolbar import AnnotationToolBar
from meetings_app.ui.meetings.list_view import MeetingListView
from meetings_app.ui.modes.host import ModeHost
from meetings_app.ui.modes.registry import READ
from meetings_app.ui.notice_bar import NoticeBar
from meetings_app.ui.settings import GEOMETRY, STATE, settings
from meetings_app.ui.status_bar import SyncStatusBar
from meetings_app.ui.update_bar import UpdateBar
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.worker import run_plain

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the data stack is imported after the window shows (ui/client.py)
    from meetings_app.app.agenda_service import AgendaNode, DocumentSummary
    from meetings_app.app.meetings_service import MeetingSummary
    from meetings_app.app.publishing import PublishingService
    from meetings_app.app.services import ClientServices
    from meetings_app.app.sync_service import Notice, SyncService


def show_error(parent: QWidget, error: BaseException) -> None:
    """:func:`meetings_app.ui.errors.show_error`, whose module (every error text, and what
    it knows of the lower layers' errors) is imported when the first error shows."""
    from meetings_app.ui import errors

    errors.show_error(parent, error)


# Reserved action ids (Spyder-style constants) for panels built by other modules.
ACTION_SYNC = "sync_now"
ACTION_SAVE_ANNOTATED = "save_annotated_copy"
ACTION_PRINT = "print"
ACTION_SEARCH_PACK = "search_pack"
ACTION_NOTES = "notes"
ACTION_POLLS = "polls"
ACTION_ASK_TO_SPEAK = "ask_to_speak"
ACTION_SIGN_OUT = "sign_out"
ACTION_SETTINGS = "settings"
ACTION_UNPLACED_MARKS = "unplaced_marks"
ACTION_REFUSED = "refused_changes"


class MainWindow(QMainWindow):
    """The member's window. Reads go through the background helper; nothing blocks."""

    sig_meeting_changed = Signal(str)
    sig_agenda_item_changed = Signal(object)
    """The agenda item id, or None for the meeting as a whole."""
    sig_document_opened = Signal(str, str)
    """Document id and version id, once its first page can render."""
    sig_meetings_loaded = Signal(object)
    """The meeting list was (re)read: ``list[MeetingSummary]``."""

    def __init__(
        self,
        services: ClientServices | None = None,
        sync: SyncService | None = None,
        parent: QWidget | None = None,
        *,
        can_open: Callable[[str], None] | None = None,
    ) -> None:
        """The window on ``services``; without them, the shell that start-up shows while
        the store opens (give it its data with :meth:`attach`)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Meetings: Cabinet meeting pack"))
        self._services: ClientServices | None = None
        self.sync: SyncService | None = None
        self.can_open: Callable[[str], None] | None = None
        """Raises ``LEASE_EXPIRED`` for a meeting whose offline lease has passed
        (``SessionService.check_can_open``); None: no lease to check (no account)."""
        self.current_meeting: MeetingSummary | None = None
        self.current_document: DocumentSummary | None = None
        self._meetings_by_id: dict[str, MeetingSummary] = {}
        self._pending_meeting: str | None = None
        self.refused_meeting: str | None = None
        """The last meeting refused because its offline lease had passed."""
        self._agenda_generation = 0
        self._pending_item: str | None = None
        self._pending_document: str | None = None
        self._actions: dict[str, QAction] = {}
        self.panels: dict[str, QDockWidget] = {}
        self.publishing: PublishingService | None = None
        """The secretariat's document publication (set with the member's services)."""
        self.server_url: str | None = None
        """The store this laptop syncs with (shown in the About box; set with the account)."""

        self.meeting_list = MeetingListView(self)
        self.agenda = AgendaPanel(self)
        self.viewer = DocumentViewer(self)
        self.notices = NoticeBar(self)
        self.update_bar = UpdateBar(self)
        self.annotations = AnnotationController(None, self.viewer, self)
        self.annotation_toolbar = AnnotationToolBar(self.annotations, self)
        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("leftSplitter")
        left.addWidget(self.meeting_list)
        left.addWidget(self.agenda)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 5)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        right_layout.addWidget(self.update_bar)
        right_layout.addWidget(self.notices)
        right_layout.addWidget(self.viewer, 1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("mainSplitter")
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([380, 1000])
        self.modes = ModeHost(self, main)
        self.setCentralWidget(self.modes)
        self.modes.sig_mode_changed.connect(self._mode_changed)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.annotation_toolbar)

        self._build_menus()
        self._connect()
        self.resize(1400, 900)
        if services is not None:
            self.attach(services, sync, can_open=can_open)
        else:
            self.meeting_list.set_placeholder(
                self.tr("Opening the meetings kept on this computer…")
            )

    # --- the store and sync, once open ---------------------------------------------------

    @property
    def services(self) -> ClientServices:
        """The services on the local store (raises before :meth:`attach`)."""
        if self._services is None:
            raise RuntimeError("the local store is not open yet")
        return self._services

    @property
    def attached(self) -> bool:
        """True once the window has its services (the shell shown at start-up has not)."""
        return self._services is not None

    def attach(
        self,
        services: ClientServices,
        sync: SyncService | None = None,
        *,
        can_open: Callable[[str], None] | None = None,
    ) -> None:
        """Give the window its services and sync (once). Like the constructor, this loads
        nothing: call :meth:`refresh` to fill the meeting list."""
        if self._services is not None:
            raise RuntimeError("the window already has its services")
        self._services = services
        self.sync = sync
        self.can_open = can_open
        self.annotations.service = services.annotations
        if sync is not None:
            self._connect_sync(sync)

    # --- panels and actions for other modules --------------------------------------------

    def add_panel(
        self,
        area: Qt.DockWidgetArea,
        widget: QWidget,
        title: str,
        object_name: str | None = None,
        visible: bool = True,
    ) -> QDockWidget:
        """Host ``widget`` as a dock panel; its show/hide toggle goes in View → Panels.

        ``object_name`` (default: the widget's) names the dock so its place is restored.
        """
        name = object_name or widget.objectName() or title
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        same_area = [d for d in self.panels.values() if self.dockWidgetArea(d) == area]
        if same_area:
            self.tabifyDockWidget(same_area[-1], dock)
        self.panels[name] = dock
        self.panels_menu.addAction(dock.toggleViewAction())
        dock.setVisible(visible)
        return dock

    def action(self, action_id: str) -> QAction:
        """A reserved menu action by id; the module that owns it connects and enables it."""
        return self._actions[action_id]

    def _reserve(
        self,
        menu: QMenu,
        action_id: str,
        text: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"act_{action_id}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(False)
        menu.addAction(action)
        self._actions[action_id] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        sync = self._reserve(file_menu, ACTION_SYNC, self.tr("Sync now"), "F5")
        sync.setEnabled(True)
        sync.triggered.connect(self.sync_now)
        file_menu.addSeparator()
        self._reserve(
            file_menu,
            ACTION_SAVE_ANNOTATED,
            self.tr("Save annotated copy…"),
            QKeySequence.StandardKey.SaveAs,
        )
        self._reserve(file_menu, ACTION_PRINT, self.tr("Print…"), QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        self._reserve(file_menu, ACTION_REFUSED, self.tr("Changes the store refused…"))
        self._reserve(file_menu, ACTION_SETTINGS, self.tr("Settings…"))
        self._reserve(file_menu, ACTION_SIGN_OUT, self.tr("Sign out"))
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.viewer.actions_for_menu():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu(self.tr("Panels"))

        markup = bar.addMenu(self.tr("&Markup"))
        for action in self.annotation_toolbar.tool_actions.values():
            markup.addAction(action)
        markup.addSeparator()
        markup.addAction(self.annotation_toolbar.share_action)
        markup.addAction(self.annotation_toolbar.undo_action)
        markup.addAction(self.annotation_toolbar.redo_action)
        markup.addSeparator()
        self._reserve(markup, ACTION_UNPLACED_MARKS, self.tr("Marks that could not follow…"))
        self.markup_menu = markup

        meeting_menu = bar.addMenu(self.tr("M&eeting"))
        self.meeting_menu = meeting_menu
        self._reserve(
            meeting_menu, ACTION_SEARCH_PACK, self.tr("Search the meeting pack…"), "Ctrl+Shift+F"
        )
        self._reserve(meeting_menu, ACTION_NOTES, self.tr("My notes"), "Ctrl+Shift+N")
        self._reserve(meeting_menu, ACTION_POLLS, self.tr("Votes"), "Ctrl+Shift+V")
        self._reserve(meeting_menu, ACTION_ASK_TO_SPEAK, self.tr("Ask to speak"), "Ctrl+Shift+P")
        focus_list = QAction(self.tr("Go to meeting list"), self)
        focus_list.setShortcut(QKeySequence("Ctrl+L"))
        focus_list.triggered.connect(lambda: self.meeting_list.setFocus())
        focus_agenda = QAction(self.tr("Go to agenda"), self)
        focus_agenda.setShortcut(QKeySequence("Ctrl+J"))
        focus_agenda.triggered.connect(lambda: self.agenda.tree.setFocus())
        meeting_menu.addSeparator()
        meeting_menu.addAction(focus_list)
        meeting_menu.addAction(focus_agenda)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("About Meetings…"), self)
        about.setObjectName("act_about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.meeting_list.sig_meeting_selected.connect(self.open_meeting)
        self.agenda.sig_item_selected.connect(self._item_selected)
        self.agenda.sig_document_activated.connect(self.open_document)
        self.viewer.sig_document_opened.connect(self._document_opened)
        self.viewer.sig_open_failed.connect(lambda e: self.status.showMessage(str(e), 8000))
        self.annotations.sig_failed.connect(lambda e: show_error(self, e))
        self.annotations.sig_saved.connect(self._local_change)
        self.annotations.sig_erased.connect(self._local_change)
        self.annotations.sig_note_requested.connect(self._ask_note)
        self.notices.sig_open.connect(self._open_notice)
        self.status.sig_sync_requested.connect(self.sync_now)

    def _connect_sync(self, s: SyncService) -> None:
        s.sig_sync_started.connect(lambda: self.status.set_syncing(True))
        s.sig_sync_progress.connect(self.status.set_progress)
        s.sig_sync_finished.connect(self._sync_finished)
        s.sig_sync_failed.connect(self._sync_failed)
        s.sig_online_changed.connect(self.status.set_online)
        s.sig_live_changed.connect(self.status.set_live)
        s.sig_pending_changed.connect(self.status.set_pending)
        s.sig_notices.connect(self.notices.add)
        s.sig_update.connect(self.update_bar.show_advice)
        self.status.set_last_sync(s.last_sync_at)
        self.status.set_online(s.online)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the meeting list (after a sync, say); selections are kept. Nothing to
        load before :meth:`attach`."""
        if self._services is None:
            return
        run_plain(
            self._services.meetings.list_meetings,
            on_done=self._meetings_loaded,
            on_failed=self._meetings_failed,
            owner=self,
        )
        if self.sync is not None:
            self.status.set_pending(self.sync.pending_count())

    def show_stored_meetings(self, meetings: list[MeetingSummary]) -> None:
        """Show the meetings read with the store at start-up, before :meth:`attach`: the
        list fills while sync and the member's panels are still being wired. Nothing opens
        yet; a meeting chosen meanwhile opens at the first :meth:`refresh` after attach."""
        self.meeting_list.set_meetings(meetings)

    def _meetings_failed(self, error: BaseException) -> None:
        self.meeting_list.set_placeholder("")
        show_error(self, error)

    def _meetings_loaded(self, meetings: list[MeetingSummary]) -> None:
        self._meetings_by_id = {m.id: m for m in meetings}
        self.viewer.warm_up_engine()
        self.sig_meetings_loaded.emit(meetings)
        if self.current_meeting is None:
            self.offer_modes(None)
        self.meeting_list.set_meetings(meetings)
        if self._pending_meeting in self._meetings_by_id:
            self.open_meeting(self._pending_meeting)
        elif self.current_meeting is None and meetings:
            first = self.meeting_list.first_meeting_index()
            if first.isValid():
                self.meeting_list.setCurrentIndex(first)
        elif self.current_meeting is not None:
            self._reload_agenda(keep=True)

    def open_meeting(self, meeting_id: str) -> None:
        meeting = self._meetings_by_id.get(meeting_id)
        if meeting is None:
            self._pending_meeting = meeting_id  # opened when the list (re)loads
            self.refresh()
            return
        self._pending_meeting = None
        if not self._lease_allows(meeting):
            return
        if self.meeting_list.current_meeting_id() != meeting_id:
            self.meeting_list.select_meeting(meeting_id, announce=False)
        self.current_meeting = meeting
        app_name = self.tr("Meetings")
        self.setWindowTitle(f"{meeting.title} — {app_name}")
        self.sig_meeting_changed.emit(meeting_id)
        self.offer_modes(meeting_id)
        self._reload_agenda(keep=False)

    def _mode_changed(self, mode_id: str) -> None:
        """The reading tools (marks) belong to the reading mode only."""
        reading = mode_id == READ
        self.annotation_toolbar.setVisible(reading)
        self.markup_menu.menuAction().setVisible(reading)

    def offer_modes(self, meeting_id: str | None) -> None:
        """Offer the modes the signed-in person holds a role for in ``meeting_id`` (read off
        the UI thread; the answer is dropped if another meeting was selected meanwhile)."""
        services = self._services
        if services is None:
            return
        from meetings_app.app.actors import standing

        def offer(actor: Actor) -> None:
            current = self.current_meeting.id if self.current_meeting is not None else None
            if current == meeting_id:
                self.modes.offer_for(actor)

        def unknown(error: BaseException) -> None:
            # Not worth a dialog (the store may be closing, a revoked laptop purging):
            # the reading mode alone is offered until the roles can be read again.
            log.warning("roles for the modes could not be read: %r", error)
            self.modes.offer_for(Actor(""))

        run_plain(
            lambda: standing(services.engine, services.person_id, meeting_id),
            on_done=offer,
            on_failed=unknown,
            owner=self,
        )

    def _lease_allows(self, meeting: MeetingSummary) -> bool:
        """False (and the reason shown) when the meeting's offline lease has passed:
        its data stays on disk but is not opened until a sync reaches the server."""
        if self.can_open is None:
            return True
        try:
            self.can_open(meeting.id)  # one small local read: fine on the UI thread
        except AppError as error:
            self.refused_meeting = meeting.id
            current = self.current_meeting
            if current is not None and current.id != meeting.id:
                self.meeting_list.select_meeting(current.id, announce=False)
            self.status.showMessage(error.message, 15000)
            show_error(self, error)
            return False
        self.refused_meeting = None
        return True

    def _reload_agenda(self, keep: bool) -> None:
        meeting = self.current_meeting
        if meeting is None:
            return
        item = self.agenda.current_item_id() if keep else None
        self._agenda_generation += 1
        generation = self._agenda_generation

        def done(roots: list[AgendaNode]) -> None:
            if self.current_meeting is not meeting or generation != self._agenda_generation:
                return  # a newer load is on its way
            self.agenda.set_agenda(roots)
            target = self._pending_item or item or (roots[0].id if roots else None)
            self._pending_item = None
            if target and self.agenda.select_item(target):
                return
            self._item_selected(None)

        run_plain(
            lambda: self.services.agenda.agenda(meeting.id),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _item_selected(self, item_id: str | None) -> None:
        meeting = self.current_meeting
        if meeting is None:
            return
        self.sig_agenda_item_changed.emit(item_id)

        def done(docs: list[DocumentSummary]) -> None:
            if self.current_meeting is not meeting:
                return
            self.agenda.set_documents(docs)
            wanted = self._pending_document
            if wanted:
                for doc in docs:
                    if doc.id == wanted:
                        self._pending_document = None
                        self.agenda.select_document(doc.id)
                        self.open_document(doc)
                        return

        run_plain(
            lambda: self.services.agenda.documents(meeting.id, item_id),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def open_document(self, doc: DocumentSummary) -> None:
        """Open a document's current version in the viewer (its marks follow)."""
        if doc.version_id is None:
            self.status.showMessage(self.tr("This document has no version yet."), 8000)
            return
        if self.current_document is not None and self.current_document.version_id == doc.version_id:
            return
        self.current_document = doc
        version_id = doc.version_id
        self.annotations.load(None)
        self.viewer.open_document(
            lambda: self.services.documents.read_pdf(version_id), version_id, doc.title
        )

    def show_document(self, meeting_id: str, item_id: str | None, document_id: str) -> None:
        """Select a meeting, agenda item and document, and open it (used by notices, the
        demo and pack search)."""
        self._pending_item = item_id
        self._pending_document = document_id
        if self.current_meeting is not None and self.current_meeting.id == meeting_id:
            if (
                item_id
                and self.agenda.select_item(item_id)
                and self.agenda.current_item_id() == item_id
            ):
                self._item_selected(item_id)
            else:
                self._reload_agenda(keep=False)
        else:
            self.open_meeting(meeting_id)

    def show_agenda_item(self, meeting_id: str, item_id: str | None) -> None:
        """Select a meeting and one of its agenda items (used by pack search for notes)."""
        self._pending_item = item_id
        self._pending_document = None
        if self.current_meeting is not None and self.current_meeting.id == meeting_id:
            self._pending_item = None
            if item_id and self.agenda.select_item(item_id):
                return
            self._item_selected(None)
        else:
            self.open_meeting(meeting_id)

    def go_to_page(self, version_id: str, page: int) -> bool:
        """Show ``page`` of the open version; False when another version is open."""
        if self.viewer.key != version_id:
            return False
        self.viewer.view.go_to_page(page)
        return True

    def _document_opened(self, key: Any) -> None:
        doc = self.current_document
        if doc is None or doc.version_id != key:
            return
        self.annotations.load(doc.version_id)
        self.sig_document_opened.emit(doc.id, doc.version_id)

    # --- marks ---------------------------------------------------------------------------

    def _local_change(self, *_args: Any) -> None:
        if self.sync is not None:
            self.sync.refresh_counts()

    def _ask_note(self, page: int, point: Point) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("noteDialog")
        dialog.setWindowTitle(self.tr("Note"))
        dialog.setLabelText(self.tr("Your note on page %1:").replace("%1", str(page + 1)))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, True)
        dialog.textValueSelected.connect(lambda text: self.annotations.add_note(page, point, text))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- sync ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.sync is None:
            self.status.set_online(False)
            return
        self.sync.sync_now()

    def _sync_finished(self, _report: Any) -> None:
        self.status.set_syncing(False)
        if self.sync is not None:
            self.status.set_last_sync(self.sync.last_sync_at)
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        from meetings_app.app.sync_service import (
            error_code,
            is_offline_error,
            is_revoked,
            needs_sign_in,
        )
        from meetings_app.domain.codes import Code

        self.status.set_syncing(False)

        if is_offline_error(error):
            self.status.showMessage(self.tr("Offline: your work is kept on this computer."), 8000)
        elif error_code(error) == Code.CLIENT_TOO_OLD:
            self.status.showMessage(self.tr("This version is too old to sync; see above."), 8000)
        elif needs_sign_in(error) or is_revoked(error):
            # The sign-in flow (ui/session_flow.py) answers these with its own dialog.
            from meetings_app.ui.errors import describe_error

            self.status.showMessage(describe_error(error).what, 8000)
        else:
            show_error(self, error)

    def _open_notice(self, notice: Notice) -> None:
        for kind, action_id in (
            ("poll", ACTION_POLLS),
            ("result", ACTION_POLLS),
            ("reminder", ACTION_POLLS),
            ("unplaced", ACTION_UNPLACED_MARKS),
            ("refused", ACTION_REFUSED),
        ):
            if notice.kind == kind and self.action(action_id).isEnabled():
                self.action(action_id).trigger()
                return
        if self.current_meeting is None or self.current_meeting.id != notice.meeting_id:
            self.open_meeting(notice.meeting_id)

    def show_about(self) -> QDialog:
        """Help → About (window-modal, not blocking)."""
        from meetings_app.ui.about import AboutDialog

        dialog = AboutDialog(self.server_url, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- life cycle ----------------------------------------------------------------------

    def restore_layout(self) -> None:
        store = settings()
        geometry = store.value(GEOMETRY)
        state = store.value(STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue(GEOMETRY, self.saveGeometry())
        store.setValue(STATE, self.saveState())
        if self.sync is not None:
            self.sync.halt()
        self.viewer.close_document()
        super().closeEvent(event)
