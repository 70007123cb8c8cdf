"""The roll call for the chair: who is connected, who is recorded present.

The "recorded" column is checkable for those who run the meeting: ticking it records
the participant present for the minutes (someone on paper, say).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from meetings_app.app.run.attendance import Attendee, Roll

Index = QModelIndex | QPersistentModelIndex
CONNECTED_COLOR = QColor("#2e7d32")
AWAY_COLOR = QColor("#9e9e9e")


class AttendanceModel(QAbstractTableModel):
    """Columns: name, role, connected, recorded present."""

    sig_mark = Signal(str, bool)
    """A participant id and whether they are now to be recorded present."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Attendee] = []
        self.editable = False

    def set_roll(self, roll: Roll | None, editable: bool) -> None:
        self.beginResetModel()
        self._people = list(roll.attendees) if roll is not None else []
        self.editable = editable
        self.endResetModel()

    def attendee(self, row: int) -> Attendee | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Participant"),
            self.tr("Role"),
            self.tr("Connected"),
            self.tr("Present (recorded)"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 3 and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.attendee(index.row()) if index.isValid() else None
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == 3:
            return Qt.CheckState.Checked if person.recorded else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(CONNECTED_COLOR if person.connected else AWAY_COLOR)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self.attendee(index.row()) if index.isValid() else None
        if person is None or index.column() != 3 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not self.editable:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.sig_mark.emit(person.participant_id, checked)
        return True

    def _text(self, person: Attendee, column: int) -> str:
        if column == 0:
            return person.name
        if column == 1:
            return {
                "chair": self.tr("chair"),
                "secretary": self.tr("secretary"),
                "member": self.tr("member"),
                "invitee": self.tr("invitee"),
                "observer": self.tr("observer"),
            }.get(person.role, person.role)
        if column == 2:
            return self.tr("● connected") if person.connected else self.tr("○ not connected")
        return ""
