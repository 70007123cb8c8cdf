"""Reports built from the laptop's own rows: agenda booklet, meeting pack, ballot results,
minutes and the consolidated-opinion table ("bảng tổng hợp ý kiến").

The documents engine renders (:mod:`meetings_app.documents.reports`, pure functions of plain
dataclasses); this service only maps local rows to those inputs, so what a report shows is
exactly what this laptop holds. How each mapping works, and why:

* **Times** are printed in Vietnam time (UTC+7), the zone of the official documents,
  whatever zone the laptop is set to (rows store UTC).
* **Number and date**: a report is a draft (number and date left blank) until it is
  issued (``issue=True``): the laptop asks the store for its line of the document register
  (entity ``register_entry``, :mod:`meetings_app.domain.register`) and the report carries
  "Số: 15/BB-VPCP" and the Vietnam date of issue once the store's answer has arrived
  (``NUMBER_PENDING`` until then, e.g. offline); a reprint keeps both. The issuer is the
  Government Office unless the service is told another.
* **Agenda**: live agenda items form a tree by ``parent_id`` ordered by ``position``; each
  item lists its live documents that have a current version (ordered by id, i.e. creation
  time, since ids are UUIDv7). Meeting roles map to the report's four: ``invitee`` shows as
  ``observer``; ``secret`` shows as ``confidential`` (the strictest banner reports know).
* **Meeting pack**: the booklet plus each attached document's current version, decrypted
  from the local cache, in agenda order. Every missing file is named in one
  ``NOT_DOWNLOADED`` error. A person who does not organise the meeting gets a pack only if
  each document's policy allows export (``EXPORT_FORBIDDEN`` otherwise): the pack is a copy
  that leaves the program.
* **Ballot results**: only for a poll the store has closed (``POLL_NOT_CLOSED`` before). A
  secret poll is reported from the store's tally alone (anonymous votes, no name exists on
  this laptop). An open poll lists the ballots the store sent at closing; if fewer arrived
  than the store counted, ``RESULTS_INCOMPLETE`` asks for a sync. Signature column: a
  ballot whose device key is on this laptop is verified here with Ed25519; otherwise a
  signed ballot counts as verified because the store refuses a ballot whose signature does
  not match its device; an unsigned one is shown as not verified.
* **Minutes**: from the meeting's Minutes row text. ``# Heading`` lines start sections;
  blank lines separate paragraphs; ``- item`` lines are paragraphs of their own. A section
  whose heading begins "Kết luận" or "Quyết định" holds the decisions. Chair and secretary
  sign.
* **Opinion table**: every visible annotation (mine, or shared with me) carrying a comment
  (non-empty ``text``, any kind) on one version of the draft, by default the current one.
  Its clause is the last "Điều N" heading at or before the mark in reading order, refined by
  the last "N." paragraph (khoản) after that heading. The mark is located by its quote (and
  context) in PDFium's page text, or, for a mark without findable text, by its top edge
  against the headings' positions. Comments before any article go to "Ý kiến chung". The
  drafting agency is the agency named in the title of the document's agenda-item presenter
  ("Bộ trưởng Bộ Tư pháp" → "Bộ Tư pháp"). Private notes are not
  anchored to clauses and never reach the secretariat, so they are not used.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

import pypdfium2 as pdfium
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import actor_in_meeting
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.reanchoring import to_mark
from meetings_app.documents import reports as r
from meetings_app.documents.export import watermarked
from meetings_app.documents.marks import InvalidMark
from meetings_app.documents.reports.ballot import SECRETARY_CAPACITY
from meetings_app.documents.reports.model import walk_agenda
from meetings_app.documents.watermark import WatermarkInfo
from meetings_app.domain.agencies import agency_of
from meetings_app.domain.ballots import DEFAULT_QUORUM, VOTING_ROLES, decide
from meetings_app.domain.clock import utc_now
from meetings_app.domain.codes import Code
from meetings_app.domain.collation import name_key
from meetings_app.domain.errors import AppError, Invalid, NotFound
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Device,
    Document,
    DocumentVersion,
    Meeting,
    Minutes,
    Participant,
    Person,
    Poll,
    RegisterEntry,
)
from meetings_app.domain.register import (
    GOVERNMENT_OFFICE,
    Issuer,
    draft_label,
    entry_id,
    issue_day,
    number_label,
    subject_of,
)
from meetings_app.domain.rules import Actor, DocumentUse, may_use_document
from meetings_app.security import signing

PdfReader = Callable[[str], bytes]
"""A version's decrypted PDF bytes (``DocumentsService.read_pdf``)."""

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
"""Indochina Time, the zone of every report (Vietnam keeps no daylight saving)."""
GENERAL = "Ý kiến chung"
OPENING = "Diễn biến phiên họp"
"""The heading of minutes text written before any ``# Heading``."""
_ROLES: dict[str, r.Role] = {
    "chair": "chair",
    "secretary": "secretary",
    "member": "member",
    "invitee": "observer",
    "observer": "observer",
}
_ROLE_ORDER = ("chair", "secretary", "member", "invitee", "observer")
_CLASSES: dict[str, r.Classification] = {
    "public": "public",
    "internal": "internal",
    "confidential": "confidential",
    "secret": "confidential",
}
_DECISION_HEADINGS = ("kết luận", "quyết định")
_ARTICLE = re.compile(r"^[ \t]*Điều[ \t]+(\d+)\b.*$", re.MULTILINE)
_CLAUSE = re.compile(r"^[ \t]*(\d+)\.[ \t]+\S.*$", re.MULTILINE)


class PollNotClosed(AppError):
    code = Code.POLL_NOT_CLOSED


def _classification(value: str) -> r.Classification:
    return _CLASSES.get(value, "internal")


class ReportsService:
    """Every report a secretariat or member may build from this laptop's store.

    Calls render PDFs (seconds for a large pack): the UI runs them on its worker.
    """

    def __init__(
        self,
        engine: Engine,
        read_pdf: PdfReader,
        person_id: str | None,
        now: Callable[[], dt.datetime] = utc_now,
        writer: LocalWriter | None = None,
        issuer: Issuer = GOVERNMENT_OFFICE,
    ) -> None:
        """``writer`` (the laptop's local write path) is needed only to issue reports."""
        self._engine = engine
        self._read_pdf = read_pdf
        self.person_id = person_id
        self._now = now
        self._writer = writer
        self._issuer = issuer

    def line(self, kind: str, subject_id: str) -> RegisterEntry | None:
        """This report's line of the register on this laptop (pulled from the store; a
        line without a number is a request still waiting for the store's answer)."""
        key = entry_id(self._issuer.symbol, subject_of(kind, subject_id))
        with Session(self._engine) as session:
            return session.get(RegisterEntry, key)

    def _header(self, kind: str, subject_id: str, meeting_id: str, issue: bool) -> r.DocumentHeader:
        """The heading of a report: its number and day of issue once the store gave them,
        whether or not this call issues it; a draft's blank number and date before.

        ``issue`` asks the store for a number when there is none: the request is saved
        with its outbox entry (sent at the next sync) and ``NUMBER_PENDING`` is raised
        until the store's line arrives. Only the store numbers, so two laptops never
        print one number on two documents."""
        issuer = self._issuer
        line = self.line(kind, subject_id)
        if line is None or line.number is None or line.issued_at is None:
            if issue:
                self._request_number(line, kind, subject_id, meeting_id)
            number = draft_label(kind, issuer.symbol)
            return r.DocumentHeader(issuer.name, issuer.parent, number, date=None)
        issued = dt.datetime.combine(issue_day(line.issued_at), dt.time(), VIETNAM)
        label = number_label(kind, line.number, issuer.symbol)
        return r.DocumentHeader(issuer.name, issuer.parent, label, date=issued)

    def _request_number(
        self, line: RegisterEntry | None, kind: str, subject_id: str, meeting_id: str
    ) -> None:
        if self._writer is None:
            raise ValueError("Issuing a report needs the laptop's local writer")
        if line is None:
            subject = subject_of(kind, subject_id)
            request = RegisterEntry(
                id=entry_id(self._issuer.symbol, subject),
                meeting_id=meeting_id,
                kind=kind,
                subject=subject,
                issuer=self._issuer.symbol,
            )
            self._writer.save(request)
        raise AppError(
            "The report's number has been asked of the store; it is issued when the store "
            "answers (at the next sync).",
            code=Code.NUMBER_PENDING,
        )

    # --- agenda booklet and meeting pack ------------------------------------------------

    def agenda_booklet(self, meeting_id: str, issue: bool = False) -> bytes:
        """The agenda booklet of a meeting as PDF bytes (numbered and dated if ``issue``)."""
        header = self._header("agenda", meeting_id, meeting_id, issue)
        with Session(self._engine) as session:
            meeting = _meeting(session, meeting_id, self._actor(session, meeting_id), header)
        return r.agenda_booklet(meeting)

    def meeting_pack(self, meeting_id: str) -> r.MeetingPack:
        """Booklet and attached documents merged in agenda order, with bookmarks.

        The pack is an export: a document this person may not export (every secret
        document, a confidential one without the export flag, one whose policy forbids
        it; :func:`~meetings_app.domain.rules.may_use_document`) is listed by its title,
        marked "not included", and none of its pages are in the pack. Every page of a
        document it carries bears the recipient watermark, as "Save annotated copy" does.
        """
        header = self._header("agenda", meeting_id, meeting_id, issue=False)  # the booklet's
        with Session(self._engine) as session:
            meeting = _meeting(session, meeting_id, self._actor(session, meeting_id), header)
            person = session.get(Person, self.person_id or "")
            recipient = person.full_name if person else (self.person_id or "")
        pdfs = self._pdfs(meeting)
        at = self._now()
        for entry in walk_agenda(meeting.agenda):
            for doc in entry.item.documents:
                if doc.key in pdfs:
                    info = WatermarkInfo(recipient, meeting.title, at, doc.classification)
                    pdfs[doc.key] = watermarked(pdfs[doc.key], info)
        return r.build_meeting_pack(meeting, pdfs)

    def _actor(self, session: Session, meeting_id: str) -> Actor:
        return actor_in_meeting(session, self.person_id or "", meeting_id)

    def _pdfs(self, meeting: r.Meeting) -> dict[str, bytes]:
        pdfs: dict[str, bytes] = {}
        missing: list[str] = []
        for entry in walk_agenda(meeting.agenda):
            for attached in entry.item.documents:
                if not attached.included:
                    continue
                try:
                    pdfs[attached.key] = self._read_pdf(attached.key)
                except AppError as exc:
                    if exc.code != Code.NOT_DOWNLOADED:
                        raise
                    missing.append(attached.title)
        if missing:
            raise AppError(
                "Some documents are not on this laptop yet: "
                + "; ".join(missing)
                + ". Sync, then build the pack again.",
                code=Code.NOT_DOWNLOADED,
                titles=missing,
            )
        return pdfs

    # --- ballot results -----------------------------------------------------------------

    def ballot_results(self, poll_id: str, issue: bool = False) -> bytes:
        """The results of a poll the store has closed, as PDF bytes (numbered and dated,
        from the register, if ``issue``)."""
        with Session(self._engine) as session:
            result = _ballot_result(session, poll_id)
            meeting_id = session.get(Poll, poll_id).meeting_id  # type: ignore[union-attr]
        header = self._header("ballot", poll_id, meeting_id, issue)
        return r.ballot_results(replace(result, header=header))

    # --- minutes ------------------------------------------------------------------------

    def minutes(self, meeting_id: str, issue: bool = False) -> bytes:
        """The minutes of a meeting, from its Minutes rows, as PDF bytes (numbered and dated,
        from the register, if ``issue``)."""
        with Session(self._engine) as session:
            actor = self._actor(session, meeting_id)
            meeting = _meeting(session, meeting_id, actor, r.DocumentHeader())
            text = _minutes_text(session, meeting_id)
            if not text.strip():
                raise NotFound(
                    "No minutes have been written for this meeting yet.", code=Code.NO_MINUTES
                )
            signatures = _signatures(session, meeting_id)
        sections, decisions = parse_minutes(text)
        meeting = replace(meeting, header=self._header("minutes", meeting_id, meeting_id, issue))
        return r.meeting_minutes(r.Minutes(meeting, sections, decisions, signatures))

    # --- opinion table ------------------------------------------------------------------

    def opinions(
        self, document_id: str, version_id: str | None = None, issue: bool = False
    ) -> r.OpinionTable:
        """The consolidated opinions on a draft (see the module docstring for the mapping)."""
        with Session(self._engine) as session:
            doc, version = _draft(session, document_id, version_id)
            rows = self._commented(session, version.id)
            names = _people(session, [a.owner_id for a in rows])
            meeting = session.get(Meeting, doc.meeting_id)
            item = session.get(AgendaItem, doc.agenda_item_id or "")
        outline = read_outline(self._read_pdf(version.id)) if rows else Outline([], [])
        grouped = group_by_clause(rows, outline, names)
        return r.OpinionTable(
            header=self._header("opinions", version.id, doc.meeting_id, issue),
            draft_title=doc.title,
            drafting_agency=agency_of(item.presenter) if item else "",
            rows=grouped,
            meeting_title=meeting.title if meeting else "",
            classification=_classification(doc.classification),
        )

    def opinion_table(
        self, document_id: str, version_id: str | None = None, issue: bool = False
    ) -> bytes:
        """The consolidated-opinion table as landscape PDF bytes."""
        return r.opinion_table(self.opinions(document_id, version_id, issue))

    def _commented(self, session: Session, version_id: str) -> list[Annotation]:
        rows = session.scalars(
            select(Annotation)
            .where(Annotation.document_version_id == version_id, Annotation.deleted.is_(False))
            .order_by(Annotation.page, Annotation.updated_at, Annotation.id)
        ).all()
        me = self.person_id
        return [a for a in rows if a.text.strip() and (a.owner_id == me or a.shared)]


# --- meeting -------------------------------------------------------------------------------


def _meeting(
    session: Session, meeting_id: str, actor: Actor, header: r.DocumentHeader
) -> r.Meeting:
    """The meeting as the reports engine takes it, its documents as ``actor`` may take them."""
    row = session.get(Meeting, meeting_id)
    if row is None or row.deleted:
        raise NotFound("This meeting is not on this laptop.", id=meeting_id)
    if row.starts_at is None:
        raise Invalid(
            "The meeting has no date yet; set its start time first.",
            code=Code.MEETING_NOT_SCHEDULED,
        )
    return r.Meeting(
        title=row.title,
        starts_at=_shown(row.starts_at),
        place=row.location,
        ends_at=_shown(row.ends_at),
        header=header,
        participants=tuple(_participants(session, meeting_id)),
        agenda=_agenda(session, meeting_id, actor),
        classification=_classification(row.classification),
    )


def _participants(session: Session, meeting_id: str) -> Iterator[r.Participant]:
    rows = session.execute(
        select(Participant, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.meeting_id == meeting_id, Participant.deleted.is_(False))
    ).all()
    order = {role: n for n, role in enumerate(_ROLE_ORDER)}
    for part, person in sorted(
        rows, key=lambda pp: (order.get(pp[0].role, 9), name_key(pp[1].full_name))
    ):
        yield r.Participant(
            full_name=person.full_name,
            title=person.title,
            role=_ROLES.get(part.role, "observer"),
            present=part.present,
            note="khách mời" if part.role == "invitee" else "",
        )


def _documents(session: Session, meeting_id: str) -> list[Document]:
    return list(
        session.scalars(
            select(Document)
            .where(
                Document.meeting_id == meeting_id,
                Document.deleted.is_(False),
                Document.current_version_id.is_not(None),
            )
            .order_by(Document.id)
        )
    )


def _attachments(
    session: Session, meeting_id: str, actor: Actor
) -> dict[str, list[r.AttachedDocument]]:
    """Agenda item id → its documents' current versions (key = version id), each marked
    included only when ``actor`` may export it."""
    by_item: dict[str, list[r.AttachedDocument]] = {}
    for doc in _documents(session, meeting_id):
        version = session.get(DocumentVersion, doc.current_version_id or "")
        if version is None or version.deleted or doc.agenda_item_id is None:
            continue
        by_item.setdefault(doc.agenda_item_id, []).append(
            r.AttachedDocument(
                version.id,
                doc.title,
                version.pages or None,
                _classification(doc.classification),
                included=may_use_document(
                    actor, DocumentUse.EXPORT, doc.classification, doc.policy or {}
                ),
            )
        )
    return by_item


def _agenda(session: Session, meeting_id: str, actor: Actor) -> tuple[r.AgendaItem, ...]:
    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )
    known = {i.id for i in items}
    children: dict[str | None, list[AgendaItem]] = {}
    for item in items:
        parent = item.parent_id if item.parent_id in known else None
        children.setdefault(parent, []).append(item)
    docs = _attachments(session, meeting_id, actor)

    def build(parent: str | None) -> tuple[r.AgendaItem, ...]:
        return tuple(
            r.AgendaItem(
                key=i.id,
                title=i.title,
                presenter=i.presenter,
                duration_minutes=i.duration_min or None,
                documents=tuple(docs.get(i.id, [])),
                children=build(i.id),
            )
            for i in children.get(parent, [])
        )

    return build(None)


_CAPACITIES = {"chair": "CHỦ TỌA", "secretary": "THƯ KÝ"}


def _officers(session: Session, meeting_id: str) -> dict[str, Person]:
    """The meeting's chair and secretary (role → person), the ones who sign its reports."""
    rows = session.execute(
        select(Participant.role, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(
            Participant.meeting_id == meeting_id,
            Participant.deleted.is_(False),
            Participant.role.in_(list(_CAPACITIES)),
        )
    ).all()
    return {role: person for role, person in rows}


def _signatures(session: Session, meeting_id: str) -> tuple[r.SignatureBlock, ...]:
    """Secretary on the left, chair on the right, as minutes are signed."""
    officers = _officers(session, meeting_id)
    return tuple(
        r.SignatureBlock(_CAPACITIES[role], officers[role].full_name, officers[role].title)
        for role in ("secretary", "chair")
        if role in officers
    )


def _secretary(session: Session, meeting_id: str) -> r.SignatureBlock | None:
    secretary = _officers(session, meeting_id).get("secretary")
    if secretary is None:
        return None
    return r.SignatureBlock(SECRETARY_CAPACITY, secretary.full_name)


# --- minutes text -------------------------------------------------------------------------


def parse_minutes(text: str) -> tuple[tuple[r.MinutesSection, ...], tuple[str, ...]]:
    """Sections and decisions from the minutes' text (the format is in the module docstring)."""
    sections: list[tuple[str, list[str]]] = [(OPENING, [])]
    lines: list[str] = []

    def end_paragraph() -> None:
        if lines:
            sections[-1][1].append(" ".join(lines))
            lines.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(("# ", "- ")) or not line:
            end_paragraph()
        if line.startswith("# "):
            sections.append((line[2:].strip(), []))
        elif line.startswith("- "):
            sections[-1][1].append(line[2:].strip())
        elif line:
            lines.append(line)
    end_paragraph()
    decisions = tuple(p for heading, paras in sections if _is_decision(heading) for p in paras)
    kept = tuple(
        r.MinutesSection(heading, tuple(paras))
        for heading, paras in sections
        if paras and not _is_decision(heading)
    )
    return kept, decisions


def _is_decision(heading: str) -> bool:
    return heading.casefold().startswith(_DECISION_HEADINGS)


# --- ballot results -------------------------------------------------------------------------


def _ballot_result(session: Session, poll_id: str) -> r.BallotResult:
    poll = session.get(Poll, poll_id)
    if poll is None or poll.deleted:
        raise NotFound("This poll is not on this laptop.", id=poll_id)
    if poll.state != "closed":
        raise PollNotClosed(
            "The results can be reported once the poll is closed and this laptop has synced.",
            poll_id=poll_id,
        )
    labels = {
        str(o.get("id")): str(o.get("label")) for o in poll.options or [] if isinstance(o, dict)
    }
    results: dict[str, Any] = poll.results or {}
    votes = (
        _anonymous_votes(results, labels) if poll.secret else _named_votes(session, poll, labels)
    )
    eligible = _eligible(session, poll, results)
    meeting = session.get(Meeting, poll.meeting_id)
    return r.BallotResult(
        meeting_title=meeting.title if meeting else "",
        question=poll.question,
        options=tuple(labels.values()),
        votes=votes,
        eligible=eligible,
        quorum=math.ceil(eligible * DEFAULT_QUORUM),
        secret=poll.secret,
        opened_at=_shown(poll.opens_at),
        closed_at=_shown(_time(results.get("closed_at")) or poll.closes_at),
        outcome=_outcome(votes, labels, eligible),
        signer=_secretary(session, poll.meeting_id),
        classification=_classification(meeting.classification if meeting else "internal"),
        board_head=str(results.get("board_head") or ""),
    )


def _anonymous_votes(results: dict[str, Any], labels: dict[str, str]) -> tuple[r.Vote, ...]:
    """The store's tally as nameless votes: a secret poll's ballots never reach a laptop."""
    counts = results.get("counts")
    if not isinstance(counts, dict):
        raise AppError(
            "The store's tally of this secret poll has not reached this laptop; sync first.",
            code=Code.RESULTS_INCOMPLETE,
        )
    return tuple(
        r.Vote("", "", label, True)
        for option, label in labels.items()
        for _ in range(int(counts.get(option, 0) or 0))
    )


def _named_votes(session: Session, poll: Poll, labels: dict[str, str]) -> tuple[r.Vote, ...]:
    ballots = [
        b
        for b in session.scalars(
            select(Ballot).where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
        )
        if b.option_id in labels
    ]
    cast = (poll.results or {}).get("cast")
    if isinstance(cast, int) and len(ballots) < cast:
        raise AppError(
            f"The store counted {cast} ballots but {len(ballots)} are on this laptop; "
            "sync, then build the report again.",
            code=Code.RESULTS_INCOMPLETE,
        )
    people = _people_rows(session, [b.voter_id for b in ballots])
    votes = [
        r.Vote(
            voter_name=people[b.voter_id].full_name if b.voter_id in people else b.voter_id,
            voter_title=people[b.voter_id].title if b.voter_id in people else "",
            choice=labels[b.option_id],
            signature_verified=_signature_ok(session, b),
            cast_at=_shown(b.cast_at),
        )
        for b in ballots
    ]
    return tuple(sorted(votes, key=lambda v: v.voter_name))


def _signature_ok(session: Session, ballot: Ballot) -> bool:
    """Verified here when the device key is on this laptop; otherwise the store's check
    at acceptance stands (it refuses a ballot whose signature does not match its device)."""
    if not ballot.signature:
        return False
    device = session.get(Device, ballot.device_id or "")
    if device is None or not device.public_key:
        return True
    data = {
        "poll_id": ballot.poll_id,
        "option_id": ballot.option_id,
        "comment": ballot.comment,
        "cast_at": ballot.cast_at,
    }
    return signing.verify(
        device.public_key, signing.ballot_message(ballot.id, data), ballot.signature
    )


def _eligible(session: Session, poll: Poll, results: dict[str, Any]) -> int:
    eligible = results.get("eligible")
    if isinstance(eligible, int):
        return eligible
    return len(
        session.scalars(
            select(Participant.id).where(
                Participant.meeting_id == poll.meeting_id,
                Participant.deleted.is_(False),
                Participant.role.in_([r.value for r in VOTING_ROLES]),
            )
        ).all()
    )


def _outcome(votes: Sequence[r.Vote], labels: dict[str, str], eligible: int) -> str:
    """Which option leads and whether it passed, by the one count the store also uses
    (:func:`~meetings_app.domain.ballots.decide`), over the ballots whose signature holds."""
    counted = [v.choice for v in votes if v.signature_verified]
    decision = decide(list(labels.values()), counted, eligible)
    if decision.leader is None:
        return "Không có phương án nào nhiều phiếu nhất."
    verdict = "được thông qua" if decision.adopted else "chưa đạt quá nửa tổng số thành viên"
    return f"Phương án «{decision.leader}» nhiều phiếu nhất, {verdict}."


@overload
def _shown(value: dt.datetime) -> dt.datetime: ...
@overload
def _shown(value: None) -> None: ...
def _shown(value: dt.datetime | None) -> dt.datetime | None:
    """Times as printed on an official report: Vietnam time, whatever the laptop's zone."""
    return value.astimezone(VIETNAM) if value is not None else None


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# --- opinion table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """An article ("Điều 3") or a clause ("2.") of the draft, where it starts on its page."""

    page: int
    offset: int
    top: float
    article: int
    clause: int | None
    line: str


@dataclass(frozen=True)
class Outline:
    """The draft's page texts (PDFium's extraction, as quotes were taken) and its headings."""

    pages: list[str]
    headings: list[Heading]


def read_outline(pdf: bytes) -> Outline:
    """Articles and clauses of a draft, in reading order."""
    doc = pdfium.PdfDocument(pdf)
    try:
        pages: list[str] = []
        headings: list[Heading] = []
        for number in range(len(doc)):
            textpage = doc[number].get_textpage()
            text = textpage.get_text_range()
            pages.append(text)
            headings += _page_headings(number, text, textpage)
            textpage.close()
        return Outline(pages, _numbered(headings))
    finally:
        doc.close()


def _page_headings(number: int, text: str, textpage: pdfium.PdfTextPage) -> list[Heading]:
    found: list[tuple[int, int, int | None, str]] = [
        (m.start(), int(m.group(1)), None, m.group(0)) for m in _ARTICLE.finditer(text)
    ]
    found += [(m.start(), 0, int(m.group(1)), m.group(0)) for m in _CLAUSE.finditer(text)]
    return [
        Heading(number, start, _top(textpage, start, line), article, clause, line.strip())
        for start, article, clause, line in sorted(found)
    ]


def _top(textpage: pdfium.PdfTextPage, start: int, line: str) -> float:
    first = start + len(line) - len(line.lstrip())
    _left, _bottom, _right, top = textpage.get_charbox(first)
    return float(top)


def _numbered(headings: list[Heading]) -> list[Heading]:
    """Each clause heading given the article it belongs to; clauses before any article dropped."""
    out: list[Heading] = []
    article = 0
    for h in headings:
        if h.clause is None:
            article = h.article
            out.append(h)
        elif article:
            out.append(Heading(h.page, h.offset, h.top, article, h.clause, h.line))
    return out


def _position(row: Annotation, outline: Outline) -> tuple[int, int]:
    """Where the mark sits in reading order: ``(page, character offset)``."""
    text = outline.pages[row.page] if row.page < len(outline.pages) else ""
    if row.quote and row.context and row.context in text:
        inner = _loose_find(row.context, row.quote)
        if inner >= 0:
            return row.page, text.index(row.context) + inner
    found = _loose_find(text, row.quote) if row.quote else -1
    if found >= 0:
        return row.page, found
    try:
        top = to_mark(row).bounds().y1
    except InvalidMark:
        return row.page, 0
    above = [h.offset for h in outline.headings if h.page == row.page and h.top >= top - 1.0]
    return row.page, max(above, default=-1)


def _loose_find(text: str, quote: str) -> int:
    """Where ``quote`` starts in ``text``, a space in it matching any white space (a quote
    that wraps reads "\\r\\n" in PDFium's text where the reader saw a space); -1 if absent."""
    found = re.search(r"\s+".join(re.escape(word) for word in quote.split()), text)
    return found.start() if found else -1


def clause_of(row: Annotation, outline: Outline) -> tuple[tuple[int, int], str, str]:
    """``(sort key, clause label, clause text)``: "Điều 3, khoản 2" and the heading's line."""
    where = _position(row, outline)
    before = [h for h in outline.headings if (h.page, h.offset) <= where]
    if not before:
        return (0, 0), GENERAL, ""
    last = before[-1]
    article = next(h for h in reversed(before) if h.clause is None)
    if last.clause is None:
        return (last.article, 0), f"Điều {last.article}", article.line
    return (last.article, last.clause), f"Điều {last.article}, khoản {last.clause}", last.line


def group_by_clause(
    rows: Iterable[Annotation], outline: Outline, names: dict[str, tuple[str, str]]
) -> tuple[r.ClauseOpinions, ...]:
    """Comments grouped by clause, clauses and comments in the draft's reading order,
    general remarks first."""
    groups: dict[tuple[int, int], tuple[str, str, list[r.Comment]]] = {}
    for row in sorted(rows, key=lambda a: _position(a, outline)):
        key, label, line = clause_of(row, outline)
        author, organization = names.get(row.owner_id, (row.owner_id, ""))
        comment = r.Comment(author=author, text=row.text.strip(), organization=organization)
        groups.setdefault(key, (label, line, []))[2].append(comment)
    return tuple(
        r.ClauseOpinions(label, tuple(comments), clause_text=line)
        for _key, (label, line, comments) in sorted(groups.items())
    )


def _draft(
    session: Session, document_id: str, version_id: str | None
) -> tuple[Document, DocumentVersion]:
    doc = session.get(Document, document_id)
    if doc is None or doc.deleted:
        raise NotFound("This document is not on this laptop.", id=document_id)
    version = session.get(DocumentVersion, version_id or doc.current_version_id or "")
    if version is None or version.deleted or version.document_id != doc.id:
        raise NotFound("This version of the draft is not on this laptop.", id=version_id)
    return doc, version


def _people_rows(session: Session, ids: Iterable[str]) -> dict[str, Person]:
    wanted = sorted(set(ids))
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}


def _people(session: Session, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Person id → (full name, title): who commented and in what capacity."""
    return {pid: (p.full_name, p.title) for pid, p in _people_rows(session, ids).items()}


def _minutes_text(session: Session, meeting_id: str) -> str:
    """The meeting's minutes as one text: the meeting-level row, then each agenda item's
    in agenda order (a member's laptop holds the published ones only)."""
    rows = session.scalars(
        select(Minutes).where(Minutes.meeting_id == meeting_id, Minutes.deleted.is_(False))
    ).all()
    positions = {
        i.id: (i.position, i.title)
        for i in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    ordered = sorted(
        rows,
        key=lambda r: (
            r.agenda_item_id is not None,
            positions.get(r.agenda_item_id or "", (0, "")),
        ),
    )
    return "\n\n".join(r.text.strip() for r in ordered if r.text.strip())
