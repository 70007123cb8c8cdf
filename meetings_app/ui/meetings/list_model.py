"""MeetingListModel: meetings grouped under "Upcoming", "Written opinions" and "Past"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meetings_app.ui.labels import meeting_time_text, status_label

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.meetings_service import MeetingGroup, MeetingSummary

MeetingIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
DeadlineStateRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
GROUPS = ("upcoming", "written_opinion", "past")
"""The values of ``MeetingGroup`` (app layer), in list order; plain strings, so that the
empty list shown at start-up does not import the data stack."""
_NO_PARENT = 0  # internal id of a group row; a meeting row holds its group row + 1


def group_title(group: MeetingGroup | str) -> str:
    return {
        "upcoming": QCoreApplication.translate("MeetingListModel", "Upcoming meetings"),
        "written_opinion": QCoreApplication.translate(
            "MeetingListModel", "Written-opinion requests"
        ),
        "past": QCoreApplication.translate("MeetingListModel", "Past meetings"),
    }[group if isinstance(group, str) else group.value]


class MeetingListModel(QAbstractItemModel):
    """Two levels: the three groups (always present) and their meetings.

    Columns: 0 title, 1 date (or deadline for written opinions). Internal ids: a group
    row has ``_NO_PARENT``; a meeting row stores its group's row.
    """

    def __init__(
        self, parent: QObject | None = None, now: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._groups: dict[str, list[MeetingSummary]] = {g: [] for g in GROUPS}
        self._now = now or (lambda: dt.datetime.now(dt.UTC))

    # --- loading -----------------------------------------------------------------------

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._groups = {g: [m for m in meetings if m.group.value == g] for g in GROUPS}
        self.endResetModel()

    def meetings(self) -> list[MeetingSummary]:
        return [m for g in GROUPS for m in self._groups[g]]

    def index_of(self, meeting_id: str) -> QModelIndex:
        for g_row, group in enumerate(GROUPS):
            for row, meeting in enumerate(self._groups[group]):
                if meeting.id == meeting_id:
                    return self.createIndex(row, 0, g_row + 1)
        return QModelIndex()

    # --- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        if parent.internalId() == _NO_PARENT:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        internal = child.internalId()
        if internal == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(internal - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.column() != 0:
            return 0
        if parent.internalId() == _NO_PARENT:
            return len(self._groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Meeting") if section == 0 else self.tr("Date or deadline")
        return None

    def summary(self, index: Index) -> MeetingSummary | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        rows = self._groups[GROUPS[index.internalId() - 1]]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._group_data(index, role)
        meeting = self.summary(index)
        if meeting is None:
            return None
        state = meeting.deadline_state(self._now())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return meeting.title
            if meeting.deadline is not None:
                return self.tr("Due %1").replace(
                    "%1", meeting_time_text(meeting.deadline, meeting.time_zone)
                )
            return meeting_time_text(meeting.starts_at, meeting.time_zone)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [meeting.title, meeting.location, status_label(meeting.status)]
            if meeting.deadline is not None:
                parts.append(
                    self.tr("Deadline: %1").replace(
                        "%1", meeting_time_text(meeting.deadline, meeting.time_zone)
                    )
                )
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and state in ("soon", "overdue"):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and state in ("soon", "overdue"):
            font = QFont()
            font.setBold(True)
            return font
        if role == MeetingIdRole:
            return meeting.id
        if role == SummaryRole:
            return meeting
        if role == DeadlineStateRole:
            return state
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        group = GROUPS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{group_title(group)} ({len(self._groups[group])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
