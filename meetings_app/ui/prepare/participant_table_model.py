"""ParticipantTableModel: who attends a meeting, in what role, and for whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from meetings_app.app.prepare.people import ParticipantRow
from meetings_app.ui.prepare.role_labels import role_label

Index = QModelIndex | QPersistentModelIndex
NAME, TITLE, ROLE, NOTE = range(4)


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Note"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == NAME:
            return row.full_name
        if column == TITLE:
            return row.title
        if column == ROLE:
            return role_label(row.role)
        if row.substitute_for:
            return self.tr("In place of %1").replace("%1", row.substitute_for)
        if row.role == "invitee":
            return self.tr("%n agenda item(s)", "", len(row.items))
        return ""
