"""Screenshots of meeting mode for docs/screenshots (not collected by pytest).

    QT_QPA_PLATFORM=offscreen python -m tests.live.screenshots

A real store in-process with a Cabinet-like meeting; the chair's laptop runs the meeting,
members ask to speak and vote from theirs; each tab of meeting mode is grabbed offscreen
(Vietnamese, as the app starts).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.polls import PollsService
from meetings_app.app.speaking import SpeakingService
from meetings_app.domain.clock import utc_now
from meetings_app.domain.models import AgendaItem
from meetings_app.ui.i18n import install_translator
from meetings_app.ui.run.attendance_panel import AttendancePanel
from meetings_app.ui.run.run_mode import RunModeWidget
from meetings_app.ui.run.speakers_panel import SpeakerQueuePanel
from meetings_app.ui.run.votes_panel import LiveVotesPanel
from tests.live.helpers import run_services
from tests.support.factories import World
from tests.support.live import LiveLaptop, LiveStore

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PEOPLE = [
    ("thutuong", "Phạm Minh Chính", "chair"),
    ("vpcp", "Trần Văn Sơn", "secretary"),
    ("bt.tuphap", "Nguyễn Hải Ninh", "member"),
    ("bt.noivu", "Phạm Thị Thanh Trà", "member"),
    ("bt.taichinh", "Nguyễn Văn Thắng", "member"),
    ("bt.congan", "Lương Tam Quang", "member"),
]
ITEMS = [
    ("Dự thảo Nghị định về Chính phủ điện tử", "Bộ Thông tin và Truyền thông", 30),
    ("Báo cáo tình hình kinh tế - xã hội tháng 11", "Bộ Kế hoạch và Đầu tư", 45),
    ("Dự án Luật Tổ chức chính quyền địa phương (sửa đổi)", "Bộ Nội vụ", 40),
    ("Các vấn đề khác", "Văn phòng Chính phủ", 15),
]


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = QApplication(sys.argv)
    install_translator(app, "vi")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        world = World(
            f"sqlite:///{root / 'central.db'}", root / "server", events_keepalive=1.0, clock=utc_now
        )
        for username, name, _role in PEOPLE:
            world.person(username, full_name=name)
        m = world.meeting("Phiên họp Chính phủ thường kỳ tháng 11/2026")
        for username, _name, role in PEOPLE:
            world.participant(m, username, role)
        items = []
        for n, (title, presenter, minutes) in enumerate(ITEMS, 1):
            row = AgendaItem(
                meeting_id=m, title=title, presenter=presenter, duration_min=minutes, position=n
            )
            items.append(world.put(row).id)
        settings = world.settings
        world.close()
        store = LiveStore(settings)
        store.start()
        laptops = {u: LiveLaptop(store, u, root / u) for u, _n, _r in PEOPLE[:5]}
        for laptop in laptops.values():
            laptop.start()
        pump(app, 3)
        chair = laptops["thutuong"]
        run = run_services(chair)
        widget = RunModeWidget(run.meeting, m)
        widget.add_part(
            SpeakerQueuePanel(run.speakers, m), app.translate("RunModeWiring", "Speakers")
        )
        votes = LiveVotesPanel(run.votes, m)
        widget.add_part(votes, app.translate("RunModeWiring", "Votes"))
        widget.add_part(
            AttendancePanel(run.attendance, run.meeting, m),
            app.translate("RunModeWiring", "Attendance"),
        )
        widget.sig_changed.connect(chair.sync.sync_now)
        chair.sync.sig_sync_finished.connect(lambda _r: widget.refresh())
        widget.resize(1100, 680)
        widget.show()
        widget.refresh()
        pump(app, 1)
        widget.start()
        pump(app, 2)
        widget.next_item()  # the first item took its time; the second is under discussion
        pump(app, 2)
        widget.tabs.setCurrentIndex(0)
        pump(app, 1)
        OUT.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(OUT / "meeting-mode.png"))
        # members ask to speak; the chair gives the floor to one
        for username in ("bt.noivu", "bt.tuphap", "bt.taichinh"):
            lap = laptops[username]
            SpeakingService(
                lap.engine, LocalWriter(lap.engine, lap.person_id), lap.person_id
            ).request(m, items[1])
            lap.sync.sync_now()
            pump(app, 0.7)
        pump(app, 2)
        widget.tabs.setCurrentIndex(1)
        speakers = widget.tabs.currentWidget()
        speakers.table.selectRow(0)
        speakers.give_button.click()
        pump(app, 4)
        widget.grab().save(str(OUT / "speaker-queue.png"))
        # a live vote: three of five have voted
        widget.tabs.setCurrentIndex(2)
        votes.new_question.setText("Thông qua Báo cáo tình hình kinh tế - xã hội tháng 11/2026")
        votes.create_vote()
        pump(app, 2)
        votes.open_button.click()
        pump(app, 3)
        for username, choice in (
            ("bt.tuphap", "approve"),
            ("bt.noivu", "approve"),
            ("bt.taichinh", "abstain"),
        ):
            lap = laptops[username]
            poll = votes.selected_id
            assert poll is not None
            PollsService(lap.engine, LocalWriter(lap.engine, lap.person_id), lap.person_id).cast(
                poll, choice
            )
            lap.sync.sync_now()
            pump(app, 0.7)
        pump(app, 3)
        widget.grab().save(str(OUT / "live-vote.png"))
        votes.close_button.click()
        pump(app, 4)
        widget.grab().save(str(OUT / "vote-result.png"))
        widget.tabs.setCurrentIndex(3)
        pump(app, 3)
        widget.grab().save(str(OUT / "attendance.png"))
        widget.close()
        for laptop in laptops.values():
            laptop.close()
        pump(app, 1)
        store.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
