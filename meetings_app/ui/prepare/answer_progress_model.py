"""AnswerProgressModel: the members of a written-opinion request and whether they answered
(never how: the store does not tell, and this model has no column for it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from meetings_app.app.prepare.requests import Answerer

Index = QModelIndex | QPersistentModelIndex
NAME, ANSWERED = range(2)


class AnswerProgressModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Answerer] = []

    def set_rows(self, rows: list[Answerer]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (r.answered, r.name))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ANSWERED + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Member"), self.tr("Answered"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == ANSWERED:
            return QColor("#2e7d32" if row.answered else "#c62828")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == NAME:
            return row.name
        return self.tr("Answered") if row.answered else self.tr("Not yet")
