"""Issue 12, probe 10 and the ballot board: after a secret poll closes no stored row links a
voter to a choice; every accepted ballot has a receipt; the closed poll's signed board
lists it (names for open polls only) and ``meetings-app verify-board`` checks it offline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from meetings_app.__main__ import main
from meetings_app.domain.models import Ballot, Base, Poll, SecretChoice
from meetings_app.sync.local import ballot_id, record_change
from tests.support.factories import Laptop, World

OPTIONS = [{"id": "opt-adopt-7f3", "label": "Adopt"}, {"id": "opt-reject-9c1", "label": "Reject"}]


def _poll(world: World, *, secret: bool) -> tuple[str, list[Laptop]]:
    """A published meeting with three voting members (each on a laptop) and an open poll."""
    meeting = world.meeting()
    world.person("chair")
    world.participant(meeting, "chair", "chair")
    laptops = []
    for name in ("an", "binh", "cuong"):
        world.person(name, full_name=f"Member {name.title()}")
        world.participant(meeting, name, "member")
    poll = Poll(meeting_id=meeting, question="Adopt?", options=OPTIONS, secret=secret, state="open")
    world.put(poll)
    for name in ("an", "binh", "cuong"):
        laptops.append(world.client(name))
    return poll.id, laptops


def _vote(laptop: Laptop, poll_id: str, option: str) -> str:
    """Cast (signed by the laptop's device key) and push; the receipt the laptop keeps."""
    laptop.client.sync()
    bid = ballot_id(poll_id, laptop.person_id)
    with Session(laptop.engine) as s, s.begin():
        ballot = s.get(Ballot, bid) or Ballot(id=bid, poll_id=poll_id)
        ballot.option_id, ballot.cast_at = option, dt.datetime.now(dt.UTC)
        record_change(s, ballot)
    report = laptop.client.sync()
    assert report.applied == 1, [(r.code, r.message) for r in laptop.client.rejections()]
    with Session(laptop.engine) as s:
        ballot = s.get(Ballot, bid)
        assert ballot is not None and ballot.receipt and len(ballot.receipt) == 64
        return ballot.receipt


def _close(world: World, poll_id: str) -> None:
    with Session(world.engine) as s:
        version = s.get(Poll, poll_id).version  # type: ignore[union-attr]
    change = {"entity": "poll", "id": poll_id, "base_version": version, "data": {"state": "closed"}}
    assert world.push("chair", change)[0]["status"] == "applied"


def _all_rows(world: World) -> list[str]:
    """Every stored row of every table, as text (what an administrator can read)."""
    rows = []
    with world.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.info.get("scope") == "local":
                continue
            for row in conn.execute(text(f'SELECT * FROM "{table.name}"')):
                rows.append(json.dumps([str(v) for v in row]))
    return rows


def test_after_a_secret_poll_closes_no_stored_row_links_a_voter_to_a_choice(
    world: World,
) -> None:
    poll_id, laptops = _poll(world, secret=True)
    choices = {"an": OPTIONS[0]["id"], "binh": OPTIONS[1]["id"], "cuong": OPTIONS[0]["id"]}
    receipts = {lap.username: _vote(lap, poll_id, choices[lap.username]) for lap in laptops}
    _close(world, poll_id)
    with Session(world.engine) as s:
        poll = s.get(Poll, poll_id)
        assert poll is not None and poll.results["counts"] == {
            OPTIONS[0]["id"]: 2,
            OPTIONS[1]["id"]: 1,
        }
        ballots = s.scalars(select(Ballot).where(Ballot.poll_id == poll_id)).all()
        assert {b.voter_id for b in ballots} == {lap.person_id for lap in laptops}  # who voted
        assert all(b.option_id == "" and b.signature is None and b.receipt is None for b in ballots)
        kept = s.scalars(select(SecretChoice).where(SecretChoice.poll_id == poll_id)).all()
        assert sorted((c.receipt, c.option_id) for c in kept) == sorted(
            (receipts[n], choices[n]) for n in choices
        )
    rows = _all_rows(world)
    for lap in laptops:
        links = {lap.person_id, ballot_id(poll_id, lap.person_id)}
        for row in rows:
            if any(link in row for link in links):
                assert receipts[lap.username] not in row and choices[lap.username] not in row, row
    # each voter's laptop keeps its own choice and receipt, also after pulling again
    for lap in laptops:
        lap.client.sync()
        with Session(lap.engine) as s:
            mine = s.get(Ballot, ballot_id(poll_id, lap.person_id))
            assert mine is not None and mine.option_id == choices[lap.username]
            assert mine.receipt == receipts[lap.username]
    board = world.http.get(f"/api/v1/polls/{poll_id}/board").json()  # no sign-in
    assert board["secret"] and all(set(e) == {"receipt", "option_id"} for e in board["entries"])
    assert {e["receipt"] for e in board["entries"]} == set(receipts.values())


def _verify_board(board: dict[str, Any], folder: Path, *argv: str) -> int:
    path = folder / "board.json"
    path.write_text(json.dumps(board, ensure_ascii=False), "utf-8")
    return main(["verify-board", str(path), *argv])


def test_an_open_polls_board_names_voters_and_verifies_offline(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    poll_id, laptops = _poll(world, secret=False)
    assert world.http.get(f"/api/v1/polls/{poll_id}/board").status_code == 404  # still open
    receipt = _vote(laptops[0], poll_id, OPTIONS[1]["id"])
    _vote(laptops[1], poll_id, OPTIONS[0]["id"])
    _close(world, poll_id)
    board = world.http.get(f"/api/v1/polls/{poll_id}/board").json()
    assert {e["voter"] for e in board["entries"]} == {"an", "binh"}
    with Session(world.engine) as s:
        assert s.get(Poll, poll_id).results["board_head"] == board["head"]  # type: ignore[union-attr]
    store_key = world.http.get("/api/v1/health").json()["store_key"]
    folder = world.root
    assert _verify_board(board, folder, "--receipt", receipt, "--store-key", store_key) == 0
    out = capsys.readouterr().out
    assert "on the board" in out and OPTIONS[1]["id"] in out and board["head"] in out
    assert _verify_board(board, folder, "--receipt", "0" * 64) == 1
    assert "NOT on the board" in capsys.readouterr().out
    dropped = {**board, "entries": board["entries"][1:]}
    assert _verify_board(dropped, folder) == 3
    assert "signature does not verify" in capsys.readouterr().out
    other_key = "A" * 43 + "="
    assert _verify_board(board, folder, "--store-key", other_key) == 3
    (folder / "board.json").write_text("{broken", "utf-8")
    assert main(["verify-board", str(folder / "board.json")]) == 2


def test_changing_a_ballot_before_the_close_replaces_its_receipt(world: World) -> None:
    poll_id, laptops = _poll(world, secret=True)
    first = _vote(laptops[0], poll_id, OPTIONS[0]["id"])
    second = _vote(laptops[0], poll_id, OPTIONS[1]["id"])
    assert first != second
    _close(world, poll_id)
    board = world.http.get(f"/api/v1/polls/{poll_id}/board").json()
    assert [(e["receipt"], e["option_id"]) for e in board["entries"]] == [
        (second, OPTIONS[1]["id"])
    ]
