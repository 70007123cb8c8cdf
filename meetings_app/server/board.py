"""The ballot board of a closed poll, as the store publishes it (no sign-in needed).

Built from the stored rows each time it is asked for, signed with the store's key
(:mod:`meetings_app.security.ballot_board`): an open poll's board names each voter beside
their choice and receipt; a secret poll's board comes from
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
from meetings_app.security.ballot_board import build_board


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


def _entries(session: Session, poll: Poll) -> list[dict[str, Any]]:
    if poll.secret:
        rows = session.execute(
            select(SecretChoice.receipt, SecretChoice.option_id).where(
                SecretChoice.poll_id == poll.id
            )
        ).all()
        return [{"receipt": r, "option_id": o} for r, o in rows]
    named = session.execute(
        select(Ballot.receipt, Ballot.option_id, Person.full_name)
        .join(Person, Person.id == Ballot.voter_id)
        .where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
    ).all()
    return [{"receipt": r or "", "option_id": o, "voter": n} for r, o, n in named]
