"""Reports from the laptop's rows: booklet, pack, ballot results, minutes, opinion table."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.reports import GENERAL, ReportsService, _signature_ok, parse_minutes
from meetings_app.documents.reports.pack import NOT_INCLUDED
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Annotation, Ballot, Device, Minutes, Poll
from meetings_app.security import signing
from tests.support.local_store import make_pdf
from tests.support.secretariat_laptop import START, Laptop, secretariat_laptop

BUDGET_PDF = make_pdf(
    [["Báo cáo tình hình thực hiện dự toán ngân sách"], ["Phụ lục số liệu thu chi"]]
)
ANNEX_PDF = make_pdf([["Phụ lục phương án bồi thường, hỗ trợ, tái định cư"]])
DRAFT = make_pdf(
    [
        [
            "DỰ THẢO LUẬT ĐẤT ĐAI (SỬA ĐỔI)",
            "Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về chế độ sở hữu đất đai.",
            "Điều 2. Đối tượng áp dụng",
            "1. Cơ quan nhà nước thực hiện quyền hạn đại diện chủ sở hữu.",
            "2. Người sử dụng đất theo quy định của Luật này.",
        ],
        [
            "Điều 3. Giải thích từ ngữ",
            "Thửa đất là phần diện tích đất được giới hạn bởi ranh giới.",
        ],
    ]
)
YES_NO = [{"id": "yes", "label": "Tán thành"}, {"id": "no", "label": "Không tán thành"}]


def text_of(pdf: bytes) -> str:
    """The PDF's text with runs of whitespace made one space (table cells wrap lines)."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


@pytest.fixture
def lap(tmp_path: Path) -> Iterator[Laptop]:
    laptop = secretariat_laptop(tmp_path / "laptop")
    laptop.document("d-budget", "Báo cáo dự toán ngân sách", [BUDGET_PDF], item=laptop.item_budget)
    laptop.document("d-annex", "Phụ lục tái định cư", [ANNEX_PDF], item=laptop.item_law_annex)
    yield laptop
    laptop.engine.dispose()


def _service(lap: Laptop, person: str | None = None) -> ReportsService:
    return ReportsService(lap.engine, lap.read_pdf, person or lap.secretariat)


# --- agenda and pack -----------------------------------------------------------------------


def test_agenda_booklet_in_vietnamese(lap: Laptop) -> None:
    text = text_of(_service(lap).agenda_booklet(lap.meeting))
    for expected in (
        "Phiên họp Chính phủ thường kỳ tháng 3 năm 2026",
        "Dự án Luật Đất đai (sửa đổi)",
        "Phụ lục bồi thường, hỗ trợ, tái định cư",
        "Nguyễn Văn Minh",
        "Báo cáo dự toán ngân sách",
    ):
        assert expected in text


def test_meeting_pack_merges_cached_documents_in_agenda_order(lap: Laptop) -> None:
    pack = _service(lap).meeting_pack(lap.meeting)
    reader = PdfReader(io.BytesIO(pack.pdf))
    assert pack.pages == len(reader.pages)
    titles = [e.title for e in pack.toc]
    assert titles.index("Báo cáo dự toán ngân sách") < titles.index("Phụ lục tái định cư")
    budget = next(e for e in pack.toc if e.title == "Báo cáo dự toán ngân sách")
    annex = next(e for e in pack.toc if e.title == "Phụ lục tái định cư")
    assert "dự toán ngân sách" in reader.pages[budget.page - 1].extract_text()
    assert annex.page == budget.page + 2
    assert "tái định cư" in reader.pages[annex.page - 1].extract_text()
    bookmarks = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Chương trình phiên họp" in bookmarks


def test_pack_names_every_document_not_downloaded(lap: Laptop) -> None:
    lap.document(
        "d-missing", "Tờ trình chưa tải", [make_pdf([["x"]])], item=lap.item_law, cached=False
    )
    with pytest.raises(AppError) as err:
        _service(lap).meeting_pack(lap.meeting)
    assert err.value.code == "NOT_DOWNLOADED" and err.value.params["titles"] == [
        "Tờ trình chưa tải"
    ]


@pytest.mark.parametrize(
    ("classification", "policy", "carried"),
    [
        ("confidential", {}, False),
        ("confidential", {"export": True}, True),
        ("secret", {"export": True, "print": True}, False),  # whatever its flags say
        ("internal", {"export": False}, False),
    ],
)
def test_pack_lists_a_document_it_may_not_carry_without_its_pages(
    lap: Laptop, classification: str, policy: dict[str, bool], carried: bool
) -> None:
    """The pack is an export: the same rule as "Save annotated copy", whoever asks (the
    secretariat too). A document that may not leave is listed, marked not included."""
    lap.document(
        "d-held",
        "Báo cáo mật",
        [make_pdf([["Nội dung tuyệt mật"]])],
        item=lap.item_law,
        classification=classification,
        policy=policy,
    )
    for person in (lap.minh, lap.secretariat):
        pack = _service(lap, person).meeting_pack(lap.meeting)
        reader = PdfReader(io.BytesIO(pack.pdf))
        text = "".join(page.extract_text() for page in reader.pages)
        assert ("tuyệt mật" in text) is carried, person
        titles = [e.title for e in pack.toc]
        listed = "Báo cáo mật" if carried else f"Báo cáo mật — {NOT_INCLUDED}"
        assert listed in titles, titles
        assert "Báo cáo dự toán ngân sách" in titles  # the rest of the pack is whole


def test_every_page_a_pack_carries_names_its_reader(lap: Laptop) -> None:
    """The pack is a copy leaving the program: each document page bears the watermark."""
    pack = _service(lap, lap.minh).meeting_pack(lap.meeting)
    reader = PdfReader(io.BytesIO(pack.pdf))
    budget = next(e for e in pack.toc if e.title == "Báo cáo dự toán ngân sách")
    footer = reader.pages[budget.page - 1].extract_text()
    assert "Nguyễn Văn Minh" in footer and "Phiên họp Chính phủ" in footer


def test_unscheduled_or_unknown_meeting_is_refused(lap: Laptop) -> None:
    with pytest.raises(AppError) as err:
        _service(lap).agenda_booklet("m-none")
    assert err.value.code == "NOT_FOUND"


# --- ballots --------------------------------------------------------------------------------


def _poll(
    lap: Laptop,
    poll_id: str,
    *,
    state: str = "closed",
    secret: bool = False,
    results: dict | None = None,
) -> None:  # type: ignore[type-arg]
    lap.add(
        Poll(
            id=poll_id,
            meeting_id=lap.meeting,
            question="Thông qua dự án Luật Đất đai (sửa đổi)?",
            options=YES_NO,
            secret=secret,
            state=state,
            opens_at=START,
            closes_at=START + dt.timedelta(hours=1),
            results=results,
            version=3,
        )
    )


def _ballot(
    lap: Laptop, poll_id: str, voter: str, option: str, key: str | None = None, tamper: bool = False
) -> None:
    cast_at = START + dt.timedelta(minutes=10)
    ballot_id = f"b-{poll_id}-{voter}"
    signature = None
    device_id = f"dev-{voter}"
    if key is not None:
        data = {
            "poll_id": poll_id,
            "option_id": "no" if tamper else option,
            "comment": "",
            "cast_at": cast_at,
        }
        signature = signing.sign(key, signing.ballot_message(ballot_id, data))
        lap.add(
            Device(
                id=device_id,
                person_id=voter,
                name="laptop",
                public_key=signing.public_key_of(key),
                version=1,
            )
        )
    lap.add(
        Ballot(
            id=ballot_id,
            poll_id=poll_id,
            voter_id=voter,
            option_id=option,
            cast_at=cast_at,
            device_id=device_id,
            signature=signature,
            version=1,
        )
    )


def test_open_poll_results_are_refused(lap: Laptop) -> None:
    _poll(lap, "poll-open", state="open")
    with pytest.raises(AppError) as err:
        _service(lap).ballot_results("poll-open")
    assert err.value.code == "POLL_NOT_CLOSED"


def test_closed_poll_lists_voters_and_checks_signatures(lap: Laptop) -> None:
    _poll(lap, "p1", results={"counts": {"yes": 2, "no": 1}, "cast": 3, "eligible": 3})
    _ballot(lap, "p1", lap.minh, "yes", key=signing.new_private_key())
    _ballot(lap, "p1", lap.lan, "yes", key=signing.new_private_key(), tamper=True)
    _ballot(lap, "p1", lap.chair, "no")  # unsigned
    text = text_of(_service(lap).ballot_results("p1"))
    assert "KẾT QUẢ BIỂU QUYẾT" in text and "Thông qua dự án Luật Đất đai" in text
    assert "Nguyễn Văn Minh" in text and "Trần Thị Lan" in text and "Lê Minh Khải" in text
    assert "không hợp lệ" in text and "hợp lệ" in text
    assert "15 giờ 30" in text  # 08:30 UTC printed in Vietnam time


def test_signature_column_policy(lap: Laptop) -> None:
    """Verified here with a key on this laptop; trusted from the store without one; unsigned fails."""
    _poll(lap, "p2", results={"cast": 3})
    _ballot(lap, "p2", lap.minh, "yes", key=signing.new_private_key())
    _ballot(lap, "p2", lap.lan, "yes", key=signing.new_private_key(), tamper=True)
    _ballot(lap, "p2", lap.chair, "no")
    with Session(lap.engine) as s:
        verdict = {b.voter_id: _signature_ok(s, b) for b in s.scalars(select(Ballot))}
        chair = s.get(Ballot, f"b-p2-{lap.chair}")
        assert chair is not None
        chair.signature = "c2lnbmVkIGJ5IHRoZSBzdG9yZQ=="  # device key not on this laptop
        assert _signature_ok(s, chair)
    assert verdict == {lap.minh: True, lap.lan: False, lap.chair: False}


def test_secret_poll_prints_the_tally_only(lap: Laptop) -> None:
    _poll(
        lap,
        "p-secret",
        secret=True,
        results={"counts": {"yes": 3, "no": 1}, "cast": 4, "eligible": 4},
    )
    _ballot(lap, "p-secret", lap.secretariat, "yes")  # only my own ballot is ever on a laptop
    text = text_of(_service(lap).ballot_results("p-secret"))
    assert "Biểu quyết kín" in text and "Tán thành" in text
    assert "Phạm Thu Hà" not in text and "Nguyễn Văn Minh" not in text
    assert "được thông qua" in text


def test_results_not_all_synced_are_refused(lap: Laptop) -> None:
    _poll(lap, "p3", results={"counts": {"yes": 2, "no": 0}, "cast": 2, "eligible": 4})
    _ballot(lap, "p3", lap.minh, "yes")
    with pytest.raises(AppError) as err:
        _service(lap).ballot_results("p3")
    assert err.value.code == "RESULTS_INCOMPLETE"
    _poll(lap, "p4", secret=True, results=None)
    with pytest.raises(AppError) as err:
        _service(lap).ballot_results("p4")
    assert err.value.code == "RESULTS_INCOMPLETE"


# --- minutes ------------------------------------------------------------------------------------


MINUTES_TEXT = """Phiên họp khai mạc lúc 8 giờ 30.

# Thảo luận dự toán ngân sách
Bộ trưởng Bộ Tài chính báo cáo
tình hình thu ngân sách quý I.

- Các thành viên thống nhất đánh giá.

# Kết luận
- Thông qua báo cáo dự toán ngân sách.
- Giao Bộ Tư pháp hoàn thiện dự án Luật Đất đai.
"""


def test_parse_minutes_sections_and_decisions() -> None:
    sections, decisions = parse_minutes(MINUTES_TEXT)
    assert [s.heading for s in sections] == ["Diễn biến phiên họp", "Thảo luận dự toán ngân sách"]
    assert sections[1].paragraphs == (
        "Bộ trưởng Bộ Tài chính báo cáo tình hình thu ngân sách quý I.",
        "Các thành viên thống nhất đánh giá.",
    )
    assert decisions == (
        "Thông qua báo cáo dự toán ngân sách.",
        "Giao Bộ Tư pháp hoàn thiện dự án Luật Đất đai.",
    )


def test_minutes_from_the_minutes_row(lap: Laptop) -> None:
    with pytest.raises(AppError) as err:
        _service(lap).minutes(lap.meeting)
    assert err.value.code == "NO_MINUTES"
    lap.add(Minutes(id="min-1", meeting_id=lap.meeting, text=MINUTES_TEXT, version=1))
    text = text_of(_service(lap).minutes(lap.meeting))
    for expected in (
        "BIÊN BẢN",
        "Thảo luận dự toán ngân sách",
        "KẾT LUẬN VÀ QUYẾT ĐỊNH",
        "Giao Bộ Tư pháp hoàn thiện dự án Luật Đất đai.",
        "CHỦ TỌA",
        "Lê Minh Khải",
        "Đỗ Thị Hường",
    ):
        assert expected in text


# --- opinion table ------------------------------------------------------------------------------


@pytest.fixture
def draft(lap: Laptop) -> str:
    lap.document("d-law", "Dự án Luật Đất đai (sửa đổi)", [DRAFT], item=lap.item_law)
    v = "d-law-v1"
    lap.mark(
        "o1",
        v,
        DRAFT,
        0,
        "Người sử dụng đất",
        owner=lap.minh,
        kind="note",
        text="Bổ sung hộ gia đình.",
        shared=True,
    )
    lap.mark(
        "o2",
        v,
        DRAFT,
        0,
        "chế độ sở hữu đất đai",
        owner=lap.lan,
        text="Làm rõ khái niệm sở hữu toàn dân.",
        shared=True,
    )
    lap.mark(
        "o3",
        v,
        DRAFT,
        1,
        "ranh giới",
        owner=lap.secretariat,
        kind="underline",
        text="Thống nhất thuật ngữ.",
    )
    lap.mark(
        "o4", v, DRAFT, 0, "DỰ THẢO LUẬT", owner=lap.lan, text="Đề nghị đổi tên luật.", shared=True
    )
    lap.mark("private", v, DRAFT, 0, "Phạm vi điều chỉnh", owner=lap.minh, text="Ghi chú riêng")
    lap.mark("no-text", v, DRAFT, 1, "Thửa đất", owner=lap.lan, shared=True)
    # a sticky note without a quote, placed under the heading of Điều 3 (page 2, y ≈ 770)
    lap.mark(
        "o5",
        v,
        DRAFT,
        1,
        "Giải thích",
        owner=lap.minh,
        kind="note",
        text="Thêm định nghĩa.",
        shared=True,
    )
    return "d-law"


def test_opinions_are_grouped_by_article_and_clause(lap: Laptop, draft: str) -> None:
    table = _service(lap).opinions(draft)
    assert table.drafting_agency == "Bộ Tư pháp"
    rows = [(row.clause, [c.author for c in row.comments]) for row in table.rows]
    assert rows == [
        (GENERAL, ["Trần Thị Lan"]),
        ("Điều 1", ["Trần Thị Lan"]),
        ("Điều 2, khoản 2", ["Nguyễn Văn Minh"]),
        ("Điều 3", ["Nguyễn Văn Minh", "Phạm Thu Hà"]),
    ]
    assert table.rows[1].clause_text == "Điều 1. Phạm vi điều chỉnh"
    assert table.rows[2].comments[0].organization == "Bộ trưởng Bộ Tài chính"


def test_opinion_without_quote_is_placed_by_position(lap: Laptop, draft: str) -> None:
    with Session(lap.engine) as s, s.begin():
        note = s.get(Annotation, "o5")
        assert note is not None
        note.quote, note.context = "", ""
        note.geometry = {"rects": [[300, 700, 320, 720]]}  # below "Điều 3" on page 2
    rows = {
        row.clause: [c.text for c in row.comments] for row in _service(lap).opinions(draft).rows
    }
    assert "Thêm định nghĩa." in rows["Điều 3"]


def test_opinion_table_pdf_in_vietnamese(lap: Laptop, draft: str) -> None:
    text = text_of(_service(lap).opinion_table(draft))
    for expected in (
        "BẢNG TỔNG HỢP Ý KIẾN",
        "Dự án Luật Đất đai (sửa đổi)",
        "Điều 2, khoản 2",
        "Bổ sung hộ gia đình.",
        "Làm rõ khái niệm sở hữu toàn dân.",
        "Trần Thị Lan",
    ):
        assert expected in text
    assert "Ghi chú riêng" not in text  # Minh's private mark is not the secretariat's to see


def test_opinion_table_of_unknown_document(lap: Laptop) -> None:
    with pytest.raises(AppError) as err:
        _service(lap).opinion_table("d-none")
    assert err.value.code == "NOT_FOUND"
