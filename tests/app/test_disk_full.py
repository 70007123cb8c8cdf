"""A full disk while saving a mark, a note or a ballot, or while downloading, is named
``DISK_FULL``: earlier work is intact, nothing half-written is queued, and a download
resumes once there is room. It never reads as "offline"."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from meetings_app.app import local_writes
from meetings_app.app.annotations_service import AnnotationsService, Mark
from meetings_app.app.notes import NotesService
from meetings_app.app.polls import PollsService
from meetings_app.app.sync_service import is_offline_error
from meetings_app.domain.models import OutboxEntry
from meetings_app.security.cipher import SEGMENT
from meetings_app.store.disk import DiskFull, NotWritable, disk_error
from meetings_app.store.sealed_blobs import SealedBlobStore
from tests.support.at_rest import fixed_cipher
from tests.support.member_meeting import MemberStore


def _outbox(store: MemberStore) -> int:
    with Session(store.engine) as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def _no_space(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _save_note(store: MemberStore) -> Callable[[str], object]:
    notes = NotesService(store.engine, store.writer, store.me)
    return lambda text: notes.save(store.meeting, store.item1, text)


def _save_mark(store: MemberStore) -> Callable[[str], object]:
    marks = AnnotationsService(store.engine, store.writer)
    counter = iter(range(1000))
    return lambda text: marks.add(
        Mark(
            id=f"mark-{next(counter)}",
            document_version_id=store.version,
            page=0,
            kind="note",
            geometry={"x": 10, "y": 10},
            text=text,
        )
    )


def _cast_ballot(store: MemberStore) -> Callable[[str], object]:
    polls = PollsService(store.engine, store.writer, store.me, store.device, now=store.now)
    return lambda text: polls.cast(store.open_poll, "yes", text)


@pytest.mark.parametrize("save", [_save_note, _save_mark, _cast_ballot], ids=lambda f: f.__name__)
def test_a_full_disk_while_saving_is_named_and_loses_nothing(
    store: MemberStore, save: Callable[[MemberStore], Callable[[str], object]], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    write = save(store)
    write("first, saved before the disk filled")
    queued = _outbox(store)
    monkeypatch.setattr(local_writes, "record_change", _no_space)
    with pytest.raises(DiskFull) as raised:
        write("second, when the disk is full")
    assert raised.value.code == "DISK_FULL"
    assert isinstance(raised.value.__cause__, OSError)
    assert _outbox(store) == queued  # the transaction was rolled back, nothing half-queued
    monkeypatch.undo()
    write("third, after space was freed")
    assert _outbox(store) == queued + 1


def test_sqlite_reporting_a_full_database_is_named_too(store: MemberStore) -> None:
    """SQLite's own SQLITE_FULL (here: the file may not grow) becomes DISK_FULL."""
    notes = NotesService(store.engine, store.writer, store.me)
    notes.save(store.meeting, store.item1, "kept")
    with store.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    try:
        with pytest.raises(DiskFull):
            notes.save(store.meeting, store.item1, "x" * 4_000_000)
    finally:
        event.remove(store.engine, "connect", cap)
        store.engine.dispose()
    assert notes.load(store.meeting, store.item1).text == "kept"


class _FullDisk:
    """A file whose disk has ``room`` bytes left; the next write past it fails (ENOSPC)."""

    def __init__(self, fh: Any, room: int) -> None:
        self._fh = fh
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return int(self._fh.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def test_a_full_disk_while_downloading_keeps_whole_segments_and_resumes(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    blobs = SealedBlobStore(tmp_path, fixed_cipher())
    data = os.urandom(SEGMENT * 3 + 321)
    sha = hashlib.sha256(data).hexdigest()
    real_open = Path.open

    def open_on_full_disk(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        fh = real_open(self, mode, *args, **kwargs)
        return _FullDisk(fh, room=SEGMENT * 2 + SEGMENT // 2) if "a" in mode else fh

    part = blobs.partial(sha)
    monkeypatch.setattr(Path, "open", open_on_full_disk)
    with pytest.raises(DiskFull) as raised:
        part.write([data[i : i + 65536] for i in range(0, len(data), 65536)])
    monkeypatch.undo()
    assert isinstance(raised.value.__cause__, OSError)
    assert not is_offline_error(raised.value)  # the window must not say "offline"
    assert 0 < part.offset < len(data)  # whole segments kept, nothing beyond them

    again = blobs.partial(sha)  # the next sync, once space was freed
    assert again.offset == part.offset
    again.write([data[again.offset :]])
    assert again.finish() == len(data)
    assert blobs.read_bytes(sha) == data


def test_only_disk_faults_are_renamed() -> None:
    assert isinstance(disk_error(OSError(errno.ENOSPC, "full")), DiskFull)
    assert isinstance(disk_error(OSError(errno.EACCES, "denied", "/data")), NotWritable)
    assert isinstance(disk_error(OSError(errno.EROFS, "read-only")), NotWritable)
    assert disk_error(ConnectionResetError(errno.ECONNRESET, "reset")) is None
    assert disk_error(ValueError("no")) is None
    assert not is_offline_error(OSError(errno.ENOSPC, "full"))
    assert is_offline_error(ConnectionResetError(errno.ECONNRESET, "reset"))
