"""The member's ballots panel says whether their ballot is on the closed poll's board:
quietly when it is, loudly when it is missing or the board does not verify."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from meetings_app.app.polls import BoardStatus, PollsService
from meetings_app.domain.models import Ballot
from meetings_app.security import signing
from meetings_app.security.ballot_board import build_board
from meetings_app.ui.polls.panel import PollsPanel
from tests.support.member_meeting import MemberStore, member_meeting

RECEIPT = "ab" * 32
KEY = signing.new_private_key()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MemberStore]:
    s = member_meeting(tmp_path)
    with Session(s.engine) as session, session.begin():
        session.execute(update(Ballot).where(Ballot.id == "b-me").values(receipt=RECEIPT))
    yield s
    s.engine.dispose()


def board_for(store: MemberStore, receipts: list[str]) -> dict[str, Any]:
    poll = {"id": store.public_closed, "question": "?", "secret": False, "closed_at": ""}
    poll["options"] = [{"id": "yes", "label": "Có"}, {"id": "no", "label": "Không"}]
    entries = [{"receipt": r, "option_id": "yes", "voter": "Thành viên"} for r in receipts]
    return build_board(poll, entries, KEY)


def panel_with(qtbot, store: MemberStore, board: dict[str, Any] | None) -> PollsPanel:  # type: ignore[no-untyped-def]
    service = PollsService(
        store.engine, store.writer, store.me, store.device, now=store.now, board=lambda _p: board
    )
    panel = PollsPanel(service)
    qtbot.addWidget(panel)
    panel.model.now = store.now
    with qtbot.waitSignal(panel.sig_loaded):
        panel.set_meeting(store.meeting)
    panel.select_poll(store.public_closed)
    qtbot.waitUntil(lambda: "Checking" not in panel.board.text())
    return panel


def test_a_ballot_on_the_board_is_confirmed(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = panel_with(qtbot, store, board_for(store, ["cd" * 32, RECEIPT]))
    assert "on the board" in panel.board.text() and not panel.board.alarm
    assert panel.board.isVisibleTo(panel)


def test_a_missing_ballot_is_a_loud_warning(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = panel_with(qtbot, store, board_for(store, ["cd" * 32]))
    assert panel.board.alarm and "NOT on the published board" in panel.board.text()


def test_a_board_that_does_not_verify_is_a_loud_warning(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    board = board_for(store, [RECEIPT])
    board["counts"] = {"yes": 0, "no": 1}  # changed after signing
    panel = panel_with(qtbot, store, board)
    assert panel.board.alarm and "does not verify" in panel.board.text()


def test_no_board_yet_is_said_quietly(store: MemberStore) -> None:
    service = PollsService(store.engine, store.writer, store.me, board=lambda _p: None)
    assert service.board_status(store.public_closed) is BoardStatus.NOT_PUBLISHED
    assert service.board_status(store.open_poll) is BoardStatus.NO_RECEIPT
