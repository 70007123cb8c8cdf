"""The speakers of the current item for the chair: place, name, state and speaking time.

The running turn's time keeps counting between loads (:meth:`tick`, monotonic clock).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from meetings_app.app.run.speakers import Speaker
from meetings_app.ui.run.clock_text import clock

Index = QModelIndex | QPersistentModelIndex
SPEAKING_COLOR = QColor("#e8f5e9")
DONE_COLOR = QColor("#757575")


class SpeakersModel(QAbstractTableModel):
    """Columns: place, name, state, speaking time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._speakers: list[Speaker] = []
        self._loaded = time.monotonic()

    def set_speakers(self, speakers: list[Speaker]) -> None:
        self.beginResetModel()
        self._speakers = list(speakers)
        self._loaded = time.monotonic()
        self.endResetModel()

    def speaker(self, row: int) -> Speaker | None:
        return self._speakers[row] if 0 <= row < len(self._speakers) else None

    def row_of(self, request_id: str | None) -> int | None:
        return next((r for r, s in enumerate(self._speakers) if s.request_id == request_id), None)

    def spoken(self, row: int) -> float:
        speaker = self._speakers[row]
        running = speaker.state == "speaking"
        return speaker.spoken_s + (time.monotonic() - self._loaded if running else 0.0)

    def tick(self) -> None:
        for row, speaker in enumerate(self._speakers):
            if speaker.state == "speaking":
                self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._speakers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Place"), self.tr("Speaker"), self.tr("State"), self.tr("Time"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        speaker = self.speaker(index.row()) if index.isValid() else None
        if speaker is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and speaker.state == "speaking":
            return QBrush(SPEAKING_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and speaker.state == "done":
            return QBrush(DONE_COLOR)
        if role == Qt.ItemDataRole.FontRole and speaker.state == "speaking":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: int, column: int) -> str:
        speaker = self._speakers[row]
        if column == 0:
            return str(speaker.place) if speaker.place else ""
        if column == 1:
            return speaker.name + (" ⟳" if speaker.pending else "")
        if column == 2:
            return {
                "speaking": self.tr("has the floor"),
                "waiting": self.tr("waiting"),
                "done": self.tr("spoke"),
            }.get(speaker.state, speaker.state)
        spoken = self.spoken(row)
        return clock(spoken) if spoken or speaker.state == "speaking" else ""
