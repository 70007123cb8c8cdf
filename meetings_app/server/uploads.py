"""A cap on the file uploads one person has running at once.

Uploads are streamed in the event loop (no thread each), but each still holds a socket,
a temporary file and disk bandwidth; one laptop retrying in a loop, or a stolen token,
must not take them all. Past the cap the store answers 429 ``TOO_MANY_UPLOADS``.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

RETRY_AFTER = 5


class TooManyUploads(AppError):
    code = Code.TOO_MANY_UPLOADS


class UploadSlots:
    """Counts running uploads per person (all in the event loop's thread: no lock needed)."""

    def __init__(self, per_person: int) -> None:
        self.per_person = per_person
        self._running: Counter[str] = Counter()

    @contextlib.contextmanager
    def slot(self, person_id: str) -> Iterator[None]:
        """Hold one of the person's upload slots for the block, or raise ``TOO_MANY_UPLOADS``."""
        if self._running[person_id] >= self.per_person:
            raise TooManyUploads(
                f"You already have {self.per_person} uploads running; try again shortly.",
                retry_after=RETRY_AFTER,
                headers={"Retry-After": str(RETRY_AFTER)},
            )
        self._running[person_id] += 1
        try:
            yield
        finally:
            self._running[person_id] -= 1
            if not self._running[person_id]:
                del self._running[person_id]
