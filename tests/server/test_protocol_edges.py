"""Bad input gets one clear error shape with a stable code; never a 500."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import update
from sqlalchemy.orm import Session

from meetings_app.domain.models import Token
from tests.support.factories import World


def _error(r, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert body["code"] == code, body
    assert isinstance(body["message"], str) and body["message"].endswith(".")
    return body  # type: ignore[no-any-return]


def test_health_and_openapi(world: World) -> None:
    assert world.http.get("/api/v1/health").json()["protocol"] == 1
    spec = world.http.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/sync/pull",
        "/api/v1/sync/push",
        "/api/v1/auth/login",
        "/api/v1/blobs/{sha256}",
        "/api/v1/events",
    ):
        assert path in spec["paths"]


def test_wrong_password_and_missing_token(world: World) -> None:
    world.person("alice")
    r = world.http.post("/api/v1/auth/login", json={"username": "alice", "password": "nope"})
    _error(r, 401, "WRONG_PASSWORD")
    r = world.http.post("/api/v1/auth/login", json={"username": "ghost", "password": "nope"})
    _error(r, 401, "WRONG_PASSWORD")
    _error(world.http.get("/api/v1/sync/pull"), 401, "UNAUTHENTICATED")
    _error(
        world.http.get("/api/v1/sync/pull", headers={"Authorization": "Bearer forged"}),
        401,
        "UNAUTHENTICATED",
    )


def test_expired_token(world: World) -> None:
    world.person("alice")
    headers = world.auth("alice")
    with Session(world.engine) as s, s.begin():
        s.execute(
            # by the store's clock (set, not running): a real "now" raced a slow sign-in
            update(Token).values(expires_at=world.clock() - dt.timedelta(seconds=1))
        )
    body = _error(world.http.get("/api/v1/sync/pull", headers=headers), 401, "TOKEN_EXPIRED")
    assert "expired" in body["message"]


def test_logout_ends_token(world: World) -> None:
    world.person("alice")
    headers = world.auth("alice")
    assert world.http.post("/api/v1/auth/logout", headers=headers).status_code == 200
    _error(world.http.get("/api/v1/sync/pull", headers=headers), 401, "UNAUTHENTICATED")


def test_malformed_requests(world: World) -> None:
    world.person("alice")
    h = world.auth("alice")
    _error(
        world.http.post(
            "/api/v1/sync/push",
            content=b"{not json",
            headers={**h, "content-type": "application/json"},
        ),
        400,
        "INVALID",
    )
    _error(
        world.http.post("/api/v1/sync/push", json={"changes": "nope"}, headers=h), 400, "INVALID"
    )
    _error(world.http.post("/api/v1/sync/push", json=[1, 2], headers=h), 400, "INVALID")
    _error(world.http.get("/api/v1/sync/pull?cursor=-1", headers=h), 400, "INVALID")
    _error(world.http.get("/api/v1/sync/pull?cursor=abc", headers=h), 400, "INVALID")
    _error(world.http.get("/api/v1/no/such/thing", headers=h), 404, "NOT_FOUND")
    _error(world.http.delete("/api/v1/sync/pull", headers=h), 405, "METHOD_NOT_ALLOWED")
    _error(world.http.get("/api/v1/blobs/not-a-hash", headers=h), 400, "INVALID")


def test_unknown_entity_and_bad_values_are_rejected_per_change(world: World) -> None:
    world.person("sec", role="secretariat")
    res = world.push(
        "sec",
        {"entity": "spaceship", "id": "0190e0b0-0000-7000-8000-000000000001", "data": {}},
        {"entity": "meeting", "id": "not-a-uuid", "data": {"title": "x"}},
        {"entity": "meeting", "id": "0190e0b0-0000-7000-8000-000000000002", "data": {"title": 5}},
        {
            "entity": "meeting",
            "id": "0190e0b0-0000-7000-8000-000000000003",
            "data": {"title": "ok", "starts_at": "yesterday"},
        },
        {
            "entity": "meeting",
            "id": "0190e0b0-0000-7000-8000-000000000004",
            "data": {"title": "x" * 5000},
        },
        {
            "entity": "meeting",
            "id": "0190e0b0-0000-7000-8000-000000000005",
            "data": {"title": "fine", "status": "exploded"},
        },
        {"entity": "meeting", "id": "0190e0b0-0000-7000-8000-000000000006", "data": {}},
        {
            "entity": "meeting",
            "id": "0190e0b0-0000-7000-8000-000000000008",
            "data": {"title": "nul\x00here"},
        },
        {
            "entity": "meeting",
            "id": "0190e0b0-0000-7000-8000-000000000007",
            "data": {"title": "good"},
        },
    )
    codes = [r.get("code") for r in res]
    assert [r["status"] for r in res[:-1]] == ["rejected"] * 8
    assert codes[:4] == ["INVALID"] * 4
    assert res[-1]["status"] == "applied"
    for r in res[:-1]:
        assert r["message"]


def test_oversized_body(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World(db_url, tmp_path, max_body_size=10_000)
    try:
        world.person("alice")
        h = world.auth("alice")
        big = {
            "changes": [
                {"change_id": "x", "entity": "note", "id": "y", "data": {"text": "a" * 20_000}}
            ]
        }
        _error(world.http.post("/api/v1/sync/push", json=big, headers=h), 413, "TOO_LARGE")

        def chunked():  # type: ignore[no-untyped-def]
            yield b'{"changes": [{"change_id": "x", "entity": "note", "id": "y", "data": {"text": "'
            for _ in range(30):
                yield b"a" * 1000
            yield b'"}}]}'

        r = world.http.post(
            "/api/v1/sync/push",
            content=chunked(),
            headers={**h, "content-type": "application/json"},
        )
        _error(r, 413, "TOO_LARGE")
    finally:
        world.close()


def test_blob_upload_and_ranges(world: World) -> None:
    world.person("sec", role="secretariat")
    h = world.auth("sec")
    data = bytes(range(256)) * 100
    sha = hashlib.sha256(data).hexdigest()
    wrong = hashlib.sha256(b"other").hexdigest()
    _error(world.http.put(f"/api/v1/blobs/{wrong}", content=data, headers=h), 400, "HASH_MISMATCH")
    assert not world.store.blobs.has(wrong)
    r = world.http.put(f"/api/v1/blobs/{sha}", content=data, headers=h)
    assert r.status_code == 201 and r.json()["size"] == len(data)
    full = world.http.get(f"/api/v1/blobs/{sha}", headers=h)
    assert full.status_code == 200 and full.content == data
    part = world.http.get(f"/api/v1/blobs/{sha}", headers={**h, "Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == data[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(data)}"
    tail = world.http.get(f"/api/v1/blobs/{sha}", headers={**h, "Range": "bytes=-10"})
    assert tail.content == data[-10:]
    past = world.http.get(f"/api/v1/blobs/{sha}", headers={**h, "Range": f"bytes={len(data)}-"})
    _error(past, 416, "RANGE_NOT_SATISFIABLE")
    assert past.headers["content-range"] == f"bytes */{len(data)}"
    _error(
        world.http.get(f"/api/v1/blobs/{sha}", headers={**h, "Range": "pages=1-2"}),
        400,
        "BAD_RANGE",
    )
    _error(world.http.get(f"/api/v1/blobs/{wrong}", headers=h), 404, "NOT_FOUND")


def test_blob_limits_and_upload_rights(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World(db_url, tmp_path, max_blob_size=1000)
    try:
        world.person("sec", role="secretariat")
        world.person("alice")
        data = b"x" * 2000
        sha = hashlib.sha256(data).hexdigest()
        _error(
            world.http.put(f"/api/v1/blobs/{sha}", content=data, headers=world.auth("sec")),
            413,
            "TOO_LARGE",
        )
        _error(
            world.http.put(f"/api/v1/blobs/{sha}", content=b"x", headers=world.auth("alice")),
            403,
            "FORBIDDEN",
        )
    finally:
        world.close()


def test_revoked_device_is_refused_and_client_purges(world: World) -> None:
    from meetings_app.domain.models import Meeting
    from meetings_app.server.admin import revoke_device
    from meetings_app.sync.errors import DeviceRevoked

    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    laptop = world.client("alice")
    laptop.client.sync()
    with Session(laptop.engine) as s:
        assert s.get(Meeting, m) is not None
    with Session(laptop.engine) as s:
        from meetings_app.sync.local import get_state

        device_id = get_state(s, "device_id")
    assert device_id
    revoke_device(world.engine, device_id)
    try:
        laptop.client.sync()
        raise AssertionError("sync should fail")
    except DeviceRevoked as exc:
        assert "revoked" in exc.message
    with Session(laptop.engine) as s:
        assert s.get(Meeting, m) is None


def test_audit_chain_verifies_and_detects_tampering(world: World) -> None:
    from meetings_app.domain.models import AuditEvent
    from meetings_app.security.audit import verify_chain

    world.person("sec", role="secretariat")
    world.login("sec")
    world.push(
        "sec",
        {"entity": "meeting", "id": "0190e0b0-0000-7000-8000-00000000000a", "data": {"title": "A"}},
    )
    with Session(world.engine) as s:
        report = verify_chain(s)
        assert report.ok and report.count >= 2, report
    with Session(world.engine) as s, s.begin():
        s.execute(update(AuditEvent).where(AuditEvent.seq == 1).values(action="tampered"))
    with Session(world.engine) as s:
        report = verify_chain(s)
        assert not report.ok and report.first_bad_seq == 1


def test_cursor_past_the_head_comes_back_to_it(world: World) -> None:
    """A laptop whose cursor is ahead of the store (the store was restored from an older
    backup) is brought back to the head, and receives what happens from then on."""
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    head = world.http.get(
        "/api/v1/sync/pull", params={"cursor": 0, "limit": 1000}, headers=world.auth("alice")
    ).json()["cursor"]
    answer = world.http.get(
        "/api/v1/sync/pull", params={"cursor": head + 10_000}, headers=world.auth("alice")
    ).json()
    assert answer == {"changes": [], "cursor": head, "more": False}
    later = world.item(m, "Kết luận phiên họp")
    pulled = world.pull_all("alice", cursor=answer["cursor"])
    assert [c["id"] for c in pulled] == [later]
