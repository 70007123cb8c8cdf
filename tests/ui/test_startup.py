"""Start-up: the window first, its data next.

The shell window (menus, toolbar, an empty meeting list saying the store is opening,
status bar) is built without importing the data stack; the services are attached once
open, and the meeting list then fills.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from meetings_app.app.services import ClientServices
from meetings_app.ui.client import attach_services
from meetings_app.ui.main_window import ACTION_POLLS, MainWindow
from tests.support.reader_meeting import ReaderStore

HEAVY = ("sqlalchemy", "alembic", "pypdf", "reportlab", "httpx", "cryptography", "keyring")

SHELL = """
import json, sys
from PySide6.QtWidgets import QApplication
from meetings_app.ui import client
from meetings_app.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow()
window.show()
app.processEvents()
print(json.dumps([m for m in %r if m in sys.modules]))
"""


def test_the_shell_window_imports_no_data_stack() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SHELL % (HEAVY,)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_shell_then_attach_fills_the_meeting_list(
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.attached
    assert window.meeting_list.placeholder  # "opening the meetings kept on this computer"
    assert window.meeting_list.isRowHidden(0, window.meeting_list.rootIndex())
    assert not window.action(ACTION_POLLS).isEnabled()
    window.refresh()  # nothing to load yet: no error

    attach_services(window, services, None, interval_ms=3_600_000)
    assert window.attached and window.sync is not None
    assert window.action(ACTION_POLLS).isEnabled()  # the member's panels are wired
    window.refresh()
    qtbot.waitUntil(lambda: window.current_meeting is not None, timeout=10_000)
    assert window.meeting_list.placeholder == ""
    assert not window.meeting_list.isRowHidden(0, window.meeting_list.rootIndex())
    assert store.meeting in {m.id for m in window.meeting_list.list_model.meetings()}


def test_a_window_is_attached_once(qtbot, services: ClientServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.attached
    with pytest.raises(RuntimeError):
        window.attach(services)
