"""Plain inputs for the reports.

Reports never see ORM rows: the application layer maps its records to these frozen
dataclasses, so a report is a pure function of its input and can be tested, cached and
rendered on the server or the client alike. Strings are shown as given (Vietnamese).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError


class ReportInputError(AppError):
    """The input cannot make a sound report (a vote for an unknown option, a missing PDF)."""

    code = Code.REPORT_INVALID_INPUT


Classification = Literal["public", "internal", "confidential"]
Role = Literal["chair", "secretary", "member", "observer"]


@dataclass(frozen=True)
class DocumentHeader:
    """The heading block of a Vietnamese administrative document (issuer, number, date)."""

    issuer: str = "CHÍNH PHỦ"
    parent_issuer: str = ""
    number: str = ""
    place: str = "Hà Nội"
    date: datetime | None = None


@dataclass(frozen=True)
class AttachedDocument:
    """A document attached to an agenda item; ``key`` finds its PDF for the meeting pack."""

    key: str
    title: str
    pages: int | None = None
    classification: Classification = "public"
    included: bool = True
    """False: the reader may not take this document out of the program (a secret document,
    or one whose policy forbids export), so the meeting pack lists its title, marked
    "not included", and carries none of its pages."""


@dataclass(frozen=True)
class AgendaItem:
    """One agenda item; ``children`` nest sub-items (2.1, 2.2 …) to any depth."""

    key: str
    title: str
    presenter: str = ""
    duration_minutes: int | None = None
    description: str = ""
    documents: tuple[AttachedDocument, ...] = ()
    children: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True)
class Participant:
    full_name: str
    title: str
    role: Role = "member"
    present: bool = True
    note: str = ""


@dataclass(frozen=True)
class Meeting:
    title: str
    starts_at: datetime
    place: str
    ends_at: datetime | None = None
    header: DocumentHeader = field(default_factory=DocumentHeader)
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    classification: Classification = "public"


@dataclass(frozen=True)
class NumberedItem:
    """An agenda item with its display number ("2.1") and depth, in reading order."""

    number: str
    depth: int
    item: AgendaItem


def walk_agenda(items: tuple[AgendaItem, ...], prefix: str = "") -> Iterator[NumberedItem]:
    """Pre-order walk numbering items 1, 2, 2.1 … the way the booklet and pack show them."""
    for index, item in enumerate(items, start=1):
        number = f"{prefix}{index}"
        yield NumberedItem(number, number.count("."), item)
        yield from walk_agenda(item.children, f"{number}.")


@dataclass(frozen=True)
class Vote:
    """One cast vote; ``signature_verified`` is the result of checking its signature."""

    voter_name: str
    voter_title: str
    choice: str
    signature_verified: bool
    cast_at: datetime | None = None


@dataclass(frozen=True)
class SignatureBlock:
    """One signature at the foot of a report: the capacity ("CHỦ TỌA"), position, name."""

    capacity: str
    full_name: str
    title: str = ""


@dataclass(frozen=True)
class BallotResult:
    """A closed (or open) ballot; the tally is computed from ``votes``.

    For a secret ballot the report prints the tally only: voter names are never written,
    whatever ``votes`` contains.
    """

    meeting_title: str
    question: str
    options: tuple[str, ...]
    votes: tuple[Vote, ...]
    eligible: int
    quorum: int
    secret: bool = False
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str = ""
    header: DocumentHeader = field(default_factory=DocumentHeader)
    classification: Classification = "internal"
    signer: SignatureBlock | None = None
    """Who signs the results: the meeting's secretary."""
    recipients: tuple[str, ...] = ("Chủ tọa phiên họp", "Các thành viên dự họp", "Lưu: VT")
    board_head: str = ""
    """The chain head of the poll's published ballot board (``verify-board`` prints it)."""


@dataclass(frozen=True)
class MinutesSection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Minutes:
    meeting: Meeting
    sections: tuple[MinutesSection, ...] = ()
    decisions: tuple[str, ...] = ()
    signatures: tuple[SignatureBlock, ...] = ()
    number: str = ""
    recipients: tuple[str, ...] = ("Các thành viên dự họp", "Lưu: VT")


@dataclass(frozen=True)
class Comment:
    author: str
    text: str
    organization: str = ""


@dataclass(frozen=True)
class ClauseOpinions:
    """Comments on one clause of a draft; ``clause`` reads like "Điều 3, khoản 2"."""

    clause: str
    comments: tuple[Comment, ...]
    clause_text: str = ""
    answer: str = ""


@dataclass(frozen=True)
class OpinionTable:
    draft_title: str
    drafting_agency: str
    rows: tuple[ClauseOpinions, ...]
    meeting_title: str = ""
    header: DocumentHeader = field(default_factory=DocumentHeader)
    classification: Classification = "internal"
