"""The secretariat's outputs by kind and meeting, from the laptop's own rows.

:class:`~meetings_app.app.reports.ReportsService` renders; this module chooses what each
kind is made of for a meeting (which poll, which draft) and finds the meeting a script
means by ``next`` or ``last``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.kinds import REGISTER_KINDS, REPORT_KINDS
from meetings_app.app.reports import ReportsService
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.domain.models import Document, Meeting, Poll


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OutputsService:
    """``build(kind, meeting_id)`` → PDF bytes (blocking: the UI runs it on its worker)."""

    def __init__(
        self, engine: Engine, reports: ReportsService, now: Callable[[], dt.datetime] = _now
    ) -> None:
        self._engine = engine
        self.reports = reports
        self._now = now

    def build(self, kind: str, meeting_id: str, issue: bool = False) -> bytes:
        """The report as it stands: numbered and dated once issued, a draft before.
        ``issue`` asks the store for its number first (``NUMBER_PENDING`` until the answer
        arrives; the meeting pack is never issued)."""
        if kind not in REPORT_KINDS:
            raise Invalid(f"Unknown report {kind!r}.", code=Code.REPORT_KIND_UNKNOWN, kind=kind)
        if kind == "agenda":
            return self.reports.agenda_booklet(meeting_id, issue)
        if kind == "pack":
            return self.reports.meeting_pack(meeting_id).pdf
        if kind == "minutes":
            return self.reports.minutes(meeting_id, issue)
        if kind == "ballots":
            return self.reports.ballot_results(self._closed_poll(meeting_id), issue)
        return self.reports.opinion_table(self._draft(meeting_id), issue=issue)

    def issued(self, kind: str, meeting_id: str) -> bool:
        """Whether the report has its number from the store (the pack never has one)."""
        if kind not in REGISTER_KINDS:
            return False
        subject = self._subject(kind, meeting_id)
        line = self.reports.line(REGISTER_KINDS[kind], subject)
        return line is not None and line.number is not None

    def _subject(self, kind: str, meeting_id: str) -> str:
        """The record a report's register line is for (its meeting, poll or draft version)."""
        if kind == "ballots":
            return self._closed_poll(meeting_id)
        if kind == "opinions":
            with Session(self._engine) as session:
                doc = session.get(Document, self._draft(meeting_id))
                return doc.current_version_id or "" if doc else ""
        return meeting_id

    def _closed_poll(self, meeting_id: str) -> str:
        with Session(self._engine) as session:
            poll = session.scalar(
                select(Poll)
                .where(Poll.meeting_id == meeting_id, Poll.deleted.is_(False))
                .where(Poll.state == "closed")
                .order_by(Poll.closes_at.desc())
            )
        if poll is None:
            raise NotFound(
                "No vote of this meeting has been closed yet.", code=Code.POLL_NOT_CLOSED
            )
        return poll.id

    def _draft(self, meeting_id: str) -> str:
        """The draft the opinions are on: the meeting's first document (by title)."""
        with Session(self._engine) as session:
            doc = session.scalar(
                select(Document)
                .where(Document.meeting_id == meeting_id, Document.deleted.is_(False))
                .where(Document.current_version_id.is_not(None))
                .order_by(Document.title)
            )
        if doc is None:
            raise NotFound("This meeting has no draft document.", code=Code.NO_DRAFT)
        return doc.id

    def resolve(self, selector: str) -> str:
        """A meeting id from an id, ``next`` (the next meeting to start) or ``last`` (the
        most recent that has started); written-opinion requests are named by id only.
        ``NOT_FOUND`` when there is none."""
        now = self._now()
        with Session(self._engine) as session:
            meetings = session.scalars(
                select(Meeting).where(Meeting.deleted.is_(False), Meeting.starts_at.is_not(None))
            ).all()
            if selector not in ("next", "last"):
                found = session.get(Meeting, selector)
                if found is None or found.deleted:
                    raise NotFound(f"There is no meeting {selector} on this laptop.")
                return found.id
        timed = [
            (m.starts_at, m.id) for m in meetings if m.starts_at is not None and m.kind == "meeting"
        ]
        if selector == "next":
            later = sorted(t for t in timed if t[0] >= now)
            chosen = later[0][1] if later else None
        else:
            earlier = sorted(t for t in timed if t[0] < now)
            chosen = earlier[-1][1] if earlier else None
        if chosen is None:
            raise NotFound(f"There is no {selector} meeting on this laptop.")
        return chosen
