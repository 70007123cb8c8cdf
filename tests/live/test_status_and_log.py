"""The status bar says how this laptop hears of changes; the log file says when it received what."""

from __future__ import annotations

import logging
from pathlib import Path

from pytestqt.qtbot import QtBot

from meetings_app.app.client_log import LOG_NAME, open_client_log
from meetings_app.sync.client import applied_log
from meetings_app.ui.status_bar import SyncStatusBar
from tests.live.conftest import Meeting
from tests.live.helpers import connected


def test_status_bar_live_polling_offline(qtbot: QtBot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.set_online(True)
    bar.set_live("live")
    assert bar.online_label.text().startswith("● Live")
    bar.set_live("polling")
    assert "now and then" in bar.online_label.text()
    bar.set_online(False)
    bar.set_live("offline")
    assert "Offline" in bar.online_label.text()


def test_each_applied_change_is_logged_with_its_seq(
    qtbot: QtBot, meeting: Meeting, tmp_path: Path
) -> None:
    path = open_client_log(tmp_path / "laptop")
    try:
        bob = meeting.laptop("bob")
        connected(qtbot, bob)
        for handler in applied_log.handlers:
            handler.flush()
        lines = [
            line for line in path.read_text(encoding="utf-8").splitlines() if "applied seq=" in line
        ]
        assert any(f"agenda_item {meeting.ids['item1']}" in line for line in lines)
        assert path.name == LOG_NAME
    finally:
        for handler in list(applied_log.handlers):
            applied_log.removeHandler(handler)
            logging.getLogger("meetings_app").removeHandler(handler)
            handler.close()
        applied_log.propagate = True
