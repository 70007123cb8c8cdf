"""Quorum rules and the moves of a running meeting."""

from __future__ import annotations

import pytest

from meetings_app.domain.errors import Invalid
from meetings_app.domain.meeting_run import check_run_move, item_times_after_move
from meetings_app.domain.quorum import needed, quorum_reached


@pytest.mark.parametrize(
    ("present", "members", "rule", "reached"),
    [
        (5, 10, "majority", False),  # half is not a majority
        (6, 10, "majority", True),
        (6, 9, "two_thirds", True),
        (5, 9, "two_thirds", False),
        (0, 0, "majority", False),
        (6, 10, "unknown-rule", True),  # read as the default
    ],
)
def test_quorum(present: int, members: int, rule: str, reached: bool) -> None:
    assert quorum_reached(present, members, rule) is reached


def test_needed() -> None:
    assert needed(10, "majority") == 6
    assert needed(9, "two_thirds") == 6
    assert needed(0, "majority") == 1


def test_running_moves() -> None:
    check_run_move("published", "in_progress")
    check_run_move("in_progress", "closed")
    check_run_move("in_progress", "in_progress")
    for current, target in (
        ("published", "closed"),
        ("closed", "in_progress"),
        ("in_progress", "published"),
    ):
        with pytest.raises(Invalid) as info:
            check_run_move(current, target)
        assert info.value.code == "MEETING_STATUS"


def test_item_times_accumulate() -> None:
    times = item_times_after_move({}, "a", 61.04)
    times = item_times_after_move(times, "b", 5)
    assert item_times_after_move(times, "a", 9) == {"a": 70.0, "b": 5.0}
    assert item_times_after_move(times, None, 9) == times
    assert item_times_after_move({}, "a", -3) == {"a": 0.0}  # clocks never run backwards
