"""Meeting times read the same on every laptop: in the meeting's zone, not the laptop's."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from meetings_app.app.prepare.times import instant, wall_time
from meetings_app.domain.errors import Invalid
from meetings_app.ui.labels import meeting_time_text


@pytest.fixture
def laptop_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_hanoi_meeting_reads_0830_on_a_utc_laptop(laptop_in_utc: None) -> None:
    starts = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)
    assert meeting_time_text(starts, "Asia/Ho_Chi_Minh") == "01/12/2026 08:30 (+07)"


def test_typed_wall_time_round_trips_through_the_stored_instant() -> None:
    wall = dt.datetime(2026, 12, 1, 8, 30)
    stored = instant(wall, "Asia/Ho_Chi_Minh")
    assert stored == dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)
    assert wall_time(stored, "Asia/Ho_Chi_Minh") == wall


def test_an_unknown_zone_is_refused_with_its_code() -> None:
    with pytest.raises(Invalid) as refused:
        instant(dt.datetime(2026, 12, 1, 8, 30), "Asia/Hanoi City")
    assert refused.value.code == "TIME_ZONE_UNKNOWN"
