"""``GET /api/v1/events``: a server-sent event stream saying where the feed is.

Nothing depends on the stream for correctness: a client that misses an event pulls anyway
on its next poll. An open stream costs no thread (it waits on the broker). While it is
open, its laptop counts as connected (``server.presence``), and it carries the
follow-the-presenter moves of its listener's meetings (``server.follow``). The caller's
sign-in is checked again every ``events_recheck`` seconds: after a sign-out, a revoked
device or a disabled account the stream says ``event: signed-out`` and ends.
"""

from __future__ import annotations

import asyncio

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Person
from meetings_app.server import presence
from meetings_app.server.auth import authenticate, bearer
from meetings_app.server.deps import caller, get_store
from meetings_app.server.follow import FollowHub, meetings_of
from meetings_app.server.live import feed_events
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
            "description": 'Server-sent events: `data: {"cursor": N, "now": T}` when the feed '
            "moves, `event: follow` when a presenter leads the viewers, `: keepalive` "
            "comments, `event: signed-out` before the stream ends.",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **answers(401),
    },
    openapi_extra=SIGNED_IN,
)
async def events(request: Request) -> StreamingResponse:
    """``{"cursor": N, "now": T}`` whenever the feed moves (keep-alive comments in between),
    and ``{"follow": {...}}`` when the presenter moves."""
    who = await anyio.to_thread.run_sync(caller, request)
    token = bearer(request)
    store = get_store(request)
    store.broker.start(asyncio.get_running_loop())
    hub = request.app.state.follow
    meetings = await anyio.to_thread.run_sync(_opening, hub, store, who.person)
    device, person = who.device.id, who.person.id
    return StreamingResponse(
        feed_events(
            store.broker,
            store.settings.events_keepalive,
            now=store.now,
            beat=lambda: presence.seen(store.engine, device, person, store.now()),
            closed=lambda: presence.gone(store.engine, device),
            moves=lambda seen: hub.since(seen, meetings),
            signed_in=lambda: _still_signed_in(store, token),
            recheck=store.settings.events_recheck,
        ),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _opening(hub: FollowHub, store: Store, person: Person) -> set[str]:
    """The listener's meetings, with the stored follow targets read fresh, so a laptop
    connecting after a move made on another store process is led at once too."""
    hub.refresh()
    return meetings_of(store.engine, person)


async def _still_signed_in(store: Store, token: str) -> bool:
    """Whether the stream's token still authenticates (not signed out, revoked or disabled)."""
    try:
        await anyio.to_thread.run_sync(authenticate, store.engine, token, store.now())
    except AppError:
        return False
    return True
