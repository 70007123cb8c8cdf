"""A meeting in draft reaches only the secretariat (in review, the chair too), rows and
files alike; publishing delivers everything, and taking it back purges it. Sign-in
upgrades a password hash made with weaker parameters."""

from __future__ import annotations

from typing import Any

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from meetings_app.domain.models import Credential, Meeting
from meetings_app.security.passwords import needs_rehash
from tests.support.factories import PASSWORD, World


def _draft(world: World) -> dict[str, Any]:
    world.person("sec", role="secretariat")
    world.person("chair")
    world.person("alice")
    m = world.put(Meeting(title="Draft cabinet", status="draft")).id
    world.participant(m, "chair", "chair")
    world.participant(m, "alice", "member")
    item = world.item(m, "Item")
    doc, version, sha = world.document(m, "Draft decree", item_id=item)
    poll = world.poll(m, state="draft", item_id=item)
    return {"m": m, "rows": {m, item, doc, version, poll}, "sha": sha}


def _move(world: World, meeting_id: str, status: str) -> None:
    current = [c for c in world.pull_all("sec") if c["id"] == meeting_id][-1]
    (res,) = world.push(
        "sec",
        {
            "entity": "meeting",
            "id": meeting_id,
            "base_version": current["version"],
            "data": {"status": status},
        },
    )
    assert res["status"] == "applied", res


def _blob_status(world: World, username: str, sha: str) -> int:
    return world.http.get(f"/api/v1/blobs/{sha}", headers=world.auth(username)).status_code


def test_a_draft_is_delivered_on_publication_and_purged_when_taken_back(world: World) -> None:
    d = _draft(world)
    rows: set[str] = d["rows"]
    assert rows <= {c["id"] for c in world.pull_all("sec")}
    cursors = {}
    for who in ("chair", "alice"):
        seen = world.pull_all(who)
        assert not rows & {c["id"] for c in seen}, who  # not a row of the draft
        assert _blob_status(world, who, d["sha"]) == 404, who  # nor its file
        cursors[who] = max((c["seq"] for c in seen), default=0)

    _move(world, d["m"], "review")
    chair = world.pull_all("chair", cursors["chair"])
    assert rows <= {c["id"] for c in chair}  # the chair reviews it, everything under it
    assert _blob_status(world, "chair", d["sha"]) == 200
    assert not rows & {c["id"] for c in world.pull_all("alice")}
    assert _blob_status(world, "alice", d["sha"]) == 404

    _move(world, d["m"], "published")
    alice = world.pull_all("alice", cursors["alice"])
    assert rows <= {c["id"] for c in alice}
    assert _blob_status(world, "alice", d["sha"]) == 200
    cursors["alice"] = max(c["seq"] for c in alice)

    _move(world, d["m"], "draft")
    back = world.pull_all("alice", cursors["alice"])
    assert any(c.get("purge") and c["entity"] == "meeting" and c["id"] == d["m"] for c in back)
    assert not any(c["id"] in rows and not c.get("purge") for c in back)
    assert _blob_status(world, "alice", d["sha"]) == 404


def test_a_member_cannot_write_into_a_draft(world: World) -> None:
    d = _draft(world)
    note = {
        "entity": "note",
        "id": "0190f5a0-0000-7000-8000-000000000001",
        "data": {"meeting_id": d["m"], "text": "early"},
    }
    (res,) = world.push("alice", note)
    assert res["status"] == "rejected" and res["code"] == "FORBIDDEN"


def test_sign_in_upgrades_a_weak_password_hash(world: World) -> None:
    person = world.person("alice")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with Session(world.engine) as s:
        cred = s.get(Credential, person)
        assert cred is not None
        cred.password_hash = weak
        s.commit()
    assert needs_rehash(weak)
    world.login("alice")
    with Session(world.engine) as s:
        stored = s.get(Credential, person)
        assert stored is not None and stored.password_hash != weak
        assert not needs_rehash(stored.password_hash)
    world.tokens.clear()
    world.login("alice")  # the upgraded hash still opens with the same password
