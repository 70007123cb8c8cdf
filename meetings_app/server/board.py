"""The ballot board of a closed poll, as the store publishes it (no sign-in needed).

Built from the stored rows each time it is asked for (they do not change after the
close; the head is also kept in the poll's results at the close), signed with the store's
key (:mod:`meetings_app.security.ballot_board`): an open poll's board names each voter (by
username) beside their choice and receipt; a secret poll's board comes from
:class:`~meetings_app.domain.models.SecretChoice` and names no one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.ballots import PollState
from meetings_app.domain.enums import MeetingStatus
from meetings_app.domain.errors import NotFound
from meetings_app.domain.models import Ballot, Meeting, Person, Poll, SecretChoice
from meetings_app.security.ballot_board import build_board, chain_head, ordered_entries


def poll_board(session: Session, poll_id: str, private_key: str) -> dict[str, Any]:
    """The signed board of the closed poll ``poll_id``; ``NOT_FOUND`` before its close."""
    poll = session.get(Poll, poll_id)
    meeting = session.get(Meeting, poll.meeting_id) if poll is not None else None
    if (
        poll is None
        or poll.deleted
        or poll.state != PollState.CLOSED.value
        or meeting is None
        or meeting.status == MeetingStatus.DRAFT.value
    ):
        raise NotFound("This poll has no published ballot board (it is not closed).")
    return build_board(
        {
            "id": poll.id,
            "question": poll.question,
            "secret": poll.secret,
            "options": [
                {"id": str(o.get("id")), "label": str(o.get("label", ""))}
                for o in poll.options or []
                if isinstance(o, dict)
            ],
            "closed_at": str((poll.results or {}).get("closed_at", "")),
        },
        _entries(session, poll),
        private_key,
    )


def published_head(session: Session, poll: Poll) -> str:
    """The chain head of the board the closed poll publishes (kept in its results, so it
    reaches every laptop and the ballot-results report)."""
    return chain_head(poll.id, ordered_entries(_entries(session, poll), poll.secret))


def _entries(session: Session, poll: Poll) -> list[dict[str, Any]]:
    """The board's lines: from the voterless choices for a secret poll; for an open poll
    from the ballots, naming each voter by username (it never changes)."""
    if poll.secret:
        rows = session.execute(
            select(SecretChoice.receipt, SecretChoice.option_id).where(
                SecretChoice.poll_id == poll.id
            )
        ).all()
        return [{"receipt": r, "option_id": o} for r, o in rows]
    named = session.execute(
        select(Ballot.receipt, Ballot.option_id, Person.username)
        .join(Person, Person.id == Ballot.voter_id)
        .where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
    ).all()
    return [{"receipt": r or "", "option_id": o, "voter": n} for r, o, n in named]
