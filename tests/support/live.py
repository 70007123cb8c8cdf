"""A real store served over HTTP and laptops that keep in step with it live.

Used by the live-sync tests, the meeting end-to-end tests and the live benchmark: each
laptop is the client's own sync engine (``SyncClient`` on a local SQLite store, run by
``SyncService`` through the UI's background helper, told by a ``FeedListener``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from meetings_app.app.sync_service import SyncService
from meetings_app.server.runner import RunningServer, start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient
from meetings_app.sync.events import FeedListener
from meetings_app.ui import worker
from tests.support.factories import PASSWORD


class LiveStore:
    """The central store answering on one port, which it keeps across restarts."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.server: RunningServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.server = start_in_thread(self.settings, port=self.port)
        self.port = int(self.server.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def engine(self) -> Engine:
        return make_engine(self.settings.db_url)


class LiveLaptop:
    """One signed-in laptop: local store, sync client, sync service and event stream."""

    def __init__(
        self, store: LiveStore, username: str, folder: Path, *, poll_interval: float = 2.0
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.username = username
        self.engine = make_engine(sqlite_url(folder / "client.db"))
        upgrade(self.engine, "local")
        self.keys: dict[str, str] = {}
        self.token: str | None = None
        self.client = SyncClient(
            self.engine, folder / "blobs", store.url, lambda: self.token, key_store=self
        )
        login = self.client.login(username, PASSWORD, device_name=folder.name)
        self.token = login.token
        self.person_id = login.person.id
        self.sync = SyncService(self.engine, worker.runner, self.client, interval_ms=3_600_000)
        self.feed = FeedListener(
            store.url,
            lambda: self.token,
            self.sync.feed_moved,
            on_state=self.sync.feed_state,
            on_follow=self.sync.feed_follow,
            poll_interval=poll_interval,
            first_retry=0.2,
        )
        self.sync.use_live_feed(self.feed)

    def start(self) -> None:
        self.sync.start_periodic()

    def get(self, name: str) -> str | None:
        return self.keys.get(name)

    def set(self, name: str, value: str) -> None:
        self.keys[name] = value

    def close(self) -> None:
        self.sync.halt()  # closes the stream; its thread ends on its own
        self.client.http.close()
        self.engine.dispose()
