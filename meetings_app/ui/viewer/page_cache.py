"""PageCache: rendered page images, least recently used dropped first, bounded by bytes."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QImage

DEFAULT_LIMIT = 192 * 1024 * 1024

Key = tuple[Hashable, int, int]
"""(document key, page index, width in device pixels)."""


class PageCache:
    """Holds true: the sum of ``sizeInBytes`` of held images never exceeds ``limit``
    (an image larger than the whole limit is not kept)."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
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
