"""UUIDv7 ids, made where a row is born (client or server) and never reused.

UUIDv7 (RFC 9562) puts the Unix millisecond time in the top 48 bits, so ids sort
roughly by creation time, which keeps B-tree inserts local on both SQLite and
PostgreSQL. Python 3.11's ``uuid`` module has no ``uuid7``, hence this helper.
"""

from __future__ import annotations

import os
import time
import uuid


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A new random UUIDv7 for the given (or current) Unix time in milliseconds."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a (12 bits)
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b (62 bits)
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new UUIDv7 as the canonical lower-case string used in every table and on the wire."""
    return str(uuid7())


def is_uuid(text: str) -> bool:
    """True when ``text`` is a canonical UUID string."""
    try:
        return str(uuid.UUID(text)) == text.lower() and len(text) == 36
    except (ValueError, AttributeError, TypeError):
        return False
