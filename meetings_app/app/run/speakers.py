"""The speakers' queue for the person running the meeting: give the floor, end a turn,
move a request, see how long each one spoke.

Changes go through the local outbox (the store accepts a state or place change on
someone else's request from those who may give the floor) and the store stamps the
times on its own clock; speaking time shown here is measured against ``now()``, the
store's time as the event stream reports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.speaking import in_queue_order
from meetings_app.domain.clock import utc_now
from meetings_app.domain.errors import Forbidden, Invalid, NotFound
from meetings_app.domain.models import Person, SpeakerRequest
from meetings_app.domain.rules import Action
from meetings_app.sync.local import pending_for


@dataclass(frozen=True)
class Speaker:
    request_id: str
    name: str
    state: str
    """``waiting``, ``speaking`` or ``done``."""
    place: int | None
    """1-based place among those waiting."""
    requested_at: dt.datetime | None
    spoken_s: float
    """Seconds of this turn: running while speaking, final once done."""
    pending: bool


class SpeakerQueueService:
    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self.now = now

    def queue(self, meeting_id: str, agenda_item_id: str | None) -> list[Speaker]:
        """Who speaks, who waits (in order) and who has spoken on this item."""
        with Session(self._engine) as session:
            rows = session.scalars(
                select(SpeakerRequest).where(
                    SpeakerRequest.meeting_id == meeting_id,
                    SpeakerRequest.agenda_item_id == agenda_item_id,
                    SpeakerRequest.deleted.is_(False),
                    SpeakerRequest.state.in_(("waiting", "speaking", "done")),
                )
            ).all()
            names = {
                p.id: p.full_name
                for p in session.scalars(
                    select(Person).where(Person.id.in_({r.person_id for r in rows}))
                )
            }
            pending = {r.id for r in rows if pending_for(session, r.id)}
        live = in_queue_order([r for r in rows if r.state != "done"])
        done = sorted((r for r in rows if r.state == "done"), key=lambda r: r.floor_at or _MIN)
        places = {r.id: n for n, r in enumerate((r for r in live if r.state == "waiting"), 1)}
        return [
            Speaker(
                r.id,
                names.get(r.person_id, ""),
                r.state,
                places.get(r.id),
                r.requested_at,
                self._spoken(r),
                r.id in pending,
            )
            for r in [*live, *done]
        ]

    def _spoken(self, row: SpeakerRequest) -> float:
        if row.floor_at is None:
            return 0.0
        end = row.ended_at if row.state == "done" and row.ended_at else self.now()
        return max(0.0, (end - row.floor_at).total_seconds())

    def give_floor(self, request_id: str) -> None:
        """Give the floor to this request; whoever was speaking on the item is done."""
        request = self._request(request_id)
        if request.state != "waiting":
            raise Invalid("Only a waiting request can be given the floor.")
        changed = []
        with Session(self._engine) as session:
            for speaking in session.scalars(
                select(SpeakerRequest).where(
                    SpeakerRequest.meeting_id == request.meeting_id,
                    SpeakerRequest.agenda_item_id == request.agenda_item_id,
                    SpeakerRequest.state == "speaking",
                    SpeakerRequest.deleted.is_(False),
                )
            ):
                session.expunge(speaking)
                speaking.state = "done"
                changed.append(speaking)
        request.state = "speaking"
        self._writer.save_many([*changed, request])

    def end_turn(self, request_id: str) -> None:
        request = self._request(request_id)
        if request.state != "speaking":
            raise Invalid("This person does not have the floor.")
        request.state = "done"
        self._writer.save(request)

    def move(self, meeting_id: str, agenda_item_id: str | None, request_id: str, by: int) -> None:
        """Move a waiting request ``by`` places (negative: earlier) in the queue."""
        waiting = [s for s in self.queue(meeting_id, agenda_item_id) if s.state == "waiting"]
        ids = [s.request_id for s in waiting]
        if request_id not in ids:
            raise Invalid("Only a waiting request can be moved.")
        at = ids.index(request_id)
        target = max(0, min(len(ids) - 1, at + by))
        if target == at:
            return
        keys = self._keys(ids)
        ids.pop(at)
        ids.insert(target, request_id)
        before = keys.get(ids[target - 1]) if target > 0 else None
        after = keys.get(ids[target + 1]) if target + 1 < len(ids) else None
        request = self._request(request_id)
        request.queue_key = _between(before, after)
        self._writer.save(request)

    def _keys(self, ids: list[str]) -> dict[str, float]:
        with Session(self._engine) as session:
            rows = session.scalars(select(SpeakerRequest).where(SpeakerRequest.id.in_(ids)))
            return {r.id: float(r.queue_key or 0.0) for r in rows}

    def _request(self, request_id: str) -> SpeakerRequest:
        with Session(self._engine) as session:
            row = session.get(SpeakerRequest, request_id)
            if row is None or row.deleted:
                raise NotFound("This request to speak is no longer on this computer.")
            if not person_may(session, self.person_id, row.meeting_id, Action.GIVE_FLOOR):
                raise Forbidden("Only the chair or the secretary gives the floor.")
            session.expunge(row)
        return row


_MIN = dt.datetime.min.replace(tzinfo=dt.UTC)


def _between(before: float | None, after: float | None) -> float:
    """A queue key between two neighbours (either may be missing)."""
    if before is None and after is None:
        return 0.0
    if before is None:
        assert after is not None
        return after - 1.0
    if after is None:
        return before + 1.0
    return (before + after) / 2
