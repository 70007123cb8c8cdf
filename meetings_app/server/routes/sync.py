"""``GET /api/v1/sync/pull`` and ``POST /api/v1/sync/push``: the change feed in and out."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from meetings_app.server.auth import authenticate_in, bearer
from meetings_app.server.deps import PushCaller, StoreDep, get_store, recent_client
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.server.pull import pull as pull_changes
from meetings_app.sync.wire import API_PREFIX, INT64_MAX, PullResponse, PushRequest, PushResponse

router = APIRouter(
    prefix=f"{API_PREFIX}/sync", tags=["sync"], dependencies=[Depends(recent_client)]
)


@router.get(
    "/pull", response_model=PullResponse, responses=answers(400, 401, 426), openapi_extra=SIGNED_IN
)
def pull(
    request: Request,
    store: StoreDep,
    cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=5000)] = None,
) -> Response:
    """The changes after ``cursor`` this person may see, in feed order, at most ``limit``
    (the store's page size by default); purge entries for what they lost access to.
    Polls past their deadline are closed first, so a pull never shows one still open.

    The token is checked in the pull's own read transaction (one connection); what every
    pull at the same feed head reads alike comes from ``store.pulls`` (``server.pull_cache``).
    """
    token, now = bearer(request), store.now()
    size = limit or store.settings.pull_limit
    with store.reader() as s, s.begin():
        who = authenticate_in(s, token, now)
        snap = store.pulls.at(s)
        if not snap.polls_due(s, now):
            return _json(pull_changes(s, who.person, cursor, size, now, snap))
    store.close_due_polls()
    with store.reader() as s, s.begin():
        who = authenticate_in(s, token, now)
        return _json(pull_changes(s, who.person, cursor, size, now, store.pulls.at(s)))


def _json(page: PullResponse) -> Response:
    """The page serialised once: handing FastAPI the model would validate it again against
    ``response_model`` first (the burst of pulls after each live event pays it per laptop)."""
    return Response(page.model_dump_json(), media_type="application/json")


@router.post(
    "/push",
    response_model=PushResponse,
    response_model_exclude_none=True,
    responses=answers(400, 401, 408, 413, 426),
    openapi_extra=SIGNED_IN,
)
async def push(req: PushRequest, who: PushCaller, request: Request) -> Response:
    """Apply each change at most once and answer each: applied, duplicate or rejected
    (with a code from the registry, see docs/sync-api.md).

    Runs on the event loop (no worker thread): the push joins the next batch of the
    store's writer (:mod:`~meetings_app.server.group_commit`: one write transaction for
    the pushes waiting together) and is answered once that batch has committed.
    """
    store = get_store(request)
    results = await asyncio.wrap_future(store.pushes.submit(who, req.changes))
    body = PushResponse(results=results).model_dump_json(exclude_none=True)
    return Response(body, media_type="application/json")
