"""Safe import: real-world files are read, broken and hostile ones refused with a code."""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from meetings_app.documents.safe_import import ImportLimits, ImportRefused, inspect_pdf
from tests.documents import hostile_pdfs as hostile
from tests.support.pdf_samples import sample_names

# Tight limits so hostile files fail fast; real files fit well inside them.
LIMITS = ImportLimits(seconds=20.0, memory_bytes=768 << 20)
REFUSED_SAMPLES = {
    "libreoffice-writer-password.pdf": "ENCRYPTED",
    "unreadablemetadata.pdf": "DAMAGED",  # neither pypdf nor PDFium can find its pages
}


def _expected_pages(samples: Path) -> dict[str, int]:
    data = json.loads((samples / "files.json").read_text())["data"]
    return {Path(entry["path"]).name: entry["pages"] for entry in data if "pages" in entry}


@pytest.mark.parametrize("name", sample_names())
def test_real_world_file_is_imported_or_refused_with_its_code(pdf_samples: Path, name: str) -> None:
    path = pdf_samples / name
    if name in REFUSED_SAMPLES:
        with pytest.raises(ImportRefused) as refused:
            inspect_pdf(path, LIMITS)
        assert refused.value.code == REFUSED_SAMPLES[name]
        return
    info = inspect_pdf(path, LIMITS)
    expected = _expected_pages(pdf_samples).get(name)
    assert info.page_count == (expected or len(PdfReader(path).pages))
    assert info.sha256 == hashlib.sha256(info.data).hexdigest()
    assert info.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    for page in info.pages:
        thumb = Image.open(io.BytesIO(page.thumbnail_png))
        assert thumb.width == LIMITS.thumbnail_width


HOSTILE: list[tuple[Callable[[], bytes], str]] = [
    (lambda: b"GIF89a not a pdf at all" * 10, "NOT_PDF"),
    (hostile.truncated, "TRUNCATED"),
    (hostile.broken_xref, "ok"),  # the cross-reference table is rebuilt from the objects
    (hostile.circular_prev, "ok"),  # the loop in /Prev is noticed and cut
    (hostile.wrong_lengths, "ok"),  # the stream end is found by its keyword
    (hostile.deep_nesting, "DAMAGED"),
    (hostile.page_tree_cycle, "DAMAGED"),
    (hostile.encrypted, "ENCRYPTED"),
    (hostile.flate_bomb, "OUT_OF_MEMORY"),
    (hostile.image_bomb, "ok"),  # PDFium never decodes it at full size
]


@pytest.mark.parametrize(("build", "code"), HOSTILE, ids=[c.__name__ for c, _ in HOSTILE])
def test_hostile_file_is_judged_quickly(build: Callable[[], bytes], code: str) -> None:
    started = time.monotonic()
    if code == "ok":
        info = inspect_pdf(build(), LIMITS)
        assert info.page_count == 1
    else:
        with pytest.raises(ImportRefused) as refused:
            inspect_pdf(build(), LIMITS)
        assert refused.value.code == code
        assert refused.value.message.endswith(".")
    assert time.monotonic() - started < LIMITS.seconds


def test_endless_content_is_stopped_by_the_clock() -> None:
    limits = ImportLimits(seconds=1.5, memory_bytes=1536 << 20)
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(hostile.endless_content(1_500_000), limits)
    assert refused.value.code == "TIMEOUT"
    assert time.monotonic() - started < 10


def test_password_opens_and_stores_a_decrypted_copy() -> None:
    info = inspect_pdf(hostile.encrypted("mật khẩu"), LIMITS, password="mật khẩu")
    assert "Secret 1" in info.pages[0].text
    assert not PdfReader(io.BytesIO(info.data)).is_encrypted
    assert info.sanitized


def test_wrong_password_is_refused(pdf_samples: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(pdf_samples / "libreoffice-writer-password.pdf", LIMITS, password="nope")
    assert refused.value.code == "WRONG_PASSWORD"


def test_sample_password_opens(pdf_samples: Path) -> None:
    path = pdf_samples / "libreoffice-writer-password.pdf"
    info = inspect_pdf(path, LIMITS, password="openpassword")
    assert info.page_count == 1 and info.pages[0].text.strip()


def test_active_content_is_stripped_and_reported() -> None:
    source = hostile.with_javascript()
    info = inspect_pdf(source, LIMITS)
    assert info.stripped == (
        "an action run when the document opens",
        "document JavaScript",
        "an active action of an annotation on page 1",
    )
    assert info.sha256 != info.source_sha256
    assert b"JavaScript" not in info.data and b"cmd.exe" not in info.data
    assert inspect_pdf(info.data, LIMITS).stripped == ()  # the copy is clean


def test_embedded_files_are_stripped(pdf_samples: Path) -> None:
    info = inspect_pdf(pdf_samples / "with-attachment.pdf", LIMITS)
    assert info.stripped == ("embedded files",)
    assert "/EmbeddedFiles" not in PdfReader(io.BytesIO(info.data)).root_object["/Names"]


def test_rotated_pages_keep_their_rotation_and_shown_size(pdf_samples: Path) -> None:
    info = inspect_pdf(pdf_samples / "habibi-rotated.pdf", LIMITS)
    assert [p.geometry.rotation for p in info.pages] == [90, 180, 270, 0]
    for page in info.pages:
        width, height = page.geometry.display_size_points
        thumb = Image.open(io.BytesIO(page.thumbnail_png))
        assert thumb.height == pytest.approx(thumb.width * height / width, abs=1.5)


def test_size_and_page_limits() -> None:
    data = hostile.simple_pdf(pages=3)
    with pytest.raises(ImportRefused) as too_large:
        inspect_pdf(data, ImportLimits(max_bytes=len(data) - 1))
    assert too_large.value.code == "TOO_LARGE"
    with pytest.raises(ImportRefused) as too_many:
        inspect_pdf(data, ImportLimits(max_pages=2))
    assert too_many.value.code == "TOO_MANY_PAGES"
    assert too_many.value.params == {"pages": 3, "limit": 2}


def test_oversize_path_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 5000)
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(path, ImportLimits(max_bytes=1000))
    assert refused.value.code == "TOO_LARGE"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(tmp_path / "absent.pdf")
    assert refused.value.code == "UNREADABLE_FILE"


def test_a_page_over_the_render_budget_is_refused_with_its_own_code() -> None:
    """Issue 12, probe 12: a page PDFium draws slowly is refused at import.

    The page draws 30,000 lines (over a second here). A flate bomb was used first, but
    PDFium under the importer's memory limit gives up on the bomb's stream at once and
    draws a blank page quickly, so it did not test the budget.
    """
    slow = hostile.endless_content(30_000)
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(slow, ImportLimits(page_render_seconds=0.05))
    assert refused.value.code == "PAGE_TOO_SLOW" and refused.value.params["page"] == 1
    assert "stall" in refused.value.message
    # the budget, nothing else, refused it: a generous budget lets the same file in
    info = inspect_pdf(slow, ImportLimits(page_render_seconds=120.0))
    assert info.page_count == 1


def test_a_page_that_never_finishes_is_stopped_at_the_render_budget() -> None:
    limits = ImportLimits(seconds=60.0, page_render_seconds=0.2, memory_bytes=1536 << 20)
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refused:
        inspect_pdf(hostile.endless_content(3_000_000), limits)
    assert refused.value.code == "PAGE_TOO_SLOW"
    assert time.monotonic() - started < 15  # not the whole file's 60 s clock
