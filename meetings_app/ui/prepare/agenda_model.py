"""AgendaBuilderModel: the agenda being planned, as an editable, draggable tree with undo.

What holds true:

* numbering follows the tree (1, 2, 2.1 …) and is recomputed after every change;
* an item with sub-items lasts as long as its sub-items together; running start times
  are the meeting's start plus what comes before, shown in the meeting's zone, and
  :attr:`planned_end` is the start plus the total;
* every change (edit, add, remove, drag-and-drop move) is a command on :attr:`undo`,
  so it can be undone; ``sig_plan_changed`` fires after each, for the builder to save;
* an item can never be dropped into itself or its own sub-items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from meetings_app.app.prepare.agenda import AgendaPlan, PlannedItem
from meetings_app.app.prepare.times import wall_time
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import DEFAULT_TIME_ZONE
from meetings_app.ui.prepare.agenda_commands import (
    EditCommand,
    InsertCommand,
    MoveCommand,
    RemoveCommand,
)

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-meetings-agenda-item"
NUMBER, TITLE, PRESENTER, DURATION, STARTS = range(5)
FIELDS = {TITLE: "title", PRESENTER: "presenter", DURATION: "duration_min"}
ItemIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class PlanNode:
    """One item of the tree being planned (mutable; the model owns it)."""

    id: str
    title: str
    presenter: str = ""
    duration_min: int = 0
    parent: PlanNode | None = field(default=None, repr=False)
    children: list[PlanNode] = field(default_factory=list)

    def row(self, root: PlanNode) -> int:
        siblings = (self.parent or root).children
        return siblings.index(self)

    def length(self) -> int:
        """Minutes: its own duration, or its sub-items' together when it has any."""
        if self.children:
            return sum(c.length() for c in self.children)
        return self.duration_min

    def contains(self, other: PlanNode | None) -> bool:
        while other is not None:
            if other is self:
                return True
            other = other.parent
        return False


class AgendaBuilderModel(QAbstractItemModel):
    """Columns: number, title, presenter, duration (minutes), planned start."""

    sig_plan_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = PlanNode("", "")
        self.undo = QUndoStack(self)
        self.meeting_id: str | None = None
        self.starts_at: dt.datetime | None = None
        self.time_zone = DEFAULT_TIME_ZONE
        self._numbers: dict[str, str] = {}
        self._starts: dict[str, int] = {}

    # --- loading and reading back ----------------------------------------------------------

    def set_plan(self, plan: AgendaPlan) -> None:
        """Show ``plan``; the undo history starts afresh."""
        self.beginResetModel()
        self.meeting_id = plan.meeting_id
        self.starts_at, self.time_zone = plan.starts_at, plan.time_zone
        self.root = PlanNode("", "")
        nodes: dict[str, PlanNode] = {}
        for item in plan.items:
            parent = nodes.get(item.parent_id or "", self.root)
            node = PlanNode(item.id, item.title, item.presenter, item.duration_min, parent)
            parent.children.append(node)
            nodes[item.id] = node
        self._recount()
        self.endResetModel()
        self.undo.clear()

    def plan_items(self) -> list[PlannedItem]:
        """The tree as the planner saves it (positions are the rows)."""
        out: list[PlannedItem] = []

        def walk(parent: PlanNode) -> None:
            for row, node in enumerate(parent.children):
                parent_id = node.parent.id if node.parent is not self.root and node.parent else None
                out.append(
                    PlannedItem(
                        node.id, parent_id, row, node.title, node.presenter, node.duration_min
                    )
                )
                walk(node)

        walk(self.root)
        return out

    def node(self, index: Index) -> PlanNode:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, PlanNode)
            return node
        return self.root

    def find(self, item_id: str | None) -> PlanNode:
        if not item_id:
            return self.root
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            if node.id == item_id:
                return node
            stack.extend(node.children)
        raise KeyError(item_id)

    def index_of(self, item_id: str, column: int = TITLE) -> QModelIndex:
        node = self.find(item_id)
        return self.createIndex(node.row(self.root), column, node)

    def number(self, item_id: str) -> str:
        return self._numbers.get(item_id, "")

    @property
    def total_minutes(self) -> int:
        return self.root.length()

    @property
    def planned_end(self) -> dt.datetime | None:
        if self.starts_at is None:
            return None
        return self.starts_at + dt.timedelta(minutes=self.total_minutes)

    def _recount(self) -> None:
        """Numbers and running start offsets, in tree order."""
        self._numbers.clear()
        self._starts.clear()
        elapsed = 0

        def walk(parent: PlanNode, prefix: str) -> None:
            nonlocal elapsed
            for row, node in enumerate(parent.children):
                number = f"{prefix}{row + 1}"
                self._numbers[node.id] = number
                self._starts[node.id] = elapsed
                if node.children:
                    walk(node, number + ".")
                else:
                    elapsed += node.duration_min

        walk(self.root, "")

    # --- Qt model --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column > STARTS or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(self.root), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return STARTS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("No."), self.tr("Item"), self.tr("Presenter"), self.tr("Minutes"))
        return titles[section] if section < len(titles) else self.tr("Starts")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role == ItemIdRole:
            return node.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DURATION, STARTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and column in FIELDS:
            return getattr(node, FIELDS[column])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NUMBER:
            return self._numbers.get(node.id, "")
        if column in (TITLE, PRESENTER):
            return getattr(node, FIELDS[column])
        if column == DURATION:
            return str(node.length())
        return self._start_text(node)

    def _start_text(self, node: PlanNode) -> str:
        if self.starts_at is None:
            return ""
        when = self.starts_at + dt.timedelta(minutes=self._starts.get(node.id, 0))
        wall = wall_time(when, self.time_zone)
        return wall.strftime("%H:%M") if wall is not None else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        column = index.column()
        if column in (TITLE, PRESENTER) or (column == DURATION and not self.node(index).children):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in the view becomes an undoable command."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        name = FIELDS[index.column()]
        node = self.node(index)
        new: Any = value
        if name == "duration_min":
            try:
                new = max(0, int(value))
            except (TypeError, ValueError):
                return False
        elif not str(value).strip() and name == "title":
            return False
        if getattr(node, name) == new:
            return False
        self.undo.push(EditCommand(self, node.id, name, getattr(node, name), new))
        return True

    # --- drag and drop -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [self.node(i).id for i in indexes if i.isValid() and i.column() == 0]
        if not ids and indexes:
            ids = [self.node(indexes[0]).id]
        data.setData(MIME, QByteArray(ids[0].encode() if ids else b""))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME) or action != Qt.DropAction.MoveAction:
            return False
        try:
            moved = self.find(bytes(data.data(MIME).data()).decode())
        except KeyError:
            return False
        return not moved.contains(self.node(parent))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Moves the item itself (as an undoable command) and answers False, so the view
        does not also remove the dragged row: the move is already complete."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(MIME).data()).decode()
        target = self.node(parent)
        self.move(item_id, target.id or None, row if row >= 0 else len(target.children))
        return False

    # --- undoable edits (the builder's buttons and the view call these) -----------------------

    def add_item(self, title: str, parent_id: str | None = None, row: int | None = None) -> str:
        parent = self.find(parent_id)
        node = PlanNode(new_id(), title)
        at = len(parent.children) if row is None else row
        self.undo.push(InsertCommand(self, parent_id, at, node))
        return node.id

    def remove_item(self, item_id: str) -> None:
        self.undo.push(RemoveCommand(self, item_id))

    def move(self, item_id: str, parent_id: str | None, row: int) -> bool:
        """Move an item under ``parent_id`` at ``row`` (counted before it leaves its
        place); False, and nothing done, for a move into itself or to where it is."""
        node, parent = self.find(item_id), self.find(parent_id)
        if node.contains(parent):
            return False
        same = node.parent is parent and row in (node.row(self.root), node.row(self.root) + 1)
        if same:
            return False
        self.undo.push(MoveCommand(self, item_id, parent_id, row))
        return True

    def indent(self, item_id: str) -> bool:
        """Make an item the last sub-item of the item above it."""
        node = self.find(item_id)
        row = node.row(self.root)
        if row == 0:
            return False
        above = (node.parent or self.root).children[row - 1]
        return self.move(item_id, above.id, len(above.children))

    def outdent(self, item_id: str) -> bool:
        """Put a sub-item right after its parent, one level up."""
        node = self.find(item_id)
        parent = node.parent
        if parent is None or parent is self.root:
            return False
        grand = parent.parent or self.root
        return self.move(item_id, grand.id or None, parent.row(self.root) + 1)

    # --- what the commands do ------------------------------------------------------------

    def _changed(self) -> None:
        """Numbers, durations of parents and start times of every row may have moved."""
        self._recount()
        self._refresh(self.root)
        self.sig_plan_changed.emit()

    def _refresh(self, parent: PlanNode) -> None:
        if not parent.children:
            return
        first, last = parent.children[0], parent.children[-1]
        self.dataChanged.emit(
            self.createIndex(0, NUMBER, first),
            self.createIndex(len(parent.children) - 1, STARTS, last),
        )
        for child in parent.children:
            self._refresh(child)

    def _apply_edit(self, item_id: str, name: str, value: Any) -> None:
        setattr(self.find(item_id), name, value)
        self._changed()

    def _parent_index(self, parent: PlanNode) -> QModelIndex:
        if parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(self.root), 0, parent)

    def _apply_insert(self, parent_id: str | None, row: int, node: PlanNode) -> None:
        self._insert(self.find(parent_id), row, node)
        self._changed()

    def _apply_remove(self, item_id: str) -> tuple[str | None, int, PlanNode]:
        where = self._remove(self.find(item_id))
        self._changed()
        return where

    def _apply_move(
        self, item_id: str, parent_id: str | None, row: int, *, before_removal: bool = True
    ) -> tuple[str | None, int]:
        """Returns where the item was (parent id, row), to move it back."""
        node = self.find(item_id)
        target = self.find(parent_id)
        old_parent_id, old_row, _ = self._remove(node)
        if before_removal and target is (self.find(old_parent_id)) and row > old_row:
            row -= 1
        self._insert(target, row, node)
        self._changed()
        return (old_parent_id, old_row)

    def _insert(self, parent: PlanNode, row: int, node: PlanNode) -> None:
        row = max(0, min(row, len(parent.children)))
        self.beginInsertRows(self._parent_index(parent), row, row)
        node.parent = parent
        parent.children.insert(row, node)
        self.endInsertRows()

    def _remove(self, node: PlanNode) -> tuple[str | None, int, PlanNode]:
        parent = node.parent or self.root
        row = node.row(self.root)
        self.beginRemoveRows(self._parent_index(parent), row, row)
        parent.children.pop(row)
        self.endRemoveRows()
        return (parent.id or None, row, node)
