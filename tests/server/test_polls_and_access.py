"""Poll deadlines by the store's clock, revotes, and purge entries when access is lost."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from meetings_app.domain.models import Poll
from meetings_app.sync.local import ballot_id
from tests.support.factories import World


def test_deadline_closes_poll_without_anyone_pushing(world: World) -> None:
    world.person("alice")
    world.person("bob")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.participant(m, "bob", "member")
    closes = world.clock.now + dt.timedelta(minutes=10)
    poll = world.poll(m, closes_at=closes)
    aid = world.ids["alice"]
    vote = {
        "entity": "ballot",
        "id": ballot_id(poll, aid),
        "data": {"poll_id": poll, "option_id": "yes"},
    }
    assert world.push("alice", vote)[0]["status"] == "applied"
    revote = {**vote, "data": {"poll_id": poll, "option_id": "no"}}
    assert world.push("alice", revote)[0]["status"] == "applied"  # revote while open
    world.clock.advance(dt.timedelta(minutes=10))  # the store's clock reaches the deadline
    late = {
        "entity": "ballot",
        "id": ballot_id(poll, world.ids["bob"]),
        "data": {
            "poll_id": poll,
            "option_id": "yes",
            "cast_at": (closes - dt.timedelta(hours=1)).isoformat(),
        },
    }
    (res,) = world.push("bob", late)
    assert (
        res["status"] == "rejected" and res["code"] == "POLL_CLOSED"
    )  # whatever the laptop's clock said
    with Session(world.engine) as s:
        row = s.get(Poll, poll)
        assert row is not None and row.state == "closed"
        assert row.results is not None and row.results["counts"] == {
            "yes": 0,
            "no": 1,
            "abstain": 0,
        }
    pulled = [c for c in world.pull_all("bob") if c["id"] == poll]
    assert pulled[-1]["data"]["state"] == "closed"


def test_stale_secretariat_write_is_a_conflict_with_the_server_copy(world: World) -> None:
    world.person("sec", role="secretariat")
    m = world.meeting("Original")
    (a,) = world.push(
        "sec", {"entity": "meeting", "id": m, "base_version": 1, "data": {"title": "First edit"}}
    )
    assert a["status"] == "applied" and a["version"] == 2
    (b,) = world.push(
        "sec", {"entity": "meeting", "id": m, "base_version": 1, "data": {"title": "Stale edit"}}
    )
    assert b["status"] == "rejected" and b["code"] == "CONFLICT"
    assert b["current"]["version"] == 2 and b["current"]["data"]["title"] == "First edit"


def test_removed_participant_gets_a_purge_and_readded_gets_everything(world: World) -> None:
    world.person("sec", role="secretariat")
    world.person("alice")
    m = world.meeting()
    part = world.participant(m, "alice", "member")
    world.document(m, "Doc")
    first = world.pull_all("alice")
    cursor = max(c["seq"] for c in first)
    assert any(c["entity"] == "document" for c in first)
    (res,) = world.push(
        "sec", {"entity": "participant", "id": part, "base_version": 1, "deleted": True, "data": {}}
    )
    assert res["status"] == "applied", res
    after = world.pull_all("alice", cursor)
    purges = [c for c in after if c.get("purge")]
    assert purges and purges[0]["entity"] == "meeting" and purges[0]["id"] == m
    assert not any(c["entity"] == "document" for c in after)
    cursor = max(c["seq"] for c in after)
    (res,) = world.push(
        "sec",
        {"entity": "participant", "id": part, "base_version": 2, "deleted": False, "data": {}},
    )
    assert res["status"] == "applied", res
    again = world.pull_all("alice", cursor)
    assert {"meeting", "document", "document_version"} <= {c["entity"] for c in again}


def test_document_recipients_change_purges_and_grants(world: World) -> None:
    world.person("sec", role="secretariat")
    world.person("alice")
    world.person("bob")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.participant(m, "bob", "member")
    doc, version, _ = world.document(m, "Doc", recipients=["alice"])
    assert doc not in {c["id"] for c in world.pull_all("bob")}
    cursors = {u: max(c["seq"] for c in world.pull_all(u)) for u in ("alice", "bob")}
    current = [c for c in world.pull_all("sec") if c["id"] == doc][-1]
    (res,) = world.push(
        "sec",
        {
            "entity": "document",
            "id": doc,
            "base_version": current["version"],
            "data": {"recipients": [world.ids["bob"]]},
        },
    )
    assert res["status"] == "applied", res
    alice = world.pull_all("alice", cursors["alice"])
    assert any(c.get("purge") and c["entity"] == "document" and c["id"] == doc for c in alice)
    bob = world.pull_all("bob", cursors["bob"])
    assert {doc, version} <= {c["id"] for c in bob}


def test_two_devices_of_one_person_vote_once(world: World) -> None:
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    poll = world.poll(m)
    one = {
        "entity": "ballot",
        "id": str(uuid.uuid4()),
        "data": {"poll_id": poll, "option_id": "yes"},
    }
    two = {
        "entity": "ballot",
        "id": str(uuid.uuid4()),
        "data": {"poll_id": poll, "option_id": "no"},
    }
    assert world.push("alice", one)[0]["status"] == "applied"
    (res,) = world.push("alice", two)
    assert res["status"] == "rejected" and res["code"] == "CONFLICT"


def test_the_store_clock_alone_decides_the_deadline(world: World) -> None:
    """A ballot a second before the deadline counts; the poll closes when the store's clock
    passes the deadline, at the next pull, with no one pushing anything."""
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    closes = world.clock.now + dt.timedelta(hours=1)
    poll = world.poll(m, closes_at=closes)
    world.clock.advance(dt.timedelta(hours=1) - dt.timedelta(seconds=1))
    vote = {
        "entity": "ballot",
        "id": ballot_id(poll, world.ids["alice"]),
        "data": {"poll_id": poll, "option_id": "yes"},
    }
    assert world.push("alice", vote)[0]["status"] == "applied"
    assert [c for c in world.pull_all("alice") if c["id"] == poll][-1]["data"]["state"] == "open"
    world.clock.advance(dt.timedelta(seconds=1))
    closed = [c for c in world.pull_all("alice") if c["id"] == poll][-1]["data"]
    assert closed["state"] == "closed" and closed["results"]["counts"]["yes"] == 1
    assert closed["results"]["closed_at"] == closes.isoformat()
