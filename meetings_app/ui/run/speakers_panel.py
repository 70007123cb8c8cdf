"""SpeakerQueuePanel: requests to speak on the current item arrive live; the chair gives
the floor, ends the turn, moves a request, and sees speaking time (a tab of meeting mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.run.meeting_run import RunState
from meetings_app.app.run.speakers import Speaker, SpeakerQueueService
from meetings_app.ui.run.speakers_model import SpeakersModel
from meetings_app.ui.worker import run_plain


class SpeakerQueuePanel(QWidget):
    sig_changed = Signal()
    sig_failed = Signal(object)

    def __init__(
        self, service: SpeakerQueueService, meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speakerQueue")
        self.service = service
        self.meeting_id = meeting_id
        self.item_id: str | None = None
        self.selected_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("speakersHeading")
        self.heading.setWordWrap(True)
        self.model = SpeakersModel(self)
        self.table = QTableView()
        self.table.setObjectName("speakersTable")
        self.table.setAccessibleName(self.tr("Requests to speak"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._select(cur.row())
        )
        self.give_button = self._button("giveFloor", self.tr("Give the floor"), self._give)
        self.end_button = self._button("endTurn", self.tr("End the turn"), self._end)
        self.up_button = self._button("moveUp", self.tr("Move up"), lambda: self._move(-1))
        self.down_button = self._button("moveDown", self.tr("Move down"), lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.give_button, self.end_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()
        self._show_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- loading ---------------------------------------------------------------------------

    def set_run_state(self, state: RunState | None) -> None:
        item = state.current() if state is not None else None
        self.heading.setText(
            self.tr("Requests to speak on: %1").replace("%1", f"{item.number}. {item.title}")
            if item
            else self.tr("Requests to speak on the meeting as a whole")
        )
        if state is not None and state.current_item_id != self.item_id:
            self.item_id = state.current_item_id
            self.refresh()

    def refresh(self) -> None:
        meeting_id, item_id = self.meeting_id, self.item_id
        run_plain(
            lambda: self.service.queue(meeting_id, item_id),
            on_done=self._loaded,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _loaded(self, speakers: list[Speaker]) -> None:
        keep = self.selected_id
        self.model.set_speakers(speakers)
        row = self.model.row_of(keep)
        if row is not None:
            self.table.selectRow(row)
        self._select(row if row is not None else -1)

    def _select(self, row: int) -> None:
        speaker = self.model.speaker(row)
        self.selected_id = speaker.request_id if speaker else None
        self._show_buttons()

    def selected(self) -> Speaker | None:
        row = self.model.row_of(self.selected_id)
        return self.model.speaker(row) if row is not None else None

    def _show_buttons(self) -> None:
        speaker = self.selected()
        waiting = speaker is not None and speaker.state == "waiting"
        self.give_button.setEnabled(waiting)
        self.end_button.setEnabled(speaker is not None and speaker.state == "speaking")
        self.up_button.setEnabled(waiting and speaker is not None and (speaker.place or 0) > 1)
        self.down_button.setEnabled(waiting)

    # --- actions ---------------------------------------------------------------------------

    def _give(self) -> None:
        self._write(lambda rid: self.service.give_floor(rid))

    def _end(self) -> None:
        self._write(lambda rid: self.service.end_turn(rid))

    def _move(self, by: int) -> None:
        meeting_id, item_id = self.meeting_id, self.item_id
        self._write(lambda rid: self.service.move(meeting_id, item_id, rid, by))

    def _write(self, change: Callable[[str], None]) -> None:
        request_id = self.selected_id
        if request_id is None:
            return

        def done(_: Any) -> None:
            self.sig_changed.emit()
            self.refresh()

        run_plain(
            lambda: change(request_id), on_done=done, on_failed=self.sig_failed.emit, owner=self
        )
