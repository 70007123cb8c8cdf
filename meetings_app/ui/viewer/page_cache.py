"""PageCache: rendered page images, least recently used dropped first, bounded by bytes.

The bound follows the view (:func:`budget`): a few screenfuls of device pixels, so a
high-DPI screen keeps as many pages as a normal one and the whole client stays under its
memory goal (docs/benchmarks.md, "Client") at 1× and 2×.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QImage

SCREENS = 6
"""Screenfuls of page pixels kept: what is on screen and a few to scroll back to."""
PAGES = 5
"""Pictures the cache holds at the least: two on screen, the ones above and below, one more."""
FLOOR = 16 * 1024 * 1024
CEILING = 96 * 1024 * 1024
"""With the rest of the client (about 250 MB at 2×), well under 400 MB."""

Key = tuple[Hashable, int, int]
"""(document key, page index, width in device pixels)."""


class PageCache:
    """Holds true: the sum of ``sizeInBytes`` of held images never exceeds ``limit``
    (an image larger than the whole limit is not kept)."""

    def __init__(self, limit: int = CEILING) -> None:
        self.limit = limit
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0

    @property
    def bytes_used(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, key: Key) -> bool:
        return key in self._images

    def get(self, key: Key) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: Key, image: QImage) -> None:
        size = image.sizeInBytes()
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        if size > self.limit:
            return
        self._images[key] = image
        self._bytes += size
        self._shrink()

    def set_limit(self, limit: int) -> None:
        """Bound the cache to ``limit`` bytes, dropping the least recently used at once."""
        self.limit = limit
        self._shrink()

    def _shrink(self) -> None:
        while self._bytes > self.limit and self._images:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def nearest(self, doc: Hashable, page: int, width: int) -> QImage | None:
        """Any cached image of the page, the closest in width (a stand-in while zooming)."""
        best: tuple[int, Key] | None = None
        for key in self._images:
            if key[0] == doc and key[1] == page:
                score = abs(key[2] - width)
                if best is None or score < best[0]:
                    best = (score, key)
        return self._images[best[1]] if best else None

    def drop_document(self, doc: Hashable) -> None:
        for key in [k for k in self._images if k[0] == doc]:
            self._bytes -= self._images.pop(key).sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0


def budget(width: int, height: int, device_pixel_ratio: float, page_bytes: int = 0) -> int:
    """The limit for a view of ``width`` × ``height`` logical pixels: :data:`SCREENS`
    screenfuls of 32-bit device pixels, within [:data:`FLOOR`, :data:`CEILING`], and never
    less than :data:`PAGES` of the view's largest page picture (``page_bytes``): what is on
    screen and the pages next to it must fit, or they would push each other out and be
    drawn again and again (zoomed far in, memory grows with the zoom)."""
    screen = width * height * device_pixel_ratio**2 * 4
    return int(max(min(max(SCREENS * screen, FLOOR), CEILING), PAGES * page_bytes))
