"""Meeting mode: the chair starts the meeting and moves the agenda; every laptop follows
within a second; a member may look elsewhere and come back with one click."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.run.meeting_run import ItemClock, MeetingRunService, RunState
from meetings_app.domain.models import Meeting
from meetings_app.ui.run.agenda_clock_model import AgendaClockModel
from meetings_app.ui.run.follow_bar import CurrentItemBar
from meetings_app.ui.run.run_mode import RunModeWidget
from tests.live.conftest import Meeting as LiveMeeting
from tests.live.test_live_sync import _connected
from tests.support.live import LiveLaptop


def run_service(laptop: LiveLaptop) -> MeetingRunService:
    return MeetingRunService(
        laptop.engine,
        LocalWriter(laptop.engine, laptop.person_id),
        laptop.person_id,
        now=laptop.sync.store_now,
    )


def _current(laptop: LiveLaptop, meeting_id: str) -> str | None:
    with Session(laptop.engine) as s:
        row = s.get(Meeting, meeting_id)
        return row.current_item_id if row is not None and row.status == "in_progress" else None


def test_agenda_clock_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AgendaClockModel()
    items = (
        ItemClock("a", "1", "First", "Bộ Tư pháp", 600, 700.0, False),
        ItemClock("b", "2", "Second", "", 0, 12.0, True),
    )
    model.set_state(RunState("m", "Meeting", "in_progress", "majority", "b", items, True, False))
    qtmodeltester.check(model)
    assert model.current_row() == 1
    assert model.data(model.index(0, 4)) == "11:40"  # over its 10 minutes
    assert model.data(model.index(0, 3)) == "10:00"
    assert model._over(0) and not model._over(1)


def test_chair_runs_the_meeting_and_members_follow(qtbot: QtBot, meeting: LiveMeeting) -> None:
    chair, bob = meeting.laptop("chair"), meeting.laptop("bob")
    _connected(qtbot, chair, bob)
    m, item1, item2 = meeting.ids["meeting"], meeting.ids["item1"], meeting.ids["item2"]
    widget = RunModeWidget(run_service(chair), m)
    qtbot.addWidget(widget)
    widget.sig_changed.connect(chair.sync.sync_now)
    widget.show()
    with qtbot.waitSignal(widget.model.modelReset, timeout=5_000):
        widget.refresh()
    assert widget.start_button.isVisible() and not widget.end_button.isVisible()
    # bob's window: his bar follows what his laptop syncs
    shown: list[tuple[str, str]] = []
    bar = CurrentItemBar(lambda mid, iid: shown.append((mid, iid)))
    qtbot.addWidget(bar)
    bob_run = run_service(bob)
    bob.sync.sig_sync_finished.connect(lambda _r: bar.set_state(bob_run.state(m)))

    widget.start()
    qtbot.waitUntil(lambda: _current(bob, m) == item1, timeout=5_000)
    qtbot.waitUntil(lambda: shown == [(m, item1)], timeout=2_000)
    assert widget.end_button.isVisible() and "1. Dự thảo Nghị định" in widget.current.text()

    bar.item_shown(item1)  # the window moved as asked: still following
    bar.item_shown(item2)  # bob looks at another item himself
    assert not bar.following and not bar.back_button.isHidden()
    widget.next_item()
    qtbot.waitUntil(lambda: _current(bob, m) == item2, timeout=5_000)
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.current_item_id == item2)
    assert shown == [(m, item1)]  # not following: his view stays where he put it
    bar.back_button.click()  # one click back
    assert shown[-1] == (m, item2) and bar.following

    widget.end_now()
    qtbot.waitUntil(lambda: _current(bob, m) is None, timeout=5_000)
    qtbot.waitUntil(lambda: widget.state is not None and widget.state.status == "closed")
    assert not widget.end_button.isVisible() and not widget.start_button.isVisible()
    with Session(bob.engine) as s:
        row = s.get(Meeting, m)
        assert row is not None and set(row.item_times) == {item1, item2}


def test_clock_follows_the_store_not_the_laptop(qtbot: QtBot, meeting: LiveMeeting) -> None:
    chair = meeting.laptop("chair")
    _connected(qtbot, chair)
    service = run_service(chair)
    service.start(meeting.ids["meeting"])
    with qtbot.waitSignal(chair.sync.sig_sync_finished, timeout=5_000):
        chair.sync.sync_now()
    qtbot.waitUntil(lambda: service.state(meeting.ids["meeting"]).current() is not None)
    # the laptop's clock runs an hour fast; the store's time comes with the events
    chair.feed.clock_offset = dt.timedelta(hours=-1) + chair.feed.clock_offset
    skewed = MeetingRunService(
        chair.engine,
        service._writer,
        chair.person_id,
        now=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=1) + chair.feed.clock_offset,
    )
    current = skewed.state(meeting.ids["meeting"]).current()
    assert current is not None and current.spent_s < 60
