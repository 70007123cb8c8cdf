"""Search: diacritics folded, ranked pages, snippets in the original text, no FTS injection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from meetings_app.documents.search import SearchIndex
from meetings_app.documents.textfold import fold


@pytest.fixture
def index() -> Iterator[SearchIndex]:
    conn = sqlite3.connect(":memory:")
    search = SearchIndex(conn)
    search.add_document(
        "v1",
        "Nghị quyết phiên họp thường kỳ",
        [
            "Chính phủ thảo luận tình hình kinh tế - xã hội tháng 5.",
            "Thủ tướng QUYẾT ĐỊNH phê duyệt kế hoạch đầu tư công. Quyết định có hiệu lực ngay; "
            "quyết định này thay thế quyết định số 12.",
            "Đường sắt tốc độ cao Bắc - Nam được trình Quốc hội.",
        ],
    )
    search.add_document("v2", "Tờ trình dự án luật", ["Bộ Tư pháp đề nghị quyết định sớm."])
    search.add_note("n1", "Ghi chú của tôi", "Hỏi lại Bộ Giao thông về đường sắt")
    yield search
    conn.close()


def test_folding_keeps_length_and_folds_d() -> None:
    text = "Quyết định ĐƯỜNG đi"
    assert fold(text) == "quyet dinh duong di"
    assert len(fold(text)) == len(text)


def test_unaccented_query_finds_accented_text_best_page_first(index: SearchIndex) -> None:
    hits = index.query("quyet dinh")
    assert [(h.ref_id, h.page) for h in hits] == [("v1", 1), ("v2", 0)]
    assert hits[0].rank <= hits[1].rank
    best = hits[0]
    assert "QUYẾT ĐỊNH" in best.snippet
    start, end = best.highlights[0]
    assert best.snippet[start:end] == "QUYẾT"


def test_accented_query_and_d_stroke(index: SearchIndex) -> None:
    hits = index.query("đường sắt")
    assert {(h.kind, h.ref_id) for h in hits} == {("document", "v1"), ("note", "n1")}
    assert [h.ref_id for h in index.query("duong sat", kind="note")] == ["n1"]


def test_last_word_matches_as_prefix(index: SearchIndex) -> None:
    assert [h.ref_id for h in index.query("tờ tri")] == ["v2"]


@pytest.mark.parametrize(
    "hostile", ['"', 'quyết" OR "x', "*", "-kinh", "AND", "NEAR(a b)", "a:b", "(", "^x"]
)
def test_fts_syntax_in_queries_is_plain_text(index: SearchIndex, hostile: str) -> None:
    index.query(hostile)  # never an sqlite3.OperationalError


def test_keywords_are_searched_as_words(index: SearchIndex) -> None:
    index.add_document("v3", "English", ["Ministers AND deputies NOT present"])
    assert [h.ref_id for h in index.query("and deputies")] == ["v3"]
    assert index.query("") == [] and index.query("   ...  ") == []


def test_reindexing_replaces_and_remove_forgets(index: SearchIndex) -> None:
    index.add_document("v2", "Tờ trình", ["Nội dung mới hoàn toàn"])
    assert [h.ref_id for h in index.query("quyet dinh")] == ["v1"]
    index.remove("v1")
    assert index.query("quyet dinh") == []
    index.remove("n1", kind="note")
    assert index.query("duong sat") == []


def test_title_match_points_at_first_page(index: SearchIndex) -> None:
    hits = index.query("nghi quyet thuong ky")
    assert [(h.ref_id, h.page) for h in hits] == [("v1", 0)]
