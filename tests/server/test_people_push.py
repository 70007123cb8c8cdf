"""The secretariat adds people to the directory through sync; nobody else may, no password
travels that way, and usernames follow the one canonical spelling."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy.orm import Session

from meetings_app.domain.models import Credential, Person
from tests.support.factories import World


def _person(**data: Any) -> dict[str, Any]:
    return {"entity": "person", "id": str(uuid.uuid4()), "data": data}


@pytest.fixture
def staff(world: World) -> World:
    world.person("vpcp", role="secretariat")
    world.person("chair")
    world.person("alice")
    return world


def test_the_secretariat_adds_a_person_everyone_then_receives(staff: World) -> None:
    change = _person(
        username=" Ｎguyen.Van.An ",
        full_name="Nguyễn Văn An",
        title="Vụ trưởng",
        unit="Bộ Tư pháp",
        role="admin",
        disabled=True,
    )
    (res,) = staff.push("vpcp", change)
    assert res["status"] == "applied", res
    with Session(staff.engine) as s:
        row = s.get(Person, change["id"])
        assert row is not None
        assert (row.username, row.unit, row.role, row.disabled) == (
            "nguyen.van.an",
            "Bộ Tư pháp",
            "user",  # the role and the disabled flag stay an administrator's matter
            False,
        )
        assert s.get(Credential, change["id"]) is None  # no password: cannot sign in yet
    seen = [c for c in staff.pull_all("alice") if c["id"] == change["id"]]
    assert seen and seen[-1]["data"]["full_name"] == "Nguyễn Văn An"


@pytest.mark.parametrize("who", ["alice", "chair"])
def test_members_and_chairs_cannot_push_a_person(staff: World, who: str) -> None:
    (res,) = staff.push(who, _person(username="x.y", full_name="X Y"))
    assert res["status"] == "rejected" and res["code"] == "FORBIDDEN"


def test_no_password_travels_through_sync(staff: World) -> None:
    (res,) = staff.push("vpcp", _person(username="a.b", full_name="A B", password="Mật-khẩu-1234"))
    assert res["status"] == "rejected" and res["code"] == "INVALID"


def test_a_taken_or_malformed_username_and_an_empty_name_are_refused(staff: World) -> None:
    taken, spaced, nameless = staff.push(
        "vpcp",
        _person(username="ALICE", full_name="Another Alice"),
        _person(username="two words", full_name="Two Words"),
        _person(username="c.d", full_name="  "),
    )
    assert taken["code"] == "USERNAME_TAKEN"
    assert spaced["code"] == "USERNAME_INVALID"
    assert nameless["code"] == "NAME_REQUIRED"


def test_the_secretariat_edits_ordinary_people_only_and_deletes_nobody(staff: World) -> None:
    alice = staff.ids["alice"]
    current = [c for c in staff.pull_all("vpcp") if c["id"] == alice][-1]
    edit = {
        "entity": "person",
        "id": alice,
        "base_version": current["version"],
        "data": {"title": "Thứ trưởng", "unit": "Bộ Tài chính"},
    }
    (res,) = staff.push("vpcp", edit)
    assert res["status"] == "applied", res
    (stale,) = staff.push("vpcp", edit)  # the same base version again: a conflict
    assert stale["code"] == "CONFLICT"
    own = {"entity": "person", "id": staff.ids["vpcp"], "base_version": 1, "data": {"title": "X"}}
    assert staff.push("vpcp", own)[0]["code"] == "FORBIDDEN"
    gone = {"entity": "person", "id": alice, "base_version": res["version"], "deleted": True}
    assert staff.push("vpcp", gone)[0]["code"] == "FORBIDDEN"
