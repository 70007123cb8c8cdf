"""Append-only, hash-chained audit log.

Each event's hash covers its sequence number, content and the previous event's hash, so
changing, removing or reordering any stored event breaks the chain from that point on;
``meetings-app admin verify-audit`` walks it. Appends must run inside the store's write
lock (``meetings_app.store.feed.write_session``) so two writers never chain onto the same
predecessor.

Within one transaction the chain's head is read once and kept in the session (tied to
that transaction, forgotten on any rollback, savepoints included); events are flushed
with the caller's unit of work rather than one statement round trip each.

A hash chain alone cannot see its newest events deleted, nor a rewrite that recomputes
every later hash. So each append also signs the new head (seq and hash) with the store's
key (:func:`sign_heads_with`, :mod:`meetings_app.security.store_key`): a rewrite needs that
key. And ``admin audit-head`` exports a signed head that IT keeps elsewhere; checking the
chain against it (:func:`verify_chain` with ``head``) shows a truncation or rewrite made
with the key too, back to that head.
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
from meetings_app.security import signing
from meetings_app.store.deferred import add_row

GENESIS = "0" * 64
_HEAD_PREFIX = "meetings-app audit head v1"
_SIGNER = "meetings_app_audit_signer"


def head_message(seq: int, digest: str) -> bytes:
    """The bytes the store key signs for the chain head ``(seq, hash)``."""
    return f"{_HEAD_PREFIX}\n{seq}\n{digest}".encode("ascii")


def sign_heads_with(engine: Any, private_key: str | None) -> None:
    """Sign every head this engine's sessions append with ``private_key`` (base64 Ed25519).

    Kept on the engine's dialect (as the field cipher is), so every session and
    ``writer(engine)`` of this engine signs, and another engine does not.
    """
    setattr(engine.dialect, _SIGNER, private_key)


def _signer(session: Session) -> str | None:
    key: str | None = getattr(session.get_bind().dialect, _SIGNER, None)
    return key


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
    key = _signer(session)
    if key is not None:
        event_row.head_signature = signing.sign(key, head_message(seq, digest))
    add_row(session, event_row)
    session.info[_HEAD] = (tx, (seq, digest))
    return event_row


def sign_legacy_head(session: Session) -> None:
    """At start: when the newest event was made before the store had a key (unsigned),
    chain one signed event after it, so the chain from there on is signed."""
    last = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    if last is not None and not last.head_signature and _signer(session) is not None:
        append_event(session, "audit.key", details={"reason": "first signed head"})


@dataclass(frozen=True)
class SignedHead:
    """A chain head the store signed: kept elsewhere, it later proves nothing up to it changed."""

    seq: int
    hash: str
    signature: str
    public_key: str

    def valid(self) -> bool:
        """True when the store key named in the head signed this ``(seq, hash)``."""
        return signing.verify(self.public_key, head_message(self.seq, self.hash), self.signature)

    def to_json(self) -> dict[str, Any]:
        return {"format": _HEAD_PREFIX, **self.__dict__}

    @classmethod
    def from_json(cls, raw: Any) -> SignedHead:
        """Read an exported head; ``ValueError`` when it is not one."""
        if not isinstance(raw, dict) or raw.get("format") != _HEAD_PREFIX:
            raise ValueError("not an audit head")
        try:
            return cls(
                int(raw["seq"]), str(raw["hash"]), str(raw["signature"]), str(raw["public_key"])
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError("not an audit head") from exc


def current_head(session: Session, private_key: str) -> SignedHead:
    """The chain's newest ``(seq, hash)`` signed now by the store key (GENESIS when empty)."""
    last = session.execute(head_query()).first()
    seq, digest = (last[0], last[1]) if last else (0, GENESIS)
    return SignedHead(
        seq,
        digest,
        signing.sign(private_key, head_message(seq, digest)),
        signing.public_key_of(private_key),
    )


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    count: int
    first_bad_seq: int | None = None
    message: str = ""


def _bad(count: int, seq: int | None, message: str) -> AuditReport:
    return AuditReport(False, count, seq, message)


def _check_event(ev: AuditEvent, expected_seq: int, prev_hash: str) -> str:
    """Why this event breaks the hash chain, or "" when it holds."""
    if ev.seq != expected_seq:
        return f"Audit event {expected_seq} is missing from the chain."
    digest = _digest(
        ev.seq, ev.at, ev.actor_id, ev.action, ev.entity, ev.entity_id, ev.details, ev.prev_hash
    )
    if ev.prev_hash != prev_hash or digest != ev.hash:
        return f"Audit event {ev.seq} was altered or the chain was broken there."
    return ""


def _signed_by(ev: AuditEvent, key: str) -> bool:
    return bool(ev.head_signature) and signing.verify(
        key, head_message(ev.seq, ev.hash), str(ev.head_signature)
    )


def verify_chain(
    session: Session,
    batch: int = 1000,
    *,
    public_key: str | None = None,
    head: SignedHead | None = None,
) -> AuditReport:
    """Walk the whole chain in order; report the first event whose hash does not hold.

    With ``public_key`` (the store key's), every event from the first signed one on must
    carry a valid head signature, and the newest must be signed (the store signs an unsigned
    head it finds at start: :func:`sign_legacy_head`).
    With ``head`` (exported earlier and kept elsewhere), the chain must still reach that
    head with the same hash: newest events deleted, or a rewrite that recomputed every
    later hash, are reported.
    """
    if head is not None and not head.valid():
        return _bad(0, None, "The exported audit head's signature does not verify.")
    if head is not None and public_key is not None and head.public_key != public_key:
        return _bad(0, None, "The exported audit head was signed by another store key.")
    prev_hash, count, last = GENESIS, 0, None
    signed_since: int | None = None  # events made before the store had a key carry none
    while rows := (
        session.execute(
            select(AuditEvent).where(AuditEvent.seq > count).order_by(AuditEvent.seq).limit(batch)
        )
        .scalars()
        .all()
    ):
        for ev in rows:
            problem = _check_event(ev, count + 1, prev_hash)
            if not problem and public_key is not None:
                if _signed_by(ev, public_key):
                    signed_since = signed_since or ev.seq
                elif ev.head_signature or signed_since is not None:
                    problem = f"Audit event {ev.seq} is not signed by the store's key: the chain was rewritten."
            if not problem and head is not None and ev.seq == head.seq and ev.hash != head.hash:
                problem = (
                    f"Audit event {ev.seq} differs from the exported head: the chain was rewritten."
                )
            if problem:
                return _bad(count, ev.seq, problem)
            prev_hash, count, last = ev.hash, count + 1, ev
    total = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    if total != count:
        return _bad(count, None, "The audit log holds events outside the chain.")
    if public_key is not None and last is not None and signed_since is None:
        return _bad(count, last.seq, "The newest audit event is not signed by the store's key.")
    if head is not None and count < head.seq:
        return _bad(
            count,
            count + 1,
            f"The audit log ends at event {count} but the exported head is at event "
            f"{head.seq}: events were deleted.",
        )
    return AuditReport(True, count, None, f"The audit chain of {count} events is intact.")
