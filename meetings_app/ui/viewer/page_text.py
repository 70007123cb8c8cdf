"""PageText: the characters of one page and their boxes in PDF points, for text marks.

Hit-testing and selection are plain Python over boxes extracted once per page (in a
worker), so dragging across text never calls PDFium on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from meetings_app.documents.geometry import Point, Rect
from meetings_app.documents.marks import quote_with_context


@dataclass(frozen=True)
class TextSpan:
    """A run of selected characters: the quote, its neighbourhood and its line boxes."""

    start: int
    end: int
    """Exclusive."""
    quote: str
    context: str
    rects: tuple[Rect, ...]


@dataclass(frozen=True)
class PageText:
    """``text[i]`` is drawn in ``boxes[i]`` (PDF user space), or nowhere when ``None``."""

    text: str
    boxes: tuple[Rect | None, ...]

    def char_at(self, p: Point, tolerance: float = 6.0) -> int | None:
        """The index of the character under ``p`` or nearest to it within ``tolerance``
        points; ``None`` when the point is away from all text."""
        best: tuple[float, int] | None = None
        for i, box in enumerate(self.boxes):
            if box is None or self.text[i].isspace():
                continue
            dx = max(box.x0 - p.x, 0.0, p.x - box.x1)
            dy = max(box.y0 - p.y, 0.0, p.y - box.y1)
            if dx == 0 and dy == 0:
                return i
            dist = dx * dx + dy * dy * 4  # prefer the same line
            if best is None or dist < best[0]:
                best = (dist, i)
        if best is None or best[0] > tolerance * tolerance * 4:
            return None
        return best[1]

    def span(self, a: int, b: int) -> TextSpan:
        """The characters from ``a`` to ``b`` inclusive (in either order)."""
        start, end = min(a, b), max(a, b) + 1
        # The same quote and neighbourhood the documents engine re-anchors by.
        quote, context = quote_with_context(self.text, start, end)
        return TextSpan(
            start=start,
            end=end,
            quote=quote,
            context=context,
            rects=tuple(self.line_rects(start, end)),
        )

    def line_rects(self, start: int, end: int) -> list[Rect]:
        """One rectangle per line of text between ``start`` and ``end`` (exclusive)."""
        rects: list[Rect] = []
        current: Rect | None = None
        for i in range(start, end):
            box = self.boxes[i] if i < len(self.boxes) else None
            if box is None or self.text[i] in "\r\n":
                continue
            if current is not None and _same_line(current, box):
                current = current.union(box)
            else:
                if current is not None:
                    rects.append(current)
                current = box
        if current is not None:
            rects.append(current)
        return rects

    def find(self, needle: str) -> list[TextSpan]:
        """Every occurrence of ``needle`` (case-insensitive)."""
        if not needle:
            return []
        hay, low = self.text.casefold(), needle.casefold()
        out: list[TextSpan] = []
        start = hay.find(low)
        while start >= 0:
            out.append(self.span(start, start + len(needle) - 1))
            start = hay.find(low, start + 1)
        return out


def _same_line(a: Rect, b: Rect) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.height or 1.0, b.height or 1.0)
