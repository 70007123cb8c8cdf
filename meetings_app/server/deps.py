"""FastAPI dependencies shared by the routers: the process's store and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from meetings_app.server.auth import Caller, authenticate, authenticate_in, bearer
from meetings_app.server.store import Store
from meetings_app.store.engine import writer
from meetings_app.store.feed import WRITE_SESSION


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


StoreDep = Annotated[Store, Depends(get_store)]
Auth = Annotated[Caller, Depends(caller)]
PushSession = Annotated[tuple[Session, Caller], Depends(push_session)]
