"""The agenda in meeting order with each item's planned and spent time (chair's view).

The running item's time keeps counting between loads: :meth:`tick` adds the seconds
since the last load (monotonic clock, so a laptop clock change moves nothing).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from meetings_app.app.run.meeting_run import ItemClock, RunState
from meetings_app.ui.run.clock_text import clock

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVER_COLOR = QColor("#c62828")
CURRENT_COLOR = QColor("#e3f2fd")


class AgendaClockModel(QAbstractTableModel):
    """Columns: number, item, presenter, planned, spent."""

    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemClock] = []
        self._running = False
        self._loaded = time.monotonic()

    def set_state(self, state: RunState | None) -> None:
        self.beginResetModel()
        self._items = list(state.items) if state is not None else []
        self._running = bool(state and state.running)
        self._loaded = time.monotonic()
        self.endResetModel()

    def tick(self) -> None:
        """Repaint the running item's time (called every second while the meeting runs)."""
        row = self.current_row()
        if self._running and row is not None:
            self.dataChanged.emit(self.index(row, 4), self.index(row, 4))

    def current_row(self) -> int | None:
        return next((r for r, i in enumerate(self._items) if i.current), None)

    def spent(self, row: int) -> float:
        item = self._items[row]
        extra = time.monotonic() - self._loaded if item.current and self._running else 0.0
        return item.spent_s + extra

    def item_id(self, row: int) -> str:
        return self._items[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("No."),
            self.tr("Agenda item"),
            self.tr("Presenter"),
            self.tr("Planned"),
            self.tr("Spent"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.FontRole and item.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.current:
            return QBrush(CURRENT_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and self._over(index.row()):
            return QBrush(OVER_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _over(self, row: int) -> bool:
        planned = self._items[row].planned_s
        return planned > 0 and self.spent(row) > planned

    def _text(self, row: int, column: int) -> str:
        item = self._items[row]
        if column == 0:
            return item.number
        if column == 1:
            return ("▶ " if item.current else "") + item.title
        if column == 2:
            return item.presenter
        if column == 3:
            return clock(item.planned_s) if item.planned_s else "—"
        spent = self.spent(row)
        return clock(spent) if spent or item.current else ""
