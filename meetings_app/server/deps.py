"""FastAPI dependencies shared by the routers: the process's store and the authenticated caller."""

from __future__ import annotations

from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Header, Request

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.versions import is_older
from meetings_app.security.tokens import hash_token
from meetings_app.server.auth import Caller, authenticate, bearer
from meetings_app.server.store import Store
from meetings_app.sync.wire import CLIENT_VERSION_HEADER


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


async def recent_client(
    request: Request,
    version: Annotated[
        str | None,
        Header(
            alias=CLIENT_VERSION_HEADER,
            description="The client's version (0.1.0); an older one than the store "
            "requires is refused with 426 CLIENT_TOO_OLD.",
        ),
    ] = None,
) -> None:
    """Refuse a client older than the version the agency requires (``CLIENT_TOO_OLD``).

    The client names its version in ``X-Client-Version``; a request without it (another
    program speaking the API) is not judged. Checked before the sign-in, so an old
    client learns what to install even with an expired token. ``async``: it reads no
    database, so it runs on the event loop instead of costing a push a thread hop."""
    wanted = get_store(request).settings.client_version
    if is_older(version, wanted.required):
        where = f" from {wanted.download_url}" if wanted.download_url else ""
        raise AppError(
            f"This client ({version}) is older than the version this store requires; "
            f"install version {wanted.required}{where}. Nothing was stored.",
            code=Code.CLIENT_TOO_OLD,
            version=version,
            required=wanted.required,
            download_url=wanted.download_url,
        )


StoreDep = Annotated[Store, Depends(get_store)]
Auth = Annotated[Caller, Depends(caller)]
PushCaller = Annotated[Caller, Depends(push_caller)]
