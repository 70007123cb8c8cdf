"""The central store's HTTP API (DESIGN.md, "Sync API v1"): one FastAPI app per process.

Database work runs in plain (threaded) route functions with SQLAlchemy sessions; event
streams are async and cost no thread each. Every refusal has the one ``ErrorBody`` shape
with a code from :class:`~meetings_app.domain.codes.Code`. The routes live in
:mod:`meetings_app.server.routes`, one router per room; adding one is a line in
:data:`ROUTERS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import anyio.to_thread
from fastapi import APIRouter, FastAPI

from meetings_app import __version__
from meetings_app.security.audit import sign_heads_with, sign_legacy_head
from meetings_app.server import access_log, errors, openapi
from meetings_app.server.body_limit import BodyLimit
from meetings_app.server.body_timeout import BodyTimeout
from meetings_app.server.events import FeedBroker
from meetings_app.server.follow import FollowHub
from meetings_app.server.routes import (
    auth,
    blobs,
    boards,
    events,
    follow,
    health,
    presence,
    sync,
    trust,
)
from meetings_app.server.settings import ServerSettings
from meetings_app.server.store import Store
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine
from meetings_app.store.feed import write_session
from meetings_app.store.migrate import upgrade
from meetings_app.sync.wire import API_PREFIX

log = logging.getLogger(__name__)

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    auth.router,
    sync.router,
    blobs.router,
    events.router,
    presence.router,
    follow.router,
    boards.router,
    trust.router,
)


def create_app(settings: ServerSettings) -> FastAPI:
    """The store's ASGI app; opens the database and brings its schema up to date now."""
    engine = make_engine(settings.db_url, pool_size=settings.db_pool_size)
    upgrade(engine, "central")
    key = settings.store_key()
    sign_heads_with(engine, key)
    with write_session(engine) as s:
        sign_legacy_head(s)
    blobs_dir = BlobStore(settings.blob_dir, max_size=settings.max_blob_size)
    removed = blobs_dir.clean_temp()
    if removed:
        log.info("removed %d unfinished upload(s) left by an earlier run", removed)
    store = Store(settings, engine, blobs_dir, FeedBroker(engine), key)
    app = FastAPI(
        title="meetings-app central store",
        version=__version__,
        description=errors.OPENAPI_DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lambda _app: _lifespan(store),
    )
    app.state.store = store
    app.state.follow = FollowHub(store.broker)
    access_log.install()
    errors.install(app)
    openapi.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_size)
    app.add_middleware(BodyTimeout, timeout=settings.body_timeout)
    for router in ROUTERS:
        app.include_router(router)
    return app


@contextlib.asynccontextmanager
async def _lifespan(store: Store) -> AsyncIterator[None]:
    """Start the event broker and the sweep that closes polls past their deadline."""
    store.broker.start(asyncio.get_running_loop())
    task = asyncio.create_task(_sweep(store))
    try:
        yield
    finally:
        task.cancel()
        store.broker.stop()


async def _sweep(store: Store) -> None:
    while True:
        await asyncio.sleep(store.settings.poll_close_interval)
        try:
            await anyio.to_thread.run_sync(store.close_due_polls)
        except Exception:
            log.warning("closing due polls failed", exc_info=True)
