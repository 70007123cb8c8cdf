"""Search across a meeting pack, offline: documents' page text and one's own notes.

The index is :class:`meetings_app.documents.search.SearchIndex` (SQLite FTS5 with
diacritic folding) inside the laptop's store. Documents are indexed once their blob is
downloaded (:meth:`SearchService.index_version`).

At-rest policy (DESIGN.md, "Security model"): the FTS index is plaintext, so it holds
only what is not private:

* page text of ``public`` and ``internal`` documents is indexed;
* page text of ``confidential`` and ``secret`` documents is never indexed (those
  documents are searched inside the viewer, on the decrypted bytes in memory);
* notes are never indexed: they live encrypted in the ``note`` table, and
  :meth:`SearchService.search` matches this person's notes in memory after
  decrypting them (a person has tens of notes, not thousands); an index row of a note
  or of a document that became confidential (left by an older version, or before a
  reclassification) is removed.

What must hold true: only this person's notes are searched; results carry what the
viewer needs to jump (version id, 0-based page, the matched words) and, for notes, the
meeting and agenda item they belong to; a result of another meeting is left out when a
meeting is given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.documents.pdf_info import ImportLimits
from meetings_app.documents.search import DOCUMENT, NOTE, SearchIndex, make_snippet
from meetings_app.documents.textfold import words
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import AgendaItem, Document, DocumentVersion, Meeting, Note

ProgressFn = Callable[[int, int], None]
PageTexts = Callable[[str], list[str]]
"""Returns the page texts of a document version (the UI hands in the documents engine)."""


#: Classifications whose page text may sit in the plaintext index.
INDEXABLE = frozenset({"public", "internal"})

#: Reading page text for the index: the import's limits, with tiny thumbnails (unused).
INDEX_LIMITS = ImportLimits(thumbnail_width=8, page_render_seconds=None)


def pdf_page_texts(read_pdf: Callable[[str], bytes]) -> PageTexts:
    """Page texts of a version through the documents engine's safe import (a child
    process under time and memory limits: a hostile file cannot hang the laptop).

    Raises ``ImportRefused`` for a file it will not read; :meth:`SearchService.index_missing`
    skips such a version.
    """

    def texts(version_id: str) -> list[str]:
        from meetings_app.documents.safe_import import inspect_pdf  # pypdf: not at start-up

        info = inspect_pdf(read_pdf(version_id), INDEX_LIMITS)
        return [page.text for page in info.pages]

    return texts


@dataclass(frozen=True)
class SearchResult:
    kind: str
    """``"document"`` or ``"note"``."""
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    meeting_id: str
    document_version_id: str | None = None
    page: int = 0
    """0-based page of the hit (documents)."""
    agenda_item_id: str | None = None
    note_id: str | None = None
    terms: tuple[str, ...] = ()
    """The words matched, as the snippet shows them: what the viewer highlights."""


class SearchService:
    def __init__(self, engine: Engine, person_id: str) -> None:
        database = engine.url.database
        if engine.dialect.name != "sqlite" or not database:
            raise AppError("Search needs the laptop's SQLite store.", code=Code.SEARCH_UNAVAILABLE)
        self._engine = engine
        self._path = database
        self.person_id = person_id

    @contextmanager
    def _index(self) -> Iterator[SearchIndex]:
        # One connection per call: searches run on worker threads, and sqlite3
        # connections must stay on the thread that made them.
        conn = sqlite3.connect(self._path, timeout=30)
        try:
            yield SearchIndex(conn)
        finally:
            conn.close()

    def search(
        self, text: str, meeting_id: str | None = None, limit: int = 50
    ) -> list[SearchResult]:
        with self._index() as index:
            hits = index.query(text, limit=limit * 2 if meeting_id else limit, kind=DOCUMENT)
        results: list[SearchResult] = self._search_notes(text, meeting_id)
        with Session(self._engine) as session:
            for hit in hits:
                terms = tuple(hit.snippet[s:e] for s, e in hit.highlights)
                if hit.kind == DOCUMENT:
                    version = session.get(DocumentVersion, hit.ref_id)
                    doc = session.get(Document, version.document_id) if version else None
                    if doc is None or doc.deleted or (meeting_id and doc.meeting_id != meeting_id):
                        continue
                    if doc.classification not in INDEXABLE:
                        continue  # indexed before a reclassification: removed at the next pass
                    results.append(
                        SearchResult(
                            DOCUMENT,
                            doc.title,
                            hit.snippet,
                            hit.highlights,
                            doc.meeting_id,
                            document_version_id=hit.ref_id,
                            page=hit.page,
                            agenda_item_id=doc.agenda_item_id,
                            terms=terms,
                        )
                    )
        return results[:limit]

    # --- indexing ----------------------------------------------------------------------

    def _search_notes(self, text: str, meeting_id: str | None) -> list[SearchResult]:
        """This person's notes matching every word of ``text`` (the last as a prefix),
        matched in memory on the decrypted text: notes never enter the plaintext index."""
        terms = [word for word, _, _ in words(text)]
        if not terms or not self.person_id:
            return []
        query = select(Note).where(Note.owner_id == self.person_id, Note.deleted.is_(False))
        if meeting_id:
            query = query.where(Note.meeting_id == meeting_id)
        found: list[SearchResult] = []
        with Session(self._engine) as session:
            for note in session.scalars(query):
                title = _note_title(session, note)
                present = [w for w, _, _ in words(f"{title} {note.text}")]
                last_ok = any(w.startswith(terms[-1]) for w in present)
                if not last_ok or any(t not in present for t in terms[:-1]):
                    continue
                snippet, highlights = make_snippet(note.text, terms)
                found.append(
                    SearchResult(
                        NOTE,
                        title,
                        snippet,
                        highlights,
                        note.meeting_id,
                        agenda_item_id=note.agenda_item_id,
                        note_id=note.id,
                        terms=tuple(snippet[s:e] for s, e in highlights),
                    )
                )
        return found

    # --- indexing ----------------------------------------------------------------------

    def index_note(self, note_id: str, _title: str = "", _text: str = "") -> None:
        """A note was saved: make sure no plaintext copy of it sits in the index.

        Notes are searched in memory (see the module's policy); this only removes a row
        an older version of the program may have indexed.
        """
        with self._index() as index:
            index.remove(note_id, NOTE)

    def index_version(self, version_id: str, title: str, pages: list[str]) -> None:
        """Index a version's pages, unless its document is confidential or secret."""
        with self._index() as index:
            if self._indexable(version_id):
                index.add_document(version_id, title, pages)
            else:
                index.remove(version_id, DOCUMENT)

    def _indexable(self, version_id: str) -> bool:
        with Session(self._engine) as session:
            version = session.get(DocumentVersion, version_id)
            doc = session.get(Document, version.document_id) if version else None
            return doc is not None and doc.classification in INDEXABLE

    def purge_private(self) -> int:
        """Remove index rows that must not be in plaintext: notes, and the pages of
        versions whose document is (now) confidential or secret. Returns rows removed."""
        with Session(self._engine) as session:
            hidden = {
                v.id
                for d in session.scalars(
                    select(Document).where(Document.classification.not_in(INDEXABLE))
                )
                for v in session.scalars(
                    select(DocumentVersion).where(DocumentVersion.document_id == d.id)
                )
            }
        conn = sqlite3.connect(self._path, timeout=30)
        try:
            SearchIndex(conn)
            with conn:
                removed = conn.execute("DELETE FROM search_text WHERE kind = ?", (NOTE,)).rowcount
                for version_id in hidden:
                    removed += conn.execute(
                        "DELETE FROM search_text WHERE kind = ? AND ref_id = ?",
                        (DOCUMENT, version_id),
                    ).rowcount
        finally:
            conn.close()
        return int(removed)

    def indexed_versions(self) -> set[str]:
        conn = sqlite3.connect(self._path, timeout=30)
        try:
            SearchIndex(conn)  # makes sure the table exists
            rows = conn.execute(
                "SELECT DISTINCT ref_id FROM search_text WHERE kind = ?", (DOCUMENT,)
            ).fetchall()
        finally:
            conn.close()
        return {str(r[0]) for r in rows}

    def index_missing(
        self,
        page_texts: PageTexts,
        available: Callable[[str], bool],
        progress: ProgressFn | None = None,
    ) -> int:
        """Index every downloaded current version not indexed yet; returns how many.

        A version whose text cannot be read is skipped (the viewer will explain it when
        opened); search must never stop at one bad file.
        """
        self.purge_private()
        done = self.indexed_versions()
        with Session(self._engine) as session:
            todo = [
                (v.id, d.title)
                for d in session.scalars(
                    select(Document).where(
                        Document.deleted.is_(False), Document.classification.in_(INDEXABLE)
                    )
                )
                for v in [session.get(DocumentVersion, d.current_version_id or "")]
                if v is not None and v.id not in done
            ]
        count = 0
        for number, (version_id, title) in enumerate(todo, 1):
            if progress:
                progress(number - 1, len(todo))
            if not available(version_id):
                continue
            try:
                pages = page_texts(version_id)
            except AppError:
                continue
            self.index_version(version_id, title, pages)
            count += 1
        if progress:
            progress(len(todo), len(todo))
        return count


def _note_title(session: Session, note: Note) -> str:
    if note.agenda_item_id:
        item = session.get(AgendaItem, note.agenda_item_id)
        if item is not None:
            return item.title
    meeting = session.get(Meeting, note.meeting_id)
    return meeting.title if meeting else ""
