"""Bearer tokens: random, shown once to the device, stored only as a sha256 hash."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> tuple[str, str]:
    """A fresh bearer token and the hash to store (the token itself is never stored)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    """The hex sha256 of a token; a lookup key that reveals nothing about the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
