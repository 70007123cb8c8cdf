"""Quorum rules a meeting may be held under, and whether the people present meet them."""

from __future__ import annotations

from enum import StrEnum
from fractions import Fraction

from meetings_app.domain.ballots import quorum_met


class QuorumRule(StrEnum):
    MAJORITY = "majority"
    """More than half of the members present (the default)."""
    TWO_THIRDS = "two_thirds"
    """At least two thirds present (the Government's working regulation for sessions)."""


def quorum_reached(present: int, members: int, rule: str) -> bool:
    """True when ``present`` of ``members`` (chair and members) meet the meeting's rule.

    An unknown rule (a newer store's) is read as the default, a strict majority.
    """
    if rule == QuorumRule.TWO_THIRDS:
        return quorum_met(present, members, Fraction(2, 3))
    return members > 0 and 2 * present > members


def needed(members: int, rule: str) -> int:
    """How many must be present for the quorum (shown beside the count)."""
    for count in range(members + 1):
        if quorum_reached(count, members, rule):
            return count
    return members + 1
