"""The store says which client version its agency requires and recommends, and refuses
pull and push from an older client with ``CLIENT_TOO_OLD`` (426); an equal or newer
client, or a program that does not name its version, is served. Nothing is lost: the
laptop's outbox waits and is sent once the program is updated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Note
from meetings_app.sync.errors import ClientTooOld
from meetings_app.sync.local import record_change
from meetings_app.sync.wire import ClientVersion
from tests.support.factories import World

WANTED = ClientVersion(
    required="0.2.0", recommended="0.3.0", download_url="https://hop.example.gov.vn/tai-ve/"
)


@pytest.fixture
def agency(db_url: str, tmp_path: Path) -> Iterator[World]:
    w = World(db_url, tmp_path, client_version=WANTED)
    w.person("an")
    w.ids["meeting"] = w.meeting()
    w.participant(w.ids["meeting"], "an", "member")
    try:
        yield w
    finally:
        w.close()


def pull(world: World, version: str | None) -> tuple[int, dict[str, object]]:
    headers = world.auth("an")
    if version is not None:
        headers["X-Client-Version"] = version
    r = world.http.get("/api/v1/sync/pull", params={"cursor": 0}, headers=headers)
    return r.status_code, r.json()


def test_the_store_publishes_its_wanted_versions_without_sign_in(agency: World) -> None:
    r = agency.http.get("/api/v1/client-version")
    assert r.status_code == 200
    assert r.json() == WANTED.model_dump()


def test_an_unconfigured_store_wants_nothing(world: World) -> None:
    body = world.http.get("/api/v1/client-version").json()
    assert body == {"required": None, "recommended": None, "download_url": None}
    world.person("an")
    status, _ = pull(world, "0.0.1")
    assert status == 200


@pytest.mark.parametrize("version", ["0.2.0", "0.2", "0.2.1", "1.0.0", "0.3.0rc1", None, "dev"])
def test_an_equal_newer_or_unnamed_client_is_served(agency: World, version: str | None) -> None:
    status, body = pull(agency, version)
    assert status == 200, body


@pytest.mark.parametrize("version", ["0.1.0", "0.1.9", "0.0.1"])
def test_an_older_client_is_refused_with_what_to_install(agency: World, version: str) -> None:
    status, body = pull(agency, version)
    assert status == 426
    assert body["code"] == Code.CLIENT_TOO_OLD
    assert body["detail"] == {
        "version": version,
        "required": "0.2.0",
        "download_url": "https://hop.example.gov.vn/tai-ve/",
    }
    assert "0.2.0" in str(body["message"])


def test_an_old_client_is_refused_before_its_sign_in_is_looked_at(agency: World) -> None:
    r = agency.http.get(
        "/api/v1/sync/pull", headers={"X-Client-Version": "0.1.0", "Authorization": "Bearer x"}
    )
    assert (r.status_code, r.json()["code"]) == (426, Code.CLIENT_TOO_OLD)


def test_an_old_clients_push_stores_nothing(agency: World) -> None:
    change = {
        "change_id": new_id(),
        "entity": "note",
        "id": new_id(),
        "data": {"meeting_id": agency.ids["meeting"], "text": "giữ lại"},
    }
    headers = {**agency.auth("an"), "X-Client-Version": "0.1.0"}
    r = agency.http.post("/api/v1/sync/push", json={"changes": [change]}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (426, Code.CLIENT_TOO_OLD)
    assert "note" not in {c["entity"] for c in agency.pull_all("an")}


def test_the_laptop_keeps_its_outbox_until_it_is_updated(agency: World) -> None:
    laptop = agency.client("an")
    note = Note(meeting_id=agency.ids["meeting"], text="Ý kiến về dự thảo")
    with Session(laptop.engine) as s, s.begin():
        record_change(s, note)
        note_id = note.id
    laptop.client.version = "0.1.0"
    with pytest.raises(ClientTooOld) as refused:
        laptop.client.sync()
    assert refused.value.params == {
        "required": "0.2.0",
        "download_url": "https://hop.example.gov.vn/tai-ve/",
    }
    assert laptop.client.pending_count() == 1
    assert laptop.client.client_version() == WANTED  # asking is allowed to an old client
    laptop.client.version = "0.2.0"  # the program was updated
    report = laptop.client.sync()
    assert (report.applied, laptop.client.pending_count()) == (1, 0)
    assert any(c["id"] == note_id for c in agency.pull_all("an"))
    laptop.close()
