"""RequestPage: a written-opinion request — question, options, deadline, open or secret;
open it, follow who has answered, remind the others, close it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.requests import Progress, RequestForm, RequestsDesk
from meetings_app.app.prepare.times import instant, wall_time
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.answer_progress_model import NAME, AnswerProgressModel
from meetings_app.ui.prepare.layout import push_button
from meetings_app.ui.prepare.meeting_form import DATE_FORMAT, qt_wall, wall_of
from meetings_app.ui.worker import run_plain


@dataclass(frozen=True)
class _Loaded:
    form: RequestForm | None
    progress: Progress | None
    zone: str


class RequestPage(QWidget):
    """Emits ``sig_saved()`` after each write."""

    sig_saved = Signal()

    def __init__(self, desk: RequestsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPage")
        self.desk = desk
        self.meeting_id: str | None = None
        self.zone = ""
        self.progress: Progress | None = None
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("requestQuestion")
        self.options = QPlainTextEdit(self)
        self.options.setObjectName("requestOptions")
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.question.setMaximumHeight(90)
        self.options.setMaximumHeight(110)
        self.secret = QCheckBox(self.tr("Secret (only the totals are ever shown)"), self)
        self.deadline = QDateTimeEdit(self)
        self.deadline.setDisplayFormat(DATE_FORMAT)
        self.deadline.setCalendarPopup(True)
        self.deadline.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.save_button = push_button(self, self.tr("Save draft"), self.save)
        self.open_button = push_button(self, self.tr("Open for answers"), self.open_request)
        self.remind_button = push_button(
            self, self.tr("Remind those who have not answered"), self.remind
        )
        self.close_button = push_button(self, self.tr("Close now"), self.close_request)
        self.summary = QLabel(self)
        self.summary.setObjectName("requestSummary")
        self.model = AnswerProgressModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("answerTable")
        self.table.setAccessibleName(self.tr("Answers received"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Options"), self.options)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow("", self.secret)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.open_button, self.remind_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._show(_Loaded(None, None, ""))

    # --- loading ---------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self._show(_Loaded(None, None, ""))
            return
        desk = self.desk

        def read() -> _Loaded:
            return _Loaded(
                desk.form(meeting_id), desk.progress(meeting_id), desk.time_zone(meeting_id)
            )

        run_plain(
            read,
            on_done=lambda loaded: self._show(loaded) if self.meeting_id == meeting_id else None,
            on_failed=lambda _e: self._show(_Loaded(None, None, "")),
            owner=self,
        )

    def _show(self, loaded: _Loaded) -> None:
        self.zone, self.progress = loaded.zone, loaded.progress
        form = loaded.form or RequestForm(question="")
        self.question.setPlainText(form.question)
        self.options.setPlainText("\n".join(form.options))
        self.secret.setChecked(form.secret)
        default = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
        self.deadline.setDateTime(qt_wall(wall_time(form.closes_at or default, self.zone or "UTC")))
        state = loaded.progress.state if loaded.progress else "draft"
        draft = state == "draft"
        for widget in (self.question, self.options, self.secret, self.deadline, self.save_button):
            widget.setEnabled(draft and bool(self.zone))
        self.open_button.setEnabled(draft and loaded.progress is not None)
        self.remind_button.setEnabled(state == "open")
        self.close_button.setEnabled(state == "open")
        self.model.set_rows(list(loaded.progress.people) if loaded.progress else [])
        self.summary.setText(self._summary(loaded.progress))

    def _summary(self, progress: Progress | None) -> str:
        if progress is None:
            return self.tr("Write the question and options, then save the draft.")
        text = self.tr("%1 of %2 members have answered.")
        text = text.replace("%1", str(progress.answered)).replace("%2", str(len(progress.people)))
        if progress.secret:
            text += " " + self.tr("Secret: how each member answered is never shown.")
        if progress.counts is not None:
            counts = ", ".join(f"{label}: {n}" for label, n in progress.counts.items())
            text += " " + self.tr("Results: %1").replace("%1", counts)
        return text

    # --- writing ---------------------------------------------------------------------------

    def form(self) -> RequestForm:
        return RequestForm(
            question=self.question.toPlainText(),
            options=tuple(self.options.toPlainText().splitlines()),
            secret=self.secret.isChecked(),
            closes_at=instant(wall_of(self.deadline.dateTime()), self.zone),
        )

    def _write(self, job: Callable[[str], object]) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(_: object) -> None:
            self.sig_saved.emit()
            self.load(meeting_id)

        run_plain(
            lambda: job(meeting_id),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def save(self) -> None:
        form = self.form()
        self._write(lambda mid: self.desk.save(mid, form))

    def open_request(self) -> None:
        self._write(self.desk.open)

    def remind(self) -> None:
        self._write(self.desk.remind)

    def close_request(self) -> None:
        self._write(self.desk.close)
