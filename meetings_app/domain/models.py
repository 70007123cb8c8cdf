"""SQLAlchemy models shared by the desktop client and the central store.

One ``Base.metadata`` holds every table. Each table says where it lives through
``info["scope"]``:

* ``"shared"`` (the default): synced entities, present in both the central schema and
  the client's local schema, with the sync columns of :class:`Synced`. They carry no
  foreign keys: a laptop holds only what its owner may see (an invitee's document may
  hang under an agenda item they do not receive), and rows arrive in feed order, so
  integrity is the central store's rules' job, not the replica's;
* ``"central"``: server-only tables (credentials, tokens, change feed, receipts, audit);
* ``"local"``: client-only tables (outbox, sync state, rejections, blob cache).

The Alembic trees in ``db/central`` and ``db/local`` each filter on that scope, and a
test proves the migrations and these models agree.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from meetings_app.domain.ids import new_id

CENTRAL = {"scope": "central"}
DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh"
"""The zone of a meeting that names none (the project's first users are in Vietnam)."""
LOCAL = {"scope": "local"}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware datetimes stored as UTC on every backend.

    SQLite keeps no offset, so naive values read back are taken as UTC; a naive
    value written is refused, because guessing a laptop's zone corrupts deadlines.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: every stored time must carry an offset")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


FIELD_CIPHER_ATTR = "meetings_field_cipher"
"""Name of the attribute of an engine's ``dialect`` holding the private-field cipher.

Set on the laptop's engine only (``store.engine.set_field_cipher``); the central store's
engine has none, so the same models store plaintext there."""


class FieldCipher(Protocol):
    """What private columns need from at-rest encryption (``security.cipher``)."""

    def encrypt_text(self, text: str, associated: str = "") -> str: ...

    def decrypt_text(self, value: str, associated: str = "") -> str: ...


def field_cipher(dialect: Dialect) -> FieldCipher | None:
    cipher: FieldCipher | None = getattr(dialect, FIELD_CIPHER_ATTR, None)
    return cipher


class PrivateText(TypeDecorator[str]):
    """Text encrypted on the laptop (notes, marks, ballot comments), plain on the server.

    With a cipher on the engine's dialect a value is written as ``enc1:…`` (AES-GCM,
    the column's ``label`` as associated data) and read back decrypted; a value without
    the prefix (a row written before encryption) reads as it is. Without a cipher the
    value passes through unchanged. Never compare or search these columns in SQL.
    """

    impl = Text
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        cipher = field_cipher(dialect)
        if value is None or cipher is None:
            return value
        return cipher.encrypt_text(value, self.label)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        cipher = field_cipher(dialect)
        if value is None or cipher is None:
            return value
        return cipher.decrypt_text(value, self.label)


class PrivateJSON(TypeDecorator[dict[str, Any]]):
    """A JSON document encrypted on the laptop (the outbox's copy of a private change).

    With a cipher the document is stored as one JSON string ``"enc1:…"``; without one,
    or for a row written before encryption, it is plain JSON.
    """

    impl = JSON
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        cipher = field_cipher(dialect)
        if value is None or cipher is None:
            return value
        return cipher.encrypt_text(json.dumps(value, separators=(",", ":")), self.label)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str):
            cipher = field_cipher(dialect)
            if cipher is None:
                return value
            return json.loads(cipher.decrypt_text(value, self.label))
        return value


class Base(DeclarativeBase):
    """Declarative base for every table of both schemas."""

    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class Synced:
    """The sync columns every synced row carries (DESIGN.md, "Data that syncs")."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=0)
    """Server-assigned; 0 on a client row the server has not accepted yet."""
    updated_at: Mapped[str] = mapped_column(String(48), default="")
    """Hybrid logical clock stamp (``meetings_app.domain.clock``)."""
    updated_by: Mapped[str | None] = mapped_column(String(36), default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


# --- synced entities -------------------------------------------------------------------


class Person(Synced, Base):
    __tablename__ = "person"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="user")
    """Global role: ``admin``, ``secretariat`` or ``user`` (meeting roles live on Participant)."""
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class Device(Synced, Base):
    __tablename__ = "device"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str | None] = mapped_column(String(100), default=None)
    """Ed25519 public key (base64) that signs this device's ballots."""
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen: Mapped[dt.datetime | None] = mapped_column(default=None)


class Meeting(Synced, Base):
    __tablename__ = "meeting"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="meeting")
    starts_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    ends_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    location: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    classification: Mapped[str] = mapped_column(String(20), default="internal")
    lease_days: Mapped[int] = mapped_column(Integer, default=14)
    """How long a laptop may open this meeting's cached data without contacting the store."""
    current_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    """The agenda item under discussion, moved by the chair or secretary during the meeting."""
    item_started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """When the current item began, by the store's clock (server-decided)."""
    item_times: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """Seconds spent so far on each agenda item left behind (server-decided)."""
    quorum: Mapped[str] = mapped_column(String(20), default="majority")
    """The quorum rule of this meeting (``domain.attendance.QuorumRule``)."""
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    """IANA zone the meeting's times are entered and shown in, whatever the laptop's zone."""


class Participant(Synced, Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str] = mapped_column(String(20))
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list[Any]] = mapped_column(default=list)
    """Agenda item ids an invitee is invited to; ignored for other roles."""
    substitute_for: Mapped[str | None] = mapped_column(String(36), default=None)
    """The member (person id) this participant attends in place of, if a substitute."""


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(36), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    presenter: Mapped[str] = mapped_column(String(300), default="")
    duration_min: Mapped[int] = mapped_column(Integer, default=0)


class Document(Synced, Base):
    __tablename__ = "document"

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    title: Mapped[str] = mapped_column(String(500))
    classification: Mapped[str] = mapped_column(String(20), default="internal")
    current_version_id: Mapped[str | None] = mapped_column(String(36), default=None)
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    """Person ids; empty means every participant who may see the agenda item."""
    policy: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """``{"view": bool, "print": bool, "export": bool}``."""


class DocumentVersion(Synced, Base):
    __tablename__ = "document_version"

    document_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    blob_sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(300), default="")
    change_note: Mapped[str] = mapped_column(String(1000), default="")
    """What changed from the previous version, in the secretariat's words (members see it)."""


class Annotation(Synced, Base):
    __tablename__ = "annotation"

    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    document_version_id: Mapped[str] = mapped_column(String(36), index=True)
    page: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    geometry: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """In PDF points of the unrotated page: ``{"rects": [[x0,y0,x1,y1]…]}`` or ``{"paths": …}``."""
    color: Mapped[str] = mapped_column(String(9), default="#ffd400")
    text: Mapped[str] = mapped_column(PrivateText("annotation.text"), default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    quote: Mapped[str] = mapped_column(PrivateText("annotation.quote"), default="")
    """The text the mark covers, kept to re-anchor it on a new version."""
    context: Mapped[str] = mapped_column(PrivateText("annotation.context"), default="")


class Note(Synced, Base):
    __tablename__ = "note"

    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    text: Mapped[str] = mapped_column(PrivateText("note.text"), default="")


class Poll(Synced, Base):
    __tablename__ = "poll"

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[list[Any]] = mapped_column(default=list)
    """``[{"id": str, "label": str}, …]``."""
    secret: Mapped[bool] = mapped_column(Boolean, default=False)
    opens_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closes_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    results: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    """Server-decided tally, filled when the poll closes."""
    reminded_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """When the secretariat last reminded those who have not answered (a notice for them)."""


class Ballot(Synced, Base):
    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("poll_id", "voter_id"),)

    poll_id: Mapped[str] = mapped_column(String(36), index=True)
    voter_id: Mapped[str] = mapped_column(String(36), index=True)
    option_id: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(PrivateText("ballot.comment"), default="")
    cast_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signature: Mapped[str | None] = mapped_column(String(200), default=None)
    receipt: Mapped[str | None] = mapped_column(String(64), default=None)
    """The voter's receipt (a hash the store returned when it accepted this ballot); the
    ballot board of the closed poll lists it. Cleared at the close of a secret poll."""


class SpeakerRequest(Synced, Base):
    __tablename__ = "speaker_request"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    state: Mapped[str] = mapped_column(String(12), default="waiting")
    requested_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """When the store received the request (its clock, not the laptop's)."""
    queue_key: Mapped[float | None] = mapped_column(Float, default=None)
    """Order in the queue (smaller first); the store sets it from ``requested_at``, the
    chair moves a request by changing it."""
    floor_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """When the chair gave the floor (server-decided)."""
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """When the turn ended (server-decided)."""


class Minutes(Synced, Base):
    __tablename__ = "minutes"

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    blob_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), default=None)
    """The agenda item these minutes record; None for the meeting as a whole."""
    state: Mapped[str] = mapped_column(String(12), default="published")
    """``draft`` (the secretary edits), ``approved`` (by the chair), ``published``. Meeting
    mode writes it explicitly; a row written without it (a client or tool predating the
    per-item minutes) is published, as every minutes row was before."""


class RegisterEntry(Synced, Base):
    """One line of the document register (sổ đăng ký văn bản đi): the number the store gave
    one report. The laptop creates the row with ``number`` empty ("issue this"); the store
    fills ``number``, ``year`` and ``issued_at`` (server-decided) in the push, and the line
    reaches every laptop that sees the meeting by pull (:mod:`meetings_app.domain.register`)."""

    __tablename__ = "register_entry"
    __table_args__ = (
        UniqueConstraint("issuer", "year", "number", name="uq_register_number"),
        UniqueConstraint("issuer", "subject", name="uq_register_subject"),
    )

    meeting_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64))
    """What is issued, ``kind:id`` (``minutes:<meeting id>``, ``ballot:<poll id>``)."""
    issuer: Mapped[str] = mapped_column(String(16))
    """The issuing body's symbol in numbers (``VPCP``)."""
    number: Mapped[int | None] = mapped_column(Integer, default=None)
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    issued_at: Mapped[dt.datetime | None] = mapped_column(default=None)


#: wire entity name → model, in the order a fresh store must create rows.
ENTITIES: dict[str, type[Synced]] = {
    "person": Person,
    "device": Device,
    "meeting": Meeting,
    "participant": Participant,
    "agenda_item": AgendaItem,
    "document": Document,
    "document_version": DocumentVersion,
    "annotation": Annotation,
    "note": Note,
    "poll": Poll,
    "ballot": Ballot,
    "speaker_request": SpeakerRequest,
    "minutes": Minutes,
    "register_entry": RegisterEntry,
}


# --- central store only ----------------------------------------------------------------


class Credential(Base):
    __tablename__ = "credential"
    __table_args__ = {"info": CENTRAL}

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[dt.datetime] = mapped_column()


class Token(Base):
    __tablename__ = "token"
    __table_args__ = {"info": CENTRAL}

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    """sha256 of the bearer token; the token itself is never stored."""
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column()
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class FeedEntry(Base):
    """One step of the central change feed: a monotonic sequence every client pulls."""

    __tablename__ = "feed"
    __table_args__ = (Index("ix_feed_entity", "entity", "entity_id"), {"info": CENTRAL})

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    purge_person_id: Mapped[str | None] = mapped_column(String(36), default=None)
    """Set on a purge entry: this person lost access to ``meeting_id``."""


class ChangeReceipt(Base):
    """The answer given to a pushed change, so a repeated push gets the same answer."""

    __tablename__ = "change_receipt"
    __table_args__ = {"info": CENTRAL}

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    result: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[dt.datetime] = mapped_column()


class Presence(Base):
    """A laptop whose event stream is open, refreshed by its stream's heartbeats.

    Kept in the database so every store process answers "who is connected" alike; a row
    whose ``last_seen`` is older than a few heartbeats belongs to a laptop that went away.
    """

    __tablename__ = "presence"
    __table_args__ = {"info": CENTRAL}

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    last_seen: Mapped[dt.datetime] = mapped_column()


class BlobRecord(Base):
    __tablename__ = "blob"
    __table_args__ = {"info": CENTRAL}

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[dt.datetime] = mapped_column()


class SecretChoice(Base):
    """What was chosen in a closed secret poll, with no voter: written at the close, in the
    transaction that clears the choice from the voters' ballot rows (who voted stays there).

    The id is random and the rows carry no time, so neither order nor id points back to a
    voter; ``receipt`` lets each voter find their own choice on the ballot board.
    """

    __tablename__ = "secret_choice"
    __table_args__ = {"info": CENTRAL}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    poll_id: Mapped[str] = mapped_column(String(36), index=True)
    option_id: Mapped[str] = mapped_column(String(64))
    receipt: Mapped[str] = mapped_column(String(64))


class AuditEvent(Base):
    """Append-only, hash-chained record of who did what (``admin verify-audit`` checks it)."""

    __tablename__ = "audit_event"
    __table_args__ = {"info": CENTRAL}

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column()
    actor_id: Mapped[str | None] = mapped_column(String(36), default=None)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(32), default=None)
    entity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    head_signature: Mapped[str | None] = mapped_column(String(100), default=None)
    """The store key's signature of the chain head this event made (seq and hash)."""


# --- client (laptop) only --------------------------------------------------------------


class OutboxEntry(Base):
    """A local change waiting to be pushed; written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = {"info": LOCAL}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(64), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(PrivateJSON("outbox.data"))
    """Encrypted on the laptop: it carries the change's fields (a note's text …)."""
    created_at: Mapped[dt.datetime] = mapped_column()


class SyncState(Base):
    """Small key/value facts of the sync client (cursor, server URL, last sync time)."""

    __tablename__ = "sync_state"
    __table_args__ = {"info": LOCAL}

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Rejection(Base):
    """A pushed change the server refused; kept and shown to the person, never dropped."""

    __tablename__ = "rejection"
    __table_args__ = {"info": LOCAL}

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(PrivateJSON("rejection.data"))
    at: Mapped[dt.datetime] = mapped_column()
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


class LocalBlob(Base):
    """A blob in the laptop's cache: complete and verified, or partly downloaded."""

    __tablename__ = "local_blob"
    __table_args__ = {"info": LOCAL}

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
