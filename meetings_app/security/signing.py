"""Ed25519 ballot signatures: each device signs its ballots, the store verifies and keeps them.

The signed message is a canonical text of the ballot's meaningful fields, so the same
ballot always gives the same bytes on both ends.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

_PREFIX = "meetings-app ballot v1"


def _time_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    when: Any = value
    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(when, dt.datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return str(when.astimezone(dt.UTC).isoformat(timespec="microseconds"))
    return str(value)


def ballot_message(ballot_id: str, data: dict[str, Any]) -> bytes:
    """The bytes a device signs for one ballot (id, poll, option, comment, cast time)."""
    parts = [
        _PREFIX,
        ballot_id,
        str(data.get("poll_id") or ""),
        str(data.get("option_id") or ""),
        str(data.get("comment") or ""),
        _time_text(data.get("cast_at")),
    ]
    return "\n".join(parts).encode("utf-8")


def new_private_key() -> str:
    """A new Ed25519 private key as base64 of its 32 raw bytes."""
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return base64.b64encode(raw).decode("ascii")


def public_key_of(private_key: str) -> str:
    """The base64 raw public key matching a base64 private key."""
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(private_key: str, message: bytes) -> str:
    """A base64 signature of ``message``."""
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    return base64.b64encode(key.sign(message)).decode("ascii")


def verify(public_key: str, message: bytes, signature: str) -> bool:
    """True when ``signature`` is a valid signature of ``message`` by ``public_key``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def valid_public_key(public_key: str) -> bool:
    """True when the text is a base64 Ed25519 public key."""
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    except (ValueError, TypeError):
        return False
    return True
