"""Draft → review → published: where a meeting stands, and what has not reached the store.

The store decides who receives a meeting by its status (a draft reaches the secretariat
only, a meeting in review the chair too, a published one every participant). This service
moves the status along the allowed steps and lists the meeting's changes still waiting
in this laptop's outbox. Once the meeting is published, the store holds each later change
back from participants (:mod:`meetings_app.domain.amendments`) and lists it on the meeting;
"publish amendments" releases them all at once, with one notice of what changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.domain.amendments import RELEASES
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import Document, Meeting, OutboxEntry
from meetings_app.sync.local import record_change

#: status → the statuses the secretariat may move it to from the prepare mode.
STEPS: dict[str, tuple[str, ...]] = {
    "draft": ("review", "published"),
    "review": ("draft", "published"),
    "published": (),
    "in_progress": (),
    "closed": (),
}


@dataclass(frozen=True)
class PendingChange:
    """A change of this meeting saved here and not yet accepted by the store."""

    entity: str
    title: str
    deleted: bool


@dataclass(frozen=True)
class Amendment:
    """A change the store holds back from participants until it is published."""

    change: str
    """``domain.amendments.Change``: item_added, document_replaced, time_changed …"""
    title: str
    entity: str
    row_id: str


@dataclass(frozen=True)
class Standing:
    status: str
    next_steps: tuple[str, ...]
    pending: tuple[PendingChange, ...]


class Publication:
    """Moves a meeting along its publication steps, through the outbox."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    def _meeting(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may publish this meeting.",
        )

    def standing(self, meeting_id: str) -> Standing:
        with Session(self._engine) as session:
            meeting = self._meeting(session, meeting_id)
            pending = _pending(session, meeting_id)
            return Standing(meeting.status, STEPS.get(meeting.status, ()), pending)

    def move_to(self, meeting_id: str, status: str) -> None:
        """Change the status if the step is allowed (``STATUS_STEP_REFUSED`` otherwise)."""
        with Session(self._engine) as session:
            meeting = self._meeting(session, meeting_id)
        if status not in STEPS.get(meeting.status, ()):
            raise Invalid(
                f"A meeting cannot go from {meeting.status} to {status}.",
                code=Code.STATUS_STEP_REFUSED,
                status=meeting.status,
                target=status,
            )
        meeting.status = status
        self._writer.save(meeting)

    def amendments(self, meeting_id: str) -> list[Amendment]:
        """The meeting's amendments held by the store (as of the last sync)."""
        with Session(self._engine) as session:
            meeting = self._meeting(session, meeting_id)
            return [
                Amendment(str(e["change"]), str(e.get("title", "")), e["entity"], e["id"])
                for e in meeting.amendments or []
                if isinstance(e, dict) and "entity" in e and "id" in e
            ]

    def release_amendments(self, meeting_id: str, how: str) -> None:
        """Queue "publish" (participants receive every held change, with one notice) or
        "discard" (the published state comes back); the store applies it after the
        changes queued before it, so amendments made offline are included."""
        if how not in RELEASES:
            raise Invalid(f"Amendments are published or discarded, not {how!r}.")

        def body(session: Session) -> None:
            meeting = self._meeting(session, meeting_id)
            meeting.amendments = []  # shown as released at once; the store's copy follows
            entry = record_change(session, meeting)
            entry.data = {**entry.data, "release_amendments": how}

        self._writer.run(body)


def _pending(session: Session, meeting_id: str) -> tuple[PendingChange, ...]:
    documents = set(
        session.scalars(select(Document.id).where(Document.meeting_id == meeting_id)).all()
    )
    out: list[PendingChange] = []
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)):
        data = entry.data or {}
        ours = (
            entry.entity_id == meeting_id
            or data.get("meeting_id") == meeting_id
            or data.get("document_id") in documents
        )
        if ours and entry.entity not in ("annotation", "note", "ballot", "speaker_request"):
            title = data.get("title") or data.get("question") or data.get("filename") or ""
            out.append(PendingChange(entry.entity, str(title), entry.deleted))
    return tuple(out)
