"""The central change feed: one monotonic sequence every client pulls, and the write lock.

Every write to the central store runs in :func:`write_session`, which serializes writers:
SQLite takes its write lock at ``BEGIN IMMEDIATE``; PostgreSQL takes a transaction-level
advisory lock. Holding that lock from the moment a feed sequence number is chosen until
commit means sequence numbers become visible in order, so a reader that has seen seq N
will never later find a seq below N committing behind it (a reader never skips a change).
Sequence numbers are ``max + 1`` under the lock, so they have no gaps either.

Within one write transaction the head is read once (:func:`next_seq` keeps it in the
session, tied to that transaction and forgotten on any rollback, savepoints included),
entries are flushed with the rest of the unit of work instead of one by one, and the
``pg_notify`` is sent once, just before commit, with the newest sequence.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session

from meetings_app.domain.clock import HybridClock
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    FeedEntry,
    Meeting,
    Poll,
    Synced,
)
from meetings_app.store.deferred import add_row
from meetings_app.store.engine import writer

#: key of the PostgreSQL advisory lock that serializes central writes
WRITE_LOCK_KEY = 0x6D656574  # "meet"
#: PostgreSQL NOTIFY channel carrying "feed moved to N" (or :data:`LIGHT_NOTICE`)
NOTIFY_CHANNEL = "meetings_feed"
#: payload on :data:`NOTIFY_CHANNEL` saying "a light state (not the feed) changed: re-read it"
LIGHT_NOTICE = "light"

_server_clock = HybridClock(f"srv-{new_id()[-12:]}")


def server_clock() -> HybridClock:
    """This process's hybrid clock, for ``updated_at`` of rows the store itself writes."""
    return _server_clock


_HEAD = "meetings_app.feed_head"
_NOTIFY = "meetings_app.feed_notify"
#: ``session.info`` flag of a write transaction that sends its notification before commit
WRITE_SESSION = "meetings_app.write_session"


def take_write_lock(session: Session) -> None:
    """Serialize this transaction with every other central writer (PostgreSQL).

    On SQLite the ``BEGIN IMMEDIATE`` of :func:`writer` already holds the lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_LOCK, {"k": WRITE_LOCK_KEY})


_LOCK = text("SELECT pg_advisory_xact_lock(:k)")
_NOTIFY_SQL = text("SELECT pg_notify(:c, :p)")


@contextmanager
def write_session(engine: Engine, *, lock: bool = True) -> Iterator[Session]:
    """A session in a transaction holding the store's write lock; commits on success.

    ``lock=False`` leaves taking the lock (:func:`take_write_lock`) to the caller, who may
    first read what needs no lock (the caller's token) on the same connection.
    """
    with Session(writer(engine), expire_on_commit=False) as session, session.begin():
        session.info[WRITE_SESSION] = True
        if lock:
            take_write_lock(session)
        yield session
        notify_pending(session)


def notify_pending(session: Session) -> None:
    """Send this transaction's "feed moved to N" (delivered at commit), once."""
    pending = session.info.pop(_NOTIFY, None)
    if pending is None or pending[0] is not session.get_transaction():
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_NOTIFY_SQL, {"c": NOTIFY_CHANNEL, "p": str(pending[1])})


def notify_light(session: Session) -> None:
    """Tell every store process, at commit, that a light state (the follow target) moved."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_NOTIFY_SQL, {"c": NOTIFY_CHANNEL, "p": LIGHT_NOTICE})


#: built once: every pull reads the head, and building the statement cost more than running it
_HEAD_SQL = select(func.coalesce(func.max(FeedEntry.seq), 0))


def feed_head(session: Session) -> int:
    """The newest sequence number (0 for an empty feed)."""
    return int(session.execute(_HEAD_SQL).scalar_one())


def _forget_head(session: Session, *_: Any) -> None:
    session.info.pop(_HEAD, None)


# Any rollback (a refused change's savepoint included) may undo appended entries: read
# the head again next time rather than trust a number counted past rows that are gone.
event.listen(Session, "after_soft_rollback", _forget_head)


def seed_head(session: Session, head: int) -> None:
    """Record the feed head read by the caller under the write lock (saves a query)."""
    session.info[_HEAD] = (session.get_transaction(), head)


def next_seq(session: Session) -> int:
    """The next feed sequence number; the caller holds the write lock."""
    cached = session.info.get(_HEAD)
    tx = session.get_transaction()
    head = cached[1] if cached is not None and cached[0] is tx else feed_head(session)
    seq = head + 1
    session.info[_HEAD] = (tx, seq)
    return seq


def append_feed(
    session: Session,
    entity: str,
    entity_id: str,
    version: int,
    meeting_id: str | None,
    *,
    purge_person_id: str | None = None,
) -> int:
    """Append one feed entry (caller holds the write lock); returns its sequence number.

    The entry is flushed with the caller's unit of work (before any query, savepoint
    release or commit); inside :func:`write_session` the notification goes out once at
    the end, elsewhere right away.
    """
    seq = next_seq(session)
    add_row(
        session,
        FeedEntry(
            seq=seq,
            entity=entity,
            entity_id=entity_id,
            version=version,
            meeting_id=meeting_id,
            purge_person_id=purge_person_id,
        ),
    )
    if session.info.get(WRITE_SESSION):
        session.info[_NOTIFY] = (session.get_transaction(), seq)
    elif session.get_bind().dialect.name == "postgresql":
        # Delivered at commit, to every process listening (one connection each).
        session.flush()
        session.execute(_NOTIFY_SQL, {"c": NOTIFY_CHANNEL, "p": str(seq)})
    return seq


def entity_of(row: Synced) -> str:
    return type(row).__tablename__  # type: ignore[attr-defined,no-any-return]


def meeting_of(session: Session, row: Synced) -> str | None:
    """The meeting a row belongs to (None for people and devices)."""
    if isinstance(row, Meeting):
        return row.id
    direct: Any = getattr(row, "meeting_id", None)
    if direct is not None:
        return str(direct)
    if isinstance(row, DocumentVersion):
        doc = session.get(Document, row.document_id)
        return doc.meeting_id if doc else None
    if isinstance(row, Annotation):
        version = session.get(DocumentVersion, row.document_version_id)
        if version is None:
            return None
        doc = session.get(Document, version.document_id)
        return doc.meeting_id if doc else None
    if isinstance(row, Ballot):
        poll = session.get(Poll, row.poll_id)
        return poll.meeting_id if poll else None
    return None


def record_server_change(
    session: Session, row: Synced, *, actor_id: str | None = None, stamp: bool = True
) -> int:
    """Store a row written by the store itself (admin, seed, server decisions).

    Bumps ``version``, stamps ``updated_at`` from the server clock and appends a feed
    entry; returns the feed sequence. The caller holds the write lock
    (:func:`write_session`) and commits.
    """
    row.version = (row.version or 0) + 1
    if stamp:
        row.updated_at = str(server_clock().now())
    if actor_id is not None:
        row.updated_by = actor_id
    session.add(row)
    session.flush()
    return append_feed(session, entity_of(row), row.id, row.version, meeting_of(session, row))


def reemit(session: Session, row: Synced, meeting_id: str | None) -> int:
    """Announce an unchanged row again (someone gained access to it); same version."""
    return append_feed(session, entity_of(row), row.id, row.version, meeting_id)
