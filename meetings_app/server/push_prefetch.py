"""The ballot fast path: one statement reads everything a pushed ballot needs.

A meeting's votes arrive in bursts (every member at once when a poll opens), so a ballot
change is checked from rows read together, under the write lock, right before it is
applied: its receipt, the ballot, its poll and meeting, the caller's participation and
the caller's other ballot on that poll. A batch of ballot pushes (group commit) reads
the same for all of them at once, one statement per table (:func:`prefetch_many`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, and_, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from meetings_app.domain.ballots import PollState
from meetings_app.domain.ids import is_uuid
from meetings_app.domain.models import Ballot, ChangeReceipt, FeedEntry, Meeting, Participant, Poll
from meetings_app.security.audit import head_query as audit_head_query
from meetings_app.security.audit import seed_head as seed_audit_head
from meetings_app.server.visibility import Viewer
from meetings_app.store.feed import seed_head as seed_feed_head
from meetings_app.sync.wire import PushChange


@dataclass
class Prefetched:
    """What :func:`prefetch` read for one ballot change (None: no such row)."""

    change_id: str
    row_id: str
    poll_id: str | None
    receipt: ChangeReceipt | None
    ballot: Ballot | None
    other_ballot_id: str | None
    held: tuple[Any, ...]
    """The rows read, kept referenced so the session's identity map keeps them."""


def _heads() -> list[Any]:
    """Whether any open poll is past its deadline, and the feed and audit-chain heads."""
    due = (
        select(Poll.id)
        .where(
            Poll.state == PollState.OPEN.value,
            Poll.closes_at.is_not(None),
            Poll.closes_at <= bindparam("now", type_=Poll.closes_at.type),
        )
        .exists()
    )
    feed_max = select(func.coalesce(func.max(FeedEntry.seq), 0)).scalar_subquery()
    head = audit_head_query().subquery()
    return [
        due.label("due"),
        feed_max.label("feed_head"),
        select(head.c.seq).scalar_subquery().label("audit_seq"),
        select(head.c.hash).scalar_subquery().label("audit_hash"),
    ]


def _statement(first: bool) -> Select[Any]:
    """The one read of :func:`prefetch`, built once (its SQL compiles once)."""
    other = aliased(Ballot)
    columns: list[Any] = [ChangeReceipt, Ballot, Poll, Participant, other.id, Meeting]
    if first:
        columns += _heads()
    me = bindparam("me", type_=String())
    one = select(literal_column("1").label("x")).subquery("one")
    return (
        select(*columns)
        .select_from(one)
        .outerjoin(ChangeReceipt, ChangeReceipt.change_id == bindparam("change_id"))
        .outerjoin(Ballot, Ballot.id == bindparam("ballot_id"))
        .outerjoin(Poll, Poll.id == bindparam("poll_id"))
        .outerjoin(Meeting, Meeting.id == Poll.meeting_id)
        .outerjoin(
            Participant,
            and_(
                Participant.meeting_id == Poll.meeting_id,
                Participant.person_id == me,
                Participant.deleted.is_(False),
            ),
        )
        .outerjoin(other, and_(other.poll_id == Poll.id, other.voter_id == me))
    )


_FIRST = _statement(True)
_NEXT = _statement(False)


def prefetch(
    session: Session, viewer: Viewer, ch: PushChange, now: dt.datetime, *, first: bool
) -> tuple[Prefetched | None, bool | None]:
    """Read in one statement what a ballot change needs (and, first, the store's heads).

    Returns what was read (None when the change is not a well-formed ballot) and, with
    ``first``, whether any poll is past its deadline (None when that is not known: the
    caller then checks deadlines itself). With ``first`` the feed and audit-chain heads
    are also read and kept for this transaction. Runs under the write lock.
    """
    poll_id = ballot_poll(ch)
    if poll_id is None:
        return None, None
    params: dict[str, Any] = {"change_id": ch.change_id, "ballot_id": ch.id}
    params.update(poll_id=poll_id, me=viewer.person_id)
    if first:
        params["now"] = now
    row = session.execute(_FIRST if first else _NEXT, params).one()
    receipt, ballot, poll, part, other_id, meeting = row[:6]
    if poll is not None:
        viewer.prime(poll.meeting_id, part)
    pre = Prefetched(
        change_id=ch.change_id,
        row_id=ch.id,
        poll_id=poll.id if poll is not None else None,
        receipt=receipt,
        ballot=ballot,
        other_ballot_id=other_id,
        held=(receipt, ballot, poll, part, meeting),
    )
    if not first:
        return pre, None
    return pre, _seed_heads(session, row)


def ballot_poll(ch: PushChange) -> str | None:
    """The poll of a well-formed ballot change (None for anything else)."""
    poll_id = ch.data.get("poll_id") if isinstance(ch.data, dict) else None
    if ch.entity != "ballot" or not isinstance(poll_id, str):
        return None
    if not is_uuid(ch.id) or not is_uuid(poll_id):
        return None
    return poll_id


def _seed_heads(session: Session, row: Any) -> bool:
    """Keep the feed and audit heads read with ``row`` for the transaction; True when a
    poll is past its deadline."""
    seed_feed_head(session, int(row.feed_head))
    audit = (int(row.audit_seq), str(row.audit_hash)) if row.audit_seq is not None else None
    seed_audit_head(session, audit)
    return bool(row.due)


_HEADS = select(*_heads())


def prefetch_many(
    session: Session, changes: list[tuple[Viewer, PushChange]], now: dt.datetime
) -> tuple[list[Prefetched], bool]:
    """What :func:`prefetch` reads, for a batch of well-formed ballot changes (each with
    its pusher's view): one statement per table for the whole batch, not one per change.

    Returns one :class:`Prefetched` per change, in order, and whether any poll is past
    its deadline; seeds the feed and audit heads for this transaction. Reads the store
    as it is now: a change read here must not depend on another one of the same batch
    (the caller keeps them apart). Runs under the write lock.
    """
    due = _seed_heads(session, session.execute(_HEADS, {"now": now}).one())
    polls = {ballot_poll(ch) or "" for _, ch in changes}
    people = {viewer.person_id for viewer, _ in changes}
    receipts = {
        r.change_id: r
        for r in session.execute(
            select(ChangeReceipt).where(
                ChangeReceipt.change_id.in_([ch.change_id for _, ch in changes])
            )
        ).scalars()
    }
    ballots = {
        b.id: b
        for b in session.execute(
            select(Ballot).where(Ballot.id.in_([ch.id for _, ch in changes]))
        ).scalars()
    }
    found = {
        poll.id: (poll, meeting)
        for poll, meeting in session.execute(
            select(Poll, Meeting)
            .outerjoin(Meeting, Meeting.id == Poll.meeting_id)
            .where(Poll.id.in_(polls))
        )
    }
    parts = {
        (p.meeting_id, p.person_id): p
        for p in session.execute(
            select(Participant).where(
                Participant.meeting_id.in_({poll.meeting_id for poll, _ in found.values()}),
                Participant.person_id.in_(people),
                Participant.deleted.is_(False),
            )
        ).scalars()
    }
    others = {
        (poll_id, voter_id): ballot_id
        for ballot_id, poll_id, voter_id in session.execute(
            select(Ballot.id, Ballot.poll_id, Ballot.voter_id).where(
                Ballot.poll_id.in_(polls), Ballot.voter_id.in_(people)
            )
        )
    }
    out: list[Prefetched] = []
    for viewer, ch in changes:
        poll, meeting = found.get(ballot_poll(ch) or "", (None, None))
        part = None
        if poll is not None:
            part = parts.get((poll.meeting_id, viewer.person_id))
            viewer.prime(poll.meeting_id, part)
        receipt, ballot = receipts.get(ch.change_id), ballots.get(ch.id)
        out.append(
            Prefetched(
                change_id=ch.change_id,
                row_id=ch.id,
                poll_id=poll.id if poll is not None else None,
                receipt=receipt,
                ballot=ballot,
                other_ballot_id=others.get((poll.id, viewer.person_id)) if poll else None,
                held=(receipt, ballot, poll, part, meeting),
            )
        )
    return out, due
