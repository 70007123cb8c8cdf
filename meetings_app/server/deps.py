"""FastAPI dependencies shared by the routers: the process's store and the authenticated caller."""

from __future__ import annotations

from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Request

from meetings_app.security.tokens import hash_token
from meetings_app.server.auth import Caller, authenticate, bearer
from meetings_app.server.store import Store


def get_store(request: Request) -> Store:
    """The store this process serves (set once by ``create_app``)."""
    store: Store = request.app.state.store
    return store


def caller(request: Request) -> Caller:
    """The authenticated caller of a request (401-class errors otherwise)."""
    store = get_store(request)
    return authenticate(store.engine, bearer(request), store.now())


async def push_caller(request: Request) -> Caller:
    """The caller of a push, from the sign-in cache when it is fresh (no thread, no query).

    Checked before the body is looked at, so a bad token is a 401 first. A token the
    cache does not hold is read from the database (in a worker thread). The batch the
    push is written in checks the sign-in again in its transaction
    (:mod:`~meetings_app.server.group_commit`), so the cache never outlives a sign-out
    or a revocation.
    """
    store = get_store(request)
    token = bearer(request)
    cached = store.tokens.get(hash_token(token))
    if cached is not None:
        return cached
    who = await anyio.to_thread.run_sync(authenticate, store.engine, token, store.now())
    store.tokens.put(who)
    return who


StoreDep = Annotated[Store, Depends(get_store)]
Auth = Annotated[Caller, Depends(caller)]
PushCaller = Annotated[Caller, Depends(push_caller)]
