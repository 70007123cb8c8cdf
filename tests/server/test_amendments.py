"""Amendments to a published meeting stay on the store, pending, until the secretariat
publishes them: a member's pull and file downloads do not receive them; publishing
delivers them all at once with one notice; discarding puts the published state back."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from meetings_app.domain.models import Meeting
from tests.support.factories import World


def _published(world: World) -> dict[str, Any]:
    world.person("sec", role="secretariat")
    world.person("chair")
    world.person("alice")
    start = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)
    m = world.put(Meeting(title="Cabinet", status="published", starts_at=start)).id
    world.participant(m, "chair", "chair")
    world.participant(m, "alice", "member")
    item = world.item(m, "Budget")
    doc, version, _sha = world.document(m, "Decree", item_id=item)
    return {"m": m, "item": item, "doc": doc, "version": version}


def _latest(world: World, who: str, row_id: str) -> dict[str, Any]:
    return [c for c in world.pull_all(who) if c["id"] == row_id][-1]


def _push(world: World, who: str, entity: str, row_id: str, **data: Any) -> dict[str, Any]:
    base = [c for c in world.pull_all("sec") if c["id"] == row_id]
    change: dict[str, Any] = {"entity": entity, "id": row_id, "data": data}
    if base:
        change["base_version"] = base[-1]["version"]
    (res,) = world.push(who, change)
    return res


def _amend(world: World, d: dict[str, Any]) -> dict[str, str]:
    """A new agenda item, a new version of the decree, a new time: three amendments."""
    new_item = str(uuid.uuid4())
    assert (
        _push(world, "sec", "agenda_item", new_item, meeting_id=d["m"], title="Added")["status"]
        == "applied"
    )
    sha = world.blob(b"%PDF-1.4 decree v2")
    v2 = str(uuid.uuid4())
    res = _push(
        world,
        "sec",
        "document_version",
        v2,
        document_id=d["doc"],
        number=2,
        blob_sha256=sha,
        size=18,
        pages=1,
        change_note="Article 3 rewritten",
    )
    assert res["status"] == "applied", res
    assert _push(world, "sec", "document", d["doc"], current_version_id=v2)["status"] == "applied"
    later = "2026-12-01T09:00:00+07:00"
    assert _push(world, "sec", "meeting", d["m"], starts_at=later)["status"] == "applied"
    return {"item": new_item, "version": v2, "sha": sha}


def test_a_member_does_not_receive_pending_amendments(world: World) -> None:
    d = _published(world)
    a = _amend(world, d)
    alice = world.pull_all("alice")
    ids = {c["id"] for c in alice}
    assert a["item"] not in ids and a["version"] not in ids
    assert _latest(world, "alice", d["doc"])["data"]["current_version_id"] == d["version"]
    meeting = _latest(world, "alice", d["m"])["data"]
    assert meeting["starts_at"].startswith("2026-12-01T01:30") and meeting["amendments"] == []
    blob = world.http.get(f"/api/v1/blobs/{a['sha']}", headers=world.auth("alice"))
    assert blob.status_code == 404
    # the chair, too, waits; the secretariat sees the meeting as it stands, and what is held
    assert a["item"] not in {c["id"] for c in world.pull_all("chair")}
    held = _latest(world, "sec", d["m"])["data"]["amendments"]
    assert {e["change"] for e in held} == {
        "item_added",
        "version_added",
        "document_replaced",
        "time_changed",
    }


def test_publishing_amendments_delivers_them_with_one_notice(world: World) -> None:
    d = _published(world)
    a = _amend(world, d)
    cursor = max(c["seq"] for c in world.pull_all("alice"))
    assert _push(world, "sec", "meeting", d["m"], release_amendments="publish")["status"] == (
        "applied"
    )
    after = world.pull_all("alice", cursor)
    ids = {c["id"] for c in after}
    assert {a["item"], a["version"], d["doc"], d["m"]} <= ids
    meeting = _latest(world, "alice", d["m"])["data"]
    assert meeting["starts_at"] == "2026-12-01T02:00:00+00:00"
    notice = meeting["amendment_notice"]
    lines = {(c["change"], c["title"], c.get("note", "")) for c in notice["changes"]}
    assert lines == {
        ("item_added", "Added", ""),
        ("document_replaced", "Decree", "Article 3 rewritten"),
        ("time_changed", "Cabinet", ""),
    }
    assert _latest(world, "sec", d["m"])["data"]["amendments"] == []
    blob = world.http.get(f"/api/v1/blobs/{a['sha']}", headers=world.auth("alice"))
    assert blob.status_code == 200


def test_discarding_amendments_restores_the_published_meeting(world: World) -> None:
    d = _published(world)
    a = _amend(world, d)
    assert _push(world, "sec", "meeting", d["m"], release_amendments="discard")["status"] == (
        "applied"
    )
    sec = world.pull_all("sec")
    assert [c for c in sec if c["id"] == a["item"]][-1]["deleted"] is True
    doc = [c for c in sec if c["id"] == d["doc"]][-1]["data"]
    assert doc["current_version_id"] == d["version"]
    meeting = [c for c in sec if c["id"] == d["m"]][-1]["data"]
    assert meeting["starts_at"].startswith("2026-12-01T01:30")
    assert meeting["amendments"] == [] and meeting["amendment_notice"] == {}


def test_only_organisers_publish_amendments(world: World) -> None:
    d = _published(world)
    _amend(world, d)
    res = _push(world, "chair", "meeting", d["m"], release_amendments="publish")
    assert res["status"] == "rejected" and res["code"] == "FORBIDDEN"
    bad = _push(world, "sec", "meeting", d["m"], release_amendments="maybe")
    assert bad["status"] == "rejected" and bad["code"] == "INVALID"


def test_an_edit_put_back_is_no_longer_pending(world: World) -> None:
    d = _published(world)
    assert _push(world, "sec", "agenda_item", d["item"], title="Budget 2027")["status"] == (
        "applied"
    )
    assert _latest(world, "alice", d["item"])["data"]["title"] == "Budget"
    assert _push(world, "sec", "agenda_item", d["item"], title="Budget")["status"] == "applied"
    assert _latest(world, "sec", d["m"])["data"]["amendments"] == []


def test_the_chair_starts_a_meeting_whose_time_change_is_pending(world: World) -> None:
    """The chair's laptop sends the whole meeting row back, published time included: that
    echo is not an edit, the move is applied and the amendment stays pending."""
    d = _published(world)
    assert (
        _push(world, "sec", "meeting", d["m"], starts_at="2026-12-01T09:00:00+07:00")["status"]
        == "applied"
    )
    mine = _latest(world, "chair", d["m"])
    change = {
        "entity": "meeting",
        "id": d["m"],
        "base_version": mine["version"],
        "data": {**mine["data"], "status": "in_progress"},
    }
    (res,) = world.push("chair", change)
    assert res["status"] == "applied", res
    sec = _latest(world, "sec", d["m"])["data"]
    assert sec["status"] == "in_progress" and sec["starts_at"].startswith("2026-12-01T02:00")
    assert [e["change"] for e in sec["amendments"]] == ["time_changed"]
