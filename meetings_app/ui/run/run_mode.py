"""RunModeWidget: the chair's meeting mode: start, move the agenda on, end; and the tabs
for the live parts of the meeting (votes, speakers, attendance) added by their owners.

Every write goes through the background helper and the local outbox; ``sig_changed``
asks the window to sync at once so the change reaches the store (and, through the
event stream, every laptop) within a second. The state shown is reloaded by
:meth:`refresh`, which the window calls after each sync.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.run.meeting_run import MeetingRunService, RunState
from meetings_app.ui.run.agenda_clock_model import AgendaClockModel
from meetings_app.ui.run.clock_text import clock
from meetings_app.ui.worker import run_plain


class RunModeWidget(QWidget):
    sig_changed = Signal()
    """A change was saved here and waits to be sent: sync now."""
    sig_failed = Signal(object)
    """An error (``AppError`` when named) to show with ``ui.errors.show_error``."""
    sig_state = Signal(object)
    """The :class:`RunState` just shown (the parts follow the current item with it)."""

    def __init__(
        self, service: MeetingRunService, meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runMode")
        self.service = service
        self.meeting_id = meeting_id
        self.state: RunState | None = None
        self.title = QLabel()
        self.title.setObjectName("runTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.start_button = QPushButton(self.tr("Start the meeting"))
        self.start_button.setObjectName("startMeeting")
        self.start_button.clicked.connect(self.start)
        self.end_button = QPushButton(self.tr("End the meeting"))
        self.end_button.setObjectName("endMeeting")
        self.end_button.clicked.connect(self.end)
        self.current = QLabel()
        self.current.setObjectName("currentItem")
        self.current.setWordWrap(True)
        self.current.setStyleSheet("font-size: 13pt;")
        self.model = AgendaClockModel(self)
        self.table = QTableView()
        self.table.setObjectName("runAgenda")
        self.table.setAccessibleName(self.tr("Agenda and time"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.move_to_row(index.row()))
        self.move_button = QPushButton(self.tr("Discuss the selected item"))
        self.move_button.setObjectName("moveToItem")
        self.move_button.clicked.connect(self._move_to_selected)
        self.next_button = QPushButton(self.tr("Next item ▶"))
        self.next_button.setObjectName("nextItem")
        self.next_button.clicked.connect(self.next_item)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("runTabs")
        self.tabs.addTab(self._agenda_tab(), self.tr("Agenda"))
        self._parts: list[Any] = []
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._layout()
        self._show(None)

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        head.addWidget(self.start_button)
        head.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.current)
        layout.addWidget(self.tabs, 1)

    def _agenda_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return tab

    def add_part(self, part: Any, title: str) -> None:
        """Host another part of the meeting (votes, speakers, attendance) as a tab.

        ``part`` is a widget with ``sig_changed`` and ``sig_failed`` (forwarded),
        ``set_run_state(state)`` (told each state shown) and ``refresh()`` (called with
        :meth:`refresh`).
        """
        self.tabs.addTab(part, title)
        part.sig_changed.connect(self.sig_changed)
        part.sig_failed.connect(self.sig_failed)
        self.sig_state.connect(part.set_run_state)
        self._parts.append(part)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        for part in self._parts:
            part.refresh()
        run_plain(
            lambda: self.service.state(self.meeting_id),
            on_done=self._show,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _show(self, state: RunState | None) -> None:
        self.state = state
        self.model.set_state(state)
        running = bool(state and state.running)
        may = bool(state and state.may_run)
        self.title.setText(state.title if state else "")
        self.status.setText(self._status_text(state))
        self.start_button.setVisible(may and state is not None and state.status == "published")
        self.end_button.setVisible(may and running)
        self.move_button.setEnabled(may and running)
        self.next_button.setEnabled(
            may and running and state is not None and state.next_item() is not None
        )
        if running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self._tick()
        self.sig_state.emit(state)

    def _status_text(self, state: RunState | None) -> str:
        if state is None:
            return ""
        text = {
            "in_progress": self.tr("● In progress"),
            "closed": self.tr("Closed"),
        }.get(state.status, self.tr("Not started"))
        return text + (self.tr(" (sending…)") if state.pending else "")

    def _tick(self) -> None:
        self.model.tick()
        state = self.state
        row = self.model.current_row()
        if state is None or row is None or not state.running:
            self.current.setText(self.tr("No item under discussion.") if state else "")
            self.current.setStyleSheet("font-size: 13pt;")
            return
        item = state.items[row]
        spent = self.model.spent(row)
        planned = clock(item.planned_s) if item.planned_s else "—"
        self.current.setText(
            self.tr("Now: %1 — %2 of %3")
            .replace("%1", f"{item.number}. {item.title}")
            .replace("%2", clock(spent))
            .replace("%3", planned)
        )
        over = item.planned_s > 0 and spent > item.planned_s
        self.current.setStyleSheet(
            "font-size: 13pt;" + (" color: #c62828; font-weight: 600;" if over else "")
        )

    # --- actions ---------------------------------------------------------------------------

    def start(self) -> None:
        self._do(lambda: self.service.start(self.meeting_id))

    def end(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("End the meeting"),
            self.tr("End the meeting for everyone? It cannot be reopened."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.end_now()

    def end_now(self) -> None:
        """End without asking (the confirmed path of :meth:`end`)."""
        self._do(lambda: self.service.end(self.meeting_id))

    def next_item(self) -> None:
        item = self.state.next_item() if self.state else None
        if item is not None:
            self._do(lambda: self.service.move_to(self.meeting_id, item.id))

    def move_to_row(self, row: int) -> None:
        if self.state is not None and self.state.running and self.state.may_run:
            item_id = self.model.item_id(row)
            self._do(lambda: self.service.move_to(self.meeting_id, item_id))

    def _move_to_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.move_to_row(rows[0].row())

    def _do(self, write: Callable[[], RunState]) -> None:
        def done(state: Any) -> None:
            self._show(state)
            self.sig_changed.emit()

        run_plain(write, on_done=done, on_failed=self.sig_failed.emit, owner=self)
