"""Follow the presenter: "show document D at page P" from the chair or the item's presenter,
carried on the event stream as a light event (a moment's state, not a synced row).

The target of each meeting is stored (:class:`~meetings_app.domain.models.FollowState`),
numbered across the store in the order it was stored, so every store process streams
it and a laptop that connects later, to any process, receives its meetings' targets at
once. Each process keeps a copy of the stored targets in memory, re-read when its own
route stores one and when the feed broker hears that another process did (PostgreSQL
notification, SQLite poll); the streams read that copy without touching the database.
Only the document and page travel, never anyone's marks.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import FollowState, Meeting, Participant, Person
from meetings_app.domain.rules import GlobalRole
from meetings_app.server.events import FeedBroker
from meetings_app.store.feed import notify_light, write_session


@dataclass(frozen=True)
class FollowMove:
    seq: int
    meeting_id: str
    payload: dict[str, Any]
    """``{meeting_id, document_id, page, active, by}``; ``active`` False: presenting ended."""


class FollowHub:
    """This process's copy of the stored follow targets, and the way to store a new one."""

    def __init__(self, engine: Engine, broker: FeedBroker) -> None:
        self._engine = engine
        self._broker = broker
        self._lock = threading.Lock()
        self._latest: dict[str, FollowMove] = {}
        self._seq = 0
        broker.watch(self.refresh)

    def publish(self, meeting_id: str, payload: dict[str, Any], now: dt.datetime) -> None:
        """Store the meeting's new target and announce it to every process's streams."""
        with write_session(self._engine) as s:  # the write lock: seqs commit in order
            head = s.execute(select(func.coalesce(func.max(FollowState.seq), 0))).scalar_one()
            row = s.get(FollowState, meeting_id)
            if row is None:
                row = FollowState(meeting_id=meeting_id, seq=0, payload={}, updated_at=now)
                s.add(row)
            row.seq, row.payload, row.updated_at = int(head) + 1, payload, now
            notify_light(s)
        self.refresh()

    def refresh(self) -> None:
        """Read the targets stored since the newest one known; wake the streams if any."""
        with Session(self._engine) as s:
            rows = list(
                s.execute(
                    select(FollowState.seq, FollowState.meeting_id, FollowState.payload).where(
                        FollowState.seq > self._seq
                    )
                )
            )
        if not rows:
            return
        with self._lock:
            for seq, meeting_id, payload in rows:
                known = self._latest.get(meeting_id)
                if known is None or known.seq < seq:
                    self._latest[meeting_id] = FollowMove(seq, meeting_id, payload)
                self._seq = max(self._seq, seq)
        self._broker.poke()

    def since(self, seen: int, meetings: set[str]) -> list[FollowMove]:
        """The latest move of each of ``meetings`` newer than ``seen``, oldest first."""
        with self._lock:
            moves = [m for m in self._latest.values() if m.seq > seen and m.meeting_id in meetings]
        return sorted(moves, key=lambda m: m.seq)


def meetings_of(engine: Engine, person: Person) -> set[str]:
    """The meetings whose moves reach this person's stream (participants; the secretariat
    runs every meeting)."""
    with Session(engine) as session:
        if person.role == GlobalRole.SECRETARIAT.value:
            return set(session.execute(select(Meeting.id)).scalars())
        return set(
            session.execute(
                select(Participant.meeting_id).where(
                    Participant.person_id == person.id, Participant.deleted.is_(False)
                )
            ).scalars()
        )
