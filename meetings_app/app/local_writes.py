"""Every local write of the client: the row and its outbox entry in one transaction.

DESIGN.md, sync protocol step 1: a change goes into the local row *and* an outbox entry
atomically, so a crash can never leave a saved mark that is not queued for the store (or a
queued change for a row that is not saved). The contract itself is the sync layer's
:func:`meetings_app.sync.local.record_change`; this class gives the services one object to
hold (engine, signed-in person) and the write-lock discipline.

A full disk or a folder that refuses writes leaves as ``DISK_FULL`` /
``DATA_DIR_NOT_WRITABLE`` (:mod:`meetings_app.store.disk`), never as a raw ``OSError`` or
SQLite error: the transaction was rolled back, so earlier work is intact.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from meetings_app.domain.models import Synced
from meetings_app.store.disk import disk_writes
from meetings_app.store.engine import writer
from meetings_app.sync.local import record_change


class LocalWriter:
    """Writes rows of this laptop, each with its outbox entry.

    Holds true after :meth:`save` returns: the row is on disk (SQLite ``synchronous=FULL``)
    and exactly one new outbox entry carries its data, stamped by the device's hybrid clock.
    """

    def __init__(self, engine: Engine, person_id: str | None = None) -> None:
        self._engine = writer(engine)
        self.person_id = person_id

    def save(self, row: Synced, *, deleted: bool = False) -> Synced:
        """Insert or update ``row`` and queue it; returns the stored (detached) row."""
        return self.save_many([row], deleted=deleted)[0]

    def save_many(self, rows: list[Synced], *, deleted: bool = False) -> list[Synced]:
        saved: list[Synced] = []
        with (
            disk_writes(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            for row in rows:
                merged = session.merge(row)
                if not deleted:
                    merged.deleted = False
                record_change(session, merged, deleted=deleted)
                saved.append(merged)
        return saved

    def run(self, body: Callable[[Session], None]) -> None:
        """Run ``body`` in one write transaction (it calls ``record_change`` itself)."""
        with (
            disk_writes(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            body(session)
