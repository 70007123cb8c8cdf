"""The mode bar: the prepare mode appears for the secretariat and a meeting's secretary,
never for a member; it is built only when first opened."""

from __future__ import annotations

from sqlalchemy.orm import Session

from meetings_app.app.services import ClientServices
from meetings_app.app.sync_service import SyncService
from meetings_app.domain.models import Participant
from meetings_app.ui import worker
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.modes.registry import PREPARE, READ, RUN
from tests.support.reader_meeting import ReaderStore


def open_window(qtbot, services: ClientServices) -> MainWindow:  # type: ignore[no-untyped-def]
    sync = SyncService(services.engine, worker.runner, None)
    win = MainWindow(services, sync)
    sync.setParent(win)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    qtbot.waitUntil(lambda: win.current_meeting is not None)
    return win


def test_a_member_sees_no_mode_bar(qtbot, services: ClientServices) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, services)
    worker.wait_all()
    qtbot.wait(50)
    assert not win.modes.bar.isVisible()
    assert win.modes.bar.offered() == [READ]
    win.close()


def test_the_secretariat_gets_the_prepare_mode_built_on_first_use(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices
) -> None:
    win = open_window(qtbot, secretariat)
    qtbot.waitUntil(lambda: win.modes.bar.isVisible())
    assert win.modes.bar.offered() == [READ, PREPARE, RUN]
    assert win.modes.widget(PREPARE) is None  # not built until asked for
    win.modes.bar.button(PREPARE).click()
    assert win.modes.current == PREPARE
    assert win.modes.widget(PREPARE) is not None
    win.close()


def test_a_meetings_secretary_gets_it_for_that_meeting_only(  # type: ignore[no-untyped-def]
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    with Session(services.engine) as session, session.begin():
        mine = session.query(Participant).filter_by(meeting_id=store.meeting, person_id=store.me)
        mine.one().role = "secretary"
    win = open_window(qtbot, services)
    win.open_meeting(store.meeting)
    qtbot.waitUntil(lambda: win.modes.bar.offered() == [READ, PREPARE, RUN])
    win.modes.select(PREPARE)
    win.open_meeting(store.past_meeting)
    qtbot.waitUntil(lambda: win.modes.bar.offered() == [READ])
    assert win.modes.current == READ  # the mode left when it stopped being offered
    win.close()
