"""Pushes are written in batches (group commit) with a short-lived sign-in cache: these
tests pin that a batch never trades correctness for speed.

* a token signed out, or a device revoked (from any process), stops working as soon as
  the sign-out or revocation has returned, though the cache still held it;
* one push's failure or refusal in a batch never fails another push of the same batch;
* the same change pushed twice in one batch is applied once.

Each runs on SQLite and PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Ballot, ChangeReceipt, Device, Poll
from meetings_app.security.audit import verify_chain
from meetings_app.security.tokens import hash_token
from meetings_app.server import group_commit
from meetings_app.server.admin import revoke_device
from meetings_app.server.group_commit import _Push
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
