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


def _follows(url: str, token: str, got: list[dict[str, object]], stop: threading.Event) -> None:
    """Collect the ``follow`` events of one stream until ``stop``."""
    with (
        contextlib.suppress(httpx.HTTPError),
        httpx.Client(timeout=httpx.Timeout(10, read=30)) as client,
        client.stream(
            "GET", f"{url}/api/v1/events", headers={"Authorization": f"Bearer {token}"}
        ) as r,
    ):
        for line in r.iter_lines():
            if line.startswith("data:") and "follow" in line:
                got.append(json.loads(line[5:])["follow"])
            if stop.is_set():
                return


def _wait_for(got: list[dict[str, object]], page: int) -> dict[str, object]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if got and got[-1].get("page") == page:
            return got[-1]
        time.sleep(0.05)
    raise AssertionError(f"no follow move to page {page}: {got}")


def test_follow_reaches_every_process_and_late_laptops(db_url: str, tmp_path: Path) -> None:
    world = World(db_url, tmp_path)
    m = world.meeting()
    for name, role in (("chair", "chair"), ("bob", "member"), ("carol", "member")):
        world.person(name)
        world.participant(m, name, role)
    doc, version, _ = world.document(m, "Tờ trình")
    ports = [_free_port(), _free_port()]
    procs = [_start_server(db_url, world.settings.blob_dir, p) for p in ports]
    a, b = (f"http://127.0.0.1:{p}" for p in ports)
    stop = threading.Event()
    try:
        tokens = {
            name: httpx.post(
                f"{a}/api/v1/auth/login",
                json={"username": name, "password": PASSWORD},
                timeout=30,
            ).json()["token"]
            for name in ("chair", "bob", "carol")
        }
        bob: list[dict[str, object]] = []
        threading.Thread(target=_follows, args=(b, tokens["bob"], bob, stop), daemon=True).start()
        time.sleep(1)  # bob's stream on B is open before the chair moves on A
        chair = {"Authorization": f"Bearer {tokens['chair']}"}
        body = {"document_id": doc, "page": 4, "active": True}
        assert httpx.post(
            f"{a}/api/v1/meetings/{m}/follow", json=body, headers=chair, timeout=30
        ).is_success
        move = _wait_for(bob, 4)  # posted to A, heard on B
        assert move == {
            "meeting_id": m,
            "by": world.ids["chair"],
            "active": True,
            "document_id": doc,
            "agenda_item_id": None,
            "version_id": version,
            "page": 4,
        }  # the target only: nothing of anyone's marks
        # a laptop connecting later, to either process, is led to the current page at once
        for url in (a, b):
            late: list[dict[str, object]] = []
            t = threading.Thread(target=_follows, args=(url, tokens["carol"], late, stop))
            t.daemon = True
            t.start()
            assert _wait_for(late, 4)["active"] is True
        body = {"document_id": doc, "page": 5, "active": True}
        assert httpx.post(
            f"{b}/api/v1/meetings/{m}/follow", json=body, headers=chair, timeout=30
        ).is_success
        assert _wait_for(bob, 5)["by"] == world.ids["chair"]
        # a store restarted keeps the target: it is stored, not held in one process's memory
        procs[1].send_signal(signal.SIGTERM)
        procs[1].wait(10)
        procs[1] = _start_server(db_url, world.settings.blob_dir, ports[1])
        again: list[dict[str, object]] = []
        threading.Thread(target=_follows, args=(b, tokens["bob"], again, stop), daemon=True).start()
        assert _wait_for(again, 5)["document_id"] == doc
    finally:
        stop.set()
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                p.wait(10)
        world.close()
