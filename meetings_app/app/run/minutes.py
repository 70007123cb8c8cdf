"""Minutes per agenda item: prefilled from the meeting, edited by the secretary, approved
by the chair, published to every participant.

The prefill gathers what the laptop holds of the item: its presenter, who attended
(recorded present, or connected when asked), the speakers in the order they spoke with
their time, and the votes on the item with their results. Every write goes through the
outbox; the store checks who may move the minutes where (``domain.minutes_flow``).
The text uses the reports engine's plain format (``# Heading``, ``- line``), so the PDF
of the minutes (``ReportsService.minutes``) is made from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.run.attendance import AttendanceService
from meetings_app.app.run.live_votes import LiveVotesService
from meetings_app.app.run.speakers import SpeakerQueueService
from meetings_app.domain.enums import MinutesState
from meetings_app.domain.errors import Forbidden, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.minutes_flow import required
from meetings_app.domain.models import AgendaItem, Minutes
from meetings_app.domain.rules import Action
from meetings_app.sync.local import pending_for


@dataclass(frozen=True)
class ItemMinutes:
    minutes_id: str | None
    agenda_item_id: str
    text: str
    state: str
    pending: bool
    may_write: bool
    may_approve: bool


class MinutesService:
    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        attendance: AttendanceService,
        speakers: SpeakerQueueService,
        votes: LiveVotesService,
    ) -> None:
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self._attendance = attendance
        self._speakers = speakers
        self._votes = votes

    def get(self, meeting_id: str, item_id: str) -> ItemMinutes:
        with Session(self._engine) as session:
            row = self._row(session, meeting_id, item_id)
            may_write = person_may(session, self.person_id, meeting_id, Action.PUBLISH_MINUTES)
            may_approve = person_may(session, self.person_id, meeting_id, Action.APPROVE_MINUTES)
            pending = row is not None and pending_for(session, row.id)
        if row is None:
            return ItemMinutes(None, item_id, "", MinutesState.DRAFT, False, may_write, may_approve)
        return ItemMinutes(row.id, item_id, row.text, row.state, pending, may_write, may_approve)

    def prefill(self, meeting_id: str, item_id: str) -> str:
        """A first text for the item's minutes from what happened in the meeting."""
        with Session(self._engine) as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("This agenda item is not on this computer.")
        roll = self._attendance.roll(meeting_id)
        present = [a.name for a in roll.attendees if a.present]
        lines = [f"# {item.title}", ""]
        if item.presenter:
            lines += [f"Cơ quan trình bày: {item.presenter}", ""]
        lines += [f"Thành phần tham dự ({len(present)}): {', '.join(present)}", ""]
        spoke = [s for s in self._speakers.queue(meeting_id, item_id) if s.state == "done"]
        if spoke:
            lines += ["# Ý kiến phát biểu", ""]
            lines += [
                f"- {s.name} ({int(s.spoken_s // 60)}:{int(s.spoken_s % 60):02d})" for s in spoke
            ]
            lines.append("")
        votes = [
            v for v in self._votes.votes(meeting_id) if v.agenda_item_id == item_id and v.counts
        ]
        if votes:
            lines += ["# Kết quả biểu quyết", ""]
            for vote in votes:
                counts = "; ".join(f"{label}: {n}" for label, n in vote.counts)
                outcome = f"thông qua: {vote.adopted}" if vote.adopted else "không được thông qua"
                lines.append(f"- {vote.question}: {counts} ({outcome})")
            lines.append("")
        lines += ["# Kết luận", "", ""]
        return "\n".join(lines)

    def save(self, meeting_id: str, item_id: str, text: str) -> ItemMinutes:
        """Save the text as a draft (an approved text edited again needs a new approval)."""
        self._move(meeting_id, item_id, MinutesState.DRAFT, text)
        return self.get(meeting_id, item_id)

    def approve(self, meeting_id: str, item_id: str) -> ItemMinutes:
        self._move(meeting_id, item_id, MinutesState.APPROVED, None)
        return self.get(meeting_id, item_id)

    def publish(self, meeting_id: str, item_id: str) -> ItemMinutes:
        self._move(meeting_id, item_id, MinutesState.PUBLISHED, None)
        return self.get(meeting_id, item_id)

    def _move(self, meeting_id: str, item_id: str, target: str, text: str | None) -> None:
        with Session(self._engine) as session:
            row = self._row(session, meeting_id, item_id)
            if row is not None:
                session.expunge(row)
            needs = required(row.state if row else MinutesState.DRAFT, target)
            action = Action.APPROVE_MINUTES if needs == "approve" else Action.PUBLISH_MINUTES
            if not person_may(session, self.person_id, meeting_id, action):
                raise Forbidden("The secretary writes and publishes minutes; the chair approves.")
        if row is None:
            row = Minutes(id=new_id(), version=0, meeting_id=meeting_id, agenda_item_id=item_id)
        if text is not None:
            row.text = text
        row.state = target
        self._writer.save(row)

    @staticmethod
    def _row(session: Session, meeting_id: str, item_id: str) -> Minutes | None:
        return session.scalar(
            select(Minutes).where(
                Minutes.meeting_id == meeting_id,
                Minutes.agenda_item_id == item_id,
                Minutes.deleted.is_(False),
            )
        )
