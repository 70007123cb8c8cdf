"""Wire format of Sync API v1 (DESIGN.md, "Sync API v1"): pydantic models and the entity codec.

Server and client both use this module, so the two ends cannot drift. Field names are
the public contract: add fields freely, never rename one.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlalchemy import BigInteger, TypeDecorator
from sqlalchemy import inspect as sa_inspect

from meetings_app.domain.codes import WIRE_CODES
from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import ENTITIES, Synced
from meetings_app.domain.versions import CLIENT_VERSION_HEADER as CLIENT_VERSION_HEADER

PROTOCOL = 1
API_PREFIX = "/api/v1"

#: columns carried at the top level of a change, not inside ``data``
ENVELOPE = ("id", "version", "deleted")

#: the largest whole number a 64-bit (``BigInteger``) and a 32-bit (``Integer``) column hold;
#: the wire refuses anything beyond, so SQLite and PostgreSQL accept the same numbers
INT64_MAX = 2**63 - 1
INT32_MAX = 2**31 - 1

#: a feed position or count: 0 … 2^63-1
Position = Annotated[int, Field(ge=0, le=INT64_MAX)]
#: a row version: 0 … 2^31-1 (the stored column is 32-bit)
Version = Annotated[int, Field(ge=0, le=INT32_MAX)]


class WireModel(BaseModel):
    """Base for wire messages: unknown fields are ignored so newer peers stay compatible."""

    model_config = ConfigDict(extra="ignore")


class Health(WireModel):
    """``GET /health``: ``{status: "ok", protocol: 1, version}``."""

    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL
    version: str = ""
    store_key: str = ""
    """The store's Ed25519 public key (base64 of 32 raw bytes): it signs audit heads and
    ballot boards."""


class TrustCertificate(WireModel):
    """One CA certificate of the agency's trust list."""

    name: str
    sha256: str
    """Of the DER bytes."""
    subject: str
    der: str
    """The certificate, DER, standard base64."""


class TrustList(WireModel):
    """``GET /trust``: the CA certificates laptops judge PDF signatures against."""

    certificates: list[TrustCertificate]


class ClientVersion(WireModel):
    """``GET /client-version``: which client version the agency requires and recommends.

    Each field is null when the store's configuration does not set it."""

    required: str | None = None
    """Clients older than this may still sign in, but their pull and push are refused."""
    recommended: str | None = None
    """Clients older than this are told a newer version is available."""
    download_url: str | None = None
    """Where the agency offers the client for download."""


class PresenceResponse(WireModel):
    """``GET /meetings/{id}/presence``: the participants with a laptop connected now."""

    connected: list[str]
    """Person ids."""
    now: dt.datetime
    """The store's time of the answer."""


class FollowRequest(WireModel):
    """``POST /meetings/{id}/follow``: every viewer goes to this document and page
    (``active`` False: the presenter stops leading)."""

    document_id: str | None = None
    page: int = Field(default=1, ge=1)
    active: bool = True


class LoginRequest(WireModel):
    """``POST /auth/login`` body."""

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(default="device", max_length=200)
    device_public_key: str | None = Field(default=None, max_length=100)
    device_id: str | None = None
    """A device signing in again passes its id to keep one device record per laptop."""


class LogoutResponse(WireModel):
    """``POST /auth/logout`` answer: the token no longer works."""

    status: Literal["ok"] = "ok"


class PersonOut(WireModel):
    """The signed-in person as a login answer carries them."""

    id: str
    username: str
    full_name: str
    title: str = ""
    role: str = "user"


class LoginResponse(WireModel):
    """``POST /auth/login`` answer: the token (keep it secret), its expiry, person and device id."""

    token: str
    expires_at: dt.datetime
    person: PersonOut
    device_id: str


class Change(WireModel):
    """One row's state in the pull feed."""

    seq: Position
    entity: str
    id: str
    version: Version
    deleted: bool = False
    data: dict[str, Any] = Field(default_factory=dict)
    purge: bool = False
    """True on a purge entry: drop the row named (for a meeting, everything under it too);
    ``data["meeting_id"]`` names its meeting."""


class PullResponse(WireModel):
    """``GET /sync/pull`` answer: changes in feed order, the next cursor, and whether more wait."""

    changes: list[Change]
    cursor: Position
    more: bool


class PushChange(WireModel):
    """One change of ``POST /sync/push``; ``change_id`` makes it apply at most once."""

    change_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(max_length=64)
    id: str = Field(max_length=64)
    base_version: Version | None = None
    deleted: StrictBool = False
    """``true`` or ``false`` only (``0`` and ``"no"`` are refused, not guessed at)."""
    data: dict[str, Any] = Field(default_factory=dict)


class PushRequest(WireModel):
    """``POST /sync/push`` body: changes applied in order."""

    changes: list[PushChange] = Field(max_length=500)


class BlobStored(WireModel):
    """``PUT /blobs/{sha256}`` answer: the file is stored under its hash."""

    sha256: str
    size: Position


class PushResult(WireModel):
    """The answer to one change: ``applied``, ``duplicate`` or ``rejected`` with a registry code
    (docs/sync-api.md); ``current`` is the store's copy on a conflict or SUPERSEDED.
    """

    change_id: str
    status: Literal["applied", "duplicate", "rejected"]
    version: Version | None = None
    seq: Position | None = None
    code: str | None = None
    message: str | None = None
    current: dict[str, Any] | None = None
    """On ``CONFLICT``: the server's copy of the row (``{id, version, deleted, data}``)."""
    receipt: str | None = None
    """For an applied ballot: the voter's receipt (64 hex), which the closed poll's ballot
    board lists."""


class PushResponse(WireModel):
    """``POST /sync/push`` answer: one result per change, in order."""

    results: list[PushResult]


class ErrorBody(WireModel):
    """The one error shape every non-2xx answer carries."""

    code: str = Field(
        json_schema_extra={"enum": [str(code) for code in sorted(WIRE_CODES)]},
        description="A stable code from the registry (docs/sync-api.md, Error codes).",
    )
    message: str
    detail: Any = None


# --- entity codec ----------------------------------------------------------------------


def entity_name(row: Synced) -> str:
    """The wire name of a model instance (``"agenda_item"`` for ``AgendaItem``)."""
    return type(row).__tablename__  # type: ignore[attr-defined,no-any-return]


def model_for(entity: str) -> type[Synced]:
    """The model behind a wire entity name; ``INVALID`` for an unknown one."""
    try:
        return ENTITIES[entity]
    except KeyError:
        raise Invalid(f"Unknown entity {entity!r}.", entity=entity) from None


def data_columns(model: type[Synced]) -> list[str]:
    """Columns that travel inside ``data`` (everything but the envelope)."""
    return [c.key for c in sa_inspect(model).columns if c.key not in ENVELOPE]


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def to_data(row: Synced) -> dict[str, Any]:
    """A row's ``data`` object as sent on the wire (times as ISO 8601 with offset)."""
    return {key: _to_json(getattr(row, key)) for key in data_columns(type(row))}


def _parse_time(key: str, value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise Invalid(f"{key} is not an ISO 8601 time: {value!r}.", field=key) from None
    else:
        raise Invalid(f"{key} must be an ISO 8601 time.", field=key)
    if parsed is not None and parsed.tzinfo is None:
        raise Invalid(f"{key} must carry a UTC offset.", field=key)
    return parsed


def from_data(
    model: type[Synced], data: dict[str, Any], *, only: set[str] | None = None
) -> dict[str, Any]:
    """Validate a ``data`` object into column values for ``model``.

    Unknown keys are ignored (newer clients may send more); known keys are type-checked
    against the column, so a malformed value is ``INVALID`` rather than a database error.
    """
    values: dict[str, Any] = {}
    for column in sa_inspect(model).columns:
        key = column.key
        if key in ENVELOPE or key not in data or (only is not None and key not in only):
            continue
        value = _coerce(key, _python_type(column.type), data[key], column.nullable)
        if isinstance(value, int) and not isinstance(value, bool):
            _check_whole(key, value, _int_max(column.type))
        limit = getattr(column.type, "length", None)
        if isinstance(value, str) and isinstance(limit, int) and len(value) > limit:
            raise Invalid(f"{key} is longer than {limit} characters.", field=key)
        values[key] = value
    return values


def _int_max(type_: Any) -> int:
    """The largest value a whole-number column holds on every supported database."""
    return INT64_MAX if isinstance(type_, BigInteger) else INT32_MAX


def _check_whole(key: str, value: int, largest: int) -> None:
    """Whole numbers in ``data`` (positions, sizes, pages, days) are never negative and fit
    their column on both SQLite and PostgreSQL."""
    if not 0 <= value <= largest:
        raise Invalid(f"{key} must be a whole number from 0 to {largest}.", field=key)


def _python_type(type_: Any) -> type | None:
    if isinstance(type_, TypeDecorator):
        # a decorator reports ``object``; the wire value is that of the stored type
        type_ = type_.impl_instance
    try:
        return type_.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def _coerce(key: str, expected: type | None, value: Any, nullable: bool | None) -> Any:
    if value is None:
        if nullable:
            return None
        raise Invalid(f"{key} may not be empty.", field=key)
    if expected is dt.datetime:
        return _parse_time(key, value)
    if expected is bool:
        if not isinstance(value, bool):
            raise Invalid(f"{key} must be true or false.", field=key)
        return value
    if expected is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"{key} must be a whole number.", field=key)
        return value
    if expected is str and not isinstance(value, str):
        raise Invalid(f"{key} must be text.", field=key)
    if isinstance(value, str) and "\x00" in value:
        # PostgreSQL cannot store NUL in text; refuse it everywhere, the same way
        raise Invalid(f"{key} contains a NUL character.", field=key)
    if expected in (dict, list) and not isinstance(value, dict | list):
        raise Invalid(f"{key} must be a JSON object or list.", field=key)
    return value
