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
from collections.abc import AsyncIterator

from meetings_app.server.events import FeedBroker


def event(cursor: int, now: dt.datetime) -> str:
    """One server-sent event announcing ``cursor``."""
    body = json.dumps({"cursor": cursor, "now": now.isoformat()})
    return f"id: {cursor}\ndata: {body}\n\n"


async def feed_events(broker: FeedBroker, keepalive: float) -> AsyncIterator[str]:
    """The stream for one listener, counted in ``broker.listeners`` while it lasts."""
    broker.listeners += 1
    try:
        yield "retry: 3000\n\n"
        seen = -1
        while True:
            position = await broker.wait_beyond(seen, keepalive)
            if position > seen:
                seen = position
                yield event(position, dt.datetime.now(dt.UTC))
            else:
                yield ": keepalive\n\n"
    finally:
        broker.listeners -= 1
