"""Annotated export: a copy of a PDF carrying a person's marks and a recipient watermark.

Marks become standard PDF annotations (Highlight, Underline, StrikeOut, Ink, Text) that
any reader shows, each named by the mark's id (``/NM``) and flagged for printing. Quad
points follow the page as shown (readers expect the first corner at the top-left of the
text as read), which on rotated pages is not the top-left in user space; the geometry
module decides it. The source bytes are never modified: pypdf writes a new file.
The document's policy is checked before any work is done (print goes through here too:
a printed copy is the watermarked export).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from pypdf import PdfWriter
from pypdf.constants import AnnotationFlag
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject

from meetings_app.documents.geometry import PageGeometry, Rect
from meetings_app.documents.marks import HIGHLIGHT, INK, STRIKE, UNDERLINE, Mark
from meetings_app.documents.page_boxes import page_geometry
from meetings_app.documents.policy import DocumentPolicy, require_allowed
from meetings_app.documents.watermark import Stamper, WatermarkInfo
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

INK_WIDTH = 2.0
_SUBTYPES = {HIGHLIGHT: "/Highlight", UNDERLINE: "/Underline", STRIKE: "/StrikeOut"}


class Annotation(DictionaryObject):
    """An annotation whose entries are already PDF syntax (``body``), written as they are.

    pypdf writes a dictionary one object at a time (every name escaped character by
    character, every number formatted on its own): for 1,000 marks that cost more than
    copying the whole file. The entries pypdf adds itself (``/P``, the page) are held as
    usual and written after ``body``. Exports are never encrypted by the writer, so the
    body needs no per-object encryption.
    """

    def __init__(self, body: str) -> None:
        super().__init__()
        self.body = body.encode("ascii")

    def write_to_stream(self, stream: Any, *_legacy: Any) -> None:
        stream.write(b"<<" + self.body)
        for key, value in self.items():
            stream.write(b" ")
            key.write_to_stream(stream)
            stream.write(b" ")
            value.write_to_stream(stream)
        stream.write(b">>")


def export_annotated(
    src: bytes,
    marks: Sequence[Mark],
    watermark: WatermarkInfo,
    policy: DocumentPolicy,
    action: str = "export",
) -> bytes:
    """A new PDF: ``src`` with ``marks`` as annotations and the watermark on every page.

    ``action`` is "export" or "print". Raises ``EXPORT_FORBIDDEN`` when the policy says no,
    ``MARK_INVALID`` for a mark on a page the document lacks, ``DAMAGED`` when the stored
    file cannot be read.
    """
    require_allowed(action, policy)
    writer = _copy(src)
    geometries = [page_geometry(page) for page in writer.pages]
    _add_annotations(writer, marks, geometries, watermark)
    return _stamped(writer, geometries, watermark)


def watermarked(src: bytes, watermark: WatermarkInfo) -> bytes:
    """``src`` with the recipient watermark on every page and nothing else added: how a
    document leaves the program inside a meeting pack. The caller has already decided the
    reader may export it (:func:`meetings_app.domain.rules.may_use_document`)."""
    writer = _copy(src)
    return _stamped(writer, [page_geometry(page) for page in writer.pages], watermark)


def _stamped(
    writer: PdfWriter, geometries: Sequence[PageGeometry], watermark: WatermarkInfo
) -> bytes:
    stamper = Stamper(writer, watermark)
    for page, geometry in zip(writer.pages, geometries, strict=True):
        stamper.stamp(page, geometry)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_annotations(
    writer: PdfWriter,
    marks: Sequence[Mark],
    geometries: Sequence[PageGeometry],
    watermark: WatermarkInfo,
) -> None:
    """Add every mark to its page; all are checked before any is added."""
    for mark in marks:
        if mark.page >= len(geometries):
            raise AppError(
                f"The mark {mark.id!r} is on page {mark.page + 1}, but the document has "
                f"{len(geometries)} pages; re-anchor the marks on this version first.",
                code=Code.MARK_INVALID,
                mark_id=mark.id,
            )
    pages = list(writer.pages)  # resolved once: indexing ``writer.pages`` walks the tree
    for mark in marks:
        writer.add_annotation(pages[mark.page], annotation(mark, geometries[mark.page], watermark))


def _copy(src: bytes) -> PdfWriter:
    try:
        writer = PdfWriter(clone_from=io.BytesIO(src))
    except (PyPdfError, ValueError, KeyError) as exc:
        raise AppError(
            f"The stored document cannot be read ({exc}); import it again.", code=Code.DAMAGED
        ) from exc
    return writer


def annotation(mark: Mark, geometry: PageGeometry, info: WatermarkInfo) -> Annotation:
    """The PDF annotation for one mark, with its id, comment, colour and print flag."""
    if mark.kind in _SUBTYPES:
        quads = _array(quad_points(mark.rects, geometry))
        shape = f"/Subtype {_SUBTYPES[mark.kind]} /Rect {_rect(mark.bounds())} /QuadPoints {quads}"
    elif mark.kind == INK:
        strokes = "".join(_array(v for p in stroke for v in (p.x, p.y)) for stroke in mark.paths)
        rect = _rect(mark.bounds().inflate(INK_WIDTH))
        shape = f"/Subtype /Ink /Rect {rect} /InkList [{strokes}] /BS << /W {_number(INK_WIDTH)} >>"
    else:  # a sticky note
        shape = f"/Subtype /Text /Rect {_rect(mark.rects[0])} /Open false"
    return Annotation(
        f"/Type /Annot {shape} /T {_text(info.recipient)} /NM {_text(mark.id)} "
        f"/Contents {_text(mark.text)} /C {_array(mark.rgb)} /F {int(AnnotationFlag.PRINT)}"
    )


def quad_points(rects: Sequence[Rect], geometry: PageGeometry) -> list[float]:
    """QuadPoints for ``rects``: per rect its corners as the page is shown, in the order
    top-left, top-right, bottom-left, bottom-right (the order Acrobat writes)."""
    numbers: list[float] = []
    if geometry.rotation == 0:  # shown as stored: the top-left is (x0, y1); most pages
        for r in rects:
            numbers += (r.x0, r.y1, r.x1, r.y1, r.x0, r.y0, r.x1, r.y0)
        return numbers
    to_display = geometry.display_matrix()
    for rect in rects:
        shown = {to_display.apply(c): c for c in rect.corners()}
        # Display space has y up: sort by height (top first), then left to right.
        ordered = sorted(shown, key=lambda p: (-round(p.y, 6), round(p.x, 6)))
        numbers.extend(v for p in ordered for v in (shown[p].x, shown[p].y))
    return numbers


def _number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _array(values: Iterable[float]) -> str:
    return "[" + " ".join(map(_number, values)) + "]"


def _rect(rect: Rect) -> str:
    return _array(rect.as_list())


def _text(value: str) -> str:
    """A PDF text string: UTF-16BE with its byte-order mark, as hex (any script, no escaping)."""
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">" if value else "()"
