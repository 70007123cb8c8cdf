"""Client side of live events: listen to ``/api/v1/events``; poll when the stream is down.

``on_change(cursor)`` is called with the feed position the store announced, or with
``None`` on a polling tick while the stream is unavailable; either way the caller pulls.
Nothing depends on the stream for correctness, only for promptness.
"""

from __future__ import annotations

import json
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
        poll_interval: float = 30.0,
        read_timeout: float = 45.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token_provider = token_provider
        self.on_change = on_change
        self.poll_interval = poll_interval
        self.read_timeout = read_timeout
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: httpx.Client | None = None

    def start(self) -> None:
        """Open the event stream in a background thread (reconnecting with backoff)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="feed-events", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the stream and stop the thread."""
        self._stop.set()
        client = self._client
        if client is not None:
            client.close()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            try:
                self._listen()
                backoff = 1.0
            except (httpx.HTTPError, ValueError, RuntimeError):
                pass
            self.connected.clear()
            if self._stop.is_set():
                return
            # stream down: poll now and then, retry the stream with growing pauses
            self.on_change(None)
            self._stop.wait(min(backoff, self.poll_interval))
            backoff = min(backoff * 2, self.poll_interval)

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
            cursor = int(json.loads(payload)["cursor"])
        except (ValueError, KeyError, TypeError):
            return
        self.on_change(cursor)
