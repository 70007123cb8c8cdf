"""PdfiumDocument: the PDF engine behind the viewer (PDFium, through pypdfium2).

PDFium is the engine inside QtPdf. The PySide6 wheels of this project's Qt (6.12) ship
without the QtPdf module, so the viewer talks to PDFium directly through pypdfium2 (a
project dependency already used by the import checks). The class is the viewer's only
contact with the engine; a QtPdf-backed class with the same methods can replace it.

PDFium is not thread-safe: every call goes through one process-wide lock. Callers run
these methods in the background helper, never on the UI thread; the lock means a page
stuck in PDFium (hostile files can loop) stalls other renders but never the window.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from meetings_app.documents.geometry import PageGeometry, Rect
from meetings_app.domain.errors import AppError
from meetings_app.ui.viewer.page_text import PageText

PDFIUM_LOCK = threading.RLock()


class RenderError(AppError):
    code = "RENDER_FAILED"


@dataclass(frozen=True)
class SearchHit:
    """One match of a text search: page, boxes in PDF points and a snippet to show."""

    page: int
    rects: tuple[Rect, ...]
    snippet: str


class PdfiumDocument:
    """An open PDF held in memory (decrypted bytes never touch the disk)."""

    def __init__(self, data: bytes) -> None:
        with PDFIUM_LOCK:
            try:
                self._doc = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise AppError(f"The document cannot be opened: {exc}.", code="DAMAGED") from exc
            self._data = data  # PDFium reads from this buffer for the document's life
            count = len(self._doc)
            self._sizes = [tuple(self._doc.get_page_size(i)) for i in range(count)]
        self._closed = False

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_sizes(self) -> list[tuple[float, float]]:
        """Shown width and height of every page, in points (rotation applied)."""
        return [(float(w), float(h)) for w, h in self._sizes]

    def provisional_geometry(self, index: int) -> PageGeometry:
        """Geometry from the size alone (exact for unrotated pages with the origin at 0)."""
        w, h = self._sizes[index]
        return PageGeometry.from_boxes(Rect(0.0, 0.0, float(w), float(h)))

    def geometry(self, index: int) -> PageGeometry:
        with PDFIUM_LOCK:
            page = self._page(index)
            try:
                return _geometry(page)
            finally:
                page.close()

    def render(self, index: int, scale: float) -> tuple[QImage, PageGeometry]:
        """The page at ``scale`` pixels per point, and its exact geometry."""
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
        text = self.page_text(page)
        return [
            SearchHit(page, span.rects, _snippet(text.text, span.start, span.end))
            for span in text.find(needle)
        ]

    def close(self) -> None:
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self._doc.close()

    def _page(self, index: int) -> pdfium.PdfPage:
        if self._closed:
            raise RenderError("The document was closed.", page=index)
        if not 0 <= index < len(self._sizes):
            raise RenderError(f"There is no page {index + 1}.", page=index)
        try:
            return self._doc[index]
        except pdfium.PdfiumError as exc:
            raise RenderError(f"Page {index + 1} cannot be read: {exc}.", page=index) from exc


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


def _snippet(text: str, start: int, end: int, around: int = 40) -> str:
    left = text[max(0, start - around) : start].replace("\r", " ").replace("\n", " ")
    right = text[end : end + around].replace("\r", " ").replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"
