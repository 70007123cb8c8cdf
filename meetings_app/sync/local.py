"""The client's local write path: a change and its outbox entry in one transaction.

The UI (through ``app/``) changes a synced row and calls :func:`record_change` inside the
same session transaction; commit then stores both or neither, so a change can never be
made without being queued for the store, nor queued without being made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import uuid
from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.clock import HybridClock, Stamp
from meetings_app.domain.entities import OWNER_FIELD
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import OutboxEntry, Synced, SyncState

_BALLOT_NS = uuid.UUID("9b1f3c1e-6f1e-4c55-9d67-0d5a3c1b7a11")
_clocks: dict[str, HybridClock] = {}
_clocks_lock = threading.Lock()


def get_state(session: Session, key: str) -> str | None:
    """A value of this laptop's sync state (cursor, person, device …), or None."""
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str) -> None:
    """Set a value of this laptop's sync state (in the caller's transaction)."""
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def device_clock(session: Session) -> HybridClock:
    """This device's hybrid clock, never behind any stamp it has issued or stored."""
    # short node name: a stamp must fit ``updated_at`` (48 characters)
    node = (get_state(session, "device_id") or "local")[-12:]
    with _clocks_lock:
        clock = _clocks.get(node)
        if clock is None:
            clock = HybridClock(node)
            _clocks[node] = clock
    last = get_state(session, "hlc")
    if last:
        with contextlib.suppress(ValueError):
            clock.observe(last)
    return clock


def observe(session: Session, stamp: str) -> None:
    """Move this device's clock past a stamp seen from elsewhere (pulled rows)."""
    with contextlib.suppress(ValueError):
        device_clock(session).observe(Stamp.parse(stamp))


def observe_latest(session: Session, stamps: Iterable[str]) -> None:
    """Move this device's clock past the latest of ``stamps`` (a pulled page's rows): one
    clock read instead of one per row, and the same guarantee, since the clock then sorts
    after every stamp of the page (unreadable stamps are ignored, as :func:`observe` does)."""
    latest: Stamp | None = None
    for text in stamps:
        with contextlib.suppress(ValueError):
            stamp = Stamp.parse(text)
            latest = stamp if latest is None or stamp > latest else latest
    if latest is not None:
        device_clock(session).observe(latest)


def ballot_id(poll_id: str, person_id: str) -> str:
    """The id of a person's ballot on a poll, the same on every device of that person.

    One ballot per voter per poll: two laptops of one minister voting offline then write
    the same row (latest hybrid-clock write wins) instead of two rows the store must refuse.
    """
    return str(uuid.uuid5(_BALLOT_NS, f"{poll_id}:{person_id}"))


def record_change(session: Session, row: Synced, *, deleted: bool = False) -> OutboxEntry:
    """Stamp ``row`` (hybrid clock, author), store it and queue it for the store.

    Call inside the caller's transaction (``with session.begin(): …``); the row and its
    outbox entry are committed together. ``deleted=True`` records a tombstone.
    """
    # The wire's pydantic models are imported with the first change, not with the store
    # (the client's start-up opens the store and lists its meetings without them).
    from meetings_app.sync.wire import entity_name, to_data

    entity = entity_name(row)
    person_id = get_state(session, "person_id")
    owner_field = OWNER_FIELD.get(entity)
    if owner_field and person_id and not getattr(row, owner_field, None):
        setattr(row, owner_field, person_id)
    if not row.id:
        row.id = new_id()
    stamp = str(device_clock(session).now())
    row.updated_at = stamp
    row.updated_by = person_id
    if row.version is None:
        row.version = 0
    if deleted:
        row.deleted = True
    elif row.deleted is None:
        row.deleted = False
    session.add(row)
    session.flush()
    set_state(session, "hlc", stamp)
    entry = OutboxEntry(
        change_id=new_id(),
        entity=entity,
        entity_id=row.id,
        base_version=row.version or None,
        deleted=bool(row.deleted),
        data=to_data(row),
        created_at=dt.datetime.now(dt.UTC),
    )
    session.add(entry)
    session.flush()
    return entry


def pending_among(session: Session, entity_ids: Collection[str]) -> set[str]:
    """Which of these records have a change still waiting in the outbox (one query per
    500 ids, where :func:`pending_for` is one per record)."""
    ids = list(entity_ids)
    pending: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(OutboxEntry.entity_id).where(OutboxEntry.entity_id.in_(chunk)).distinct()
        pending.update(session.execute(query).scalars())
    return pending


def pending_for(session: Session, entity_id: str) -> bool:
    """Whether a change of this record is still waiting in the outbox."""
    return (
        session.execute(
            select(OutboxEntry.seq).where(OutboxEntry.entity_id == entity_id).limit(1)
        ).first()
        is not None
    )
