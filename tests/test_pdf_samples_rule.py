"""A test that needs the shared PDF samples fails in CI when they are missing, skips elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.pdf_samples import MISSING, sample_names, samples_folder


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_missing_samples_fail_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI must have it"):
        samples_folder(tmp_path / "pdf-samples")


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_missing_samples_skip_with_the_reason_outside_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    folder = tmp_path / "pdf-samples"
    with pytest.raises(pytest.skip.Exception, match=f"{folder} is missing"):
        samples_folder(folder)


def test_per_sample_tests_still_run_when_the_folder_is_missing(tmp_path: Path) -> None:
    """An empty parameter set would be skipped silently, even in CI."""
    assert sample_names(tmp_path / "pdf-samples") == [MISSING]
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "notes.txt").write_text("not a sample")
    assert sample_names(tmp_path) == ["a.pdf", "b.pdf"]
    assert samples_folder(tmp_path) == tmp_path
