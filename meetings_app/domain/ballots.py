"""Poll lifecycle (draft → open → closed), ballot acceptance, tally and quorum.

The server decides with its own clock: a ballot cast offline counts if it reaches the
store before the poll closes, whatever the laptop's clock said when it was cast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid, PollClosed
from meetings_app.domain.rules import MeetingRole


class PollState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


_TRANSITIONS: dict[PollState, frozenset[PollState]] = {
    PollState.DRAFT: frozenset({PollState.OPEN}),
    PollState.OPEN: frozenset({PollState.CLOSED}),
    PollState.CLOSED: frozenset(),
}


def can_transition(current: PollState, target: PollState) -> bool:
    """Only forward moves are allowed; a closed poll never reopens (a new poll is made)."""
    return target in _TRANSITIONS[current] or target is current


def check_transition(current: PollState, target: PollState) -> None:
    """Raise ``Invalid`` for a backward or skipping move."""
    if not can_transition(current, target):
        raise Invalid(
            f"A poll cannot go from {current.value} to {target.value}.",
            current=current.value,
            target=target.value,
        )


def effective_state(state: str, closes_at: dt.datetime | None, now: dt.datetime) -> PollState:
    """The state the store must act on: an open poll past its deadline is closed."""
    current = PollState(state)
    if current is PollState.OPEN and closes_at is not None and now >= closes_at:
        return PollState.CLOSED
    return current


def check_ballot(
    state: str,
    closes_at: dt.datetime | None,
    now: dt.datetime,
    option_id: str,
    option_ids: Iterable[str],
) -> None:
    """Raise when a ballot cannot be accepted now: poll not open, closed, or unknown option."""
    current = effective_state(state, closes_at, now)
    if current is PollState.CLOSED:
        raise PollClosed("The poll closed before this ballot arrived; it was not counted.")
    if current is PollState.DRAFT:
        raise Invalid("The poll is not open yet.", code=Code.POLL_NOT_OPEN)
    if option_id not in set(option_ids):
        raise Invalid(f"The poll has no option {option_id!r}.", option=option_id)


@dataclass(frozen=True)
class Tally:
    """Counts per option, in the poll's option order."""

    counts: dict[str, int]
    cast: int
    eligible: int

    @property
    def turnout(self) -> Fraction:
        return Fraction(self.cast, self.eligible) if self.eligible else Fraction(0)

    def leader(self) -> str | None:
        """The option with most votes, or None on a tie or no votes."""
        if not self.cast:
            return None
        ranked = sorted(self.counts.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]


def tally(option_ids: Sequence[str], choices: Iterable[str], eligible: int) -> Tally:
    """Count one choice per ballot; choices for unknown options are an error, not ignored."""
    counts = dict.fromkeys(option_ids, 0)
    cast = 0
    for choice in choices:
        if choice not in counts:
            raise Invalid(f"A ballot names an option the poll does not have: {choice!r}.")
        counts[choice] += 1
        cast += 1
    return Tally(counts=counts, cast=cast, eligible=eligible)


#: Vietnam's Government working regulation: a session is valid with two thirds present.
DEFAULT_QUORUM = Fraction(2, 3)


def quorum_met(present: int, eligible: int, fraction: Fraction = DEFAULT_QUORUM) -> bool:
    """True when at least ``fraction`` of the eligible members are present (or have voted)."""
    if eligible <= 0:
        return False
    return Fraction(present, eligible) >= fraction


def adopted(result: Tally, option_id: str) -> bool:
    """A decision passes with more than half of all eligible members (not just of votes cast)."""
    return result.eligible > 0 and Fraction(
        result.counts.get(option_id, 0), result.eligible
    ) > Fraction(1, 2)


#: the meeting roles whose members vote and count towards "eligible"
VOTING_ROLES = frozenset({MeetingRole.CHAIR, MeetingRole.MEMBER})


@dataclass(frozen=True)
class Decision:
    """Who won a vote: the counts, the leading option (None on a tie), and whether it passed."""

    tally: Tally
    leader: str | None
    adopted: bool


def decide(option_ids: Sequence[str], choices: Iterable[str], eligible: int) -> Decision:
    """The one count of a vote, used by the store when a poll closes and by every report.

    The leader is the option with most votes (none on a tie); it is adopted only with more
    than half of all eligible members, not just of the votes cast.
    """
    result = tally(option_ids, choices, eligible)
    leader = result.leader()
    return Decision(result, leader, leader is not None and adopted(result, leader))
