"""Minutes per agenda item: prefilled from the meeting, saved by the secretary (members do
not see the draft), approved by the chair, published: members receive them and get the
PDF from the reports engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from meetings_app.app.reports import ReportsService
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Minutes
from meetings_app.ui.run.minutes_panel import MinutesPanel
from meetings_app.ui.run.minutes_pdf import MinutesPdfAction
from tests.live.conftest import Meeting
from tests.live.helpers import connected, run_services, synced
from tests.support.live import LiveLaptop


def _minutes_on(laptop: LiveLaptop) -> list[tuple[str, str]]:
    with Session(laptop.engine) as s:
        return [(m.state, m.text[:40]) for m in s.query(Minutes)]


def test_minutes_written_approved_published_and_received(
    qtbot: QtBot, meeting: Meeting, tmp_path: Path
) -> None:
    secretary, chair, bob = (meeting.laptop(u) for u in ("secretary", "chair", "bob"))
    connected(qtbot, secretary, chair, bob)
    m, item = meeting.ids["meeting"], meeting.ids["item1"]
    sec_run, chair_run = run_services(secretary), run_services(chair)
    chair_run.meeting.start(m)
    synced(qtbot, chair)
    qtbot.waitUntil(lambda: sec_run.meeting.state(m).running, timeout=5_000)

    panel = MinutesPanel(sec_run.minutes, m)
    qtbot.addWidget(panel)
    panel.sig_changed.connect(secretary.sync.sync_now)
    panel.show()
    with qtbot.waitSignal(panel.sig_failed, timeout=500, raising=False) as failed:
        panel.set_run_state(sec_run.meeting.state(m))
    assert not failed.signal_triggered
    assert panel.item_id() == item  # the item under discussion
    panel.prefill_button.click()
    qtbot.waitUntil(lambda: "# Dự thảo Nghị định" in panel.text(), timeout=5_000)
    assert "Thành phần tham dự" in panel.text() and "Chair" in panel.text()  # connected
    panel.editor.appendPlainText("Chính phủ thống nhất thông qua dự thảo.")
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.state.text().startswith("Draft"), timeout=5_000)
    assert not panel.publish_button.isEnabled()  # the chair approves first
    qtbot.waitUntil(lambda: [s for s, _ in _minutes_on(chair)] == ["draft"], timeout=5_000)
    assert _minutes_on(bob) == []  # a draft stays with the organisers and the chair
    with pytest.raises(AppError) as refused:
        chair_run.minutes.publish(m, item)
    assert refused.value.code == "MINUTES_STATE"  # nothing is published unapproved
    chair_run.minutes.approve(m, item)
    synced(qtbot, chair)
    with pytest.raises(AppError) as refused:
        chair_run.minutes.publish(m, item)
    assert refused.value.code == "FORBIDDEN"  # the secretary publishes
    qtbot.waitUntil(lambda: [s for s, _ in _minutes_on(secretary)] == ["approved"], timeout=5_000)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.publish_button.isEnabled(), timeout=5_000)
    panel.publish_button.click()
    qtbot.waitUntil(lambda: [s for s, _ in _minutes_on(bob)] == ["published"], timeout=5_000)
    # a member saves them from Meeting → Minutes of this meeting (PDF)…
    saver = MinutesPdfAction(
        QObject(), ReportsService(bob.engine, lambda _v: b"", bob.person_id).minutes
    )
    with qtbot.waitSignal(saver.sig_saved, timeout=10_000):
        saver.save_to(m, tmp_path / "bien-ban.pdf")
    assert (tmp_path / "bien-ban.pdf").read_bytes().startswith(b"%PDF")
