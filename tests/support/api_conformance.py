"""Check the store against its own OpenAPI document with schemathesis (issue 12, probe 5).

Starts a live store (SQLite, or the database given), signs in a secretariat member, and
runs ``schemathesis run`` on every route but logout and events with a bounded number of
examples: no server error, no status, content type, header or body outside the document.
``.ci/run`` runs ``python -m tests.support.api_conformance``; tests/server/test_openapi.py
runs it too, with fewer examples.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from meetings_app.store.engine import sqlite_url
from tests.support.factories import PASSWORD, World, pg_schema

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)
EXCLUDED = ("/api/v1/auth/logout", "/api/v1/events")


def run_schemathesis(
    root: Path, examples: int, db_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run schemathesis against a fresh live store under ``root``; its completed process."""
    url = db_url or sqlite_url(root / "store.db")
    world = World(url, root)
    world.person("thuky", role="secretariat")
    meeting = world.meeting()
    world.participant(meeting, "thuky", "secretary")
    world.document(meeting, "Pack")
    try:
        with world.serve() as server:
            token = httpx.post(
                f"{server.url}/api/v1/auth/login", json={"username": "thuky", "password": PASSWORD}
            ).json()["token"]
            command = [
                shutil.which("schemathesis") or "schemathesis",
                "run",
                f"{server.url}/api/v1/openapi.json",
                "--header",
                f"Authorization: Bearer {token}",
                "--checks",
                ",".join(CHECKS),
                "--phases",
                "examples,coverage,fuzzing",
                "--max-examples",
                str(examples),
                "--seed",
                "12",
                "--workers",
                "1",
                "--request-timeout",
                "20",
                "--generation-allow-x00",
                "false",
            ]
            for path in EXCLUDED:
                command += ["--exclude-path", path]
            return subprocess.run(
                command, capture_output=True, text=True, timeout=1800, check=False, cwd=root
            )
    finally:
        world.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=25)
    parser.add_argument(
        "--db", default=None, help="PostgreSQL URL to run on (default: a SQLite file)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        db = args.db and stack.enter_context(pg_schema(args.db))  # a schema of its own
        done = run_schemathesis(Path(folder), args.examples, db)
    print(done.stdout)
    print(done.stderr, file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
