"""Issue 12, probe 5: the OpenAPI document is the API (checked by schemathesis on a live store)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from meetings_app.domain.codes import WIRE_CODES
from tests.support.api_conformance import run_schemathesis
from tests.support.factories import World


def _spec(world: World) -> dict[str, Any]:
    spec: dict[str, Any] = world.http.get("/api/v1/openapi.json").json()
    return spec


def test_document_promises_what_the_store_answers(world: World) -> None:
    spec = _spec(world)
    paths = spec["paths"]
    for operations in paths.values():
        for operation in operations.values():
            assert "422" not in operation["responses"]
            for status in ("500", "503"):
                assert status in operation["responses"]
    blob = paths["/api/v1/blobs/{sha256}"]
    assert set(blob["get"]["responses"]) >= {"200", "206", "400", "401", "404", "416"}
    assert "application/octet-stream" in blob["get"]["responses"]["200"]["content"]
    assert "range" in {p["name"] for p in blob["get"]["parameters"]}
    put = blob["put"]
    assert put["requestBody"]["content"]["application/octet-stream"]["schema"]["format"] == "binary"
    assert set(put["responses"]) >= {"201", "400", "401", "403", "408", "413", "429"}
    assert "Retry-After" in put["responses"]["429"]["headers"]
    login = paths["/api/v1/auth/login"]["post"]
    assert set(login["responses"]) >= {"200", "400", "401", "429"}
    assert "security" not in login
    events = paths["/api/v1/events"]["get"]["responses"]["200"]["content"]
    assert list(events) == ["text/event-stream"]
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert paths["/api/v1/sync/pull"]["get"]["security"] == [{"bearer": []}]
    error = spec["components"]["schemas"]["ErrorBody"]
    assert set(error["properties"]["code"]["enum"]) == {str(c) for c in WIRE_CODES}
    assert "SIGN_IN_THROTTLED" in login["responses"]["429"]["description"]


def test_schemathesis_finds_no_server_error_and_no_schema_violation(tmp_path: Path) -> None:
    done = run_schemathesis(tmp_path, examples=5)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
