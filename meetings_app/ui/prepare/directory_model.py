"""DirectoryModel: people found in the directory, one per row ("name — title, unit")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from meetings_app.app.prepare.people import PersonRow

Index = QModelIndex | QPersistentModelIndex
PersonIdRole = Qt.ItemDataRole.UserRole + 1


class DirectoryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = ", ".join(part for part in (person.title, person.unit) if part)
            return f"{person.full_name} — {where}" if where else person.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.username
        if role == PersonIdRole:
            return person.id
        return None
