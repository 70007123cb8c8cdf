"""The viewer renders off the UI thread, keeps marks on their text at every zoom, and
shows an explanation in place of a page that fails or hangs."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from meetings_app.app.annotations_service import Mark
from meetings_app.documents.geometry import Point, Rect
from meetings_app.ui.annotations.marks_overlay import MarksOverlay
from meetings_app.ui.viewer.backend import PdfiumDocument, RenderError
from meetings_app.ui.viewer.document_view import FitMode
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.viewer.page_cache import CEILING, FLOOR, PageCache, budget
from meetings_app.ui.viewer.qtpdf_backend import QtPdfDocument
from meetings_app.ui.viewer.renderer import URGENT, PageRenderer
from tests.support.local_store import decree_pdf

PDF = decree_pdf("Dự thảo Nghị định", 5)


@pytest.fixture
def viewer(qtbot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _open(qtbot, viewer: DocumentViewer, data: bytes = PDF) -> None:
    with qtbot.waitSignal(viewer.sig_document_opened, timeout=10_000):
        viewer.open_document(lambda: data, "doc-key", "Dự thảo")


def test_renders_off_the_ui_thread(qtbot, viewer: DocumentViewer, monkeypatch) -> None:
    threads: list[QThread] = []
    original = QtPdfDocument.render

    def spy(self: QtPdfDocument, index: int, scale: float):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread())
        return original(self, index, scale)

    monkeypatch.setattr(QtPdfDocument, "render", spy)
    _open(qtbot, viewer)
    view = viewer.view
    qtbot.waitUntil(
        lambda: viewer.renderer.cache.get(("doc-key", 0, _width(view, 0))) is not None,
        timeout=10_000,
    )
    assert threads and all(t is not viewer.thread() for t in threads)
    assert isinstance(viewer.document, QtPdfDocument)  # QtPdf draws by default
    assert view.page_count == 5
    image = viewer.renderer.cache.get(("doc-key", 0, _width(view, 0)))
    assert image is not None and image.width() == _width(view, 0)
    # Thumbnails come from the same renderer, also in the background.
    assert viewer.thumbnails.model().rowCount() == 5


def _width(view, page: int) -> int:  # type: ignore[no-untyped-def]
    return max(round(view.layout_.page_rect(page).width() * view.devicePixelRatioF()), 1)


def test_zoom_and_fit_keep_marks_at_the_same_pdf_position(qtbot, viewer: DocumentViewer) -> None:
    _open(qtbot, viewer)
    view = viewer.view
    overlay = MarksOverlay()
    mark_rect = Rect(100.0, 600.0, 300.0, 620.0)
    overlay.set_marks(
        [
            Mark(
                id="m",
                document_version_id="v",
                page=1,
                kind="highlight",
                geometry={"rects": [mark_rect.as_list()]},
            )
        ]
    )
    view.overlays.append(overlay)
    for action in (
        view.fit_width,
        view.zoom_in,
        view.zoom_in,
        view.fit_page,
        view.zoom_out,
        lambda: view.set_zoom(1.37),
    ):
        action()
        # Where the mark's corner lands on screen, mapped back, is the same PDF point.
        corner = view.pdf_to_viewport(1, Point(mark_rect.x0, mark_rect.y1))
        hit = view.viewport_to_pdf(corner)
        assert hit is not None and hit[0] == 1
        assert hit[1].x == pytest.approx(mark_rect.x0, abs=1e-6)
        assert hit[1].y == pytest.approx(mark_rect.y1, abs=1e-6)
        # And its size on screen is exactly the zoom's scale.
        transform = view.transform(1)
        assert transform is not None
        v = transform.rect_to_view(mark_rect)
        assert v.width == pytest.approx(200.0 * view.layout_.scale)
    assert view.fit_mode is FitMode.NONE
    assert overlay.marks[1][0].geometry["rects"][0] == mark_rect.as_list()  # never rewritten


def test_page_navigation_and_search(qtbot, viewer: DocumentViewer) -> None:
    _open(qtbot, viewer)
    viewer.view.go_to_page(3)
    assert viewer.view.current_page() == 3
    assert viewer.page_box.value() == 4
    with qtbot.waitSignal(viewer.sig_search_finished, timeout=10_000) as blocker:
        viewer.search("điều chỉnh")
    assert blocker.args[0] >= 5
    assert viewer.search_model.rowCount() == blocker.args[0]
    assert viewer.view.highlights


def test_a_page_that_fails_to_render_shows_a_message(
    qtbot, viewer: DocumentViewer, monkeypatch
) -> None:
    original = QtPdfDocument.render

    def broken(self: QtPdfDocument, index: int, scale: float):  # type: ignore[no-untyped-def]
        if index == 0:
            raise RenderError("Page 1 cannot be drawn: bad stream.", page=0)
        return original(self, index, scale)

    monkeypatch.setattr(QtPdfDocument, "render", broken)
    _open(qtbot, viewer)
    qtbot.waitUntil(lambda: viewer.view.page_message(0) is not None, timeout=10_000)
    assert "could not be displayed" in (viewer.view.page_message(0) or "")
    viewer.view.grab()  # painting the explanation must not fail


def test_a_page_that_hangs_is_abandoned_and_the_window_stays_responsive(
    qtbot, viewer: DocumentViewer, monkeypatch
) -> None:
    release = threading.Event()
    original = QtPdfDocument.render

    def hangs(self: QtPdfDocument, index: int, scale: float):  # type: ignore[no-untyped-def]
        release.wait(10)
        return original(self, index, scale)

    monkeypatch.setattr(QtPdfDocument, "render", hangs)
    viewer.renderer.timeout_ms = 300
    _open(qtbot, viewer)
    started = time.monotonic()
    qtbot.waitUntil(lambda: viewer.view.page_message(0) is not None, timeout=5_000)
    assert time.monotonic() - started < 4
    assert "too long" in (viewer.view.page_message(0) or "")
    assert viewer.renderer.stalled
    viewer.view.zoom_in()  # the UI thread is free
    viewer.view.grab()
    release.set()


def test_page_cache_is_bounded_by_bytes() -> None:
    from PySide6.QtGui import QImage

    cache = PageCache(limit=3 * 100 * 100 * 4)
    for page in range(5):
        cache.put(("d", page, 100), QImage(100, 100, QImage.Format.Format_RGBX8888))
    assert cache.bytes_used <= cache.limit
    assert len(cache) == 3
    assert ("d", 0, 100) not in cache and ("d", 4, 100) in cache


def test_page_cache_is_sized_by_the_screen_pixels(qtbot, viewer: DocumentViewer) -> None:
    assert budget(1000, 800, 2.0) == 4 * budget(1000, 800, 1.0)  # as many pages at 2×
    assert budget(4000, 3000, 2.0) == CEILING and budget(100, 100, 1.0) == FLOOR
    _open(qtbot, viewer)
    viewer.resize(1000, 900)
    qtbot.wait(20)
    port = viewer.view.viewport()
    dpr = viewer.view.devicePixelRatioF()
    assert viewer.renderer.cache.limit == budget(port.width(), port.height(), dpr)


def test_page_one_comes_with_the_document(qtbot, viewer: DocumentViewer, monkeypatch) -> None:
    """The worker that opens a document draws page 1 at the size the view shows it, so it
    is in the cache when the document arrives: no second trip through the render thread."""
    asked: list[tuple[int, int]] = []
    original = PageRenderer._start

    def start(self: PageRenderer, page: int, width: int, priority: int) -> None:
        asked.append((page, width))
        original(self, page, width, priority)

    monkeypatch.setattr(PageRenderer, "_start", start)
    _open(qtbot, viewer)
    view = viewer.view
    qtbot.wait(50)  # the layout settles (scroll bar for 5 pages)
    assert viewer.renderer.cache.get(("doc-key", 0, _width(view, 0))) is not None
    viewer.view.grab()
    assert (0, _width(view, 0)) not in asked


def test_the_message_never_shows_through_the_pages(qtbot, viewer: DocumentViewer) -> None:
    """The message ("Opening …", an error) stays laid out under the pages; while pages show
    it is hidden, or its text shows in the view's margins, beside page 1."""
    assert viewer.message.isVisible()
    _open(qtbot, viewer)
    assert not viewer.message.isVisible() and viewer.view.isVisible()
    viewer.close_document()
    assert viewer.message.isVisible()


def test_text_selection_gives_quote_and_rects() -> None:
    doc = PdfiumDocument(PDF)
    text = doc.page_text(0)
    hits = text.find("Phạm vi điều chỉnh")
    assert hits and hits[0].rects
    rect = hits[0].rects[0]
    first = text.char_at(Point(rect.x0 + 1, (rect.y0 + rect.y1) / 2))
    last = text.char_at(Point(rect.x1 - 1, (rect.y0 + rect.y1) / 2))
    assert first is not None and last is not None
    assert text.span(first, last).quote == "Phạm vi điều chỉnh"
    doc.close()


def _render_then_maybe_switch(qtbot, switch: bool) -> tuple[PageRenderer, list[tuple[int, int]]]:
    """Start rendering page 1 of document "a" at once; when `switch`, close it before the answer."""
    from meetings_app.ui import worker

    renderer = PageRenderer()
    ready: list[tuple[int, int]] = []
    renderer.sig_page_ready.connect(lambda page, width: ready.append((page, width)))
    doc = PdfiumDocument(PDF)
    renderer.set_document(doc, "a")
    renderer.request(0, 200, priority=URGENT)  # handed to the render pool now, not next turn
    if switch:
        renderer.set_document(None, "b")
    worker.wait_all()
    qtbot.waitUntil(lambda: not renderer.busy(), timeout=5_000)
    qtbot.wait(50)  # let any answer still queued for the UI thread arrive
    doc.close()
    return renderer, ready


def test_renderer_keeps_the_answer_for_the_open_document(qtbot) -> None:
    renderer, ready = _render_then_maybe_switch(qtbot, switch=False)
    assert ready == [(0, 200)]
    assert renderer.cache.get(("a", 0, 200)) is not None


def test_renderer_drops_answers_for_a_closed_document(qtbot) -> None:
    renderer, ready = _render_then_maybe_switch(qtbot, switch=True)
    assert ready == []
    assert renderer.cache.get(("a", 0, 200)) is None
    assert renderer.geometries == {} and renderer.errors == {}
