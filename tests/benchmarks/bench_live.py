"""Live-update benchmark (not collected by pytest): a change pushed to the store, seen in
the local store of every connected laptop.

    python -m tests.benchmarks.bench_live [--laptops 100] [--procs 4] [--rounds 10]

Each laptop is the client's real sync engine: ``SyncService`` running ``SyncClient``
(its own local SQLite store) through the UI's background helper, told by its own
``FeedListener`` event stream (``tests.support.live.LiveLaptop``). The laptops are spread
over ``--procs`` child processes (a laptop is a process of its own in real life); the
store is one ``meetings-app serve`` process on SQLite. The figure is the time from the
start of the secretary's push to the moment the row is committed in each laptop's store
(wall clock, one machine). The floor, measured against the same store process just
before, is the bare event: the same push announced on as many plain SSE streams (one
asyncio client, no pull, no apply). docs/benchmarks.md ("## Live") records both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.benchmarks.bench_sync import _listeners, login
from tests.benchmarks.figures import Figure
from tests.support.factories import World

SECTION = "Live"
FIGURE = "change pushed → in every laptop's store, p99, {n} laptops"


@dataclass
class Store:
    """One ``serve`` process on a seeded SQLite store: ``laptops`` members and one item."""

    url: str
    names: list[str]
    item: str
    root: Path
    token: str
    version: int
    pid: int
    """The ``serve`` process (its CPU time is read from /proc)."""

    def push(self, title: str) -> int:
        """Rename the item (the change every laptop must receive); its feed position."""
        change = {
            "change_id": str(uuid.uuid4()),
            "entity": "agenda_item",
            "id": self.item,
            "base_version": self.version,
            "data": {"title": title},
        }
        answer = httpx.post(
            f"{self.url}/api/v1/sync/push",
            json={"changes": [change]},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=60,
        )
        result = answer.json()["results"][0]
        assert result["status"] == "applied", answer.text
        self.version = int(result["version"])
        return int(result["seq"])


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _store(laptops: int) -> Iterator[Store]:
    """A seeded store served by ``meetings-app serve`` until the block ends."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db_url, names, item = _seed(root, laptops)
        url = f"http://127.0.0.1:{_free_port()}"
        cmd = [sys.executable, "-m", "meetings_app", "serve", "--db", db_url]
        cmd += ["--blobs", str(root / "server" / "server-blobs"), "--port", url.rsplit(":")[-1]]
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_healthy(url)
            token = login(url, "secretary")
            yield Store(url, names, item, root, token, _version(url, token, item), server.pid)
        finally:
            server.terminate()
            server.wait(10)


def _wait_healthy(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v1/health").status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("meetings-app serve did not start")


def _version(url: str, token: str, item: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    pulled = httpx.get(
        f"{url}/api/v1/sync/pull", params={"cursor": 0, "limit": 1000}, headers=headers
    )
    return int(next(c for c in pulled.json()["changes"] if c["id"] == item)["version"])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def bare_events(store: Store, rounds: int, pushes: int) -> list[list[float]]:
    """Per round, the delays of the bare event on ``len(store.names)`` plain SSE streams."""
    n = len(store.names)
    counter = iter(range(10**6))
    out = []
    for _ in range(rounds):
        push = lambda: store.push(f"bare {next(counter)}")  # noqa: E731
        out.append(asyncio.run(_listeners(store.url, store.token, n, push, pushes)))
    return out


def laptops_in_step(
    store: Store, procs: int, rounds: int, pushes: int, gap: float
) -> list[list[float]]:
    """Per round, the delays from each push to the row in each laptop's store."""
    duration = 10 + rounds * pushes * gap
    template = _local_template(store.root)
    children: list[subprocess.Popen[str]] = []
    try:
        for p in range(procs):
            cmd = [sys.executable, "-m", "tests.benchmarks.bench_live", "--child", store.url]
            cmd += ["--users", ",".join(store.names[p::procs]), "--item", store.item]
            cmd += ["--root", str(store.root / f"p{p}"), "--duration", str(duration)]
            cmd += ["--template", str(template)]
            log = (store.root / f"child{p}.log").open("w")
            children.append(
                subprocess.Popen(
                    cmd, stdout=subprocess.PIPE, stderr=log, text=True, env=os.environ.copy()
                )
            )
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(1)  # the last laptops' first syncs end
        pids = [store.pid] + [c.pid for c in children]
        cpu = [cpu_seconds(pid) for pid in pids]
        pushed: list[dict[str, float]] = []
        for _ in range(rounds):
            pushed.append({})
            for _ in range(pushes):
                title = f"round {uuid.uuid4().hex[:8]}"
                pushed[-1][title] = time.time()
                store.push(title)
                time.sleep(gap)
        cpu = [cpu_seconds(pid) - before for pid, before in zip(pids, cpu, strict=True)]
        count = rounds * pushes
        print(
            f"CPU per push: store {cpu[0] / count * 1000:.0f} ms, "
            f"{len(store.names)} laptops {sum(cpu[1:]) / count * 1000:.0f} ms",
            file=sys.stderr,
        )
        seen: list[dict[str, float]] = []
        for p, child in enumerate(children):
            out, _ = child.communicate(timeout=duration + 120)
            lines = [line for line in out.splitlines() if line.startswith("[")]
            if lines:
                seen.extend(json.loads(lines[-1]))
            else:  # its laptops count as never reached; say why
                tail = (store.root / f"child{p}.log").read_text(errors="replace")[-2000:]
                print(f"laptop process {p} reported nothing:\n{tail}", file=sys.stderr)
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
    laptops = len(store.names)
    per_round = []
    for round_pushes in pushed:
        delays = [at[t] - t0 for t, t0 in round_pushes.items() for at in seen if t in at]
        missing = laptops * len(round_pushes) - len(delays)
        per_round.append(delays + [float("inf")] * missing)  # a laptop never reached counts
    return per_round


def _local_template(root: Path) -> Path:
    """One laptop store migrated once, copied for every laptop (saves N schema upgrades)."""
    from meetings_app.store.engine import make_engine, sqlite_url
    from meetings_app.store.migrate import upgrade

    path = root / "template.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "local")
    engine.dispose()
    return path


def child(
    url: str, users: list[str], item: str, root: Path, duration: float, template: Path | None
) -> None:
    """Run ``users``' laptops for ``duration`` seconds; print when each saw each title."""
    from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    from sqlalchemy.orm import Session

    from meetings_app.domain.models import AgendaItem
    from tests.support.live import LiveLaptop, LiveStore

    app = QCoreApplication([])
    QThreadPool.globalInstance().setMaxThreadCount(max(4, len(users)))
    store = LiveStore.__new__(LiveStore)
    store.port = int(url.rsplit(":", 1)[1])
    if template is not None:
        for u in users:
            (root / u).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, root / u / "client.db")
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
    print(json.dumps(seen), flush=True)  # first: a crash while closing loses nothing
    for lap in laps:
        lap.sync.halt()
    QThreadPool.globalInstance().waitForDone(30_000)  # no sync left running on a closed client
    for lap in laps:
        lap.close()


def run(laptops: int, procs: int, rounds: int, gap: float, floor: bool) -> None:
    with _store(laptops) as store:
        if floor:
            bare = [d for r in bare_events(store, 1, rounds) for d in r]
            print(f"bare events on {laptops} streams: p99 {p99(bare) * 1000:.0f} ms")
        delays = [d for r in laptops_in_step(store, procs, 1, rounds, gap) for d in r]
    ok = sorted(d for d in delays if d != float("inf"))
    print(
        f"{laptops} laptops ({procs} processes), {rounds} pushes, {len(ok)} deliveries "
        f"({len(delays) - len(ok)} missing): median {statistics.median(ok) * 1000:.0f} ms, "
        f"p99 {p99(delays) * 1000:.0f} ms, max {ok[-1] * 1000:.0f} ms"
    )


def figures(rounds: int) -> list[Figure]:
    """p99 of push → every laptop's store at 10, 100 and 300 laptops, each beside the bare
    event on as many SSE streams; each round is the p99 over 5 pushes."""
    out = []
    for n, procs in ((10, 2), (100, 4), (300, 6)):
        with _store(n) as store:
            floors = [p99(r) * 1000 for r in bare_events(store, rounds, 5)]
            values = [p99(r) * 1000 for r in laptops_in_step(store, procs, rounds, 5, 2.0)]
        out.append(
            Figure(
                section=SECTION,
                name=FIGURE.format(n=n),
                unit="ms",
                values=tuple(values),
                floor_name=f"bare SSE event on {n} streams",
                floors=tuple(floors),
                goal="≤ 1000 ms at 300 laptops" if n == 300 else "",
                goal_value=1000.0 if n == 300 else None,
                note=(
                    f"one `serve` process on SQLite; {n} real client sync engines in {procs} "
                    "processes on the same 2-core machine (their pulls and local commits share "
                    "its CPU with the store)"
                ),
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=100)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--gap", type=float, default=2.0)
    parser.add_argument("--floor", action="store_true", help="also measure the bare event")
    parser.add_argument("--child")
    parser.add_argument("--users", default="")
    parser.add_argument("--item", default="")
    parser.add_argument("--root", default="")
    parser.add_argument("--template", default="")
    parser.add_argument("--duration", type=float, default=30.0)
    args = parser.parse_args()
    if args.child:
        template = Path(args.template) if args.template else None
        child(
            args.child, args.users.split(","), args.item, Path(args.root), args.duration, template
        )
    else:
        run(args.laptops, args.procs, args.rounds, args.gap, args.floor)


if __name__ == "__main__":
    main()
