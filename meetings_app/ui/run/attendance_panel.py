"""AttendancePanel: who is present (connected, or recorded by hand), the quorum against
the meeting's rule, and recording attendance for the minutes (a tab of meeting mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.run.attendance import AttendanceService, Roll
from meetings_app.app.run.meeting_run import MeetingRunService, RunState
from meetings_app.domain.quorum import QuorumRule
from meetings_app.ui.run.attendance_model import AttendanceModel
from meetings_app.ui.worker import run_plain

REFRESH_MS = 10_000
"""How often the roll asks the store who is connected while the tab is shown."""


class AttendancePanel(QWidget):
    sig_changed = Signal()
    sig_failed = Signal(object)

    def __init__(
        self,
        service: AttendanceService,
        run: MeetingRunService,
        meeting_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendance")
        self.service = service
        self.run = run
        self.meeting_id = meeting_id
        self.roll: Roll | None = None
        self.may_run = False
        self.summary = QLabel()
        self.summary.setObjectName("quorumSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.rule = QComboBox()
        self.rule.setObjectName("quorumRule")
        self.rule.addItem(self.tr("Majority of members"), QuorumRule.MAJORITY.value)
        self.rule.addItem(self.tr("Two thirds of members"), QuorumRule.TWO_THIRDS.value)
        self.rule.activated.connect(self._rule_chosen)
        self.model = AttendanceModel(self)
        self.model.sig_mark.connect(self._mark)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("Record those connected as present"))
        self.record_button.setObjectName("recordAttendance")
        self.record_button.clicked.connect(self._record_connected)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Quorum rule:")))
        top.addWidget(self.rule)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.record_button)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def set_run_state(self, state: RunState | None) -> None:
        self.may_run = bool(state and state.may_run)
        self.rule.setEnabled(self.may_run)
        self.record_button.setEnabled(self.may_run)

    def refresh(self) -> None:
        if not self.isVisible() and self.roll is not None:
            return  # the roll asks the store; only while someone looks at it
        run_plain(
            lambda: self.service.roll(self.meeting_id),
            on_done=self._loaded,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def _loaded(self, roll: Roll) -> None:
        self.roll = roll
        self.model.set_roll(roll, self.may_run)
        self.rule.setCurrentIndex(max(0, self.rule.findData(roll.rule)))
        self.summary.setText(self._summary(roll))
        self.summary.setStyleSheet(
            "font-size: 13pt; font-weight: 600; color: %s;"
            % ("#2e7d32" if roll.quorum else "#c62828")
        )

    def _summary(self, roll: Roll) -> str:
        text = (
            self.tr("Present: %1 of %2 members (quorum needs %3).")
            .replace("%1", str(roll.present_members))
            .replace("%2", str(roll.members))
            .replace("%3", str(roll.needed))
        )
        text += " " + (self.tr("Quorum reached.") if roll.quorum else self.tr("No quorum."))
        if not roll.connected_known:
            text += " " + self.tr("(Offline: only those recorded by hand are counted.)")
        return text

    def _rule_chosen(self, index: int) -> None:
        rule = str(self.rule.itemData(index))
        self._write(lambda: self.run.set_quorum(self.meeting_id, rule))

    def _mark(self, participant_id: str, present: bool) -> None:
        self._write(lambda: self.service.mark(self.meeting_id, [participant_id], present))

    def _record_connected(self) -> None:
        roll = self.roll
        if roll is not None:
            self._write(lambda: self.service.record_connected(roll))

    def _write(self, write: Callable[[], Any]) -> None:
        def done(_: Any) -> None:
            self.sig_changed.emit()
            self.refresh()

        run_plain(write, on_done=done, on_failed=self.sig_failed.emit, owner=self)
