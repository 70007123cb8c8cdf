"""The ballots panel: open polls and written-opinion requests, cast or change, results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.polls import BoardStatus, Delivery, PollsService, PollView
from meetings_app.domain.ballots import PollState
from meetings_app.domain.errors import AppError
from meetings_app.ui.errors import describe_error, show_error
from meetings_app.ui.polls.board_label import BoardLabel
from meetings_app.ui.polls.list_model import PollListModel, delivery_text
from meetings_app.ui.worker import run_op, run_plain


class PollsPanel(QWidget):
    """Lists polls; the selected one shows its options, one's ballot and its delivery."""

    sig_cast = Signal(str)
    """A ballot was saved on this device (poll id)."""
    sig_loaded = Signal()

    def __init__(self, service: PollsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollsPanel")
        self._service = service
        self._meeting_id: str | None = None
        self._current: PollView | None = None
        self.model = PollListModel(self)

        self.list = QListView()
        self.list.setObjectName("pollList")
        self.list.setAccessibleName(self.tr("Votes of this meeting"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row()))

        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("pollQuestion")
        self.deadline = QLabel()
        self.options_box = QGroupBox(self.tr("Your choice"))
        self.options_layout = QVBoxLayout(self.options_box)
        self.options = QButtonGroup(self)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment on your ballot (optional)"))
        self.cast_button = QPushButton(self.tr("Cast ballot"))
        self.cast_button.setObjectName("castButton")
        self.cast_button.clicked.connect(self.cast)
        self.status = QLabel()
        self.status.setObjectName("ballotStatus")
        self.status.setWordWrap(True)
        self.results = QLabel()
        self.results.setObjectName("pollResults")
        self.results.setWordWrap(True)
        self.board = BoardLabel()

        detail = QWidget()
        form = QVBoxLayout(detail)
        for widget in (
            self.question,
            self.deadline,
            self.options_box,
            self.comment,
            self.cast_button,
            self.status,
            self.board,
            self.results,
        ):
            form.addWidget(widget)
        form.addStretch(1)
        # The detail scrolls rather than squeezing its options into each other when the
        # dock is short; the list gets the smaller share.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.list.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show(-1)

    # --- loading -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Reload from the local store (after a sync, or a meeting change)."""
        meeting_id = self._meeting_id
        run_plain(
            lambda: self._service.polls(meeting_id),
            on_done=self._loaded,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _loaded(self, polls: list[PollView]) -> None:
        keep = self._current.id if self._current else None
        self.model.set_polls(polls)
        row = self.model.row_of(keep) if keep else (0 if polls else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show(row)
        self.sig_loaded.emit()

    # --- the selected poll -------------------------------------------------------------

    def _show(self, row: int) -> None:
        poll = self.model.poll_at(row)
        self._current = poll
        for button in self.options.buttons():
            self.options.removeButton(button)
            button.deleteLater()
        if poll is None:
            self.question.setText(self.tr("No polls for this meeting."))
            for w in (
                self.deadline,
                self.options_box,
                self.comment,
                self.cast_button,
                self.results,
                self.board,
            ):
                w.setVisible(False)
            self.status.clear()
            return
        self.question.setText(poll.question)
        self.deadline.setVisible(poll.closes_at is not None)
        if poll.closes_at is not None:
            when = poll.closes_at.astimezone().strftime("%d/%m/%Y %H:%M")
            self.deadline.setText(
                (
                    self.tr("Deadline: %1")
                    if poll.state is PollState.OPEN
                    else self.tr("Closed: %1")
                ).replace("%1", when)
            )
        is_open = poll.state is PollState.OPEN
        for option in poll.options:
            button = QRadioButton(option.label)
            button.setProperty("option_id", option.id)
            button.setChecked(option.id == poll.my_option)
            if option.id == poll.my_option:  # the choice made reads at a glance, also closed
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.setEnabled(is_open and poll.can_vote)
            self.options.addButton(button)
            self.options_layout.addWidget(button)
        self.options_box.setVisible(is_open or poll.my_option is not None)
        self.comment.setText(poll.my_comment)
        self.comment.setVisible(is_open and poll.can_vote)
        self.cast_button.setVisible(is_open and poll.can_vote)
        self.cast_button.setText(
            self.tr("Change ballot") if poll.my_option else self.tr("Cast ballot")
        )
        self.status.setText(self._status_text(poll))
        self.results.setVisible(poll.results is not None)
        self.results.setText(self._results_text(poll))
        self._check_board(poll)

    def _check_board(self, poll: PollView) -> None:
        """For a closed poll this person voted in: is their ballot on the published board?"""
        self.board.setVisible(False)
        if poll.state is not PollState.CLOSED or poll.my_option is None:
            return
        self.board.checking()
        run_plain(
            lambda: self._service.board_status(poll.id),
            on_done=lambda status: self._board_checked(poll.id, status),
            on_failed=lambda _error: self._board_checked(poll.id, None),
            owner=self,
        )

    def _board_checked(self, poll_id: str, status: BoardStatus | None) -> None:
        if self._current is None or self._current.id != poll_id:
            return  # another poll is shown by now
        if status is None:
            self.board.unreachable()
        else:
            self.board.show_status(status)

    def _status_text(self, poll: PollView) -> str:
        if not poll.can_vote and poll.my_option is None:
            return self.tr("Your role in this meeting does not include voting.")
        if poll.delivery is Delivery.NONE:
            return self.tr("You have not voted yet.") if poll.state is PollState.OPEN else ""
        choice = poll.label_of(poll.my_option)
        text = (
            self.tr("Your ballot: %1 — %2")
            .replace("%1", choice)
            .replace("%2", delivery_text(poll.delivery))
        )
        if poll.delivery is Delivery.SAVED:
            text += "\n" + self.tr("It will be sent when this laptop is online.")
        if poll.delivery is Delivery.REFUSED:
            reason = describe_error(AppError(poll.refusal, code=poll.refusal_code or None))
            text += "\n" + self.tr("Reason: %1").replace("%1", reason.what)
        return text

    def _results_text(self, poll: PollView) -> str:
        if poll.results is None:
            return ""
        lines = [self.tr("Results (%1 ballots)").replace("%1", str(poll.results.cast))]
        lines += [f"  {label}: {count}" for label, count in poll.results.counts]
        if poll.secret:
            lines.append(self.tr("Secret ballot: only the tally is shown."))
        elif poll.results.votes:
            lines.append(self.tr("Ballots:"))
            lines += [
                f"  {v.voter}: {v.option_label}" + (f" — {v.comment}" if v.comment else "")
                for v in poll.results.votes
            ]
        return "\n".join(lines)

    # --- casting -----------------------------------------------------------------------

    def select_poll(self, poll_id: str) -> None:
        row = self.model.row_of(poll_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def choose(self, option_id: str) -> None:
        for button in self.options.buttons():
            if button.property("option_id") == option_id:
                button.setChecked(True)

    def cast(self) -> None:
        poll = self._current
        checked = self.options.checkedButton()
        if poll is None:
            return
        if checked is None:
            self.status.setText(self.tr("Choose an option first."))
            return
        option_id = str(checked.property("option_id"))
        comment = self.comment.text()
        self.cast_button.setEnabled(False)
        run_op(
            lambda _p: self._service.cast(poll.id, option_id, comment),
            on_done=self._cast_done,
            on_failed=self._cast_failed,
            owner=self,
        )

    def _cast_done(self, view: PollView) -> None:
        self.cast_button.setEnabled(True)
        self.sig_cast.emit(view.id)
        self.refresh()

    def _cast_failed(self, error: BaseException) -> None:
        self.cast_button.setEnabled(True)
        show_error(self, error)
        self.refresh()
