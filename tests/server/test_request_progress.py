"""A written-opinion request in progress: the store says who has answered (secret or not),
never how; an in-meeting secret vote names nobody."""

from __future__ import annotations

from sqlalchemy.orm import Session

from meetings_app.domain.models import Meeting, Poll
from tests.server.test_secret_ballots_and_boards import OPTIONS, _poll, _vote
from tests.support.factories import World


def _results_seen_by(world: World, user: str, poll_id: str) -> dict[str, object]:
    [poll] = [c for c in world.pull_all(user) if c["entity"] == "poll" and c["id"] == poll_id]
    results: dict[str, object] = poll["data"]["results"]
    return results


def _make_request(world: World, poll_id: str) -> None:
    with Session(world.engine) as s, s.begin():
        poll = s.get(Poll, poll_id)
        assert poll is not None
        meeting = s.get(Meeting, poll.meeting_id)
        assert meeting is not None
        meeting.kind = "written_opinion"


def test_a_secret_request_says_who_has_answered_never_how(world: World) -> None:
    poll_id, laptops = _poll(world, secret=True)
    _make_request(world, poll_id)
    _vote(laptops[0], poll_id, OPTIONS[0]["id"])
    _vote(laptops[1], poll_id, OPTIONS[1]["id"])
    results = _results_seen_by(world, "chair", poll_id)
    answered = sorted([laptops[0].person_id, laptops[1].person_id])
    assert results["answered"] == answered and results["cast"] == 2
    assert "voters" not in results
    flat = repr(results)
    assert OPTIONS[0]["id"] not in flat and OPTIONS[1]["id"] not in flat


def test_an_in_meeting_secret_vote_names_nobody(world: World) -> None:
    poll_id, laptops = _poll(world, secret=True)
    _vote(laptops[0], poll_id, OPTIONS[0]["id"])
    results = _results_seen_by(world, "chair", poll_id)
    assert results["cast"] == 1
    assert "answered" not in results and "voters" not in results
