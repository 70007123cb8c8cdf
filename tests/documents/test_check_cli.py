"""check-pdf: one verdict line per file, exit 1 when any file is refused, 0 when all pass."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from meetings_app.documents.check_cli import check_files
from tests.documents.hostile_pdfs import simple_pdf, truncated


def test_one_line_per_file_and_exit_1_when_any_is_refused(tmp_path: Path) -> None:
    good, cut = tmp_path / "good.pdf", tmp_path / "cut.pdf"
    good.write_bytes(simple_pdf(pages=2))
    cut.write_bytes(truncated())
    out = io.StringIO()
    assert check_files([good, cut, tmp_path / "absent.pdf"], out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == f"ok 2 {hashlib.sha256(good.read_bytes()).hexdigest()} {good}"
    assert lines[1].startswith(f"refused TRUNCATED {cut}: The PDF is cut short")
    assert lines[2].startswith(f"refused UNREADABLE_FILE {tmp_path / 'absent.pdf'}: ")


def test_no_files_is_a_failure_of_the_command() -> None:
    out = io.StringIO()
    assert check_files([], out) == 2
    assert out.getvalue().startswith("usage:")


def test_the_sha256_is_the_files_own_even_when_content_is_stripped(pdf_samples: Path) -> None:
    sample = pdf_samples / "with-attachment.pdf"
    out = io.StringIO()
    assert check_files([sample], out) == 0
    assert out.getvalue().split() == [
        "ok",
        "1",
        hashlib.sha256(sample.read_bytes()).hexdigest(),
        str(sample),
    ]


def test_every_file_accepted_exits_0(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(simple_pdf(pages=1))
    assert check_files([good, good], io.StringIO()) == 0
