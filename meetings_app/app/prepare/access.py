"""The one check every secretariat service makes before it reads or writes a meeting."""

from __future__ import annotations

from sqlalchemy.orm import Session

from meetings_app.app.actors import actor_in_meeting
from meetings_app.domain.errors import Forbidden, NotFound
from meetings_app.domain.models import Meeting
from meetings_app.domain.rules import Action, may


def organised_meeting(
    session: Session, person_id: str | None, meeting_id: str, refusal: str
) -> Meeting:
    """The meeting, if ``person_id`` prepares it (the secretariat, or its secretary).

    ``NOT_FOUND`` when this laptop does not hold it; ``FORBIDDEN`` with ``refusal`` when
    the person may not change it (the store would refuse the change anyway).
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        raise NotFound("This meeting is not on this computer.", id=meeting_id)
    if not may(actor_in_meeting(session, person_id or "", meeting_id), Action.EDIT_MEETING):
        raise Forbidden(refusal)
    return meeting
