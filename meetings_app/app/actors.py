"""Who a person is in one meeting, as the rules see them, from the laptop's own rows.

Ballots, speaking, publishing and reports all ask the same question; the answer comes
from one place so the client never disagrees with itself (the store decides in the end).
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Participant, Person
from meetings_app.domain.rules import Action, Actor, actor_of, may


def actor_in_meeting(session: Session, person_id: str, meeting_id: str) -> Actor:
    """The person as the rules see them in one meeting (global role, meeting role and the
    agenda items an invitee is invited to), by :func:`~meetings_app.domain.rules.actor_of`.

    Shared with the report service: the same local rows decide who organises a meeting.
    """
    person = session.get(Person, person_id)
    participant = session.scalar(
        select(Participant).where(
            Participant.meeting_id == meeting_id,
            Participant.person_id == person_id,
            Participant.deleted.is_(False),
        )
    )
    if participant is None:
        return actor_of(person_id, person.role if person else None)
    return actor_of(person_id, person.role if person else None, participant.role, participant.items)


def person_may(session: Session, person_id: str, meeting_id: str, action: Action) -> bool:
    """Whether the person may take ``action`` in the meeting, by the local rows."""
    return may(actor_in_meeting(session, person_id, meeting_id), action)


def standing(engine: Engine, person_id: str | None, meeting_id: str | None) -> Actor:
    """Who the signed-in person is for one meeting (or none: their global role only), read
    from the laptop's rows; decides which of the window's modes they are offered."""
    if not person_id:
        return Actor("")
    with Session(engine) as session:
        return actor_in_meeting(session, person_id, meeting_id or "")
