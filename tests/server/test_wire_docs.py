"""The wire documentation tells the truth: every code the store answers with and every push
status is in docs/sync-api.md and in the store's own OpenAPI description."""

from __future__ import annotations

from pathlib import Path

from meetings_app.domain.codes import WIRE_CODES, Code
from meetings_app.server.errors import PUSH_STATUSES, STATUS
from tests.support.factories import World

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-api.md"


def test_the_wire_page_lists_every_code_and_status() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code in Code:
        assert f"`{code}`" in text, code
    for status in PUSH_STATUSES:
        assert f"`{status}`" in text, status
    assert "SUPERSEDED" in PUSH_STATUSES["applied"]
    assert set(STATUS) <= WIRE_CODES


def test_openapi_describes_codes_and_statuses(world: World) -> None:
    spec = world.http.get("/api/v1/openapi.json").json()
    description = spec["info"]["description"]
    for code in WIRE_CODES:
        assert f"`{code}`" in description, code
    for status in PUSH_STATUSES:
        assert f"`{status}`" in description, status
    paths = set(spec["paths"])
    for path in (
        "/health",
        "/auth/login",
        "/auth/logout",
        "/sync/pull",
        "/sync/push",
        "/blobs/{sha256}",
        "/events",
    ):
        assert f"/api/v1{path}" in paths, path
