"""``GET /api/v1/events``: a server-sent event stream saying where the feed is.

Nothing depends on the stream for correctness: a client that misses an event pulls anyway
on its next poll. An open stream costs no thread (it waits on the broker). While it is
open, its laptop counts as connected (``server.presence``), and it carries the
follow-the-presenter moves of its listener's meetings (``server.follow``).
"""

from __future__ import annotations

import asyncio

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from meetings_app.server import presence
from meetings_app.server.deps import get_store, stream_caller
from meetings_app.server.follow import meetings_of
from meetings_app.server.live import feed_events
from meetings_app.sync.wire import API_PREFIX

router = APIRouter(prefix=API_PREFIX, tags=["events"])


@router.get("/events", response_model=None)
async def events(request: Request) -> StreamingResponse:
    """``{"cursor": N, "now": T}`` whenever the feed moves (keep-alive comments in between),
    and ``{"follow": {...}}`` when the presenter moves."""
    who = await anyio.to_thread.run_sync(stream_caller, request)
    store = get_store(request)
    store.broker.start(asyncio.get_running_loop())
    meetings = await anyio.to_thread.run_sync(meetings_of, store.engine, who.person)
    device, person = who.device.id, who.person.id
    hub = request.app.state.follow
    return StreamingResponse(
        feed_events(
            store.broker,
            store.settings.events_keepalive,
            now=store.now,
            beat=lambda: presence.seen(store.engine, device, person, store.now()),
            closed=lambda: presence.gone(store.engine, device),
            moves=lambda seen: hub.since(seen, meetings),
        ),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
