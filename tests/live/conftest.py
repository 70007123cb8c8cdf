"""A small Cabinet meeting on a real store served over HTTP, and live laptops on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from meetings_app.domain.clock import utc_now
from meetings_app.ui import worker
from tests.support.factories import World
from tests.support.live import LiveLaptop, LiveStore

PEOPLE = {"secretary": "secretary", "chair": "chair", "alice": "member", "bob": "member"}


@dataclass
class Meeting:
    store: LiveStore
    ids: dict[str, str]
    root: Path
    laptops: list[LiveLaptop] = field(default_factory=list)

    def laptop(self, username: str, name: str = "laptop") -> LiveLaptop:
        """A laptop signed in as ``username``, synced once, its event stream open."""
        laptop = LiveLaptop(self.store, username, self.root / f"{username}-{name}")
        self.laptops.append(laptop)
        return laptop


@pytest.fixture
def meeting(qapp, tmp_path: Path) -> Iterator[Meeting]:  # type: ignore[no-untyped-def]
    # heartbeats every second: a laptop that leaves is seen gone within a few seconds;
    # the store's real clock: running times are measured on it
    world = World(
        f"sqlite:///{tmp_path / 'central.db'}",
        tmp_path / "server",
        events_keepalive=1.0,
        clock=utc_now,
    )
    ids: dict[str, str] = {}
    for username in PEOPLE:
        ids[username] = world.person(username, full_name=username.title())
    m = world.meeting(
        "Phiên họp Chính phủ thường kỳ",
        starts_at=dt.datetime.now(dt.UTC),
        location="Phòng họp Chính phủ",
    )
    ids["meeting"] = m
    for username, role in PEOPLE.items():
        world.participant(m, username, role)
    ids["item1"] = world.item(m, "Dự thảo Nghị định", position=1)
    ids["item2"] = world.item(m, "Báo cáo kinh tế - xã hội", position=2)
    ids["doc"], ids["version"], _sha = world.document(m, "Dự thảo", item_id=ids["item1"])
    settings = world.settings
    world.close()
    store = LiveStore(settings)
    store.start()
    held = Meeting(store, ids, tmp_path)
    yield held
    for laptop in held.laptops:
        laptop.close()
    worker.wait_all(10_000)
    store.stop()


Connect = Callable[[str], LiveLaptop]
