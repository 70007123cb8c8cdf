"""Fixtures of the store suites (server and sync): every test runs against SQLite and, when
configured, PostgreSQL. Imported by those suites' conftest files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetings_app.store.engine import sqlite_url
from tests.support.factories import World, pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "store.db")
        return
    url = os.environ.get("MEETINGS_TEST_PG_URL")
    if not url:
        pytest.skip("MEETINGS_TEST_PG_URL is not set; .ci/run sets it to the local PostgreSQL")
    with pg_schema(url) as scoped:
        yield scoped


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[World]:
    w = World(db_url, tmp_path)
    try:
        yield w
    finally:
        w.close()
