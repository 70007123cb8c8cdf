"""Every keyboard shortcut of the main window does one thing: two actions on one key
sequence make Qt refuse both ("Ambiguous shortcut"), so neither works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QKeySequence

from meetings_app.app.services import ClientServices
from meetings_app.ui.client import build_window
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.run.install import install_run_mode
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def window(qtbot, services: ClientServices, store: ReaderStore) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build_window(services, None)
    assert win.sync is not None
    install_run_mode(win, store.me, win.sync)  # as a signed-in client has it
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Each key sequence the window's actions answer to, with the actions that claim it."""
    claimed: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key:
                claimed.setdefault(key, []).append(action.text() or action.objectName())
    return claimed


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    claimed = shortcuts(window)
    assert len(claimed) > 15  # the reading window's menus, viewer and tools are all there
    assert {key: names for key, names in claimed.items() if len(names) > 1} == {}


def test_save_a_copy_and_ask_to_speak_have_their_own_keys(window: MainWindow) -> None:
    claimed = shortcuts(window)
    save_as = QKeySequence(QKeySequence.StandardKey.SaveAs).toString(
        QKeySequence.SequenceFormat.PortableText
    )
    assert len(claimed.get(save_as, [])) == 1
    asking = [key for key, names in claimed.items() if window.tr("Ask to speak") in names]
    assert asking and asking != [save_as]
