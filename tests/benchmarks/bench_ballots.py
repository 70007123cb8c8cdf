"""Ballots: signed ballot pushes from 50 voters at once, through ``meetings-app serve``.

    python -m tests.benchmarks --only ballots [--rounds 3]

What a meeting's store lives through when a vote opens: every member's laptop pushes its
signed ballot at once, over HTTP, to a real ``meetings-app serve`` process (its own
interpreter, as deployed). Each of ``VOTERS`` voters casts one ballot on each of ``POLLS``
open polls, one push after another on its own keep-alive connection; all voters run at
once. Figures: pushes per second and the 99th percentile of a push's round trip.

The floor, measured in the same round: ``VOTERS`` connections each doing as many
single-row INSERT + COMMIT of a ballot-like row, at once (PostgreSQL: psycopg; SQLite:
``sqlite3`` threads on a WAL file with ``synchronous=FULL``, as the store runs it). That is
the least the database needs for the same number of durable writes; the store also checks
the signature, the poll and the voter, and writes the receipt, the feed and audit entries
and the poll's live count.

PostgreSQL runs when ``MEETINGS_TEST_PG_URL`` is set (a fresh schema per run); SQLite always.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import make_url

from meetings_app.store.engine import sqlite_url
from tests.benchmarks.bench_sync import _ballot_body, _plain_all, _push_all, _serve
from tests.benchmarks.figures import Figure
from tests.support.factories import PASSWORD, World, pg_schema

VOTERS = 50
POLLS = 8
GOAL_RATE = 500.0
GOAL_P99_MS = 200.0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux ``/proc``; 0 elsewhere)."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def _sign_in(port: int, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each voter signs in with a new device key (so every ballot must be signed)."""
    from meetings_app.security import signing

    keys = {v: signing.new_private_key() for v in names}
    tokens: dict[str, str] = {}
    for v in names:
        answer = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/login",
            json={
                "username": v,
                "password": PASSWORD,
                "device_name": "laptop",
                "device_public_key": signing.public_key_of(keys[v]),
            },
            timeout=60,
        )
        tokens[v] = str(answer.json()["token"])
    return tokens, keys


def _sqlite_floor(path: Path, clients: int, per_client: int) -> float:
    """``clients`` threads, each ``per_client`` single-row INSERT + COMMIT on one WAL file."""
    setup = sqlite3.connect(path, isolation_level=None)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE IF NOT EXISTS bench_plain (id text primary key, poll, option)")
    setup.close()
    start = threading.Barrier(clients + 1)

    def one() -> None:
        conn = sqlite3.connect(path, isolation_level=None, timeout=60)
        conn.execute("PRAGMA synchronous=FULL")
        start.wait()
        for _ in range(per_client):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_plain VALUES (?, 'poll', 'yes')", (str(uuid.uuid4()),))
            conn.execute("COMMIT")
        conn.close()

    threads = [threading.Thread(target=one) for _ in range(clients)]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


@contextmanager
def _database(kind: str, root: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield sqlite_url(root / "store.db")
    else:
        with pg_schema(os.environ["MEETINGS_TEST_PG_URL"]) as url:
            yield url


def _floor(kind: str, url: str, root: Path) -> float:
    """Seconds for ``VOTERS`` × ``POLLS`` plain insert commits, ``VOTERS`` at once."""
    if kind == "sqlite":
        return _sqlite_floor(root / "floor.db", VOTERS, POLLS)
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_plain (id uuid primary key, poll text, option text)"
        )
        conn.commit()
    return asyncio.run(_plain_all(dsn, VOTERS, POLLS))


def _measure(kind: str, rounds: int) -> list[tuple[float, float, float, float]]:
    """Per round: (pushes/s, p99 ms, floor inserts/s, store CPU ms per push)."""
    with tempfile.TemporaryDirectory() as tmp, _database(kind, Path(tmp)) as url:
        root = Path(tmp)
        world = World(url, root / "world")
        names = [f"v{i}" for i in range(VOTERS)]
        for v in names:
            world.person(v)
        meeting = world.meeting()
        for v in names:
            world.participant(meeting, v, "member")
        polls = [[world.poll(meeting) for _ in range(POLLS)] for _ in range(rounds + 1)]
        world.close()
        procs, ports = _serve(url, root / "blobs", 1)
        try:
            tokens, keys = _sign_in(ports[0], names)

            def work(ps: list[str]) -> list[list[tuple[str, bytes]]]:
                return [[(tokens[v], _ballot_body(p, "yes", keys[v])) for p in ps] for v in names]

            asyncio.run(_push_all(ports, work(polls[rounds])))  # warm up (not counted)
            out: list[tuple[float, float, float, float]] = []
            for r in range(rounds):
                batch = work(polls[r])
                cpu = _cpu_seconds(procs[0].pid)
                took, latencies = asyncio.run(_push_all(ports, batch))
                cpu = _cpu_seconds(procs[0].pid) - cpu
                plain = _floor(kind, url, root)
                n = VOTERS * POLLS
                out.append((n / took, _p99(latencies), n / plain, cpu / n * 1000))
            return out
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(10)


def _figures(kind: str, label: str, floor_name: str, rounds: int) -> list[Figure]:
    measured = _measure(kind, rounds)
    rates = tuple(m[0] for m in measured)
    p99s = tuple(m[1] for m in measured)
    floors = tuple(m[2] for m in measured)
    cpu = statistics.median(m[3] for m in measured)
    shape = f"{VOTERS} voters × {POLLS} polls, one serve process"
    return [
        Figure(
            section="Ballots",
            name=f"ballot pushes/s, {label}, {VOTERS} voters at once",
            unit="/s",
            values=rates,
            floor_name=floor_name,
            floors=floors,
            # the ratio column is floor / product (above 1: slower than the floor)
            goal="≤ 2× (at least half the floor's rate; first step ≥ 500/s)",
            goal_ratio=0.5,
            higher_is_better=True,
            note=f"{shape}; signed first ballots over HTTP (keep-alive); "
            f"store CPU {cpu:.1f} ms per push (median, from /proc); load average "
            f"{os.getloadavg()[0]:.1f} at the end",
        ),
        Figure(
            section="Ballots",
            name=f"ballot push p99, {label}, {VOTERS} voters at once",
            unit="ms",
            values=p99s,
            goal="< 200 ms",
            goal_value=GOAL_P99_MS,
        ),
    ]


def figures(rounds: int) -> list[Figure]:
    """Ballot pushes on PostgreSQL (when configured) and on SQLite, with their floors."""
    out: list[Figure] = []
    if os.environ.get("MEETINGS_TEST_PG_URL"):
        floor = f"{VOTERS} psycopg INSERT+COMMIT loops"
        out += _figures("postgresql", "PostgreSQL", floor, rounds)
    out += _figures("sqlite", "SQLite", f"{VOTERS} sqlite3 INSERT+COMMIT threads", rounds)
    return out
