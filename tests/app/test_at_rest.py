"""The laptop store at rest: private fields and blobs are ciphertext in the files on disk;
the services still read plaintext; the plaintext search index holds nothing private."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.orm import Session

from meetings_app.app.export import ExportService
from meetings_app.app.member_services import MemberServices
from meetings_app.app.notes import NotesService
from meetings_app.app.search import SearchService
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import (
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    LocalBlob,
    Meeting,
    Participant,
    Person,
    Poll,
)
from meetings_app.store.sealed_blobs import SealedBlobStore
from tests.support.at_rest import fixed_cipher
from tests.support.local_store import make_pdf

ME = "p-me"
MEETING = "m-1"
NOTE_MARKER = "GHICHU-BIMAT-7731"
COMMENT_MARKER = "YKIEN-BIMAT-9912"
MARK_MARKER = "DANHDAU-BIMAT-5520"
PAGE_MARKER = "TRANGMAT"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[ClientServices]:
    opened = ClientServices.open(tmp_path / "laptop", person_id=ME, cipher=fixed_cipher())
    with Session(opened.engine) as s, s.begin():
        s.add_all(
            [
                Person(id=ME, username="minh", full_name="Nguyễn Văn Minh", version=1),
                Meeting(id=MEETING, title="Phiên họp", status="published", version=1),
                Participant(id="pa-1", meeting_id=MEETING, person_id=ME, role="member", version=1),
                Poll(
                    id="poll-1",
                    meeting_id=MEETING,
                    question="Thông qua?",
                    options=[{"id": "yes", "label": "Đồng ý"}, {"id": "no", "label": "Không"}],
                    state="open",
                    closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
                    version=1,
                ),
            ]
        )
    yield opened
    opened.close()


def _add_document(
    services: ClientServices, doc_id: str, pdf: bytes, classification: str = "internal"
) -> str:
    assert isinstance(services.blobs, SealedBlobStore)
    sha, size = services.blobs.put_bytes(pdf)
    version_id = f"{doc_id}-v1"
    with Session(services.engine) as s, s.begin():
        s.add_all(
            [
                Document(
                    id=doc_id,
                    meeting_id=MEETING,
                    title=f"Tài liệu {doc_id}",
                    classification=classification,
                    current_version_id=version_id,
                    version=1,
                ),
                DocumentVersion(
                    id=version_id,
                    document_id=doc_id,
                    blob_sha256=sha,
                    size=size,
                    pages=1,
                    filename="a.pdf",
                    version=1,
                ),
                LocalBlob(sha256=sha, size=size, complete=True, encrypted=True),
            ]
        )
    return version_id


def _disk(folder: Path) -> bytes:
    """Every byte of the laptop folder: the database, its WAL, the blobs."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_private_fields_never_reach_the_files_in_clear(services: ClientServices) -> None:
    member = MemberServices.build(services, ME)
    member.notes.save(MEETING, None, f"Ghi chú: {NOTE_MARKER}")
    member.polls.cast("poll-1", "no", comment=f"Lý do: {COMMENT_MARKER}")
    services.writer.save(
        Annotation(
            owner_id=ME,
            document_version_id="d-1-v1",
            page=0,
            kind="note",
            text=f"Nhận xét {MARK_MARKER}",
            quote=f"trích {MARK_MARKER}",
            context=f"ngữ cảnh {MARK_MARKER}",
        )
    )
    # the services read plaintext
    assert NOTE_MARKER in member.notes.load(MEETING, None).text
    with Session(services.engine) as s:
        ballot = s.query(Ballot).one()
        assert COMMENT_MARKER in ballot.comment
        mark = s.query(Annotation).one()
        assert MARK_MARKER in mark.text and MARK_MARKER in mark.quote
    # the columns (and the outbox's copy of each change) are ciphertext
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM note")).scalar_one().startswith("enc1:")
        assert conn.execute(text("SELECT comment FROM ballot")).scalar_one().startswith("enc1:")
    for marker in (NOTE_MARKER, COMMENT_MARKER, MARK_MARKER):
        assert marker.encode() not in _disk(services.folder), marker
    # …also once the WAL is folded into the database file
    with services.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for marker in (NOTE_MARKER, COMMENT_MARKER, MARK_MARKER):
        assert marker.encode() not in (services.folder / "client.db").read_bytes(), marker


def test_rows_written_before_encryption_still_read(services: ClientServices) -> None:
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO note (id, version, updated_at, deleted, owner_id, meeting_id, text)"
                " VALUES ('n-old', 1, '', 0, :me, :m, 'ghi chú cũ')"
            ),
            {"me": ME, "m": MEETING},
        )
    assert NotesService(services.engine, services.writer, ME).load(MEETING, None).text == (
        "ghi chú cũ"
    )


def test_viewer_and_export_read_the_encrypted_cache(
    services: ClientServices, tmp_path: Path
) -> None:
    pdf = make_pdf([[f"Trang một {PAGE_MARKER}"]])
    version = _add_document(services, "d-1", pdf)
    assert isinstance(services.blobs, SealedBlobStore)
    sha = hashlib.sha256(pdf).hexdigest()
    on_disk = services.blobs.path(sha).read_bytes()
    assert on_disk != pdf and b"%PDF" not in on_disk
    assert services.documents.read_pdf(version) == pdf
    member = MemberServices.build(services, ME)
    assert member.export is not None
    export = ExportService(services.engine, services.documents.read_pdf, ME)
    out = export.save_copy(version, tmp_path / "copy.pdf")
    assert PAGE_MARKER in PdfReader(out).pages[0].extract_text()


def _index_rows(services: ClientServices) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(services.folder / "client.db")
    try:
        return [
            (str(k), str(r), str(b))
            for k, r, b in conn.execute("SELECT kind, ref_id, body FROM search_text")
        ]
    finally:
        conn.close()


def test_search_index_holds_no_notes_and_no_confidential_pages(services: ClientServices) -> None:
    search = SearchService(services.engine, ME)
    notes = NotesService(services.engine, services.writer, ME)
    notes.listeners.append(search.index_note)
    notes.save(MEETING, None, f"Hỏi lại về quyết định bồi thường {NOTE_MARKER}")
    internal = _add_document(services, "d-int", make_pdf([["x"]]))
    secret = _add_document(services, "d-sec", make_pdf([["y"]]), classification="secret")
    search.index_version(internal, "Tờ trình", ["Quyết định về đất đai"])
    search.index_version(secret, "Báo cáo mật", [f"Quyết định mật {PAGE_MARKER}"])
    rows = _index_rows(services)
    assert [(k, r) for k, r, _ in rows] == [("document", internal)]
    assert not any(NOTE_MARKER in b or PAGE_MARKER in b for _, _, b in rows)
    # search still finds the document page and the person's own note (matched in memory)
    results = search.search("quyet dinh", MEETING)
    assert sorted(r.kind for r in results) == ["document", "note"]
    note = next(r for r in results if r.kind == "note")
    assert note.terms == ("quyết", "định")


def test_index_missing_skips_confidential_and_purges_old_plaintext(
    services: ClientServices,
) -> None:
    search = SearchService(services.engine, ME)
    internal = _add_document(services, "d-int", make_pdf([["a"]]))
    confidential = _add_document(services, "d-conf", make_pdf([["b"]]), "confidential")
    assert search.indexed_versions() == set()  # makes the index table
    # rows an older version of the program left in the plaintext index
    conn = sqlite3.connect(services.folder / "client.db")
    try:
        conn.execute(
            "INSERT INTO search_text (title_folded, body_folded, kind, ref_id, page, title, body)"
            " VALUES ('', 'old', 'note', 'n-1', 0, '', ?)",
            (NOTE_MARKER,),
        )
        conn.execute(
            "INSERT INTO search_text (title_folded, body_folded, kind, ref_id, page, title, body)"
            " VALUES ('', 'old', 'document', ?, 0, '', ?)",
            (confidential, PAGE_MARKER),
        )
        conn.commit()
    finally:
        conn.close()
    asked: list[str] = []

    def texts(version_id: str) -> list[str]:
        asked.append(version_id)
        return ["Ngân sách nhà nước"]

    assert search.index_missing(texts, lambda _v: True) == 1
    assert asked == [internal]
    assert [(k, r) for k, r, _ in _index_rows(services)] == [("document", internal)]
