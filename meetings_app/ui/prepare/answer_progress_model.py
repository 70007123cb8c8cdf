"""AnswerProgressModel: the members of a written-opinion request and whether they answered
(never how: the store does not tell, and this model has no column for it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from meetings_app.app.prepare.requests import Answerer
from meetings_app.ui.prepare.rows_model import RowsModel

NAME, ANSWERED = range(2)


class AnswerProgressModel(RowsModel[Answerer]):
    def set_rows(self, rows: list[Answerer]) -> None:
        """Those who have not answered first (the ones to remind), then by name."""
        super().set_rows(sorted(rows, key=lambda r: (r.answered, r.name)))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Member"), self.tr("Answered"))

    def cell(self, row: Answerer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == ANSWERED:
            return QColor("#2e7d32" if row.answered else "#c62828")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return row.name
        return self.tr("Answered") if row.answered else self.tr("Not yet")
