"""Append-only, hash-chained audit log.

Each event's hash covers its sequence number, content and the previous event's hash, so
changing, removing or reordering any stored event breaks the chain from that point on;
``meetings-app admin verify-audit`` walks it. Appends must run inside the store's write
lock (``meetings_app.store.feed.write_session``) so two writers never chain onto the same
predecessor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
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
    """Chain one event after the newest one (caller holds the write lock)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = (last[0] + 1) if last else 1
    prev_hash = last[1] if last else GENESIS
    when = at or dt.datetime.now(dt.UTC)
    info = json.loads(json.dumps(details or {}, default=str))
    event = AuditEvent(
        seq=seq,
        at=when,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=info,
        prev_hash=prev_hash,
        hash=_digest(seq, when, actor_id, action, entity, entity_id, info, prev_hash),
    )
    session.add(event)
    session.flush()
    return event


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
