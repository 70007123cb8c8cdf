"""Asking for the floor on the current agenda item, withdrawing, and one's place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from meetings_app.app.speaking import SpeakingService, SpeakingState
from meetings_app.ui.errors import show_error
from meetings_app.ui.speaking.queue_model import SpeakerQueueModel
from meetings_app.ui.worker import run_plain


class SpeakingPanel(QWidget):
    sig_changed = Signal()

    def __init__(self, service: SpeakingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakingPanel")
        self._service = service
        self._meeting_id: str | None = None
        self._item_id: str | None = None
        self.state: SpeakingState | None = None
        self.item = QLabel()
        self.item.setWordWrap(True)
        self.place = QLabel()
        self.place.setObjectName("speakingPlace")
        self.place.setWordWrap(True)
        self.ask_button = QPushButton(self.tr("Ask to speak"))
        self.ask_button.setObjectName("askToSpeak")
        self.ask_button.clicked.connect(self.ask)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setObjectName("withdrawRequest")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.model = SpeakerQueueModel(self)
        self.queue = QListView()
        self.queue.setAccessibleName(self.tr("Requests to speak"))
        self.queue.setModel(self.model)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item)
        layout.addLayout(buttons)
        layout.addWidget(self.place)
        layout.addWidget(self.queue)
        self._show(None)

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        self._item_id = None
        self.refresh()

    def set_agenda_item(self, item_id: str | None) -> None:
        self._item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        if self._meeting_id is None:
            self._show(None)
            return
        meeting, item = self._meeting_id, self._item_id
        self._run(lambda: self._service.state(meeting, item))

    def ask(self) -> None:
        if self._meeting_id is not None:
            meeting, item = self._meeting_id, self._item_id
            self._run(lambda: self._service.request(meeting, item), changed=True)

    def withdraw(self) -> None:
        if self._meeting_id is not None:
            meeting, item = self._meeting_id, self._item_id
            self._run(lambda: self._service.withdraw(meeting, item), changed=True)

    def _run(self, fn: object, changed: bool = False) -> None:
        self.ask_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)

        def done(state: SpeakingState) -> None:
            self._show(state)
            if changed:
                self.sig_changed.emit()

        def failed(error: BaseException) -> None:
            self._show(self.state)
            show_error(self, error)

        run_plain(fn, on_done=done, on_failed=failed, owner=self)  # type: ignore[arg-type]

    def _show(self, state: SpeakingState | None) -> None:
        self.state = state
        if state is None:
            self.item.setText(self.tr("Open a meeting to ask for the floor."))
            self.place.clear()
            self.model.set_entries([])
            self.ask_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
            return
        self.item.setText(
            self.tr("Agenda item: %1").replace("%1", state.item_title)
            if state.agenda_item_id
            else self.tr("The meeting as a whole")
        )
        self.model.set_entries(state.queue)
        self.ask_button.setEnabled(state.may_request and state.my_request is None)
        self.withdraw_button.setEnabled(state.my_state == "waiting")
        if state.my_state == "speaking":
            text = self.tr("You have the floor.")
        elif state.place is not None:
            text = self.tr("You are number %1 in the queue.").replace("%1", str(state.place))
        elif not state.may_request:
            text = self.tr("Your role in this meeting does not include asking to speak.")
        else:
            text = self.tr("You have not asked to speak on this item.")
        if state.pending:
            text += "\n" + self.tr("Saved on this device; the chair sees it once you are online.")
        self.place.setText(text)
