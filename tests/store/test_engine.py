"""Opening stores: durable SQLite settings, and plain errors for bad files and folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from meetings_app.domain.errors import StoreError
from meetings_app.store.engine import make_engine, writer
from tests.support.unprivileged import run_python


def test_sqlite_pragmas_for_durability(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_writer_transactions_commit_and_roll_back(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with writer(engine).begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(RuntimeError), writer(engine).begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (2)"))
        raise RuntimeError("boom")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalars().all() == [1]


def test_corrupt_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "client.db"
    junk = b"this is not a database, it is a letter to the ministry" * 100
    path.write_bytes(junk)
    with pytest.raises(StoreError) as err:
        make_engine(f"sqlite:///{path}")
    assert err.value.code == "DB_CORRUPT"
    assert "damaged" in err.value.message
    assert path.read_bytes() == junk


UNWRITABLE_CHECK = """
import sys
from meetings_app.domain.errors import StoreError
from meetings_app.store.engine import make_engine
try:
    make_engine(f"sqlite:///{sys.argv[1]}")
except StoreError as err:
    print(err.code)
"""


def test_unwritable_folder(tmp_path: Path) -> None:
    """Runs without root's file powers, so CI (root) reaches the read-only path too."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    done = run_python(UNWRITABLE_CHECK, str(folder / "x.db"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "DATA_DIR_NOT_WRITABLE"
    assert not (folder / "x.db").exists()


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError) as err:
        make_engine(f"sqlite:///{blocker / 'sub' / 'x.db'}")
    assert err.value.code == "DATA_DIR_NOT_WRITABLE"


def test_unreachable_postgres_is_a_plain_sentence() -> None:
    with pytest.raises(StoreError) as err:
        make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert err.value.code == "DB_UNAVAILABLE"
    assert "does not answer" in err.value.message


def test_unsupported_url() -> None:
    with pytest.raises(StoreError) as err:
        make_engine("mysql://x@localhost/db")
    assert err.value.code == "BAD_DB_URL"
