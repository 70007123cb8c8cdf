"""Private notes: one per agenda item and one for the whole meeting, per person.

What must hold true: a saved note is in the local store and queued for the server in one
transaction (:class:`~meetings_app.app.local_writes.LocalWriter`); saving the same text
again writes nothing (autosave fires often); the note stays the owner's alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.models import AgendaItem, Meeting, Note

#: Called after a note is saved: ``(note_id, title, text)`` (the search index listens).
NoteListener = Callable[[str, str, str], None]


@dataclass(frozen=True)
class NoteText:
    """A note as the editor shows it; ``id`` is None until the first save."""

    id: str | None
    meeting_id: str
    agenda_item_id: str | None
    text: str
    updated_at: str = ""


class NotesService:
    """Reads and writes the signed-in person's notes in the local store (works offline)."""

    def __init__(self, engine: Engine, writer: LocalWriter, person_id: str) -> None:
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self.listeners: list[NoteListener] = []

    def load(self, meeting_id: str, agenda_item_id: str | None) -> NoteText:
        with Session(self._engine) as session:
            row = self._find(session, meeting_id, agenda_item_id)
        if row is None:
            return NoteText(None, meeting_id, agenda_item_id, "")
        return NoteText(row.id, meeting_id, agenda_item_id, row.text, row.updated_at)

    def save(self, meeting_id: str, agenda_item_id: str | None, text: str) -> NoteText:
        """Save ``text`` as the note of the meeting (item None) or of one agenda item."""
        with Session(self._engine) as session:
            row = self._find(session, meeting_id, agenda_item_id)
            title = self._title(session, meeting_id, agenda_item_id)
        if row is not None and row.text == text:
            return NoteText(row.id, meeting_id, agenda_item_id, text, row.updated_at)
        if row is None:
            if not text:
                return NoteText(None, meeting_id, agenda_item_id, "")
            row = Note(
                owner_id=self.person_id,
                meeting_id=meeting_id,
                agenda_item_id=agenda_item_id,
                text=text,
            )
        else:
            row.text = text
        saved = self._writer.save(row)
        assert isinstance(saved, Note)
        for listener in self.listeners:
            listener(saved.id, title, text)
        return NoteText(saved.id, meeting_id, agenda_item_id, text, saved.updated_at)

    def _find(self, session: Session, meeting_id: str, agenda_item_id: str | None) -> Note | None:
        query = select(Note).where(
            Note.owner_id == self.person_id,
            Note.meeting_id == meeting_id,
            Note.deleted.is_(False),
        )
        if agenda_item_id is None:
            query = query.where(Note.agenda_item_id.is_(None))
        else:
            query = query.where(Note.agenda_item_id == agenda_item_id)
        # Two devices offline may each have made one; the latest write is the note.
        return session.scalars(query.order_by(Note.updated_at.desc())).first()

    @staticmethod
    def _title(session: Session, meeting_id: str, agenda_item_id: str | None) -> str:
        if agenda_item_id is not None:
            item = session.get(AgendaItem, agenda_item_id)
            if item is not None:
                return item.title
        meeting = session.get(Meeting, meeting_id)
        return meeting.title if meeting is not None else ""
