"""Live events: "the feed is at N", fanned out in memory to every SSE listener of a process.

Within a process, a push announces its sequence directly. Between processes on
PostgreSQL, one LISTEN connection per process receives the ``pg_notify`` sent in the
pushing transaction; on SQLite (several processes on one file) a light poll of the feed
head does the same while anyone listens. Nothing depends on this for correctness: a
client that misses an event pulls on its next poll.

Light states kept in the database beside the feed (the follow target) ride the same
path: their watchers (:meth:`FeedBroker.watch`) re-read them on a ``LIGHT_NOTICE``
notification, on each SQLite poll while anyone listens, and after the listener
(re)connects, then wake the streams with :meth:`FeedBroker.poke`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine

from meetings_app.store.engine import session_factory
from meetings_app.store.feed import LIGHT_NOTICE, NOTIFY_CHANNEL, feed_head

log = logging.getLogger(__name__)


class FeedBroker:
    """Holds the newest known feed position and wakes every waiting listener when it moves."""

    def __init__(self, engine: Engine, *, sqlite_poll: float = 1.0) -> None:
        self.engine = engine
        self.cursor = 0
        self.listeners = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sqlite_poll = sqlite_poll
        self._started = False
        self._lock = threading.Lock()
        self._watchers: list[Callable[[], None]] = []

    # --- lifecycle -------------------------------------------------------------------------

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start listening for feed moves (idempotent); wakes waiters on ``loop``."""
        with self._lock:
            if self._started:
                return
            self._started = True
            self._loop = loop
            self._changed = asyncio.Event()
            self.cursor = max(self.cursor, self._read_head())
            target: Callable[[], None]
            if self.engine.dialect.name == "postgresql":
                target = self._listen_pg
            else:
                target = self._poll_head
            self._thread = threading.Thread(target=target, name="feed-listener", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop listening; waiting streams end at their next keep-alive."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def watch(self, refresh: Callable[[], None]) -> None:
        """Call ``refresh`` (on the listener thread) whenever another process may have
        moved a light state; it re-reads the state and pokes the streams if it moved."""
        self._watchers.append(refresh)

    def _refresh_watchers(self) -> None:
        for refresh in self._watchers:
            try:
                refresh()
            except Exception:  # best effort, like every event: the next notice retries
                log.warning("could not re-read a light state", exc_info=True)

    # --- announcing ------------------------------------------------------------------------

    def publish(self, seq: int) -> None:
        """Announce a feed position; safe from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self.cursor = max(self.cursor, seq)
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._set, seq)

    def _set(self, seq: int) -> None:
        if seq <= self.cursor or self._changed is None:
            return
        self.cursor = seq
        self._wake()

    def poke(self) -> None:
        """Wake every stream without moving the feed (a light event is waiting); any thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        if self._changed is None:
            return
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_beyond(self, seen: int, timeout: float) -> int:
        """Wait until the feed passes ``seen`` (or ``timeout``); return the newest position."""
        if self.cursor > seen or self._changed is None:
            return self.cursor
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)
        return self.cursor

    # --- other processes -------------------------------------------------------------------

    def _read_head(self) -> int:
        try:
            with session_factory(self.engine)() as s:
                return feed_head(s)
        except Exception:  # the store may be briefly unavailable; events are best effort
            log.warning("could not read the feed head", exc_info=True)
            return self.cursor

    def _poll_head(self) -> None:
        while not self._stop.wait(self._sqlite_poll):
            if self.listeners:
                self.publish(self._read_head())
                self._refresh_watchers()

    def _notice(self, payload: str) -> None:
        if payload == LIGHT_NOTICE:
            self._refresh_watchers()
            return
        with contextlib.suppress(ValueError):
            self.publish(int(payload))

    def _listen_pg(self) -> None:
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        backoff = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    backoff = 0.5
                    # a notification may have been missed while (re)connecting
                    self.publish(self._read_head())
                    self._refresh_watchers()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._notice(note.payload)
            except Exception:
                log.warning("feed listener lost its connection; retrying", exc_info=True)
                time.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
