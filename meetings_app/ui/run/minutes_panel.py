"""MinutesPanel: the minutes of each agenda item, prefilled from the meeting, edited by the
secretary, approved by the chair, published to everyone (a tab of meeting mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.run.meeting_run import RunState
from meetings_app.app.run.minutes import ItemMinutes, MinutesService
from meetings_app.ui.worker import run_plain


class MinutesPanel(QWidget):
    sig_changed = Signal()
    sig_failed = Signal(object)

    def __init__(
        self, service: MinutesService, meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutesPanel")
        self.service = service
        self.meeting_id = meeting_id
        self.current: ItemMinutes | None = None
        self.item = QComboBox()
        self.item.setObjectName("minutesItem")
        self.item.activated.connect(lambda _i: self.refresh())
        self.state = QLabel()
        self.state.setObjectName("minutesState")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("minutesText")
        self.editor.setAccessibleName(self.tr("Minutes text"))
        self.prefill_button = self._button("prefillMinutes", self.tr("Fill in from the meeting"))
        self.prefill_button.clicked.connect(self.prefill)
        self.save_button = self._button("saveMinutes", self.tr("Save draft"))
        self.save_button.clicked.connect(
            lambda: self._write(lambda i: self.service.save(self.meeting_id, i, self.text()))
        )
        self.approve_button = self._button("approveMinutes", self.tr("Approve"))
        self.approve_button.clicked.connect(
            lambda: self._write(lambda i: self.service.approve(self.meeting_id, i))
        )
        self.publish_button = self._button("publishMinutes", self.tr("Publish to participants"))
        self.publish_button.clicked.connect(
            lambda: self._write(lambda i: self.service.publish(self.meeting_id, i))
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agenda item:")))
        top.addWidget(self.item, 1)
        top.addWidget(self.state)
        buttons = QHBoxLayout()
        for button in (
            self.prefill_button,
            self.save_button,
            self.approve_button,
            self.publish_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self._show(None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def text(self) -> str:
        return self.editor.toPlainText()

    def item_id(self) -> str | None:
        data = self.item.currentData()
        return str(data) if data else None

    def set_run_state(self, state: RunState | None) -> None:
        if state is None:
            return
        keep = self.item_id() or state.current_item_id
        self.item.clear()
        for clock in state.items:
            self.item.addItem(f"{clock.number}. {clock.title}", clock.id)
        self.item.setCurrentIndex(max(0, self.item.findData(keep)))
        self.refresh()

    def refresh(self) -> None:
        item_id = self.item_id()
        if item_id is None:
            self._show(None)
            return
        run_plain(
            lambda: self.service.get(self.meeting_id, item_id),
            on_done=self._show,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _show(self, minutes: ItemMinutes | None) -> None:
        changed_item = (
            minutes is None
            or self.current is None
            or (minutes.agenda_item_id != self.current.agenda_item_id)
        )
        self.current = minutes
        if minutes is not None and (changed_item or not self.editor.document().isModified()):
            self.editor.setPlainText(minutes.text)
            self.editor.document().setModified(False)
        state = minutes.state if minutes else ""
        self.state.setText(
            {
                "draft": self.tr("Draft"),
                "approved": self.tr("Approved by the chair"),
                "published": self.tr("Published"),
            }.get(state, "")
            + (self.tr(" (sending…)") if minutes and minutes.pending else "")
        )
        write = bool(minutes and minutes.may_write and state != "published")
        self.editor.setReadOnly(not write)
        self.prefill_button.setEnabled(write)
        self.save_button.setEnabled(write)
        self.approve_button.setVisible(bool(minutes and minutes.may_approve))
        self.approve_button.setEnabled(bool(minutes and minutes.minutes_id and state == "draft"))
        self.publish_button.setVisible(bool(minutes and minutes.may_write))
        self.publish_button.setEnabled(state == "approved")

    def prefill(self) -> None:
        item_id = self.item_id()
        if item_id is None:
            return
        run_plain(
            lambda: self.service.prefill(self.meeting_id, item_id),
            on_done=self._prefilled,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _prefilled(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.document().setModified(True)

    def _write(self, write: Callable[[str], ItemMinutes]) -> None:
        item_id = self.item_id()
        if item_id is None:
            return

        def done(minutes: Any) -> None:
            self.editor.document().setModified(False)
            self._show(minutes)
            self.sig_changed.emit()

        run_plain(lambda: write(item_id), on_done=done, on_failed=self.sig_failed.emit, owner=self)
