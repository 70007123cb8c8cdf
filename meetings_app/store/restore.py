"""``meetings-app admin restore``: a backup (see :mod:`meetings_app.store.backup`) put
back into an empty database and a blob folder, verified against its manifest."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect

from meetings_app.domain.codes import Code
from meetings_app.store import table_dump
from meetings_app.store.backup import (
    BLOBS,
    KEY,
    SQLITE_COPY,
    TABLES,
    BackupError,
    BackupSummary,
    blob_files,
    copy_key,
    read_manifest,
    sqlite_file,
    unpacked,
)
from meetings_app.store.blobs import CHUNK, BlobHashMismatch, BlobStore
from meetings_app.store.engine import make_engine
from meetings_app.store.migrate import alembic_config, scoped_metadata, upgrade


def _refuse_unless_empty(engine: Engine) -> None:
    """Restore never mixes a backup with rows already there."""
    names = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        for table in scoped_metadata("central").sorted_tables:
            if table.name in names and table_dump.count_rows(connection, table):
                raise BackupError(
                    f"The target database already holds data (table {table.name}); restore "
                    "only into an empty database. Nothing was changed."
                )


def _schema_at(engine: Engine, revision: str) -> None:
    """Create the central schema as it was at ``revision`` (an unknown one is refused)."""
    from alembic import command
    from alembic.util import CommandError

    try:
        command.upgrade(alembic_config(engine, "central"), revision)
    except CommandError as exc:
        raise BackupError(
            f"The backup's schema {revision} is unknown to this program ({exc}); restore "
            "it with the version that made it, or a newer one."
        ) from exc


@contextmanager
def _sqlite_source(folder: Path) -> Iterator[Connection]:
    engine = create_engine(f"sqlite:///file:{folder / SQLITE_COPY}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _load_tables(engine: Engine, backup: BackupSummary) -> dict[str, int]:
    """Insert every table's rows in one transaction; returns rows per table."""
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        tables = table_dump.central_tables(connection)
        if backup.database == "sqlite":
            with _sqlite_source(backup.path) as source:
                by_name = {t.name: t for t in table_dump.central_tables(source)}
                for table in tables:
                    rows = table_dump.rows(source, by_name[table.name])
                    counts[table.name] = table_dump.load_rows(connection, table, rows)
        else:
            for table in tables:
                rows = table_dump.read_table(backup.path / TABLES / f"{table.name}.jsonl")
                counts[table.name] = table_dump.load_rows(connection, table, rows)
        table_dump.reset_sequences(engine, connection, tables)
    return counts


def _copy_sqlite_file(backup: BackupSummary, url: str) -> dict[str, int]:
    """SQLite into SQLite: the backup API again, page by page; returns rows per table."""
    source = sqlite3.connect(f"file:{backup.path / SQLITE_COPY}?mode=ro", uri=True)
    target = sqlite3.connect(sqlite_file(url), timeout=30)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return dict(backup.tables)


def _restore_blobs(folder: Path, blob_dir: Path) -> tuple[int, int]:
    """Put every backed-up file into the blob folder, each verified against its name."""
    store = BlobStore(blob_dir)
    count = size = 0
    for blob in blob_files(folder / BLOBS):
        with blob.open("rb") as reader:
            chunks: Iterator[bytes] = iter(partial(reader.read, CHUNK), b"")
            try:
                _sha, length = store.put_stream(chunks, blob.name)
            except BlobHashMismatch as exc:
                raise BackupError(
                    f"The backup's file {blob} is damaged (its bytes hash to "
                    f"{exc.params['actual']}); nothing was put into the database. "
                    "Use another backup.",
                    code=Code.BLOB_DAMAGED,
                ) from exc
        count += 1
        size += length
    return count, size


def _restore_key(folder: Path, key_file: Path | None) -> None:
    """Put the backup's signing key in place (audit heads and boards were signed with it);
    a different key already there (a store started before the restore) is kept aside."""
    saved = folder / KEY
    if key_file is None or not saved.is_file():
        return
    if key_file.is_file() and key_file.read_bytes() != saved.read_bytes():
        key_file.replace(key_file.with_name(key_file.name + ".before-restore"))
    key_file.parent.mkdir(parents=True, exist_ok=True)
    copy_key(saved, key_file)


def restore(
    source: Path, db_url: str, blob_dir: Path, key_file: Path | None = None
) -> BackupSummary:
    """Restore the backup at ``source`` into the empty database ``db_url``, the blob
    folder ``blob_dir`` and the signing key file ``key_file``; checks every table's row
    count and every file's hash."""
    with unpacked(source) as folder:
        backup = read_manifest(folder)
        engine = make_engine(db_url)
        try:
            _refuse_unless_empty(engine)
            # Files first (each verified): a damaged backup stops before the database.
            blobs, blob_bytes = _restore_blobs(folder, blob_dir)
            if blobs != backup.blobs:
                raise BackupError(
                    f"{blobs} files were restored but the backup lists {backup.blobs}."
                )
            if backup.database == "sqlite" and engine.dialect.name == "sqlite":
                engine.dispose()
                counts = _copy_sqlite_file(backup, db_url)
            else:
                _schema_at(engine, backup.revision)
                counts = _load_tables(engine, backup)
            if counts != backup.tables:
                raise BackupError(
                    f"The restored row counts {counts} differ from the backup's "
                    f"{backup.tables}; do not use this database."
                )
            _restore_key(folder, key_file)
            upgrade(engine, "central")
        finally:
            engine.dispose()
    return BackupSummary(source, engine.dialect.name, backup.revision, counts, blobs, blob_bytes)
