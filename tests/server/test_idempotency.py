"""The same change pushed twice, concurrently, or after a restart has exactly one effect."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import ChangeReceipt, FeedEntry, Note
from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from tests.support.factories import PASSWORD, World


def setup(world: World) -> tuple[str, str]:
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    return m, world.login("alice")


def feed_count(world: World, entity_id: str) -> int:
    with Session(world.engine) as s:
        return int(
            s.execute(
                select(func.count()).select_from(FeedEntry).where(FeedEntry.entity_id == entity_id)
            ).scalar_one()
        )


def test_same_push_twice(world: World) -> None:
    m, _ = setup(world)
    change = {
        "change_id": str(uuid.uuid4()),
        "entity": "note",
        "id": str(uuid.uuid4()),
        "data": {"meeting_id": m, "text": "once"},
    }
    (first,) = world.push("alice", change)
    (second,) = world.push("alice", change)
    assert first["status"] == "applied" and second["status"] == "duplicate"
    assert (first["version"], first["seq"]) == (second["version"], second["seq"])
    assert feed_count(world, change["id"]) == 1
    # a rejection is remembered too, and repeated as the same rejection
    bad = {
        "change_id": str(uuid.uuid4()),
        "entity": "note",
        "id": str(uuid.uuid4()),
        "data": {"meeting_id": str(uuid.uuid4())},
    }
    r1, r2 = world.push("alice", bad)[0], world.push("alice", bad)[0]
    assert r1["status"] == r2["status"] == "rejected" and r1["code"] == r2["code"]
    # someone else replaying my change id gets no effect and no copy of my answer
    world.person("mallory")
    (stolen,) = world.push("mallory", change)
    assert stolen["status"] == "rejected" and "version" not in stolen


def test_concurrent_identical_pushes_and_restart(db_url: str, tmp_path: Path) -> None:
    settings = ServerSettings(db_url=db_url, blob_dir=tmp_path / "blobs")
    world = World(db_url, tmp_path)
    m, _ = setup(world)
    server = start_in_thread(settings)
    try:
        token = httpx.post(
            f"{server.url}/api/v1/auth/login", json={"username": "alice", "password": PASSWORD}
        ).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        changes = [
            {
                "change_id": str(uuid.uuid4()),
                "entity": "note",
                "id": str(uuid.uuid4()),
                "data": {"meeting_id": m, "text": f"n{i}"},
            }
            for i in range(20)
        ]
        answers: list[list[dict[str, object]]] = []
        barrier = threading.Barrier(4)

        def send() -> None:
            barrier.wait()
            r = httpx.post(
                f"{server.url}/api/v1/sync/push",
                json={"changes": changes},
                headers=headers,
                timeout=60,
            )
            assert r.status_code == 200, r.text
            answers.append(r.json()["results"])

        threads = [threading.Thread(target=send) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(answers) == 4
        for i in range(20):
            statuses = sorted(str(a[i]["status"]) for a in answers)
            assert statuses == ["applied", "duplicate", "duplicate", "duplicate"], statuses
            assert len({(a[i]["version"], a[i]["seq"]) for a in answers}) == 1
    finally:
        server.stop()
    # a restarted store still knows the answers
    server = start_in_thread(settings)
    try:
        r = httpx.post(
            f"{server.url}/api/v1/sync/push", json={"changes": changes}, headers=headers, timeout=60
        )
        assert all(x["status"] == "duplicate" for x in r.json()["results"])
    finally:
        server.stop()
    with Session(world.engine) as s:
        assert s.execute(select(func.count()).select_from(Note)).scalar_one() == 20
        assert s.execute(select(func.count()).select_from(ChangeReceipt)).scalar_one() == 20
        assert all(v == 1 for v in s.execute(select(Note.version)).scalars())
    world.close()
