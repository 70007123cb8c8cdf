"""The window: meeting list → agenda → document, status bar, sync, panels, errors."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from meetings_app.app.services import ClientServices
from meetings_app.app.sync_service import SyncService
from meetings_app.documents.geometry import Point
from meetings_app.domain.errors import AppError
from meetings_app.ui import worker
from meetings_app.ui.errors import describe_error, show_error
from meetings_app.ui.main_window import ACTION_POLLS, MainWindow
from tests.support.reader_meeting import ReaderStore


class FakeClient:
    """Stands in for SyncClient: reports progress, or fails as if offline."""

    def __init__(self) -> None:
        self.fail: BaseException | None = None
        self.calls = 0
        self.gate = threading.Event()
        self.gate.set()

    def sync(self, progress: Any = None) -> dict[str, int]:
        self.calls += 1
        self.gate.wait(5)
        if progress is not None:
            progress(50, 100)
            progress(100, 100)
        if self.fail is not None:
            raise self.fail
        return {"pulled": 3}


@pytest.fixture
def window(qtbot, services: ClientServices) -> tuple[MainWindow, FakeClient]:
    client = FakeClient()
    sync = SyncService(services.engine, worker.runner, client)
    win = MainWindow(services, sync)
    sync.setParent(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, client


def test_meeting_agenda_document_path(qtbot, window, store: ReaderStore) -> None:  # type: ignore[no-untyped-def]
    win, _client = window
    with qtbot.waitSignal(win.sig_meeting_changed, timeout=5_000) as meeting:
        win.refresh()
    assert meeting.args[0] == store.meeting  # the upcoming meeting comes first
    qtbot.waitUntil(lambda: win.agenda.tree_model.rowCount() == 4, timeout=5_000)
    with qtbot.waitSignal(win.sig_document_opened, timeout=10_000) as opened:
        win.show_document(store.meeting, store.item_ids["decree"], store.document_ids["decree"])
    assert opened.args == [store.document_ids["decree"], store.version_ids["decree"]]
    assert win.agenda.current_item_id() == store.item_ids["decree"]
    assert win.viewer.view.page_count == 3
    assert win.agenda.documents_model.rowCount() == 1
    # A note from the window's markup tools lands in the store and the pending count.
    with qtbot.waitSignal(win.annotations.sig_saved, timeout=5_000):
        win.annotations.add_note(0, Point(80, 700), "Cần xem lại Điều 3.")
    assert win.status.pending == 1
    win.viewer.act_next.trigger()
    assert win.viewer.view.current_page() == 1


def test_status_bar_follows_sync(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, client = window
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.sig_sync_finished, timeout=5_000):
        win.action("sync_now").trigger()
    assert win.status.online is True
    assert win.sync.last_sync_at is not None
    assert "Never" not in win.status.last_sync_label.text()
    client.fail = AppError("no route to host", code="OFFLINE")
    with qtbot.waitSignal(win.sync.sig_sync_failed, timeout=5_000):
        win.sync_now()
    assert win.status.online is False
    assert "Offline" in win.status.online_label.text()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_sync_requests_during_a_sync_are_queued(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, client = window
    client.gate.clear()
    win.sync_now()
    win.sync_now()
    win.sync_now()
    assert win.status.progress.isVisible()
    client.gate.set()
    qtbot.waitUntil(lambda: client.calls == 2 and not win.sync.running, timeout=5_000)


def test_panels_are_hosted_as_docks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, _ = window
    label = QLabel("Biểu quyết")
    label.setObjectName("pollsPanel")
    dock = win.add_panel(Qt.DockWidgetArea.RightDockWidgetArea, label, "Biểu quyết")
    assert dock.widget() is label
    assert win.panels["pollsPanel"] is dock
    assert dock.toggleViewAction() in win.panels_menu.actions()
    polls = win.action(ACTION_POLLS)
    assert not polls.isEnabled()  # reserved until its owner connects it


def test_show_error_says_what_happened_and_offers_details(qtbot) -> None:
    error = AppError("database disk image is malformed", code="DB_CORRUPT", path="/x")
    text = describe_error(error)
    assert "damaged" in text.what
    assert "Traceback" not in text.what + text.safe + text.todo
    assert "DB_CORRUPT" in text.details
    box = show_error(None, error)
    try:
        assert box.isVisible()
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        assert "DB_CORRUPT" in QApplication.clipboard().text()
    finally:
        box.close()
    unknown = describe_error(RuntimeError("boom"))
    assert unknown.what == "Something went wrong." and "boom" in unknown.details


def test_worker_delivers_on_the_ui_thread(qtbot) -> None:
    seen: list[Any] = []
    ui_thread = threading.current_thread()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(1, 2)
        return threading.current_thread()

    op = worker.run_op(
        work,
        on_done=lambda t: seen.append(("done", t, threading.current_thread())),
        on_progress=lambda d, t: seen.append(("progress", d, t)),
    )
    qtbot.waitUntil(lambda: op.finished, timeout=5_000)
    assert ("progress", 1, 2) in seen
    done = next(s for s in seen if s[0] == "done")
    assert done[1] is not ui_thread and done[2] is ui_thread
    errors: list[BaseException] = []
    op = worker.run_plain(lambda: 1 / 0, on_failed=errors.append)
    qtbot.waitUntil(lambda: op.finished, timeout=5_000)
    assert isinstance(errors[0], ZeroDivisionError)
