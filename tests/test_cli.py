"""The ``meetings-app`` command as IT runs it: version, help, and plain errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from meetings_app import __version__


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetings_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"meetings-app {__version__}"
    helptext = run("--help").stdout
    for command in ("demo", "serve", "admin", "sync", "check-pdf"):
        assert command in helptext


def test_unsupported_database_is_one_sentence() -> None:
    result = run("admin", "--db", "mysql://x@localhost/db", "feed")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "SQLite or PostgreSQL" in result.stderr


def test_damaged_store_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    store = tmp_path / "central.db"
    store.write_bytes(b"not a database" * 200)
    result = run("admin", "--db", f"sqlite:///{store}", "feed")
    assert result.returncode != 0
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert store.read_bytes() == b"not a database" * 200


def test_unknown_demo_account(tmp_path: Path) -> None:
    result = run("demo", "--as", "nobody", "--data", str(tmp_path), "--no-window")
    assert result.returncode != 0
    assert "no demo account 'nobody'" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_unwritable_blob_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the blob folder should be")
    result = run("serve", "--db", f"sqlite:///{tmp_path / 'c.db'}", "--blobs", str(blocker / "b"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
