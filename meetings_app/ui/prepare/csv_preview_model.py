"""CsvPreviewModel: each row of a participants file, accepted or refused with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from meetings_app.app.prepare.people import CsvRow
from meetings_app.ui.prepare.role_labels import csv_problem_label, role_label

Index = QModelIndex | QPersistentModelIndex
LINE, NAME, USERNAME, ROLE, RESULT = range(5)


class CsvPreviewModel(QAbstractTableModel):
    def __init__(self, rows: list[CsvRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    @property
    def accepted(self) -> int:
        return sum(not r.problem for r in self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else RESULT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Username"),
            self.tr("Role"),
            self.tr("Result"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return QColor("#c62828")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            str(row.line),
            row.name,
            row.username,
            role_label(row.role),
            csv_problem_label(row.problem) if row.problem else self.tr("Will be invited"),
        )[index.column()]
