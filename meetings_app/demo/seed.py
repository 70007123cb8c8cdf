"""The demo meetings, seeded into a central store through the store's own write path.

Everything comes from :mod:`~meetings_app.demo.content` (the same data the demo PDFs are
generated from) and :mod:`~meetings_app.demo.story` (what happened last month):

* the upcoming session, published and ready to be run live (participants with chair and
  secretary, agenda, documents, its vote in draft for the chair to open);
* the written-opinion request on the draft decree, published and open until its deadline,
  answered by two members so far;
* last month's session, complete (see :mod:`~meetings_app.demo.past_meeting`).

Dates are moved so the upcoming session always starts five days from today. Seeding is
idempotent: a store that already has the demo chair is left as it is.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.demo import content as demo
from meetings_app.demo import story
from meetings_app.demo.ballots import BallotSigner
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    AgendaItem,
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


class Seeder:
    """Writes demo rows in one session; every row goes through the store's write path."""

    def __init__(self, session: Session, blobs: BlobStore, password: str) -> None:
        self.session = session
        self.blobs = blobs
        self.password_hash = hash_password(password)
        self.shift = _shift()
        self.people: dict[str, Person] = {}
        self.ballots = BallotSigner(self)
        """Signs every seeded ballot, one registered device per voter."""

    def at(self, naive: dt.datetime) -> dt.datetime:
        """A demo date (Vietnam time, as written in the content) moved to this week."""
        return (naive + self.shift).replace(tzinfo=VIETNAM)

    def add(self, row: Synced, actor: str | None = None) -> None:
        """Store a row as the store stores its own writes (version, stamp, feed entry)."""
        record_server_change(self.session, row, actor_id=self.people[actor].id if actor else None)

    def seed_people(self) -> None:
        now = dt.datetime.now(dt.UTC)
        for p in demo.DEMO_ACCOUNTS:
            role = "secretariat" if p.role == "secretariat" else "user"
            person = Person(
                id=new_id(), username=p.username, full_name=p.full_name, title=p.title, role=role
            )
            self.add(person)
            self.session.add(
                Credential(person_id=person.id, password_hash=self.password_hash, changed_at=now)
            )
            self.people[p.username] = person

    def add_meeting(self, spec: demo.DemoMeeting, *, status: str, present: bool = False) -> Meeting:
        """A meeting with every demo participant in their role."""
        meeting = Meeting(
            id=new_id(),
            title=spec.title,
            kind="meeting",
            location=spec.place,
            status=status,
            classification="internal",
            starts_at=self.at(spec.starts_at),
            ends_at=self.at(spec.ends_at),
            lease_days=14,
        )
        self.add(meeting, "vpcp.chuyenvien")
        self.add_participants(meeting, demo.DEMO_PEOPLE, present=present)
        return meeting

    def add_participants(
        self, meeting: Meeting, people: Iterable[demo.DemoPerson], *, present: bool = False
    ) -> None:
        for p in people:
            row = Participant(
                id=new_id(),
                meeting_id=meeting.id,
                person_id=self.people[p.username].id,
                role=p.role,
                present=present,
            )
            self.add(row, "vpcp.chuyenvien")

    def add_agenda(
        self, meeting: Meeting, items: Iterable[demo.DemoAgendaItem], parent: str | None = None
    ) -> dict[str, AgendaItem]:
        """The agenda tree of a meeting; returns every item by its demo key."""
        added: dict[str, AgendaItem] = {}
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
            self.add(item, "vpcp.chuyenvien")
            added[spec.key] = item
            added |= self.add_agenda(meeting, spec.children, parent=item.id)
        return added

    def add_document(
        self,
        meeting: Meeting,
        item_id: str | None,
        spec: demo.DemoDocSpec,
        pdf: Path,
        recipients: list[str],
    ) -> tuple[Document, DocumentVersion]:
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
            # Public and internal papers may be printed and exported (watermarked), so
            # the pack carries them; the confidential report stays in the app.
            policy={
                "view": True,
                "print": spec.classification != "confidential",
                "export": spec.classification != "confidential",
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
        self.add(doc, "vpcp.chuyenvien")
        self.add(version, "vpcp.chuyenvien")
        return doc, version

    def add_poll(
        self, meeting: Meeting, spec: demo.DemoPoll, item_id: str | None, state: str
    ) -> Poll:
        options = [{"id": f"o{i + 1}", "label": label} for i, label in enumerate(spec.options)]
        poll = Poll(
            id=new_id(),
            meeting_id=meeting.id,
            agenda_item_id=item_id,
            question=spec.question,
            options=options,
            secret=spec.secret,
            opens_at=dt.datetime.now(dt.UTC) if state == "open" else None,
            closes_at=self.at(spec.deadline) if spec.deadline else None,
            state=state,
        )
        self.add(poll, "vpcp.chuyenvien")
        return poll


def _seed_upcoming(seeder: Seeder, pdfs: dict[str, Path]) -> Meeting:
    """The session of next week, published and ready to be run live."""
    meeting = seeder.add_meeting(demo.DEMO_MEETING, status="published")
    items = seeder.add_agenda(meeting, demo.DEMO_AGENDA)
    named = [seeder.people["thutuong"].id, seeder.people["bt.taichinh"].id]
    for spec in demo.DEMO_DOCUMENTS:
        recipients = named if spec.classification == "confidential" else []
        seeder.add_document(meeting, items[spec.agenda_key].id, spec, pdfs[spec.key], recipients)
    vote = next(p for p in demo.DEMO_POLLS if p.kind == "in_meeting")
    seeder.add_poll(meeting, vote, items[vote.agenda_key].id, "draft")
    return meeting


def _seed_written_request(seeder: Seeder, pdfs: dict[str, Path]) -> Meeting:
    """The written-opinion request ("phiếu lấy ý kiến") on the draft decree: open, two
    members have answered (signed ballots), the others have not yet."""
    poll = next(p for p in demo.DEMO_POLLS if p.kind == "written")
    written = Meeting(
        id=new_id(),
        title=poll.question,
        kind="written_opinion",
        status="published",
        classification="internal",
        starts_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2),
        ends_at=seeder.at(poll.deadline) if poll.deadline else None,
        location="",
        lease_days=14,
    )
    seeder.add(written, "vpcp.chuyenvien")
    seeder.add_participants(written, [p for p in demo.DEMO_PEOPLE if p.role != "observer"])
    decree = demo.DEMO_DOCUMENTS[0]
    seeder.add_document(written, None, decree, pdfs[decree.key], [])
    request = seeder.add_poll(written, poll, None, "open")
    request.opens_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    for answer in story.WRITTEN_ANSWERS:
        when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=answer.after_seconds)
        seeder.ballots.cast(request, answer.username, answer.option, answer.comment, when)
    return written


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
    engine: Engine, blobs: BlobStore, password: str, pdf_dir: Path | None = None
) -> SeedReport:
    """Seed the demo meetings into a migrated central store, in one transaction.

    The demo PDFs are generated (once) into ``pdf_dir`` (default: next to the blobs).
    """
    if is_seeded(engine):
        return SeedReport(created=False, people=list(demo.DEMO_ACCOUNTS))
    from meetings_app.demo.past_meeting import seed_past_meeting
    from meetings_app.demo.pdfs import write_demo_pack

    pdfs = write_demo_pack(pdf_dir or blobs.root.parent / "demo-pdfs")
    with write_session(engine) as session:
        seeder = Seeder(session, blobs, password)
        seeder.seed_people()
        _seed_upcoming(seeder, pdfs)
        _seed_written_request(seeder, pdfs)
        seed_past_meeting(seeder, pdfs)
    documents = len(demo.DEMO_DOCUMENTS)
    log.info("seeded the demo meetings; the upcoming one has %d documents", documents)
    return SeedReport(
        created=True, people=list(demo.DEMO_ACCOUNTS), meetings=3, documents=documents
    )
