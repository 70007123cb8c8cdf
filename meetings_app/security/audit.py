"""Append-only, hash-chained audit log.

Each event's hash covers its sequence number, content and the previous event's hash, so
changing, removing or reordering any stored event breaks the chain from that point on;
``meetings-app admin verify-audit`` walks it. Appends must run inside the store's write
lock (``meetings_app.store.feed.write_session``) so two writers never chain onto the same
predecessor.

Within one transaction the chain's head is read once and kept in the session (tied to
that transaction, forgotten on any rollback, savepoints included); events are flushed
with the caller's unit of work rather than one statement round trip each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, event, func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import AuditEvent

GENESIS = "0" * 64


def _digest(
    seq: int,
    at: dt.datetime,
    actor_id: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    body = json.dumps(
        {
            "seq": seq,
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": actor_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
            "prev": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_HEAD = "meetings_app.audit_head"


def _forget_head(session: Session, *_: Any) -> None:
    session.info.pop(_HEAD, None)


# A rolled-back savepoint may have held chained events: read the real head next time.
event.listen(Session, "after_soft_rollback", _forget_head)


def head_query() -> Select[int, str]:
    """The newest event's ``(seq, hash)``, for callers that read it with other things."""
    return select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)


def seed_head(session: Session, head: tuple[int, str] | None) -> None:
    """Record the chain head the caller read under the write lock (saves a query)."""
    session.info[_HEAD] = (session.get_transaction(), head or (0, GENESIS))


def append_event(
    session: Session,
    action: str,
    *,
    actor_id: str | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Chain one event after the newest one (caller holds the write lock).

    The event is flushed with the caller's unit of work (before any query, savepoint
    release or commit).
    """
    tx = session.get_transaction()
    cached = session.info.get(_HEAD)
    if cached is not None and cached[0] is tx:
        last_seq, prev_hash = cached[1]
    else:
        last = session.execute(head_query()).first()
        last_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    seq = last_seq + 1
    when = at or dt.datetime.now(dt.UTC)
    info = json.loads(json.dumps(details or {}, default=str))
    digest = _digest(seq, when, actor_id, action, entity, entity_id, info, prev_hash)
    event_row = AuditEvent(
        seq=seq,
        at=when,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=info,
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(event_row)
    session.info[_HEAD] = (tx, (seq, digest))
    return event_row


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    count: int
    first_bad_seq: int | None = None
    message: str = ""


def verify_chain(session: Session, batch: int = 1000) -> AuditReport:
    """Walk the whole chain in order; report the first event whose hash does not hold."""
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    after = 0
    while True:
        rows = (
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.seq > after)
                .order_by(AuditEvent.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            break
        for ev in rows:
            if ev.seq != expected_seq:
                return AuditReport(
                    False, count, ev.seq, f"Audit event {expected_seq} is missing from the chain."
                )
            digest = _digest(
                ev.seq,
                ev.at,
                ev.actor_id,
                ev.action,
                ev.entity,
                ev.entity_id,
                ev.details,
                ev.prev_hash,
            )
            if ev.prev_hash != prev_hash or digest != ev.hash:
                return AuditReport(
                    False,
                    count,
                    ev.seq,
                    f"Audit event {ev.seq} was altered or the chain was broken there.",
                )
            prev_hash = ev.hash
            expected_seq += 1
            count += 1
            after = ev.seq
    total = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    if total != count:
        return AuditReport(False, count, None, "The audit log holds events outside the chain.")
    return AuditReport(True, count, None, f"The audit chain of {count} events is intact.")
