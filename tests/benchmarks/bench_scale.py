"""How one store process grows with the data: the "Scale" figures of ``python -m tests.benchmarks``.

The store holds 1, then 10, then 50 meetings' worth of rows (``sync_world``: 73 rows a
meeting, 25 people in each) on PostgreSQL when ``MEETINGS_TEST_PG_URL`` is set (as a
several-process deployment has it), else SQLite. At each size a fresh ``meetings-app
serve`` process answers: one laptop's first pull (every page, over one keep-alive
connection), an empty pull (a periodic sync with nothing new: the cursor at the head),
10 and 50 laptops' first pulls at once (each laptop its own sign-in and connection), and
the process's resident memory after them. The laptops here are plain HTTP clients, so the
figures are the store's work; the client's own cost is the "Sync" section's.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from meetings_app.store.engine import sqlite_url
from tests.benchmarks.figures import Figure
from tests.benchmarks.sync_world import (
    PEOPLE,
    people,
    raw_pull,
    seed_meetings,
    served,
    sign_in,
)
from tests.support.factories import World, pg_schema

SIZES = (1, 10, 50)
CROWDS = (10, 50)


@contextmanager
def _database(root: Path) -> Iterator[tuple[str, str]]:
    """(URL, name) of the store's database: PostgreSQL when configured, else SQLite."""
    pg = os.environ.get("MEETINGS_TEST_PG_URL")
    if pg:
        with pg_schema(pg) as url:
            yield url, "PostgreSQL"
    else:
        yield sqlite_url(root / "store.db"), "SQLite"


async def _crowd(url: str, tokens: list[str]) -> float:
    """Seconds until every laptop's first pull (all pages) is done, all started at once."""
    limits = httpx.Limits(max_connections=len(tokens) + 5)
    async with httpx.AsyncClient(timeout=300, limits=limits) as http:

        async def one(token: str) -> None:
            cursor = 0
            while True:
                response = await http.get(
                    f"{url}/api/v1/sync/pull",
                    params={"cursor": cursor, "limit": 500},
                    headers={"Authorization": f"Bearer {token}"},
                )
                body = response.json()
                cursor = body["cursor"]
                if not body["more"]:
                    return

        t0 = time.perf_counter()
        await asyncio.gather(*(one(t) for t in tokens))
        return time.perf_counter() - t0


def _empty_pull(http: httpx.Client, url: str, token: str, head: int, times: int = 20) -> float:
    """Median seconds of a pull with nothing new (the cursor at the feed's head)."""
    took = []
    for _ in range(times):
        t0 = time.perf_counter()
        http.get(
            f"{url}/api/v1/sync/pull",
            params={"cursor": head, "limit": 500},
            headers={"Authorization": f"Bearer {token}"},
        ).raise_for_status()
        took.append(time.perf_counter() - t0)
    return statistics.median(took)


def _measure(world: World, rounds: int, tokens: list[str]) -> dict[str, list[float]]:
    """The figures of one size, each over ``rounds`` rounds, from a fresh serve process."""
    out: dict[str, list[float]] = {"first": [], "empty": [], "rss": [], "rows": []}
    out.update({f"crowd{n}": [] for n in CROWDS})
    with served(world) as store, httpx.Client(timeout=300) as http:
        raw_pull(http, store.url, tokens[0])  # warm up: imports, caches, prepared statements
        for _ in range(rounds):
            t0 = time.perf_counter()
            rows, head = raw_pull(http, store.url, tokens[0])
            out["first"].append(time.perf_counter() - t0)
            out["rows"].append(rows)
            out["empty"].append(_empty_pull(http, store.url, tokens[0], head) * 1000)
            for n in CROWDS:
                out[f"crowd{n}"].append(asyncio.run(_crowd(store.url, tokens[:n])))
            out["rss"].append(store.rss_mb())
    return out


def _figures(size: int, db: str, got: dict[str, list[float]]) -> list[Figure]:
    rows = int(got["rows"][0])
    where = f"{size} meeting{'s' if size > 1 else ''} ({rows:,} rows, {db})"
    figures = [
        Figure("Scale", f"first pull, one laptop, {where}", "s", tuple(got["first"])),
        Figure("Scale", f"empty pull (nothing new), {where}", "ms", tuple(got["empty"])),
    ]
    figures += [
        Figure(
            "Scale",
            f"{n} laptops' first pulls at once, all done, {where}",
            "s",
            tuple(got[f"crowd{n}"]),
        )
        for n in CROWDS
    ]
    figures.append(
        Figure(
            "Scale",
            f"store process resident memory (VmRSS) after these pulls, {where}",
            "MB",
            tuple(got["rss"]),
        )
    )
    return figures


def figures(rounds: int) -> list[Figure]:
    """Seed the sizes in turn (each adds to the last) and measure each from a fresh process."""
    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp, _database(Path(tmp)) as (url, db):
        world = World(url, Path(tmp))
        person_ids = people(world)
        tokens: list[str] = []
        seeded = 0
        try:
            for size in SIZES:
                seed_meetings(world, seeded, size - seeded, person_ids)
                seeded = size
                if not tokens:  # two laptops per person, signed in once for every size
                    with served(world) as store:
                        names = [f"p{i % PEOPLE}" for i in range(max(CROWDS))]
                        tokens = [sign_in(store.url, name)[0] for name in names]
                out += _figures(size, db, _measure(world, rounds, tokens))
        finally:
            world.close()
    return out
