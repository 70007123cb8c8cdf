"""Polls as the store decides them: counting a closed poll, and closing polls past their deadline.

The store's clock (``ServerSettings.clock``) is the only one that counts: a poll whose
``closes_at`` has passed is closed here, whoever pushes next or whenever the sweep runs.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from meetings_app.domain.ballots import VOTING_ROLES, PollState, Tally, decide
from meetings_app.domain.models import Ballot, Meeting, Participant, Poll, SecretChoice
from meetings_app.domain.quorum import quorum_reached
from meetings_app.security.audit import append_event
from meetings_app.security.ballot_board import new_receipt
from meetings_app.server.board import published_head
from meetings_app.store.feed import append_feed, reemit, server_clock

_RANDOM = random.SystemRandom()


def eligible_voters(session: Session, meeting_id: str) -> int:
    """How many participants of the meeting may vote (chair and members)."""
    return int(
        session.execute(
            select(func.count())
            .select_from(Participant)
            .where(
                Participant.meeting_id == meeting_id,
                Participant.deleted.is_(False),
                Participant.role.in_([r.value for r in VOTING_ROLES]),
            )
        ).scalar_one()
    )


def finish_poll(
    session: Session, poll: Poll, now: dt.datetime, seqs: list[int], *, actor_id: str | None
) -> None:
    """Close a poll: store the count (:func:`~meetings_app.domain.ballots.decide`), announce
    the ballots that became visible (open polls only) and audit who closed it (None: its
    deadline)."""
    poll.state = PollState.CLOSED.value
    ballots = list(
        session.execute(
            select(Ballot).where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
        ).scalars()
    )
    options = [str(o.get("id")) for o in (poll.options or []) if isinstance(o, dict)]
    choices = [b.option_id for b in ballots if b.option_id in options]
    decision = decide(options, choices, eligible_voters(session, poll.meeting_id))
    result = decision.tally
    poll.results = {
        "counts": result.counts,
        "cast": result.cast,
        "eligible": result.eligible,
        "leader": decision.leader,
        "adopted": decision.adopted,
        "closed_at": now.isoformat(),
        **quorum_of(session, poll, result),
    }
    for ballot in ballots:
        if not ballot.receipt:  # cast before receipts existed, or seeded
            ballot.receipt = new_receipt(
                ballot.id, {"poll_id": poll.id, "option_id": ballot.option_id}
            )
    session.flush()
    if poll.secret:
        seal_secret_choices(session, poll.id)
    else:
        for ballot in ballots:
            seqs.append(reemit(session, ballot, poll.meeting_id))
    poll.results = {**poll.results, "board_head": published_head(session, poll)}
    append_event(
        session,
        "poll.close",
        actor_id=actor_id,
        entity="poll",
        entity_id=poll.id,
        details={"counts": result.counts, "cast": result.cast, "by_deadline": actor_id is None},
        at=now,
    )


def seal_secret_choices(session: Session, poll_id: str) -> None:
    """Part the choices of a closed secret poll from their voters, in the closing transaction.

    Each choice goes to :class:`~meetings_app.domain.models.SecretChoice` (random id, no
    voter, no time, rows written in random order) with its receipt; the voters' ballot rows
    keep who voted and when, and lose the choice, the device signature (which would show
    the choice: it verifies for one option only) and the receipt. The rows keep their
    version and no feed entry is made, so each voter's laptop keeps its own choice.
    """
    ballots = list(session.execute(select(Ballot).where(Ballot.poll_id == poll_id)).scalars())
    _RANDOM.shuffle(ballots)
    for ballot in ballots:
        if not ballot.deleted:
            session.add(
                SecretChoice(
                    id=str(uuid.uuid4()),
                    poll_id=poll_id,
                    option_id=ballot.option_id,
                    receipt=ballot.receipt or "",
                )
            )
        ballot.option_id, ballot.signature, ballot.receipt = "", None, None
    session.flush()


def _due(now: dt.datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        Poll.state == PollState.OPEN.value,
        Poll.closes_at.is_not(None),
        Poll.closes_at <= now,
    )


def due_polls_exist(session: Session, now: dt.datetime) -> bool:
    """Whether some open poll is past its deadline at ``now`` (one cheap indexed read)."""
    return session.execute(select(Poll.id).where(*_due(now)).limit(1)).first() is not None


def close_due_polls(session: Session, now: dt.datetime, seqs: list[int]) -> int:
    """Close every open poll past its deadline (the store's clock decides). Returns how many.

    Each closed poll gets a new version and a feed entry (appended to ``seqs``), so every
    laptop learns it closed at its next pull.
    """
    polls = list(session.execute(select(Poll).where(*_due(now))).scalars())
    for poll in polls:
        finish_poll(session, poll, now, seqs, actor_id=None)
        poll.version += 1
        poll.updated_at = str(server_clock().now())
        session.flush()
        seqs.append(append_feed(session, "poll", poll.id, poll.version, poll.meeting_id))
    return len(polls)


def quorum_of(session: Session, poll: Poll, result: Tally) -> dict[str, object]:
    """Whether the turnout met the quorum of the meeting's rule (kept with the result)."""
    meeting = session.get(Meeting, poll.meeting_id)
    rule = meeting.quorum if meeting is not None else "majority"
    return {"quorum": quorum_reached(result.cast, result.eligible, rule), "quorum_rule": rule}
