"""Annotated export: marks come back where they were put, the watermark is on every page."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from meetings_app.documents.export import export_annotated
from meetings_app.documents.geometry import Point, Rect
from meetings_app.documents.marks import Mark
from meetings_app.documents.policy import DocumentPolicy
from meetings_app.documents.watermark import WatermarkInfo
from meetings_app.domain.errors import AppError
from tests.documents.hostile_pdfs import simple_pdf

WATERMARK = WatermarkInfo(
    "Nguyễn Văn Đức", "Phiên họp Chính phủ tháng 5", datetime(2025, 5, 30, 9, 15), "Mật"
)
OPEN = DocumentPolicy("internal")
AREA = Rect(60, 60, 220, 90)


def _marks(pages: int) -> list[Mark]:
    kinds = ["highlight", "underline", "strike", "note", "ink"]
    return [
        Mark(
            f"m{page}-{kind}",
            page,
            kind,
            rects=(AREA,) if kind != "ink" else (),
            paths=((Point(60, 60), Point(120, 100), Point(220, 90)),) if kind == "ink" else (),
            color="#00a0ff",
            text=f"Ý kiến {kind}",
        )
        for page in range(pages)
        for kind in kinds
    ]


def _annotations(data: bytes) -> dict[str, tuple[int, dict]]:  # type: ignore[type-arg]
    found = {}
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            if "/NM" in annot:
                found[str(annot["/NM"])] = (number, annot)
    return found


def test_marks_round_trip_on_rotated_pages(pdf_samples: Path) -> None:
    src = (pdf_samples / "habibi-rotated.pdf").read_bytes()
    marks = _marks(4)
    out = export_annotated(src, marks, WATERMARK, OPEN)
    found = _annotations(out)
    subtypes = {
        "highlight": "/Highlight",
        "underline": "/Underline",
        "strike": "/StrikeOut",
        "note": "/Text",
        "ink": "/Ink",
    }
    for mark in marks:
        page, annot = found[mark.id]
        assert page == mark.page
        assert annot["/Subtype"] == subtypes[mark.kind]
        assert annot["/Contents"] == mark.text
        assert [round(float(c), 3) for c in annot["/C"]] == [0.0, 0.627, 1.0]
        rect = [float(v) for v in annot["/Rect"]]
        if mark.kind == "ink":
            assert [float(v) for v in annot["/InkList"][0]] == [60, 60, 120, 100, 220, 90]
            assert rect[0] <= 60 and rect[2] >= 220
        else:
            assert rect == AREA.as_list()
        if "/QuadPoints" in annot:
            quad = [float(v) for v in annot["/QuadPoints"]]
            corners = {(quad[i], quad[i + 1]) for i in range(0, 8, 2)}
            assert corners == {(60, 60), (220, 60), (220, 90), (60, 90)}
    assert src == (pdf_samples / "habibi-rotated.pdf").read_bytes()  # the source is untouched


def test_quad_points_start_at_the_shown_top_left(pdf_samples: Path) -> None:
    src = (pdf_samples / "habibi-rotated.pdf").read_bytes()
    out = export_annotated(src, _marks(4), WATERMARK, OPEN)
    found = _annotations(out)
    # Page 1 turns 90° clockwise: user-space bottom-left becomes the shown top-left.
    quad = [float(v) for v in found["m0-highlight"][1]["/QuadPoints"]]
    assert quad[:4] == [60, 60, 60, 90]
    quad = [float(v) for v in found["m3-highlight"][1]["/QuadPoints"]]  # unrotated page
    assert quad[:4] == [60, 90, 220, 90]


def _render(data: bytes, index: int) -> bytes:
    doc = pdfium.PdfDocument(data)
    return doc[index].render(scale=0.5, may_draw_forms=False).to_pil().convert("RGB").tobytes()


def _text(data: bytes, index: int) -> str:
    doc = pdfium.PdfDocument(data)
    return doc[index].get_textpage().get_text_range()


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_watermark_is_visible_and_readable_on_every_page(pdf_samples: Path, index: int) -> None:
    src = (pdf_samples / "habibi-rotated.pdf").read_bytes()
    out = export_annotated(src, [], WATERMARK, OPEN)
    before, after = _render(src, index), _render(out, index)
    changed = sum(1 for a, b in zip(before, after, strict=True) if a != b)
    assert changed > 0.01 * len(before)
    text = " ".join(_text(out, index).split())
    assert "Nguyễn Văn Đức" in text
    assert "Phiên họp Chính phủ tháng 5 · 30/05/2025 09:15 · Mật" in text


def test_export_keeps_page_content_and_count() -> None:
    src = simple_pdf("Nội dung gốc", pages=3)
    out = export_annotated(src, _marks(3), WATERMARK, OPEN)
    assert len(PdfReader(io.BytesIO(out)).pages) == 3
    assert "1" in _text(out, 0) and "3" in _text(out, 2)


@pytest.mark.parametrize(
    ("policy", "action", "allowed"),
    [
        (DocumentPolicy("public"), "export", True),
        (DocumentPolicy("internal", print=False), "print", False),
        (DocumentPolicy("internal", print=False), "export", True),
        (DocumentPolicy("confidential"), "export", False),
        (DocumentPolicy("confidential", export=True), "export", True),
        (DocumentPolicy("secret", export=True, print=True), "print", False),
        (DocumentPolicy.from_mapping("internal", {"view": True, "export": False}), "export", False),
    ],
)
def test_classification_policy(policy: DocumentPolicy, action: str, allowed: bool) -> None:
    src = simple_pdf()
    if allowed:
        assert export_annotated(src, [], WATERMARK, policy, action).startswith(b"%PDF")
        return
    with pytest.raises(AppError) as refused:
        export_annotated(src, [], WATERMARK, policy, action)
    assert refused.value.code == "EXPORT_FORBIDDEN"


def test_unknown_classification_is_refused() -> None:
    with pytest.raises(AppError) as refused:
        DocumentPolicy("top-secret")
    assert refused.value.code == "CLASSIFICATION_UNKNOWN"


def test_mark_off_the_document_is_refused() -> None:
    mark = Mark("late", 5, "highlight", rects=(AREA,))
    with pytest.raises(AppError) as refused:
        export_annotated(simple_pdf(), [mark], WATERMARK, OPEN)
    assert refused.value.code == "MARK_INVALID"


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "scribble", "rects": (AREA,)},
        {"kind": "highlight", "rects": (AREA,), "color": "red"},
        {"kind": "highlight"},
        {"kind": "ink"},
    ],
)
def test_malformed_marks_are_refused(fields: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(AppError) as refused:
        Mark("bad", 0, **fields)
    assert refused.value.code == "MARK_INVALID"


def test_damaged_source_is_refused() -> None:
    with pytest.raises(AppError) as refused:
        export_annotated(b"not a pdf", [], WATERMARK, OPEN)
    assert refused.value.code == "DAMAGED"
