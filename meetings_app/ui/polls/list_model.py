"""The polls of a meeting and the open written-opinion requests, as a list model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meetings_app.app.polls import Delivery, PollView
from meetings_app.domain.ballots import PollState

PollRole = Qt.ItemDataRole.UserRole + 1
DEADLINE_SOON = dt.timedelta(hours=24)

Index = QModelIndex | QPersistentModelIndex


class PollListModel(QAbstractListModel):
    """One row per :class:`PollView`; ``PollRole`` gives the view itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._polls: list[PollView] = []
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    def set_polls(self, polls: list[PollView]) -> None:
        self.beginResetModel()
        self._polls = list(polls)
        self.endResetModel()

    def poll_at(self, row: int) -> PollView | None:
        return self._polls[row] if 0 <= row < len(self._polls) else None

    def row_of(self, poll_id: str) -> int:
        return next((i for i, p in enumerate(self._polls) if p.id == poll_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._polls)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._polls):
            return None
        poll = self._polls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{poll.question}\n{self._status(poll)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return poll.meeting_title
        if role == Qt.ItemDataRole.ForegroundRole and poll.delivery is Delivery.REFUSED:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and poll.state is PollState.OPEN:
            font = QFont()
            font.setBold(poll.delivery is Delivery.NONE)
            return font
        if role == PollRole:
            return poll
        return None

    def _status(self, poll: PollView) -> str:
        parts: list[str] = []
        if poll.written_opinion:
            parts.append(self.tr("Written opinion"))
        if poll.state is PollState.OPEN:
            if poll.closes_at is not None:
                local = poll.closes_at.astimezone().strftime("%d/%m/%Y %H:%M")
                if poll.closes_at - self.now() <= DEADLINE_SOON:
                    parts.append(self.tr("closes soon: %1").replace("%1", local))
                else:
                    parts.append(self.tr("open until %1").replace("%1", local))
            else:
                parts.append(self.tr("open"))
        else:
            parts.append(self.tr("closed"))
        parts.append(delivery_text(poll.delivery))
        return " · ".join(p for p in parts if p)


def delivery_text(delivery: Delivery) -> str:
    """The short state of one's ballot."""
    if delivery is Delivery.SAVED:
        return QCoreApplication.translate("Ballot", "saved on this device, not sent yet")
    if delivery is Delivery.DELIVERED:
        return QCoreApplication.translate("Ballot", "delivered")
    if delivery is Delivery.REFUSED:
        return QCoreApplication.translate("Ballot", "refused by the server")
    return QCoreApplication.translate("Ballot", "not voted")
