"""Follow the presenter: "show document D at page P" from the chair or the item's presenter,
carried on the event stream as a light event (a moment's state, not a synced row).

One hub per store process keeps the latest move of each meeting, numbered, and wakes
the streams through the feed broker; each stream sends the moves of the meetings its
listener takes part in. Only the document and page travel, never anyone's marks.
A laptop that connects later receives the meeting's latest move at once.
Limitation: the moves are kept in the memory of the process that received them; with
several store processes, laptops on another process do not see them (DESIGN.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Meeting, Participant, Person
from meetings_app.domain.rules import GlobalRole
from meetings_app.server.events import FeedBroker


@dataclass(frozen=True)
class FollowMove:
    seq: int
    meeting_id: str
    payload: dict[str, Any]
    """``{meeting_id, document_id, page, active, by}``; ``active`` False: presenting ended."""


class FollowHub:
    def __init__(self, broker: FeedBroker) -> None:
        self._broker = broker
        self._lock = threading.Lock()
        self._latest: dict[str, FollowMove] = {}
        self._seq = 0

    def publish(self, meeting_id: str, payload: dict[str, Any]) -> None:
        """Announce a move to every stream (safe from any thread)."""
        with self._lock:
            self._seq += 1
            self._latest[meeting_id] = FollowMove(self._seq, meeting_id, payload)
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
