"""Reports: Vietnamese text comes back exactly, contents match bookmarks, secrets stay out."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from meetings_app.demo.pdfs import build_demo_pdf
from meetings_app.demo.report_inputs import demo_ballot, demo_meeting, demo_minutes, demo_opinions
from meetings_app.documents.reports import (
    AgendaItem,
    AttachedDocument,
    ClauseOpinions,
    Comment,
    Meeting,
    Participant,
    ReportInputError,
    Vote,
    agenda_booklet,
    ballot_results,
    build_meeting_pack,
    meeting_minutes,
    opinion_table,
)
from meetings_app.documents.reports.agenda import schedule
from meetings_app.documents.reports.layout import NATIONAL_MOTTO, NATIONAL_TITLE, styles


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with whitespace (including no-break spaces) collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


# --------------------------------------------------------------------------- booklet


def test_booklet_has_heading_people_agenda_and_documents() -> None:
    got = text(agenda_booklet(demo_meeting()))
    for expected in (
        NATIONAL_TITLE,
        NATIONAL_MOTTO,
        "CHƯƠNG TRÌNH",
        "Phiên họp Chính phủ thường kỳ tháng 11 năm 2026",
        "Đặng Quốc Huy",
        "Bộ trưởng Bộ Tư pháp",
        "Trịnh Thị Minh Khuê",
        "2.1",
        "Báo cáo tình hình kinh tế - xã hội tháng 11",
        "Dự thảo Nghị định quy định về Hệ thống thông tin",
        "(20 trang)",
        "08:30–08:40",
        "Thứ Năm, ngày 03 tháng 12 năm 2026",
        "DANH MỤC TÀI LIỆU",
    ):
        assert expected in got, expected


def top_centre(pdf: bytes) -> list[str]:
    """The text in each page's top margin, centre third (where the decree puts page numbers)."""
    document = pdfium.PdfDocument(pdf)
    found = []
    for page in document:
        width, height = page.get_size()
        band = page.get_textpage().get_text_bounded(
            width / 3, height - 25 * mm, 2 * width / 3, height
        )
        found.append(band.strip())
    return found


def test_booklet_pages_are_numbered_at_the_top_centre_except_the_first() -> None:
    pdf = agenda_booklet(demo_meeting())
    numbers = top_centre(pdf)
    assert len(numbers) > 1
    assert numbers[0] == ""
    assert numbers[1:] == [str(n) for n in range(2, len(numbers) + 1)]
    assert all("LƯU HÀNH NỘI BỘ" in page for page in pages_text(pdf))


def test_schedule_runs_leaves_back_to_back_and_parents_span_children() -> None:
    items = (
        AgendaItem("a", "A", duration_minutes=10),
        AgendaItem(
            "b",
            "B",
            children=(
                AgendaItem("b1", "B1", duration_minutes=20),
                AgendaItem("b2", "B2", duration_minutes=5),
            ),
        ),
        AgendaItem("c", "C", duration_minutes=15),
    )
    plan = schedule(items, datetime(2026, 12, 3, 8, 30))
    assert plan["b"] == (datetime(2026, 12, 3, 8, 40), datetime(2026, 12, 3, 9, 5))
    assert plan["c"][1] == datetime(2026, 12, 3, 9, 20)


# --------------------------------------------------------------------------- pack

_PACK_DOCS = {
    "to-trinh": "TỜ TRÌNH",
    "bao-cao-tham-dinh": "BÁO CÁO THẨM ĐỊNH",
    "du-thao-nghi-dinh": "NGHỊ ĐỊNH",
}


@pytest.fixture(scope="module")
def small_meeting() -> Meeting:
    """Three items, one nested, one without documents; real demo PDFs (no 500-page annex)."""

    def doc(key: str, title: str) -> AttachedDocument:
        return AttachedDocument(key, title)

    return Meeting(
        title="Phiên họp Chính phủ chuyên đề xây dựng pháp luật",
        place="Hà Nội",
        starts_at=datetime(2026, 12, 3, 8, 30),
        participants=(Participant("Lê Minh Quân", "Thủ tướng Chính phủ", "chair"),),
        agenda=(
            AgendaItem("open", "Khai mạc", duration_minutes=5),
            AgendaItem(
                "law",
                "Dự án Nghị định",
                children=(
                    AgendaItem(
                        "law-1",
                        "Tờ trình",
                        "Bộ trưởng Bộ Thông tin và Truyền thông",
                        15,
                        documents=(
                            doc("to-trinh", "Tờ trình về Nghị định"),
                            doc("du-thao-nghi-dinh", "Dự thảo Nghị định"),
                        ),
                    ),
                    AgendaItem(
                        "law-2",
                        "Thẩm định",
                        "Bộ trưởng Bộ Tư pháp",
                        10,
                        documents=(doc("bao-cao-tham-dinh", "Báo cáo thẩm định"),),
                    ),
                ),
            ),
            AgendaItem("close", "Kết luận", duration_minutes=10),
        ),
    )


@pytest.fixture(scope="module")
def small_pack(small_meeting: Meeting):  # type: ignore[no-untyped-def]
    return build_meeting_pack(small_meeting, {k: build_demo_pdf(k) for k in _PACK_DOCS})


def _outline(reader: PdfReader, items: list[object] | None = None) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += _outline(reader, item)
        else:
            page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
            found.append((str(item.title), page + 1))  # type: ignore[attr-defined]
    return found


def test_pack_contents_page_numbers_match_bookmarks(small_pack) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(small_pack.pdf))
    bookmarks = _outline(reader)
    contents = pages_text(small_pack.pdf)[0]
    for entry in small_pack.toc:
        assert (entry.title, entry.page) in bookmarks
        assert f"{entry.title} {entry.page}" in contents, entry
    assert bookmarks[0] == ("Mục lục", 1)


def test_pack_bookmarks_land_on_the_right_documents(small_pack) -> None:  # type: ignore[no-untyped-def]
    texts = pages_text(small_pack.pdf)
    by_key = {e.document_key: e.page for e in small_pack.toc if e.document_key}
    for key, kind in _PACK_DOCS.items():
        assert kind in texts[by_key[key] - 1]
    total = sum(len(PdfReader(io.BytesIO(build_demo_pdf(k))).pages) for k in _PACK_DOCS)
    assert small_pack.pages == by_key["to-trinh"] - 1 + total


def test_pack_keeps_each_documents_own_bookmarks(small_pack) -> None:  # type: ignore[no-untyped-def]
    titles = [title for title, _ in _outline(PdfReader(io.BytesIO(small_pack.pdf)))]
    assert "Điều 3. Giải thích từ ngữ" in titles
    assert "Chương I" in titles


def test_pack_points_items_without_documents_into_the_booklet(small_pack) -> None:  # type: ignore[no-untyped-def]
    entries = {e.title: e for e in small_pack.toc}
    booklet = entries["Chương trình phiên họp"].page
    assert entries["3. Kết luận"].page >= booklet
    assert entries["3. Kết luận"].page < entries["2. Dự án Nghị định"].page
    assert entries["2. Dự án Nghị định"].page == entries["2.1. Tờ trình"].page


def test_pack_refuses_missing_and_unreadable_documents(small_meeting: Meeting) -> None:
    pdfs = {k: build_demo_pdf(k) for k in ("to-trinh", "du-thao-nghi-dinh")}
    with pytest.raises(ReportInputError) as missing:
        build_meeting_pack(small_meeting, pdfs)
    assert missing.value.code == "PACK_DOCUMENT_MISSING"
    with pytest.raises(ReportInputError) as broken:
        build_meeting_pack(small_meeting, {**pdfs, "bao-cao-tham-dinh": b"%PDF-1.4 broken"})
    assert broken.value.code == "PACK_DOCUMENT_UNREADABLE"


# --------------------------------------------------------------------------- ballot


def test_open_ballot_lists_voters_choices_and_signature_checks() -> None:
    ballot = demo_ballot()
    one_unverified = tuple(
        replace(v, signature_verified=False) if i == 5 else v for i, v in enumerate(ballot.votes)
    )
    got = text(ballot_results(replace(ballot, votes=one_unverified)))
    for vote in ballot.votes:
        assert vote.voter_name in got
    for expected in (
        "KẾT QUẢ BIỂU QUYẾT",
        "Biểu quyết công khai",
        "Tán thành",
        "Không tán thành",
        "✓ hợp lệ",
        "✗ không hợp lệ",
        "7 (100,0%)",
        "Đủ số thành viên tham gia theo quy định",
    ):
        assert expected in got, expected


def test_secret_ballot_has_tally_but_no_voter_names() -> None:
    ballot = demo_ballot(secret=True)
    pdf = ballot_results(ballot)
    got = text(pdf)
    assert "Biểu quyết kín" in got and "Tán thành" in got
    assert "Số phiếu có chữ ký số hợp lệ: 7/7" in got
    for vote in ballot.votes:
        assert vote.voter_name not in got
        assert vote.voter_name.encode("utf-8") not in pdf
        assert vote.voter_name.encode("utf-16-be") not in pdf


def test_the_ballot_boards_chain_head_is_printed() -> None:
    head = "3f" * 32
    assert head not in re.sub(r"\s+", "", text(ballot_results(demo_ballot())))
    got = re.sub(r"\s+", "", text(ballot_results(replace(demo_ballot(), board_head=head))))
    assert "Mãđầuchuỗibảngphiếu:" + head in got


def test_unverified_votes_are_not_counted_and_quorum_shortfall_is_stated() -> None:
    votes = (
        Vote("Nguyễn Văn Ấn", "Bộ trưởng", "Tán thành", True),
        Vote("Trần Thị Bé", "Bộ trưởng", "Tán thành", False),
    )
    ballot = replace(demo_ballot(), votes=votes, quorum=5, outcome="")
    got = text(ballot_results(ballot))
    assert "Không đủ số thành viên tham gia theo quy định" in got
    assert re.search(r"Tán thành 1 50,0%", got)
    assert re.search(r"không xác minh được\) 1 50,0%", got)


def test_vote_for_unknown_option_is_refused() -> None:
    ballot = replace(demo_ballot(), votes=(Vote("A", "B", "Phương án lạ", True),))
    with pytest.raises(ReportInputError):
        ballot_results(ballot)


# --------------------------------------------------------------------------- minutes


def test_minutes_have_attendance_discussion_decisions_and_signatures() -> None:
    got = text(meeting_minutes(demo_minutes()))
    for expected in (
        "BIÊN BẢN",
        "Số: 373/BB-VPCP",
        "THÀNH PHẦN THAM DỰ",
        "Có mặt 9/9",
        "Lương Văn Phú",
        "Đại biểu mời dự",
        "Tình hình kinh tế - xã hội",
        "KẾT LUẬN VÀ QUYẾT ĐỊNH",
        "hoàn thiện dự thảo Nghị định",
        "THƯ KÝ",
        "CHỦ TỌA",
        "Hoàng Thị Thu Hà",
        "Lê Minh Quân",
        "kết thúc lúc 11 giờ 45",
    ):
        assert expected in got, expected


# --------------------------------------------------------------------------- opinions


def test_opinion_table_is_landscape_and_lists_who_said_what() -> None:
    table = demo_opinions()
    silent = ClauseOpinions("Điều 30", (), "Nghị định này có hiệu lực thi hành kể từ ngày …")
    pdf = opinion_table(replace(table, rows=(*table.rows, silent)))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    got = text(pdf)
    for expected in (
        "BẢNG TỔNG HỢP Ý KIẾN",
        "Ý kiến tiếp thu, giải trình",
        "Điều 12, khoản 2",
        "Vũ Thị Hồng Nhung",
        "Bộ trưởng Bộ Tài chính",
        "nhắc hạn",
        "Không có ý kiến",
        "Tổng cộng: 6 ý kiến của 6 thành viên đối với 6 điều",
    ):
        assert expected in got, expected


def test_opinion_longer_than_a_page_wraps_and_splits() -> None:
    sentence = "Đề nghị cơ quan chủ trì soạn thảo rà soát, làm rõ khái niệm tại khoản này. "
    rows = (ClauseOpinions("Điều 5, khoản 1", (Comment("Đặng Quốc Huy", sentence * 120),)),)
    pdf = opinion_table(replace(demo_opinions(), rows=rows))
    texts = pages_text(pdf)
    assert len(texts) >= 3
    # lines break between words, so count a word: a phrase may straddle two pages
    assert sum(page.count("này.") for page in texts) == 120


def test_confidential_material_carries_the_banner_on_every_page() -> None:
    meeting = replace(demo_meeting(), classification="confidential")
    for page in pages_text(agenda_booklet(meeting)):
        assert "MẬT" in page and "không sao chụp" in page


def _assert_open_their_headings(pdf: bytes, entries: list[tuple[str, int]]) -> None:
    """Each outline entry opens the page whose text holds the entry's title."""
    texts = pages_text(pdf)
    for title, page in entries:
        assert " ".join(title.split()) in texts[page - 1], (title, page)


def test_decree_bookmarks_open_the_page_of_each_article() -> None:
    decree = build_demo_pdf("du-thao-nghi-dinh")
    entries = _outline(PdfReader(io.BytesIO(decree)))
    assert len(entries) > 30
    assert len({page for _, page in entries}) > 10  # spread over the draft, not all on page 1
    _assert_open_their_headings(decree, entries)


def test_pack_nested_bookmarks_open_the_page_of_their_heading(small_pack) -> None:  # type: ignore[no-untyped-def]
    """The documents' own bookmarks, copied under each document, keep their pages."""
    entries = _outline(PdfReader(io.BytesIO(small_pack.pdf)))
    nested = [
        (title, page) for title, page in entries if re.match(r"(Điều \d|Chương [IVX])", title)
    ]
    assert len({page for _, page in nested}) > 5
    _assert_open_their_headings(small_pack.pdf, nested)


# --------------------------------------------------------------------------- official format


def test_minutes_list_people_in_vietnamese_name_order() -> None:
    got = text(meeting_minutes(demo_minutes()))
    members = ["Đặng Quốc Huy", "Trịnh Thị Minh Khuê", "Vũ Thị Hồng Nhung", "Bùi Thanh Tùng"]
    positions = [got.index(name) for name in members]
    assert positions == sorted(positions)


def test_ballot_results_are_signed_by_the_secretary_with_recipients() -> None:
    got = text(ballot_results(demo_ballot()))
    assert "THƯ KÝ PHIÊN HỌP" in got
    assert "Hoàng Thị Thu Hà" in got
    assert "Nơi nhận:" in got
    assert "Lưu: VT." in got


def test_opinion_table_names_the_drafting_ministry_not_a_title() -> None:
    got = text(opinion_table(demo_opinions()))
    assert "Cơ quan chủ trì soạn thảo: Bộ Thông tin và Truyền thông" in got
    assert "soạn thảo: Bộ trưởng" not in got


def test_reports_use_the_bundled_times_metric_serif_at_13_pt() -> None:
    reader = PdfReader(io.BytesIO(meeting_minutes(demo_minutes())))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index,union-attr]
    }
    assert any("LiberationSerif" in name for name in fonts), fonts
    assert styles()["body"].fontSize >= 13


# --------------------------------------------------------------------------- pack numbering


def test_pack_numbers_its_own_pages_and_labels_them_so(small_pack) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(small_pack.pdf))
    total = len(reader.pages)
    assert reader.page_labels == [str(n) for n in range(1, total + 1)]
    texts = pages_text(small_pack.pdf)
    assert "Trang 1/" not in texts[0]
    for number, page in enumerate(texts[1:], start=2):
        assert page.endswith(f"Trang {number}/{total}"), number


def test_pack_contents_bookmarks_labels_and_printed_numbers_agree(small_pack) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(small_pack.pdf))
    texts = pages_text(small_pack.pdf)
    bookmarks = dict(_outline(reader))
    for entry in small_pack.toc:
        page = bookmarks[entry.title]
        assert page == entry.page
        assert reader.page_labels[page - 1] == str(entry.page)
        assert f"Trang {entry.page}/{len(texts)}" in texts[page - 1]


def test_pack_booklet_pages_carry_no_numbers_of_their_own(small_pack) -> None:  # type: ignore[no-untyped-def]
    booklet = next(e for e in small_pack.toc if e.title == "Chương trình phiên họp")
    assert top_centre(small_pack.pdf)[booklet.page - 1 :][:2] == ["", ""]


def test_pack_has_a_title_and_the_vietnamese_language(small_pack) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(small_pack.pdf))
    assert reader.metadata is not None and "Phiên họp" in str(reader.metadata.title)
    assert reader.trailer["/Root"]["/Lang"] == "vi"


# --------------------------------------------------------------------------- accessibility


@pytest.mark.parametrize(
    "make",
    [
        lambda: agenda_booklet(demo_meeting()),
        lambda: ballot_results(demo_ballot()),
        lambda: meeting_minutes(demo_minutes()),
        lambda: opinion_table(demo_opinions()),
    ],
)
def test_reports_have_a_title_shown_by_readers_and_the_vietnamese_language(make) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(make()))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "vi"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata is not None and reader.metadata.title


def test_minutes_text_copies_out_in_reading_order() -> None:
    pages = pages_text(meeting_minutes(demo_minutes()))
    got = " ".join(pages)
    order = [
        "VĂN PHÒNG CHÍNH PHỦ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BIÊN BẢN",
        "I. THÀNH PHẦN THAM DỰ",
        "II. NỘI DUNG PHIÊN HỌP",
        "CHỦ TỌA",
        "Nơi nhận:",
    ]
    positions = [got.index(text) for text in order]
    assert positions == sorted(positions)
    assert pages[1].startswith("2 ")  # the page number heads its page, as it stands on top


def test_agenda_table_repeats_its_header_on_every_page_it_spans() -> None:
    pages = [p for p in pages_text(agenda_booklet(demo_meeting())) if "phút)" in p]
    assert len(pages) > 1
    assert all("Mục Nội dung Người trình bày Thời gian" in page for page in pages)
