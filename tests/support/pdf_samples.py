"""The real-world PDFs kept beside the project in ../shared/pdf-samples.

CI always has them, so there a missing folder fails the tests that need it; on a developer's
computer without the folder those tests are skipped, with the reason.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.ci import missing

PDF_SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "pdf-samples"
MISSING = "(pdf-samples missing)"
"""The one name the per-sample tests are given when the folder is missing, so they still run
(and fail in CI) instead of being collected as an empty, silently skipped set."""


def samples_folder(folder: Path = PDF_SAMPLES) -> Path:
    """`folder` when it holds the samples; otherwise fail or skip as `missing` says."""
    if not folder.is_dir():
        missing(f"{folder} is missing")
    return folder


def sample_names(folder: Path = PDF_SAMPLES) -> list[str]:
    """The sample PDFs to parametrize over; ``[MISSING]`` when the folder is missing."""
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else [MISSING]
