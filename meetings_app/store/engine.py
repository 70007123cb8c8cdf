"""Engines for the two stores: SQLite (embedded default, and every laptop) and PostgreSQL.

SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL``: a write is
acknowledged to a person or a peer only after it is on disk, so pulling the power cord
right after "saved" loses nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import StoreError
from meetings_app.domain.models import FIELD_CIPHER_ATTR, FieldCipher


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN; we issue it ourselves below so
    # that SQLAlchemy's transactions are real SQLite transactions (needed for SAVEPOINT).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    write = conn.get_execution_options().get("sqlite_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _prepare_sqlite_file(url: str) -> None:
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the folder {path.parent} for the database ({exc.strerror}). "
            "Choose a data folder you can write to.",
            code=Code.DATA_DIR_NOT_WRITABLE,
            path=str(path.parent),
        ) from exc
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise StoreError(
            f"The data folder {path.parent} is not writable. Choose a folder you can write to "
            "(or set MEETINGS_APP_HOME) and try again; nothing was changed.",
            code=Code.DATA_DIR_NOT_WRITABLE,
            path=str(path.parent),
        )


#: connections a SQLite engine keeps open: one per worker thread of the store's thread pool
#: (anyio's default, 40), so a burst of pulls after an event reuses connections instead of
#: opening and closing one per request (≈40 % of a pull's CPU at 300 laptops); opened
#: lazily, so a laptop's engine still holds only the few it uses
SQLITE_POOL = 40


def make_engine(url: str, *, pool_size: int = 5) -> Engine:
    """An engine for a SQLite file or a ``postgresql+psycopg://`` URL, checked to answer.

    Raises :class:`StoreError` with a plain sentence when the database is unreachable,
    not a database, or in a folder that cannot be written.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL.", code=Code.BAD_DB_URL) from exc
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=max(pool_size, SQLITE_POOL),
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_size=pool_size, pool_pre_ping=True)
    else:
        raise StoreError(
            f"Unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL.",
            code=Code.BAD_DB_URL,
        )
    check_answers(engine)
    return engine


def check_answers(engine: Engine) -> None:
    """Open one connection and read the schema, so a broken file fails here, clearly."""
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
            else:
                conn.exec_driver_sql("SELECT 1").scalar()
    except DBAPIError as exc:
        raise _explain(engine, exc) from exc


def _explain(engine: Engine, exc: DBAPIError) -> StoreError:
    text = str(exc.orig)
    where = engine.url.render_as_string(hide_password=True)
    if "file is not a database" in text or "malformed" in text:
        return StoreError(
            f"The database file {engine.url.database} is damaged or is not a database. "
            "It was left as it is; move it aside (or restore a backup) and start again.",
            code=Code.DB_CORRUPT,
            path=str(engine.url.database),
        )
    if engine.dialect.name == "sqlite":
        return StoreError(
            f"Cannot open the database {engine.url.database}: {text}.", code=Code.DB_UNAVAILABLE
        )
    return StoreError(
        f"The database at {where} does not answer ({text.strip()}). "
        "Check that the server runs and the address is right.",
        code=Code.DB_UNAVAILABLE,
    )


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (the UI reads them later)."""
    return sessionmaker(engine, expire_on_commit=False)


def writer(engine: Engine) -> Engine:
    """The same engine, but its SQLite transactions take the write lock at BEGIN.

    Taking the lock up front (``BEGIN IMMEDIATE``) avoids the SQLITE_BUSY upgrade
    deadlock when two processes both read and then try to write; readers keep plain
    ``BEGIN`` so WAL lets them run beside a writer. PostgreSQL ignores the option.
    """
    return engine.execution_options(sqlite_write=True)


def set_field_cipher(engine: Engine, cipher: FieldCipher | None) -> None:
    """Encrypt the private columns (``PrivateText``, ``PrivateJSON``) of this engine.

    For the laptop's store only: the cipher lives on the engine's dialect, which every
    connection, session and ``writer(engine)`` of this engine shares; another engine
    (the central store) keeps plaintext.
    """
    setattr(engine.dialect, FIELD_CIPHER_ATTR, cipher)
