"""Sync benchmarks (not collected by pytest). Loopback only, bounded loops.

    python -m tests.benchmarks.bench_sync [--pg URL] [--pack-mb 100] [--listeners 300]

Prints one line per figure; docs/benchmarks.md ("## Sync") records them.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import make_url
from sqlalchemy.orm import Session

from meetings_app.domain.models import Annotation
from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url, writer
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient
from meetings_app.sync.local import record_change
from tests.support.factories import PASSWORD, World, pg_schema


class NoKeys:
    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass


class Counting(httpx.HTTPTransport):
    """Counts bytes on the wire (request line, headers, bodies; HTTP/1.1 framing approximated)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0
        self.received = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        head = f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in request.headers.items()) + "\r\n"
        self.sent += len(head.encode()) + len(request.content)
        response = super().handle_request(request)
        response.read()
        rhead = f"HTTP/1.1 {response.status_code} OK\r\n"
        rhead += "".join(f"{k}: {v}\r\n" for k, v in response.headers.items()) + "\r\n"
        self.received += len(rhead.encode()) + len(response.content)
        return response


def laptop(
    root: Path, url: str, token: str, person_id: str, transport: httpx.HTTPTransport | None = None
) -> SyncClient:
    engine = make_engine(sqlite_url(root / "client.db"))
    upgrade(engine, "local")
    from meetings_app.sync.local import set_state

    with Session(writer(engine)) as s, s.begin():
        set_state(s, "person_id", person_id)
    http = httpx.Client(transport=transport, timeout=60) if transport else None
    return SyncClient(engine, root / "blobs", url, lambda: token, key_store=NoKeys(), http=http)


def login(url: str, username: str) -> str:
    return str(
        httpx.post(
            f"{url}/api/v1/auth/login", json={"username": username, "password": PASSWORD}
        ).json()["token"]
    )


def bench_incremental(db_url: str, root: Path) -> str:
    world = World(db_url, root)
    world.person("alice")
    for i in range(5):
        world.person(f"m{i}")
    m = world.meeting()
    world.participant(m, "alice", "member")
    for i in range(5):
        world.participant(m, f"m{i}", "member")
    versions = [world.document(m, f"Doc {i}")[1] for i in range(10)]
    server = start_in_thread(ServerSettings(db_url=db_url, blob_dir=world.settings.blob_dir))
    try:
        token = login(server.url, "alice")
        counter = Counting()
        client = laptop(root / "alice", server.url, token, world.ids["alice"], counter)
        client.sync()
        with Session(writer(client.engine)) as s, s.begin():
            record_change(
                s,
                Annotation(
                    document_version_id=versions[0],
                    page=3,
                    kind="highlight",
                    geometry={"rects": [[72.0, 500.5, 300.25, 512.0]]},
                    color="#ffd400",
                    text="check this clause",
                    quote="Article 5. The Government shall…",
                ),
            )
        counter.sent = counter.received = 0
        client.sync()
        total = counter.sent + counter.received
        return f"incremental sync after one annotation: {total} bytes on the wire ({counter.sent} sent, {counter.received} received; push + pull + blob check)"
    finally:
        server.stop()
        world.close()


def bench_pack(db_url: str, root: Path, pack_mb: int) -> str:
    world = World(db_url, root)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    files = 10
    size = pack_mb * 1024 * 1024 // files
    shas = [world.document(m, f"Pack {i}", data=os.urandom(size))[2] for i in range(files)]
    server = start_in_thread(ServerSettings(db_url=db_url, blob_dir=world.settings.blob_dir))
    try:
        token = login(server.url, "alice")
        client = laptop(root / "alice", server.url, token, world.ids["alice"])
        client.pull()
        t0 = time.perf_counter()
        report = client.download_blobs()
        ours = time.perf_counter() - t0
        assert report.blobs == files
        curl = shutil.which("curl")
        if not curl:
            return f"first sync of a {pack_mb} MB pack: {ours:.2f} s (curl not installed)"
        t0 = time.perf_counter()
        for sha in shas:
            subprocess.run(
                [
                    curl,
                    "-s",
                    "-f",
                    "-o",
                    str(root / "curl.out"),
                    "-H",
                    f"Authorization: Bearer {token}",
                    f"{server.url}/api/v1/blobs/{sha}",
                ],
                check=True,
            )
        theirs = time.perf_counter() - t0
        return f"first sync of a {pack_mb} MB pack ({files} files): sync client {ours:.2f} s, curl {theirs:.2f} s, ratio {ours / theirs:.2f}x"
    finally:
        server.stop()
        world.close()


def bench_ballots(pg_url: str, root: Path, pushes: int = 400) -> str:
    with pg_schema(pg_url) as url:
        world = World(url, root)
        voters = [f"v{i}" for i in range(20)]
        for v in voters:
            world.person(v)
        m = world.meeting()
        for v in voters:
            world.participant(m, v, "member")
        poll = world.poll(m)
        server = start_in_thread(ServerSettings(db_url=url, blob_dir=world.settings.blob_dir))
        try:
            tokens = {v: login(server.url, v) for v in voters}
            ballot_ids = {v: str(uuid.uuid4()) for v in voters}
            with httpx.Client(timeout=30) as http:
                t0 = time.perf_counter()
                for i in range(pushes):
                    v = voters[i % len(voters)]
                    change = {
                        "change_id": str(uuid.uuid4()),
                        "entity": "ballot",
                        "id": ballot_ids[v],
                        "data": {
                            "poll_id": poll,
                            "option_id": ["yes", "no"][i % 2],
                            "updated_at": f"{int(time.time() * 1000) + i:015d}.00000.bench",
                        },
                    }
                    r = http.post(
                        f"{server.url}/api/v1/sync/push",
                        json={"changes": [change]},
                        headers={"Authorization": f"Bearer {tokens[v]}"},
                    )
                    assert r.json()["results"][0]["status"] == "applied", r.text
                ours = pushes / (time.perf_counter() - t0)
        finally:
            server.stop()
            world.close()
        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn) as conn:
            conn.execute("CREATE TABLE bench_plain (id uuid primary key, poll text, option text)")
            conn.commit()
            t0 = time.perf_counter()
            for _ in range(pushes):
                conn.execute(
                    "INSERT INTO bench_plain VALUES (%s, %s, %s)", (uuid.uuid4(), poll, "yes")
                )
                conn.commit()
            plain = pushes / (time.perf_counter() - t0)
        return f"ballot pushes on PostgreSQL: {ours:.0f}/s (one HTTP push per ballot, sequential) vs plain single-row insert commits {plain:.0f}/s: ratio {ours / plain:.2f}"


async def _listeners(url: str, token: str, n: int, push: Any, rounds: int) -> list[float]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=n + 10, max_keepalive_connections=n + 10)
    async with httpx.AsyncClient(timeout=httpx.Timeout(30, read=120), limits=limits) as client:
        queues: list[asyncio.Queue[tuple[int, float]]] = [asyncio.Queue() for _ in range(n)]
        ready = asyncio.Event()
        connected = 0

        async def listen(q: asyncio.Queue[tuple[int, float]]) -> None:
            nonlocal connected
            async with client.stream(
                "GET", f"{url}/api/v1/events", headers={"Authorization": f"Bearer {token}"}
            ) as r:
                first = True
                async for line in r.aiter_lines():
                    if line.startswith("data:"):
                        if first:
                            first = False
                            connected += 1
                            if connected == n:
                                ready.set()
                            continue
                        await q.put((int(json.loads(line[5:])["cursor"]), time.perf_counter()))

        tasks = [asyncio.create_task(listen(q)) for q in queues]
        await asyncio.wait_for(ready.wait(), 120)
        for _ in range(rounds):
            t0 = time.perf_counter()
            seq = await asyncio.to_thread(push)
            for q in queues:
                while True:
                    cursor, at = await asyncio.wait_for(q.get(), 30)
                    if cursor >= seq:
                        latencies.append(at - t0)
                        break
        for t in tasks:
            t.cancel()
    return latencies


def bench_events(db_url: str, root: Path, n: int, rounds: int = 20) -> str:
    world = World(db_url, root)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    poll = world.poll(m)
    server = start_in_thread(ServerSettings(db_url=db_url, blob_dir=world.settings.blob_dir))
    try:
        token = login(server.url, "alice")
        bid = str(uuid.uuid4())
        counter = [0]

        def push() -> int:
            counter[0] += 1
            change = {
                "change_id": str(uuid.uuid4()),
                "entity": "ballot",
                "id": bid,
                "data": {
                    "poll_id": poll,
                    "option_id": "yes",
                    "updated_at": f"{int(time.time() * 1000):015d}.{counter[0]:05d}.bench",
                },
            }
            r = httpx.post(
                f"{server.url}/api/v1/sync/push",
                json={"changes": [change]},
                headers={"Authorization": f"Bearer {token}"},
            )
            return int(r.json()["results"][0]["seq"])

        lat = asyncio.run(_listeners(server.url, token, n, push, rounds))
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        return f"ballot push -> event at {n} SSE listeners ({rounds} pushes, {len(lat)} deliveries): median {statistics.median(lat) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms (push round trip included)"
    finally:
        server.stop()
        world.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("MEETINGS_TEST_PG_URL"))
    parser.add_argument("--pack-mb", type=int, default=100)
    parser.add_argument("--listeners", type=int, default=300)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    os.environ.setdefault("MEETINGS_APP_HOME", tempfile.mkdtemp())
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    print(
        f"# {dt.datetime.now(dt.UTC):%Y-%m-%d} python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        todo = args.only.split(",") if args.only else ["wire", "pack", "ballots", "events"]
        if "wire" in todo:
            print(bench_incremental(sqlite_url(root / "w.db"), root / "w"), flush=True)
        if "pack" in todo:
            print(bench_pack(sqlite_url(root / "p.db"), root / "p", args.pack_mb), flush=True)
        if "ballots" in todo:
            if args.pg:
                print(bench_ballots(args.pg, root / "b"), flush=True)
            else:
                print("ballot pushes: skipped (no --pg)")
        if "events" in todo:
            print(bench_events(sqlite_url(root / "e.db"), root / "e", args.listeners), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
