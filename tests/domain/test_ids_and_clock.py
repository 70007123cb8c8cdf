"""UUIDv7 ids and the hybrid logical clock that orders owner-private writes."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from meetings_app.domain.clock import HybridClock, Stamp
from meetings_app.domain.ids import is_uuid, new_id, uuid7


def test_uuid7_version_variant_and_order() -> None:
    a, b = uuid7(1_000), uuid7(2_000)
    assert a.version == 7 and a.variant == uuid.RFC_4122
    assert str(a) < str(b)
    assert is_uuid(new_id())
    assert not is_uuid("not-a-uuid") and not is_uuid("")


def test_clock_never_goes_backwards_when_wall_clock_does() -> None:
    wall = iter([1000, 900, 900, 2000])
    clock = HybridClock("dev", lambda: next(wall))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_clock_moves_past_observed_remote_stamps() -> None:
    laptop = HybridClock("laptop", lambda: 1000)
    laptop.observe(Stamp(5000, 3, "server"))
    mine = laptop.now()
    assert mine > Stamp(5000, 3, "server")
    assert str(mine) > str(Stamp(5000, 3, "server"))


@given(
    st.integers(0, 10**14),
    st.integers(0, 99_999),
    st.text("abcdef0123456789", min_size=1, max_size=12),
)
def test_stamp_text_round_trip_and_order(ms: int, counter: int, node: str) -> None:
    stamp = Stamp(ms, counter, node)
    assert Stamp.parse(str(stamp)) == stamp
    later = Stamp(ms + 1, 0, node)
    assert (str(stamp) < str(later)) is (stamp < later)
