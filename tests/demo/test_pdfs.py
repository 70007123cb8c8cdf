"""Demo pack: ten realistic PDFs, stable content, the 500-page annex, cheap re-runs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from meetings_app.demo.content import (
    DEMO_ACCOUNTS,
    DEMO_AGENDA,
    DEMO_DOCUMENTS,
    DEMO_PEOPLE,
    DEMO_SECRETARIAT,
    DemoAgendaItem,
)
from meetings_app.demo.pdfs import build_demo_pdf, demo_spec, write_demo_pack
from meetings_app.domain.errors import AppError


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The whole pack, written once for the module (the annex is the slow part)."""
    return write_demo_pack(tmp_path_factory.mktemp("demo-pack"))


def _keys(items: list[DemoAgendaItem] | tuple[DemoAgendaItem, ...]) -> set[str]:
    return {k for item in items for k in {item.key} | _keys(item.children)}


def test_people_are_the_demo_accounts() -> None:
    assert [p.username for p in DEMO_PEOPLE] == [
        "thutuong",
        "thuky",
        "bt.noivu",
        "bt.taichinh",
        "bt.tuphap",
        "bt.kehoach",
        "bt.tttt",
        "bt.giaoduc",
        "quansat",
    ]
    roles = {p.username: p.role for p in DEMO_PEOPLE}
    assert roles["thutuong"] == "chair" and roles["thuky"] == "secretary"
    assert roles["quansat"] == "observer"
    assert [*DEMO_PEOPLE, DEMO_SECRETARIAT] == DEMO_ACCOUNTS
    assert DEMO_SECRETARIAT.username == "vpcp.chuyenvien"
    assert DEMO_SECRETARIAT.role == "secretariat"


def test_agenda_and_documents_agree() -> None:
    keys = _keys(DEMO_AGENDA)
    assert len(DEMO_AGENDA) == 8 and any(item.children for item in DEMO_AGENDA)
    assert {d.agenda_key for d in DEMO_DOCUMENTS} <= keys
    usernames = {p.username for p in DEMO_PEOPLE}
    stack = list(DEMO_AGENDA)
    while stack:
        item = stack.pop()
        assert item.presenter in usernames | {""}
        stack += item.children
    assert len(DEMO_DOCUMENTS) == 10
    assert len({d.filename for d in DEMO_DOCUMENTS}) == 10


def test_every_file_opens_with_its_page_count_and_text(pack: dict[str, Path]) -> None:
    for spec in DEMO_DOCUMENTS:
        reader = PdfReader(pack[spec.key])
        assert len(reader.pages) == spec.pages, spec.key
        first = " ".join(reader.pages[0].extract_text().split())
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first, spec.key
        assert reader.metadata is not None and reader.metadata.title == spec.title


def test_decree_has_about_twenty_pages_of_chapters_and_articles(pack: dict[str, Path]) -> None:
    reader = PdfReader(pack["du-thao-nghi-dinh"])
    assert 18 <= len(reader.pages) <= 22
    body = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for expected in (
        "NGHỊ ĐỊNH",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Điều 3. Giải thích từ ngữ",
        "Chương VI",
        "Điều 31. Trách nhiệm thi hành",
        "khoản",
        "Phụ lục I",
        "Lê Minh Quân",
    ):
        assert expected in body, expected


def test_annex_has_exactly_500_pages_of_tables(pack: dict[str, Path]) -> None:
    reader = PdfReader(pack["phu-luc-dich-vu-cong"])
    assert len(reader.pages) == 500
    last = reader.pages[499].extract_text()
    assert last.startswith("500\n") and "Tên thủ tục hành chính" in last


def test_confidential_budget_is_marked(pack: dict[str, Path]) -> None:
    assert demo_spec("bao-cao-ngan-sach").classification == "confidential"
    for page in PdfReader(pack["bao-cao-ngan-sach"]).pages:
        assert "MẬT" in page.extract_text()


def test_rerun_keeps_current_files_and_replaces_broken_ones(pack: dict[str, Path]) -> None:
    folder = pack["to-trinh"].parent
    stamps = {key: path.stat().st_mtime_ns for key, path in pack.items()}
    pack["to-trinh"].write_bytes(b"%PDF-1.7 truncated")
    again = write_demo_pack(folder)
    assert again == pack
    for key, path in again.items():
        changed = path.stat().st_mtime_ns != stamps[key]
        assert changed == (key == "to-trinh"), key
    assert len(PdfReader(again["to-trinh"]).pages) == demo_spec("to-trinh").pages


def test_same_content_every_run() -> None:
    first, second = build_demo_pdf("bao-cao-ktxh"), build_demo_pdf("bao-cao-ktxh")
    assert first == second
    text = PdfReader(io.BytesIO(first)).pages[0].extract_text()
    assert "Báo cáo" in text or "BÁO CÁO" in text


def test_unknown_key_is_a_clear_error() -> None:
    with pytest.raises(AppError) as error:
        build_demo_pdf("khong-co")
    assert error.value.code == "DEMO_UNKNOWN_DOCUMENT"
