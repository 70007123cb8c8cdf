"""What the agenda tree and the per-item document list show."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import AgendaItem, Document, DocumentVersion, LocalBlob


@dataclass
class AgendaNode:
    """One agenda item and its sub-items, ordered by ``position``.

    ``number`` is the outline number shown to people ("2.1").
    """

    id: str
    title: str
    presenter: str
    duration_min: int
    number: str
    parent: AgendaNode | None = field(default=None, repr=False)
    children: list[AgendaNode] = field(default_factory=list)
    documents: int = 0


@dataclass(frozen=True)
class DocumentSummary:
    """A document under an agenda item, with its current version."""

    id: str
    title: str
    classification: str
    agenda_item_id: str | None
    version_id: str | None
    version_number: int
    pages: int
    size: int
    blob_sha256: str | None
    filename: str
    available: bool
    """True when the version's bytes are complete on this laptop (readable offline)."""
    policy: dict[str, bool]


class AgendaService:
    """Agenda trees and document lists from the local store."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def agenda(self, meeting_id: str) -> list[AgendaNode]:
        """The top-level items of a meeting, each with its children; orphans (whose
        parent this laptop does not hold) are shown at the top level, never hidden."""
        with Session(self._engine) as session:
            items = session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False)
                )
            ).all()
            counts: dict[str | None, int] = {}
            for doc in session.scalars(
                select(Document).where(
                    Document.meeting_id == meeting_id, Document.deleted.is_(False)
                )
            ):
                counts[doc.agenda_item_id] = counts.get(doc.agenda_item_id, 0) + 1
        nodes = {
            i.id: AgendaNode(
                i.id, i.title, i.presenter, i.duration_min, "", documents=counts.get(i.id, 0)
            )
            for i in items
        }
        roots: list[AgendaNode] = []
        for item in sorted(items, key=lambda i: (i.position, i.title)):
            node = nodes[item.id]
            parent = nodes.get(item.parent_id) if item.parent_id else None
            if parent is not None and not _is_ancestor(node, parent):
                node.parent = parent
                parent.children.append(node)
            else:
                roots.append(node)
        _number(roots, "")
        return roots

    def documents(self, meeting_id: str, agenda_item_id: str | None) -> list[DocumentSummary]:
        """Documents of one agenda item (or of the whole meeting when ``None``)."""
        with Session(self._engine) as session:
            query = select(Document).where(
                Document.meeting_id == meeting_id, Document.deleted.is_(False)
            )
            if agenda_item_id is not None:
                query = query.where(Document.agenda_item_id == agenda_item_id)
            docs = session.scalars(query.order_by(Document.title)).all()
            out: list[DocumentSummary] = []
            for doc in docs:
                version = self._current_version(session, doc)
                blob = session.get(LocalBlob, version.blob_sha256) if version else None
                out.append(
                    DocumentSummary(
                        id=doc.id,
                        title=doc.title,
                        classification=doc.classification,
                        agenda_item_id=doc.agenda_item_id,
                        version_id=version.id if version else None,
                        version_number=version.number if version else 0,
                        pages=version.pages if version else 0,
                        size=version.size if version else 0,
                        blob_sha256=version.blob_sha256 if version else None,
                        filename=version.filename if version else "",
                        available=bool(blob and blob.complete),
                        policy={k: bool(v) for k, v in (doc.policy or {}).items()},
                    )
                )
        return out

    def first_document(self, meeting_id: str) -> DocumentSummary | None:
        """The first document in agenda order (what the demo opens)."""
        for node in _walk(self.agenda(meeting_id)):
            docs = self.documents(meeting_id, node.id)
            if docs:
                return docs[0]
        docs = self.documents(meeting_id, None)
        return docs[0] if docs else None

    @staticmethod
    def _current_version(session: Session, doc: Document) -> DocumentVersion | None:
        if doc.current_version_id:
            version = session.get(DocumentVersion, doc.current_version_id)
            if version is not None and not version.deleted:
                return version
        # The pointer may arrive after the version (feed order): newest version wins.
        return session.scalars(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == doc.id, DocumentVersion.deleted.is_(False))
            .order_by(DocumentVersion.number.desc())
        ).first()


def _is_ancestor(node: AgendaNode, candidate: AgendaNode) -> bool:
    """True when ``node`` is ``candidate`` or one of its ancestors (a cycle in bad data)."""
    current: AgendaNode | None = candidate
    while current is not None:
        if current is node:
            return True
        current = current.parent
    return False


def _number(nodes: list[AgendaNode], prefix: str) -> None:
    for index, node in enumerate(nodes, start=1):
        node.number = f"{prefix}{index}"
        _number(node.children, node.number + ".")


def _walk(nodes: list[AgendaNode]) -> list[AgendaNode]:
    out: list[AgendaNode] = []
    for node in nodes:
        out.append(node)
        out.extend(_walk(node.children))
    return out
