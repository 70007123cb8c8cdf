"""HTTP ``Range`` requests on blobs: one byte range, so a broken download resumes."""

from __future__ import annotations

import re

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(start, end)`` inclusive for a single-range header, None for the whole file.

    Raises ``BAD_RANGE`` for anything but one range and ``RANGE_NOT_SATISFIABLE`` (with
    the ``Content-Range: bytes */size`` header) for a range starting past the end.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match or (not match.group(1) and not match.group(2)):
        raise AppError("Only a single byte range (bytes=a-b) is supported.", code=Code.BAD_RANGE)
    first, last = match.group(1), match.group(2)
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            raise AppError("The byte range ends before it starts.", code=Code.BAD_RANGE)
    else:
        length = int(last)
        if length == 0:
            raise _unsatisfiable(size)
        start, end = max(size - length, 0), size - 1
    if start >= size:
        raise _unsatisfiable(size)
    return start, end


def _unsatisfiable(size: int) -> AppError:
    return AppError(
        f"The requested range starts past the end of the file ({size} bytes).",
        code=Code.RANGE_NOT_SATISFIABLE,
        size=size,
        headers={"Content-Range": f"bytes */{size}"},
    )
