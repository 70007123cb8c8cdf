"""The speakers' queue: requests arrive live on the chair's screen in the store's order
(whatever the laptops' clocks say), the chair moves one, gives and ends the floor, and
members see their place and when they have the floor."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.run.speakers import Speaker
from meetings_app.app.speaking import SpeakingService
from meetings_app.ui.run.run_mode import RunModeWidget
from meetings_app.ui.run.speakers_model import SpeakersModel
from meetings_app.ui.run.speakers_panel import SpeakerQueuePanel
from tests.live.conftest import Meeting
from tests.live.helpers import connected, run_services, synced
from tests.support.live import LiveLaptop


def test_speakers_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SpeakersModel()
    model.set_speakers(
        [
            Speaker("a", "Alice", "speaking", None, None, 65.0, False),
            Speaker("b", "Bob", "waiting", 1, None, 0.0, True),
            Speaker("c", "Carol", "done", None, None, 30.0, False),
        ]
    )
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["", "1", ""]
    assert model.data(model.index(2, 3)) == "0:30"
    assert model.data(model.index(1, 1)) == "Bob ⟳"  # not yet on the store


def speaking(laptop: LiveLaptop, skew: dt.timedelta) -> SpeakingService:
    """A member's speaking service whose laptop clock is off by ``skew``."""
    return SpeakingService(
        laptop.engine,
        LocalWriter(laptop.engine, laptop.person_id),
        laptop.person_id,
        now=lambda: dt.datetime.now(dt.UTC) + skew,
    )


def test_queue_live_on_the_chairs_screen(qtbot: QtBot, meeting: Meeting) -> None:
    chair, alice, bob = meeting.laptop("chair"), meeting.laptop("alice"), meeting.laptop("bob")
    connected(qtbot, chair, alice, bob)
    m, item = meeting.ids["meeting"], meeting.ids["item1"]
    run = run_services(chair)
    widget = RunModeWidget(run.meeting, m)
    panel = SpeakerQueuePanel(run.speakers, m)
    widget.add_part(panel, "Speakers")
    qtbot.addWidget(widget)
    widget.sig_changed.connect(chair.sync.sync_now)
    chair.sync.sig_sync_finished.connect(lambda _r: widget.refresh())
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: panel.item_id == item, timeout=5_000)

    def names() -> list[tuple[str, str]]:
        return [(s.name, s.state) for s in panel.model._speakers]

    alice_speaks = speaking(alice, dt.timedelta(hours=1))  # clock an hour fast
    bob_speaks = speaking(bob, dt.timedelta(hours=-1))  # an hour slow
    alice_speaks.request(m, item)
    synced(qtbot, alice)
    qtbot.waitUntil(lambda: names() == [("Alice", "waiting")], timeout=8_000)
    bob_speaks.request(m, item)
    synced(qtbot, bob)
    # bob asked later: he is second, although his laptop says he asked two hours earlier
    qtbot.waitUntil(lambda: names() == [("Alice", "waiting"), ("Bob", "waiting")], timeout=8_000)

    panel.table.selectRow(1)
    panel.up_button.click()  # the chair moves bob ahead
    qtbot.waitUntil(lambda: names() == [("Bob", "waiting"), ("Alice", "waiting")], timeout=5_000)
    qtbot.waitUntil(lambda: bob_speaks.state(m, item).place == 1, timeout=8_000)
    qtbot.waitUntil(lambda: alice_speaks.state(m, item).place == 2, timeout=8_000)

    panel.table.selectRow(0)
    panel.give_button.click()
    qtbot.waitUntil(lambda: bob_speaks.state(m, item).my_state == "speaking", timeout=5_000)
    qtbot.waitUntil(lambda: names()[0] == ("Bob", "speaking"), timeout=8_000)
    qtbot.wait(1100)
    assert panel.model.spoken(0) >= 1.0
    panel.table.selectRow(0)
    panel.end_button.click()
    qtbot.waitUntil(lambda: ("Bob", "done") in names(), timeout=5_000)
    bob_turn = next(s for s in panel.model._speakers if s.name == "Bob")
    assert 1.0 <= bob_turn.spoken_s < 60  # measured on the store's clock
    qtbot.waitUntil(lambda: bob_speaks.state(m, item).my_state is None, timeout=8_000)
    assert alice_speaks.state(m, item).place == 1
