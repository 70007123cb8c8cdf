"""Asking for the floor: request to speak on an agenda item, withdraw, see one's place.

What must hold true: a person has at most one live request (waiting or speaking) per
agenda item; a request and a withdrawal are saved locally and queued in one transaction
(offline too); the place shown counts only requests this laptop knows of, earliest first,
the one speaking ahead of everyone waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.enums import SpeakerState
from meetings_app.domain.errors import Forbidden, Invalid
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import AgendaItem, OutboxEntry, Person, SpeakerRequest
from meetings_app.domain.rules import Action

LIVE = (SpeakerState.WAITING, SpeakerState.SPEAKING)


def in_queue_order(rows: Sequence[SpeakerRequest]) -> list[SpeakerRequest]:
    """The one speaking first, then the waiting in the store's order (``queue_key``; a
    request not yet seen by the store goes last, by the time it was made)."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(
        rows,
        key=lambda r: (
            r.state != SpeakerState.SPEAKING,
            r.queue_key is None,
            r.queue_key or 0.0,
            r.requested_at or far,
            r.id,
        ),
    )


@dataclass(frozen=True)
class QueueEntry:
    request_id: str
    person: str
    mine: bool
    state: str
    requested_at: dt.datetime | None


@dataclass(frozen=True)
class SpeakingState:
    """The queue of one agenda item as this laptop knows it."""

    meeting_id: str
    agenda_item_id: str | None
    item_title: str
    queue: tuple[QueueEntry, ...]
    my_request: str | None
    my_state: str | None
    place: int | None
    """1-based place among the waiting requests (None when not waiting)."""
    pending: bool
    """The latest change of my request has not reached the server yet."""
    may_request: bool


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SpeakingService:
    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self._now = now

    def state(self, meeting_id: str, agenda_item_id: str | None) -> SpeakingState:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(SpeakerRequest).where(
                    SpeakerRequest.meeting_id == meeting_id,
                    SpeakerRequest.agenda_item_id == agenda_item_id
                    if agenda_item_id is not None
                    else SpeakerRequest.agenda_item_id.is_(None),
                    SpeakerRequest.deleted.is_(False),
                    SpeakerRequest.state.in_(LIVE),
                )
            ).all()
            people = {
                p.id: p.full_name
                for p in session.scalars(
                    select(Person).where(Person.id.in_([r.person_id for r in rows]))
                ).all()
            }
            item = session.get(AgendaItem, agenda_item_id) if agenda_item_id else None
            mine = next((r for r in rows if r.person_id == self.person_id), None)
            pending = mine is not None and (
                session.scalars(
                    select(OutboxEntry.seq).where(
                        OutboxEntry.entity == "speaker_request", OutboxEntry.entity_id == mine.id
                    )
                ).first()
                is not None
            )
            may_request = self._may_request(session, meeting_id)
        ordered = in_queue_order(rows)
        queue = tuple(
            QueueEntry(
                r.id,
                people.get(r.person_id, ""),
                r.person_id == self.person_id,
                r.state,
                r.requested_at,
            )
            for r in ordered
        )
        place = None
        if mine is not None and mine.state == SpeakerState.WAITING:
            waiting = [e for e in queue if e.state == SpeakerState.WAITING]
            place = next(i for i, e in enumerate(waiting, 1) if e.mine)
        return SpeakingState(
            meeting_id,
            agenda_item_id,
            item.title if item else "",
            queue,
            mine.id if mine else None,
            mine.state if mine else None,
            place,
            pending,
            may_request,
        )

    def request(self, meeting_id: str, agenda_item_id: str | None) -> SpeakingState:
        """Ask for the floor on this item; asking twice changes nothing."""
        current = self.state(meeting_id, agenda_item_id)
        if not current.may_request:
            raise Forbidden("Your role in this meeting does not include asking to speak.")
        if current.my_request is not None:
            return current
        self._writer.save(
            SpeakerRequest(
                id=new_id(),
                version=0,
                person_id=self.person_id,
                meeting_id=meeting_id,
                agenda_item_id=agenda_item_id,
                state=SpeakerState.WAITING.value,
                requested_at=self._now(),
            )
        )
        return self.state(meeting_id, agenda_item_id)

    def withdraw(self, meeting_id: str, agenda_item_id: str | None) -> SpeakingState:
        """Withdraw a waiting request; one already given the floor cannot be withdrawn here."""
        with Session(self._engine) as session:
            current = self.state(meeting_id, agenda_item_id)
            if current.my_request is None:
                return current
            row = session.get(SpeakerRequest, current.my_request)
            if row is None:
                return current
            if row.state == SpeakerState.SPEAKING:
                raise Invalid("You have the floor already; the chair ends your turn.")
            session.expunge(row)
        row.state = SpeakerState.WITHDRAWN.value
        self._writer.save(row)
        return self.state(meeting_id, agenda_item_id)

    def _may_request(self, session: Session, meeting_id: str) -> bool:
        return person_may(session, self.person_id, meeting_id, Action.REQUEST_FLOOR)
