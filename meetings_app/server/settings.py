"""Settings of one central store process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meetings_app.domain.clock import utc_now
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
    uploads_per_person: int = 4
    """File uploads one person may have running at once (more answer 429)."""
    body_timeout: float = 30.0
    """Seconds a request body may pause between two pieces before it is refused (408)."""
    poll_close_interval: float = 1.0
    """Seconds between sweeps that close polls past their deadline."""
    events_keepalive: float = 15.0
    events_recheck: float = 10.0
    """Seconds between re-checks of an open event stream's sign-in (it ends after sign-out)."""
    db_pool_size: int = 10
    clock: Callable[[], dt.datetime] = utc_now
    """The store's clock: poll deadlines, token expiry and audit times are read from it
    (tests set the time instead of sleeping)."""

    @classmethod
    def default(cls) -> ServerSettings:
        """The embedded default: a SQLite file and a blob folder under the data directory."""
        base = server_dir()
        return cls(db_url=sqlite_url(base / "store.db"), blob_dir=base / "blobs")
