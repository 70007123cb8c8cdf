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
from tests.benchmarks.figures import Figure
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


class RawHTTP:
    """A minimal keep-alive HTTP/1.1 client (asyncio streams).

    The load generator shares the machine's cores with the store and PostgreSQL, so it
    must cost as little as possible per request: httpx spends more CPU per call than the
    store's whole push. Only what the store sends is handled (Content-Length bodies).
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes, token: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _serve(url: str, blobs: Path, count: int) -> tuple[list[subprocess.Popen[bytes]], list[int]]:
    """Start ``count`` ``meetings-app serve`` processes on one database, as deployed."""
    procs: list[subprocess.Popen[bytes]] = []
    ports: list[int] = []
    for _ in range(count):
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        cmd = [sys.executable, "-m", "meetings_app", "serve", "--db", url]
        cmd += ["--blobs", str(blobs), "--port", str(port)]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        ports.append(port)
    for port in ports:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("meetings-app serve did not start")
            time.sleep(0.1)
    return procs, ports


def _ballot_body(poll: str, option: str, key: str) -> bytes:
    from meetings_app.security import signing

    ballot_id = str(uuid.uuid4())
    data: dict[str, Any] = {
        "poll_id": poll,
        "option_id": option,
        "comment": "",
        "cast_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    data["signature"] = signing.sign(key, signing.ballot_message(ballot_id, data))
    change = {"change_id": str(uuid.uuid4()), "entity": "ballot", "id": ballot_id, "data": data}
    return json.dumps({"changes": [change]}).encode()


async def _push_all(
    ports: list[int], work: list[list[tuple[str, bytes]]]
) -> tuple[float, list[float]]:
    """Each inner list is one voter's pushes, sent one after another; voters run at once."""
    latencies: list[float] = []

    async def voter(i: int, pushes: list[tuple[str, bytes]]) -> None:
        client = RawHTTP("127.0.0.1", ports[i % len(ports)])
        try:
            for token, body in pushes:
                t0 = time.perf_counter()
                status, answer = await client.post("/api/v1/sync/push", body, token)
                latencies.append(time.perf_counter() - t0)
                result = json.loads(answer)["results"][0] if status == 200 else answer
                assert status == 200 and result["status"] == "applied", result
        finally:
            client.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(voter(i, w) for i, w in enumerate(work)))
    return time.perf_counter() - t0, latencies


async def _plain_all(dsn: str, clients: int, per_client: int) -> float:
    """``clients`` connections, each ``per_client`` single-row INSERT + COMMIT in turn."""
    conns = [await psycopg.AsyncConnection.connect(dsn) for _ in range(clients)]

    async def one(conn: psycopg.AsyncConnection[Any]) -> None:
        for _ in range(per_client):
            await conn.execute(
                "INSERT INTO bench_plain VALUES (%s, %s, %s)", (uuid.uuid4(), "poll", "yes")
            )
            await conn.commit()

    try:
        t0 = time.perf_counter()
        await asyncio.gather(*(one(c) for c in conns))
        return time.perf_counter() - t0
    finally:
        for c in conns:
            await c.close()


def bench_ballots(
    pg_url: str,
    root: Path,
    *,
    voters: int = 50,
    polls: int = 8,
    rounds: int = 3,
    servers: int = 1,
) -> list[str]:
    """Signed first ballots pushed over HTTP to ``meetings-app serve`` vs plain insert commits.

    Sequential: one client, one push at a time (``polls`` ballots of each of 5 voters),
    against the same number of single-row INSERT + COMMIT on one psycopg connection.
    Concurrent: every voter casts one ballot on each of ``polls`` polls, all voters at
    once (one keep-alive connection each), against ``voters`` connections each doing the
    same number of INSERT + COMMIT at once. Each round measures both back to back; the
    median round is reported.
    """
    from meetings_app.security import signing

    lines: list[str] = []
    with pg_schema(pg_url) as url:
        world = World(url, root)
        names = [f"v{i}" for i in range(voters)]
        for v in names:
            world.person(v)
        m = world.meeting()
        for v in names:
            world.participant(m, v, "member")
        seq_polls = [[world.poll(m) for _ in range(polls)] for _ in range(rounds + 1)]
        conc_polls = [[world.poll(m) for _ in range(polls)] for _ in range(rounds)]
        world.close()
        procs, ports = _serve(url, root / "blobs", servers)
        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            keys = {v: signing.new_private_key() for v in names}
            tokens = {}
            for v in names:
                r = httpx.post(
                    f"http://127.0.0.1:{ports[0]}/api/v1/auth/login",
                    json={
                        "username": v,
                        "password": PASSWORD,
                        "device_name": "laptop",
                        "device_public_key": signing.public_key_of(keys[v]),
                    },
                )
                tokens[v] = str(r.json()["token"])
            with psycopg.connect(dsn) as conn:
                conn.execute(
                    "CREATE TABLE bench_plain (id uuid primary key, poll text, option text)"
                )
                conn.commit()
            few = names[:5]

            def seq_work(ps: list[str]) -> list[list[tuple[str, bytes]]]:
                return [[(tokens[v], _ballot_body(p, "yes", keys[v])) for p in ps for v in few]]

            def conc_work(ps: list[str]) -> list[list[tuple[str, bytes]]]:
                return [[(tokens[v], _ballot_body(p, "no", keys[v])) for p in ps] for v in names]

            asyncio.run(_push_all(ports, seq_work(seq_polls[rounds])))  # warm up
            seq: list[tuple[float, float, float]] = []
            conc: list[tuple[float, float, float, float]] = []
            for r in range(rounds):
                work = seq_work(seq_polls[r])
                n = len(work[0])
                took, _ = asyncio.run(_push_all(ports, work))
                plain = asyncio.run(_plain_all(dsn, 1, n))
                seq.append((n / took / (n / plain), n / took, n / plain))
                work = conc_work(conc_polls[r])
                n = sum(len(w) for w in work)
                took, lat = asyncio.run(_push_all(ports, work))
                plain = asyncio.run(_plain_all(dsn, voters, polls))
                lat.sort()
                p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
                conc.append((n / took / (n / plain), n / took, n / plain, p99))
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(10)
    seq.sort()
    conc.sort()
    s_ratio, s_ours, s_plain = seq[len(seq) // 2]
    c_ratio, c_ours, c_plain, c_p99 = conc[len(conc) // 2]
    where = f"{servers} meetings-app serve process{'es' if servers > 1 else ''}"
    lines.append(
        f"ballot pushes on PostgreSQL, sequential (1 client, signed first ballots, {where}): "
        f"{s_ours:.0f}/s vs plain single-row insert commits {s_plain:.0f}/s: ratio {s_ratio:.2f}"
        f" (rounds: {', '.join(f'{x[0]:.2f}' for x in seq)})"
    )
    lines.append(
        f"ballot pushes on PostgreSQL, concurrent ({voters} voters x {polls} polls at once, {where}): "
        f"{c_ours:.0f}/s (push p99 {c_p99 * 1000:.0f} ms) vs {voters} connections of plain "
        f"single-row insert commits {c_plain:.0f}/s: ratio {c_ratio:.2f}"
        f" (rounds: {', '.join(f'{x[0]:.2f}' for x in conc)})"
    )
    return lines


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


MB = 1024 * 1024


def _curl_all(url: str, token: str, shas: list[str], out: Path) -> None:
    """One curl process fetching every blob in turn over its one keep-alive connection."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = ["curl", "-s", "-f", "-H", f"Authorization: Bearer {token}"]
    for sha in shas:
        cmd += [f"{url}/api/v1/blobs/{sha}", "-o", str(out / sha)]
    subprocess.run(cmd, check=True)


def _pack_figure(root: Path, rounds: int, files: int = 10, size_mb: int = 10) -> Figure:
    """First sync of ``files`` documents of ``size_mb`` MB on a fresh signed-in laptop."""
    from tests.benchmarks.sync_world import laptop, raw_pull, served

    world = World(sqlite_url(root / "store.db"), root)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    shas = [world.document(m, f"Pack {i}", data=os.urandom(size_mb * MB))[2] for i in range(files)]
    world.close()
    values: list[float] = []
    floors: list[float] = []
    with served(world) as store, httpx.Client(timeout=60) as http:
        for r in range(rounds + 1):  # round 0 warms the page cache and the store
            client, token = laptop(root / f"laptop{r}", store.url, "alice")
            t0 = time.perf_counter()
            report = client.sync()
            took = time.perf_counter() - t0
            client.engine.dispose()
            assert report.blobs == files, report
            t0 = time.perf_counter()
            raw_pull(http, store.url, token)
            _curl_all(store.url, token, shas, root / f"curl{r}")
            floor = time.perf_counter() - t0
            shutil.rmtree(root / f"curl{r}")
            shutil.rmtree(root / f"laptop{r}")
            if r:
                values.append(took)
                floors.append(floor)
    return Figure(
        "Sync",
        f"first sync of {files} × {size_mb} MB documents (`SyncClient.sync` into a fresh "
        "encrypted laptop store: pull, download, sha256, AES-GCM, fsync)",
        "s",
        tuple(values),
        f"same pull (httpx) + one `curl` process fetching the {files} URLs",
        tuple(floors),
        goal="≤ 1.3×",
        goal_ratio=1.3,
    )


def _pull_figure(root: Path, rounds: int, meetings: int = 50) -> Figure:
    """First pull of ``meetings`` meetings' worth of rows on a fresh signed-in laptop."""
    from tests.benchmarks.sync_world import laptop, people, raw_pull, seed_meetings, served

    world = World(sqlite_url(root / "store.db"), root)
    seed_meetings(world, 0, meetings, people(world))
    world.close()
    values: list[float] = []
    floors: list[float] = []
    rows = 0
    with served(world) as store, httpx.Client(timeout=60) as http:
        for r in range(rounds + 1):
            client, token = laptop(root / f"laptop{r}", store.url, "p0")
            t0 = time.perf_counter()
            report = client.pull()
            took = time.perf_counter() - t0
            client.engine.dispose()
            t0 = time.perf_counter()
            rows, _ = raw_pull(http, store.url, token)
            floor = time.perf_counter() - t0
            assert report.pulled == rows, (report.pulled, rows)
            shutil.rmtree(root / f"laptop{r}")
            if r:
                values.append(took)
                floors.append(floor)
    return Figure(
        "Sync",
        f"first pull of {rows:,} rows ({meetings} meetings; `SyncClient.pull` into a fresh "
        "encrypted laptop store)",
        "s",
        tuple(values),
        "raw HTTP pull of the same pages (httpx, JSON decoded)",
        tuple(floors),
        goal="≤ 2×",
        goal_ratio=2.0,
    )


def figures(rounds: int) -> list[Figure]:
    """The "Sync" figures of ``python -m tests.benchmarks``: a store as deployed (``meetings-app
    serve`` on SQLite, its own process) and the real sync engine, each paired with its floor."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        return [_pack_figure(root / "pack", rounds), _pull_figure(root / "pull", rounds)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("MEETINGS_TEST_PG_URL"))
    parser.add_argument("--pack-mb", type=int, default=100)
    parser.add_argument("--listeners", type=int, default=300)
    parser.add_argument("--only", default="")
    parser.add_argument("--voters", type=int, default=50, help="concurrent voters (ballots)")
    parser.add_argument("--polls", type=int, default=8, help="ballots per voter per round")
    parser.add_argument("--rounds", type=int, default=3, help="ballot rounds (median kept)")
    parser.add_argument("--servers", type=int, default=1, help="meetings-app serve processes")
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
                for line in bench_ballots(
                    args.pg,
                    root / "b",
                    voters=args.voters,
                    polls=args.polls,
                    rounds=args.rounds,
                    servers=args.servers,
                ):
                    print(line, flush=True)
            else:
                print("ballot pushes: skipped (no --pg)")
        if "events" in todo:
            print(bench_events(sqlite_url(root / "e.db"), root / "e", args.listeners), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
