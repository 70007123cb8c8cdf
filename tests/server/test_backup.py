"""``admin backup`` / ``admin restore``: backup → wipe → restore gives the same pull, on
SQLite and PostgreSQL, while the store serves; damaged input is refused in one sentence."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, create_engine
from sqlalchemy.orm import Session

from meetings_app.domain.models import Person
from meetings_app.server.cli import add_admin_arguments, run_admin
from tests.support.factories import World

POLL_OPTIONS = ("yes", "no", "abstain")


def admin(world_db: str, blobs: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_admin_arguments(parser)
    return run_admin(parser.parse_args(["--db", world_db, "--blobs", str(blobs), *argv]))


def fill(world: World) -> bytes:
    """A meeting with an item, a document file and an open poll; returns the file's bytes."""
    world.person("minh")
    meeting = world.meeting("Phiên họp thường kỳ")
    world.participant(meeting, "minh", "member")
    item = world.item(meeting, "Dự thảo nghị định")
    data = b"%PDF-1.4 bao cao " * 500
    world.document(meeting, "Tờ trình", item_id=item, data=data)
    world.poll(meeting, item_id=item)
    return data


def wipe(db_url: str, blobs: Path) -> None:
    """What a lost server leaves: no tables, no files."""
    engine = create_engine(db_url)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()
    shutil.rmtree(blobs)


def assert_same_pull(after: list[dict[str, Any]], before: list[dict[str, Any]]) -> None:
    """Everything pulled before is pulled again, in the same order at the same feed
    positions; the one addition is the device of the sign-in made after the restore."""
    assert after[: len(before)] == before
    assert [c["entity"] for c in after[len(before) :]] == ["device"]


@pytest.mark.parametrize("out_name", ["backup", "backup.tar.gz"])
def test_backup_wipe_restore_gives_the_same_pull(
    db_url: str, tmp_path: Path, out_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(db_url, tmp_path)
    data = fill(world)
    before = world.pull_all("minh")
    blobs = world.settings.blob_dir
    out = tmp_path / "saved" / out_name
    assert admin(db_url, blobs, "backup", "--out", str(out)) == 0
    assert "Backed up into" in capsys.readouterr().out
    world.close()
    key = blobs.parent / "store-signing.key"  # signs audit heads and ballot boards
    signing_key = key.read_bytes()

    wipe(db_url, blobs)
    key.unlink()
    assert admin(db_url, blobs, "restore", str(out)) == 0, capsys.readouterr().err
    assert "Restored from" in capsys.readouterr().out
    assert key.read_bytes() == signing_key and key.stat().st_mode & 0o077 == 0

    again = World(db_url, tmp_path)
    try:
        after = again.pull_all("minh")
        assert_same_pull(after, before)
        version = next(c for c in after if c["entity"] == "document_version")
        sha = version["data"]["blob_sha256"]
        r = again.http.get(f"/api/v1/blobs/{sha}", headers=again.auth("minh"))
        assert r.status_code == 200 and r.content == data
        # The restored store keeps counting: a new person gets the next feed position.
        again.person("lan")
        assert again.pull_all("lan")  # would fail on a reused sequence number
    finally:
        again.close()


def test_backup_is_a_snapshot_while_a_write_is_open(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A transaction still open during the backup is not in it (and is not blocked by it)."""
    world = World(db_url, tmp_path)
    fill(world)
    with world.engine.connect() as connection:
        transaction = connection.begin()
        session = Session(bind=connection)
        session.add(Person(username="chua.luu", full_name="Chưa lưu"))
        session.flush()  # written in the open transaction, not committed
        out = tmp_path / "during"
        assert admin(db_url, world.settings.blob_dir, "backup", "--out", str(out)) == 0
        transaction.rollback()
    world.close()
    assert '"person": 1' in (out / "manifest.json").read_text()


def test_a_sqlite_pilot_moves_to_postgresql(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from meetings_app.store.engine import sqlite_url
    from tests.support.factories import pg_schema

    pilot = World(sqlite_url(tmp_path / "pilot.db"), tmp_path / "pilot")
    fill(pilot)
    before = pilot.pull_all("minh")
    assert (
        admin(
            pilot.settings.db_url, pilot.settings.blob_dir, "backup", "--out", str(tmp_path / "b")
        )
        == 0
    )
    pilot.close()
    with pg_schema(pg_url) as production:
        blobs = tmp_path / "production" / "server-blobs"
        assert admin(production, blobs, "restore", str(tmp_path / "b")) == 0, capsys.readouterr()
        moved = World(production, tmp_path / "production")
        try:
            assert_same_pull(moved.pull_all("minh"), before)
        finally:
            moved.close()


def test_refusals_are_one_sentence_and_change_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(db_url, tmp_path)
    fill(world)
    blobs = world.settings.blob_dir
    out = tmp_path / "b"
    assert admin(db_url, blobs, "backup", "--out", str(out)) == 0
    capsys.readouterr()
    # into a store that holds data
    assert admin(db_url, blobs, "restore", str(out)) == 1
    assert "already holds data" in capsys.readouterr().err
    # over an existing backup
    assert admin(db_url, blobs, "backup", "--out", str(out)) == 1
    assert "not an empty folder" in capsys.readouterr().err
    # a folder that is no backup
    assert admin(db_url, blobs, "restore", str(tmp_path)) == 1
    assert "is not a readable meetings-app backup" in capsys.readouterr().err
    # a damaged file in the store is named, not copied silently
    damaged = next(p for p in blobs.rglob("*") if p.is_file() and len(p.name) == 64)
    damaged.write_bytes(b"flipped")
    assert admin(db_url, blobs, "backup", "--out", str(tmp_path / "c")) == 1
    assert f"{damaged} is damaged" in capsys.readouterr().err
    # a damaged file in a backup is refused at restore
    world.close()
    wipe(db_url, blobs)
    next(p for p in (out / "blobs").rglob("*") if p.is_file()).write_bytes(b"flipped")
    assert admin(db_url, blobs, "restore", str(out)) == 1
    assert "is damaged" in capsys.readouterr().err
    engine = create_engine(db_url)
    tables = MetaData()
    tables.reflect(engine)
    engine.dispose()
    assert not tables.tables  # the database was not touched
