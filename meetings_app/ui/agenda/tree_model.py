"""AgendaTreeModel: a meeting's agenda items, nested as the secretariat built them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.agenda_service import AgendaNode

Index = QModelIndex | QPersistentModelIndex
ItemIdRole = Qt.ItemDataRole.UserRole + 1
NodeRole = Qt.ItemDataRole.UserRole + 2


class AgendaTreeModel(QAbstractItemModel):
    """Read-only tree over :class:`AgendaNode`; columns: number and title, presenter, time.

    Each index's internal pointer is its node; parents are found through ``node.parent``,
    so the model holds no bookkeeping that could drift from the tree.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[AgendaNode] = []
        # Keeps every node alive while Qt holds raw pointers to it.
        self._all: dict[str, AgendaNode] = {}

    def set_items(self, roots: list[AgendaNode]) -> None:
        self.beginResetModel()
        self._roots = roots
        self._all = {}
        stack = list(roots)
        while stack:
            node = stack.pop()
            self._all[node.id] = node
            stack.extend(node.children)
        self.endResetModel()

    def node(self, index: Index) -> AgendaNode | None:
        if not index.isValid():
            return None
        from meetings_app.app.agenda_service import AgendaNode  # loaded with the data

        node = index.internalPointer()
        return node if isinstance(node, AgendaNode) else None

    def index_of(self, item_id: str) -> QModelIndex:
        node = self._all.get(item_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node), 0, node)

    def _siblings(self, node: AgendaNode) -> list[AgendaNode]:
        return node.parent.children if node.parent is not None else self._roots

    def _row_of(self, node: AgendaNode) -> int:
        return next(i for i, n in enumerate(self._siblings(node)) if n is node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self.node(parent)
        children = owner.children if owner is not None else self._roots
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self.node(parent)
        return len(owner.children if owner is not None else self._roots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Agenda item"), self.tr("Presenter"), self.tr("Minutes"))[section]
            if 0 <= section < 3
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{node.number}. {node.title}"
            if column == 1:
                return node.presenter
            return str(node.duration_min) if node.duration_min else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{node.number}. {node.title}"]
            if node.presenter:
                lines.append(self.tr("Presenter: %1").replace("%1", node.presenter))
            if node.documents:
                lines.append(self.tr("%n document(s)", "", node.documents))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemIdRole:
            return node.id
        if role == NodeRole:
            return node
        return None
