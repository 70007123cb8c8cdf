"""MeetingForm widget: a meeting's fields, times typed and shown in the meeting's zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from meetings_app.app.prepare.meetings import MAX_LEASE_DAYS, MeetingForm
from meetings_app.app.prepare.times import instant, wall_time, zone_names
from meetings_app.domain.models import DEFAULT_TIME_ZONE
from meetings_app.ui.labels import classification_label

CLASSIFICATIONS = ("public", "internal", "confidential", "secret")
DATE_FORMAT = "dd/MM/yyyy HH:mm"


class MeetingFormWidget(QWidget):
    """Edits a :class:`MeetingForm`. Holds true: the times shown are wall-clock times in
    the zone chosen, and :meth:`form` turns them back into instants in that zone."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingForm")
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Meeting"), "meeting")
        self.kind.addItem(self.tr("Written-opinion request"), "written_opinion")
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitle")
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(zone_names())
        completer = self.zone.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.starts = self._time_edit("meetingStarts")
        self.ends = self._time_edit("meetingEnds")
        self.location = QLineEdit(self)
        self.classification = QComboBox(self)
        for code in CLASSIFICATIONS:
            self.classification.addItem(classification_label(code), code)
        self.lease = QSpinBox(self)
        self.lease.setRange(1, MAX_LEASE_DAYS)
        self.lease.setSuffix(self.tr(" days"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Kind"), self.kind)
        layout.addRow(self.tr("Title"), self.title)
        layout.addRow(self.tr("Time zone"), self.zone)
        layout.addRow(self.tr("Starts"), self.starts)
        layout.addRow(self.tr("Ends (deadline of a request)"), self.ends)
        layout.addRow(self.tr("Place"), self.location)
        layout.addRow(self.tr("Classification"), self.classification)
        layout.addRow(self.tr("Offline lease"), self.lease)
        for signal in (
            self.title.textEdited,
            self.location.textEdited,
            self.kind.currentIndexChanged,
            self.classification.currentIndexChanged,
            self.lease.valueChanged,
            self.starts.dateTimeChanged,
            self.ends.dateTimeChanged,
            self.zone.currentTextChanged,
        ):
            signal.connect(self.sig_changed)
        self.set_form(MeetingForm(title=""))

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        # wall-clock values: Qt must not shift them by this computer's zone
        edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        return edit

    def set_form(self, form: MeetingForm) -> None:
        zone = form.time_zone or DEFAULT_TIME_ZONE
        self.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.title.setText(form.title)
        self.zone.setCurrentText(zone)
        default = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
        start = wall_time(form.starts_at or default + dt.timedelta(days=7), zone)
        end = wall_time(form.ends_at or default + dt.timedelta(days=7, hours=3), zone)
        self.starts.setDateTime(qt_wall(start))
        self.ends.setDateTime(qt_wall(end))
        self.location.setText(form.location)
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(form.classification))
        )
        self.lease.setValue(form.lease_days)
        self.blockSignals(False)

    def form(self) -> MeetingForm:
        """The fields as a form (``TIME_ZONE_UNKNOWN`` for a zone name nobody knows)."""
        zone = self.zone.currentText().strip()
        return MeetingForm(
            title=self.title.text(),
            kind=str(self.kind.currentData()),
            starts_at=instant(wall_of(self.starts.dateTime()), zone),
            ends_at=instant(wall_of(self.ends.dateTime()), zone),
            location=self.location.text(),
            classification=str(self.classification.currentData()),
            lease_days=self.lease.value(),
            time_zone=zone,
        )


def qt_wall(wall: dt.datetime | None) -> QDateTime:
    """A naive wall-clock time for an editor set to UTC (so Qt shifts nothing)."""
    v = wall or dt.datetime(2000, 1, 1)
    return QDateTime(
        QDate(v.year, v.month, v.day),
        QTime(v.hour, v.minute),
        QTimeZone(QTimeZone.Initialization.UTC),
    )


def wall_of(value: QDateTime) -> dt.datetime:
    """The naive wall-clock time an editor shows."""
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
