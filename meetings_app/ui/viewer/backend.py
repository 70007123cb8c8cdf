"""The viewer's PDF engines: what they must offer (:class:`ViewerDocument`), the types
they share, and :class:`PdfiumDocument` (PDFium through pypdfium2).

Two engines stand behind the viewer, both PDFium: QtPdf (``qtpdf_backend``, the default
for drawing pages, as DESIGN.md says) and pypdfium2 (here). pypdfium2 stays for what QtPdf
does not expose: the page boxes and ``/Rotate`` that place marks, and each character's box
in PDF points that text marks and search need. ``engine.open_pdf`` is the one place that
chooses.

PDFium is not thread-safe: every pypdfium2 call goes through one process-wide lock. Callers
run these methods in the background helper, never on the UI thread; the lock means a page
stuck in PDFium (hostile files can loop) stalls other renders but never the window.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QImage

from meetings_app.documents.geometry import PageGeometry, Rect
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.viewer.page_text import PageText

if TYPE_CHECKING:  # loaded with the first document: the window is built without PDFium
    import pypdfium2 as pdfium

PDFIUM_LOCK = threading.RLock()


class RenderError(AppError):
    code = Code.RENDER_FAILED


@dataclass(frozen=True)
class SearchHit:
    """One match of a text search: page, boxes in PDF points and a snippet to show."""

    page: int
    rects: tuple[Rect, ...]
    snippet: str


class ViewerDocument(Protocol):
    """An open PDF as the viewer uses it. Every method but ``page_count``, ``page_sizes``
    and ``provisional_geometry`` may call the engine: run it in the background helper."""

    @property
    def page_count(self) -> int: ...
    def page_sizes(self) -> list[tuple[float, float]]: ...
    def provisional_geometry(self, index: int) -> PageGeometry: ...
    def geometry(self, index: int) -> PageGeometry: ...
    def render(self, index: int, scale: float) -> tuple[QImage, PageGeometry]: ...
    def page_text(self, index: int) -> PageText: ...
    def search(self, needle: str, page: int) -> list[SearchHit]: ...
    def close(self) -> None: ...


class PdfiumDocument:
    """An open PDF held in memory (decrypted bytes never touch the disk)."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            try:
                self._doc = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise AppError(f"The document cannot be opened: {exc}.", code=Code.DAMAGED) from exc
            self._data = data  # PDFium reads from this buffer for the document's life
            # Without loading a page: about a microsecond a page.
            self._sizes = [
                (float(w), float(h)) for w, h in map(self._doc.get_page_size, range(len(self._doc)))
            ]
        self._closed = False

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_sizes(self) -> list[tuple[float, float]]:
        """Shown width and height of every page, in points (rotation applied)."""
        return list(self._sizes)

    def provisional_geometry(self, index: int) -> PageGeometry:
        return geometry_from_size(*self._sizes[index])

    def geometry(self, index: int) -> PageGeometry:
        with PDFIUM_LOCK:
            page = self._page(index)
            try:
                return _geometry(page)
            finally:
                page.close()

    def render(self, index: int, scale: float) -> tuple[QImage, PageGeometry]:
        """The page at ``scale`` pixels per point, and its exact geometry."""
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            page = self._page(index)
            try:
                geometry = _geometry(page)
                bitmap = page.render(
                    scale=scale,
                    may_draw_forms=False,
                    rev_byteorder=True,
                    prefer_bgrx=True,
                    fill_color=(255, 255, 255, 255),
                )
                try:
                    image = _to_qimage(bitmap)
                finally:
                    bitmap.close()
            except pdfium.PdfiumError as exc:
                raise RenderError(f"Page {index + 1} cannot be drawn: {exc}.", page=index) from exc
            finally:
                page.close()
        return image, geometry

    def page_text(self, index: int) -> PageText:
        with PDFIUM_LOCK:
            page = self._page(index)
            try:
                textpage = page.get_textpage()
                try:
                    count = textpage.count_chars()
                    text = textpage.get_text_range(0, count) if count > 0 else ""
                    boxes: list[Rect | None] = []
                    for i in range(count):
                        left, bottom, right, top = textpage.get_charbox(i, loose=True)
                        if right > left or top > bottom:
                            boxes.append(Rect.from_corners(left, bottom, right, top))
                        else:
                            boxes.append(None)
                finally:
                    textpage.close()
            finally:
                page.close()
        # get_text_range may expand or drop generated characters; align by length.
        if len(text) != len(boxes):
            text = (text + " " * len(boxes))[: len(boxes)]
        return PageText(text, tuple(boxes))

    def search(self, needle: str, page: int) -> list[SearchHit]:
        """Matches of ``needle`` on one page (case-insensitive)."""
        return search_text(self.page_text(page), needle, page)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self._doc.close()

    def _page(self, index: int) -> pdfium.PdfPage:
        import pypdfium2 as pdfium

        if self._closed:
            raise RenderError("The document was closed.", page=index)
        if not 0 <= index < len(self._sizes):
            raise RenderError(f"There is no page {index + 1}.", page=index)
        try:
            return self._doc[index]
        except pdfium.PdfiumError as exc:
            raise RenderError(f"Page {index + 1} cannot be read: {exc}.", page=index) from exc


def geometry_from_size(width: float, height: float) -> PageGeometry:
    """Geometry from the shown size alone: exact for unrotated pages whose crop box starts
    at (0, 0), the common case, and good enough to lay pages out until the exact one comes
    with the page's picture."""
    return PageGeometry.from_boxes(Rect(0.0, 0.0, width, height))


def _geometry(page: pdfium.PdfPage) -> PageGeometry:
    media = Rect.from_corners(*page.get_mediabox())
    crop = Rect.from_corners(*page.get_cropbox())
    return PageGeometry.from_boxes(media, crop, int(page.get_rotation()))


def _to_qimage(bitmap: pdfium.PdfBitmap) -> QImage:
    fmt = {
        "RGBX": QImage.Format.Format_RGBX8888,
        "RGBA": QImage.Format.Format_RGBA8888,
        "RGB": QImage.Format.Format_RGB888,
        "L": QImage.Format.Format_Grayscale8,
    }
    mode = bitmap.mode if hasattr(bitmap, "mode") else "RGBX"
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        fmt.get(mode, QImage.Format.Format_RGBX8888),
    )
    return image.copy()


def search_text(text: PageText, needle: str, page: int) -> list[SearchHit]:
    """The hits of ``needle`` in one page's text, boxes in PDF points."""
    return [
        SearchHit(page, span.rects, _snippet(text.text, span.start, span.end))
        for span in text.find(needle)
    ]


def _snippet(text: str, start: int, end: int, around: int = 40) -> str:
    left = text[max(0, start - around) : start].replace("\r", " ").replace("\n", " ")
    right = text[end : end + around].replace("\r", " ").replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"
