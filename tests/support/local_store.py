"""One way to build a client's local store for tests: the tables as a sync would leave them.

Made without the sync client: rows are written directly (server version 1 unless a test
says otherwise), the signed-in person and device are recorded as sign-in records them, and a
document's PDFs go into the blob cache with their ``LocalBlob`` rows, as a download leaves
them. The suites' meetings (tests/support/member_meeting.py, secretariat_laptop.py,
reader_meeting.py) are each a few rows on top of this.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.local_writes import LocalWriter
from meetings_app.documents.fonts import SANS, SANS_BOLD, register_fonts
from meetings_app.documents.marks import quote_with_context
from meetings_app.domain.models import (
    Annotation,
    Document,
    DocumentVersion,
    LocalBlob,
    OutboxEntry,
    SyncState,
)
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, set_field_cipher, sqlite_url
from meetings_app.store.migrate import upgrade
from meetings_app.store.sealed_blobs import SealedBlobStore
from tests.support.at_rest import fixed_cipher

Row = TypeVar("Row")


def make_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A real PDF with the given lines on each page (28 points apart, bundled Vietnamese font)."""
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


DECREE_BODY = (
    "Điều {n}. Phạm vi điều chỉnh: Nghị định này quy định về việc tổ chức phiên họp "
    "Chính phủ không giấy tờ, quản lý tài liệu điện tử và lấy ý kiến thành viên Chính phủ "
    "bằng phiếu điện tử."
)


def decree_pdf(title: str, pages: int, heading: str = "CHÍNH PHỦ") -> bytes:
    """An A4 draft decree of `pages` full pages of Vietnamese text, for the viewer to read."""
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setTitle(title)
    width, height = A4
    for page in range(pages):
        c.setFont(SANS_BOLD, 12)
        c.drawCentredString(width / 2, height - 60, heading)
        c.drawCentredString(width / 2, height - 80, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.setFont(SANS_BOLD, 15)
        c.drawCentredString(width / 2, height - 130, title)
        c.setFont(SANS, 11)
        y = height - 180
        for n in range(1, 13):
            line = ""
            for word in DECREE_BODY.format(n=page * 12 + n).split():
                if c.stringWidth(line + " " + word, SANS, 11) > width - 144:
                    c.drawString(72, y, line.strip())
                    y -= 16
                    line = ""
                line += " " + word
            c.drawString(72, y, line.strip())
            y -= 24
        c.setFont(SANS, 9)
        c.drawCentredString(width / 2, 40, f"Trang {page + 1}/{pages}")
        c.showPage()
    c.save()
    return out.getvalue()


def page_text(pdf: bytes, page: int) -> str:
    """The text PDFium reads on `page`, as the viewer gets it."""
    return str(pdfium.PdfDocument(pdf)[page].get_textpage().get_text_range())


def synced(row: Row, version: int = 1) -> Row:
    """`row` as pulled from the store (at server version `version`)."""
    row.version = version  # type: ignore[attr-defined]
    return row


@dataclass
class LocalStore:
    """The client store in ``folder`` (``client.db`` and ``blobs/``), signed in as ``me``.

    ``sealed`` keeps private fields and blobs encrypted at rest, as on a real laptop; without
    it the store is plain, which the viewer tests and benchmarks read fastest. The engine is
    opened on first use, so a copy of the folder (``dataclasses.replace(store, folder=…)``)
    gets its own.
    """

    folder: Path
    me: str = "p-me"
    device: str = "dev-1"
    meeting: str = ""
    """The meeting `document` files into unless told otherwise."""
    sealed: bool = False

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(sqlite_url(self.folder / "client.db"))
        if self.sealed:
            set_field_cipher(engine, fixed_cipher())
        return engine

    @cached_property
    def blobs(self) -> BlobStore | SealedBlobStore:
        if self.sealed:
            return SealedBlobStore(self.folder / "blobs", fixed_cipher())
        return BlobStore(self.folder / "blobs")

    @cached_property
    def writer(self) -> LocalWriter:
        """The writer of the signed-in person, as the client's services use it."""
        return LocalWriter(self.engine, self.me)

    def writer_for(self, person_id: str | None) -> LocalWriter:
        """A writer acting as someone else (or, with None, as no one signed in)."""
        return LocalWriter(self.engine, person_id)

    def create(self) -> None:
        """Make the folder and the schema, and record who is signed in on which device."""
        self.folder.mkdir(parents=True, exist_ok=True)
        upgrade(self.engine, "local")
        self.add(
            SyncState(key="person_id", value=self.me), SyncState(key="device_id", value=self.device)
        )

    def close(self) -> None:
        """Close the database connections (the folder can then be copied or removed)."""
        if "engine" in self.__dict__:
            self.engine.dispose()

    def add(self, *rows: object) -> None:
        """Write `rows` as they are (insert or replace), in one transaction."""
        with Session(self.engine) as session, session.begin():
            for row in rows:
                session.merge(row)

    def rows(self, model: type[Row]) -> list[Row]:
        with Session(self.engine) as session:
            return list(session.scalars(select(model)))

    def outbox(self) -> list[OutboxEntry]:
        with Session(self.engine) as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def read_pdf(self, version_id: str) -> bytes:
        return DocumentsService(self.engine, self.blobs).read_pdf(version_id)

    def document(
        self,
        doc_id: str,
        title: str,
        pdfs: list[bytes],
        *,
        meeting: str | None = None,
        item: str | None = None,
        classification: str = "internal",
        policy: dict[str, bool] | None = None,
        cached: bool = True,
    ) -> list[str]:
        """A synced document with one version per PDF (ids ``<doc>-v1`` …, the last current),
        its PDFs in the blob cache unless not `cached`; returns the version ids."""
        versions = []
        for number, pdf in enumerate(pdfs, start=1):
            sha = self.blobs.put_bytes(pdf)[0] if cached else hashlib.sha256(pdf).hexdigest()
            versions.append(
                DocumentVersion(
                    id=f"{doc_id}-v{number}",
                    document_id=doc_id,
                    number=number,
                    blob_sha256=sha,
                    size=len(pdf),
                    pages=len(pdfium.PdfDocument(pdf)),
                    filename=f"{doc_id}-{number}.pdf",
                    version=1,
                )
            )
            if cached:
                self.add(LocalBlob(sha256=sha, size=len(pdf), complete=True))
        doc = Document(
            id=doc_id,
            meeting_id=meeting or self.meeting,
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
                owner_id=owner or self.me,
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
