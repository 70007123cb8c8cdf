"""Settings of one central store process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meetings_app.domain.clock import utc_now
from meetings_app.security import store_key
from meetings_app.store.engine import sqlite_url
from meetings_app.store.paths import server_dir


@dataclass
class ServerSettings:
    """Everything ``create_app`` needs; several processes may share one database and blob dir."""

    db_url: str
    blob_dir: Path
    token_ttl: dt.timedelta = dt.timedelta(days=14)
    max_blob_size: int = 2 * 1024**3
    max_body_size: int = 8 * 1024**2
    """Largest JSON request body (pushes); blob uploads are limited by ``max_blob_size``."""
    pull_limit: int = 500
    poll_close_interval: float = 1.0
    """Seconds between sweeps that close polls past their deadline."""
    events_keepalive: float = 15.0
    db_pool_size: int = 10
    signing_key: str | None = None
    """The store's Ed25519 private key (base64); several processes of one store share it.
    Unset: read from ``signing_key_file`` (made there at the first start)."""
    signing_key_file: Path | None = None
    """Where the key is kept; default ``store-signing.key`` beside the blob folder."""
    clock: Callable[[], dt.datetime] = utc_now
    """The store's clock: poll deadlines, token expiry and audit times are read from it
    (tests set the time instead of sleeping)."""

    def store_key(self) -> str:
        """The store's private signing key (made on first use when kept in a file)."""
        if self.signing_key:
            return self.signing_key
        path = self.signing_key_file or self.blob_dir.parent / store_key.KEY_FILE
        return store_key.load_or_create(path)

    @classmethod
    def default(cls) -> ServerSettings:
        """The embedded default: a SQLite file and a blob folder under the data directory."""
        base = server_dir()
        return cls(db_url=sqlite_url(base / "store.db"), blob_dir=base / "blobs")
