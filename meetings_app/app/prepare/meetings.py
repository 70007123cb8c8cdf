"""The secretariat creates, edits, copies and cancels meetings on its own laptop store.

What must hold true:

* every change is one local transaction of rows and outbox entries (:class:`LocalWriter`):
  it is on disk at once, offline or not, and syncs like any change; a stale edit comes
  back from the store as ``CONFLICT`` with the store's copy (``app/prepare/conflicts.py``);
* a new meeting starts as a draft, which the store shows to the secretariat only;
* a copy takes the earlier meeting's agenda (tree and order kept, new ids) and its
  participants, never its documents, polls or anything a person wrote;
* cancelling leaves a tombstone (nothing is hard-deleted while a laptop may hold it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import actor_in_meeting
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.app.prepare.times import zone
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Forbidden, Invalid
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    DEFAULT_TIME_ZONE,
    AgendaItem,
    Meeting,
    Participant,
    Synced,
)
from meetings_app.domain.rules import Classification, GlobalRole

KINDS = ("meeting", "written_opinion")
MAX_LEASE_DAYS = 365


@dataclass(frozen=True)
class MeetingForm:
    """What the meeting editor edits; times are aware instants (shown in ``time_zone``)."""

    title: str
    kind: str = "meeting"
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    location: str = ""
    classification: str = "internal"
    lease_days: int = 14
    time_zone: str = DEFAULT_TIME_ZONE
    status: str = "draft"

    def checked(self) -> MeetingForm:
        """This form with its title trimmed; ``INVALID`` (with ``field``) for what the store
        would refuse or a person would regret (an end before the start)."""
        title = self.title.strip()
        if not title:
            raise Invalid("A meeting needs a title.", code=Code.TITLE_REQUIRED, field="title")
        if self.kind not in KINDS:
            raise Invalid(f"Unknown kind of meeting {self.kind!r}.", field="kind")
        Classification(self.classification)
        zone(self.time_zone)
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise Invalid(
                "The meeting ends before it starts.", code=Code.ENDS_BEFORE_START, field="ends_at"
            )
        if not 1 <= self.lease_days <= MAX_LEASE_DAYS:
            raise Invalid(
                "The offline lease must be between 1 and 365 days.",
                code=Code.LEASE_OUT_OF_RANGE,
                field="lease_days",
            )
        return replace(self, title=title)


def form_of(meeting: Meeting) -> MeetingForm:
    return MeetingForm(
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        classification=meeting.classification,
        lease_days=meeting.lease_days,
        time_zone=meeting.time_zone or DEFAULT_TIME_ZONE,
        status=meeting.status,
    )


def _fill(meeting: Meeting, form: MeetingForm) -> None:
    meeting.title = form.title
    meeting.kind = form.kind
    meeting.starts_at = form.starts_at
    meeting.ends_at = form.ends_at
    meeting.location = form.location.strip()
    meeting.classification = form.classification
    meeting.lease_days = form.lease_days
    meeting.time_zone = form.time_zone


class MeetingEditor:
    """Meetings as the secretariat changes them (local store, no network)."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    # --- who may ---------------------------------------------------------------------------

    def may_create(self) -> bool:
        """Only the secretariat creates meetings (the store refuses anyone else)."""
        person_id = self._writer.person_id
        if not person_id:
            return False
        with Session(self._engine) as session:
            return actor_in_meeting(session, person_id, "").global_role is GlobalRole.SECRETARIAT

    def _require(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may change this meeting.",
        )

    # --- reading ---------------------------------------------------------------------------

    def form(self, meeting_id: str) -> MeetingForm:
        with Session(self._engine) as session:
            return form_of(self._require(session, meeting_id))

    # --- writing ---------------------------------------------------------------------------

    def create(self, form: MeetingForm) -> str:
        """A new draft meeting; returns its id."""
        if not self.may_create():
            raise Forbidden("Only the secretariat may create meetings.")
        meeting = Meeting(id=new_id(), status="draft")
        _fill(meeting, form.checked())
        self._writer.save(meeting)
        return meeting.id

    def update(self, meeting_id: str, form: MeetingForm) -> str:
        """Save the editor's fields on top of the version this laptop holds; returns the id."""
        checked = form.checked()
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
        _fill(meeting, checked)
        self._writer.save(meeting)
        return meeting_id

    def set_status(self, meeting_id: str, status: str) -> None:
        """Move the meeting along draft → review → published (the store checks the rest)."""
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
        meeting.status = status
        self._writer.save(meeting)

    def cancel(self, meeting_id: str) -> None:
        """Cancel the meeting: a tombstone, which every laptop holding it receives."""
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
        self._writer.save(meeting, deleted=True)

    def copy(self, source_id: str, form: MeetingForm) -> str:
        """A new draft with ``form``'s fields and ``source_id``'s agenda and participants."""
        if not self.may_create():
            raise Forbidden("Only the secretariat may create meetings.")
        meeting = Meeting(id=new_id(), status="draft")
        _fill(meeting, form.checked())
        with Session(self._engine) as session:
            self._require(session, source_id)
            rows: list[Synced] = [meeting]
            rows += _copied_people(session, source_id, meeting.id)
            rows += _copied_agenda(session, source_id, meeting.id)
        self._writer.save_many(rows)  # meeting first: the store checks a record's meeting
        return meeting.id


def _copied_people(session: Session, source_id: str, meeting_id: str) -> list[Synced]:
    rows = session.scalars(
        select(Participant).where(
            Participant.meeting_id == source_id, Participant.deleted.is_(False)
        )
    ).all()
    return [
        Participant(id=new_id(), meeting_id=meeting_id, person_id=p.person_id, role=p.role)
        for p in rows
    ]


def _copied_agenda(session: Session, source_id: str, meeting_id: str) -> list[Synced]:
    """The agenda under new ids, parents before children (the order the store needs)."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == source_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position)
    ).all()
    new_ids = {item.id: new_id() for item in items}
    by_parent: dict[str | None, list[AgendaItem]] = {}
    for item in items:
        parent = item.parent_id if item.parent_id in new_ids else None
        by_parent.setdefault(parent, []).append(item)
    out: list[Synced] = []
    pending: list[str | None] = [None]
    while pending:
        parent = pending.pop(0)
        for item in by_parent.get(parent, []):
            out.append(
                AgendaItem(
                    id=new_ids[item.id],
                    meeting_id=meeting_id,
                    parent_id=new_ids[parent] if parent else None,
                    position=item.position,
                    title=item.title,
                    presenter=item.presenter,
                    duration_min=item.duration_min,
                )
            )
            pending.append(item.id)
    return out
