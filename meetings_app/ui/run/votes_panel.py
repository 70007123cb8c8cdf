"""LiveVotesPanel: the chair creates a vote on the current item, opens it, watches the
ballots arrive, closes it and reads the result (a tab of meeting mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.run.live_votes import APPROVE_IDS, LiveVote, LiveVotesService
from meetings_app.app.run.meeting_run import RunState
from meetings_app.domain.ballots import PollState
from meetings_app.ui.run.votes_model import LiveVotesModel
from meetings_app.ui.worker import run_plain


class LiveVotesPanel(QWidget):
    sig_changed = Signal()
    sig_failed = Signal(object)

    def __init__(self, service: LiveVotesService, meeting_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveVotes")
        self.service = service
        self.meeting_id = meeting_id
        self.run_state: RunState | None = None
        self.selected_id: str | None = None
        self.model = LiveVotesModel(self)
        self.list = QListView()
        self.list.setObjectName("votesList")
        self.list.setAccessibleName(self.tr("Votes of this meeting"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self._select(cur.row())
        )
        self.question = QLabel()
        self.question.setObjectName("voteQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.tally = QLabel()
        self.tally.setObjectName("voteTally")
        self.tally.setStyleSheet("font-size: 20pt;")
        self.voters = QLabel()
        self.voters.setObjectName("voteVoters")
        self.voters.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("voteResult")
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the vote"))
        self.open_button.setObjectName("openVote")
        self.open_button.clicked.connect(lambda: self._move(self.service.open))
        self.close_button = QPushButton(self.tr("Close the vote"))
        self.close_button.setObjectName("closeVote")
        self.close_button.clicked.connect(lambda: self._move(self.service.close))
        self.new_question = QLineEdit()
        self.new_question.setObjectName("newVoteQuestion")
        self.new_question.setPlaceholderText(self.tr("Question put to the vote"))
        self.template = QComboBox()
        self.template.setObjectName("voteTemplate")
        self.template.addItems(
            [self.tr("Approve / Not approve / Abstain"), self.tr("Custom options")]
        )
        self.custom = QPlainTextEdit()
        self.custom.setObjectName("customOptions")
        self.custom.setPlaceholderText(self.tr("One option per line"))
        self.custom.setMaximumHeight(80)
        self.custom.hide()
        self.template.currentIndexChanged.connect(lambda i: self.custom.setVisible(i == 1))
        self.secret = QCheckBox(self.tr("Secret vote (only the count is shown)"))
        self.secret.setObjectName("secretVote")
        self.create_button = QPushButton(self.tr("Create the vote on the current item"))
        self.create_button.setObjectName("createVote")
        self.create_button.clicked.connect(self.create_vote)
        self._layout()
        self._show_selected()

    def _layout(self) -> None:
        detail = QVBoxLayout()
        detail.addWidget(self.question)
        detail.addWidget(self.tally)
        detail.addWidget(self.voters)
        detail.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        detail.addLayout(buttons)
        detail.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addLayout(detail, 3)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.new_question)
        form.addRow(self.tr("Options"), self.template)
        form.addRow("", self.custom)
        form.addRow("", self.secret)
        form.addRow("", self.create_button)
        group = QGroupBox(self.tr("New vote"))
        group.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(group)

    # --- loading ---------------------------------------------------------------------------

    def set_run_state(self, state: RunState | None) -> None:
        self.run_state = state
        self.create_button.setEnabled(bool(state and state.may_run and state.current_item_id))

    def refresh(self) -> None:
        run_plain(
            lambda: self.service.votes(self.meeting_id),
            on_done=self._loaded,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _loaded(self, votes: list[LiveVote]) -> None:
        keep = self.selected_id
        self.model.set_votes(votes)
        row = self.model.row_of(keep)
        if row is None and votes:
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        self._select(row if row is not None else -1)

    def _select(self, row: int) -> None:
        vote = self.model.vote(row)
        self.selected_id = vote.id if vote else None
        self._show_selected()

    def selected(self) -> LiveVote | None:
        row = self.model.row_of(self.selected_id)
        return self.model.vote(row) if row is not None else None

    def _show_selected(self) -> None:
        vote = self.selected()
        self.open_button.setEnabled(vote is not None and vote.state is PollState.DRAFT)
        self.close_button.setEnabled(vote is not None and vote.state is PollState.OPEN)
        if vote is None:
            self.question.setText(self.tr("No vote yet in this meeting."))
            for label in (self.tally, self.voters, self.result):
                label.clear()
            return
        self.question.setText(vote.question + (self.tr(" (sending…)") if vote.pending else ""))
        self.tally.setText(self._tally_text(vote))
        if vote.secret:
            self.voters.setText(self.tr("Secret vote: nobody's name is shown."))
        else:
            self.voters.setText(
                self.tr("Voted: %1").replace("%1", ", ".join(vote.voters)) if vote.voters else ""
            )
        self.result.setText(self._result_text(vote))

    def _tally_text(self, vote: LiveVote) -> str:
        if vote.state is PollState.DRAFT:
            return self.tr("Not opened yet")
        of = str(vote.eligible) if vote.eligible is not None else "?"
        return self.tr("%1 of %2 ballots").replace("%1", str(vote.cast)).replace("%2", of)

    def _result_text(self, vote: LiveVote) -> str:
        if vote.state is not PollState.CLOSED or not vote.counts:
            return ""
        counts = "; ".join(f"{label}: {n}" for label, n in vote.counts)
        if vote.adopted:
            outcome = self.tr("Adopted: %1").replace("%1", vote.adopted)
        else:
            outcome = self.tr("No option has more than half of all voters: not adopted.")
        quorum = (
            (self.tr("Quorum met.") if vote.quorum else self.tr("Quorum NOT met."))
            if vote.quorum is not None
            else ""
        )
        return f"{counts}\n{outcome} {quorum}"

    # --- actions ---------------------------------------------------------------------------

    def options(self) -> list[tuple[str, str]]:
        if self.template.currentIndex() == 0:
            labels = (self.tr("Approve"), self.tr("Not approve"), self.tr("Abstain"))
            return list(zip(APPROVE_IDS, labels, strict=True))
        return [("", line) for line in self.custom.toPlainText().splitlines()]

    def create_vote(self) -> None:
        state = self.run_state
        item = state.current_item_id if state else None
        question, options, secret = (
            self.new_question.text(),
            self.options(),
            self.secret.isChecked(),
        )

        def write() -> str:
            return self.service.create(self.meeting_id, item, question, options, secret=secret)

        def done(vote_id: Any) -> None:
            self.selected_id = str(vote_id)
            self.new_question.clear()
            self.custom.clear()
            self.sig_changed.emit()
            self.refresh()

        run_plain(write, on_done=done, on_failed=self.sig_failed.emit, owner=self)

    def _move(self, move: Callable[[str], None]) -> None:
        vote_id = self.selected_id
        if vote_id is None:
            return

        def done(_: Any) -> None:
            self.sig_changed.emit()
            self.refresh()

        run_plain(lambda: move(vote_id), on_done=done, on_failed=self.sig_failed.emit, owner=self)
