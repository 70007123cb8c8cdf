"""In-meeting votes: created on the current item, ballots counted live on the chair's
screen (names only for open votes), closed with the result on every laptop; a chair
offline during the vote still closes it; a ballot that arrives after the close is refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from meetings_app.app.polls import Delivery
from meetings_app.app.run.live_votes import LiveVote
from meetings_app.domain.ballots import PollState
from meetings_app.ui.run.run_mode import RunModeWidget
from meetings_app.ui.run.votes_model import LiveVotesModel
from meetings_app.ui.run.votes_panel import LiveVotesPanel
from tests.live.conftest import Meeting
from tests.live.helpers import Offline, connected, polls, run_services, synced


def test_votes_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LiveVotesModel()
    vote = LiveVote(
        "v",
        "i",
        "Thông qua dự thảo?",
        (("approve", "Tán thành"),),
        False,
        PollState.OPEN,
        2,
        5,
        ("Alice",),
        (),
        None,
        None,
        False,
    )
    model.set_votes([vote])
    qtmodeltester.check(model)
    assert "2" in model.data(model.index(0)) and "5" in model.data(model.index(0))


def _chair_screen(qtbot: QtBot, meeting: Meeting, chair) -> tuple[RunModeWidget, LiveVotesPanel]:  # type: ignore[no-untyped-def]
    run = run_services(chair)
    widget = RunModeWidget(run.meeting, meeting.ids["meeting"])
    panel = LiveVotesPanel(run.votes, meeting.ids["meeting"])
    widget.add_part(panel, "Votes")
    qtbot.addWidget(widget)
    widget.sig_changed.connect(chair.sync.sync_now)
    chair.sync.sig_sync_finished.connect(lambda _r: widget.refresh())
    widget.show()
    with qtbot.waitSignal(widget.sig_state, timeout=5_000):
        widget.refresh()
    widget.start()
    qtbot.waitUntil(lambda: widget.state is not None and widget.state.running, timeout=5_000)
    qtbot.waitUntil(lambda: panel.create_button.isEnabled(), timeout=5_000)
    return widget, panel


def _create(qtbot: QtBot, panel: LiveVotesPanel, question: str, *, secret: bool) -> str:
    panel.new_question.setText(question)
    panel.secret.setChecked(secret)
    panel.create_button.click()
    qtbot.waitUntil(
        lambda: panel.selected() is not None and panel.selected().question == question,
        timeout=5_000,
    )
    vote = panel.selected()
    assert vote is not None
    panel.open_button.click()
    qtbot.waitUntil(
        lambda: (
            panel.selected() is not None
            and panel.selected().state is PollState.OPEN
            and not panel.selected().pending
        ),
        timeout=5_000,
    )
    return vote.id


def test_open_vote_counted_live_and_announced(qtbot: QtBot, meeting: Meeting) -> None:
    chair, alice, bob = meeting.laptop("chair"), meeting.laptop("alice"), meeting.laptop("bob")
    connected(qtbot, chair, alice, bob)
    _widget, panel = _chair_screen(qtbot, meeting, chair)
    vote_id = _create(qtbot, panel, "Thông qua dự thảo Nghị định?", secret=False)
    # chair and two members vote; the count comes with the store's copy of the open vote
    qtbot.waitUntil(lambda: panel.tally.text() == "0 of 3 ballots", timeout=8_000)
    # the vote reaches the members within a second of the chair's push
    qtbot.waitUntil(
        lambda: any(p.id == vote_id for p in polls(alice).polls(meeting.ids["meeting"])),
        timeout=8_000,
    )
    polls(alice).cast(vote_id, "approve")
    synced(qtbot, alice)
    qtbot.waitUntil(lambda: panel.tally.text() == "1 of 3 ballots", timeout=8_000)
    assert "Alice" in panel.voters.text()  # an open vote names who voted, never the choice
    polls(bob).cast(vote_id, "approve")
    synced(qtbot, bob)
    qtbot.waitUntil(lambda: panel.tally.text() == "2 of 3 ballots", timeout=8_000)
    with qtbot.waitSignal(
        bob.sync.sig_notices,
        timeout=5_000,
        check_params_cb=lambda notices: (
            [(n.kind, n.ref_id) for n in notices] == [("result", vote_id)]
        ),
    ):  # every window shows "the vote has closed" as it arrives
        panel.close_button.click()
    qtbot.waitUntil(lambda: "Adopted: Approve" in panel.result.text(), timeout=5_000)
    assert "Quorum met." in panel.result.text()

    # announced on every screen: bob's laptop holds the result within a second
    def bob_result() -> tuple | None:  # type: ignore[type-arg]
        view = polls(bob).poll(vote_id)
        return view.results.counts if view.results else None

    qtbot.waitUntil(
        lambda: bob_result() == (("Approve", 2), ("Not approve", 0), ("Abstain", 0)), timeout=8_000
    )


def test_secret_vote_chair_offline_and_late_ballot(qtbot: QtBot, meeting: Meeting) -> None:
    chair, alice, bob = meeting.laptop("chair"), meeting.laptop("alice"), meeting.laptop("bob")
    connected(qtbot, chair, alice, bob)
    _widget, panel = _chair_screen(qtbot, meeting, chair)
    vote_id = _create(qtbot, panel, "Bỏ phiếu kín", secret=True)
    qtbot.waitUntil(
        lambda: any(p.id == vote_id for p in polls(alice).polls(meeting.ids["meeting"])),
        timeout=8_000,
    )
    qtbot.waitUntil(
        lambda: any(p.id == vote_id for p in polls(bob).polls(meeting.ids["meeting"])),
        timeout=8_000,
    )
    with Offline(qtbot, alice):
        polls(alice).cast(vote_id, "approve")  # saved on alice's laptop only
        with Offline(qtbot, chair):
            polls(bob).cast(vote_id, "reject")
            synced(qtbot, bob)  # reaches the store while the chair is away: counted
            panel.close_button.click()  # the chair closes offline: queued
            qtbot.waitUntil(
                lambda: panel.selected() is not None and panel.selected().pending, timeout=5_000
            )
        # back online: the close is sent and the chair sees the true result
        qtbot.waitUntil(lambda: "Not approve: 1" in panel.result.text(), timeout=5_000)
        assert "Secret vote" in panel.voters.text() and "Bob" not in panel.voters.text()
        assert "not adopted" in panel.result.text()
    # alice's ballot reached the store after the close: refused, and she sees why
    view = polls(alice).poll(vote_id)
    assert view.delivery is Delivery.REFUSED and view.refusal_code == "POLL_CLOSED"
    assert view.results is not None and dict(view.results.counts)["Approve"] == 0
