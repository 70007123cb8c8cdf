"""Follow the presenter: the chair leads every viewer to a document and page through a
light event on the stream; a participant may step away and rejoin; no marks travel."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from meetings_app.domain.errors import AppError
from meetings_app.ui.run.presenter import PresenterLink
from tests.live.conftest import Meeting
from tests.live.helpers import connected


def test_the_chairs_page_reaches_every_stream(qtbot: QtBot, meeting: Meeting) -> None:
    chair, bob = meeting.laptop("chair"), meeting.laptop("bob")
    connected(qtbot, chair, bob)
    m = meeting.ids["meeting"]
    with qtbot.waitSignal(bob.sync.sig_follow, timeout=8_000) as moved:
        chair.client.follow(m, meeting.ids["doc"], 3, True)
    assert moved.args[0] == {
        "meeting_id": m,
        "by": meeting.ids["chair"],
        "active": True,
        "document_id": meeting.ids["doc"],
        "agenda_item_id": meeting.ids["item1"],
        "version_id": meeting.ids["version"],
        "page": 3,
    }  # the document and the page: nothing of anyone's marks
    with pytest.raises(AppError) as refused:  # a member who does not present may not lead
        bob.client.follow(m, meeting.ids["doc"], 1, True)
    assert refused.value.code == "FORBIDDEN"
    # a laptop connecting later is brought to the presenter's page at once
    alice = meeting.laptop("alice")
    with qtbot.waitSignal(alice.sync.sig_follow, timeout=5_000) as late:
        connected(qtbot, alice)
    assert late.args[0]["page"] == 3


class FakeView(QObject):
    sig_page_changed = Signal(int)

    def current_page(self) -> int:
        return 0


class FakeWindow(QObject):
    """What PresenterLink uses of the main window."""

    sig_document_opened = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.viewer = SimpleNamespace(view=FakeView())
        self.current_meeting = SimpleNamespace(id="m")
        self.current_document: Any = None
        self.open_version = ""
        self.calls: list[tuple[str, ...]] = []

    def go_to_page(self, version: str, page: int) -> bool:
        if version != self.open_version:
            return False
        self.calls.append(("page", str(page)))
        return True

    def show_document(self, meeting: str, item: str | None, doc: str) -> None:
        self.calls.append(("open", doc))


def move(page: int, active: bool = True) -> dict[str, Any]:
    return {
        "meeting_id": "m",
        "by": "chair",
        "active": active,
        "document_id": "d",
        "agenda_item_id": "i",
        "version_id": "v",
        "page": page,
    }


def test_step_away_and_rejoin(qtbot: QtBot) -> None:
    window = FakeWindow()
    link = PresenterLink(window, "bob", send=None)
    link.moved(move(2))
    assert window.calls == [("open", "d")]  # not open yet: opened, then the page
    window.open_version = "v"
    window.sig_document_opened.emit("d", "v")
    assert window.calls[-1] == ("page", "1")  # page 2, counted from 0 by the viewer
    link.follow_action.setChecked(False)  # bob steps away to read something else
    link.moved(move(5))
    assert window.calls[-1] == ("page", "1")
    link.follow_action.setChecked(True)  # one click: back where the presenter is now
    assert window.calls[-1] == ("page", "4")
    link.moved(move(5, active=False))  # presenting ended: nothing to rejoin
    link.follow_action.setChecked(False)
    link.follow_action.setChecked(True)
    assert window.calls[-1] == ("page", "4")
