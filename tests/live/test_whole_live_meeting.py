"""A whole meeting, live, with a real store and four laptops: the chair, the secretary and
two members, one of them (bob) offline for part of the meeting; the store restarts in the
middle (every event stream drops) and nobody misses anything."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from meetings_app.app.polls import Delivery
from meetings_app.app.reports import ReportsService
from meetings_app.domain.models import Meeting as MeetingRow
from tests.live.conftest import Meeting
from tests.live.helpers import Offline, connected, polls, run_services, synced
from tests.live.test_speakers import speaking
from tests.support.live import LiveLaptop


def current_item(laptop: LiveLaptop, meeting_id: str) -> str | None:
    with Session(laptop.engine) as s:
        row = s.get(MeetingRow, meeting_id)
        return row.current_item_id if row is not None else None


def test_a_whole_meeting_live(qtbot: QtBot, meeting: Meeting) -> None:
    chair, sec, alice, bob = (meeting.laptop(u) for u in ("chair", "secretary", "alice", "bob"))
    connected(qtbot, chair, sec, alice, bob)
    m, item1, item2 = meeting.ids["meeting"], meeting.ids["item1"], meeting.ids["item2"]
    run, sec_run = run_services(chair), run_services(sec)
    everyone = (sec, alice, bob)

    # the chair opens the meeting: every laptop moves to the first item
    run.meeting.start(m)
    synced(qtbot, chair)
    qtbot.waitUntil(lambda: all(current_item(lp, m) == item1 for lp in everyone), timeout=5_000)
    # follow the presenter: the chair leads to page 2 of the draft
    with qtbot.waitSignal(alice.sync.sig_follow, timeout=5_000) as moved:
        chair.client.follow(m, meeting.ids["doc"], 2, True)
    assert (moved.args[0]["document_id"], moved.args[0]["page"]) == (meeting.ids["doc"], 2)
    # the speaker queue: alice asks, the chair gives her the floor
    speaking(alice, dt.timedelta(0)).request(m, item1)
    synced(qtbot, alice)
    qtbot.waitUntil(
        lambda: [s.name for s in run.speakers.queue(m, item1)] == ["Alice"], timeout=5_000
    )
    run.speakers.give_floor(run.speakers.queue(m, item1)[0].request_id)
    synced(qtbot, chair)
    qtbot.waitUntil(
        lambda: speaking(alice, dt.timedelta(0)).state(m, item1).my_state == "speaking",
        timeout=5_000,
    )
    # an open vote with a live tally
    vote = run.votes.create(
        m,
        item1,
        "Thông qua dự thảo?",
        [("approve", "Tán thành"), ("reject", "Không")],
        secret=False,
    )
    run.votes.open(vote)
    synced(qtbot, chair)
    qtbot.waitUntil(lambda: any(p.id == vote for p in polls(alice).polls(m)), timeout=5_000)
    polls(alice).cast(vote, "approve")
    synced(qtbot, alice)
    qtbot.waitUntil(lambda: run.votes.votes(m)[0].cast == 1, timeout=5_000)
    assert run.votes.votes(m)[0].voters == ("Alice",)

    # the store restarts mid-meeting: every stream drops, every laptop reconnects by itself
    meeting.store.stop()
    qtbot.waitUntil(
        lambda: all(lp.sync.live_state != "live" for lp in (chair, alice)), timeout=10_000
    )
    meeting.store.start()
    qtbot.waitUntil(
        lambda: all(lp.sync.live_state == "live" for lp in (chair, sec, alice, bob)), timeout=15_000
    )

    # bob goes offline (a tunnel); he votes there; the chair closes the vote meanwhile
    with Offline(qtbot, bob):
        polls(bob).cast(vote, "reject")
        run.votes.close(vote)
        synced(qtbot, chair)
        qtbot.waitUntil(lambda: run.votes.votes(m)[0].counts != (), timeout=5_000)
        # the chair moves on; a secret vote on the next item
        run.meeting.move_to(m, item2)
        secret = run.votes.create(
            m, item2, "Bỏ phiếu kín", [("a", "Có"), ("b", "Không")], secret=True
        )
        run.votes.open(secret)
        synced(qtbot, chair)
        qtbot.waitUntil(lambda: any(p.id == secret for p in polls(alice).polls(m)), timeout=5_000)
        polls(alice).cast(secret, "a")
        synced(qtbot, alice)
        qtbot.waitUntil(lambda: run.votes.votes(m)[0].cast == 1, timeout=5_000)
        assert run.votes.votes(m)[0].voters == ()  # a secret vote names nobody
    # bob is back: his late ballot is refused, visibly; he caught up with everything
    qtbot.waitUntil(lambda: polls(bob).poll(vote).delivery is Delivery.REFUSED, timeout=5_000)
    assert polls(bob).poll(vote).refusal_code == "POLL_CLOSED"
    assert current_item(bob, m) == item2
    assert dict(polls(bob).poll(vote).results.counts) == {"Tán thành": 1, "Không": 0}  # type: ignore[union-attr]
    polls(bob).cast(secret, "b")
    synced(qtbot, bob)
    run.votes.close(secret)
    synced(qtbot, chair)
    qtbot.waitUntil(
        lambda: dict(run.votes.votes(m)[0].counts) == {"Có": 1, "Không": 1}, timeout=5_000
    )

    # minutes: prefilled, approved, published; the members receive them
    text = sec_run.minutes.prefill(m, item1)
    assert "Alice" in text and "Thông qua dự thảo?" in text
    sec_run.minutes.save(m, item1, text)
    synced(qtbot, sec)
    qtbot.waitUntil(lambda: run.minutes.get(m, item1).minutes_id is not None, timeout=5_000)
    run.minutes.approve(m, item1)
    synced(qtbot, chair)
    qtbot.waitUntil(lambda: sec_run.minutes.get(m, item1).state == "approved", timeout=5_000)
    sec_run.minutes.publish(m, item1)
    synced(qtbot, sec)
    member_minutes = run_services(bob).minutes
    qtbot.waitUntil(lambda: member_minutes.get(m, item1).state == "published", timeout=5_000)
    assert ReportsService(bob.engine, lambda _v: b"", bob.person_id).minutes(m).startswith(b"%PDF")
    run.meeting.end(m)
    synced(qtbot, chair)
    qtbot.waitUntil(
        lambda: (
            current_item(alice, m) == item2
            and run_services(alice).meeting.state(m).status == "closed"
        ),
        timeout=5_000,
    )
