"""RefusedChangesModel: the changes the store refused, one row each, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from meetings_app.app.refused import RefusedChange
from meetings_app.domain.errors import AppError
from meetings_app.ui.errors import describe_error
from meetings_app.ui.labels import change_kind_label, local_time_text

Index = QModelIndex | QPersistentModelIndex


class RefusedChangesModel(QAbstractTableModel):
    """Columns: what (kind and summary), why (the translated reason), when."""

    WHAT, WHY, WHEN = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RefusedChange] = []

    def set_rows(self, rows: list[RefusedChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("What"), self.tr("Why it was refused"), self.tr("When"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == Qt.ItemDataRole.FontRole and not row.seen:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: RefusedChange, column: int) -> str:
        if column == self.WHAT:
            return (
                f"{change_kind_label(row.entity)}: {row.summary}"
                if row.summary
                else change_kind_label(row.entity)
            )
        if column == self.WHY:
            return describe_error(_as_error(row)).what
        return local_time_text(row.at)


def _as_error(row: RefusedChange) -> AppError:
    return AppError(row.message, code=row.code)
