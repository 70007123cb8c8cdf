"""One spelling per username and a floor for passwords, wherever accounts are made or used.

``ｔｈｕｋｙ`` (full-width), ``Thuky`` and ``thuky `` are the same person to a reader, so
they are one username to the store: NFKC-normalised, case-folded and trimmed at creation
and at sign-in.
"""

from __future__ import annotations

import unicodedata

from meetings_app.domain.errors import Invalid

USERNAME_MAX = 64
PASSWORD_MIN = 10


def normalize_username(text: str) -> str:
    """The canonical form of a username (NFKC, case-folded, trimmed)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return folded.strip()


def check_username(text: str) -> str:
    """The canonical username, or ``INVALID`` for an empty, overlong or unprintable one."""
    name = normalize_username(text)
    if not name or len(name) > USERNAME_MAX:
        raise Invalid(f"A username must have 1 to {USERNAME_MAX} characters.", field="username")
    if any(not ch.isprintable() or ch.isspace() for ch in name):
        raise Invalid("A username may not contain spaces or control characters.", field="username")
    return name


def check_password(password: str, username: str) -> None:
    """Refuse passwords an attacker guesses first: short, one repeated character, or the
    username itself (``INVALID``, saying which rule)."""
    if len(password) < PASSWORD_MIN:
        raise Invalid(
            f"The password must have at least {PASSWORD_MIN} characters.", field="password"
        )
    if len(set(password)) == 1:
        raise Invalid("The password may not be one character repeated.", field="password")
    if normalize_username(username) in normalize_username(password):
        raise Invalid("The password may not contain the username.", field="password")
