"""Re-anchoring: my marks follow a new version via the outbox; what cannot follow is listed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy.orm import Session

from meetings_app.app.reanchoring import MALFORMED, ReanchoringService, carried_id
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Annotation
from tests.support.local_store import make_pdf
from tests.support.secretariat_laptop import Laptop, secretariat_laptop

OPENING = "Điều 1. Phạm vi điều chỉnh của Nghị định về đầu tư công."
BUDGET = "Điều 2. Bộ Tài chính bố trí vốn ngân sách nhà nước cho dự án trọng điểm."
ROADS = "Điều 3. Bộ Giao thông vận tải báo cáo tiến độ đường cao tốc Bắc Nam."
HEALTH = "Điều 4. Bộ Y tế rà soát danh mục thuốc thiết yếu trong quý ba."

V1 = make_pdf([[OPENING, BUDGET], [ROADS, HEALTH]])
# reordered (roads first), reworded budget clause, health clause gone
V2 = make_pdf(
    [
        [OPENING, ROADS],
        ["Điều 3. Bộ Tài chính bố trí vốn ngân sách trung ương cho các dự án trọng điểm."],
    ]
)


@pytest.fixture
def lap(tmp_path: Path) -> Iterator[Laptop]:
    laptop = secretariat_laptop(tmp_path / "laptop", me="p-minh")
    laptop.document("d-1", "Dự thảo Nghị định đầu tư công", [V1, V2], item=laptop.item_budget)
    me = laptop.minh
    laptop.mark("hl-roads", "d-1-v1", V1, 1, "đường cao tốc Bắc Nam", owner=me, text="Cần làm rõ")
    laptop.mark(
        "ul-budget", "d-1-v1", V1, 0, "bố trí vốn ngân sách nhà nước", owner=me, kind="underline"
    )
    laptop.mark(
        "ink-roads",
        "d-1-v1",
        V1,
        1,
        "tiến độ",
        owner=me,
        kind="ink",
        geometry={"paths": [[[300, 760, 0.5], [340, 772, 0.7]]], "width": 2.0},
    )
    laptop.mark("hl-health", "d-1-v1", V1, 1, "danh mục thuốc thiết yếu", owner=me, text="Bổ sung")
    laptop.mark("lan-mark", "d-1-v1", V1, 0, "Phạm vi điều chỉnh", owner=laptop.lan, shared=True)
    yield laptop
    laptop.engine.dispose()


def _service(lap: Laptop) -> ReanchoringService:
    return ReanchoringService(lap.engine, lap.writer_for(lap.minh), lap.read_pdf)


def _annotation(lap: Laptop, annotation_id: str) -> Annotation:
    with Session(lap.engine) as s:
        row = s.get(Annotation, annotation_id)
    assert row is not None
    return row


def _covered(pdf: bytes, row: Annotation) -> str:
    textpage = pdfium.PdfDocument(pdf)[row.page].get_textpage()
    rects = row.geometry["rects"]
    return " ".join(
        textpage.get_text_bounded(r[0] - 0.5, r[1] - 0.5, r[2] + 0.5, r[3] + 0.5) for r in rects
    )


def test_marks_follow_the_new_version_through_the_outbox(lap: Laptop) -> None:
    outcome = _service(lap).reanchor_version("d-1-v2")
    carried = {old: carried_id(old, "d-1-v2") for old in ("hl-roads", "ul-budget", "ink-roads")}
    assert set(outcome.placed) == set(carried.values())
    assert outcome.unplaced == ("hl-health",)

    roads = _annotation(lap, carried["hl-roads"])
    assert (roads.document_version_id, roads.page, roads.owner_id) == ("d-1-v2", 0, lap.minh)
    assert roads.text == "Cần làm rõ" and "đường cao tốc Bắc Nam" in _covered(V2, roads)
    budget = _annotation(lap, carried["ul-budget"])
    assert (budget.page, budget.kind) == (1, "underline")
    assert "ngân sách" in _covered(V2, budget)
    ink = _annotation(lap, carried["ink-roads"])
    assert ink.page == 0 and ink.geometry["width"] == 2.0
    assert [p[2] for p in ink.geometry["paths"][0]] == [0.5, 0.7]  # pressure kept

    queued = {(e.entity, e.entity_id) for e in lap.outbox()}
    assert queued == {("annotation", i) for i in carried.values()}
    # nothing is dropped: the old marks are untouched, Lan's mark is not mine to move
    assert _annotation(lap, "hl-health").document_version_id == "d-1-v1"
    assert not _annotation(lap, "hl-health").deleted
    with Session(lap.engine) as s:
        assert s.get(Annotation, carried_id("lan-mark", "d-1-v2")) is None


def test_unplaced_marks_are_listed_with_their_reason_until_dealt_with(lap: Laptop) -> None:
    service = _service(lap)
    service.reanchor_version("d-1-v2")
    (item,) = service.unplaced("d-1")
    assert (item.annotation_id, item.from_number, item.to_number) == ("hl-health", 1, 2)
    assert item.text == "Bổ sung" and "no longer in the document" in item.reason
    assert service.unplaced("d-other") == []
    service.dismiss("d-1-v2", "hl-health")
    assert service.unplaced() == []


def test_erased_mark_leaves_the_list(lap: Laptop) -> None:
    service = _service(lap)
    service.reanchor_version("d-1-v2")
    with Session(lap.engine) as s, s.begin():
        row = s.get(Annotation, "hl-health")
        assert row is not None
        row.deleted = True
    assert service.unplaced() == []


def test_running_again_writes_nothing_new_but_carries_later_marks(lap: Laptop) -> None:
    service = _service(lap)
    service.reanchor_version("d-1-v2")
    before = len(lap.outbox())
    again = service.reanchor_version("d-1-v2")
    assert again.placed == () and len(lap.outbox()) == before
    lap.mark("late", "d-1-v1", V1, 0, "Phạm vi điều chỉnh", owner=lap.minh)
    assert service.reanchor_version("d-1-v2").placed == (carried_id("late", "d-1-v2"),)
    assert [i.annotation_id for i in service.unplaced()] == ["hl-health"]


def test_unreadable_mark_is_listed_not_dropped(lap: Laptop) -> None:
    lap.mark(
        "broken", "d-1-v1", V1, 0, "Phạm vi", owner=lap.minh, kind="note", geometry={"rects": []}
    )
    outcome = _service(lap).reanchor_version("d-1-v2")
    assert "broken" in outcome.unplaced
    reasons = {i.annotation_id: i.reason for i in _service(lap).unplaced()}
    assert reasons["broken"] == MALFORMED


def test_new_versions_are_processed_once_downloaded(lap: Laptop) -> None:
    w1, w2 = make_pdf([["Tờ trình Chính phủ"]]), make_pdf([["Tờ trình Chính phủ (bản sửa)"]])
    lap.document("d-2", "Tờ trình", [w1, w2], cached=False)
    lap.mark("on-d2", "d-2-v1", w1, 0, "Chính phủ", owner=lap.minh)
    service = _service(lap)
    outcomes = service.reanchor_new_versions()
    assert [o.version_id for o in outcomes] == ["d-1-v2"]  # d-2-v2 waits for its file
    assert service.reanchor_new_versions() == []
    lap.blobs.put_bytes(w2)
    assert [o.version_id for o in service.reanchor_new_versions()] == ["d-2-v2"]


def test_unknown_version_and_signed_out(lap: Laptop) -> None:
    with pytest.raises(AppError) as err:
        _service(lap).reanchor_version("nope")
    assert err.value.code == "NOT_FOUND"
    signed_out = ReanchoringService(lap.engine, lap.writer_for(None), lap.read_pdf)
    with pytest.raises(AppError) as err:
        signed_out.reanchor_version("d-1-v2")
    assert err.value.code == "NOT_SIGNED_IN"
