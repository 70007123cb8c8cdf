"""The demo meeting, seeded into a central store: people, agenda, documents, polls.

Everything comes from :mod:`meetings_app.documents.demo_content` (the same data the demo
PDFs are generated from). Dates are moved so the meeting is always a few days ahead of
today and the written-opinion request still open, whenever the demo is run.
Seeding is idempotent: a store that already has the demo chair is left as it is.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.documents import demo_content as demo
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    AgendaItem,
    Ballot,
    BlobRecord,
    Credential,
    Document,
    DocumentVersion,
    Meeting,
    Participant,
    Person,
    Poll,
    Synced,
)
from meetings_app.security.passwords import hash_password
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import session_factory
from meetings_app.store.feed import record_server_change, write_session

log = logging.getLogger(__name__)

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
DEFAULT_PASSWORD = "demo"
PASSWORD_ENV = "MEETINGS_DEMO_PASSWORD"
SECRETARIAT_USER = "vpcp.chuyenvien"
SECRETARIAT_NAME = "Nguyễn Thị Lan"
SECRETARIAT_TITLE = "Chuyên viên Văn phòng Chính phủ"


@dataclass
class SeedReport:
    """What a seed run did, for the command line to print."""

    created: bool
    people: list[demo.DemoPerson] = field(default_factory=list)
    meetings: int = 0
    documents: int = 0


def _shift() -> dt.timedelta:
    """Move the demo so the meeting starts five days from today, at its planned hour."""
    today = dt.datetime.now(VIETNAM).date()
    return dt.datetime.combine(today + dt.timedelta(days=5), dt.time()) - dt.datetime.combine(
        demo.DEMO_MEETING.starts_at.date(), dt.time()
    )


def _at(naive: dt.datetime, shift: dt.timedelta) -> dt.datetime:
    return (naive + shift).replace(tzinfo=VIETNAM)


class _Seeder:
    """Builds the demo rows in one session; every row goes through the server's write path."""

    def __init__(self, session: Session, blobs: BlobStore, pdf_dir: Path, password: str) -> None:
        self.session = session
        self.blobs = blobs
        self.pdf_dir = pdf_dir
        self.password_hash = hash_password(password)
        self.shift = _shift()
        self.people: dict[str, Person] = {}
        self.items: dict[str, AgendaItem] = {}

    def add(self, row: Synced) -> None:
        record_server_change(self.session, row)

    def seed_people(self) -> None:
        now = dt.datetime.now(dt.UTC)
        everyone = [
            *demo.DEMO_PEOPLE,
            demo.DemoPerson(SECRETARIAT_USER, SECRETARIAT_NAME, SECRETARIAT_TITLE, "secretary"),
        ]
        for p in everyone:
            role = "secretariat" if p.username == SECRETARIAT_USER else "user"
            person = Person(
                id=new_id(), username=p.username, full_name=p.full_name, title=p.title, role=role
            )
            self.add(person)
            self.session.add(
                Credential(person_id=person.id, password_hash=self.password_hash, changed_at=now)
            )
            self.people[p.username] = person

    def seed_meeting(self) -> Meeting:
        m = demo.DEMO_MEETING
        meeting = Meeting(
            id=new_id(),
            title=m.title,
            kind="meeting",
            location=m.place,
            status="published",
            classification="internal",
            starts_at=_at(m.starts_at, self.shift),
            ends_at=_at(m.ends_at, self.shift),
            lease_days=14,
        )
        self.add(meeting)
        self._participants(meeting, {p.username: p.role for p in demo.DEMO_PEOPLE})
        self._agenda(meeting, demo.DEMO_AGENDA, parent=None)
        return meeting

    def _participants(self, meeting: Meeting, roles: Mapping[str, str]) -> None:
        for username, role in roles.items():
            self.add(
                Participant(
                    id=new_id(),
                    meeting_id=meeting.id,
                    person_id=self.people[username].id,
                    role=role,
                )
            )

    def _agenda(
        self, meeting: Meeting, items: Iterable[demo.DemoAgendaItem], parent: str | None
    ) -> None:
        for position, spec in enumerate(items):
            presenter = demo.person(spec.presenter).title if spec.presenter else ""
            item = AgendaItem(
                id=new_id(),
                meeting_id=meeting.id,
                parent_id=parent,
                position=position,
                title=spec.title,
                presenter=presenter,
                duration_min=spec.duration_minutes,
            )
            self.add(item)
            self.items[spec.key] = item
            self._agenda(meeting, spec.children, parent=item.id)

    def seed_documents(self, meeting: Meeting, pdfs: dict[str, Path]) -> int:
        """Every demo PDF under its agenda item; confidential ones to named recipients only."""
        named = [self.people["thutuong"].id, self.people["bt.taichinh"].id]
        for spec in demo.DEMO_DOCUMENTS:
            recipients = named if spec.classification == "confidential" else []
            self.add_document(
                meeting, self.items[spec.agenda_key].id, spec, pdfs[spec.key], recipients
            )
        return len(demo.DEMO_DOCUMENTS)

    def add_document(
        self,
        meeting: Meeting,
        item_id: str | None,
        spec: demo.DemoDocSpec,
        pdf: Path,
        recipients: list[str],
    ) -> Document:
        """A document with its first version, its blob stored and registered."""
        sha, size = self.blobs.put_stream(_chunks(pdf))
        if self.session.get(BlobRecord, sha) is None:
            self.session.add(BlobRecord(sha256=sha, size=size, created_at=dt.datetime.now(dt.UTC)))
        doc = Document(
            id=new_id(),
            meeting_id=meeting.id,
            agenda_item_id=item_id,
            title=spec.title,
            classification=spec.classification,
            recipients=recipients,
            policy={
                "view": True,
                "print": spec.classification != "confidential",
                "export": spec.classification == "public",
            },
        )
        version = DocumentVersion(
            id=new_id(),
            document_id=doc.id,
            number=1,
            blob_sha256=sha,
            size=size,
            pages=_page_count(pdf),
            filename=spec.filename,
        )
        doc.current_version_id = version.id
        self.add(doc)
        self.add(version)
        return doc

    def seed_polls(self, meeting: Meeting, written: Meeting) -> None:
        for spec in demo.DEMO_POLLS:
            host = written if spec.kind == "written" else meeting
            options = [{"id": f"o{i + 1}", "label": label} for i, label in enumerate(spec.options)]
            self.add(
                Poll(
                    id=new_id(),
                    meeting_id=host.id,
                    agenda_item_id=None
                    if spec.kind == "written"
                    else self.items[spec.agenda_key].id,
                    question=spec.question,
                    options=options,
                    secret=spec.secret,
                    opens_at=dt.datetime.now(dt.UTC) if spec.kind == "written" else None,
                    closes_at=_at(spec.deadline, self.shift) if spec.deadline else None,
                    state="open" if spec.kind == "written" else "draft",
                )
            )

    def seed_written_request(self, meeting: Meeting) -> Meeting:
        """The written-opinion request ("phiếu lấy ý kiến") on the draft decree."""
        poll = next(p for p in demo.DEMO_POLLS if p.kind == "written")
        deadline = _at(poll.deadline, self.shift) if poll.deadline else None
        written = Meeting(
            id=new_id(),
            title=poll.question,
            kind="written_opinion",
            status="published",
            classification="internal",
            starts_at=dt.datetime.now(dt.UTC),
            ends_at=deadline,
            location="",
            lease_days=14,
        )
        self.add(written)
        voters = {p.username: p.role for p in demo.DEMO_PEOPLE if p.role != "observer"}
        self._participants(written, voters)
        return written

    def seed_past_meeting(self) -> None:
        """Last month's session, closed, with a closed open-ballot poll and its result."""
        m = demo.DEMO_MEETING
        start = _at(m.starts_at, self.shift) - dt.timedelta(days=30)
        past = Meeting(
            id=new_id(),
            title=m.title.replace("tháng 11", "tháng 10"),
            kind="meeting",
            location=m.place,
            status="closed",
            classification="internal",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=4),
            lease_days=14,
        )
        self.add(past)
        roles = {p.username: p.role for p in demo.DEMO_PEOPLE}
        self._participants(past, roles)
        options = [{"id": "o1", "label": "Tán thành"}, {"id": "o2", "label": "Không tán thành"}]
        poll = Poll(
            id=new_id(),
            meeting_id=past.id,
            question="Thông qua Nghị quyết phiên họp tháng 10",
            options=options,
            secret=False,
            opens_at=start,
            closes_at=start + dt.timedelta(hours=3),
            state="closed",
        )
        voters = [u for u, r in roles.items() if r in ("chair", "member")]
        poll.results = {
            "counts": {"o1": len(voters) - 1, "o2": 1},
            "cast": len(voters),
            "eligible": len(voters),
        }
        self.add(poll)
        for i, username in enumerate(voters):
            self.add(
                Ballot(
                    id=new_id(),
                    poll_id=poll.id,
                    voter_id=self.people[username].id,
                    option_id="o2" if i == len(voters) - 1 else "o1",
                    comment="",
                    cast_at=start + dt.timedelta(hours=2),
                )
            )


def _chunks(path: Path, size: int = 1 << 20) -> Iterable[bytes]:
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(size), b"")


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def is_seeded(engine: Engine) -> bool:
    """True when the demo chair already exists."""
    with session_factory(engine)() as session:
        return session.scalar(select(Person.id).where(Person.username == "thutuong")) is not None


def seed_demo(
    engine: Engine, blobs: BlobStore, password: str = DEFAULT_PASSWORD, pdf_dir: Path | None = None
) -> SeedReport:
    """Seed the demo meeting into a migrated central store, in one transaction.

    The demo PDFs are generated (once) into ``pdf_dir`` (default: next to the blobs).
    """
    if is_seeded(engine):
        return SeedReport(created=False, people=list(demo.DEMO_PEOPLE))
    from meetings_app.documents.demo_pack import write_demo_pack

    folder = pdf_dir or blobs.root.parent / "demo-pdfs"
    pdfs = write_demo_pack(folder)
    with write_session(engine) as session:
        seeder = _Seeder(session, blobs, folder, password)
        seeder.seed_people()
        meeting = seeder.seed_meeting()
        documents = seeder.seed_documents(meeting, pdfs)
        written = seeder.seed_written_request(meeting)
        decree = demo.DEMO_DOCUMENTS[0]
        seeder.add_document(written, None, decree, pdfs[decree.key], [])
        seeder.seed_polls(meeting, written)
        seeder.seed_past_meeting()
    log.info("seeded the demo meeting with %d documents", documents)
    return SeedReport(created=True, people=list(demo.DEMO_PEOPLE), meetings=3, documents=documents)


def demo_password() -> str:
    """``demo`` unless ``MEETINGS_DEMO_PASSWORD`` says otherwise."""
    return os.environ.get(PASSWORD_ENV) or DEFAULT_PASSWORD


def accounts_text(password: str) -> str:
    """The demo accounts as printed on the terminal (and listed in the README)."""
    roles = {
        "chair": "chủ toạ",
        "secretary": "thư ký",
        "member": "thành viên",
        "observer": "quan sát",
    }
    lines = [f"Demo accounts (password: {password}):"]
    for person in demo.DEMO_PEOPLE:
        lines.append(
            f"  {person.username:<16} {roles[person.role]:<11} {person.full_name}, {person.title}"
        )
    lines.append(
        f"  {SECRETARIAT_USER:<16} {'văn phòng':<11} {SECRETARIAT_NAME}, {SECRETARIAT_TITLE}"
    )
    return "\n".join(lines)
