"""CsvPreviewModel: each row of a participants file, accepted or refused with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from meetings_app.app.prepare.people import CsvRow
from meetings_app.ui.prepare.role_labels import csv_problem_label, role_label
from meetings_app.ui.prepare.rows_model import RowsModel

LINE, NAME, USERNAME, ROLE, RESULT = range(5)


class CsvPreviewModel(RowsModel[CsvRow]):
    def __init__(self, rows: list[CsvRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    @property
    def accepted(self) -> int:
        return sum(not r.problem for r in self.rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Username"),
            self.tr("Role"),
            self.tr("Result"),
        )

    def cell(self, row: CsvRow, column: int, role: int) -> Any:
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
        )[column]
