"""``GET /api/v1/meetings/{id}/presence``: who of the meeting's participants is connected.

For those who run the meeting (chair, secretary, secretariat): attendance and quorum
are read from it. Everyone else is refused with ``FORBIDDEN``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Forbidden
from meetings_app.domain.models import Participant
from meetings_app.domain.rules import Action
from meetings_app.server.deps import Auth, get_store
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.server.presence import connected_people
from meetings_app.server.visibility import Viewer
from meetings_app.sync.wire import API_PREFIX, PresenceResponse

router = APIRouter()


@router.get(
    f"{API_PREFIX}/meetings/{{meeting_id}}/presence",
    response_model=PresenceResponse,
    responses=answers(401, 403, 404),
    openapi_extra=SIGNED_IN,
)
def presence(meeting_id: str, request: Request, who: Auth) -> PresenceResponse:
    """Who of the meeting's participants has a laptop connected now (for those who run it)."""
    store = get_store(request)
    now = store.now()
    with Session(store.engine) as session:
        viewer = Viewer(session, who.person, now)
        viewer.visible_meeting(meeting_id)  # NOT_FOUND unless it reaches this person
        if not viewer.may(meeting_id, Action.RUN_MEETING):
            raise Forbidden("Only those who run the meeting see who is connected.")
        people = set(
            session.execute(
                select(Participant.person_id).where(
                    Participant.meeting_id == meeting_id, Participant.deleted.is_(False)
                )
            ).scalars()
        )
        online = connected_people(session, people, now, store.settings.events_keepalive)
    return PresenceResponse(connected=sorted(online), now=now)
