"""``GET /api/v1/health``: is this a meetings store, and which protocol does it speak."""

from __future__ import annotations

from fastapi import APIRouter

from meetings_app import __version__
from meetings_app.security.signing import public_key_of
from meetings_app.server.deps import StoreDep
from meetings_app.server.openapi import answers
from meetings_app.sync.wire import API_PREFIX, Health

router = APIRouter(prefix=API_PREFIX, tags=["health"])


@router.get("/health", response_model=Health, responses=answers())
def health(store: StoreDep) -> Health:
    """Always ``{"status": "ok", "protocol": 1, …}`` with the store's public key; needs no
    sign-in."""
    return Health(version=__version__, store_key=public_key_of(store.signing_key))
