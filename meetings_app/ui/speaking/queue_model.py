"""The speakers' queue of one agenda item, as a list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from meetings_app.app.speaking import QueueEntry

Index = QModelIndex | QPersistentModelIndex


class SpeakerQueueModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []

    def set_entries(self, entries: tuple[QueueEntry, ...] | list[QueueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.tr("You") if entry.mine else (entry.person or self.tr("A participant"))
            if entry.state == "speaking":
                return self.tr("%1 (speaking)").replace("%1", name)
            return f"{index.row() + 1}. {name}"
        if role == Qt.ItemDataRole.FontRole and entry.mine:
            font = QFont()
            font.setBold(True)
            return font
        return None
