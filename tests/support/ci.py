"""What a test does when something it needs is missing: fail in CI, skip with the reason elsewhere."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """Whether the tests run in CI (`.ci/run` and CI services set ``CI``)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(reason: str) -> NoReturn:
    """Fail in CI, where a missing input is a broken build; skip elsewhere, saying why."""
    if in_ci():
        pytest.fail(f"{reason}; CI must have it (CI={os.environ['CI']!r})", pytrace=False)
    pytest.skip(reason)
