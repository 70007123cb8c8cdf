"""FastAPI dependencies shared by the routers: the process's store and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.versions import is_older
from meetings_app.server.auth import Caller, authenticate, authenticate_in, bearer
from meetings_app.server.store import Store
from meetings_app.store.engine import writer
from meetings_app.store.feed import WRITE_SESSION
from meetings_app.sync.wire import CLIENT_VERSION_HEADER


def get_store(request: Request) -> Store:
    """The store this process serves (set once by ``create_app``)."""
    store: Store = request.app.state.store
    return store


def caller(request: Request) -> Caller:
    """The authenticated caller of a request (401-class errors otherwise)."""
    store = get_store(request)
    return authenticate(store.engine, bearer(request), store.now())


def push_session(request: Request) -> Iterator[tuple[Session, Caller]]:
    """A push's write transaction with its caller, read on the same connection.

    The token is checked (as :func:`caller` would, so a bad token is a 401 before the
    body is looked at) in the transaction the push then runs in: one connection, one
    round trip for the sign-in. The route takes the write lock and commits; whatever is
    not committed is rolled back when the session closes.
    """
    store = get_store(request)
    token = bearer(request)
    with Session(writer(store.engine), expire_on_commit=False) as session:
        session.begin()
        session.info[WRITE_SESSION] = True
        yield session, authenticate_in(session, token, store.now())


def recent_client(
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
    client learns what to install even with an expired token."""
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
PushSession = Annotated[tuple[Session, Caller], Depends(push_session)]
