"""Full-text search over document pages and personal notes (SQLite FTS5, on the client).

Text is indexed folded (lower case, no diacritics, "đ" → "d"), so "quyet dinh" finds
"quyết định"; the original text is kept beside it and, because folding keeps every offset,
snippets are cut from the original text people read. User input never reaches FTS5 syntax:
each word becomes a quoted phrase, so quotes, ``*``, ``-``, ``AND`` or ``NEAR`` are just
words. The last word matches as a prefix, so results appear while typing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from meetings_app.documents.textfold import fold, words
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

DOCUMENT = "document"
NOTE = "note"
SNIPPET_WORDS = 8  # words of context on each side of the first match
TITLE_WEIGHT = 2.0  # a word in the title counts this many times a word in the text

_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
    title_folded, body_folded,
    kind UNINDEXED, ref_id UNINDEXED, page UNINDEXED, title UNINDEXED, body UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""


@dataclass(frozen=True)
class Hit:
    """One matching page (or note). ``ref_id`` is the document version id for kind
    "document" and the note id for kind "note"; ``page`` is 0-based (0 for notes).
    ``highlights`` are (start, end) offsets of matched words inside ``snippet``; ``rank``
    is FTS5's bm25 score, lower is better."""

    kind: str
    ref_id: str
    title: str
    page: int
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    rank: float


class SearchIndex:
    """The index inside a caller's SQLite database; each write commits on its own."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        try:
            with conn:
                conn.execute(_SCHEMA)
        except sqlite3.Error as exc:
            raise AppError(
                f"The search index cannot be opened ({exc}); restart the program.",
                code=Code.SEARCH_UNAVAILABLE,
            ) from exc

    def add_document(self, version_id: str, title: str, pages: list[str]) -> None:
        """Index a document version page by page, replacing any earlier indexing of it."""
        self._replace(DOCUMENT, version_id, title, pages)

    def add_note(self, note_id: str, title: str, text: str) -> None:
        """Index a person's note (re-indexing replaces the previous text)."""
        self._replace(NOTE, note_id, title, [text])

    def remove(self, ref_id: str, kind: str = DOCUMENT) -> None:
        with self._conn:
            self._conn.execute(
                "DELETE FROM search_text WHERE kind = ? AND ref_id = ?", (kind, ref_id)
            )

    def _replace(self, kind: str, ref_id: str, title: str, pages: list[str]) -> None:
        # The title is indexed with the first page only: a document whose title matches
        # is found once, at its start, and does not outrank pages that mention the words.
        rows = [
            (fold(title) if number == 0 else "", fold(body), kind, ref_id, number, title, body)
            for number, body in enumerate(pages)
        ]
        with self._conn:
            self._conn.execute(
                "DELETE FROM search_text WHERE kind = ? AND ref_id = ?", (kind, ref_id)
            )
            self._conn.executemany(
                "INSERT INTO search_text (title_folded, body_folded, kind, ref_id, page, "
                "title, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def query(self, text: str, limit: int = 20, kind: str | None = None) -> list[Hit]:
        """The best pages for ``text``, best first; an empty query finds nothing."""
        terms = [word for word, _, _ in words(text)]
        if not terms or limit <= 0:
            return []
        match = fts_match(terms)
        sql = (
            "SELECT kind, ref_id, page, title, body, "
            f"bm25(search_text, {TITLE_WEIGHT}, 1.0) AS score FROM search_text "
            "WHERE search_text MATCH ? AND (? IS NULL OR kind = ?) ORDER BY score LIMIT ?"
        )
        rows = self._conn.execute(sql, (match, kind, kind, limit)).fetchall()
        return [_hit(row, terms) for row in rows]


def fts_match(terms: list[str]) -> str:
    """An FTS5 expression matching every term; the last one as a prefix.

    Terms come from :func:`textfold.words`, so they hold only word characters; quoting
    them still makes FTS5 keywords (AND, OR, NOT, NEAR) plain words.
    """
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _hit(row: tuple[str, str, int, str, str, float], terms: list[str]) -> Hit:
    kind, ref_id, page, title, body, score = row
    snippet, highlights = make_snippet(body, terms)
    return Hit(kind, ref_id, title, int(page), snippet, highlights, float(score))


def make_snippet(body: str, terms: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of the original text around the first matched word, with the offsets of
    every matched word in it (the last term may match as a prefix, as in the query)."""
    found = words(body)
    matched = [i for i, (word, _, _) in enumerate(found) if _matches(word, terms)]
    if not matched:  # the match was in the title only
        first, last = 0, min(len(found), 2 * SNIPPET_WORDS) - 1
    else:
        first = max(matched[0] - SNIPPET_WORDS, 0)
        last = min(matched[0] + SNIPPET_WORDS, len(found) - 1)
    if last < first:
        return "", ()
    start, end = found[first][1], found[last][2]
    snippet = " ".join(body[start:end].split())
    if first > 0:
        snippet = "… " + snippet
    if last < len(found) - 1:
        snippet += " …"
    # Offsets shift when whitespace collapses, so find the words again in the snippet.
    return snippet, tuple((s, e) for word, s, e in words(snippet) if _matches(word, terms))


def _matches(word: str, terms: list[str]) -> bool:
    return word in terms[:-1] or word.startswith(terms[-1])
