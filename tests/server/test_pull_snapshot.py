"""Pulls answered from the shared snapshot of a feed head (``server.pull_cache``) carry
exactly what the paged path carries, person by person, from every cursor."""

from __future__ import annotations

import uuid
from typing import Any

from meetings_app.domain.models import Meeting
from tests.support.factories import World


def _changes(world: World, username: str, cursor: int, limit: int) -> list[dict[str, Any]]:
    """Every change after ``cursor`` in pages of ``limit`` (1: the paged path throughout)."""
    out: list[dict[str, Any]] = []
    while True:
        r = world.http.get(
            "/api/v1/sync/pull",
            params={"cursor": cursor, "limit": limit},
            headers=world.auth(username),
        )
        assert r.status_code == 200, r.text
        body = r.json()
        out.extend(body["changes"])
        cursor = body["cursor"]
        if not body["more"]:
            return out


def test_shared_and_paged_pulls_agree_for_everyone(world: World) -> None:
    world.person("sec", role="secretariat")
    for name in ("alice", "bob", "ivan"):
        world.person(name)
    m = world.meeting()
    item1, item2 = world.item(m, "Một"), world.item(m, "Hai")
    world.participant(m, "alice", "member")
    bob = world.participant(m, "bob", "member")
    world.participant(m, "ivan", "invitee", items=[item1])
    world.put(Meeting(title="Nháp", status="draft"))  # the secretariat's alone
    world.document(m, "Mật", recipients=["alice"], classification="secret")
    world.document(m, "Mục 2", item_id=item2)
    world.document(m, "Mục 1", item_id=item1)
    note = {"entity": "note", "id": str(uuid.uuid4()), "data": {"meeting_id": m, "text": "riêng"}}
    assert world.push("alice", note)[0]["status"] == "applied"
    gone = {"entity": "participant", "id": bob, "base_version": 1, "deleted": True, "data": {}}
    assert world.push("sec", gone)[0]["status"] == "applied"  # bob gets a purge
    head = max(c["seq"] for c in _changes(world, "sec", 0, 200))
    for name in ("sec", "alice", "bob", "ivan"):
        for cursor in range(0, head + 1, 3):
            shared = _changes(world, name, cursor, 200)
            assert shared == _changes(world, name, cursor, 1), (name, cursor)
    ivan = {c["id"] for c in _changes(world, "ivan", 0, 200)}
    assert item1 in ivan and item2 not in ivan
    assert any(c.get("purge") for c in _changes(world, "bob", 0, 200))
