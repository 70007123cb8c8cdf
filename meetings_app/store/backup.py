"""``meetings-app admin backup`` / ``restore``: the central store's database and blobs,
taken while the store serves and restored into an empty database.

What a backup holds (a folder, or the same packed as ``.tar`` / ``.tar.gz``)::

    manifest.json       program version, schema revision, row count per table, blob count
    database.sqlite     a SQLite store: a copy made with SQLite's online backup API
    tables/NAME.jsonl   a PostgreSQL store: every table's rows (logical export)
    blobs/ab/abcd…      every document file, named by its sha256 and verified on copy
    store-signing.key   the store's signing key, when it is kept in a file (mode 0600)

Consistency while serving: SQLite's backup API copies one consistent state of the file
whatever writers do meanwhile; PostgreSQL's rows are read in one ``REPEATABLE READ``,
read-only transaction (one snapshot). Blobs are copied after the database snapshot; they
are immutable and content-addressed, so every blob the snapshot names is already there.

Why a logical export and not ``pg_dump``: ``pg_dump`` must be at least as new as the
server and is not part of the installed program (nor of the container image), while the
logical export runs wherever the program runs, restores into any PostgreSQL version —
or into SQLite, and a SQLite backup into PostgreSQL (moving a pilot to production) —
and is checked row by row against the manifest. Operators who also want ``pg_dump``
archives can keep them besides (docs/server.md).

Restore creates the schema at the backup's revision, loads the rows, then upgrades to
this program's newest schema, so a backup from an older version restores into a newer one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, make_url

from meetings_app import __version__
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.store import table_dump
from meetings_app.store.blobs import CHUNK, check_sha256
from meetings_app.store.engine import make_engine

FORMAT = "meetings-app-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_COPY = "database.sqlite"
TABLES = "tables"
BLOBS = "blobs"
KEY = "store-signing.key"
ARCHIVES = (".tar", ".tar.gz", ".tgz")


class BackupError(AppError):
    """A backup that cannot be made or restored; nothing was changed in the store."""

    code = Code.INVALID


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds (or what a restore put back)."""

    path: Path
    database: str
    revision: str
    tables: dict[str, int]
    blobs: int
    blob_bytes: int

    def sentence(self, verb: str) -> str:
        rows = sum(self.tables.values())
        return (
            f"{verb} {self.path}: {rows} rows in {len(self.tables)} tables "
            f"({self.database}, schema {self.revision}), {self.blobs} files "
            f"({self.blob_bytes / 1024**2:.1f} MB)."
        )


def _is_archive(path: Path) -> bool:
    return path.name.endswith(ARCHIVES)


def _revision(connection: Connection) -> str:
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    if row is None:
        raise BackupError("The store has no schema yet: there is nothing to back up.")
    return str(row[0])


def sqlite_file(url: str) -> Path:
    return Path(make_url(url).database or "")


def _snapshot_sqlite(url: str, out: Path) -> tuple[str, dict[str, int]]:
    """Copy the SQLite store with the online backup API; (revision, rows per table)."""
    target = out / SQLITE_COPY
    source = sqlite3.connect(f"file:{sqlite_file(url)}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    engine = create_engine(f"sqlite:///file:{target}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            tables = table_dump.central_tables(connection)
            counts = {t.name: table_dump.count_rows(connection, t) for t in tables}
            return _revision(connection), counts
    finally:
        engine.dispose()


def _snapshot_postgresql(engine: Engine, out: Path) -> tuple[str, dict[str, int]]:
    """Every table's rows from one read-only snapshot; (revision, rows per table)."""
    (out / TABLES).mkdir()
    snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with snapshot as connection, connection.begin():
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        revision = _revision(connection)
        counts = {
            table.name: table_dump.dump_table(
                connection, table, out / TABLES / f"{table.name}.jsonl"
            )
            for table in table_dump.central_tables(connection)
        }
    return revision, counts


def blob_files(root: Path) -> Iterator[Path]:
    """The blob files under a blob folder (``ab/abcd…``), not temporary uploads."""
    if not root.is_dir():
        return
    for folder in sorted(root.iterdir()):
        if folder.is_dir() and len(folder.name) == 2:
            yield from sorted(f for f in folder.iterdir() if f.is_file())


def _copy_verified(source: Path, target: Path) -> int:
    """Copy one blob, checking that its bytes hash to its name; returns its size."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    if digest.hexdigest() != source.name:
        raise BackupError(
            f"The store's file {source} is damaged (its bytes hash to {digest.hexdigest()}); "
            "restore that file from an earlier backup, then back up again.",
            code=Code.BLOB_DAMAGED,
        )
    return size


def _copy_blobs(blob_dir: Path, out: Path) -> tuple[int, int]:
    count = size = 0
    for blob in blob_files(blob_dir):
        check_sha256(blob.name)
        size += _copy_verified(blob, out / BLOBS / blob.parent.name / blob.name)
        count += 1
    return count, size


def _fresh_folder(path: Path) -> None:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise BackupError(f"{path} already exists and is not an empty folder; choose a new place.")
    path.mkdir(parents=True, exist_ok=True)


def backup(db_url: str, blob_dir: Path, out: Path, key_file: Path | None = None) -> BackupSummary:
    """Back up the store at ``db_url`` with its blobs (and its signing key ``key_file``,
    when it exists) into ``out`` (a new folder, or an archive when ``out`` ends in
    ``.tar``/``.tar.gz``); safe while the store serves."""
    if _is_archive(out):
        if out.exists():
            raise BackupError(f"{out} already exists; choose a new file name.")
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as work:
            summary = backup(db_url, blob_dir, Path(work) / "backup", key_file)
            gzip = out.name.endswith(("gz", "tgz"))
            with tarfile.open(out, "w:gz") if gzip else tarfile.open(out, "w") as archive:
                archive.add(summary.path, arcname=".")
        return _with_path(summary, out)
    _fresh_folder(out)
    engine = make_engine(db_url)
    try:
        if engine.dialect.name == "sqlite":
            revision, counts = _snapshot_sqlite(db_url, out)
        else:
            revision, counts = _snapshot_postgresql(engine, out)
    finally:
        engine.dispose()
    blobs, blob_bytes = _copy_blobs(blob_dir, out)
    if key_file is not None and key_file.is_file():
        copy_key(key_file, out / KEY)
    summary = BackupSummary(out, engine.dialect.name, revision, counts, blobs, blob_bytes)
    _write_manifest(summary)
    return summary


def copy_key(source: Path, target: Path) -> None:
    """Copy the signing key, readable by its owner only."""
    target.write_bytes(source.read_bytes())
    target.chmod(0o600)


def _with_path(summary: BackupSummary, path: Path) -> BackupSummary:
    return BackupSummary(
        path,
        summary.database,
        summary.revision,
        summary.tables,
        summary.blobs,
        summary.blob_bytes,
    )


def _write_manifest(summary: BackupSummary) -> None:
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": summary.database,
        "revision": summary.revision,
        "tables": summary.tables,
        "blobs": {"count": summary.blobs, "bytes": summary.blob_bytes},
    }
    (summary.path / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def read_manifest(folder: Path) -> BackupSummary:
    """The manifest of an unpacked backup, or one sentence saying why it is not one."""
    try:
        raw: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError("not a meetings-app backup")
        if raw.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format version {raw.get('format_version')} is not known here")
        return BackupSummary(
            folder,
            str(raw["database"]),
            str(raw["revision"]),
            dict(raw["tables"]),
            int(raw["blobs"]["count"]),
            int(raw["blobs"]["bytes"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{folder} is not a readable meetings-app backup ({exc}).") from exc


@contextmanager
def unpacked(source: Path) -> Iterator[Path]:
    """A backup folder for ``source`` (the folder itself, or an archive unpacked)."""
    if not _is_archive(source):
        yield source
        return
    with tempfile.TemporaryDirectory(prefix="meetings-restore-") as work:
        try:
            with tarfile.open(source) as archive:
                archive.extractall(work, filter="data")
        except (OSError, tarfile.TarError) as exc:
            raise BackupError(f"Cannot unpack {source}: {exc}.") from exc
        yield Path(work)
