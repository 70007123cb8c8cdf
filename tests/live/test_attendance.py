"""Presence and attendance: the store knows whose laptops are connected (from their open
event streams, in the database, so a second store process agrees); the chair sees who is
present and the quorum, records attendance, marks someone on paper present by hand."""

from __future__ import annotations

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.run.attendance import AttendanceService, Attendee, Roll
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Participant
from meetings_app.server.runner import start_in_thread
from meetings_app.ui.run.attendance_model import AttendanceModel
from meetings_app.ui.run.attendance_panel import AttendancePanel
from tests.live.conftest import Meeting
from tests.live.helpers import connected, run_services
from tests.support.live import LiveLaptop


def test_attendance_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AttendanceModel()
    people = (
        Attendee("p1", "a", "Alice", "chair", True, False),
        Attendee("p2", "b", "Bob", "member", False, True),
    )
    model.set_roll(Roll("m", people, "majority", 2, 2, 2, True, True), editable=True)
    qtmodeltester.check(model)
    marks: list[tuple[str, bool]] = []
    model.sig_mark.connect(lambda pid, on: marks.append((pid, on)))
    assert model.setData(model.index(0, 3), 2, 10)  # Qt.CheckState.Checked, CheckStateRole
    assert marks == [("p1", True)]


def _roll(service: AttendanceService, meeting_id: str) -> dict[str, tuple[bool, bool]]:
    return {a.name: (a.connected, a.recorded) for a in service.roll(meeting_id).attendees}


def _connected(laptop: LiveLaptop, meeting_id: str) -> set[str]:
    return laptop.client.presence(meeting_id)


def test_presence_quorum_and_attendance(qtbot: QtBot, meeting: Meeting) -> None:
    chair, alice, bob = meeting.laptop("chair"), meeting.laptop("alice"), meeting.laptop("bob")
    connected(qtbot, chair, alice, bob)
    m = meeting.ids["meeting"]
    run = run_services(chair)
    service = AttendanceService(
        chair.engine,
        LocalWriter(chair.engine, chair.person_id),
        chair.person_id,
        lambda mid: _connected(chair, mid),
    )
    roll = service.roll(m)
    assert _roll(service, m) == {
        "Chair": (True, False),
        "Alice": (True, False),
        "Bob": (True, False),
        "Secretary": (False, False),
    }
    assert (roll.members, roll.present_members, roll.quorum) == (3, 3, True)
    # a second store process on the same database agrees (presence is kept in the database)
    other = start_in_thread(meeting.store.settings)
    try:
        answer = httpx.get(
            f"{other.url}/api/v1/meetings/{m}/presence",
            headers={"Authorization": f"Bearer {chair.token}"},
        )
        assert set(answer.json()["connected"]) == {
            meeting.ids["chair"],
            meeting.ids["alice"],
            meeting.ids["bob"],
        }
    finally:
        other.stop()
    # members do not see who is connected
    with pytest.raises(AppError) as refused:
        alice.client.presence(m)
    assert refused.value.code == "FORBIDDEN"

    bob.sync.halt()  # bob's laptop leaves: his stream closes
    qtbot.waitUntil(lambda: not _roll(service, m)["Bob"][0], timeout=10_000)
    alice.sync.halt()
    qtbot.waitUntil(lambda: not service.roll(m).quorum, timeout=10_000)  # 1 of 3

    panel = AttendancePanel(service, run.meeting, m)
    qtbot.addWidget(panel)
    panel.set_run_state(run.meeting.state(m))
    panel.show()
    with qtbot.waitSignal(panel.model.modelReset, timeout=5_000):
        panel.refresh()
    assert "No quorum" in panel.summary.text()
    panel.sig_changed.connect(chair.sync.sync_now)
    bob_row = next(r for r in range(3) if panel.model.attendee(r).name == "Bob")  # type: ignore[union-attr]
    # bob signs the paper roll: the secretary ticks him present by hand
    panel.model.setData(panel.model.index(bob_row, 3), 2, 10)
    qtbot.waitUntil(lambda: "Quorum reached" in panel.summary.text(), timeout=5_000)
    panel.record_button.click()  # the chair (connected) is recorded too
    qtbot.waitUntil(lambda: _roll(service, m)["Chair"] == (True, True), timeout=5_000)
    engine = meeting.store.engine()

    def recorded() -> set[str]:
        with Session(engine) as s:
            return {p.person_id for p in s.query(Participant).filter_by(meeting_id=m, present=True)}

    # sent at once (the window syncs after each change): the minutes' attendance
    qtbot.waitUntil(lambda: recorded() == {meeting.ids["chair"], meeting.ids["bob"]}, timeout=5_000)
    engine.dispose()
