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
import threading
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
#: seconds after the last push before the laptops are stopped: a laptop that has not
#: applied a change by then counts as never reached (infinite delay)
SETTLE = 10.0
#: agenda items of the meeting; each push moves to the next (a laptop records each once)
ITEMS = 200
FIGURE = "change pushed → in every laptop's store, p99, {n} laptops"


@dataclass
class Store:
    """One ``serve`` process on a seeded SQLite store: a meeting in progress, its chair,
    ``laptops`` members and :data:`ITEMS` agenda items the chair moves through."""

    url: str
    names: list[str]
    meeting: str
    items: list[str]
    root: Path
    token: str
    version: int
    pid: int
    """The ``serve`` process (its CPU time is read from /proc)."""

    moves: int = 0

    def start(self) -> None:
        """The chair starts the meeting on its first item (as in the app)."""
        self._send({"status": "in_progress", "current_item_id": self.items[0]})

    @property
    def current(self) -> str:
        """The item the meeting is on."""
        return self.items[self.moves % len(self.items)]

    def push(self) -> int:
        """The chair moves the meeting to its next agenda item (the change every laptop must
        receive at once: what the room is discussing); its feed position."""
        self.moves += 1
        return self._send({"current_item_id": self.current})

    def _send(self, data: dict[str, str]) -> int:
        change = {
            "change_id": str(uuid.uuid4()),
            "entity": "meeting",
            "id": self.meeting,
            "base_version": self.version,
            "data": data,
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


def _seed(root: Path, laptops: int) -> tuple[str, list[str], str, list[str]]:
    """The store's database URL, the members' usernames, the meeting's and its items' ids."""
    db = root / "central.db"
    world = World(f"sqlite:///{db}", root / "server")
    world.person("chair")
    meeting = world.meeting("Phiên họp")
    world.participant(meeting, "chair", "chair")
    names = [f"member{i:03d}" for i in range(laptops)]
    for name in names:
        world.person(name)
        world.participant(meeting, name, "member")
    items = [world.item(meeting, f"Mục {i}", position=i) for i in range(ITEMS)]
    world.close()
    return f"sqlite:///{db}", names, meeting, items


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _store(laptops: int) -> Iterator[Store]:
    """A seeded store served by ``meetings-app serve`` until the block ends."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db_url, names, meeting, items = _seed(root, laptops)
        url = f"http://127.0.0.1:{_free_port()}"
        cmd = [sys.executable, "-m", "meetings_app", "serve", "--db", db_url]
        cmd += ["--blobs", str(root / "server" / "server-blobs"), "--port", url.rsplit(":")[-1]]
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_healthy(url)
            token = login(url, "chair")
            version = _version(url, token, meeting)
            store = Store(url, names, meeting, items, root, token, version, server.pid)
            store.start()
            yield store
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


def _version(url: str, token: str, row: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    pulled = httpx.get(
        f"{url}/api/v1/sync/pull", params={"cursor": 0, "limit": 1000}, headers=headers
    )
    return int(next(c for c in pulled.json()["changes"] if c["id"] == row)["version"])


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
    out = []
    for _ in range(rounds):
        out.append(asyncio.run(_listeners(store.url, store.token, n, store.push, pushes)))
    return out


@dataclass
class InStep:
    """What :func:`laptops_in_step` measured."""

    delays: list[list[float]]
    """Per round, the seconds from each push to the move in each laptop's store."""
    store_ms: float
    """CPU the store process spent per push (its pulls, events and presence)."""
    laptops_ms: float
    """CPU all laptop processes together spent per push."""


def laptops_in_step(store: Store, procs: int, rounds: int, pushes: int, gap: float) -> InStep:
    """Run the laptops, push ``rounds`` × ``pushes`` moves ``gap`` seconds apart, and time
    each laptop's arrival."""
    template = _local_template(store.root)
    children: list[subprocess.Popen[str]] = []
    try:
        for p in range(procs):
            cmd = [sys.executable, "-m", "tests.benchmarks.bench_live", "--child", store.url]
            cmd += ["--users", ",".join(store.names[p::procs]), "--meeting", store.meeting]
            cmd += ["--root", str(store.root / f"p{p}")]
            cmd += ["--template", str(template)]
            log = (store.root / f"child{p}.log").open("w")
            children.append(
                subprocess.Popen(
                    cmd,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    text=True,
                    env=os.environ.copy(),
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
                started = time.time()
                store.push()
                pushed[-1][store.current] = started
                time.sleep(gap)
        time.sleep(SETTLE)  # the last push reaches the slowest laptops (or counts as missing)
        cpu = [cpu_seconds(pid) - before for pid, before in zip(pids, cpu, strict=True)]
        count = rounds * pushes
        store_ms, laptops_ms = cpu[0] / count * 1000, sum(cpu[1:]) / count * 1000
        print(
            f"CPU per push: store {store_ms:.0f} ms, {len(store.names)} laptops "
            f"{laptops_ms:.0f} ms",
            file=sys.stderr,
        )
        seen: list[dict[str, float]] = []
        for p, child in enumerate(children):
            out, _ = child.communicate("stop\n", timeout=120)
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
    order = [t for round_pushes in pushed for t in round_pushes]
    delays = [
        [_delay(at, order[order.index(t) :], t0) for t, t0 in round_pushes.items() for at in seen]
        for round_pushes in pushed
    ]
    return InStep(delays, store_ms, laptops_ms)


def _delay(seen: dict[str, float], this_and_later: list[str], pushed_at: float) -> float:
    """When a laptop showed this move or a later one, after the push (infinite: never).

    A laptop still syncing when two moves come pulls both at once and only ever shows the
    later item: that is the client doing its job, and the first move reached it then."""
    times = [seen[t] for t in this_and_later if t in seen]
    return min(times) - pushed_at if times else float("inf")


def _local_template(root: Path) -> Path:
    """One laptop store migrated once, copied for every laptop (saves N schema upgrades)."""
    from meetings_app.store.engine import make_engine, sqlite_url
    from meetings_app.store.migrate import upgrade

    path = root / "template.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "local")
    engine.dispose()
    return path


def child(url: str, users: list[str], meeting: str, root: Path, template: Path | None) -> None:
    """Run ``users``' laptops until a line arrives on stdin (the parent's "stop", sent
    once every process is ready and the pushes have settled); then print when each laptop
    saw the meeting move to each item."""
    from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    from sqlalchemy.orm import Session

    from meetings_app.domain.models import Meeting
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
            row = s.get(Meeting, meeting)
            current = (row.current_item_id if row is not None else None) or "-"  # "-": synced
            if current not in seen[i]:
                seen[i][current] = time.time()

    for i, lap in enumerate(laps):
        lap.sync.sig_sync_finished.connect(lambda _r, i=i: look(i))
        lap.start()

    stop = threading.Event()

    def wait_for_stop() -> None:
        sys.stdin.readline()
        stop.set()

    threading.Thread(target=wait_for_stop, daemon=True).start()

    def until_stopped() -> None:
        if stop.is_set():
            app.quit()
        else:
            QTimer.singleShot(100, until_stopped)

    def ready() -> None:
        if all(lap.sync.live_state == "live" for lap in laps) and all(seen):
            print("ready", flush=True)
            QTimer.singleShot(100, until_stopped)
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
        delays = [d for r in laptops_in_step(store, procs, 1, rounds, gap).delays for d in r]
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
            measured = laptops_in_step(store, procs, rounds, 5, 2.0)
            values = [p99(r) * 1000 for r in measured.delays]
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
                    "processes on the same 2-core machine; CPU per push: store "
                    f"{measured.store_ms:.0f} ms, laptops {measured.laptops_ms:.0f} ms "
                    f"({measured.laptops_ms / n:.1f} ms each), so the machine needs at least "
                    f"{(measured.store_ms + measured.laptops_ms) / 2:.0f} ms of wall time per "
                    "push on its 2 cores"
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
    parser.add_argument("--meeting", default="")
    parser.add_argument("--root", default="")
    parser.add_argument("--template", default="")
    args = parser.parse_args()
    if args.child:
        template = Path(args.template) if args.template else None
        child(args.child, args.users.split(","), args.meeting, Path(args.root), template)
    else:
        run(args.laptops, args.procs, args.rounds, args.gap, args.floor)


if __name__ == "__main__":
    main()
