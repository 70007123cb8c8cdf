from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.member_meeting import MemberStore, member_meeting


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MemberStore]:
    s = member_meeting(tmp_path)
    yield s
    s.engine.dispose()
