"""``GET /api/v1/sync/pull`` and ``POST /api/v1/sync/push``: the change feed in and out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from meetings_app.server.deps import Auth, PushSession, StoreDep, recent_client
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.server.pull import pull as pull_changes
from meetings_app.server.push import PushService
from meetings_app.store.feed import notify_pending, take_write_lock
from meetings_app.sync.wire import API_PREFIX, INT64_MAX, PullResponse, PushRequest, PushResponse

router = APIRouter(
    prefix=f"{API_PREFIX}/sync", tags=["sync"], dependencies=[Depends(recent_client)]
)


@router.get(
    "/pull", response_model=PullResponse, responses=answers(400, 401, 426), openapi_extra=SIGNED_IN
)
def pull(
    who: Auth,
    store: StoreDep,
    cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=5000)] = None,
) -> PullResponse:
    """The changes after ``cursor`` this person may see, in feed order, at most ``limit``
    (the store's page size by default); purge entries for what they lost access to.
    Polls past their deadline are closed first, so a pull never shows one still open."""
    store.close_due_polls()
    with store.reader() as s, s.begin():
        return pull_changes(s, who.person, cursor, limit or store.settings.pull_limit, store.now())


@router.post(
    "/push",
    response_model=PushResponse,
    response_model_exclude_none=True,
    responses=answers(400, 401, 408, 413, 426),
    openapi_extra=SIGNED_IN,
)
def push(req: PushRequest, opened: PushSession, store: StoreDep) -> PushResponse:
    """Apply each change at most once and answer each: applied, duplicate or rejected
    (with a code from the registry, see docs/sync-api.md). One write transaction."""
    s, who = opened
    take_write_lock(s)
    service = PushService(s, who.person, who.device, store.now())
    results = service.push(req.changes)
    seqs = service.seqs
    notify_pending(s)
    s.commit()
    if seqs:
        store.broker.publish(max(seqs))
    return PushResponse(results=results)
