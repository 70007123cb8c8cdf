"""Test-wide setup: offscreen Qt, a fresh data home and an in-memory keyring per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring
from tests.support.pdf_samples import samples_folder


@pytest.fixture(autouse=True)
def _fresh_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own MEETINGS_APP_HOME, so nothing leaks between tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEETINGS_APP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the real one is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL test database, or a skip with the reason."""
    url = os.environ.get("MEETINGS_TEST_PG_URL")
    if not url:
        pytest.skip("MEETINGS_TEST_PG_URL is not set; .ci/run sets it to the local PostgreSQL")
    return url


@pytest.fixture
def pdf_samples() -> Path:
    """The real-world PDFs beside the project in shared/pdf-samples (CI fails without them)."""
    return samples_folder()
