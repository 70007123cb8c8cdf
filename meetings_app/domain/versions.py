"""Program versions as the store and the client compare them (``0.1.0``, ``1.2``, ``2.0.0rc1``).

An agency's store says which client version it requires and which it recommends; the
client says its own in every request. Versions are compared by their dotted numbers only
(``1.2`` = ``1.2.0``); a suffix after the numbers (``rc1``, ``+deb``) is ignored, so a
pre-release counts as its release. A text without a leading number is no version.
"""

from __future__ import annotations

import re

CLIENT_VERSION_HEADER = "X-Client-Version"
"""The request header in which a client names its version (``0.1.0``); the store refuses
sync calls from a client older than it requires (``CLIENT_TOO_OLD``, HTTP 426)."""

_NUMBERS = re.compile(r"^\s*v?(\d+(?:\.\d+)*)")


def parse_version(text: str | None) -> tuple[int, ...] | None:
    """The dotted numbers of ``text`` without trailing zeros, or None when it has none."""
    match = _NUMBERS.match(text or "")
    if match is None:
        return None
    numbers = [int(part) for part in match.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def is_older(version: str | None, than: str | None) -> bool:
    """True when ``version`` is a version below ``than``; False when either is no version
    (an unknown client is not refused: the check is a service, not a lock)."""
    mine, other = parse_version(version), parse_version(than)
    return mine is not None and other is not None and mine < other
