"""Pre-load a laptop's local store without a window (``meetings-app sync``, ``demo --no-window``)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import LoginResult, SyncClient, SyncProgress, SyncReport


@dataclass(frozen=True)
class PreloadReport:
    login: LoginResult
    sync: SyncReport
    folder: Path

    def __str__(self) -> str:
        return (
            f"Synced {self.login.person.full_name} into {self.folder}: {self.sync.pulled} records, "
            f"{self.sync.blobs} documents ({self.sync.blob_bytes // 1024} KiB), "
            f"{self.sync.rejected} refused changes."
        )


def preload(
    server_url: str,
    username: str,
    password: str,
    folder: Path,
    progress: Callable[[SyncProgress], None] | None = None,
    on_token: Callable[[str], None] | None = None,
) -> PreloadReport:
    """Sign in and sync into ``folder`` (``client.db`` + ``blobs/``); raises typed AppErrors.

    The token is handed to ``on_token`` (to keep it in the OS keyring), never written to a file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(folder / "client.db"))
    try:
        upgrade(engine, "local")
        token: list[str] = []
        client = SyncClient(
            engine, folder / "blobs", server_url, lambda: token[0] if token else None
        )
        login = client.login(username, password, device_name=f"{socket.gethostname()} (pre-loaded)")
        token.append(login.token)
        if on_token is not None:
            on_token(login.token)
        report = client.sync(progress)
        return PreloadReport(login, report, folder)
    finally:
        engine.dispose()
