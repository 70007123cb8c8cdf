"""DocumentView: the pages in a continuous scroll, with overlays and a pointer tool.

Layers (after qpageview): :class:`PageLayout` places pages; :class:`PageRenderer` draws
them off the UI thread into a cache; this widget paints what is cached (or a scaled stand-in
or an explanation) and then each overlay. Overlays and tools work in PDF points through
:class:`~meetings_app.documents.geometry.ViewTransform`, so zoom and screen DPI change only
where a mark is drawn, never the mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTabletEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from meetings_app.documents.geometry import Point, Rect, ViewTransform
from meetings_app.ui.viewer.backend import ViewerDocument
from meetings_app.ui.viewer.page_cache import budget
from meetings_app.ui.viewer.page_layout import SCREEN_DPI, PageLayout
from meetings_app.ui.viewer.renderer import URGENT, PageRenderer

ZOOM_STEPS = (
    0.25,
    0.33,
    0.5,
    0.67,
    0.75,
    0.9,
    1.0,
    1.1,
    1.25,
    1.5,
    1.75,
    2.0,
    2.5,
    3.0,
    4.0,
    6.0,
    8.0,
)


class FitMode(Enum):
    NONE = "none"
    WIDTH = "width"
    PAGE = "page"


@dataclass(frozen=True)
class OpenPlan:
    """How the view will show a document about to open, read on the UI thread, so the
    worker that opens it can draw page 1 at the very size it will be painted (no second
    trip through the render thread before the reader sees it)."""

    fit: FitMode
    zoom: float
    width: int
    height: int
    bar: int
    """Width the vertical scroll bar will take once a document taller than the view opens
    (0 when it already shows)."""
    dpr: float

    def first_page_width(self, sizes: list[tuple[float, float]]) -> int:
        """Page 1's width in device pixels for a document of page ``sizes``."""
        layout = self._layout(sizes, self.width)
        if layout.height > self.height and self.bar:
            layout = self._layout(sizes, self.width - self.bar)
        return max(round(layout.page_rect(0).width() * self.dpr), 1)

    def _layout(self, sizes: list[tuple[float, float]], width: int) -> PageLayout:
        layout = PageLayout(sizes, zoom=self.zoom, viewport_width=width)
        if self.fit is FitMode.WIDTH:
            layout.set_zoom(layout.fit_width_zoom(width))
        elif self.fit is FitMode.PAGE:
            layout.set_zoom(layout.fit_page_zoom(width, self.height, 0))
        return layout


class Overlay(Protocol):
    """Draws on top of a page, in view pixels computed from PDF points."""

    def paint_page(self, painter: QPainter, page: int, transform: ViewTransform) -> None: ...


class PointerTool(Protocol):
    """Receives pointer events on pages, already turned into PDF points."""

    def press(self, page: int, point: Point, pressure: float) -> None: ...
    def move(self, page: int, point: Point, pressure: float) -> None: ...
    def release(self, page: int, point: Point) -> None: ...


class DocumentView(QAbstractScrollArea):
    """Holds true: ``transform(page)`` maps the page's PDF points to the painted pixels."""

    sig_page_changed = Signal(int)
    sig_zoom_changed = Signal(float)

    def __init__(self, renderer: PageRenderer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.renderer = renderer or PageRenderer(parent=self)
        self.layout_ = PageLayout([])
        self.fit_mode = FitMode.WIDTH
        self.overlays: list[Overlay] = []
        self.tool: PointerTool | None = None
        self.highlights: dict[int, list[Rect]] = {}
        self._current = 0
        self._tool_page: int | None = None
        self._tablet_pressure: float | None = None
        self.viewport().setMouseTracking(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.renderer.sig_page_ready.connect(self._page_ready)
        self.renderer.sig_page_failed.connect(lambda _p: self.viewport().update())
        self.verticalScrollBar().setSingleStep(40)
        # Coalesce scroll bursts: schedule the render requests once per event-loop turn.
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self.viewport().update)

    # --- document ------------------------------------------------------------------------

    def set_document(self, doc: ViewerDocument | None, key: object = None) -> None:
        self.renderer.set_document(doc, key)
        self.highlights = {}
        self.layout_ = PageLayout(doc.page_sizes() if doc else [], zoom=self.layout_.zoom)
        self._current = 0
        self._apply_fit()
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.sig_page_changed.emit(0)

    def open_plan(self) -> OpenPlan:
        """How a document opened now will be laid out (see :class:`OpenPlan`). From the
        view's own size: its viewport is laid out only once shown, and the view is hidden
        until its first document opens."""
        area, bar = self.contentsRect(), self.verticalScrollBar()
        taken = 0 if bar.isHidden() else bar.sizeHint().width()
        return OpenPlan(
            self.fit_mode,
            self.layout_.zoom,
            area.width() - taken,
            area.height(),
            bar.sizeHint().width() - taken,
            self._dpr(),
        )

    @property
    def page_count(self) -> int:
        return len(self.layout_.sizes)

    @property
    def zoom(self) -> float:
        return self.layout_.zoom

    # --- geometry ------------------------------------------------------------------------

    def _dpr(self) -> float:
        return float(self.devicePixelRatioF()) or 1.0

    def _size_cache(self) -> None:
        """Bound the page cache for this view, zoom and screen (see ``page_cache.budget``)."""
        viewport, dpr = self.viewport(), self._dpr()
        largest = max((w * h for w, h in self.layout_.sizes), default=0.0)
        page = int(largest * (self.layout_.scale * dpr) ** 2 * 4)
        self.renderer.cache.set_limit(budget(viewport.width(), viewport.height(), dpr, page))

    def offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def page_rect_viewport(self, page: int) -> QRectF:
        return self.layout_.page_rect(page).translated(-self.offset())

    def transform(self, page: int) -> ViewTransform | None:
        geometry = self.renderer.geometry(page)
        if geometry is None:
            return None
        return ViewTransform(geometry, zoom=self.layout_.zoom, dpi=SCREEN_DPI)

    def pdf_to_viewport(self, page: int, p: Point) -> QPointF:
        transform = self.transform(page)
        assert transform is not None
        v = transform.pdf_to_view(p)
        origin = self.page_rect_viewport(page).topLeft()
        return QPointF(origin.x() + v.x, origin.y() + v.y)

    def viewport_to_pdf(self, pos: QPointF) -> tuple[int, Point] | None:
        """The page under a viewport position and the position in its PDF points."""
        if not self.page_count:
            return None
        y = pos.y() + self.offset().y()
        page = self.layout_.page_at(y)
        rect = self.page_rect_viewport(page)
        transform = self.transform(page)
        if transform is None:
            return None
        local = Point(pos.x() - rect.x(), pos.y() - rect.y())
        return page, transform.view_to_pdf(local)

    # --- zoom and navigation -------------------------------------------------------------

    def set_zoom(self, zoom: float, fit: FitMode = FitMode.NONE) -> None:
        """Zoom, keeping the point at the middle of the window where it is on the page."""
        self.fit_mode = fit
        self._zoom_keeping_anchor(zoom)

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-3]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-3]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.fit_mode = FitMode.WIDTH
        self._zoom_keeping_anchor(self.layout_.fit_width_zoom(self.viewport().width()))

    def fit_page(self) -> None:
        self.fit_mode = FitMode.PAGE
        self._zoom_keeping_anchor(
            self.layout_.fit_page_zoom(
                self.viewport().width(), self.viewport().height(), self._current
            )
        )
        self.go_to_page(self._current)

    def current_page(self) -> int:
        return self._current

    def go_to_page(self, page: int) -> None:
        if not self.page_count:
            return
        page = min(max(page, 0), self.page_count - 1)
        top = self.layout_.page_rect(page).top() - self.layout_.spacing / 2
        self.verticalScrollBar().setValue(int(top))
        self._set_current(page)

    def show_rect(self, page: int, rect: Rect) -> None:
        """Scroll so that ``rect`` (PDF points) of ``page`` is in view (search hits)."""
        transform = self.transform(page)
        if transform is None:
            return
        v = transform.rect_to_view(rect)
        page_top = self.layout_.page_rect(page).top()
        target = page_top + v.y0 - self.viewport().height() / 3
        self.verticalScrollBar().setValue(int(max(target, 0)))
        self._set_current(page)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def _zoom_keeping_anchor(self, zoom: float) -> None:
        if not self.page_count:
            self.layout_.set_zoom(zoom)
            self.sig_zoom_changed.emit(self.layout_.zoom)
            return
        mid = QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        anchor = self.viewport_to_pdf(mid)
        self.layout_.set_zoom(zoom)
        self._relayout()
        if anchor is not None:
            page, point = anchor
            transform = self.transform(page)
            if transform is not None:
                v = transform.pdf_to_view(point)
                rect = self.layout_.page_rect(page)
                self.verticalScrollBar().setValue(int(rect.top() + v.y - mid.y()))
                self.horizontalScrollBar().setValue(int(rect.left() + v.x - mid.x()))
        self.sig_zoom_changed.emit(self.layout_.zoom)
        self.viewport().update()

    def _apply_fit(self) -> None:
        if self.fit_mode is FitMode.WIDTH and self.page_count:
            self.layout_.set_zoom(self.layout_.fit_width_zoom(self.viewport().width()))
        elif self.fit_mode is FitMode.PAGE and self.page_count:
            self.layout_.set_zoom(
                self.layout_.fit_page_zoom(
                    self.viewport().width(), self.viewport().height(), self._current
                )
            )

    def _relayout(self) -> None:
        self.layout_.viewport_width = self.viewport().width()
        self.layout_.update()
        self._size_cache()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(int(self.layout_.height - self.viewport().height()), 0))
        vbar.setPageStep(self.viewport().height())
        hbar.setRange(0, max(int(self.layout_.width - self.viewport().width()), 0))
        hbar.setPageStep(self.viewport().width())
        self.viewport().update()

    def _scrolled(self, value: int) -> None:
        if self.page_count:
            centre = value + self.viewport().height() / 3
            self._set_current(self.layout_.page_at(centre))
        self._update_timer.start()

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.sig_page_changed.emit(page)

    def _page_ready(self, page: int, _width: int) -> None:
        if page in self.visible_pages():
            self.viewport().update()

    def visible_pages(self) -> range:
        top = self.offset().y()
        return self.layout_.pages_between(top, top + self.viewport().height())

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(
            event.rect(), self.palette().color(self.viewport().backgroundRole()).darker(108)
        )
        dpr = self._dpr()
        visible = self.visible_pages()
        wanted: set[tuple[int, int]] = set()
        for page in visible:
            rect = self.page_rect_viewport(page)
            width = max(round(rect.width() * dpr), 1)
            wanted.add((page, width))
        # Pages just outside the window render next, so scrolling finds them ready.
        for page in (visible.start - 1, visible.stop):
            if 0 <= page < self.page_count:
                rect = self.layout_.page_rect(page)
                wanted.add((page, max(round(rect.width() * dpr), 1)))
        self.renderer.set_wanted("view", wanted)
        for page in visible:
            self._paint_page(painter, page, dpr)
        for page, width in sorted(wanted):
            if page not in visible:
                self.renderer.image(page, width, priority=1)
        painter.end()

    def _paint_page(self, painter: QPainter, page: int, dpr: float) -> None:
        rect = self.page_rect_viewport(page)
        width = max(round(rect.width() * dpr), 1)
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 50))
        error = self.renderer.errors.get(page)
        if error is not None:
            self._paint_message(painter, rect, page, error)
            return
        image = self.renderer.image(page, width, priority=URGENT)
        if image is None:
            stand_in = self.renderer.stand_in(page, width)
            painter.fillRect(rect, QColor("white"))
            if stand_in is not None:
                painter.drawImage(rect, stand_in)
            else:
                painter.setPen(QColor("#9e9e9e"))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("Loading page %1…").replace("%1", str(page + 1)),
                )
        else:
            painter.drawImage(rect, image)
        transform = self.transform(page)
        if transform is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        for hit in self.highlights.get(page, []):
            v = transform.rect_to_view(hit)
            painter.fillRect(QRectF(v.x0, v.y0, v.width, v.height), QColor(255, 145, 0, 90))
        for overlay in self.overlays:
            overlay.paint_page(painter, page, transform)
        painter.restore()

    def _paint_message(
        self, painter: QPainter, rect: QRectF, page: int, error: BaseException
    ) -> None:
        painter.fillRect(rect, QColor("#fff8e1"))
        painter.setPen(QColor("#8d6e63"))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        from meetings_app.ui.errors import describe_error  # on first error

        text = describe_error(error)
        message = (
            self.tr("Page %1 cannot be shown.").replace("%1", str(page + 1))
            + "\n\n"
            + text.what
            + "\n"
            + text.todo
        )
        painter.setPen(QColor("#5d4037"))
        painter.drawText(
            rect.adjusted(24, 24, -24, -24),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            message,
        )

    def page_message(self, page: int) -> str | None:
        """The explanation shown in place of a page that could not be drawn, if any."""
        from meetings_app.ui.errors import describe_error  # on first error

        error = self.renderer.errors.get(page)
        return describe_error(error).what if error is not None else None

    # --- events --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_mode is not FitMode.NONE:
            self._apply_fit()
            self.sig_zoom_changed.emit(self.layout_.zoom)
        self._relayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space) and self.fit_mode is FitMode.PAGE:
            self.next_page()
        elif key == Qt.Key.Key_PageUp and self.fit_mode is FitMode.PAGE:
            self.previous_page()
        elif key == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to_page(0)
        elif key == Qt.Key.Key_End and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to_page(self.page_count - 1)
        else:
            super().keyPressEvent(event)

    def _pressure(self) -> float:
        return self._tablet_pressure if self._tablet_pressure is not None else 0.5

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QTabletEvent):
            # Keep the pen's pressure; ignored, Qt synthesises the mouse events we act on.
            self._tablet_pressure = float(event.pressure())
            if event.type() == QEvent.Type.TabletRelease:
                self._tablet_pressure = None
            event.ignore()
            return False
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.tool is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hit = self.viewport_to_pdf(event.position())
        if hit is None:
            return
        self._tool_page = hit[0]
        self.tool.press(hit[0], hit[1], self._pressure())
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.tool is None or self._tool_page is None:
            super().mouseMoveEvent(event)
            return
        self.tool.move(
            self._tool_page, self._point_on(self._tool_page, event.position()), self._pressure()
        )
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.tool is None or self._tool_page is None:
            super().mouseReleaseEvent(event)
            return
        page, self._tool_page = self._tool_page, None
        self.tool.release(page, self._point_on(page, event.position()))
        self.viewport().update()

    def _point_on(self, page: int, pos: QPointF) -> Point:
        """``pos`` in the PDF points of ``page`` (a stroke stays on the page it began on)."""
        transform = self.transform(page)
        assert transform is not None
        rect = self.page_rect_viewport(page)
        local = Point(
            min(max(pos.x() - rect.x(), 0.0), rect.width()),
            min(max(pos.y() - rect.y(), 0.0), rect.height()),
        )
        return transform.view_to_pdf(local)
