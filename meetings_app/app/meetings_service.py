"""What the meeting list shows: meetings grouped into upcoming, past and written opinions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.domain.enums import MeetingKind, MeetingStatus
from meetings_app.domain.models import DEFAULT_TIME_ZONE, Document, Meeting, Poll

#: A written-opinion deadline closer than this is highlighted.
DEADLINE_SOON = dt.timedelta(hours=48)


class MeetingGroup(Enum):
    UPCOMING = "upcoming"
    WRITTEN_OPINION = "written_opinion"
    PAST = "past"


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meeting list; plain data, safe to hand to the UI thread."""

    id: str
    title: str
    kind: str
    group: MeetingGroup
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    location: str
    status: str
    classification: str
    deadline: dt.datetime | None
    """For a written-opinion request: when its earliest open ballot closes."""
    documents: int
    time_zone: str = DEFAULT_TIME_ZONE
    """The zone the meeting's times are shown in (``Meeting.time_zone``)."""

    def deadline_state(self, now: dt.datetime) -> str:
        """``"none"``, ``"overdue"``, ``"soon"`` (within :data:`DEADLINE_SOON`) or ``"later"``."""
        if self.deadline is None:
            return "none"
        if self.deadline <= now:
            return "overdue"
        if self.deadline - now <= DEADLINE_SOON:
            return "soon"
        return "later"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MeetingsService:
    """Reads meetings from the local store (never the network: it works offline)."""

    def __init__(self, engine: Engine, now: Callable[[], dt.datetime] = _now) -> None:
        self._engine = engine
        self._now = now

    def list_meetings(self) -> list[MeetingSummary]:
        """Every meeting this laptop holds, upcoming first (soonest first), then past."""
        now = self._now()
        with Session(self._engine) as session:
            meetings = session.scalars(select(Meeting).where(Meeting.deleted.is_(False))).all()
            polls = session.scalars(
                select(Poll).where(Poll.deleted.is_(False), Poll.state != "closed")
            ).all()
            docs = session.scalars(select(Document).where(Document.deleted.is_(False))).all()
        deadlines: dict[str, dt.datetime] = {}
        for poll in polls:
            if poll.closes_at is None:
                continue
            best = deadlines.get(poll.meeting_id)
            if best is None or poll.closes_at < best:
                deadlines[poll.meeting_id] = poll.closes_at
        doc_counts: dict[str, int] = {}
        for doc in docs:
            doc_counts[doc.meeting_id] = doc_counts.get(doc.meeting_id, 0) + 1
        rows = [
            self._summary(m, now, deadlines.get(m.id), doc_counts.get(m.id, 0)) for m in meetings
        ]
        order = {MeetingGroup.UPCOMING: 0, MeetingGroup.WRITTEN_OPINION: 1, MeetingGroup.PAST: 2}
        far = dt.datetime.max.replace(tzinfo=dt.UTC)

        def key(row: MeetingSummary) -> tuple[int, float]:
            when = row.deadline or row.starts_at or far
            stamp = when.timestamp() if when is not far else float("inf")
            # Past meetings: newest first.
            return (order[row.group], -stamp if row.group is MeetingGroup.PAST else stamp)

        return sorted(rows, key=key)

    def get(self, meeting_id: str) -> MeetingSummary | None:
        return next((m for m in self.list_meetings() if m.id == meeting_id), None)

    @staticmethod
    def _summary(
        meeting: Meeting, now: dt.datetime, deadline: dt.datetime | None, documents: int
    ) -> MeetingSummary:
        if meeting.kind == MeetingKind.WRITTEN_OPINION:
            group = MeetingGroup.WRITTEN_OPINION
            if meeting.status == "closed" or (deadline is None and _ended(meeting, now)):
                group = MeetingGroup.PAST
            deadline = deadline or meeting.ends_at
        elif meeting.status == "closed" or _ended(meeting, now):
            group = MeetingGroup.PAST
        else:
            group = MeetingGroup.UPCOMING
        return MeetingSummary(
            id=meeting.id,
            title=meeting.title,
            kind=meeting.kind,
            group=group,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            location=meeting.location,
            status=meeting.status,
            classification=meeting.classification,
            deadline=deadline if meeting.kind == MeetingKind.WRITTEN_OPINION else None,
            documents=documents,
            time_zone=meeting.time_zone or DEFAULT_TIME_ZONE,
        )


def _ended(meeting: Meeting, now: dt.datetime) -> bool:
    if meeting.status == MeetingStatus.IN_PROGRESS:
        return False
    end = meeting.ends_at or meeting.starts_at
    return end is not None and end < now
