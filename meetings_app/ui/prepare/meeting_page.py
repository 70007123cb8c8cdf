"""MeetingPage: create, edit, copy or cancel a meeting (the prepare mode's first tab)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.domain.codes import Code
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.confirm import confirm
from meetings_app.ui.prepare.meeting_form import MeetingFormWidget
from meetings_app.ui.worker import run_plain


class Editing(Enum):
    NOTHING = "nothing"
    EXISTING = "existing"
    NEW = "new"
    COPY = "copy"


class MeetingPage(QWidget):
    """The meeting's fields and what can be done with it. Emits ``sig_saved(meeting_id)``
    once a write is on this computer's disk (and queued for the store)."""

    sig_saved = Signal(str)
    sig_cancelled = Signal(str)

    def __init__(self, editor: MeetingEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPage")
        self.editor = editor
        self.meeting_id: str | None = None
        self.editing = Editing.NOTHING
        self.fields = MeetingFormWidget(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("meetingBanner")
        self.banner.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New meeting"), self)
        self.new_button.setObjectName("newMeeting")
        self.copy_button = QPushButton(self.tr("Copy as a new meeting"), self)
        self.copy_button.setObjectName("copyMeeting")
        self.cancel_button = QPushButton(self.tr("Cancel this meeting…"), self)
        self.cancel_button.setObjectName("cancelMeeting")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveMeeting")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.new_button.clicked.connect(self.start_new)
        self.copy_button.clicked.connect(self.start_copy)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.save_button.clicked.connect(self.save)
        self.may_create = False
        self._update_buttons()

    # --- what is edited --------------------------------------------------------------------

    def set_may_create(self, allowed: bool) -> None:
        self.may_create = allowed
        self._update_buttons()

    def load(self, meeting_id: str | None) -> None:
        """Edit ``meeting_id`` (read off the UI thread); None: nothing selected."""
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.editing = Editing.NOTHING
            self._update_buttons()
            return

        def loaded(form: MeetingForm) -> None:
            if self.meeting_id == meeting_id:
                self.editing = Editing.EXISTING
                self.fields.set_form(form)
                self.banner.setText("")
                self._update_buttons()

        run_plain(
            lambda: self.editor.form(meeting_id),
            on_done=loaded,
            on_failed=self._load_failed,
            owner=self,
        )

    def _load_failed(self, error: BaseException) -> None:
        """A meeting this person does not organise is said so in place, not in a dialog:
        choosing it in the list is not a mistake."""
        self.editing = Editing.NOTHING
        self._update_buttons()
        if getattr(error, "code", "") == Code.FORBIDDEN:
            self.banner.setText(self.tr("You do not prepare this meeting."))
        else:
            show_error(self, error)

    def start_new(self) -> None:
        self.editing = Editing.NEW
        self.fields.set_form(MeetingForm(title=""))
        self.banner.setText(
            self.tr("A new meeting: it stays a draft that only the secretariat sees.")
        )
        self.fields.title.setFocus()
        self._update_buttons()

    def start_copy(self) -> None:
        """A new meeting from this one: its agenda and participants, not its documents."""
        if self.meeting_id is None:
            return
        self.editing = Editing.COPY
        self.banner.setText(
            self.tr(
                "A copy of this meeting: its agenda and participants are copied, its documents "
                "are not. Change the title and times, then save."
            )
        )
        self.fields.title.setFocus()
        self.fields.title.selectAll()
        self._update_buttons()

    def _update_buttons(self) -> None:
        existing = self.editing is Editing.EXISTING
        self.fields.setEnabled(self.editing is not Editing.NOTHING)
        self.save_button.setEnabled(self.editing is not Editing.NOTHING)
        self.new_button.setEnabled(self.may_create)
        self.copy_button.setEnabled(self.may_create and existing)
        self.cancel_button.setEnabled(existing)

    # --- writing -----------------------------------------------------------------------------

    def save(self) -> None:
        try:
            form = self.fields.form().checked()
        except Exception as error:  # an invalid field: said at once, nothing written
            show_error(self, error)
            return
        editing, source = self.editing, self.meeting_id
        if editing is Editing.NEW:
            job = lambda: self.editor.create(form)  # noqa: E731
        elif editing is Editing.COPY and source is not None:
            job = lambda: self.editor.copy(source, form)  # noqa: E731
        elif editing is Editing.EXISTING and source is not None:
            job = lambda: self.editor.update(source, form)  # noqa: E731
        else:
            return
        self.save_button.setEnabled(False)
        run_plain(job, on_done=self._saved, on_failed=self._failed, owner=self)

    def _saved(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.editing = Editing.EXISTING
        self.banner.setText(
            self.tr("Saved on this computer; it is sent to the store at the next sync.")
        )
        self._update_buttons()
        self.sig_saved.emit(meeting_id)

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)

    def ask_cancel(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        box = confirm(
            self,
            "cancelMeetingBox",
            self.tr("Cancel this meeting"),
            self.tr(
                "Cancel «%1»? It disappears from every participant's laptop at their next sync."
            ).replace("%1", self.fields.title.text()),
            lambda: self.cancel(meeting_id),
            QMessageBox.Icon.Warning,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

    def cancel(self, meeting_id: str) -> None:
        def done(_: object) -> None:
            self.load(None)
            self.sig_cancelled.emit(meeting_id)

        run_plain(
            lambda: self.editor.cancel(meeting_id), on_done=done, on_failed=self._failed, owner=self
        )
