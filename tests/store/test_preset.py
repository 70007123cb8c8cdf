"""The deployment preset: what an agency ships beside the program or system-wide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from meetings_app.app import deployment
from meetings_app.store import preset
from meetings_app.store.preset import load_preset
from meetings_app.sync import tls


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / preset.FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_server_address_and_ca_are_read_with_the_ca_beside_the_file(tmp_path: Path) -> None:
    (tmp_path / "agency").mkdir()
    (tmp_path / "agency" / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    file = write(
        tmp_path / "agency",
        'server_url = "https://hop.example.gov.vn"\nca_file = "ca.pem"\n'
        'language = "en"\nupdate_url = "https://hop.example.gov.vn/tai-ve/"\n',
    )
    got = load_preset([file])
    assert got.server_url == "https://hop.example.gov.vn"
    assert got.ca_file == (tmp_path / "agency" / "ca.pem").resolve()
    assert (got.language, got.update_url) == ("en", "https://hop.example.gov.vn/tai-ve/")
    assert got.sources == (file,) and got.problems == ()


def test_earlier_files_win_key_by_key(tmp_path: Path) -> None:
    """User-level over beside-the-program over system-wide, each key on its own."""
    user = write(tmp_path / "user", 'language = "en"\n')
    beside = write(tmp_path / "opt", 'server_url = "https://a.gov.vn"\nlanguage = "vi"\n')
    system = write(
        tmp_path / "etc", 'server_url = "https://b.gov.vn"\nupdate_url = "https://b.gov.vn/u"\n'
    )
    got = load_preset([user, beside, tmp_path / "absent" / preset.FILE_NAME, system])
    assert got.language == "en"
    assert got.server_url == "https://a.gov.vn"
    assert got.update_url == "https://b.gov.vn/u"
    assert got.sources == (user, beside, system)


def test_default_places_are_user_then_beside_the_frozen_program_then_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preset.sys, "frozen", True, raising=False)
    monkeypatch.setattr(preset.sys, "executable", str(tmp_path / "opt" / "meetings-app"))
    files = preset.preset_files()
    assert files[0].parent == Path(os.environ["MEETINGS_APP_HOME"])
    assert files[1] == (tmp_path / "opt").resolve() / "meetings-app.toml"
    assert files[2] == preset.system_dir() / "meetings-app.toml"
    monkeypatch.setattr(preset.sys, "frozen", False)
    assert len(preset.preset_files()) == 2  # a Python interpreter's folder is no program's


def test_bad_files_and_values_are_skipped_with_a_sentence(tmp_path: Path) -> None:
    broken = write(tmp_path / "a", 'server_url = "https://a.gov.vn\n')  # unterminated
    wrong = write(
        tmp_path / "b",
        'server_url = "hop.gov.vn"\nca_file = "missing.pem"\nlanguage = "fr"\ncolour = 1\n'
        'update_url = "https://b.gov.vn/u"\n',
    )
    fallback = write(tmp_path / "c", 'server_url = "https://c.gov.vn"\n')
    got = load_preset([broken, wrong, fallback])
    assert got.server_url == "https://c.gov.vn"  # the bad values did not shadow it
    assert (got.ca_file, got.language, got.update_url) == (None, None, "https://b.gov.vn/u")
    text = "\n".join(got.problems)
    assert f"{broken} is not valid TOML" in text
    assert "server_url = 'hop.gov.vn' is not an http(s):// address" in text
    assert "missing.pem, which does not exist" in text
    assert "language = 'fr' is not one of vi, en" in text
    assert "unknown key 'colour'" in text


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "dir-not-file" / preset.FILE_NAME
    folder.mkdir(parents=True)  # a folder where the file should be: open() fails
    got = load_preset([folder])
    assert got == preset.Preset(problems=got.problems) and len(got.problems) == 1
    assert "cannot be read" in got.problems[0]


@pytest.fixture
def fresh_preset() -> object:
    deployment.deployment_preset.cache_clear()
    yield
    deployment.deployment_preset.cache_clear()


def test_process_preset_logs_problems_and_hands_the_ca_to_sync(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fresh_preset: object,
) -> None:
    home = Path(os.environ["MEETINGS_APP_HOME"])
    (home / "ca.pem").parent.mkdir(parents=True, exist_ok=True)
    (home / "ca.pem").write_text("pem")
    write(home, 'ca_file = "ca.pem"\nlanguage = 3\n')
    monkeypatch.delenv(deployment.CA_FILE_ENV, raising=False)
    with caplog.at_level("WARNING"):
        got = deployment.deployment_preset()
    assert "language = 3 is not one of vi, en" in caplog.text
    try:
        deployment.apply_ca_file(got)
        assert tls.agency_ca() == (home / "ca.pem").resolve()
        tls.set_agency_ca(None)
        monkeypatch.setenv(deployment.CA_FILE_ENV, "/chosen/here.pem")
        deployment.apply_ca_file(got)  # the environment's choice stays
        assert tls.agency_ca() == Path("/chosen/here.pem")
    finally:
        tls.set_agency_ca(None)
