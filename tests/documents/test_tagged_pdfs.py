"""Reports are accessible PDFs: a title, the language (vi), a structure tree of headings
and paragraphs in reading order, each element pointing to marked content that exists on
its page; page numbers and banners are artifacts; text copies out in reading order."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from meetings_app.demo.report_inputs import demo_ballot, demo_minutes, demo_opinions, past_meeting
from meetings_app.documents.reports import (
    agenda_booklet,
    ballot_results,
    meeting_minutes,
    opinion_table,
)

REPORTS: dict[str, Callable[[], bytes]] = {
    "agenda": lambda: agenda_booklet(past_meeting()),
    "ballot": lambda: ballot_results(demo_ballot()),
    "minutes": lambda: meeting_minutes(demo_minutes()),
    "opinions": lambda: opinion_table(demo_opinions()),
}
_MCID = re.compile(rb"/(\w+) <</MCID (\d+)>> BDC")


def _elements(reader: PdfReader) -> list[DictionaryObject]:
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    tree = root["/StructTreeRoot"].get_object()
    document = tree["/K"].get_object()
    assert document["/S"] == "/Document"
    return [kid.get_object() for kid in document["/K"]]


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_each_report_is_tagged_with_its_title_and_language(kind: str) -> None:
    reader = PdfReader(io.BytesIO(REPORTS[kind]()))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "vi" and reader.metadata and reader.metadata.title
    elements = _elements(reader)
    roles = [str(e["/S"]) for e in elements]
    assert "/H1" in roles and ("/P" in roles or "/Div" in roles)
    pages = {page.indirect_reference.idnum: page for page in reader.pages}
    marked: dict[int, dict[int, str]] = {}
    for number, page in pages.items():
        content = page.get_contents().get_data()  # type: ignore[union-attr]
        marked[number] = {int(m[2]): "/" + m[1].decode() for m in _MCID.finditer(content)}
        assert b"/Artifact" in content
    for element in elements:  # every element names marked content of its role on its page
        page_ref = element.raw_get("/Pg").idnum
        assert marked[page_ref][int(element["/K"])] == element["/S"]
    assert sum(len(m) for m in marked.values()) == len(elements)  # and nothing is untagged
    parents = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index and parents[2 * index] == index


def test_headings_are_read_in_order_and_text_copies_out_in_reading_order() -> None:
    pdf = REPORTS["minutes"]()
    reader = PdfReader(io.BytesIO(pdf))
    headings = [str(e["/S"]) for e in _elements(reader) if str(e["/S"]).startswith("/H")]
    assert headings[:3] == ["/H1", "/H1", "/H2"]  # "BIÊN BẢN", its subject, section I
    text = " ".join(page.extract_text() for page in reader.pages)
    order = ["BIÊN BẢN", "I. THÀNH PHẦN THAM DỰ", "II. NỘI DUNG PHIÊN HỌP"]
    assert [text.index(t) for t in order] == sorted(text.index(t) for t in order)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_poppler_reads_the_reports_as_tagged(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(REPORTS["minutes"]())
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.MULTILINE)
    structure = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert '  H1 (block)\n    "BIÊN BẢN"' in structure
