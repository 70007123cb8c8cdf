"""QtPdfDocument: pages drawn by QtPdf (PDFium inside Qt), from decrypted bytes in memory.

What comes from where, and why:

- **Pictures of pages: QtPdf.** ``QPdfDocument.render`` reads the document from a
  :class:`QBuffer` over the bytes handed in; nothing is written to disk. PDFium paints on a
  transparent bitmap; the image is laid on white paper here, so every engine returns the
  same opaque page.
- **Page boxes and ``/Rotate``, characters and their boxes, search: PDFium through
  pypdfium2** (a :class:`~meetings_app.ui.viewer.backend.PdfiumDocument` over the same
  bytes). QtPdf exposes neither the media and crop boxes nor the rotation, which decide
  where a mark stored in PDF points lands on the picture. Its text geometry
  (``getSelection``, ``getSelectionAtIndex``, ``QPdfSearchModel``) is in page-view
  coordinates rounded to whole points (``FPDF_PageToDevice`` into integers), has no
  per-character call short of one selection per character, and ``QPdfSearchModel``
  searches on its own (the UI) thread, where a hostile file could hang the window. Marks
  and search hits must be in exact PDF points and agree with each other, so both come from
  the one :class:`~meetings_app.ui.viewer.page_text.PageText` per page.

Threads: QtPdf guards every PDFium call with one process-wide mutex, so ``render`` may run
on a worker thread (Qt's own page renderers do). What QtPdf does not guard is the life of
the ``QPdfDocument`` and its buffer: this class holds them under ``_lock`` for each render,
and ``close`` takes the same lock, so a document is never closed under a render. The
``QPdfDocument`` has no thread affinity (it never handles events), and it is destroyed in
``close``, on the thread that calls it: the viewer closes documents on its render thread,
because destroying one takes QtPdf's mutex, which a page stuck in PDFium holds for ever,
and the UI thread must never wait for that.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from meetings_app.documents.geometry import PageGeometry
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.viewer.backend import (
    PdfiumDocument,
    RenderError,
    SearchHit,
)
from meetings_app.ui.viewer.page_text import PageText

# Annotations already in the file (a drafting agency's comments) show, as pypdfium2 drew
# them; the member's own marks are an overlay, never part of the picture.
_RENDER_FLAGS = QPdfDocumentRenderOptions.RenderFlag.Annotations
T = TypeVar("T")


class QtPdfDocument:
    """An open PDF held in memory; QtPdf draws, PDFium (pypdfium2) measures.

    Holds true: ``render(i, s)`` returns an opaque image of page ``i`` as a reader shows it
    (crop box, rotation), ``round(w·s)`` × ``round(h·s)`` pixels for ``(w, h) =
    page_sizes()[i]``, with the geometry that maps its PDF points onto that image.

    The two engines are separate copies of PDFium with separate locks, so they work side by
    side: pypdfium2 measures a page (loading it, which parses its content) while QtPdf draws
    it; both release the GIL. Drawing a page costs one engine's time, not two.
    """

    def __init__(self, data: bytes) -> None:
        # Opened first: it refuses a damaged file with PDFium's reason, and measures every
        # page without loading it (QtPdf's pagePointSize loads each page: 0.1 ms a page).
        self._pdfium = PdfiumDocument(data)
        self._sizes = self._pdfium.page_sizes()
        self._lock = threading.Lock()
        self._closed = False
        self._geometries: dict[int, PageGeometry] = {}
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._qdoc = QPdfDocument()
        # QtPdf reads the document lazily from the buffer, for as long as it is open: the
        # buffer belongs to the document and goes with it.
        self._buffer.setParent(self._qdoc)
        self._options = QPdfDocumentRenderOptions()
        self._options.setRenderFlags(_RENDER_FLAGS)
        self._qdoc.load(self._buffer)
        # Created on whichever worker opened it; no thread's event loop must own it.
        self._qdoc.moveToThread(None)  # type: ignore[arg-type]
        problem = None
        if self._qdoc.status() != QPdfDocument.Status.Ready:
            problem = f"QtPdf says {self._qdoc.error().name}"
        elif self._qdoc.pageCount() != len(self._sizes):
            problem = f"{self._qdoc.pageCount()} pages for QtPdf, {len(self._sizes)} for PDFium"
        if problem is not None:
            self._destroy()
            self._pdfium.close()
            raise AppError(f"The document cannot be opened: {problem}.", code=Code.DAMAGED)

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_sizes(self) -> list[tuple[float, float]]:
        """Shown width and height of every page, in points (crop box, rotation applied)."""
        return list(self._sizes)

    def provisional_geometry(self, index: int) -> PageGeometry:
        """Exact once known, else from the size alone."""
        return self._geometries.get(index) or self._pdfium.provisional_geometry(index)

    def geometry(self, index: int) -> PageGeometry:
        geometry = self._geometries.get(index)
        if geometry is None:
            geometry = self._pdfium.geometry(index)
            self._geometries[index] = geometry
        return geometry

    def render(self, index: int, scale: float) -> tuple[QImage, PageGeometry]:
        """The page at ``scale`` pixels per point, and its exact geometry."""
        if not 0 <= index < self.page_count:
            raise RenderError(f"There is no page {index + 1}.", page=index)
        measured = _Beside(lambda: self.geometry(index)) if index not in self._geometries else None
        w, h = self._sizes[index]
        size = QSize(max(round(w * scale), 1), max(round(h * scale), 1))
        with self._lock:
            if self._closed:
                raise RenderError("The document was closed.", page=index)
            image = self._qdoc.render(index, size, self._options)
        geometry = measured.get() if measured is not None else self.geometry(index)
        if image.isNull():
            raise RenderError(f"Page {index + 1} cannot be drawn.", page=index)
        return _on_white(image), geometry

    def page_text(self, index: int) -> PageText:
        return self._pdfium.page_text(index)

    def search(self, needle: str, page: int) -> list[SearchHit]:
        """Matches of ``needle`` on one page (case-insensitive), from PDFium's characters."""
        return self._pdfium.search(needle, page)

    def close(self) -> None:
        """Close both engines' documents; waits for a render in progress to end."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._destroy()
        self._pdfium.close()

    def _destroy(self) -> None:
        if shiboken6.isValid(self._qdoc):
            self._qdoc.close()
            # Now, on this thread (see the module's note); the buffer is its child.
            shiboken6.delete(self._qdoc)


class _Beside(Generic[T]):
    """``work()`` started now on its own thread; ``get()`` waits for its answer or error.

    A daemon thread, not a pool: a call stuck in PDFium must not hold up leaving the
    program (the renderer's time limit has already given up on it)."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._answer: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="pdfium-beside", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = self._work()
        except BaseException as exc:
            self._error = exc

    def get(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer


def warm_up() -> None:
    """Load QtPdf and start PDFium (library, font mapper) on a one-line page, so the first
    real document does not pay for it. For the background helper, once per process."""
    buffer = QBuffer()
    buffer.setData(QByteArray(_ONE_LINE_PDF))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    qdoc = QPdfDocument()
    buffer.setParent(qdoc)
    qdoc.load(buffer)
    qdoc.moveToThread(None)  # type: ignore[arg-type]
    if qdoc.status() == QPdfDocument.Status.Ready:
        qdoc.render(0, QSize(48, 48))
    qdoc.close()
    shiboken6.delete(qdoc)


def _one_line_pdf() -> bytes:
    """A 1-inch page with two letters in Helvetica (PDFium's standard-font path)."""
    content = b"BT /F1 12 Tf 10 30 Td (Ag) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_ONE_LINE_PDF = _one_line_pdf()


def _on_white(image: QImage) -> QImage:
    """``image`` (transparent where the page paints nothing) laid on white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper
