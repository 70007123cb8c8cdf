"""Issue 12, probes 2 and 9: numbers and loose values are bounded by the wire schema, the
same way on SQLite and PostgreSQL; a bad change is refused alone, never a 500."""

from __future__ import annotations

import uuid
from typing import Any

from tests.support.factories import World


def _new_id() -> str:
    return str(uuid.uuid4())


def _meeting(title: str = "Board", **data: Any) -> dict[str, Any]:
    return {"entity": "meeting", "id": _new_id(), "data": {"title": title, **data}}


def test_huge_integers_are_refused_per_change_and_the_good_ones_apply(world: World) -> None:
    world.person("sec", role="secretariat")
    res = world.push(
        "sec",
        _meeting(lease_days=2**63),
        _meeting(lease_days=2**31),
        _meeting(lease_days=-1),
        _meeting("kept", lease_days=30),
    )
    assert [r["status"] for r in res] == ["rejected", "rejected", "rejected", "applied"]
    for r in res[:3]:
        assert r["code"] == "INVALID"
        assert "lease_days" in r["message"]
    titles = {c["data"]["title"] for c in world.pull_all("sec") if c["entity"] == "meeting"}
    assert titles == {"kept"}


def test_pull_cursor_beyond_64_bits_is_a_400_naming_the_field(world: World) -> None:
    world.person("alice")
    for cursor in ("9223372036854775808", "-1", "abc"):
        r = world.http.get(
            "/api/v1/sync/pull", params={"cursor": cursor}, headers=world.auth("alice")
        )
        assert r.status_code == 400, r.text
        assert r.json()["code"] == "INVALID"
        assert "cursor" in r.json()["message"]


def test_negative_page_and_loose_recipients_are_refused(world: World) -> None:
    world.person("sec", role="secretariat")
    meeting = world.meeting()
    doc = {"entity": "document", "id": _new_id()}
    res = world.push(
        "sec",
        {**doc, "data": {"meeting_id": meeting, "title": "d", "recipients": ["anyone"]}},
        {**doc, "data": {"meeting_id": meeting, "title": "d", "recipients": "x"}},
        {"entity": "annotation", "id": _new_id(), "data": {"page": -3}},
    )
    assert [r["status"] for r in res] == ["rejected"] * 3
    assert "recipients" in res[0]["message"] and "recipients" in res[1]["message"]
    assert "page" in res[2]["message"]


def test_deleted_must_be_a_real_boolean(world: World) -> None:
    world.person("sec", role="secretariat")
    change = {**_meeting(), "change_id": _new_id(), "deleted": 0}
    r = world.http.post("/api/v1/sync/push", json={"changes": [change]}, headers=world.auth("sec"))
    assert r.status_code == 400, r.text
    assert r.json()["code"] == "INVALID"
    assert "deleted" in r.json()["message"]


def test_base_version_beyond_the_column_is_a_400(world: World) -> None:
    world.person("sec", role="secretariat")
    change = {**_meeting(), "change_id": _new_id(), "base_version": 2**63}
    r = world.http.post("/api/v1/sync/push", json={"changes": [change]}, headers=world.auth("sec"))
    assert r.status_code == 400 and "base_version" in r.json()["message"], r.text


def test_wrong_method_answers_405_with_allow(world: World) -> None:
    r = world.http.delete("/api/v1/sync/pull")
    assert r.status_code == 405
    assert r.json()["code"] == "METHOD_NOT_ALLOWED"
    assert r.headers["allow"] == "GET"
