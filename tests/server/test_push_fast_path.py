"""The ballot push path reads what it needs in one statement and keeps the feed and
audit heads for the transaction: these tests pin the guarantees that must survive that.

Each runs on SQLite and PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import AuditEvent, Ballot, ChangeReceipt, FeedEntry
from meetings_app.security.audit import append_event, verify_chain
from meetings_app.store.feed import append_feed, write_session
from tests.support.factories import World


def _ballot(poll: str, option: str = "yes", **data: Any) -> dict[str, Any]:
    return {
        "change_id": str(uuid.uuid4()),
        "entity": "ballot",
        "id": str(uuid.uuid4()),
        "data": {"poll_id": poll, "option_id": option, **data},
    }


def _feed_is_gapless(world: World) -> list[int]:
    with Session(world.engine) as s:
        seqs = list(s.execute(select(FeedEntry.seq).order_by(FeedEntry.seq)).scalars())
    assert seqs == list(range(1, len(seqs) + 1))
    return seqs


def _chain_ok(world: World) -> None:
    with Session(world.engine) as s:
        report = verify_chain(s)
    assert report.ok, report.message


def _meeting_with_polls(world: World, n: int) -> list[str]:
    world.person("alice")
    world.person("bob")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.participant(m, "bob", "member")
    return [world.poll(m) for _ in range(n)]


def test_refused_change_mid_push_leaves_feed_and_chain_whole(world: World) -> None:
    p1, p2, p3 = _meeting_with_polls(world, 3)
    results = world.push(
        "alice", _ballot(p1), _ballot(p2, signature="s" * 300), _ballot(p3, option="no")
    )
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["code"] == "INVALID"
    # each accepted ballot of an open poll also moves that poll's live count, once per
    # poll at the end of the transaction (a batch of ballots counts each poll once)
    assert results[2]["seq"] == results[0]["seq"] + 1
    _feed_is_gapless(world)
    _chain_ok(world)
    after = world.push("bob", _ballot(p1))
    assert after[0]["status"] == "applied" and after[0]["seq"] == _feed_is_gapless(world)[-1] - 1
    _chain_ok(world)


def test_rolled_back_savepoint_forgets_counted_heads(world: World) -> None:
    """Feed entries and audit events counted inside a savepoint that is then rolled back
    (a change refused by the database itself) leave no gap and no broken link: the heads
    kept for the transaction are forgotten and read again."""
    world.person("alice")
    with write_session(world.engine) as s:
        head = append_feed(s, "meeting", "m-1", 1, None)
        append_event(s, "test.kept")
        try:
            with s.begin_nested():
                assert append_feed(s, "meeting", "m-2", 1, None) == head + 1
                append_event(s, "test.undone")
                s.flush()
                raise RuntimeError("refused")
        except RuntimeError:
            pass
        assert append_feed(s, "meeting", "m-3", 1, None) == head + 1
        append_event(s, "test.after")
    _feed_is_gapless(world)
    _chain_ok(world)
    with Session(world.engine) as s:
        actions = list(s.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars())
    assert actions[-2:] == ["test.kept", "test.after"]


def test_repeated_and_foreign_change_ids(world: World) -> None:
    poll, second = _meeting_with_polls(world, 2)
    change = _ballot(poll)
    first = world.push("alice", change)[0]
    again = world.push("alice", change)[0]
    assert first["status"] == "applied"
    assert again["status"] == "duplicate"
    assert (again["version"], again["seq"]) == (first["version"], first["seq"])
    stolen = world.push("bob", {**change, "id": str(uuid.uuid4())})[0]
    assert stolen["status"] == "rejected" and stolen["code"] == "INVALID"
    # same change twice in one push: the second answers from the first's receipt
    twice = _ballot(second)
    a, b = world.push("alice", twice, twice)
    assert a["status"] == "applied" and b["status"] == "duplicate" and b["seq"] == a["seq"]
    with Session(world.engine) as s:
        # two receipts: the change id reused by someone else got none
        assert s.scalar(select(func.count()).select_from(ChangeReceipt)) == 2
    _feed_is_gapless(world)
    _chain_ok(world)


def test_second_ballot_from_another_device_is_a_conflict(world: World) -> None:
    (poll,) = _meeting_with_polls(world, 1)
    first = _ballot(poll)
    assert world.push("alice", first)[0]["status"] == "applied"
    other = world.push("alice", _ballot(poll, option="no"))[0]
    assert other["status"] == "rejected" and other["code"] == "CONFLICT"
    # the answer carries the ballot already stored, so the client can change that one
    assert other["current"]["id"] == first["id"]
    assert other["current"]["data"]["option_id"] == "yes"
    with Session(world.engine) as s:
        ballots = list(s.execute(select(Ballot)).scalars())
    assert [b.id for b in ballots] == [first["id"]] and ballots[0].option_id == "yes"


def test_ballot_and_deadline_in_one_push(world: World) -> None:
    """A push whose first change is a ballot still closes polls past their deadline first
    (the store's clock decides), and a ballot on such a poll is refused."""
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    past = world.clock.now - dt.timedelta(seconds=1)
    due = world.poll(m, closes_at=past)
    open_poll = world.poll(m)
    late, fine = world.push("alice", _ballot(due), _ballot(open_poll))
    assert late["status"] == "rejected" and late["code"] == "POLL_CLOSED"
    assert fine["status"] == "applied"
    closes = [c for c in world.pull_all("alice") if c["entity"] == "poll" and c["id"] == due]
    assert closes and closes[-1]["data"]["state"] == "closed"
    _feed_is_gapless(world)
    _chain_ok(world)


def test_not_a_participant_and_unknown_poll(world: World) -> None:
    (poll,) = _meeting_with_polls(world, 1)
    world.person("carol")
    res = world.push("carol", _ballot(poll), _ballot(str(uuid.uuid4())))
    assert [r["status"] for r in res] == ["rejected", "rejected"]
    assert res[0]["code"] in ("NOT_FOUND", "FORBIDDEN") and res[1]["code"] == "NOT_FOUND"
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    assert events is not None
    _chain_ok(world)
