from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from meetings_app.app.export import PRINT, ExportService
from meetings_app.app.notes import NotesService
from meetings_app.app.search import SearchService
from meetings_app.domain.errors import AppError
from tests.support.local_store import make_pdf
from tests.support.member_meeting import MemberStore


def test_search_finds_document_pages_and_own_notes_without_diacritics(store: MemberStore) -> None:
    search = SearchService(store.engine, store.me)
    search.index_version(store.version, "Tờ trình", ["Mở đầu", "Quyết định về đất đai"])
    notes = NotesService(store.engine, store.writer, store.me)
    notes.listeners.append(search.index_note)
    notes.save(store.meeting, store.item2, "Hỏi lại về quyết định bồi thường")
    other = NotesService(store.engine, store.writer, store.other)
    other.listeners.append(search.index_note)
    other.save(store.meeting, None, "quyết định của người khác")

    results = search.search("quyet dinh", store.meeting)
    kinds = sorted(r.kind for r in results)
    assert kinds == ["document", "note"]
    doc = next(r for r in results if r.kind == "document")
    assert doc.document_version_id == store.version and doc.page == 1
    assert doc.terms == ("Quyết", "định")
    note = next(r for r in results if r.kind == "note")
    assert note.agenda_item_id == store.item2
    assert search.search("quyet dinh", "another-meeting") == []


def test_index_missing_skips_unreadable(store: MemberStore) -> None:
    search = SearchService(store.engine, store.me)

    def texts(version_id: str) -> list[str]:
        if version_id == "v-secret":
            raise AppError("bad", code="DAMAGED")
        return ["Ngân sách nhà nước"]

    assert search.index_missing(texts, lambda _v: True) == 1
    assert search.indexed_versions() == {store.version}
    assert search.search("ngan sach")[0].page == 0


def test_export_carries_marks_and_watermark(store: MemberStore, tmp_path: Path) -> None:
    pdf = make_pdf([["Trang một"], ["Trang hai"]])
    export = ExportService(store.engine, lambda _v: pdf, store.me, now=store.now)
    job = export.prepare(store.version)
    assert job.marks == 1 and job.suggested_name.endswith(".pdf")
    progress: list[tuple[int, int]] = []
    out = export.save_copy(
        store.version, tmp_path / "copy.pdf", lambda d, t: progress.append((d, t))
    )
    reader = PdfReader(out)
    annots = reader.pages[0].get("/Annots")
    assert annots is not None and len(annots) == 1
    assert "Nguyễn Văn Minh" in reader.pages[1].extract_text()
    assert progress[-1] == (4, 4)
    assert export.render(store.version, PRINT)


def test_secret_document_refused_before_work(store: MemberStore, tmp_path: Path) -> None:
    calls: list[str] = []
    export = ExportService(store.engine, lambda v: calls.append(v) or b"", store.me)
    with pytest.raises(AppError) as refused:
        export.prepare("v-secret")
    assert refused.value.code == "EXPORT_FORBIDDEN"
    with pytest.raises(AppError):
        export.save_copy("v-secret", tmp_path / "x.pdf")
    assert calls == [] and not (tmp_path / "x.pdf").exists()
