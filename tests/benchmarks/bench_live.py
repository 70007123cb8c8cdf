"""Live-update benchmark (not collected by pytest): a change pushed to the store, seen in
the local store of every connected laptop.

    python -m tests.benchmarks.bench_live [--laptops 100] [--procs 4] [--rounds 10]

Each laptop is the client's real sync engine: ``SyncService`` running ``SyncClient``
(its own local SQLite store) through the UI's background helper, told by its own
``FeedListener`` event stream (``tests.support.live.LiveLaptop``). The laptops are spread
over ``--procs`` child processes (a laptop is a process of its own in real life); the
store is one ``meetings-app serve`` process on SQLite. The figure is the time from the
start of the secretary's push to the moment the row is committed in each laptop's store
(wall clock, one machine). docs/benchmarks.md ("## Live") records it.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from tests.support.factories import PASSWORD, World


def _seed(root: Path, laptops: int) -> tuple[str, list[str], str]:
    """The store's database file, the members' usernames and the agenda item's id."""
    db = root / "central.db"
    world = World(f"sqlite:///{db}", root / "server")
    world.person("secretary")
    meeting = world.meeting("Phiên họp")
    world.participant(meeting, "secretary", "secretary")
    names = [f"member{i:03d}" for i in range(laptops)]
    for name in names:
        world.person(name)
        world.participant(meeting, name, "member")
    item = world.item(meeting, "round -1")
    world.close()
    return f"sqlite:///{db}", names, item


def _serve(db_url: str, blobs: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-m", "meetings_app", "serve", "--db", db_url, "--blobs", str(blobs)]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v1/health").status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("meetings-app serve did not start")


def _version(url: str, token: str, item: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    pulled = httpx.get(
        f"{url}/api/v1/sync/pull", params={"cursor": 0, "limit": 1000}, headers=headers
    )
    return int(next(c for c in pulled.json()["changes"] if c["id"] == item)["version"])


def _push_title(url: str, token: str, item: str, title: str, version: int) -> None:
    change = {
        "change_id": str(uuid.uuid4()),
        "entity": "agenda_item",
        "id": item,
        "base_version": version,
        "data": {"title": title},
    }
    answer = httpx.post(
        f"{url}/api/v1/sync/push",
        json={"changes": [change]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.json()["results"][0]["status"] == "applied", answer.text


def run(laptops: int, procs: int, rounds: int, gap: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db_url, names, item = _seed(root, laptops)
        server, url = _serve(db_url, root / "server" / "server-blobs")
        children: list[subprocess.Popen[str]] = []
        try:
            duration = 10 + rounds * gap
            for p in range(procs):
                users = ",".join(names[p::procs])
                cmd = [sys.executable, "-m", "tests.benchmarks.bench_live", "--child", url]
                cmd += ["--users", users, "--item", item, "--root", str(root / f"p{p}")]
                cmd += ["--duration", str(duration)]
                children.append(
                    subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
                )
            for child in children:
                assert child.stdout is not None and child.stdout.readline().strip() == "ready"
            time.sleep(1)  # the last laptops' first syncs end
            login = httpx.post(
                f"{url}/api/v1/auth/login",
                json={"username": "secretary", "password": PASSWORD, "device_name": "desk"},
            ).json()
            pushed: dict[str, float] = {}
            version = _version(url, login["token"], item)
            for r in range(rounds):
                title = f"round {r}"
                pushed[title] = time.time()
                _push_title(url, login["token"], item, title, version + r)
                time.sleep(gap)
            seen: list[dict[str, float]] = []
            for child in children:
                out, _ = child.communicate(timeout=duration + 120)
                seen.extend(json.loads(out.strip().splitlines()[-1]))
        finally:
            for child in children:
                if child.poll() is None:
                    child.kill()
            server.terminate()
            server.wait(10)
    delays = sorted(
        arrived[title] - pushed[title] for arrived in seen for title in pushed if title in arrived
    )
    missing = laptops * rounds - len(delays)
    p99 = delays[min(len(delays) - 1, int(len(delays) * 0.99))]
    print(
        f"{laptops} laptops ({procs} processes), {rounds} pushes, {len(delays)} deliveries "
        f"({missing} missing): median {statistics.median(delays) * 1000:.0f} ms, "
        f"p99 {p99 * 1000:.0f} ms, max {delays[-1] * 1000:.0f} ms"
    )


def child(url: str, users: list[str], item: str, root: Path, duration: float) -> None:
    """Run ``users``' laptops for ``duration`` seconds; print when each saw each title."""
    from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    from sqlalchemy.orm import Session

    from meetings_app.domain.models import AgendaItem
    from tests.support.live import LiveLaptop, LiveStore

    app = QCoreApplication([])
    QThreadPool.globalInstance().setMaxThreadCount(max(4, len(users)))
    store = LiveStore.__new__(LiveStore)
    store.port = int(url.rsplit(":", 1)[1])
    laps = [LiveLaptop(store, u, root / u, poll_interval=30) for u in users]
    seen: list[dict[str, float]] = [{} for _ in laps]

    def look(i: int) -> None:
        with Session(laps[i].engine) as s:
            row = s.get(AgendaItem, item)
            if row is not None and row.title not in seen[i]:
                seen[i][row.title] = time.time()

    for i, lap in enumerate(laps):
        lap.sync.sig_sync_finished.connect(lambda _r, i=i: look(i))
        lap.start()

    def ready() -> None:
        if all(lap.sync.live_state == "live" for lap in laps) and all(seen):
            print("ready", flush=True)
            QTimer.singleShot(int(duration * 1000), app.quit)
        else:
            QTimer.singleShot(50, ready)

    ready()
    app.exec()
    for lap in laps:
        lap.close()
    print(json.dumps(seen), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=100)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--gap", type=float, default=2.0)
    parser.add_argument("--child")
    parser.add_argument("--users", default="")
    parser.add_argument("--item", default="")
    parser.add_argument("--root", default="")
    parser.add_argument("--duration", type=float, default=30.0)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.users.split(","), args.item, Path(args.root), args.duration)
    else:
        run(args.laptops, args.procs, args.rounds, args.gap)


if __name__ == "__main__":
    main()
