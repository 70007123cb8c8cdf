from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.member_store import MemberStore, build_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MemberStore]:
    s = build_store(tmp_path)
    yield s
    s.engine.dispose()
