"""Attendance and quorum for the person running the meeting.

Who is present: a participant whose laptop is connected now (the store knows it from
open event streams), or whom the secretary marked present by hand (someone on paper).
``participant.present`` is the attendance recorded for the minutes; it is written
through the outbox like every other change. The quorum counts the chair and members
against the meeting's rule (``domain.quorum``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.errors import AppError, Forbidden, NotFound
from meetings_app.domain.models import Meeting, Participant, Person
from meetings_app.domain.quorum import needed, quorum_reached
from meetings_app.domain.rules import Action, MeetingRole

#: Roles counted for the quorum (those who vote).
QUORUM_ROLES = frozenset({MeetingRole.CHAIR.value, MeetingRole.MEMBER.value})


@dataclass(frozen=True)
class Attendee:
    participant_id: str
    person_id: str
    name: str
    role: str
    connected: bool
    recorded: bool
    """``participant.present``: marked present (recorded for the minutes)."""

    @property
    def present(self) -> bool:
        return self.connected or self.recorded


@dataclass(frozen=True)
class Roll:
    meeting_id: str
    attendees: tuple[Attendee, ...]
    rule: str
    members: int
    present_members: int
    needed: int
    quorum: bool
    connected_known: bool
    """False when the store could not be asked (offline): only hand marks count."""


class AttendanceService:
    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        connected: Callable[[str], set[str]] | None = None,
    ) -> None:
        """``connected(meeting_id)`` asks the store who is connected (may raise offline)."""
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self._connected = connected

    def roll(self, meeting_id: str) -> Roll:
        """The roll call now (asks the store who is connected; offline, hand marks only)."""
        online: set[str] = set()
        known = False
        if self._connected is not None:
            try:
                online, known = self._connected(meeting_id), True
            except AppError:  # offline or refused: the hand-marked roll still stands
                known = False
        with Session(self._engine) as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("This meeting is not on this computer.")
            rows = session.scalars(
                select(Participant).where(
                    Participant.meeting_id == meeting_id, Participant.deleted.is_(False)
                )
            ).all()
            names = {
                p.id: p.full_name
                for p in session.scalars(
                    select(Person).where(Person.id.in_({r.person_id for r in rows}))
                )
            }
            rule = meeting.quorum
        attendees = tuple(
            sorted(
                (
                    Attendee(
                        r.id,
                        r.person_id,
                        names.get(r.person_id, ""),
                        r.role,
                        r.person_id in online,
                        r.present,
                    )
                    for r in rows
                ),
                key=lambda a: (a.role != MeetingRole.CHAIR.value, a.name),
            )
        )
        voters = [a for a in attendees if a.role in QUORUM_ROLES]
        present = sum(1 for a in voters if a.present)
        return Roll(
            meeting_id,
            attendees,
            rule,
            len(voters),
            present,
            needed(len(voters), rule),
            quorum_reached(present, len(voters), rule),
            known,
        )

    def mark(self, meeting_id: str, participant_ids: list[str], present: bool) -> None:
        """Record these participants present (or not) for the minutes."""
        with Session(self._engine) as session:
            if not person_may(session, self.person_id, meeting_id, Action.RUN_MEETING):
                raise Forbidden("Only the chair or the secretary records attendance.")
            rows = session.scalars(
                select(Participant).where(
                    Participant.id.in_(participant_ids), Participant.meeting_id == meeting_id
                )
            ).all()
            for row in rows:
                session.expunge(row)
        changed = [r for r in rows if r.present != present]
        for row in changed:
            row.present = present
        if changed:
            self._writer.save_many(list(changed))

    def record_connected(self, roll: Roll) -> None:
        """Record everyone connected now as present (the minutes' attendance)."""
        ids = [a.participant_id for a in roll.attendees if a.connected and not a.recorded]
        if ids:
            self.mark(roll.meeting_id, ids, True)
