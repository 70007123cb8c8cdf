"""Running a meeting through push: the chair starts and ends it and moves the current item;
the store checks each move and keeps the item clock on its own clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from meetings_app.domain.models import Meeting
from tests.support.factories import World


def _setup(world: World) -> dict[str, str]:
    for name in ("chair", "alice", "sec"):
        world.person(name)
    m = world.meeting()
    world.participant(m, "chair", "chair")
    world.participant(m, "alice", "member")
    world.participant(m, "sec", "secretary")
    other = world.meeting("Another")
    return {
        "meeting": m,
        "item1": world.item(m, "First", position=1),
        "item2": world.item(m, "Second", position=2),
        "foreign": world.item(other, "Elsewhere"),
    }


def _meeting(world: World, user: str, meeting_id: str) -> dict[str, Any]:
    return next(
        c for c in world.pull_all(user) if c["id"] == meeting_id and c["entity"] == "meeting"
    )


def _push(world: World, user: str, meeting_id: str, **data: Any) -> dict[str, Any]:
    current = _meeting(world, user, meeting_id)
    change = {
        "entity": "meeting",
        "id": meeting_id,
        "base_version": current["version"],
        "data": {**current["data"], **data},
    }
    return world.push(user, change)[0]


def test_chair_starts_moves_and_ends_with_the_item_clock_on_the_store(world: World) -> None:
    ids = _setup(world)
    m = ids["meeting"]
    before = world.clock.now  # the store's clock (moved by hand in tests)
    # a laptop one hour fast sends its own idea of the clock: ignored
    wrong = (before + dt.timedelta(hours=1)).isoformat()
    res = _push(
        world, "chair", m, status="in_progress", current_item_id=ids["item1"], item_started_at=wrong
    )
    assert res["status"] == "applied", res
    seen = _meeting(world, "alice", m)["data"]
    assert seen["status"] == "in_progress" and seen["current_item_id"] == ids["item1"]
    started = dt.datetime.fromisoformat(seen["item_started_at"])
    assert started == before
    world.clock.advance(dt.timedelta(seconds=90))
    assert _push(world, "chair", m, current_item_id=ids["item2"])["status"] == "applied"
    seen = _meeting(world, "alice", m)["data"]
    assert seen["current_item_id"] == ids["item2"]
    assert seen["item_times"] == {ids["item1"]: 90.0}
    assert _push(world, "chair", m, status="closed")["status"] == "applied"
    with Session(world.engine) as s:
        row = s.get(Meeting, m)
        assert row is not None and row.status == "closed" and row.item_started_at is None
        assert set(row.item_times) == {ids["item1"], ids["item2"]}


def test_refused_moves(world: World) -> None:
    ids = _setup(world)
    m = ids["meeting"]
    res = _push(world, "chair", m, title="Renamed by the chair")
    assert (res["status"], res["code"]) == ("rejected", "FORBIDDEN")
    res = _push(world, "alice", m, current_item_id=ids["item1"])
    assert (res["status"], res["code"]) == ("rejected", "FORBIDDEN")
    res = _push(world, "chair", m, status="in_progress", current_item_id=ids["foreign"])
    assert (res["status"], res["code"]) == ("rejected", "NOT_AN_ITEM")
    res = _push(world, "sec", m, status="closed")  # never started
    assert (res["status"], res["code"]) == ("rejected", "MEETING_STATUS")
    res = _push(world, "chair", m, quorum="everyone")
    assert (res["status"], res["code"]) == ("rejected", "INVALID")
    assert _push(world, "chair", m, quorum="two_thirds")["status"] == "applied"
    assert _push(world, "chair", m, status="in_progress")["status"] == "applied"
    assert _push(world, "chair", m, status="closed")["status"] == "applied"
    res = _push(world, "sec", m, status="in_progress")  # a closed meeting stays closed
    assert (res["status"], res["code"]) == ("rejected", "MEETING_STATUS")
