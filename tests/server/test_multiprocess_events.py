"""Two store processes on one database behave as one store; events reach listeners on either."""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
import uuid
from pathlib import Path

import httpx

from meetings_app.sync.events import FeedListener
from tests.support.factories import PASSWORD, World
from tests.sync.test_fault_injection import _free_port, _start_server


def _listen(url: str, token: str, seen: list[int], stop: threading.Event) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the store goes away at the end of the test
        _listen_once(url, token, seen, stop)


def _listen_once(url: str, token: str, seen: list[int], stop: threading.Event) -> None:
    with (
        httpx.Client(timeout=httpx.Timeout(10, read=30)) as client,
        client.stream(
            "GET", f"{url}/api/v1/events", headers={"Authorization": f"Bearer {token}"}
        ) as r,
    ):
        for line in r.iter_lines():
            if line.startswith("data:"):
                seen.append(int(json.loads(line[5:])["cursor"]))
            if stop.is_set():
                return


def test_two_processes_one_store(db_url: str, tmp_path: Path) -> None:
    world = World(db_url, tmp_path)
    world.person("alice")
    world.person("bob")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.participant(m, "bob", "member")
    blobs = world.settings.blob_dir
    ports = [_free_port(), _free_port()]
    procs = [_start_server(db_url, blobs, p) for p in ports]
    a, b = (f"http://127.0.0.1:{p}" for p in ports)
    try:
        tok_a = httpx.post(
            f"{a}/api/v1/auth/login", json={"username": "alice", "password": PASSWORD}
        ).json()["token"]
        tok_b = httpx.post(
            f"{b}/api/v1/auth/login", json={"username": "bob", "password": PASSWORD}
        ).json()["token"]
        seen: list[int] = []
        stop = threading.Event()
        t = threading.Thread(target=_listen, args=(b, tok_b, seen, stop), daemon=True)
        t.start()
        deadline = time.monotonic() + 10
        while not seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert seen, "the event stream announces the current position at once"
        # the client-side listener on process A, too
        got: list[int | None] = []
        listener = FeedListener(a, lambda: tok_a, got.append, poll_interval=1.0)
        listener.start()
        assert listener.connected.wait(10)
        note = str(uuid.uuid4())
        r = httpx.post(
            f"{a}/api/v1/sync/push",
            json={
                "changes": [
                    {
                        "change_id": note,
                        "entity": "note",
                        "id": note,
                        "data": {"meeting_id": m, "text": "hi"},
                    }
                ]
            },
            headers={"Authorization": f"Bearer {tok_a}"},
        )
        seq = r.json()["results"][0]["seq"]
        deadline = time.monotonic() + 10
        while (
            max(seen) < seq or not any(g and g >= seq for g in got)
        ) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert max(seen) >= seq, "a push to A is announced by B"
        assert any(g is not None and g >= seq for g in got)
        # and the store B serves what was pushed to A
        pulled = httpx.get(
            f"{b}/api/v1/sync/pull", headers={"Authorization": f"Bearer {tok_a}"}
        ).json()
        assert note in {c["id"] for c in pulled["changes"]}
        # a dropped stream falls back to polling ticks (None)
        procs[0].send_signal(signal.SIGKILL)
        procs[0].wait()
        deadline = time.monotonic() + 10
        while None not in got and time.monotonic() < deadline:
            time.sleep(0.05)
        assert None in got
        listener.stop()
        stop.set()
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                p.wait(10)
        world.close()
