"""A person's marks on a document page, in PDF user space (see :mod:`geometry`).

Marks are plain values: the viewer creates them, the store keeps them, export writes them
as standard PDF annotations and re-anchoring moves them onto a new version. Each mark that
covers text keeps that text (``quote``) and its neighbourhood (``context``), so it can be
found again when the document is reworded or reordered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from meetings_app.documents.geometry import Point, Rect
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

HIGHLIGHT = "highlight"
UNDERLINE = "underline"
STRIKE = "strike"
INK = "ink"
NOTE = "note"
TEXT_KINDS = frozenset({HIGHLIGHT, UNDERLINE, STRIKE})
KINDS = TEXT_KINDS | {INK, NOTE}
CONTEXT_CHARS = 80  # neighbourhood kept on each side of a quote

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class InvalidMark(AppError):
    code = Code.MARK_INVALID


@dataclass(frozen=True)
class Mark:
    """One mark. ``page`` is 0-based. Text marks (highlight, underline, strike) cover
    ``rects``; ink has ``paths`` (strokes of points); a note sits at ``rects[0]``.
    ``text`` is the person's comment, ``quote`` the covered text, ``context`` the quote
    with up to :data:`CONTEXT_CHARS` characters of page text either side."""

    id: str
    page: int
    kind: str
    rects: tuple[Rect, ...] = ()
    paths: tuple[tuple[Point, ...], ...] = ()
    color: str = "#ffd400"
    text: str = ""
    quote: str = ""
    context: str = ""

    def __post_init__(self) -> None:
        problem = self._problem()
        if problem:
            raise InvalidMark(f"The mark {self.id!r} cannot be used: {problem}.", mark_id=self.id)

    def _problem(self) -> str | None:
        if self.kind not in KINDS:
            return f"unknown kind {self.kind!r}"
        if self.page < 0:
            return "its page number is negative"
        if not _COLOR.fullmatch(self.color):
            return f"colour {self.color!r} is not of the form #rrggbb"
        if self.kind == INK and not any(self.paths):
            return "an ink mark needs at least one stroke"
        if self.kind != INK and not self.rects:
            return "it covers no area of the page"
        return None

    @property
    def rgb(self) -> tuple[float, float, float]:
        """The colour as three fractions, as PDF wants them."""
        value = int(self.color[1:], 16)
        return ((value >> 16) / 255, ((value >> 8) & 0xFF) / 255, (value & 0xFF) / 255)

    def bounds(self) -> Rect:
        """The area the mark covers on its page."""
        if self.kind == INK:
            return Rect.bounding(p for path in self.paths for p in path)
        box = self.rects[0]
        for rect in self.rects[1:]:
            box = box.union(rect)
        return box


def quote_with_context(page_text: str, start: int, end: int) -> tuple[str, str]:
    """The quote ``page_text[start:end]`` and its neighbourhood, as a mark keeps them."""
    lo = max(start - CONTEXT_CHARS, 0)
    return page_text[start:end], page_text[lo : end + CONTEXT_CHARS]
