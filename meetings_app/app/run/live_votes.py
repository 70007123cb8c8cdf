"""In-meeting votes for the person running the meeting: create on the current item, open,
watch the ballots arrive, close, read the result.

Writes go through the local outbox like every other change (so a chair who loses the
network keeps working; the close is sent on reconnect and the store still accepts it).
The live count comes from the store (``poll.results`` while open: ballots cast, voters
eligible and, for an open vote, who has voted); the result after the close carries the
decision under the majority rule and whether the quorum was met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.ballots import PollState, check_transition, effective_state
from meetings_app.domain.clock import utc_now
from meetings_app.domain.errors import Forbidden, Invalid, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Person, Poll
from meetings_app.domain.rules import Action
from meetings_app.sync.local import pending_for

#: The usual motion: ids stay the same in every meeting (reports rely on them).
APPROVE_IDS = ("approve", "reject", "abstain")


@dataclass(frozen=True)
class LiveVote:
    """One vote of the meeting as the chair's screen shows it."""

    id: str
    agenda_item_id: str | None
    question: str
    options: tuple[tuple[str, str], ...]
    """``(id, label)`` in the poll's order."""
    secret: bool
    state: PollState
    cast: int
    eligible: int | None
    voters: tuple[str, ...]
    """Names of those who have voted (open votes only; never what they chose)."""
    counts: tuple[tuple[str, int], ...]
    """``(label, count)`` once closed."""
    adopted: str | None
    """The label of the option adopted by more than half of all eligible voters."""
    quorum: bool | None
    pending: bool


class LiveVotesService:
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

    def votes(self, meeting_id: str) -> list[LiveVote]:
        """The meeting's votes, newest first."""
        with Session(self._engine) as session:
            polls = session.scalars(
                select(Poll).where(Poll.meeting_id == meeting_id, Poll.deleted.is_(False))
            ).all()
            voter_ids = {v for p in polls for v in (p.results or {}).get("voters", [])}
            names = {
                p.id: p.full_name
                for p in session.scalars(select(Person).where(Person.id.in_(voter_ids))).all()
            }
            pending = {p.id for p in polls if pending_for(session, p.id)}
        now = self.now()
        ordered = sorted(polls, key=lambda p: p.id, reverse=True)  # UUIDv7: newest first
        return [self._view(p, names, p.id in pending, now) for p in ordered]

    @staticmethod
    def _view(poll: Poll, names: dict[str, str], pending: bool, now: dt.datetime) -> LiveVote:
        options = tuple(
            (str(o.get("id", "")), str(o.get("label", "")))
            for o in poll.options
            if isinstance(o, dict)
        )
        results: dict[str, Any] = poll.results or {}
        labels = dict(options)
        found = results.get("counts")
        raw: dict[str, Any] = found if isinstance(found, dict) else {}
        state = effective_state(poll.state, poll.closes_at, now)
        closed = state is PollState.CLOSED and poll.state == PollState.CLOSED.value
        return LiveVote(
            id=poll.id,
            agenda_item_id=poll.agenda_item_id,
            question=poll.question,
            options=options,
            secret=poll.secret,
            state=state,
            cast=int(results.get("cast") or 0),
            eligible=results.get("eligible") if isinstance(results.get("eligible"), int) else None,
            voters=tuple(sorted(names.get(v, v) for v in results.get("voters", []))),
            counts=tuple((label, int(raw.get(i, 0))) for i, label in options) if closed else (),
            adopted=labels.get(str(results.get("leader")))
            if closed and results.get("adopted")
            else None,
            quorum=bool(results["quorum"]) if closed and "quorum" in results else None,
            pending=pending,
        )

    def create(
        self,
        meeting_id: str,
        agenda_item_id: str | None,
        question: str,
        options: Sequence[tuple[str, str]],
        *,
        secret: bool,
    ) -> str:
        """A new vote in draft on the item; ``options`` are ``(id, label)`` (ids may be
        empty: they are then made). Raises ``INVALID`` for no question or under two options."""
        question = question.strip()
        cleaned = [(i or f"o{n}", label.strip()) for n, (i, label) in enumerate(options, 1)]
        cleaned = [(i, label) for i, label in cleaned if label]
        if not question:
            raise Invalid("Write the question put to the vote.", field="question")
        if len(cleaned) < 2:
            raise Invalid("A vote needs at least two options.", field="options")
        self._check_may(meeting_id)
        poll = Poll(
            id=new_id(),
            version=0,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            question=question,
            options=[{"id": i, "label": label} for i, label in cleaned],
            secret=secret,
            state=PollState.DRAFT.value,
        )
        self._writer.save(poll)
        return poll.id

    def open(self, poll_id: str) -> None:
        self._move(poll_id, PollState.OPEN)

    def close(self, poll_id: str) -> None:
        self._move(poll_id, PollState.CLOSED)

    def _move(self, poll_id: str, target: PollState) -> None:
        with Session(self._engine) as session:
            poll = session.get(Poll, poll_id)
            if poll is None or poll.deleted:
                raise NotFound("This vote is no longer on this computer.", poll_id=poll_id)
            session.expunge(poll)
        self._check_may(poll.meeting_id)
        check_transition(PollState(poll.state), target)
        poll.state = target.value
        self._writer.save(poll)

    def _check_may(self, meeting_id: str) -> None:
        with Session(self._engine) as session:
            if not person_may(session, self.person_id, meeting_id, Action.OPEN_CLOSE_POLL):
                raise Forbidden("Only the chair or the secretary runs the votes of this meeting.")
