"""``GET /api/v1/events``: a server-sent event stream saying where the feed is.

Nothing depends on the stream for correctness: a client that misses an event pulls anyway
on its next poll. An open stream costs no thread (it waits on the broker).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from meetings_app.server.deps import get_store, stream_caller
from meetings_app.server.store import Store
from meetings_app.sync.wire import API_PREFIX

router = APIRouter(prefix=API_PREFIX, tags=["events"])


@router.get("/events", response_model=None)
async def events(request: Request) -> StreamingResponse:
    """``{"cursor": N}`` whenever the feed moves (and keep-alive comments in between)."""
    await anyio.to_thread.run_sync(stream_caller, request)
    store = get_store(request)
    store.broker.start(asyncio.get_running_loop())
    return StreamingResponse(
        _stream(store),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _stream(store: Store) -> AsyncIterator[str]:
    keepalive = store.settings.events_keepalive
    store.broker.listeners += 1
    try:
        yield "retry: 3000\n\n"
        seen = -1
        while True:
            position = await store.broker.wait_beyond(seen, keepalive)
            if position > seen:
                seen = position
                yield f"id: {position}\ndata: {json.dumps({'cursor': position})}\n\n"
            else:
                yield ": keepalive\n\n"
    finally:
        store.broker.listeners -= 1
