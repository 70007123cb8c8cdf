"""One measured figure of ``python -m tests.benchmarks``: the product's time beside an honest floor.

A figure is measured in rounds; each round measures the product and, in the same run, the
floor it is compared with (the least the machine could do for the same job), so the ratio
of each round is a like-for-like comparison on a machine whose speed drifts. The table in
``docs/benchmarks.md`` shows min/median/max of those ratios, never one lucky run.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """What one benchmark measured; ``values[i]`` and ``floors[i]`` come from the same round."""

    section: str
    name: str
    unit: str
    values: tuple[float, ...]
    floor_name: str = ""
    floors: tuple[float, ...] = ()
    goal: str = ""
    goal_ratio: float | None = None
    goal_value: float | None = None
    higher_is_better: bool = False
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def ratios(self) -> list[float]:
        """Per round: product / floor (for rates, floor / product), so above 1 is slower."""
        pairs = zip(self.values, self.floors, strict=False)
        if self.higher_is_better:
            return [f / v if v else float("inf") for v, f in pairs]
        return [v / f if f else float("inf") for v, f in pairs]

    def met(self) -> bool | None:
        """Whether the goal is met on the median; None when the figure has no goal."""
        if self.goal_ratio is not None and self.floors:
            ratio = statistics.median(self.ratios())
            if self.higher_is_better:
                return 1 / ratio >= self.goal_ratio
            return ratio <= self.goal_ratio
        if self.goal_value is not None:
            median = statistics.median(self.values)
            return median >= self.goal_value if self.higher_is_better else median <= self.goal_value
        return None
