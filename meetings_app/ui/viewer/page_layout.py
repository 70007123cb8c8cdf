"""PageLayout: where each page sits in the continuous scroll, at a zoom.

Pure arithmetic on page sizes in points; the view asks it which pages a scroll range
shows and where a page's top-left corner is, in logical pixels.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF

#: Logical pixels per inch at zoom 1.0 (a page at 100 % is its printed size on a
#: typical screen; high-DPI screens scale logical pixels, not this).
SCREEN_DPI = 96.0
POINTS_PER_INCH = 72.0


@dataclass
class PageLayout:
    """Pages stacked vertically, centred horizontally, ``spacing`` pixels apart."""

    sizes: list[tuple[float, float]]
    """Shown page sizes in points (rotation applied)."""
    zoom: float = 1.0
    spacing: int = 12
    margin: int = 12
    viewport_width: int = 800
    _tops: list[float] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.update()

    @property
    def scale(self) -> float:
        """Logical pixels per point."""
        return self.zoom * SCREEN_DPI / POINTS_PER_INCH

    @property
    def dpi(self) -> float:
        return SCREEN_DPI

    def update(self) -> None:
        """Recompute positions after a change of zoom or sizes."""
        self._tops = []
        y = float(self.margin)
        for _, h in self.sizes:
            self._tops.append(y)
            y += h * self.scale + self.spacing
        self._height = y - self.spacing + self.margin if self.sizes else 0.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.1), 8.0)
        self.update()

    @property
    def width(self) -> float:
        widest = max((w for w, _ in self.sizes), default=0.0)
        return widest * self.scale + 2 * self.margin

    @property
    def height(self) -> float:
        return self._height

    def page_rect(self, index: int) -> QRectF:
        """The page's rectangle in layout coordinates (before scrolling)."""
        w, h = self.sizes[index]
        pw, ph = w * self.scale, h * self.scale
        x = max((max(self.viewport_width, self.width) - pw) / 2, float(self.margin))
        return QRectF(x, self._tops[index], pw, ph)

    def pages_between(self, y0: float, y1: float) -> range:
        """Indexes of pages intersecting the vertical range ``[y0, y1]``."""
        if not self.sizes:
            return range(0)
        first = max(bisect.bisect_right(self._tops, y0) - 1, 0)
        last = max(bisect.bisect_right(self._tops, y1) - 1, 0)
        # The page before `first` may still reach into the range.
        if first > 0 and self.page_rect(first).top() > y0:
            first -= 1
        return range(first, min(last, len(self.sizes) - 1) + 1)

    def page_at(self, y: float) -> int:
        """The page under (or just above) a layout y coordinate."""
        if not self.sizes:
            return 0
        return min(max(bisect.bisect_right(self._tops, y) - 1, 0), len(self.sizes) - 1)

    def fit_width_zoom(self, viewport_width: int) -> float:
        widest = max((w for w, _ in self.sizes), default=1.0)
        usable = max(viewport_width - 2 * self.margin, 50)
        return usable / (widest * SCREEN_DPI / POINTS_PER_INCH)

    def fit_page_zoom(self, viewport_width: int, viewport_height: int, index: int) -> float:
        if not self.sizes:
            return 1.0
        w, h = self.sizes[min(max(index, 0), len(self.sizes) - 1)]
        k = SCREEN_DPI / POINTS_PER_INCH
        usable_w = max(viewport_width - 2 * self.margin, 50)
        usable_h = max(viewport_height - 2 * self.margin, 50)
        return min(usable_w / (w * k), usable_h / (h * k))
