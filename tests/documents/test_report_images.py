"""Page 1 of each report, rendered, against a stored reference image.

A layout regression (a header block that moved, a font that fell back, a table that lost
its rules) changes many pixels; anti-aliasing differences between PDFium builds change
few. So each page is rendered at 100 dpi in grayscale and compared with the reference
under ``tests/documents/reference/``: the test fails when more than 1 % of the pixels
differ by more than a quarter of the grey range.

To regenerate the references after an intended layout change, run
``MEETINGS_UPDATE_REFERENCES=1 python -m pytest tests/documents/test_report_images.py``,
look at every PNG it wrote, and commit them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

from meetings_app.demo import story
from meetings_app.demo.pdfs import build_demo_pdf
from meetings_app.demo.report_inputs import demo_ballot, demo_minutes, demo_opinions, past_meeting
from meetings_app.documents.reports import (
    agenda_booklet,
    ballot_results,
    meeting_minutes,
    meeting_pack,
    opinion_table,
)

REFERENCE = Path(__file__).parent / "reference"
DPI = 100
DIFFERENT = 64
"""A pixel differs when its grey level moves by more than this (of 255)."""
TOLERANCE = 0.01
"""The share of differing pixels a page may have and still match."""


def _pack() -> bytes:
    pdfs = {spec.key: build_demo_pdf(spec.key) for spec, _ in story.PAST_DOCUMENTS}
    return meeting_pack(past_meeting(), pdfs)


REPORTS: dict[str, Callable[[], bytes]] = {
    "agenda": lambda: agenda_booklet(past_meeting()),
    "pack": _pack,
    "ballot": lambda: ballot_results(demo_ballot()),
    "minutes": lambda: meeting_minutes(demo_minutes()),
    "opinions": lambda: opinion_table(demo_opinions()),
}


def first_page(pdf: bytes, dpi: int = DPI) -> Image.Image:
    """Page 1 of ``pdf`` as a grayscale image."""
    page = pdfium.PdfDocument(pdf)[0]
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def differing_share(got: Image.Image, want: Image.Image) -> float:
    """The share of pixels whose grey level differs by more than :data:`DIFFERENT`."""
    if got.size != want.size:
        return 1.0
    diff = ImageChops.difference(got, want).point(lambda v: 255 if v > DIFFERENT else 0)
    histogram = diff.histogram()
    return histogram[255] / (got.size[0] * got.size[1])


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_first_page_matches_its_reference(name: str) -> None:
    got = first_page(REPORTS[name]())
    path = REFERENCE / f"{name}.png"
    if os.environ.get("MEETINGS_UPDATE_REFERENCES"):
        got.save(path, optimize=True)
    want = Image.open(path).convert("L")
    assert differing_share(got, want) <= TOLERANCE, f"{name}: see {path}"


def test_comparison_sees_a_moved_block() -> None:
    """The tolerance is not so loose that a layout change passes."""
    page = first_page(REPORTS["ballot"]())
    moved = ImageChops.offset(page, 0, 12)
    assert differing_share(moved, page) > TOLERANCE
