"""Moving a person's marks onto a new version of a document by the text they cover.

Each text-bound mark keeps its quote and neighbourhood. On the new version the quote is
looked for word by word (folded, so case, diacritics and line breaks do not matter):

1. exact occurrences anywhere in the document; when several, the one whose surrounding
   words best match the mark's context wins (a reordered document moves the mark along);
2. otherwise the most similar run of words (difflib ratio ≥ ``min_similarity``) on the
   pages sharing most words with the quote, plus the mark's old page (reworded text).

The found words' character boxes (PDFium, the engine the viewer uses) give the new
rectangles, one per line. A note or ink drawing tied to text moves by the same offset as
its text. Marks that cover no text, or whose text is gone, are returned as
:class:`Unplaced` with a reason, for their owner to review: nothing is ever dropped.

The new version must already have passed the safe import (it is opened in-process).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import pypdfium2 as pdfium

from meetings_app.documents.geometry import Point, Rect
from meetings_app.documents.marks import INK, TEXT_KINDS, Mark, quote_with_context
from meetings_app.documents.textfold import words

MIN_SIMILARITY = 0.7
CANDIDATE_PAGES = 3  # pages examined for a fuzzy match, besides the mark's old page
CONTEXT_WEIGHT = 0.5  # how much the neighbourhood counts beside the quote itself


@dataclass(frozen=True)
class Unplaced:
    mark: Mark
    reason: str


@dataclass(frozen=True)
class ReanchorResult:
    """Every mark given comes back once: moved in ``placed`` or listed in ``unplaced``."""

    placed: list[Mark]
    unplaced: list[Unplaced]


@dataclass(frozen=True)
class _Page:
    text: str
    tokens: list[tuple[str, int, int]]
    boxes: list[Rect | None]  # one per character; None for spaces and generated characters


@dataclass(frozen=True)
class _Match:
    page: int
    first: int  # token indices, end exclusive
    end: int
    score: float


def reanchor(
    marks: Sequence[Mark], new_pdf: bytes, min_similarity: float = MIN_SIMILARITY
) -> ReanchorResult:
    """Place ``marks`` on ``new_pdf``; see the module docstring for how."""
    pages = _read_pages(new_pdf)
    placed: list[Mark] = []
    unplaced: list[Unplaced] = []
    for mark in marks:
        outcome = _place(mark, pages, min_similarity)
        (placed if isinstance(outcome, Mark) else unplaced).append(outcome)  # type: ignore[arg-type]
    return ReanchorResult(placed, unplaced)


def _read_pages(data: bytes) -> list[_Page]:
    doc = pdfium.PdfDocument(data)
    try:
        return [_read_page(doc[i]) for i in range(len(doc))]
    finally:
        doc.close()


def _read_page(page: pdfium.PdfPage) -> _Page:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        boxes = [_box(textpage, i, ch) for i, ch in enumerate(text)]
    finally:
        textpage.close()
        page.close()
    return _Page(text, words(text), boxes)


def _box(textpage: pdfium.PdfTextPage, index: int, ch: str) -> Rect | None:
    if ch.isspace():
        return None
    left, bottom, right, top = textpage.get_charbox(index)
    if right <= left or top <= bottom:
        return None
    return Rect(left, bottom, right, top)


def _place(mark: Mark, pages: list[_Page], min_similarity: float) -> Mark | Unplaced:
    quote = [w for w, _, _ in words(mark.quote)]
    if not quote:
        return Unplaced(mark, "The mark covers no text, so it cannot follow the document.")
    context = [w for w, _, _ in words(mark.context)]
    found = _exact(quote, context, mark.page, pages) or _fuzzy(
        quote, context, mark.page, pages, min_similarity
    )
    if found is None:
        return Unplaced(mark, "Its text is no longer in the document; review it by hand.")
    return _moved(mark, pages[found.page], found)


def _score(
    quote_ratio: float, context: list[str], page: _Page, first: int, end: int, same: bool
) -> float:
    """Quote similarity, plus how well the words around it match, plus a hair for staying
    on the same page (so identical candidates keep the old page)."""
    if context:
        spread = len(context)
        around = [w for w, _, _ in page.tokens[max(first - spread, 0) : end + spread]]
        quote_ratio += CONTEXT_WEIGHT * SequenceMatcher(None, context, around).ratio()
    return quote_ratio + (0.001 if same else 0.0)


def _exact(quote: list[str], context: list[str], old: int, pages: list[_Page]) -> _Match | None:
    size = len(quote)
    best: _Match | None = None
    for number, page in enumerate(pages):
        tokens = [w for w, _, _ in page.tokens]
        for first in range(len(tokens) - size + 1):
            if tokens[first : first + size] == quote:
                score = _score(1.0, context, page, first, first + size, number == old)
                if best is None or score > best.score:
                    best = _Match(number, first, first + size, score)
    return best


def _fuzzy(
    quote: list[str], context: list[str], old: int, pages: list[_Page], min_similarity: float
) -> _Match | None:
    wanted = set(quote)
    overlap = sorted(
        range(len(pages)),
        key=lambda n: -len(wanted.intersection(w for w, _, _ in pages[n].tokens)),
    )
    candidates = {*overlap[:CANDIDATE_PAGES], *([old] if old < len(pages) else [])}
    best: _Match | None = None
    for number in sorted(candidates):
        match = _best_window(quote, context, pages[number], number, number == old, min_similarity)
        if match is not None and (best is None or match.score > best.score):
            best = match
    return best


def _best_window(
    quote: list[str],
    context: list[str],
    page: _Page,
    number: int,
    same: bool,
    min_similarity: float,
) -> _Match | None:
    tokens = [w for w, _, _ in page.tokens]
    spread = max(1, len(quote) // 3)
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote)  # difflib caches details about the second sequence
    best: _Match | None = None
    for first in range(len(tokens)):
        for size in range(max(len(quote) - spread, 1), len(quote) + spread + 1):
            if first + size > len(tokens):
                break
            matcher.set_seq1(tokens[first : first + size])
            if matcher.quick_ratio() < min_similarity:
                continue
            ratio = matcher.ratio()
            if ratio < min_similarity:
                continue
            score = _score(ratio, context, page, first, first + size, same)
            if best is None or score > best.score:
                best = _Match(number, first, first + size, score)
    return best


def _moved(mark: Mark, page: _Page, found: _Match) -> Mark | Unplaced:
    start, end = page.tokens[found.first][1], page.tokens[found.end - 1][2]
    lines = line_rects(page.boxes[start:end])
    if not lines:
        return Unplaced(mark, "Its text was found but has no position on the page.")
    quote, context = quote_with_context(page.text, start, end)
    moved = dataclasses.replace(mark, page=found.page, quote=quote, context=context)
    if mark.kind in TEXT_KINDS:
        return dataclasses.replace(moved, rects=tuple(lines))
    return _shifted(moved, mark.bounds(), lines[0])


def _shifted(mark: Mark, old: Rect, target: Rect) -> Mark:
    """A note or ink mark moved so its top-left corner sits at the text's top-left."""
    dx, dy = target.x0 - old.x0, target.y1 - old.y1
    if mark.kind == INK:
        paths = tuple(tuple(Point(p.x + dx, p.y + dy) for p in path) for path in mark.paths)
        return dataclasses.replace(mark, paths=paths)
    rects = tuple(Rect(r.x0 + dx, r.y0 + dy, r.x1 + dx, r.y1 + dy) for r in mark.rects)
    return dataclasses.replace(mark, rects=rects)


def line_rects(boxes: Sequence[Rect | None]) -> list[Rect]:
    """Character boxes merged into one rectangle per line of text, in reading order."""
    lines: list[Rect] = []
    for box in boxes:
        if box is None:
            continue
        if lines and _same_line(lines[-1], box):
            lines[-1] = lines[-1].union(box)
        else:
            lines.append(box)
    return lines


def _same_line(line: Rect, box: Rect) -> bool:
    overlap = min(line.y1, box.y1) - max(line.y0, box.y0)
    return overlap > 0.5 * min(line.height, box.height)
