"""A small secretariat laptop store for the publishing, reports and re-anchoring tests:
one Cabinet meeting with a nested agenda, a chair, a secretary, two members, Vietnamese
PDFs drawn with reportlab, and a blob cache."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.local_writes import LocalWriter
from meetings_app.documents.fonts import SANS, register_fonts
from meetings_app.documents.marks import quote_with_context
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Document,
    DocumentVersion,
    LocalBlob,
    Meeting,
    OutboxEntry,
    Participant,
    Person,
    SyncState,
)
from meetings_app.store.engine import make_engine, set_field_cipher, sqlite_url
from meetings_app.store.migrate import upgrade
from meetings_app.store.sealed_blobs import SealedBlobStore
from tests.support.at_rest import fixed_cipher

START = dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC)
MEETING_TITLE = "Phiên họp Chính phủ thường kỳ tháng 3 năm 2026"


def make_pdf(pages: list[list[str]]) -> bytes:
    """One line of Vietnamese text per entry, 28 points apart, in the bundled font."""
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for lines in pages:
        canvas.setFont(SANS, 11)
        for row, line in enumerate(lines):
            canvas.drawString(60, 770 - 28 * row, line)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def page_text(pdf: bytes, page: int) -> str:
    return str(pdfium.PdfDocument(pdf)[page].get_textpage().get_text_range())


@dataclass
class Laptop:
    engine: Engine
    folder: Path
    blobs: SealedBlobStore
    secretariat: str = "p-ha"
    chair: str = "p-chair"
    secretary: str = "p-secretary"
    minh: str = "p-minh"
    lan: str = "p-lan"
    meeting: str = "m-1"
    item_budget: str = "i-budget"
    item_law: str = "i-law"
    item_law_annex: str = "i-law-annex"
    ids: dict[str, str] = field(default_factory=dict)

    def writer(self, person_id: str | None = None) -> LocalWriter:
        return LocalWriter(self.engine, person_id or self.secretariat)

    def read_pdf(self, version_id: str) -> bytes:
        return DocumentsService(self.engine, self.blobs).read_pdf(version_id)

    def add(self, *rows: object) -> None:
        with Session(self.engine) as session, session.begin():
            for row in rows:
                session.merge(row)

    def outbox(self) -> list[OutboxEntry]:
        with Session(self.engine) as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def rows(self, model: type) -> list:  # type: ignore[type-arg]
        with Session(self.engine) as session:
            return list(session.scalars(select(model)))

    def document(
        self,
        doc_id: str,
        title: str,
        pdfs: list[bytes],
        *,
        item: str | None = None,
        classification: str = "internal",
        policy: dict[str, bool] | None = None,
        cached: bool = True,
    ) -> list[str]:
        """A document with one version per PDF (ids ``<doc>-v1`` …); returns the version ids."""
        versions = []
        for number, pdf in enumerate(pdfs, start=1):
            sha = self.blobs.put_bytes(pdf)[0] if cached else _sha(pdf)
            version = DocumentVersion(
                id=f"{doc_id}-v{number}",
                document_id=doc_id,
                number=number,
                blob_sha256=sha,
                size=len(pdf),
                pages=len(pdfium.PdfDocument(pdf)),
                filename=f"{doc_id}-{number}.pdf",
                version=1,
            )
            versions.append(version)
            if cached:
                self.add(LocalBlob(sha256=sha, size=len(pdf), complete=True))
        doc = Document(
            id=doc_id,
            meeting_id=self.meeting,
            agenda_item_id=item,
            title=title,
            classification=classification,
            policy=policy or {},
            current_version_id=versions[-1].id,
            version=1,
        )
        self.add(doc, *versions)
        return [v.id for v in versions]

    def mark(
        self,
        mark_id: str,
        version_id: str,
        pdf: bytes,
        page: int,
        quote: str,
        *,
        owner: str | None = None,
        kind: str = "highlight",
        text: str = "",
        shared: bool = False,
        geometry: dict[str, object] | None = None,
    ) -> None:
        """An annotation whose quote and context are taken from the page text, as the viewer does."""
        found = page_text(pdf, page)
        start = found.index(quote)
        quote, context = quote_with_context(found, start, start + len(quote))
        self.add(
            Annotation(
                id=mark_id,
                owner_id=owner or self.secretariat,
                document_version_id=version_id,
                page=page,
                kind=kind,
                geometry=geometry or {"rects": [[60, 700, 200, 712]]},
                text=text,
                shared=shared,
                quote=quote,
                context=context,
                version=1,
            )
        )


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def build_laptop(folder: Path, me: str = "p-ha") -> Laptop:
    engine = make_engine(sqlite_url(folder / "client.db"))
    set_field_cipher(engine, fixed_cipher())  # at rest as on a real laptop
    upgrade(engine, "local")
    lap = Laptop(engine, folder, SealedBlobStore(folder / "blobs", fixed_cipher()))
    people = [
        Person(
            id=lap.secretariat,
            username="ha",
            full_name="Phạm Thu Hà",
            title="Vụ trưởng Văn phòng Chính phủ",
            role="secretariat",
        ),
        Person(
            id=lap.chair, username="chair", full_name="Lê Minh Khải", title="Thủ tướng Chính phủ"
        ),
        Person(
            id=lap.secretary, username="sec", full_name="Đỗ Thị Hường", title="Thư ký phiên họp"
        ),
        Person(
            id=lap.minh,
            username="minh",
            full_name="Nguyễn Văn Minh",
            title="Bộ trưởng Bộ Tài chính",
        ),
        Person(id=lap.lan, username="lan", full_name="Trần Thị Lan", title="Bộ trưởng Bộ Tư pháp"),
    ]
    roles = {lap.chair: "chair", lap.secretary: "secretary", lap.minh: "member", lap.lan: "member"}
    lap.add(
        SyncState(key="person_id", value=me),
        SyncState(key="device_id", value="dev-1"),
        *[_synced(p) for p in people],
        _synced(
            Meeting(
                id=lap.meeting,
                title=MEETING_TITLE,
                starts_at=START,
                ends_at=START + dt.timedelta(hours=4),
                location="Trụ sở Chính phủ, Hà Nội",
                status="published",
            )
        ),
        *[
            _synced(
                Participant(
                    id=f"part-{pid}", meeting_id=lap.meeting, person_id=pid, role=role, present=True
                )
            )
            for pid, role in roles.items()
        ],
        _synced(
            AgendaItem(
                id=lap.item_budget,
                meeting_id=lap.meeting,
                position=1,
                title="Tình hình thực hiện dự toán ngân sách nhà nước",
                presenter="Bộ Tài chính",
                duration_min=45,
            )
        ),
        _synced(
            AgendaItem(
                id=lap.item_law,
                meeting_id=lap.meeting,
                position=2,
                title="Dự án Luật Đất đai (sửa đổi)",
                presenter="Bộ Tư pháp",
                duration_min=60,
            )
        ),
        _synced(
            AgendaItem(
                id=lap.item_law_annex,
                meeting_id=lap.meeting,
                parent_id=lap.item_law,
                position=1,
                title="Phụ lục bồi thường, hỗ trợ, tái định cư",
            )
        ),
    )
    return lap


def _synced(row: object) -> object:
    """A row as pulled from the store (server version 1)."""
    row.version = 1  # type: ignore[attr-defined]
    return row
