"""In-meeting votes on the store: who may create and move them, the live count, the result.

* The chair (who does not edit the meeting) may create a vote and open or close it; the
  secretariat may do everything, as before.
* Opening or closing is a state move checked by the ballot lifecycle, not by the row's
  version: ballots arriving during the vote bump the poll (its live count), and a chair
  who was offline must still be able to close it.
* While a vote is open, every accepted ballot refreshes ``poll.results`` with the count
  of ballots and eligible voters, and, for an open (not secret) vote, who has voted
  (never what they chose): every laptop shows the count live. A written-opinion request
  also says who has answered (``answered``), secret or not: the secretariat follows up
  on those who have not; how anyone answered is never in it.
* When it closes, the result (``server.polls.finish_poll``: the decision under the
  majority rule) also says whether the quorum of the meeting's rule was met.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.ballots import PollState
from meetings_app.domain.enums import MeetingKind
from meetings_app.domain.models import Ballot, Meeting, Poll
from meetings_app.domain.rules import Action
from meetings_app.server.polls import eligible_voters
from meetings_app.server.visibility import Viewer
from meetings_app.store.feed import append_feed, server_clock

#: What a person who may open and close votes may change on an existing poll.
STATE_FIELDS = frozenset({"state", "closes_at"})


def runner_may_change(
    viewer: Viewer, meeting_id: str, existing: Any, values: dict[str, Any], deleted: bool
) -> bool:
    """Create a vote, or move its state, as the chair may (not being its editor)."""
    if deleted or not viewer.may(meeting_id, Action.OPEN_CLOSE_POLL):
        return False
    if existing is None:
        return True
    return state_move_only(existing, values)


def state_move_only(existing: Any, values: dict[str, Any]) -> bool:
    """True when a poll change moves only its state or deadline (checked by the lifecycle,
    so a stale version is no conflict)."""
    if not isinstance(existing, Poll):
        return False
    changed = {k for k, v in values.items() if getattr(existing, k) != v}
    return changed <= STATE_FIELDS


def live_count(
    session: Session, poll: Poll, voters: list[str] | None = None, eligible: int | None = None
) -> dict[str, Any]:
    """An open poll's ``results``: ballots cast, voters eligible, and who voted (open
    votes only). ``voters`` and ``eligible``: when the caller read them already (with
    other polls')."""
    if voters is None:
        session.flush()
        voters = list(
            session.execute(
                select(Ballot.voter_id).where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
            ).scalars()
        )
    live: dict[str, Any] = {
        "live": True,
        "cast": len(voters),
        "eligible": eligible_voters(session, poll.meeting_id) if eligible is None else eligible,
    }
    if not poll.secret:
        live["voters"] = sorted(voters)
    meeting = session.get(Meeting, poll.meeting_id)
    if meeting is not None and meeting.kind == MeetingKind.WRITTEN_OPINION.value:
        live["answered"] = sorted(voters)
    return live


_PENDING = "meetings_app.live_counts"


def ballot_counted(session: Session, poll_id: str) -> None:
    """Note that an open poll's live count must be refreshed before this transaction
    commits (:func:`count_pending`): once per poll per transaction, however many of its
    ballots a batch of pushes holds."""
    pending: dict[str, None] = session.info.setdefault(_PENDING, {})
    pending[poll_id] = None


def count_pending(session: Session, seqs: list[int]) -> None:
    """Refresh the live count of every open poll whose ballots changed in this transaction
    (a poll closed meanwhile keeps its result).

    The ballots of all of them are read in one statement and each meeting's voters
    counted once; the polls and their feed entries are written with the commit.
    """
    polls = [session.get(Poll, poll_id) for poll_id in session.info.pop(_PENDING, {})]
    open_polls = [p for p in polls if p is not None and p.state == PollState.OPEN.value]
    if not open_polls:
        return
    session.flush()
    voters: dict[str, list[str]] = {poll.id: [] for poll in open_polls}
    for poll_id, voter_id in session.execute(
        select(Ballot.poll_id, Ballot.voter_id).where(
            Ballot.poll_id.in_(list(voters)), Ballot.deleted.is_(False)
        )
    ):
        voters[poll_id].append(voter_id)
    eligible: dict[str, int] = {}
    for poll in open_polls:
        if poll.meeting_id not in eligible:
            eligible[poll.meeting_id] = eligible_voters(session, poll.meeting_id)
        poll.results = live_count(session, poll, voters[poll.id], eligible[poll.meeting_id])
        poll.version += 1
        poll.updated_at = str(server_clock().now())
        seqs.append(append_feed(session, "poll", poll.id, poll.version, poll.meeting_id))
