"""Client side of live events: listen to ``/api/v1/events``; poll when the stream is down.

``on_change(cursor)`` is called with the feed position the store announced, or with
``None`` on a polling tick while the stream is unavailable; either way the caller pulls.
``on_state(connected)`` says when the stream opens and drops. Reconnects wait a growing,
jittered pause, so laptops dropped together (a store restart) do not return together.
Each event may carry the store's time (``now``): :attr:`FeedListener.clock_offset` keeps
how far the store's clock is ahead of this laptop's, so "live" times follow the store.
Nothing depends on the stream for correctness, only for promptness.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import threading
from collections.abc import Callable

import httpx

from meetings_app.sync.tls import http_client
from meetings_app.sync.wire import API_PREFIX


class FeedListener:
    """A background thread holding one event stream open, with a polling fallback."""

    def __init__(
        self,
        base_url: str,
        token_provider: Callable[[], str | None],
        on_change: Callable[[int | None], None],
        *,
        on_state: Callable[[bool], None] | None = None,
        on_follow: Callable[[dict[str, object]], None] | None = None,
        poll_interval: float = 30.0,
        read_timeout: float = 45.0,
        first_retry: float = 1.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token_provider = token_provider
        self.on_change = on_change
        self.on_state = on_state
        self.on_follow = on_follow
        """Called with each follow-the-presenter move (``{"meeting_id", "document_id", …}``)."""
        self.poll_interval = poll_interval
        self.read_timeout = read_timeout
        self.first_retry = first_retry
        self.clock_offset = dt.timedelta(0)
        """The store's clock minus this laptop's, from the last event that carried it."""
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: httpx.Client | None = None

    def start(self) -> None:
        """Open the event stream in a background thread (reconnecting with backoff)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="feed-events", daemon=True)
            self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._stop.is_set()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the stream; with ``timeout=0`` return at once (the thread ends by itself)."""
        self._stop.set()
        client = self._client
        if client is not None:
            with contextlib.suppress(RuntimeError):
                client.close()
        if self._thread is not None and timeout:
            self._thread.join(timeout)

    def store_now(self) -> dt.datetime:
        """The store's time as this laptop best knows it (its own clock if never told)."""
        return dt.datetime.now(dt.UTC) + self.clock_offset

    def _run(self) -> None:
        backoff = self.first_retry
        while not self._stop.is_set():
            try:
                self._listen()
                backoff = self.first_retry
            except (httpx.HTTPError, ValueError, RuntimeError):
                pass
            if self.connected.is_set():
                self.connected.clear()
                self._tell_state(False)
            if self._stop.is_set():
                return
            # stream down: poll now and then, retry the stream with growing, jittered pauses
            self.on_change(None)
            self._stop.wait(jittered(min(backoff, self.poll_interval)))
            backoff = min(backoff * 2, self.poll_interval)

    def _tell_state(self, connected: bool) -> None:
        if self.on_state is not None:
            self.on_state(connected)

    def _listen(self) -> None:
        token = self.token_provider()
        if not token:
            raise RuntimeError("not signed in")
        timeout = httpx.Timeout(10.0, read=self.read_timeout)
        with http_client(self.base_url, timeout=timeout) as client:
            self._client = client
            with client.stream(
                "GET",
                f"{self.base_url}{API_PREFIX}/events",
                headers={"Authorization": f"Bearer {token}", "Accept": "text/event-stream"},
            ) as response:
                if response.status_code != 200:
                    raise RuntimeError(f"events answered {response.status_code}")
                self.connected.set()
                self._tell_state(True)
                data: list[str] = []
                for line in response.iter_lines():
                    if self._stop.is_set():
                        return
                    if line == "":
                        if data:
                            self._dispatch("\n".join(data))
                        data = []
                    elif line.startswith("data:"):
                        data.append(line[5:].strip())

    def _dispatch(self, payload: str) -> None:
        try:
            message = json.loads(payload)
            if isinstance(message.get("follow"), dict):
                if self.on_follow is not None:
                    self.on_follow(message["follow"])
                return
            cursor = int(message["cursor"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        store_time = _parse_time(message.get("now"))
        if store_time is not None:
            self.clock_offset = store_time - dt.datetime.now(dt.UTC)
        self.on_change(cursor)


def jittered(pause: float) -> float:
    """``pause`` spread over ±50 %, so many laptops retrying at once spread out."""
    return pause * random.uniform(0.5, 1.5)


def _parse_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
