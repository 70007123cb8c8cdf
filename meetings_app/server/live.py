"""The live event stream's messages: "the feed is at N", with the store's time.

Kept apart from the routes so the stream's contract lives in one place: each event is
``{"cursor": N, "now": ISO time}``; the first one is sent as soon as the stream opens
(so a laptop that was away pulls at once), the next whenever the feed moves, and a
comment line keeps the connection alive in between. ``now`` lets a laptop whose clock is
wrong show deadlines and running times by the store's clock.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import anyio.to_thread

from meetings_app.server.events import FeedBroker
from meetings_app.server.follow import FollowMove


def event(cursor: int, now: dt.datetime) -> str:
    """One server-sent event announcing ``cursor``."""
    body = json.dumps({"cursor": cursor, "now": now.isoformat()})
    return f"id: {cursor}\ndata: {body}\n\n"


async def feed_events(
    broker: FeedBroker,
    keepalive: float,
    *,
    now: Callable[[], dt.datetime],
    beat: Callable[[], None] | None = None,
    closed: Callable[[], None] | None = None,
    moves: Callable[[int], list[FollowMove]] | None = None,
    signed_in: Callable[[], Awaitable[bool]] | None = None,
    recheck: float = 10.0,
) -> AsyncIterator[str]:
    """The stream for one listener, counted in ``broker.listeners`` while it lasts.

    ``beat()`` runs (on a worker thread) when the stream opens and at least every
    ``keepalive`` seconds while it lasts, ``closed()`` when it ends: the laptop's presence.
    ``moves(seen)`` gives the follow-the-presenter moves newer than ``seen`` for this
    listener; each is sent as ``{"follow": {...}}`` (the latest ones right at the start).
    ``signed_in()`` is asked every ``recheck`` seconds; once it says no, the stream sends
    ``event: signed-out`` and ends.
    """
    broker.listeners += 1
    try:
        last_beat = await _beat(beat)
        yield "retry: 3000\n\n"
        seen, followed = -1, 0
        checked = time.monotonic()
        while True:
            position = await broker.wait_beyond(seen, min(keepalive, recheck))
            if signed_in is not None and time.monotonic() - checked >= recheck:
                if not await signed_in():
                    yield "event: signed-out\ndata: {}\n\n"
                    return
                checked = time.monotonic()
            sent = False
            if position > seen:
                seen, sent = position, True
                yield event(position, now())
            for move in moves(followed) if moves is not None else []:
                followed, sent = move.seq, True
                yield f"event: follow\ndata: {json.dumps({'follow': move.payload})}\n\n"
            if not sent:
                yield ": keepalive\n\n"
            if time.monotonic() - last_beat >= keepalive:
                last_beat = await _beat(beat)
    finally:
        broker.listeners -= 1
        if closed is not None:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(closed)


async def _beat(beat: Callable[[], None] | None) -> float:
    if beat is not None:
        await anyio.to_thread.run_sync(beat)
    return time.monotonic()
