"""QtPdf draws, PDFium measures: the picture and the marks agree on rotated and cropped
pages at every zoom, and QtPdf renders safely from worker threads."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from meetings_app.documents.geometry import Point, Rect
from meetings_app.ui import worker
from meetings_app.ui.viewer.backend import PdfiumDocument, RenderError
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.viewer.qtpdf_backend import QtPdfDocument
from tests.support.local_store import decree_pdf

ROTATED_SAMPLE = "habibi-rotated.pdf"

# Two black squares at known PDF points; different sizes, so a wrong turn or mirror shows.
SQUARES = (Rect(100.0, 600.0, 160.0, 660.0), Rect(380.0, 150.0, 400.0, 250.0))
# (crop box or None, /Rotate) per page: every quarter turn, with and without a crop whose
# origin is away from (0, 0).
VARIANTS: tuple[tuple[Rect | None, int], ...] = (
    (None, 0),
    (None, 90),
    (None, 180),
    (None, 270),
    (Rect(60.0, 110.0, 520.0, 720.0), 0),
    (Rect(60.0, 110.0, 520.0, 720.0), 90),
    (Rect(60.0, 110.0, 520.0, 720.0), 180),
    (Rect(60.0, 110.0, 520.0, 720.0), 270),
)


def _squares_pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for _ in VARIANTS:
        for r in SQUARES:
            c.rect(r.x0, r.y0, r.width, r.height, stroke=0, fill=1)
        c.showPage()
    c.save()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    writer = PdfWriter()
    for page, (crop, rotation) in zip(reader.pages, VARIANTS, strict=True):
        if crop is not None:
            page.cropbox = RectangleObject(crop.as_list())
        if rotation:
            page.rotate(rotation)
        writer.add_page(page)
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


SQUARES_PDF = _squares_pdf()


def _ink(image: QImage, clip: tuple[int, int, int, int] | None = None) -> Rect | None:
    """The bounding box (pixels, y down, exclusive right/bottom) of non-white pixels."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    x0, y0, x1, y1 = clip or (0, 0, w, h)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
    bpl = img.bytesPerLine()
    data = bytes(img.constBits())
    found: list[tuple[int, int, int]] = []
    for y in range(y0, y1):
        row = data[y * bpl + x0 * 4 : y * bpl + x1 * 4]
        left = row.lstrip(b"\xff")
        if not left:
            continue
        first = x0 + (len(row) - len(left)) // 4
        last = x0 + (len(row.rstrip(b"\xff")) - 1) // 4
        found.append((y, first, last))
    if not found:
        return None
    return Rect(
        min(f[1] for f in found), found[0][0], max(f[2] for f in found) + 1, found[-1][0] + 1
    )


@pytest.fixture
def viewer(qtbot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _open(qtbot, viewer: DocumentViewer, data: bytes, key: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(viewer.sig_document_opened, timeout=10_000):
        viewer.open_document(lambda: data, key, key)


def _rendered(qtbot, viewer: DocumentViewer, page: int) -> QImage:  # type: ignore[no-untyped-def]
    view = viewer.view
    view.go_to_page(page)

    def key() -> tuple[object, int, int]:  # the width once the layout settles (scroll bar)
        width = max(round(view.layout_.page_rect(page).width() * view.devicePixelRatioF()), 1)
        return (viewer.key, page, width)

    qtbot.waitUntil(lambda: viewer.renderer.cache.get(key()) is not None, timeout=10_000)
    image = viewer.renderer.cache.get(key())
    assert image is not None
    return image


@pytest.mark.parametrize("zoom", [None, 1.5])
def test_marks_sit_on_the_drawing_of_rotated_and_cropped_pages(
    qtbot, viewer: DocumentViewer, zoom: float | None
) -> None:
    _open(qtbot, viewer, SQUARES_PDF, "squares")
    view = viewer.view
    if zoom is not None:
        view.set_zoom(zoom)
    dpr = view.devicePixelRatioF()
    for page, (crop, rotation) in enumerate(VARIANTS):
        image = _rendered(qtbot, viewer, page)
        transform = view.transform(page)
        assert transform is not None
        assert transform.geometry.rotation == rotation
        expected_crop = crop or Rect(0.0, 0.0, A4[0], A4[1])
        assert transform.geometry.crop.as_list() == pytest.approx(expected_crop.as_list())
        # The picture is the size the layout gives the page.
        vw, vh = transform.view_size
        assert image.width() == pytest.approx(vw * dpr, abs=1.0)
        assert image.height() == pytest.approx(vh * dpr, abs=1.0)
        for square in SQUARES:
            v = transform.rect_to_view(square)
            clip = (
                int(v.x0 * dpr) - 6,
                int(v.y0 * dpr) - 6,
                int(v.x1 * dpr) + 7,
                int(v.y1 * dpr) + 7,
            )
            ink = _ink(image, clip)
            if crop is not None and crop.intersection(square) != square:
                continue
            assert ink is not None, (page, square)
            # Where the overlay would draw the square is where QtPdf drew it (±1 px).
            for drawn, expected in zip(ink.as_list(), v.as_list(), strict=True):
                assert drawn / dpr == pytest.approx(expected, abs=1.0), (page, rotation, crop)
        # And a point picked on screen maps back to the same PDF point.
        corner = view.pdf_to_viewport(page, Point(SQUARES[0].x0, SQUARES[0].y1))
        hit = view.viewport_to_pdf(corner)
        assert hit is not None and hit[0] == page
        assert hit[1].x == pytest.approx(SQUARES[0].x0, abs=1e-6)
        assert hit[1].y == pytest.approx(SQUARES[0].y1, abs=1e-6)


def test_text_boxes_sit_on_the_glyphs_of_rotated_pages(
    qtbot, viewer: DocumentViewer, pdf_samples: Path
) -> None:
    data = (pdf_samples / ROTATED_SAMPLE).read_bytes()
    _open(qtbot, viewer, data, "habibi")
    doc = viewer.document
    assert isinstance(doc, QtPdfDocument)
    view = viewer.view
    dpr = view.devicePixelRatioF()
    rotations = []
    for page in range(doc.page_count):
        image = _rendered(qtbot, viewer, page)
        transform = view.transform(page)
        assert transform is not None
        rotations.append(transform.geometry.rotation)
        text = doc.page_text(page)
        boxes = [b for ch, b in zip(text.text, text.boxes, strict=True) if b and not ch.isspace()]
        assert boxes
        words = boxes[0]
        for box in boxes[1:]:
            words = words.union(box)
        v = transform.rect_to_view(words)
        ink = _ink(image)
        assert ink is not None
        # The ink lies inside the (loose) character boxes, give or take a glyph's overhang
        # and anti-aliasing, and fills most of them.
        assert ink.x0 / dpr >= v.x0 - 2.5 and ink.x1 / dpr <= v.x1 + 2.5, page
        assert ink.y0 / dpr >= v.y0 - 2.5 and ink.y1 / dpr <= v.y1 + 2.5, page
        assert ink.width * ink.height / dpr**2 > 0.5 * v.width * v.height, page
    assert rotations == [90, 180, 270, 0]


def test_page_sizes_agree_with_qtpdf(pdf_samples: Path) -> None:
    data = (pdf_samples / ROTATED_SAMPLE).read_bytes()
    doc = QtPdfDocument(data)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    qdoc = QPdfDocument()
    qdoc.load(buffer)
    for page, (w, h) in enumerate(doc.page_sizes()):
        size = qdoc.pagePointSize(page)
        assert (w, h) == pytest.approx((size.width(), size.height()), abs=0.01)
        assert doc.geometry(page).display_size_points == pytest.approx((w, h), abs=0.01)
    qdoc.close()
    doc.close()


def test_qtpdf_and_pdfium_draw_the_same_page() -> None:
    qt, pdfium = QtPdfDocument(SQUARES_PDF), PdfiumDocument(SQUARES_PDF)
    try:
        for page in range(qt.page_count):
            a, geometry_a = qt.render(page, 0.5)
            b, geometry_b = pdfium.render(page, 0.5)
            assert geometry_a == geometry_b
            assert _ink(a) == _ink(b)
    finally:
        qt.close()
        pdfium.close()


def test_qtpdf_renders_safely_from_several_threads() -> None:
    docs = [QtPdfDocument(decree_pdf("Luồng", 3)), QtPdfDocument(SQUARES_PDF)]
    expected = {(d, p): docs[d].render(p, 0.4)[0] for d in range(2) for p in range(3)}
    errors: list[BaseException] = []
    mismatches: list[tuple[int, int]] = []

    def work(seed: int) -> None:
        try:
            for i in range(12):
                d, p = (seed + i) % 2, (seed * 7 + i) % 3
                image, _ = docs[d].render(p, 0.4)
                if image != expected[(d, p)]:
                    mismatches.append((d, p))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and not mismatches
    for doc in docs:
        doc.close()


def test_closing_waits_for_a_render_and_later_renders_refuse() -> None:
    doc = QtPdfDocument(decree_pdf("Đóng", 2))
    started, results = threading.Event(), []

    def render_loop() -> None:
        started.set()
        for _ in range(50):
            try:
                results.append(doc.render(0, 0.5)[0].isNull())
            except RenderError:
                results.append("closed")

    thread = threading.Thread(target=render_loop)
    thread.start()
    started.wait(5)
    doc.close()
    thread.join(30)
    assert "closed" in results or len(results) == 50
    assert all(r in (False, "closed") for r in results)  # never a half-closed document
    with pytest.raises(RenderError):
        doc.render(0, 0.5)
    doc.close()  # twice is harmless


def test_a_damaged_file_is_refused_in_plain_words(qtbot, viewer: DocumentViewer) -> None:
    with qtbot.waitSignal(viewer.sig_open_failed, timeout=10_000) as failed:
        viewer.open_document(lambda: b"%PDF-1.7\nnot really", "bad", "bad")
    assert getattr(failed.args[0], "code", None) == "DAMAGED"
    worker.wait_all(5_000)
