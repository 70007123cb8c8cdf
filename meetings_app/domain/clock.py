"""Hybrid logical clock (HLC) for ``updated_at`` on every synced row.

Owner-private records (annotations, notes, ballots, speaker requests) are resolved by
"latest write wins". Wall clocks on laptops drift, so a plain timestamp could let an old
edit beat a new one; an HLC never goes backwards on a device and moves past any clock
it has seen, while staying close to real time.

Stamps are strings that sort lexicographically in causal order:
``"<physical ms, 15 digits>.<counter, 5 digits>.<node>"``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_MAX = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    """One HLC reading; orders by (physical, counter, node)."""

    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:015d}.{self.counter:05d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by ``str()``; raises ``ValueError`` on anything else."""
        physical, counter, node = text.split(".", 2)
        if (
            len(physical) != 15
            or len(counter) != 5
            or not physical.isdigit()
            or not counter.isdigit()
        ):
            raise ValueError(f"not an HLC stamp: {text!r}")
        return cls(int(physical), int(counter), node)


class HybridClock:
    """A thread-safe HLC for one node (a device or a server process)."""

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None) -> None:
        self._node = node
        self._wall = wall_ms or _system_ms
        self._last = Stamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> Stamp:
        """A stamp greater than every stamp this clock has issued or observed."""
        with self._lock:
            self._last = self._advance(self._last, None)
            return self._last

    def observe(self, remote: str | Stamp) -> None:
        """Move past a stamp seen from another node, so our next write sorts after it."""
        other = Stamp.parse(remote) if isinstance(remote, str) else remote
        with self._lock:
            self._last = self._advance(self._last, other)

    def _advance(self, last: Stamp, other: Stamp | None) -> Stamp:
        wall = self._wall()
        top = max(wall, last.physical_ms, other.physical_ms if other else 0)
        counter = 0
        if top == last.physical_ms:
            counter = last.counter + 1
        if other is not None and top == other.physical_ms:
            counter = max(counter, other.counter + 1)
        if counter > _COUNTER_MAX:
            top, counter = top + 1, 0
        return Stamp(top, counter, self._node)


def _system_ms() -> int:
    return time.time_ns() // 1_000_000


def utc_now() -> dt.datetime:
    """The wall-clock time in UTC: the default clock of the store and of the client services."""
    return dt.datetime.now(dt.UTC)
