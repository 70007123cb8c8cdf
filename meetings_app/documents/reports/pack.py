"""The meeting pack: contents, agenda booklet and every document, in one bookmarked PDF.

The table of contents names real page numbers, which depend on how many pages the
contents itself takes; so it is rendered, counted and rendered again until its length
stops changing (in practice twice). Bookmarks and contents come from the same plan, so
they cannot disagree. The pack numbers its own pages (:mod:`.numbering`): its contents and
booklet are rendered without numbers of their own, and every page after the first is
stamped with its number in the pack and labelled with it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import BooleanObject, Destination, IndirectObject, NameObject, TextStringObject
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from meetings_app.documents.reports.agenda import item_anchor, render_booklet
from meetings_app.documents.reports.layout import (
    PageSetup,
    Rendered,
    esc,
    grid_table,
    header_block,
    indented,
    para,
    render,
    title_block,
    vn_datetime,
)
from meetings_app.documents.reports.model import (
    AgendaItem,
    AttachedDocument,
    Classification,
    Meeting,
    ReportInputError,
    walk_agenda,
)
from meetings_app.documents.reports.numbering import number_pack
from meetings_app.domain.codes import Code

BOOKLET_TITLE = "Chương trình phiên họp"
CONTENTS_TITLE = "Mục lục"
#: appended to the title of a document the pack lists but may not carry
NOT_INCLUDED = "không kèm theo (xem trong ứng dụng)"
_RANK: dict[Classification, int] = {"public": 0, "internal": 1, "confidential": 2}


@dataclass(frozen=True)
class TocEntry:
    """One line of the contents and one bookmark: its text, depth and 1-based page."""

    title: str
    level: int
    page: int
    document_key: str = ""


@dataclass(frozen=True)
class MeetingPack:
    pdf: bytes
    pages: int
    toc: tuple[TocEntry, ...]


@dataclass(frozen=True)
class _Part:
    document: AttachedDocument
    reader: PdfReader

    @property
    def pages(self) -> int:
        return len(self.reader.pages)


def meeting_pack(meeting: Meeting, pdfs: Mapping[str, bytes]) -> bytes:
    """The pack as PDF bytes; ``pdfs`` maps each attached document's key to its PDF."""
    return build_meeting_pack(meeting, pdfs).pdf


def build_meeting_pack(meeting: Meeting, pdfs: Mapping[str, bytes]) -> MeetingPack:
    """The pack and the contents it printed (what tests and callers check against)."""
    parts = _open_parts(meeting, pdfs)
    booklet = render_booklet(meeting, numbered=False)
    contents_pages = 1
    for _ in range(5):
        toc = _plan(meeting, parts, booklet, contents_pages)
        contents = render(_contents_story(meeting, toc), _contents_setup(meeting, parts))
        if contents.pages == contents_pages:
            break
        contents_pages = contents.pages
    writer = _merge(contents.pdf, booklet.pdf, parts, _contents_setup(meeting, parts))
    number_pack(writer)
    _add_outline(writer, toc, parts)
    buffer = io.BytesIO()
    writer.write(buffer)
    return MeetingPack(buffer.getvalue(), len(writer.pages), tuple(toc))


def _open_parts(meeting: Meeting, pdfs: Mapping[str, bytes]) -> list[_Part]:
    parts = []
    for entry in walk_agenda(meeting.agenda):
        for document in entry.item.documents:
            if not document.included:
                continue
            if document.key not in pdfs:
                raise ReportInputError(
                    f"No PDF given for document {document.key!r}",
                    code=Code.PACK_DOCUMENT_MISSING,
                    key=document.key,
                )
            parts.append(_Part(document, _read(document, pdfs[document.key])))
    return parts


def _read(document: AttachedDocument, data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReportInputError(
                f"Document {document.key!r} is encrypted",
                code=Code.PACK_DOCUMENT_UNREADABLE,
                key=document.key,
            )
        _ = len(reader.pages)
    except (PyPdfError, ValueError, KeyError) as exc:
        raise ReportInputError(
            f"Document {document.key!r} is not a readable PDF: {exc}",
            code=Code.PACK_DOCUMENT_UNREADABLE,
            key=document.key,
        ) from exc
    return reader


def _plan(
    meeting: Meeting, parts: list[_Part], booklet: Rendered, contents_pages: int
) -> tuple[TocEntry, ...]:
    """Where everything lands once ``contents_pages`` pages of contents come first."""
    anchors = booklet.anchors
    booklet_start = contents_pages + 1
    next_page = booklet_start + booklet.pages
    starts: dict[str, int] = {}
    for part in parts:
        starts[part.document.key] = next_page
        next_page += part.pages
    toc = [TocEntry(BOOKLET_TITLE, 0, booklet_start)]
    for entry in walk_agenda(meeting.agenda):
        item = entry.item
        first = _first_document(item)
        item_page = booklet_start + anchors.get(item_anchor(item.key), 1) - 1
        page = starts[first.key] if first is not None else item_page
        toc.append(TocEntry(f"{entry.number}. {item.title}", entry.depth, page))
        toc += [
            TocEntry(d.title, entry.depth + 1, starts[d.key], d.key)
            if d.included
            else TocEntry(f"{d.title} — {NOT_INCLUDED}", entry.depth + 1, item_page)
            for d in item.documents
        ]
    return tuple(toc)


def _first_document(item: AgendaItem) -> AttachedDocument | None:
    """The item's first included document, its own or a sub-item's: where its papers begin."""
    included = [d for d in item.documents if d.included]
    if included:
        return included[0]
    for child in item.children:
        found = _first_document(child)
        if found is not None:
            return found
    return None


def _contents_setup(meeting: Meeting, parts: list[_Part]) -> PageSetup:
    levels = [meeting.classification, *(p.document.classification for p in parts)]
    highest = max(levels, key=lambda c: _RANK[c])
    return PageSetup(
        title=f"Tài liệu - {meeting.title}",
        classification=highest,
        subject="Tài liệu phiên họp",
        numbered=False,
    )


def _contents_story(meeting: Meeting, toc: tuple[TocEntry, ...]) -> list[Flowable]:
    width = _contents_setup(meeting, []).frame_width
    story: list[Flowable] = [header_block(meeting.header, width)]
    story += title_block("TÀI LIỆU PHIÊN HỌP", meeting.title)
    story += [
        para(f"{vn_datetime(meeting.starts_at)} — {meeting.place}", "subtitle"),
        Spacer(1, 2 * mm),
        _unkept(para(CONTENTS_TITLE.upper(), "h1")),
    ]
    rows: list[list[object]] = [["Nội dung", "Trang"]]
    for entry in toc:
        rows.append([_toc_cell(entry), para(str(entry.page), "cell_right")])
    story.append(
        grid_table(rows, [width - 20 * mm, 20 * mm], extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")])
    )
    story.append(para("Số trang tính theo thứ tự trang trong tệp tài liệu này.", "small"))
    return story


def _unkept(flowable: Flowable) -> Flowable:
    """Let a long table start under its heading instead of jumping to the next page."""
    flowable.keepWithNext = False
    return flowable


def _toc_cell(entry: TocEntry) -> Flowable:
    if entry.document_key:
        return indented(f"<i>{esc(entry.title)}</i>", "toc", entry.level)
    return indented(esc(entry.title), "toc_bold" if entry.level == 0 else "toc", entry.level)


def _merge(contents: bytes, booklet: bytes, parts: list[_Part], setup: PageSetup) -> PdfWriter:
    """Contents, booklet and documents in one file, titled and in Vietnamese for readers
    and screen readers (the title, not the file name, heads the reader's window)."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(contents)), import_outline=False)
    writer.append(PdfReader(io.BytesIO(booklet)), import_outline=False)
    for part in parts:
        writer.append(part.reader, import_outline=False)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata(
        {"/Title": setup.title, "/Subject": setup.subject, "/Creator": "meetings-app"}
    )
    writer._root_object[NameObject("/Lang")] = TextStringObject("vi")
    writer.create_viewer_preferences()[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    return writer


def _add_outline(writer: PdfWriter, toc: tuple[TocEntry, ...], parts: list[_Part]) -> None:
    """Bookmarks mirror the contents; each document's own bookmarks hang under it."""
    writer.add_outline_item(title=CONTENTS_TITLE, page_number=0)
    readers = {p.document.key: p.reader for p in parts}
    parents: dict[int, IndirectObject] = {}
    for entry in toc:
        parent = parents.get(entry.level - 1) if entry.level else None
        node = writer.add_outline_item(
            title=entry.title, page_number=entry.page - 1, parent=parent, is_open=entry.level == 0
        )
        parents[entry.level] = node
        if entry.document_key:
            reader = readers[entry.document_key]
            _copy_outline(writer, reader, reader.outline, node, entry.page - 1)


def _copy_outline(
    writer: PdfWriter, reader: PdfReader, items: Sequence[Any], parent: IndirectObject, offset: int
) -> None:
    last: IndirectObject | None = None
    for item in items:
        if isinstance(item, list):
            if last is not None:
                _copy_outline(writer, reader, item, last, offset)
        elif isinstance(item, Destination):
            page = reader.get_destination_page_number(item)
            if page is not None and page >= 0:
                last = writer.add_outline_item(
                    title=str(item.title), page_number=offset + page, parent=parent, is_open=False
                )
