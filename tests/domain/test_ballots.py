"""Poll lifecycle, ballot acceptance by the server's clock, tally and quorum."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from meetings_app.domain.ballots import (
    PollState,
    adopted,
    can_transition,
    check_ballot,
    check_transition,
    decide,
    effective_state,
    quorum_met,
    tally,
)
from meetings_app.domain.errors import Invalid, PollClosed

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
OPTIONS = ["yes", "no", "abstain"]


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        (PollState.DRAFT, PollState.OPEN, True),
        (PollState.DRAFT, PollState.CLOSED, False),
        (PollState.OPEN, PollState.CLOSED, True),
        (PollState.OPEN, PollState.DRAFT, False),
        (PollState.CLOSED, PollState.OPEN, False),
        (PollState.CLOSED, PollState.DRAFT, False),
        (PollState.OPEN, PollState.OPEN, True),
    ],
)
def test_transitions(current: PollState, target: PollState, ok: bool) -> None:
    assert can_transition(current, target) is ok
    if ok:
        check_transition(current, target)
    else:
        with pytest.raises(Invalid):
            check_transition(current, target)


def test_deadline_closes_open_poll_on_server_clock() -> None:
    deadline = NOW + dt.timedelta(hours=1)
    assert effective_state("open", deadline, NOW) is PollState.OPEN
    assert effective_state("open", deadline, deadline) is PollState.CLOSED
    assert effective_state("draft", deadline, deadline) is PollState.DRAFT
    assert effective_state("open", None, NOW + dt.timedelta(days=999)) is PollState.OPEN


def test_ballot_accepted_while_open() -> None:
    check_ballot("open", NOW + dt.timedelta(minutes=1), NOW, "yes", OPTIONS)


def test_ballot_after_deadline_is_poll_closed() -> None:
    with pytest.raises(PollClosed) as err:
        check_ballot("open", NOW, NOW + dt.timedelta(seconds=1), "yes", OPTIONS)
    assert err.value.code == "POLL_CLOSED"


def test_ballot_on_closed_or_draft_poll() -> None:
    with pytest.raises(PollClosed):
        check_ballot("closed", None, NOW, "yes", OPTIONS)
    with pytest.raises(Invalid) as err:
        check_ballot("draft", None, NOW, "yes", OPTIONS)
    assert err.value.code == "POLL_NOT_OPEN"


def test_ballot_unknown_option() -> None:
    with pytest.raises(Invalid):
        check_ballot("open", None, NOW, "maybe", OPTIONS)


def test_tally_counts_and_turnout() -> None:
    result = tally(OPTIONS, ["yes", "yes", "no", "abstain", "yes"], eligible=8)
    assert result.counts == {"yes": 3, "no": 1, "abstain": 1}
    assert result.cast == 5
    assert result.turnout == Fraction(5, 8)
    assert result.leader() == "yes"


def test_tally_tie_and_empty() -> None:
    assert tally(OPTIONS, ["yes", "no"], 2).leader() is None
    empty = tally(OPTIONS, [], 0)
    assert empty.leader() is None and empty.turnout == 0


def test_tally_refuses_unknown_choice() -> None:
    with pytest.raises(Invalid):
        tally(OPTIONS, ["yes", "perhaps"], 3)


@pytest.mark.parametrize(
    ("present", "eligible", "met"),
    [
        (6, 9, True),
        (5, 9, False),
        (2, 3, True),
        (0, 0, False),
        (9, 9, True),
    ],
)
def test_quorum_two_thirds(present: int, eligible: int, met: bool) -> None:
    assert quorum_met(present, eligible) is met


def test_adoption_needs_majority_of_all_members() -> None:
    # 4 yes of 5 cast is a majority of votes but not of the 9 members.
    assert not adopted(tally(OPTIONS, ["yes"] * 4 + ["no"], 9), "yes")
    assert adopted(tally(OPTIONS, ["yes"] * 5, 9), "yes")


@pytest.mark.parametrize(
    ("choices", "eligible", "leader", "passed"),
    [
        (["yes", "yes", "no"], 5, "yes", False),  # leads, but 2 of 5 is not more than half
        (["yes", "yes", "yes", "no"], 5, "yes", True),
        (["yes", "no"], 4, None, False),  # a tie names no one
        ([], 4, None, False),
    ],
)
def test_decide_is_the_one_count_of_who_won(
    choices: list[str], eligible: int, leader: str | None, passed: bool
) -> None:
    decision = decide(["yes", "no", "abstain"], choices, eligible)
    assert decision.leader == leader and decision.adopted is passed
    assert decision.tally.cast == len(choices)
