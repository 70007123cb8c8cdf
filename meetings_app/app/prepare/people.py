"""Participants of a meeting: the people directory, roles, substitutes, and a CSV import.

What must hold true:

* a participant is always a person of the directory (the store refuses anyone else);
  the secretariat adds people (:mod:`~meetings_app.app.prepare.people_editor`), their
  passwords are set by the administrators;
* an invitee sees only the agenda items listed on their participation (``items``);
* a substitute attends in a member's place: the substitute becomes a member with
  ``substitute_for`` naming the member, and the member an observer for this meeting (so a
  seat is never counted twice for the quorum or a vote); removing the substitute gives the
  member their seat back;
* a CSV import never writes a refused row; the preview says why each one is refused.
"""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass, replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.documents.textfold import fold
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Meeting, Participant, Person, Synced
from meetings_app.domain.rules import MeetingRole

ROLES = tuple(r.value for r in MeetingRole)
CSV_COLUMNS = ("name", "title", "unit", "username", "role")
#: What Vietnamese CSV files call the roles, beside the stored codes.
ROLE_WORDS = {
    "chủ trì": "chair",
    "thư ký": "secretary",
    "thành viên": "member",
    "khách mời": "invitee",
    "quan sát": "observer",
}

_ROLE_WORDS = {fold(word): code for word, code in ROLE_WORDS.items()}


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    title: str
    username: str
    unit: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    person_id: str
    full_name: str
    title: str
    role: str
    items: tuple[str, ...]
    substitute_for: str | None
    """The member's name this person attends for."""


@dataclass(frozen=True)
class CsvRow:
    """One line of an imported file and what the import makes of it."""

    line: int
    name: str
    title: str
    unit: str
    username: str
    role: str
    person_id: str | None = None
    problem: str = ""
    """Empty when the row is accepted; otherwise a stable code the UI explains:
    ``NO_USERNAME``, ``UNKNOWN_PERSON``, ``NAME_MISMATCH``, ``UNKNOWN_ROLE``, ``DUPLICATE``."""


class ParticipantsDesk:
    """Participants of meetings this person prepares, on the laptop store."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    def _require(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may change who attends this meeting.",
        )

    # --- reading ---------------------------------------------------------------------------

    def directory(self, query: str = "", limit: int = 200) -> list[PersonRow]:
        """People whose name, title (unit) or username contains every word of ``query``,
        ignoring case and Vietnamese diacritics."""
        wanted = fold(query).split()
        with Session(self._engine) as session:
            people = session.scalars(
                select(Person).where(Person.deleted.is_(False)).order_by(Person.full_name)
            ).all()
        found = [
            PersonRow(p.id, p.full_name, p.title, p.username, p.unit)
            for p in people
            if all(w in fold(f"{p.full_name} {p.title} {p.unit} {p.username}") for w in wanted)
        ]
        return found[:limit]

    def participants(self, meeting_id: str) -> list[ParticipantRow]:
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            rows = session.execute(
                select(Participant, Person)
                .join(Person, Person.id == Participant.person_id)
                .where(Participant.meeting_id == meeting_id, Participant.deleted.is_(False))
            ).all()
            names = {person.id: person.full_name for _part, person in rows}
            order = {role: i for i, role in enumerate(ROLES)}
            out = [
                ParticipantRow(
                    part.id,
                    person.id,
                    person.full_name,
                    person.title,
                    part.role,
                    tuple(part.items or ()),
                    names.get(part.substitute_for or "") if part.substitute_for else None,
                )
                for part, person in rows
            ]
            return sorted(out, key=lambda r: (order.get(r.role, 9), r.full_name))

    # --- writing ---------------------------------------------------------------------------

    def add(self, meeting_id: str, person_id: str, role: str) -> str:
        """Invite a person (or change their role if already invited); returns the row id."""
        _check_role(role)
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            row = self._row_of(session, meeting_id, person_id)
        row = row or Participant(id=new_id(), meeting_id=meeting_id, person_id=person_id)
        row.role = role
        self._writer.save(row)
        return row.id

    def set_role(self, participant_id: str, role: str) -> None:
        _check_role(role)
        row = self._participant(participant_id)
        row.role = role
        self._writer.save(row)

    def set_items(self, participant_id: str, item_ids: list[str]) -> None:
        """The agenda items an invitee attends (and so receives)."""
        row = self._participant(participant_id)
        row.items = list(item_ids)
        self._writer.save(row)

    def remove(self, participant_id: str) -> None:
        """Take a person off the meeting; a substitute's member gets their seat back."""
        row = self._participant(participant_id)
        rows: list[Synced] = []
        if row.substitute_for:
            with Session(self._engine) as session:
                member = self._row_of(session, row.meeting_id, row.substitute_for)
            if member is not None:
                member.role = "member"
                rows.append(member)
        self._writer.run(lambda s: _save_all(s, rows, [row]))

    def substitute(self, meeting_id: str, member_person_id: str, person_id: str) -> str:
        """``person_id`` attends in the member's place; returns the substitute's row id."""
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            member = self._row_of(session, meeting_id, member_person_id)
            existing = self._row_of(session, meeting_id, person_id)
        if member is None or member.role not in ("member", "chair"):
            raise Invalid("Only a member can be replaced by a substitute.", code=Code.NOT_A_MEMBER)
        if existing is not None and existing.role != "observer":
            raise Invalid("This person already attends the meeting.", code=Code.ALREADY_PARTICIPANT)
        sub = existing or Participant(id=new_id(), meeting_id=meeting_id, person_id=person_id)
        sub.role, sub.substitute_for = member.role, member_person_id
        member.role = "observer"
        self._writer.save_many([member, sub])
        return sub.id

    def _participant(self, participant_id: str) -> Participant:
        with Session(self._engine) as session:
            row = session.get(Participant, participant_id)
            if row is None or row.deleted:
                raise NotFound("This participant is not on this computer.", id=participant_id)
            self._require(session, row.meeting_id)
            return row

    @staticmethod
    def _row_of(session: Session, meeting_id: str, person_id: str) -> Participant | None:
        row = session.scalar(
            select(Participant).where(
                Participant.meeting_id == meeting_id, Participant.person_id == person_id
            )
        )
        if row is not None and row.deleted:
            row.deleted = False
            row.items = []
            row.substitute_for = None
        return row

    # --- CSV -------------------------------------------------------------------------------

    def preview_csv(self, text: str) -> list[CsvRow]:
        """Each data line of a participants file, accepted or refused with a reason."""
        with Session(self._engine) as session:
            people = {
                p.username.casefold(): p
                for p in session.scalars(select(Person).where(Person.deleted.is_(False)))
            }
        seen: set[str] = set()
        return [_judged(row, people, seen) for row in _csv_rows(text)]

    def import_rows(self, meeting_id: str, rows: list[CsvRow]) -> int:
        """Invite every accepted row with its role; refused rows are never written."""
        accepted = [r for r in rows if not r.problem and r.person_id]
        for row in accepted:
            self.add(meeting_id, row.person_id or "", row.role)
        return len(accepted)


def _save_all(session: Session, rows: list[Synced], gone: list[Synced]) -> None:
    from meetings_app.sync.local import record_change

    for row in rows:
        record_change(session, session.merge(row))
    for row in gone:
        record_change(session, session.merge(row), deleted=True)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise Invalid(f"Unknown role {role!r}.", code=Code.UNKNOWN_ROLE, role=role)


def _csv_rows(text: str) -> list[CsvRow]:
    """The file's rows (a header line naming the columns is optional; ``,`` or ``;``)."""
    dialect: type[csv.Dialect] = csv.excel
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    lines = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect))
    header = [fold(c).strip() for c in lines[0]] if lines else []
    named = set(CSV_COLUMNS) <= set(header)
    columns = header if named else list(CSV_COLUMNS)
    out: list[CsvRow] = []
    for number, cells in enumerate(lines[1:] if named else lines, start=2 if named else 1):
        if not any(c.strip() for c in cells):
            continue
        values = {
            col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(columns)
        }
        out.append(CsvRow(number, *(values.get(c, "") for c in CSV_COLUMNS)))
    return out


def _judged(row: CsvRow, people: dict[str, Person], seen: set[str]) -> CsvRow:
    role = _ROLE_WORDS.get(fold(row.role).strip(), row.role.strip().casefold())
    row = replace(row, role=role)
    if not row.username:
        return replace(row, problem="NO_USERNAME")
    person = people.get(row.username.casefold())
    if person is None:
        return replace(row, problem="UNKNOWN_PERSON")
    if row.name and fold(row.name) != fold(person.full_name):
        return replace(row, problem="NAME_MISMATCH")
    if role not in ROLES:
        return replace(row, problem="UNKNOWN_ROLE")
    if person.id in seen:
        return replace(row, problem="DUPLICATE")
    seen.add(person.id)
    return replace(row, person_id=person.id)
