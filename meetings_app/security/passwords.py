"""Password hashing with argon2id (argon2-cffi defaults: m=64 MiB, t=3, p=4; above OWASP's floor)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()
#: a valid hash of a random password, verified against when the username is unknown so
#: that timing does not reveal which usernames exist.
_DUMMY = _HASHER.hash("not-a-real-password-3f1c")


def hash_password(password: str) -> str:
    """An argon2id hash string (salt and parameters included)."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; constant-ish time whether or not the user exists."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _HASHER.check_needs_rehash(stored_hash)
