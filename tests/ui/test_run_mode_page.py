"""The Điều hành mode: offered to the meeting's chair on the mode bar, it shows the selected
meeting's meeting mode and follows the selection; a member never sees it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from meetings_app.app.services import ClientServices
from meetings_app.app.sync_service import SyncService
from meetings_app.domain.models import Participant
from meetings_app.ui import worker
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.modes.registry import READ, RUN
from meetings_app.ui.run.install import install_run_mode
from meetings_app.ui.run.run_mode import RunModeWidget
from tests.support.reader_meeting import ReaderStore


def open_window(qtbot, services: ClientServices, person_id: str) -> MainWindow:  # type: ignore[no-untyped-def]
    sync = SyncService(services.engine, worker.runner, None)
    win = MainWindow(services, sync)
    sync.setParent(win)
    install_run_mode(win, person_id, sync)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    qtbot.waitUntil(lambda: win.current_meeting is not None)
    return win


def _make_chair(services: ClientServices, store: ReaderStore) -> None:
    with Session(services.engine) as session, session.begin():
        mine = session.query(Participant).filter_by(meeting_id=store.meeting, person_id=store.me)
        mine.one().role = "chair"


def test_a_member_is_not_offered_the_run_mode(  # type: ignore[no-untyped-def]
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    win = open_window(qtbot, services, store.me)
    worker.wait_all()
    qtbot.wait(50)
    assert RUN not in win.modes.bar.offered()
    assert not win.run_wiring.action.isVisible()
    win.close()


def test_the_chair_runs_the_selected_meeting_from_the_mode_bar(  # type: ignore[no-untyped-def]
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    _make_chair(services, store)
    win = open_window(qtbot, services, store.me)
    win.open_meeting(store.meeting)
    qtbot.waitUntil(lambda: win.modes.bar.offered() == [READ, RUN])
    win.modes.bar.button(RUN).click()
    shown = win.run_wiring.host.shown()
    assert isinstance(shown, RunModeWidget)
    assert shown.meeting_id == store.meeting
    assert win.modes.stack.currentWidget() is win.run_wiring.host
    win.modes.select(READ)
    win.open_meeting(store.past_meeting)  # not the chair there: the mode goes away
    qtbot.waitUntil(lambda: win.modes.bar.offered() == [READ])
    win.close()


def test_the_menu_entry_opens_the_run_mode(  # type: ignore[no-untyped-def]
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    _make_chair(services, store)
    win = open_window(qtbot, services, store.me)
    win.open_meeting(store.meeting)
    qtbot.waitUntil(lambda: win.run_wiring.action.isVisible())
    win.run_wiring.action.trigger()
    assert win.modes.current == RUN
    assert win.run_wiring.host.shown() is not None
    win.close()
