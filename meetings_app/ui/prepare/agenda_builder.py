"""AgendaBuilder: the agenda tree to plan (add, nest, drag to reorder, undo), saved as it goes.

Each change is saved on this computer right after it is made (off the UI thread, one save
at a time: a change made while a save runs is saved next), so nothing planned is lost if
the laptop closes; the store receives it at the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.agenda import AgendaPlan, AgendaPlanner
from meetings_app.app.prepare.times import wall_time
from meetings_app.domain.codes import Code
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.agenda_model import TITLE, AgendaBuilderModel, ItemIdRole
from meetings_app.ui.worker import run_plain


class AgendaBuilder(QWidget):
    """Emits ``sig_saved(count)`` after each save that wrote rows."""

    sig_saved = Signal(int)

    def __init__(self, planner: AgendaPlanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaBuilder")
        self.planner = planner
        self.model = AgendaBuilderModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("agendaBuilderTree")
        self.tree.setAccessibleName(self.tr("Agenda being prepared"))
        self.tree.setModel(self.model)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.total = QLabel(self)
        self.total.setObjectName("agendaTotal")
        self.toolbar = QToolBar(self)
        self._actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.total)
        self.meeting_id: str | None = None
        self._saving = False
        self._dirty = False
        self.model.sig_plan_changed.connect(self._plan_changed)
        self.model.modelReset.connect(self._show_total)

    def _actions(self) -> None:
        undo = self.model.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.model.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.add_action = self._action(self.tr("Add item"), self.add_item, "Ctrl+N")
        self.add_sub_action = self._action(self.tr("Add sub-item"), self.add_sub_item)
        self.remove_action = self._action(self.tr("Remove"), self.remove_item, "Del")
        self.indent_action = self._action(self.tr("Indent"), self.indent, "Ctrl+]")
        self.outdent_action = self._action(self.tr("Outdent"), self.outdent, "Ctrl+[")
        self.toolbar.addSeparator()
        for action in (undo, redo):
            self.toolbar.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # --- loading ---------------------------------------------------------------------------

    def load(self, meeting_id: str | None, *, keep_if_same: bool = False) -> None:
        """Show the meeting's agenda as stored here. ``keep_if_same``: after a sync, leave
        the tree (and its undo history) alone when the store brought nothing new."""
        self.meeting_id = meeting_id
        if meeting_id is None:
            return

        def loaded(plan: AgendaPlan) -> None:
            if plan.meeting_id != self.meeting_id:
                return
            if keep_if_same and (self.busy or list(plan.items) == self.model.plan_items()):
                return
            self.model.set_plan(plan)
            self.tree.expandAll()

        run_plain(
            lambda: self.planner.plan(meeting_id),
            on_done=loaded,
            on_failed=self._load_failed,
            owner=self,
        )

    def _load_failed(self, error: BaseException) -> None:
        """A meeting this person does not prepare shows an empty builder, not a dialog."""
        self.model.set_plan(AgendaPlan(self.meeting_id or "", (), None, self.model.time_zone))
        if getattr(error, "code", "") != Code.FORBIDDEN:
            show_error(self, error)

    # --- editing ---------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        value = index.data(ItemIdRole) if index.isValid() else None
        return str(value) if value else None

    def _select(self, item_id: str, edit: bool = False) -> None:
        index = self.model.index_of(item_id, TITLE)
        self.tree.expandAll()
        self.tree.setCurrentIndex(index)
        if edit:
            self.tree.edit(index)

    def add_item(self) -> str:
        """A new item after the selected one, at its level; its title is edited at once."""
        current = self.selected_id()
        parent_id, row = None, None
        if current is not None:
            node = self.model.find(current)
            parent_id = node.parent.id if node.parent is not None and node.parent.id else None
            row = node.row(self.model.root) + 1
        item_id = self.model.add_item(self.tr("New item"), parent_id, row)
        self._select(item_id, edit=True)
        return item_id

    def add_sub_item(self) -> str | None:
        current = self.selected_id()
        if current is None:
            return None
        item_id = self.model.add_item(self.tr("New item"), current)
        self._select(item_id, edit=True)
        return item_id

    def remove_item(self) -> None:
        current = self.selected_id()
        if current is not None:
            self.model.remove_item(current)

    def indent(self) -> None:
        current = self.selected_id()
        if current is not None and self.model.indent(current):
            self._select(current)

    def outdent(self) -> None:
        current = self.selected_id()
        if current is not None and self.model.outdent(current):
            self._select(current)

    # --- saving ----------------------------------------------------------------------------

    def _plan_changed(self) -> None:
        self._show_total()
        self._dirty = True
        self._save()

    def _save(self) -> None:
        meeting_id = self.meeting_id
        if self._saving or not self._dirty or meeting_id is None:
            return
        self._saving, self._dirty = True, False
        items = self.model.plan_items()
        run_plain(
            lambda: self.planner.save(meeting_id, items),
            on_done=self._saved,
            on_failed=self._save_failed,
            owner=self,
        )

    def _saved(self, count: int) -> None:
        self._saving = False
        if count:
            self.sig_saved.emit(count)
        self._save()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        show_error(self, error)

    @property
    def busy(self) -> bool:
        """True while a change waits to be saved (tests and closing wait for False)."""
        return self._saving or self._dirty

    def _show_total(self, _index: QModelIndex | None = None) -> None:
        minutes = self.model.total_minutes
        text = self.tr("Total %1 h %2 min").replace("%1", str(minutes // 60))
        text = text.replace("%2", f"{minutes % 60:02d}")
        end = wall_time(self.model.planned_end, self.model.time_zone)
        if end is not None:
            text += " — " + self.tr("planned end %1").replace("%1", end.strftime("%H:%M %d/%m"))
        self.total.setText(text)
