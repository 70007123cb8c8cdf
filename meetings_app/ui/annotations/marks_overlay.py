"""MarksOverlay: draws marks (stored in PDF points) onto pages at whatever zoom.

Every coordinate goes through the page's :class:`ViewTransform`; nothing is cached in
pixels, so a zoom, a fit or a high-DPI screen can never move a mark off its text.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from meetings_app.documents.geometry import Point, Rect, ViewTransform

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.annotations_service import Mark

NOTE_SIZE_PT = 16.0


def mark_rects(mark: Mark) -> list[Rect]:
    out: list[Rect] = []
    for r in mark.geometry.get("rects", []):
        try:
            out.append(Rect.from_corners(*map(float, r[:4])))
        except (TypeError, ValueError):
            continue
    return out


def mark_paths(mark: Mark) -> list[list[tuple[float, float, float]]]:
    paths: list[list[tuple[float, float, float]]] = []
    for path in mark.geometry.get("paths", []):
        points = []
        for p in path:
            if len(p) >= 2:
                points.append((float(p[0]), float(p[1]), float(p[2]) if len(p) > 2 else 0.5))
        if points:
            paths.append(points)
    return paths


def mark_bounds(mark: Mark) -> Rect | None:
    """The mark's extent in PDF points (for hit-testing by the eraser)."""
    rects = mark_rects(mark)
    if mark.kind == "note" and rects:
        r = rects[0]
        return Rect(r.x0, r.y1 - NOTE_SIZE_PT, r.x0 + NOTE_SIZE_PT, r.y1)
    points = [Point(x, y) for path in mark_paths(mark) for x, y, _ in path]
    points += [p for r in rects for p in r.corners()]
    return Rect.bounding(points) if points else None


def hits(mark: Mark, point: Point, tolerance: float = 4.0) -> bool:
    if mark.kind == "ink":
        width = float(mark.geometry.get("width", 2.0))
        for path in mark_paths(mark):
            for (x0, y0, _), (x1, y1, _) in zip(path, path[1:] or path, strict=False):
                if _segment_distance(point, x0, y0, x1, y1) <= tolerance + width:
                    return True
        return False
    bounds = [mark_bounds(mark)] if mark.kind == "note" else mark_rects(mark)
    return any(
        b is not None
        and b.inflate(tolerance).intersection(Rect(point.x, point.y, point.x, point.y))
        for b in bounds
    )


def _segment_distance(p: Point, x0: float, y0: float, x1: float, y1: float) -> float:
    dx, dy = x1 - x0, y1 - y0
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p.x - x0) * dx + (p.y - y0) * dy) / length))
    cx, cy = x0 + t * dx, y0 + t * dy
    return float(((p.x - cx) ** 2 + (p.y - cy) ** 2) ** 0.5)


def view_rect(transform: ViewTransform, rect: Rect) -> QRectF:
    v = transform.rect_to_view(rect)
    return QRectF(v.x0, v.y0, v.width, v.height)


def view_point(transform: ViewTransform, x: float, y: float) -> QPointF:
    v = transform.pdf_to_view(Point(x, y))
    return QPointF(v.x, v.y)


def paint_mark(
    painter: QPainter, mark: Mark, transform: ViewTransform, selected: bool = False
) -> None:
    color = QColor(mark.color)
    if mark.kind == "highlight":
        fill = QColor(color)
        fill.setAlpha(95)
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for rect in mark_rects(mark):
            painter.fillRect(view_rect(transform, rect), fill)
        painter.restore()
    elif mark.kind in ("underline", "strike"):
        pen = QPen(color, max(1.5, 1.2 * transform.scale))
        painter.setPen(pen)
        for rect in mark_rects(mark):
            # Along the text line in PDF space, so rotated pages draw correctly too.
            y = (
                rect.y0 + 0.12 * rect.height
                if mark.kind == "underline"
                else (rect.y0 + rect.y1) / 2
            )
            painter.drawLine(view_point(transform, rect.x0, y), view_point(transform, rect.x1, y))
    elif mark.kind == "ink":
        width = float(mark.geometry.get("width", 2.0))
        for path in mark_paths(mark):
            _paint_stroke(painter, color, transform, path, width)
    elif mark.kind == "note":
        rects = mark_rects(mark)
        if rects:
            r = rects[0]
            box = view_rect(transform, Rect(r.x0, r.y1 - NOTE_SIZE_PT, r.x0 + NOTE_SIZE_PT, r.y1))
            painter.setPen(QPen(color.darker(160), 1))
            painter.setBrush(color)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#333333"))
            font = QFont(painter.font())
            font.setPixelSize(max(int(box.height() * 0.7), 6))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "✎")
    if selected or not mark.mine:
        bounds = mark_bounds(mark)
        if bounds is not None:
            pen = QPen(
                QColor("#1f6feb") if selected else QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine
            )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(view_rect(transform, bounds.inflate(2)))


def _paint_stroke(
    painter: QPainter,
    color: QColor,
    transform: ViewTransform,
    path: Iterable[tuple[float, float, float]],
    width: float,
) -> None:
    points = list(path)
    if not points:
        return
    if len(points) == 1:
        x, y, _ = points[0]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        r = width * transform.scale / 2
        painter.drawEllipse(view_point(transform, x, y), r, r)
        return
    pressures = {round(p, 2) for _, _, p in points}
    if len(pressures) == 1:
        pen = QPen(color, max(width * transform.scale * (0.5 + points[0][2]), 1.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        qpath = QPainterPath(view_point(transform, points[0][0], points[0][1]))
        for x, y, _ in points[1:]:
            qpath.lineTo(view_point(transform, x, y))
        painter.drawPath(qpath)
        return
    # Pen pressure: each segment as wide as the pressure at its start.
    for (x0, y0, p0), (x1, y1, _) in pairwise(points):
        pen = QPen(color, max(width * transform.scale * (0.5 + p0), 1.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(view_point(transform, x0, y0), view_point(transform, x1, y1))


class MarksOverlay:
    """The marks of the open version, by page; plus whatever the active tool previews."""

    def __init__(self) -> None:
        self.marks: dict[int, list[Mark]] = {}
        self.selected_id: str | None = None
        self.preview: list[Mark] = []

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = {}
        for mark in marks:
            self.marks.setdefault(mark.page, []).append(mark)

    def all_marks(self) -> list[Mark]:
        return [m for page in sorted(self.marks) for m in self.marks[page]]

    def add(self, mark: Mark) -> None:
        self.remove(mark.id)
        self.marks.setdefault(mark.page, []).append(mark)

    def remove(self, mark_id: str) -> Mark | None:
        for page_marks in self.marks.values():
            for mark in page_marks:
                if mark.id == mark_id:
                    page_marks.remove(mark)
                    return mark
        return None

    def mark_at(self, page: int, point: Point) -> Mark | None:
        for mark in reversed(self.marks.get(page, [])):
            if hits(mark, point):
                return mark
        return None

    def paint_page(self, painter: QPainter, page: int, transform: ViewTransform) -> None:
        for mark in self.marks.get(page, []):
            paint_mark(painter, mark, transform, mark.id == self.selected_id)
        for mark in self.preview:
            if mark.page == page:
                paint_mark(painter, mark, transform)
