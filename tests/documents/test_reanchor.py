"""Re-anchoring: marks follow their text into reworded and reordered versions."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from meetings_app.documents.geometry import Point, Rect
from meetings_app.documents.marks import Mark, quote_with_context
from meetings_app.documents.reanchor import reanchor
from tests.support.local_store import make_pdf, page_text

BUDGET = "Điều 3. Bộ Tài chính trình Chính phủ dự thảo nghị định về ngân sách nhà nước."
ROADS = "Điều 4. Bộ Giao thông vận tải báo cáo tiến độ đường cao tốc Bắc Nam."
HEALTH = "Điều 5. Bộ Y tế rà soát danh mục thuốc thiết yếu trong quý ba."
OPENING = "Điều 1. Phạm vi điều chỉnh của nghị quyết này."


def _mark(data: bytes, page: int, quote: str, kind: str = "highlight") -> Mark:
    text = page_text(data, page)
    start = text.index(quote)
    quote, context = quote_with_context(text, start, start + len(quote))
    return Mark(
        f"{kind}:{quote}", page, kind, rects=(Rect(0, 0, 1, 1),), quote=quote, context=context
    )


def _covered(data: bytes, mark: Mark) -> str:
    """The text PDFium finds inside the mark's rectangles on its page."""
    textpage = pdfium.PdfDocument(data)[mark.page].get_textpage()
    return " ".join(textpage.get_text_bounded(*r.inflate(0.5).as_list()) for r in mark.rects)


OLD = make_pdf([[OPENING, BUDGET], [ROADS, HEALTH]])


def test_marks_follow_reordered_text_to_another_page() -> None:
    new = make_pdf([[OPENING, HEALTH], [ROADS, "Điều 6. Khoản mới.", BUDGET]])
    marks = [_mark(OLD, 0, "dự thảo nghị định"), _mark(OLD, 1, "danh mục thuốc", "underline")]
    result = reanchor(marks, new)
    assert result.unplaced == []
    budget, health = result.placed
    assert (budget.page, health.page) == (1, 0)
    assert "dự thảo nghị định" in _covered(new, budget)
    assert "danh mục thuốc" in _covered(new, health)


def test_reworded_text_is_found_by_similarity() -> None:
    reworded = BUDGET.replace("trình Chính phủ dự thảo", "đã trình Chính phủ bản dự thảo")
    new = make_pdf([[OPENING, reworded], [ROADS, HEALTH]])
    mark = _mark(OLD, 0, "Bộ Tài chính trình Chính phủ dự thảo nghị định")
    result = reanchor([mark], new)
    assert result.unplaced == []
    placed = result.placed[0]
    assert placed.page == 0
    assert placed.quote.startswith("Bộ Tài chính") and "bản dự thảo" in placed.quote
    assert "đã trình Chính phủ" in _covered(new, placed)


def test_repeated_phrase_is_told_apart_by_its_neighbourhood() -> None:
    first, second = "Bộ Tài chính chủ trì thực hiện.", "Bộ Y tế chủ trì thực hiện."
    old = make_pdf([[first, second]])
    new = make_pdf([[second, "Thêm một dòng.", first]])
    text = page_text(old, 0)
    start = text.index("chủ trì", text.index("Bộ Y tế"))
    quote, context = quote_with_context(text, start, start + len("chủ trì"))
    mark = Mark("twin", 0, "strike", rects=(Rect(0, 0, 1, 1),), quote=quote, context=context)
    placed = reanchor([mark], new).placed[0]
    assert placed.rects[0].y0 > 700  # the Bộ Y tế line is now the first one


def test_notes_and_ink_move_with_their_text() -> None:
    new = make_pdf([[OPENING, HEALTH], [ROADS, BUDGET]])
    base = _mark(OLD, 0, "ngân sách")
    note = Mark(
        "note", 0, "note", rects=(Rect(100, 700, 120, 720),), quote=base.quote, context=base.context
    )
    ink = Mark(
        "ink",
        0,
        "ink",
        paths=((Point(100, 700), Point(140, 720)),),
        quote=base.quote,
        context=base.context,
    )
    placed = {m.id: m for m in reanchor([note, ink], new).placed}
    assert placed["note"].page == 1 and placed["ink"].page == 1
    assert placed["note"].rects[0].width == pytest.approx(20)
    stroke = placed["ink"].paths[0]
    assert stroke[1].x - stroke[0].x == pytest.approx(40)


def test_marks_that_cannot_be_placed_are_listed_never_dropped() -> None:
    new = make_pdf([[OPENING], [ROADS]])
    gone = _mark(OLD, 0, "ngân sách nhà nước")
    drawing = Mark("free", 1, "ink", paths=((Point(1, 1), Point(2, 2)),))
    kept = _mark(OLD, 1, "tiến độ đường cao tốc")
    result = reanchor([gone, drawing, kept], new)
    assert [m.id for m in result.placed] == [kept.id]
    assert [(u.mark, u.reason.endswith(".")) for u in result.unplaced] == [
        (gone, True),
        (drawing, True),
    ]
