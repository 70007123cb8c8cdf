"""The meeting's votes as a list for the chair: question, state and live count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from meetings_app.app.run.live_votes import LiveVote
from meetings_app.domain.ballots import PollState

Index = QModelIndex | QPersistentModelIndex
OPEN_COLOR = QColor("#2e7d32")


class LiveVotesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._votes: list[LiveVote] = []

    def set_votes(self, votes: list[LiveVote]) -> None:
        self.beginResetModel()
        self._votes = list(votes)
        self.endResetModel()

    def vote(self, row: int) -> LiveVote | None:
        return self._votes[row] if 0 <= row < len(self._votes) else None

    def row_of(self, vote_id: str | None) -> int | None:
        return next((r for r, v in enumerate(self._votes) if v.id == vote_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._votes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        vote = self.vote(index.row()) if index.isValid() else None
        if vote is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{vote.question} — {self.state_text(vote)}"
        if role == Qt.ItemDataRole.ForegroundRole and vote.state is PollState.OPEN:
            return QBrush(OPEN_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Secret vote") if vote.secret else self.tr("Open vote")
        return None

    def state_text(self, vote: LiveVote) -> str:
        if vote.state is PollState.DRAFT:
            return self.tr("not opened yet")
        if vote.state is PollState.OPEN:
            of = str(vote.eligible) if vote.eligible is not None else "?"
            return self.tr("open: %1 of %2 voted").replace("%1", str(vote.cast)).replace("%2", of)
        return self.tr("closed")
