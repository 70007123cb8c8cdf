"""PageRenderer: renders pages off the UI thread into the page cache, with a time limit.

The view asks for ``(page, width)``; the renderer answers from the cache or queues one job
per page and width on the single-thread render pool (PDFium is single-threaded anyway).
A page on screen in the page view (``URGENT``) goes to the pool at once; other requests of
one turn of the event loop are handed over together at its end, most urgent first: the
thumbnails paint before the page view, and the page the reader looks at must not wait
behind them. Jobs for pages scrolled out of sight are skipped before
they start. A job that has not
finished ``timeout_ms`` after it began is abandoned: its page shows an explanation and the
renderer reports the document as stalled (the thread stays in PDFium, but the window,
which never waits on it, keeps working).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from meetings_app.documents.geometry import PageGeometry
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.viewer.backend import ViewerDocument
from meetings_app.ui.viewer.page_cache import PageCache
from meetings_app.ui.viewer.page_text import PageText
from meetings_app.ui.worker import Op, pool, run_op

DEFAULT_TIMEOUT_MS = 15_000
URGENT = 10
"""Priority of a page on screen in the page view."""


class RenderTimeout(AppError):
    code = Code.RENDER_TIMEOUT


class PageRenderer(QObject):
    """One per viewer; holds the current document's render state."""

    sig_page_ready = Signal(int, int)
    """Page index and pixel width now in the cache."""
    sig_page_failed = Signal(int)
    sig_text_ready = Signal(int)
    sig_stalled = Signal()

    def __init__(
        self,
        cache: PageCache | None = None,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache or PageCache()
        self.timeout_ms = timeout_ms
        self._doc: ViewerDocument | None = None
        self._key: Hashable = None
        self._in_flight: dict[tuple[int, int], Op] = {}
        self._queued: dict[tuple[int, int], int] = {}
        """Requests of this event-loop turn, by priority, not yet handed to the pool."""
        self._dispatch_timer = QTimer(self)
        self._dispatch_timer.setSingleShot(True)
        self._dispatch_timer.setInterval(0)
        self._dispatch_timer.timeout.connect(self._dispatch)
        self._timers: dict[tuple[int, int], QTimer] = {}
        self._wanted: dict[str, frozenset[tuple[int, int]]] = {}
        self._wanted_all: frozenset[tuple[int, int]] = frozenset()
        self.errors: dict[int, AppError] = {}
        self.geometries: dict[int, PageGeometry] = {}
        self._texts: dict[int, PageText] = {}
        self._text_jobs: set[int] = set()
        self.stalled = False

    # --- document ------------------------------------------------------------------------

    @property
    def document(self) -> ViewerDocument | None:
        return self._doc

    @property
    def key(self) -> Hashable:
        return self._key

    def set_document(self, doc: ViewerDocument | None, key: Hashable = None) -> None:
        """Switch documents; answers still on their way for the old one are dropped."""
        for op in self._in_flight.values():
            op.cancel()
        for timer in self._timers.values():
            timer.stop()
        self._in_flight.clear()
        self._queued.clear()
        self._timers.clear()
        self._wanted = {}
        self._wanted_all = frozenset()
        self.errors = {}
        self.geometries = {}
        self._texts = {}
        self._text_jobs = set()
        self._doc = doc
        self._key = key if key is not None else id(doc)

    def geometry(self, page: int) -> PageGeometry | None:
        """Exact geometry once the page was rendered, else the provisional one."""
        if page in self.geometries:
            return self.geometries[page]
        if self._doc is not None and 0 <= page < self._doc.page_count:
            return self._doc.provisional_geometry(page)
        return None

    # --- images --------------------------------------------------------------------------

    def prime(self, page: int, width: int, drawn: tuple[QImage, PageGeometry]) -> None:
        """A page drawn while its document opened, in the cache before the first paint."""
        image, geometry = drawn
        self.geometries[page] = geometry
        self.cache.put((self._key, page, width), image)
        self.sig_page_ready.emit(page, width)

    def set_wanted(self, group: str, wanted: set[tuple[int, int]]) -> None:
        """What ``group`` (the page view, the thumbnails) shows now; other jobs are skipped."""
        self._wanted[group] = frozenset(wanted)
        self._wanted_all = frozenset().union(*self._wanted.values())

    def image(self, page: int, width: int, priority: int = 0) -> QImage | None:
        """The cached image, or None after queueing its render (``sig_page_ready`` follows)."""
        cached = self.cache.get((self._key, page, width))
        if cached is not None:
            return cached
        self.request(page, width, priority)
        return None

    def stand_in(self, page: int, width: int) -> QImage | None:
        """A cached image of the page at another width, to scale while the right one renders."""
        return self.cache.nearest(self._key, page, width)

    def request(self, page: int, width: int, priority: int = 0) -> None:
        doc = self._doc
        slot = (page, width)
        if doc is None or slot in self._in_flight or page in self.errors or width <= 0:
            return
        if self.stalled:
            # The render thread is stuck in PDFium; new jobs would only queue behind it.
            self.errors[page] = RenderTimeout(
                "The document stopped responding while drawing a page.", page=page
            )
            self.sig_page_failed.emit(page)
            return
        if priority >= URGENT:
            self._queued.pop(slot, None)
            self._start(page, width, priority)
            return
        self._queued[slot] = max(priority, self._queued.get(slot, priority))
        self._dispatch_timer.start()

    def _dispatch(self) -> None:
        queued = sorted(self._queued.items(), key=lambda item: -item[1])
        self._queued.clear()
        # QThreadPool hands a job to an idle thread through its queue at priority 0, so the
        # next jobs of higher priority could overtake it: below it, in the same order.
        shift = queued[0][1] + 1 if queued and pool("render").activeThreadCount() == 0 else 0
        for n, ((page, width), priority) in enumerate(queued):
            if self.stalled:
                self.request(page, width)  # explains the page instead of queueing it
            elif (page, width) not in self._in_flight and page not in self.errors:
                self._start(page, width, priority - (shift if n else 0))

    def _start(self, page: int, width: int, priority: int) -> None:
        doc = self._doc
        assert doc is not None
        slot = (page, width)
        key = self._key
        w_points = doc.page_sizes()[page][0]
        scale = width / max(w_points, 1.0)

        def job(_progress: Any) -> tuple[QImage, PageGeometry] | None:
            if self._wanted_all and slot not in self._wanted_all:
                return None  # scrolled away before its turn: skip, ask again if needed
            return doc.render(page, scale)

        def done(answer: tuple[QImage, PageGeometry] | None) -> None:
            self._rendered(key, page, width, answer)

        def failed(error: BaseException) -> None:
            self._failed(key, page, width, error)

        op = run_op(
            job,
            on_done=done,
            on_failed=failed,
            owner=self,
            pool_name="render",
            priority=priority,
        )
        op.sig_started.connect(lambda k=key: self._arm_timer(k, slot))
        self._in_flight[slot] = op

    def _arm_timer(self, key: Hashable, slot: tuple[int, int]) -> None:
        if key != self._key or slot not in self._in_flight:
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._timed_out(key, slot))
        timer.start(self.timeout_ms)
        self._timers[slot] = timer

    def _timed_out(self, key: Hashable, slot: tuple[int, int]) -> None:
        if key != self._key or slot not in self._in_flight:
            return
        page, _ = slot
        self._in_flight.pop(slot).cancel()
        self._timers.pop(slot, None)
        self.errors[page] = RenderTimeout(
            f"Page {page + 1} took longer than {self.timeout_ms // 1000} s to draw.", page=page
        )
        self.stalled = True
        self.sig_page_failed.emit(page)
        self.sig_stalled.emit()

    def _settle(self, key: Hashable, slot: tuple[int, int]) -> bool:
        if key != self._key:
            return False
        self._in_flight.pop(slot, None)
        timer = self._timers.pop(slot, None)
        if timer is not None:
            timer.stop()
        return True

    def _rendered(
        self, key: Hashable, page: int, width: int, answer: tuple[QImage, PageGeometry] | None
    ) -> None:
        if not self._settle(key, (page, width)) or answer is None:
            return
        image, geometry = answer
        self.geometries[page] = geometry
        self.cache.put((key, page, width), image)
        self.sig_page_ready.emit(page, width)

    def _failed(self, key: Hashable, page: int, width: int, error: BaseException) -> None:
        if not self._settle(key, (page, width)):
            return
        self.errors[page] = (
            error
            if isinstance(error, AppError)
            else AppError(f"Page {page + 1} cannot be drawn: {error!r}.", code=Code.RENDER_FAILED)
        )
        self.sig_page_failed.emit(page)

    # --- text ----------------------------------------------------------------------------

    def text(self, page: int) -> PageText | None:
        """The page's characters and boxes, or None after queueing their extraction."""
        if page in self._texts:
            return self._texts[page]
        doc = self._doc
        if doc is None or page in self._text_jobs or self.stalled:
            return None
        self._text_jobs.add(page)
        key = self._key

        def done(text: PageText) -> None:
            if key == self._key:
                self._text_jobs.discard(page)
                self._texts[page] = text
                self.sig_text_ready.emit(page)

        def failed(_error: BaseException) -> None:
            if key == self._key:
                self._text_jobs.discard(page)
                self._texts[page] = PageText("", ())
                self.sig_text_ready.emit(page)

        run_op(
            lambda _p: doc.page_text(page),
            on_done=done,
            on_failed=failed,
            owner=self,
            pool_name="render",
            priority=5,
        )
        return None

    def busy(self) -> bool:
        return bool(self._in_flight or self._queued or self._text_jobs)
