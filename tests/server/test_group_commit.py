"""Pushes are written in batches (group commit) with a short-lived sign-in cache: these
tests pin that a batch never trades correctness for speed.

* a token signed out, or a device revoked (from any process), stops working as soon as
  the sign-out or revocation has returned, though the cache still held it;
* one push's failure or refusal in a batch never fails another push of the same batch;
* the same change pushed twice in one batch is applied once;
* the pushes of first ballots, written together (one multi-row insert per table, no
  savepoint each), are answered exactly as one by one: a duplicate, a closed poll, a
  second ballot, a push failing alone, rows that cannot be inserted together, a failed
  commit.

Each runs on SQLite and PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from meetings_app.domain.models import AuditEvent, Ballot, ChangeReceipt, Device, FeedEntry, Poll
from meetings_app.security.audit import verify_chain
from meetings_app.security.tokens import hash_token
from meetings_app.server import group_commit
from meetings_app.server.admin import revoke_device
from meetings_app.server.group_commit import _Push
from meetings_app.store.deferred import DeferredRows
from meetings_app.sync.wire import PushChange
from tests.support.factories import World


def _ballot(poll: str, option: str = "yes", change_id: str | None = None) -> dict[str, Any]:
    return {
        "change_id": change_id or str(uuid.uuid4()),
        "entity": "ballot",
        "id": str(uuid.uuid4()),
        "data": {"poll_id": poll, "option_id": option},
    }


def _polls(world: World, n: int, *voters: str) -> list[str]:
    m = world.meeting()
    for v in voters:
        world.person(v)
        world.participant(m, v, "member")
    return [world.poll(m) for _ in range(n)]


def _post(world: World, username: str, *changes: dict[str, Any]) -> Any:
    return world.http.post(
        "/api/v1/sync/push", json={"changes": list(changes)}, headers=world.auth(username)
    )


def test_signed_out_token_stops_at_once(world: World) -> None:
    p1, p2 = _polls(world, 2, "alice")
    assert _post(world, "alice", _ballot(p1)).status_code == 200  # now cached
    assert world.store.tokens.get(hash_token(world.tokens["alice"])) is not None
    out = world.http.post("/api/v1/auth/logout", headers=world.auth("alice"))
    assert out.status_code == 200
    refused = _post(world, "alice", _ballot(p2))
    assert refused.status_code == 401 and refused.json()["code"] == "UNAUTHENTICATED"


def test_device_revoked_elsewhere_stops_at_once(world: World) -> None:
    """The revocation does not go through this process's cache (as from the admin CLI or
    another store process): the batch's own check refuses the cached token."""
    p1, p2 = _polls(world, 2, "alice")
    assert _post(world, "alice", _ballot(p1)).status_code == 200
    digest = hash_token(world.tokens["alice"])
    assert world.store.tokens.get(digest) is not None
    with Session(world.engine) as s:
        device_id = s.execute(select(Device.id)).scalars().one()
    revoke_device(world.engine, device_id)
    refused = _post(world, "alice", _ballot(p2))
    assert refused.status_code == 401 and refused.json()["code"] == "DEVICE_REVOKED"
    assert world.store.tokens.get(digest) is None
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 1


def _item(world: World, username: str, *changes: dict[str, Any]) -> _Push:
    world.auth(username)
    token_hash = hash_token(world.tokens[username])
    return _Push(token_hash, [PushChange.model_validate(c) for c in changes])


def test_one_push_failing_leaves_the_batch_whole(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    (poll,) = _polls(world, 1, "alice", "bob", "carol")
    world.auth("carol")
    with Session(world.engine) as s:
        carol_device = s.execute(
            select(Device.id).where(Device.person_id == world.ids["carol"])
        ).scalar_one()
    revoke_device(world.engine, carol_device)
    boom = _ballot(poll)
    items = [
        _item(world, "alice", _ballot(poll)),
        _item(world, "bob", boom),
        _item(world, "carol", _ballot(poll)),
    ]
    real = group_commit.PushService.push

    def failing(self: Any, changes: list[PushChange]) -> Any:
        results = real(self, changes)  # writes, then fails: its savepoint must undo it
        if changes[0].change_id == boom["change_id"]:
            raise RuntimeError("injected")
        return results

    monkeypatch.setattr(group_commit.PushService, "push", failing)
    world.store.pushes._apply(items)
    assert items[0].done.result()[0].status == "applied"
    with pytest.raises(RuntimeError):
        items[1].done.result()
    assert type(items[2].done.exception()).__name__ == "DeviceRevoked"
    with Session(world.engine) as s:
        voters = set(s.execute(select(Ballot.voter_id)).scalars())
        assert voters == {world.ids["alice"]}
        assert s.get(ChangeReceipt, boom["change_id"]) is None
        poll_row = s.get(Poll, poll)
        assert poll_row is not None and poll_row.results["cast"] == 1
        assert verify_chain(s).ok


def test_same_change_twice_in_one_batch_is_applied_once(world: World) -> None:
    (poll,) = _polls(world, 1, "alice")
    change = _ballot(poll)
    items = [_item(world, "alice", change), _item(world, "alice", change)]
    world.store.pushes._apply(items)
    first, again = items[0].done.result()[0], items[1].done.result()[0]
    assert first.status == "applied" and again.status == "duplicate"
    assert (again.version, again.seq) == (first.version, first.seq)
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 1


def test_many_voters_at_once_each_get_their_own_answer(world: World) -> None:
    """Pushes queued together: every ballot stored once, live count once per poll."""
    names = [f"v{i}" for i in range(12)]
    (poll,) = _polls(world, 1, *names)
    items = [_item(world, v, _ballot(poll)) for v in names]
    items.append(_item(world, "v0", _ballot(poll)))  # a second ballot: a conflict
    world.store.pushes._apply(items)
    statuses = [i.done.result()[0].status for i in items]
    assert statuses == ["applied"] * 12 + ["rejected"]
    assert items[-1].done.result()[0].code == "CONFLICT"
    with Session(world.engine) as s:
        poll_row = s.get(Poll, poll)
        assert poll_row is not None and poll_row.results["cast"] == 12
        assert verify_chain(s).ok


def test_a_push_whose_caller_left_is_skipped_and_the_writer_lives_on(world: World) -> None:
    """A request cancelled while waiting (the laptop went away) is not written, and the
    writer goes on answering the others."""
    (poll,) = _polls(world, 1, "alice", "bob")
    gone, kept = _item(world, "alice", _ballot(poll)), _item(world, "bob", _ballot(poll))
    assert gone.done.cancel()
    world.store.pushes._queue.extend([gone, kept])
    world.store.pushes._apply(world.store.pushes._take())
    assert kept.done.result()[0].status == "applied"
    assert _post(world, "alice", _ballot(poll)).json()["results"][0]["status"] == "applied"


def _results(items: list[_Push]) -> list[dict[str, Any]]:
    return [i.done.result()[0].model_dump(exclude_none=True) for i in items]


def _store_is_whole(world: World) -> None:
    """The feed has no gap and the audit chain holds, whatever the batch went through."""
    with Session(world.engine) as s:
        seqs = list(s.execute(select(FeedEntry.seq).order_by(FeedEntry.seq)).scalars())
        assert seqs == list(range(1, len(seqs) + 1))
        report = verify_chain(s)
        assert report.ok, report.message


def test_a_batch_of_first_ballots_is_stored_as_one_by_one(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["alice", "bob", "carol"]
    polls = _polls(world, 2, *names)
    items = [_item(world, v, _ballot(p, "no")) for p in polls for v in names]
    writes: list[bool] = []
    real = DeferredRows.write

    def counted(self: DeferredRows, session: Session) -> None:
        writes.append(bool(self))
        real(self, session)

    monkeypatch.setattr(DeferredRows, "write", counted)
    world.store.pushes._apply(items)
    assert writes == [True]  # the whole batch's rows in one write
    results = _results(items)
    assert [r["status"] for r in results] == ["applied"] * 6
    seqs = [r["seq"] for r in results]
    assert seqs == sorted(seqs) and len(set(seqs)) == 6  # in the order pushed
    with Session(world.engine) as s:
        for item, result in zip(items, results, strict=True):
            ch = item.changes[0]
            ballot = s.get(Ballot, ch.id)
            assert ballot is not None and ballot.version == result["version"] == 1
            assert ballot.voter_id == ballot.updated_by == world.ids[names[items.index(item) % 3]]
            assert ballot.receipt == result["receipt"] and ballot.device_id is not None
            assert ballot.comment == "" and ballot.cast_at is not None and ballot.updated_at
            receipt = s.get(ChangeReceipt, ch.change_id)
            assert receipt is not None and receipt.result["seq"] == result["seq"]
            assert "receipt" not in receipt.result  # never ties a person to a board line
            feed = s.get(FeedEntry, result["seq"])
            assert feed is not None and (feed.entity, feed.entity_id) == ("ballot", ch.id)
        actions = s.execute(select(AuditEvent.action, AuditEvent.entity_id)).all()
        assert sorted(e for a, e in actions if a == "ballot") == sorted(
            i.changes[0].id for i in items
        )
        for poll in polls:
            row = s.get(Poll, poll)
            assert row is not None and row.results["cast"] == 3
    _store_is_whole(world)


def test_a_change_sent_again_later_in_the_batch_or_in_another_is_a_duplicate(
    world: World,
) -> None:
    p1, p2 = _polls(world, 2, "alice", "bob")
    change = _ballot(p1)
    items = [
        _item(world, "alice", change),
        _item(world, "bob", _ballot(p1)),
        _item(world, "alice", change),
        _item(world, "bob", _ballot(p2)),
    ]
    world.store.pushes._apply(items)
    first, _, again, _ = _results(items)
    assert [r["status"] for r in _results(items)] == ["applied", "applied", "duplicate", "applied"]
    assert (again["version"], again["seq"]) == (first["version"], first["seq"])
    later = _item(world, "alice", change)
    world.store.pushes._apply([later])
    assert _results([later])[0]["status"] == "duplicate"
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 3
    _store_is_whole(world)


def test_a_ballot_for_a_closed_poll_is_refused_alone(world: World) -> None:
    (open_poll,) = _polls(world, 1, "alice", "bob")
    with Session(world.engine) as s:
        meeting = s.get(Poll, open_poll).meeting_id  # type: ignore[union-attr]
    closed = world.poll(meeting, state="closed")
    late = _ballot(closed)
    items = [_item(world, "alice", late), _item(world, "bob", _ballot(open_poll))]
    world.store.pushes._apply(items)
    refused, applied = _results(items)
    assert refused["status"] == "rejected" and refused["code"] == "POLL_CLOSED"
    assert applied["status"] == "applied"
    again = _item(world, "alice", late)
    world.store.pushes._apply([again])
    assert _results([again])[0]["code"] == "POLL_CLOSED"  # the receipt answers the same
    with Session(world.engine) as s:
        assert s.get(Ballot, late["id"]) is None
        assert s.get(ChangeReceipt, late["change_id"]) is not None
    _store_is_whole(world)


def test_a_poll_past_its_deadline_is_closed_before_the_batch(world: World) -> None:
    (open_poll,) = _polls(world, 1, "alice", "bob")
    with Session(world.engine) as s:
        meeting = s.get(Poll, open_poll).meeting_id  # type: ignore[union-attr]
    past = world.store.now() - dt.timedelta(minutes=1)
    due = world.poll(meeting, closes_at=past)
    items = [_item(world, "bob", _ballot(open_poll)), _item(world, "alice", _ballot(due))]
    world.store.pushes._apply(items)
    applied, refused = _results(items)
    assert applied["status"] == "applied"
    assert refused["status"] == "rejected" and refused["code"] == "POLL_CLOSED"
    with Session(world.engine) as s:
        row = s.get(Poll, due)
        assert row is not None and row.state == "closed"
    _store_is_whole(world)


def test_a_second_ballot_is_a_conflict_carrying_the_first(world: World) -> None:
    (poll,) = _polls(world, 1, "alice", "bob")
    first = _ballot(poll)
    world.store.pushes._apply([_item(world, "alice", first)])
    items = [_item(world, "bob", _ballot(poll)), _item(world, "alice", _ballot(poll, "no"))]
    world.store.pushes._apply(items)
    applied, second = _results(items)
    assert applied["status"] == "applied"
    assert second["status"] == "rejected" and second["code"] == "CONFLICT"
    assert second["current"]["id"] == first["id"]
    with Session(world.engine) as s:
        row = s.get(Poll, poll)
        assert row is not None and row.results["cast"] == 2
    _store_is_whole(world)


def test_a_mixed_batch_with_a_failing_push(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """First ballots, a push that fails after applying (undone alone), a push that is not
    a ballot (the usual path, in between) and more ballots after it."""
    names = ["alice", "bob", "carol", "dan"]
    (poll,) = _polls(world, 1, *names)
    boom = _ballot(poll)
    note = {
        "change_id": str(uuid.uuid4()),
        "entity": "note",
        "id": str(uuid.uuid4()),
        "data": {"meeting_id": "not-a-meeting", "text": "x"},
    }
    items = [
        _item(world, "alice", _ballot(poll)),
        _item(world, "bob", boom),
        _item(world, "carol", note),
        _item(world, "carol", _ballot(poll)),
        _item(world, "bob", _ballot(poll, "no")),
        _item(world, "dan", _ballot(poll)),
    ]
    real = group_commit.PushService.push

    def failing(self: Any, changes: list[PushChange]) -> Any:
        results = real(self, changes)
        if changes[0].change_id == boom["change_id"]:
            raise RuntimeError("injected")
        return results

    monkeypatch.setattr(group_commit.PushService, "push", failing)
    world.store.pushes._apply(items)
    with pytest.raises(RuntimeError):
        items[1].done.result()
    statuses = [i.done.result()[0].status for i in items if i is not items[1]]
    assert statuses == ["applied", "rejected", "applied", "applied", "applied"]
    with Session(world.engine) as s:
        assert s.get(Ballot, boom["id"]) is None
        assert s.get(ChangeReceipt, boom["change_id"]) is None
        row = s.get(Poll, poll)
        assert row is not None and row.results["cast"] == 4
    _store_is_whole(world)


def test_rows_that_cannot_be_inserted_together_are_applied_one_by_one(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["alice", "bob", "carol"]
    (poll,) = _polls(world, 1, *names)
    items = [_item(world, v, _ballot(poll)) for v in names]

    def refused(self: DeferredRows, session: Session) -> None:
        raise OperationalError("INSERT", {}, Exception("injected"))

    monkeypatch.setattr(DeferredRows, "write", refused)
    world.store.pushes._apply(items)
    assert [r["status"] for r in _results(items)] == ["applied"] * 3
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 3
    _store_is_whole(world)


def test_a_failed_commit_fails_the_whole_batch_and_stores_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["alice", "bob"]
    (poll,) = _polls(world, 1, *names)
    items = [_item(world, v, _ballot(poll)) for v in names]

    def refused(self: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("injected"))

    monkeypatch.setattr(Session, "commit", refused)
    world.store.pushes._apply(items)
    monkeypatch.undo()
    for item in items:
        assert isinstance(item.done.exception(), DBAPIError)
    with Session(world.engine) as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
        assert s.scalar(select(func.count()).select_from(ChangeReceipt)) == 0
    retried = [_item(world, "alice", items[0].changes[0].model_dump())]
    world.store.pushes._apply(retried)
    assert _results(retried)[0]["status"] == "applied"
