"""A short-lived cache of sign-ins for pushes: token hash → the caller, for a minute.

A vote's burst of pushes would otherwise read the same tokens again and again before
their transaction. The cache only decides how a push is answered *before* it reaches the
writer (a token it does not know is read from the database, a bad one is a 401 at once);
the writer checks every token of its batch again in its own transaction
(:func:`~meetings_app.server.auth.authenticate_many`), so a sign-out or a revocation —
from this process or any other — stops the token as soon as it has returned. A sign-out
in this process also drops the entry at once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from meetings_app.server.auth import Caller

#: how long a sign-in is trusted before it is read from the database again (seconds)
TOKEN_TTL = 60.0
#: the most sign-ins kept (a store serves a few hundred laptops)
MAX_TOKENS = 4096


class TokenCache:
    """Token hash → (caller, when it must be read again); thread-safe, bounded, LRU."""

    def __init__(self, ttl: float = TOKEN_TTL, size: int = MAX_TOKENS) -> None:
        self._ttl = ttl
        self._size = size
        self._entries: OrderedDict[str, tuple[Caller, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, digest: str) -> Caller | None:
        """The cached caller, or None when unknown or older than the TTL."""
        with self._lock:
            entry = self._entries.get(digest)
            if entry is None:
                return None
            if entry[1] <= time.monotonic():
                del self._entries[digest]
                return None
            self._entries.move_to_end(digest)
            return entry[0]

    def put(self, caller: Caller) -> None:
        with self._lock:
            self._entries[caller.token_hash] = (caller, time.monotonic() + self._ttl)
            self._entries.move_to_end(caller.token_hash)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def forget(self, digest: str) -> None:
        """Drop one sign-in (signed out, revoked, or refused by the writer)."""
        with self._lock:
            self._entries.pop(digest, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
