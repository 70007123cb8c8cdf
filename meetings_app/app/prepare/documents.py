"""The secretariat's documents desk: upload, replace, describe and list a meeting's documents.

Files go through :class:`~meetings_app.app.publishing.PublishingService` (the safe importer
in a child process, the encrypted local copy, the upload before the rows), so a refused
file raises the importer's code and changes nothing. Describing a document (title,
classification, recipients, print and export policy) is an ordinary local write on the
version this laptop holds, so a stale edit comes back as ``CONFLICT``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.app.publishing import Published, PublishingService
from meetings_app.documents.policy import DocumentPolicy
from meetings_app.domain.errors import NotFound
from meetings_app.domain.models import Document, DocumentVersion, Meeting, Participant, Person


@dataclass(frozen=True)
class DocumentRow:
    """A document as the desk lists it."""

    id: str
    title: str
    agenda_item_id: str | None
    classification: str
    recipients: tuple[str, ...]
    policy: dict[str, bool]
    version_number: int
    pages: int
    synced: bool
    """False while the store has not accepted the document's latest change."""


@dataclass(frozen=True)
class VersionRow:
    id: str
    number: int
    filename: str
    pages: int
    size: int
    change_note: str
    current: bool


@dataclass(frozen=True)
class Recipient:
    """A participant who can be named as a recipient."""

    person_id: str
    name: str
    role: str


@dataclass(frozen=True)
class Description:
    """What the desk lets the secretariat set on a document."""

    title: str
    classification: str = "internal"
    recipients: tuple[str, ...] = ()
    """Person ids; empty means every participant (public and internal documents)."""
    policy: dict[str, bool] = field(default_factory=dict)


class DocumentDesk:
    """Documents of meetings this person prepares, on the laptop store."""

    def __init__(self, engine: Engine, writer: LocalWriter, publishing: PublishingService) -> None:
        self._engine = engine
        self._writer = writer
        self.publishing = publishing

    def _require(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may change this meeting's documents.",
        )

    # --- reading ---------------------------------------------------------------------------

    def documents(self, meeting_id: str) -> list[DocumentRow]:
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            docs = session.scalars(
                select(Document)
                .where(Document.meeting_id == meeting_id, Document.deleted.is_(False))
                .order_by(Document.title)
            ).all()
            return [_row(session, d) for d in docs]

    def versions(self, document_id: str) -> list[VersionRow]:
        """Every version of a document, newest first."""
        with Session(self._engine) as session:
            doc = self._document(session, document_id)
            rows = session.scalars(
                select(DocumentVersion)
                .where(DocumentVersion.document_id == document_id)
                .where(DocumentVersion.deleted.is_(False))
                .order_by(DocumentVersion.number.desc())
            ).all()
            return [
                VersionRow(
                    v.id,
                    v.number,
                    v.filename,
                    v.pages,
                    v.size,
                    v.change_note,
                    v.id == doc.current_version_id,
                )
                for v in rows
            ]

    def recipients(self, meeting_id: str) -> list[Recipient]:
        """The meeting's participants, by name (the people a document can be sent to)."""
        with Session(self._engine) as session:
            rows = session.execute(
                select(Participant.person_id, Person.full_name, Participant.role)
                .join(Person, Person.id == Participant.person_id)
                .where(Participant.meeting_id == meeting_id, Participant.deleted.is_(False))
                .order_by(Person.full_name)
            ).all()
            return [Recipient(pid, name, role) for pid, name, role in rows]

    def _document(self, session: Session, document_id: str) -> Document:
        doc = session.get(Document, document_id)
        if doc is None or doc.deleted:
            raise NotFound("This document is not on this computer.", id=document_id)
        self._require(session, doc.meeting_id)
        return doc

    # --- writing ---------------------------------------------------------------------------

    def upload(
        self,
        meeting_id: str,
        agenda_item_id: str | None,
        source: Path,
        title: str | None = None,
        *,
        password: str | None = None,
    ) -> Published:
        """A new document from ``source`` (internal, for every participant, until described).

        ``password`` opens a PDF protected by one: the safe import stores a decrypted copy
        (``WRONG_PASSWORD`` when it does not open the file; nothing is stored then)."""
        return self.publishing.publish_document(
            meeting_id, Path(source), title=title, agenda_item_id=agenda_item_id, password=password
        )

    def replace(
        self, document_id: str, source: Path, note: str, *, password: str | None = None
    ) -> Published:
        """A new version of the document, with what changed (members see the note)."""
        return self.publishing.publish_version(
            document_id, Path(source), note=note, password=password
        )

    def describe(self, document_id: str, description: Description) -> None:
        """Title, classification, recipients and policy, on top of the version held here."""
        DocumentPolicy.from_mapping(description.classification, dict(description.policy))
        with Session(self._engine) as session:
            doc = self._document(session, document_id)
        doc.title = description.title.strip() or doc.title
        doc.classification = description.classification
        doc.recipients = list(description.recipients)
        doc.policy = dict(description.policy)
        self._writer.save(doc)

    def remove(self, document_id: str) -> None:
        """Withdraw a document: a tombstone every laptop holding it receives."""
        with Session(self._engine) as session:
            doc = self._document(session, document_id)
        self._writer.save(doc, deleted=True)


def _row(session: Session, doc: Document) -> DocumentRow:
    version = session.get(DocumentVersion, doc.current_version_id or "")
    return DocumentRow(
        id=doc.id,
        title=doc.title,
        agenda_item_id=doc.agenda_item_id,
        classification=doc.classification,
        recipients=tuple(doc.recipients or ()),
        policy={k: bool(v) for k, v in (doc.policy or {}).items()},
        version_number=version.number if version is not None else 0,
        pages=version.pages if version is not None else 0,
        synced=bool(doc.version),
    )
