"""``GET /api/v1/events``: a server-sent event stream saying where the feed is.

Nothing depends on the stream for correctness: a client that misses an event pulls anyway
on its next poll. An open stream costs no thread (it waits on the broker). The caller's
sign-in is checked again every ``events_recheck`` seconds: after a sign-out, a revoked
device or a disabled account the stream says ``event: signed-out`` and ends.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from meetings_app.domain.errors import AppError
from meetings_app.server.auth import authenticate, bearer
from meetings_app.server.deps import caller, get_store
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.server.store import Store
from meetings_app.sync.wire import API_PREFIX

router = APIRouter(prefix=API_PREFIX, tags=["events"])


@router.get(
    "/events",
    response_model=None,
    response_class=StreamingResponse,
    responses={
        200: {
            "description": 'Server-sent events: `data: {"cursor": N}` when the feed moves, '
            "`: keepalive` comments, `event: signed-out` before the stream ends.",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **answers(401),
    },
    openapi_extra=SIGNED_IN,
)
async def events(request: Request) -> StreamingResponse:
    """``{"cursor": N}`` whenever the feed moves (and keep-alive comments in between)."""
    await anyio.to_thread.run_sync(caller, request)
    store = get_store(request)
    store.broker.start(asyncio.get_running_loop())
    return StreamingResponse(
        _stream(store, bearer(request)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _still_signed_in(store: Store, token: str) -> bool:
    """Whether the stream's token still authenticates (not signed out, revoked or disabled)."""
    try:
        await anyio.to_thread.run_sync(authenticate, store.engine, token, store.now())
    except AppError:
        return False
    return True


async def _stream(store: Store, token: str) -> AsyncIterator[str]:
    keepalive = store.settings.events_keepalive
    recheck = store.settings.events_recheck
    store.broker.listeners += 1
    try:
        yield "retry: 3000\n\n"
        seen = -1
        checked = time.monotonic()
        while True:
            position = await store.broker.wait_beyond(seen, min(keepalive, recheck))
            if time.monotonic() - checked >= recheck:
                if not await _still_signed_in(store, token):
                    yield "event: signed-out\ndata: {}\n\n"
                    return
                checked = time.monotonic()
            if position > seen:
                seen = position
                yield f"id: {position}\ndata: {json.dumps({'cursor': position})}\n\n"
            else:
                yield ": keepalive\n\n"
    finally:
        store.broker.listeners -= 1
