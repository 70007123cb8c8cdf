"""What the sync and scale benchmarks share: a store seeded with meetings' worth of rows,
served by ``meetings-app serve`` in its own process, and laptops as the real client has
them (``ClientServices`` with its encrypted store and blob cache, ``SyncClient``).

A meeting's worth of rows, as a cabinet meeting has them: the meeting, 25 participants,
16 agenda items, 14 documents with their versions and 3 polls (73 rows); the 25 people
sit in every meeting. Fifty meetings are 3,650 rows plus the people.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy.orm import Session

from meetings_app.domain.models import AgendaItem, Meeting, Participant, Poll, Synced
from meetings_app.security.cipher import AesGcmCipher
from meetings_app.store.engine import writer
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.sync.client import SyncClient
from meetings_app.sync.local import set_state
from tests.benchmarks.bench_sync import _serve
from tests.support.factories import PASSWORD, World

PEOPLE = 25
ITEMS = 16
DOCUMENTS = 14
POLLS = 3
ROWS_PER_MEETING = 1 + PEOPLE + ITEMS + 2 * DOCUMENTS + POLLS


class NoKeys:
    """A key store with nothing in it (these laptops sign no ballots)."""

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass


def people(world: World) -> list[str]:
    """The cabinet: ``PEOPLE`` accounts, usernames ``p0`` …"""
    return [world.person(f"p{i}") for i in range(PEOPLE)]


def _meeting_rows(meeting_id: str, person_ids: list[str]) -> list[Synced]:
    rows: list[Synced] = [
        Participant(meeting_id=meeting_id, person_id=p, role="member", items=[]) for p in person_ids
    ]
    rows += [AgendaItem(meeting_id=meeting_id, title=f"Item {i}", position=i) for i in range(ITEMS)]
    rows += [
        Poll(
            meeting_id=meeting_id,
            question="Adopt the draft?",
            options=[{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}],
            secret=False,
            state="open",
        )
        for _ in range(POLLS)
    ]
    return rows


def seed_meetings(world: World, first: int, count: int, person_ids: list[str]) -> None:
    """Meetings ``first`` … ``first + count - 1``, one write transaction per meeting's rows
    (documents through the factory, with a small blob each)."""
    for n in range(first, first + count):
        with write_session(world.engine) as s:
            meeting = Meeting(title=f"Cabinet meeting {n}", status="published")
            record_server_change(s, meeting)
            for row in _meeting_rows(meeting.id, person_ids):
                record_server_change(s, row)
        for d in range(DOCUMENTS):
            world.document(meeting.id, f"Document {n}.{d}")


@dataclass
class Served:
    """A ``meetings-app serve`` process on the world's database."""

    proc: subprocess.Popen[bytes]
    url: str

    def rss_mb(self) -> float:
        """The serve process's resident memory now (VmRSS), in MB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


@contextmanager
def served(world: World) -> Iterator[Served]:
    """The world's store as deployed: its own ``meetings-app serve`` process."""
    procs, ports = _serve(world.settings.db_url, world.settings.blob_dir, 1)
    try:
        yield Served(procs[0], f"http://127.0.0.1:{ports[0]}")
    finally:
        procs[0].terminate()
        procs[0].wait(10)


def sign_in(url: str, username: str) -> tuple[str, str]:
    """(token, person id) of a fresh device sign-in."""
    answer = httpx.post(
        f"{url}/api/v1/auth/login",
        json={"username": username, "password": PASSWORD},
        timeout=120,
    ).json()
    return str(answer["token"]), str(answer["person"]["id"])


def laptop(folder: Path, url: str, username: str) -> tuple[SyncClient, str]:
    """A signed-in laptop as the program builds it (its store with private columns and
    the blob cache encrypted under a data key, the sync engine on top) and its token."""
    from meetings_app.app.services import BLOB_DIR, ClientServices

    cipher = AesGcmCipher(os.urandom(32))
    services = ClientServices.open(folder, cipher=cipher)
    token, person_id = sign_in(url, username)
    with Session(writer(services.engine)) as s, s.begin():
        set_state(s, "person_id", person_id)
    client = SyncClient(
        services.engine, folder / BLOB_DIR, url, lambda: token, key_store=NoKeys(), cipher=cipher
    )
    return client, token


def raw_pull(http: httpx.Client, url: str, token: str, limit: int = 500) -> tuple[int, int]:
    """The floor of a first pull: the same pages over one keep-alive connection, each
    decoded from JSON (to read the next cursor) and nothing else; (rows, cursor reached)."""
    cursor, rows = 0, 0
    while True:
        body = http.get(
            f"{url}/api/v1/sync/pull",
            params={"cursor": cursor, "limit": limit},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        rows += len(body["changes"])
        cursor = body["cursor"]
        if not body["more"]:
            return rows, cursor
