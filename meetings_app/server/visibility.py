"""Who sees which row: the domain rules applied to stored rows, with per-request caches."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.ballots import PollState, effective_state
from meetings_app.domain.errors import NotFound
from meetings_app.domain.minutes_flow import readable
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Device,
    Document,
    DocumentVersion,
    Meeting,
    Minutes,
    Note,
    Participant,
    Person,
    Poll,
    RegisterEntry,
    SpeakerRequest,
    Synced,
)
from meetings_app.domain.rules import (
    Action,
    Actor,
    GlobalRole,
    MeetingRole,
    actor_of,
    may,
    may_read_private,
    may_see_ballot,
    may_see_document,
    may_see_item,
    may_see_meeting,
)
from meetings_app.sync.wire import to_data


class Viewer:
    """One person's view of the store during one request."""

    def __init__(self, session: Session, person: Person, now: dt.datetime) -> None:
        self.session = session
        self.person = person
        self.person_id = person.id
        self.role = actor_of(person.id, person.role).global_role
        self.now = now
        self._items: dict[str, dict[str, AgendaItem]] = {}
        self._all: dict[str, Participant] | None = None
        self._one: dict[str, Participant | None] = {}
        self._status: dict[str, str | None] = {}

    def refresh(self) -> None:
        """Forget this person's participations and the meetings' statuses (a push changed
        them); read again on use."""
        self._all = None
        self._one.clear()
        self._items.clear()
        self._status.clear()

    @property
    def participation(self) -> dict[str, Participant]:
        """Meeting id → this person's (not deleted) participation, every meeting."""
        if self._all is None:
            rows = self.session.execute(
                select(Participant).where(
                    Participant.person_id == self.person_id, Participant.deleted.is_(False)
                )
            ).scalars()
            self._all = {p.meeting_id: p for p in rows}
        return self._all

    def prime(self, meeting_id: str, part: Participant | None) -> None:
        """Record the participation in one meeting, read by the caller with other rows."""
        if part is not None and (part.deleted or part.person_id != self.person_id):
            part = None
        self._one[meeting_id] = part

    def part(self, meeting_id: str) -> Participant | None:
        """This person's participation in one meeting (one indexed read, then cached)."""
        if self._all is not None:
            return self._all.get(meeting_id)
        if meeting_id not in self._one:
            self._one[meeting_id] = self.session.execute(
                select(Participant).where(
                    Participant.meeting_id == meeting_id,
                    Participant.person_id == self.person_id,
                    Participant.deleted.is_(False),
                )
            ).scalar_one_or_none()
        return self._one[meeting_id]

    @property
    def sees_all_meetings(self) -> bool:
        """The secretariat receives every meeting (and its drafts) without taking part in it."""
        return self.role is GlobalRole.SECRETARIAT

    def meeting_ids(self) -> set[str]:
        """The meetings this person takes part in (not deleted participations)."""
        return set(self.participation)

    def actor(self, meeting_id: str | None) -> Actor:
        """This person as the rules see them in one meeting (None: outside any meeting)."""
        part = self.part(meeting_id) if meeting_id else None
        if part is None:
            return actor_of(self.person_id, self.person.role)
        return actor_of(self.person_id, self.person.role, part.role, part.items)

    def may(self, meeting_id: str | None, action: Action) -> bool:
        """Whether this person may take ``action`` in the meeting (the domain rules decide)."""
        return may(self.actor(meeting_id), action)

    def ancestors(self, meeting_id: str, item_id: str | None) -> list[str]:
        """Parent ids of an agenda item, nearest first (cycle-safe)."""
        if item_id is None:
            return []
        items = self._items.get(meeting_id)
        if items is None:
            items = {
                i.id: i
                for i in self.session.execute(
                    select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                ).scalars()
            }
            self._items[meeting_id] = items
        out: list[str] = []
        current = items.get(item_id)
        while current is not None and current.parent_id and current.parent_id not in out:
            out.append(current.parent_id)
            current = items.get(current.parent_id)
        return out

    def visible_meeting(self, meeting_id: str) -> Meeting:
        """The meeting, if it exists and reaches this person; ``NOT_FOUND`` otherwise (the
        same answer either way, so a refusal tells nothing about meetings one cannot see)."""
        meeting = self.session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted or not self.sees_meeting(meeting_id):
            raise NotFound("There is no such meeting.")
        return meeting

    def sees_meeting(self, meeting_id: str | None) -> bool:
        """Whether the meeting and what is under it reach this person (its status included:
        a draft is the organisers' alone, :func:`~meetings_app.domain.rules.may_see_meeting`)."""
        if meeting_id is None:
            return False
        actor = self.actor(meeting_id)
        if actor.organises:
            return may(actor, Action.VIEW_MEETING)
        if meeting_id not in self._status:
            meeting = self.session.get(Meeting, meeting_id)
            self._status[meeting_id] = meeting.status if meeting is not None else None
        status = self._status[meeting_id]
        return status is not None and may_see_meeting(actor, status)

    def sees_item(self, meeting_id: str, item_id: str | None) -> bool:
        """Whether an agenda item (None: meeting-level material) of a visible meeting reaches this person."""
        if not self.sees_meeting(meeting_id):
            return False
        actor = self.actor(meeting_id)
        if item_id is None:
            # meeting-level material: everyone but invitees (rules.may_see_item)
            return actor.meeting_role is not MeetingRole.INVITEE or actor.organises
        return may_see_item(actor, item_id, self.ancestors(meeting_id, item_id))

    def sees_document(self, doc: Document | None) -> bool:
        """Whether the document, its versions and its file reach this person (classification, recipients, invited items, drafts)."""
        if doc is None or not self.sees_meeting(doc.meeting_id):
            return False
        return may_see_document(
            self.actor(doc.meeting_id),
            doc.classification,
            [str(r) for r in (doc.recipients or [])],
            doc.agenda_item_id,
            self.ancestors(doc.meeting_id, doc.agenda_item_id),
        )

    def sees_version(self, version: DocumentVersion | None) -> bool:
        """A version reaches exactly those its document reaches."""
        if version is None:
            return False
        return self.sees_document(self.session.get(Document, version.document_id))

    def poll_closed(self, poll: Poll) -> bool:
        """Whether the poll is closed by the store's clock (an open poll past its deadline is)."""
        return effective_state(poll.state, poll.closes_at, self.now) is PollState.CLOSED

    def sees_poll(self, poll: Poll | None) -> bool:
        """A poll reaches those who see its agenda item (or the meeting, for a meeting-level poll)."""
        return poll is not None and self.sees_item(poll.meeting_id, poll.agenda_item_id)

    def sees(self, row: Synced) -> bool:
        """Whether this person may receive ``row`` (its current state) on pull."""
        if isinstance(row, Person):
            return True
        if isinstance(row, Device):
            return row.person_id == self.person_id
        if isinstance(row, Meeting):
            return self.sees_meeting(row.id)
        if isinstance(row, Minutes):
            actor = self.actor(row.meeting_id)
            return self.sees_meeting(row.meeting_id) and readable(
                row.state, actor.organises, may(actor, Action.APPROVE_MINUTES)
            )
        if isinstance(row, Participant | RegisterEntry):
            return self.sees_meeting(row.meeting_id)
        if isinstance(row, AgendaItem):
            return self.sees_item(row.meeting_id, row.id)
        if isinstance(row, Document):
            return self.sees_document(row)
        if isinstance(row, DocumentVersion):
            return self.sees_version(row)
        if isinstance(row, Annotation):
            if not may_read_private(self.person_id, row.owner_id, row.shared):
                return False
            return self.sees_version(self.session.get(DocumentVersion, row.document_version_id))
        if isinstance(row, Note):
            return row.owner_id == self.person_id
        if isinstance(row, Poll):
            return self.sees_poll(row)
        if isinstance(row, Ballot):
            poll = self.session.get(Poll, row.poll_id)
            if poll is None:
                return False
            if row.voter_id == self.person_id:
                return True
            if not self.sees_poll(poll):
                return False
            return may_see_ballot(
                self.actor(poll.meeting_id), row.voter_id, poll.secret, self.poll_closed(poll)
            )
        if isinstance(row, SpeakerRequest):
            # The queue is public in the room: whoever sees the item sees who waits to
            # speak on it (members see their true place); a request carries nothing private.
            if row.person_id == self.person_id:
                return True
            return self.sees_item(row.meeting_id, row.agenda_item_id)
        return False


def wire_data(row: Synced, viewer: Viewer) -> dict[str, Any]:
    """A row's data as this viewer may receive it (server-only fields removed)."""
    data = to_data(row)
    if (
        isinstance(row, Participant)
        and viewer.actor(row.meeting_id).meeting_role is (MeetingRole.INVITEE)
        and row.person_id != viewer.person_id
    ):
        data["items"] = []
    if isinstance(row, Person):
        data.pop("disabled", None)
    return data
