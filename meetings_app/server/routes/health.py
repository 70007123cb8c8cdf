"""``GET /api/v1/health``: is this a meetings store, and which protocol does it speak;
``GET /api/v1/client-version``: which client version the agency requires and recommends."""

from __future__ import annotations

from fastapi import APIRouter

from meetings_app import __version__
from meetings_app.security.signing import public_key_of
from meetings_app.server.deps import StoreDep
from meetings_app.server.openapi import answers
from meetings_app.sync.wire import API_PREFIX, ClientVersion, Health

router = APIRouter(prefix=API_PREFIX, tags=["health"])


@router.get("/health", response_model=Health, responses=answers())
def health(store: StoreDep) -> Health:
    """Always ``{"status": "ok", "protocol": 1, …}`` with the store's public key; needs no
    sign-in."""
    return Health(version=__version__, store_key=public_key_of(store.signing_key))


@router.get("/client-version", response_model=ClientVersion, responses=answers())
def client_version(store: StoreDep) -> ClientVersion:
    """The client versions the agency requires and recommends and where to download the
    client (the store's ``[client_version]`` configuration); needs no sign-in. A client
    sends its own version in ``X-Client-Version``; pull and push refuse one older than
    ``required`` with 426 ``CLIENT_TOO_OLD``."""
    return store.settings.client_version
