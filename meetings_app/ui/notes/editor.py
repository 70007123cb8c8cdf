"""Private notes: one per agenda item and one for the meeting, saved as one types."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from meetings_app.app.notes import NotesService, NoteText
from meetings_app.ui.errors import show_error
from meetings_app.ui.worker import run_op, run_plain

AUTOSAVE_MS = 800

ITEM, MEETING = 0, 1


class NotesEditor(QWidget):
    """Autosaves ``AUTOSAVE_MS`` after the last keystroke, and at once when the target
    changes or the panel hides. Saves run one at a time, in order, on the worker; the text
    typed while one runs is saved right after it."""

    sig_saved = Signal(object)
    """A :class:`NoteText` reached the local store."""
    sig_loaded = Signal()

    def __init__(self, service: NotesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self._service = service
        self._meeting_id: str | None = None
        self._item_id: str | None = None
        self._target: tuple[str, str | None] | None = None
        self._loading = False
        self._saving = False
        self._queued: tuple[tuple[str, str | None], str] | None = None
        self._dirty = False

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Note on this agenda item"))
        self.scope.addItem(self.tr("Note on the whole meeting"))
        self.scope.currentIndexChanged.connect(lambda _i: self._retarget())
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Private notes"))
        self.text.setPlaceholderText(self.tr("Private notes: only you can read them."))
        self.text.textChanged.connect(self._typed)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope, self.title, self.text, self.status):
            layout.addWidget(widget)
        self.setEnabled(False)

    # --- what the note belongs to ------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        self._item_id = None
        self._retarget()

    def set_agenda_item(self, item_id: str | None) -> None:
        self._item_id = item_id
        self._retarget()

    def _wanted(self) -> tuple[str, str | None] | None:
        if self._meeting_id is None:
            return None
        if self.scope.currentIndex() == ITEM and self._item_id is not None:
            return (self._meeting_id, self._item_id)
        return (self._meeting_id, None)

    def _retarget(self) -> None:
        self.save_now()
        target = self._wanted()
        self._target = target
        self.setEnabled(target is not None)
        if target is None:
            self._set_text("")
            return
        run_plain(
            lambda: self._service.load(*target),
            on_done=lambda note: self._loaded(target, note),
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _loaded(self, target: tuple[str, str | None], note: NoteText) -> None:
        if target != self._target:
            return  # the person moved on while it loaded
        self._set_text(note.text)
        self.status.setText(self.tr("Saved") if note.id else "")
        self.sig_loaded.emit()

    def _set_text(self, text: str) -> None:
        self._loading = True
        self.text.setPlainText(text)
        self._loading = False
        self._dirty = False

    # --- saving ------------------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or self._target is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    @property
    def pending(self) -> bool:
        """True while typed text has not reached the local store."""
        return self._dirty or self._saving or self._queued is not None

    def save_now(self) -> None:
        self._timer.stop()
        if not self._dirty or self._target is None:
            return
        self._dirty = False
        job = (self._target, self.text.toPlainText())
        if self._saving:
            self._queued = job
            return
        self._start(job)

    def _start(self, job: tuple[tuple[str, str | None], str]) -> None:
        (meeting_id, item_id), text = job
        self._saving = True
        self.status.setText(self.tr("Saving…"))
        run_op(
            lambda _p: self._service.save(meeting_id, item_id, text),
            on_done=self._saved,
            on_failed=self._failed,
        )

    def _saved(self, note: NoteText) -> None:
        self._saving = False
        self.sig_saved.emit(note)
        if self._queued is not None:
            job, self._queued = self._queued, None
            self._start(job)
            return
        if not self._dirty:
            self.status.setText(self.tr("Saved on this device"))

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._dirty = True  # keep the text; the next keystroke or target change retries
        self.status.setText(self.tr("Not saved"))
        show_error(self, error)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
