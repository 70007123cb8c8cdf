"""Every connected laptop hears of a change within a second, and misses nothing when the
event stream drops (the store restarted)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from meetings_app.domain.models import AgendaItem
from meetings_app.domain.models import Meeting as MeetingRow
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.sync.local import record_change
from tests.live.conftest import Meeting
from tests.support.live import LiveLaptop


def _title(laptop: LiveLaptop, item_id: str) -> str | None:
    with Session(laptop.engine) as s:
        row = s.get(AgendaItem, item_id)
        return row.title if row is not None else None


def _connected(qtbot: QtBot, *laptops: LiveLaptop) -> None:
    for laptop in laptops:
        with qtbot.waitSignal(laptop.sync.sig_sync_finished, timeout=10_000):
            laptop.start()
    qtbot.waitUntil(lambda: all(lp.sync.live_state == "live" for lp in laptops), timeout=5_000)


def test_a_change_reaches_other_laptops_within_a_second(qtbot: QtBot, meeting: Meeting) -> None:
    secretary, bob = meeting.laptop("secretary"), meeting.laptop("bob")
    _connected(qtbot, secretary, bob)
    item = meeting.ids["item1"]
    with Session(secretary.engine) as s, s.begin():
        row = s.get(AgendaItem, item)
        assert row is not None
        row.title = "Dự thảo Nghị định (sửa đổi)"
        record_change(s, row)
        # the meeting is published: the edit is an amendment, published in the same push
        held = s.get(MeetingRow, meeting.ids["meeting"])
        assert held is not None
        release = record_change(s, held)
        release.data = {**release.data, "release_amendments": "publish"}
    with qtbot.waitSignal(secretary.sync.sig_sync_finished, timeout=10_000):
        secretary.sync.sync_now()  # the secretary's push (the window does this on save)
    pushed = time.monotonic()
    # bob never asks: his event stream tells him, and his laptop pulls
    qtbot.waitUntil(lambda: _title(bob, item) == "Dự thảo Nghị định (sửa đổi)", timeout=3_000)
    assert time.monotonic() - pushed < 1.0


def test_stream_killed_reconnects_and_nothing_is_missed(qtbot: QtBot, meeting: Meeting) -> None:
    bob = meeting.laptop("bob")
    _connected(qtbot, bob)
    meeting.store.stop()  # every stream drops
    qtbot.waitUntil(lambda: bob.sync.live_state == "offline", timeout=10_000)
    assert not bob.feed.connected.is_set()
    # changes made while bob's stream was down (another store process, say)
    engine = meeting.store.engine()
    with write_session(engine) as s:
        for n, key in enumerate(("item1", "item2")):
            row = s.get(AgendaItem, meeting.ids[key])
            assert row is not None
            row.title = f"Đổi khi mất kết nối {n}"
            record_server_change(s, row)
    engine.dispose()
    meeting.store.start()  # same address: bob reconnects by himself, with no "Sync now"
    qtbot.waitUntil(lambda: bob.sync.live_state == "live", timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            [_title(bob, meeting.ids[k]) for k in ("item1", "item2")]
            == ["Đổi khi mất kết nối 0", "Đổi khi mất kết nối 1"]
        ),
        timeout=5_000,
    )
