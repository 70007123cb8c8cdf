"""``POST /api/v1/meetings/{id}/follow``: make every viewer follow a document and page.

Allowed to those who run the meeting and to the presenter of the current agenda item
(the person whose name or title the item names as presenter). The target is stored per
meeting and goes out on the event stream of every participant, from every store process,
and to laptops that connect later (``server.follow``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Forbidden, NotFound
from meetings_app.domain.models import AgendaItem, Document, Meeting, Person
from meetings_app.domain.rules import Action
from meetings_app.server.deps import Auth, get_store
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.server.visibility import Viewer
from meetings_app.sync.wire import API_PREFIX, FollowRequest

router = APIRouter()


def presents(session: Session, meeting: Meeting, person: Person) -> bool:
    """True when ``person`` is named as presenter of the meeting's current item."""
    item = session.get(AgendaItem, meeting.current_item_id) if meeting.current_item_id else None
    named = (item.presenter if item is not None else "").strip().casefold()
    return bool(named) and named in {person.full_name.casefold(), (person.title or "").casefold()}


@router.post(
    f"{API_PREFIX}/meetings/{{meeting_id}}/follow",
    responses=answers(400, 401, 403, 404),
    openapi_extra=SIGNED_IN,
)
def follow(meeting_id: str, body: FollowRequest, request: Request, who: Auth) -> dict[str, str]:
    """Lead every viewer of the meeting to a document and page (or end presenting)."""
    store = get_store(request)
    now = store.now()
    with Session(store.engine) as session:
        viewer = Viewer(session, who.person, now)
        meeting = viewer.visible_meeting(meeting_id)
        if not (
            viewer.may(meeting_id, Action.RUN_MEETING) or presents(session, meeting, who.person)
        ):
            raise Forbidden("Only the chair, the secretary or the presenter leads the viewers.")
        payload: dict[str, object] = {
            "meeting_id": meeting_id,
            "by": who.person.id,
            "active": False,
        }
        if body.active:
            doc = session.get(Document, body.document_id or "")
            if doc is None or doc.meeting_id != meeting_id or not viewer.sees(doc):
                raise NotFound("There is no such document in this meeting.")
            payload.update(
                active=True,
                document_id=doc.id,
                agenda_item_id=doc.agenda_item_id,
                version_id=doc.current_version_id,
                page=body.page,
            )
    request.app.state.follow.publish(meeting_id, payload, now)
    return {"status": "ok"}
