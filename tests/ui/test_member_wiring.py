"""The member's wiring: sync steps in order, panels docked with their actions, settings,
sign-out, and the list of marks that could not follow a new version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.reanchoring import ReanchoringService
from meetings_app.app.services import ClientServices
from meetings_app.app.sync_service import SyncService, SyncSteps
from meetings_app.domain.models import Annotation, SyncState
from meetings_app.sync.errors import TokenExpired
from meetings_app.ui import worker
from meetings_app.ui.annotations.unplaced_dialog import UnplacedMarksDialog
from meetings_app.ui.annotations.unplaced_model import UnplacedMarksModel
from meetings_app.ui.client import build_window
from meetings_app.ui.i18n import current_language
from meetings_app.ui.main_window import (
    ACTION_ASK_TO_SPEAK,
    ACTION_NOTES,
    ACTION_POLLS,
    ACTION_PRINT,
    ACTION_SAVE_ANNOTATED,
    ACTION_SEARCH_PACK,
    ACTION_SETTINGS,
    ACTION_SIGN_OUT,
    ACTION_UNPLACED_MARKS,
    MainWindow,
)
from meetings_app.ui.panels import MemberPanels
from meetings_app.ui.settings import THEME, settings
from meetings_app.ui.settings_dialog import SettingsDialog
from tests.app.test_reanchoring import V1, V2
from tests.support.accessibility import unnamed_controls
from tests.support.reader_meeting import ReaderStore
from tests.support.secretariat_laptop import Laptop, secretariat_laptop


class StepClient:
    """A sync client that records when it ran, and can refuse the token."""

    def __init__(self, log: list[str], engine: Any) -> None:
        self.log = log
        self.engine = engine
        self.fail: BaseException | None = None

    def sync(self, progress: Any = None) -> dict[str, int]:
        self.log.append("sync")
        if self.fail is not None:
            raise self.fail
        with Session(self.engine) as s, s.begin():  # what SyncClient.pull records
            s.merge(SyncState(key="last_pull", value="2030-01-02T03:04:05+00:00"))
        return {}


class FakeSession:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def record_contact(self, when: dt.datetime | None = None) -> None:
        self.log.append("contact")

    def token_rejected(self) -> None:
        self.log.append("token_rejected")


def test_sync_runs_the_member_steps_in_order(qtbot, services: ClientServices) -> None:  # type: ignore[no-untyped-def]
    log: list[str] = []
    client = StepClient(log, services.engine)
    steps = SyncSteps(
        upload_pending=lambda: log.append("upload"),
        reanchor=lambda: log.append("reanchor") or [],  # type: ignore[func-returns-value]
        index=lambda _p: log.append("index") or 0,  # type: ignore[func-returns-value]
    )
    sync = SyncService(
        services.engine, worker.runner, client, session=FakeSession(log), steps=steps
    )
    with qtbot.waitSignal(sync.sig_indexed, timeout=5_000):
        sync.sync_now()
    assert log == ["upload", "sync", "reanchor", "contact", "index"]
    # The status bar shows what the sync client stored, and a restart reads it back.
    assert sync.last_sync_at == dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    again = SyncService(services.engine, worker.runner, None)
    assert again.last_sync_at == sync.last_sync_at

    log.clear()
    client.fail = TokenExpired("Your sign-in has expired.")
    with qtbot.waitSignal(sync.sig_sign_in_needed, timeout=5_000):
        sync.sync_now()
    assert log == ["upload", "sync", "token_rejected"]
    assert sync.needs_sign_in
    sync._periodic()  # the timer does not nag while a new sign-in is awaited
    assert not sync.running


@pytest.fixture
def window(qtbot, services: ClientServices) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build_window(services, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_panels_are_docked_and_actions_enabled(
    qtbot, window: MainWindow, store: ReaderStore
) -> None:  # type: ignore[no-untyped-def]
    win = window
    panels = win.findChild(MemberPanels)
    assert isinstance(panels, MemberPanels)
    docks = [panels.docks[n] for n in ("polls", "speaking", "notes", "search")]
    assert all(win.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea for d in docks)
    assert set(win.tabifiedDockWidgets(docks[0])) == set(docks[1:])
    for action_id in (ACTION_POLLS, ACTION_NOTES, ACTION_SEARCH_PACK, ACTION_ASK_TO_SPEAK):
        assert win.action(action_id).isEnabled()
    assert win.action(ACTION_SETTINGS).isEnabled()
    assert not win.action(ACTION_SIGN_OUT).isEnabled()  # no session: nobody to sign out
    assert not win.action(ACTION_SAVE_ANNOTATED).isEnabled()  # no document yet
    with qtbot.waitSignal(win.sig_document_opened, timeout=10_000):
        win.refresh()
        win.show_document(store.meeting, store.item_ids["decree"], store.document_ids["decree"])
    assert win.action(ACTION_SAVE_ANNOTATED).isEnabled() and win.action(ACTION_PRINT).isEnabled()
    qtbot.waitUntil(lambda: panels.notes.isEnabled(), timeout=5_000)
    win.action(ACTION_NOTES).trigger()
    assert not panels.docks["notes"].visibleRegion().isEmpty()
    win.action(ACTION_POLLS).trigger()
    assert not panels.docks["polls"].visibleRegion().isEmpty()
    # The opinion request of the fixture is listed (written-opinion polls show everywhere).
    qtbot.waitUntil(lambda: panels.polls.model.rowCount() >= 1, timeout=5_000)


def test_settings_store_language_and_theme(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panels = window.findChild(MemberPanels)
    assert isinstance(panels, MemberPanels)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    dialog = panels.open_settings()
    try:
        assert isinstance(dialog, SettingsDialog)
        assert current_language() == "vi"  # Vietnamese by default
        assert dialog.language.currentData() == "vi"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert dialog.note.text()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.apply()
        assert current_language() == "en"
        assert settings().value(THEME) == "dark"
    finally:
        dialog.close()
        app.setPalette(palette)
        app.setStyleSheet(sheet)
        from meetings_app.ui.i18n import install_translator

        install_translator(app, "en")


@pytest.fixture
def lap(tmp_path: Path) -> Iterator[Laptop]:
    laptop = secretariat_laptop(tmp_path / "laptop", me="p-minh")
    laptop.document("d-1", "Dự thảo Nghị định đầu tư công", [V1, V2], item=laptop.item_budget)
    me = laptop.minh
    laptop.mark("hl-roads", "d-1-v1", V1, 1, "đường cao tốc Bắc Nam", owner=me, text="Cần làm rõ")
    laptop.mark("hl-health", "d-1-v1", V1, 1, "danh mục thuốc thiết yếu", owner=me)
    yield laptop
    laptop.engine.dispose()


def test_unplaced_marks_are_listed_with_reasons(qtbot, qtmodeltester, lap: Laptop) -> None:  # type: ignore[no-untyped-def]
    service = ReanchoringService(lap.engine, lap.writer_for(lap.minh), lap.read_pdf)
    service.reanchor_new_versions()
    dialog = UnplacedMarksDialog(service, DocumentsService(lap.engine, lap.blobs))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5_000) as loaded:
        dialog.refresh()
    assert loaded.args == [1]
    assert unnamed_controls(dialog) == []
    qtmodeltester.check(dialog.model)
    text = dialog.model.data(dialog.model.index(0, 0))
    assert "danh mục thuốc thiết yếu" in text and "Dự thảo Nghị định đầu tư công" in text
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5_000) as loaded:
        dialog.dismiss_current()
    assert loaded.args == [0]
    # Dismissed from the list, never deleted: the mark is still on the earlier version.
    assert any(r.id == "hl-health" and not r.deleted for r in lap.rows(Annotation))
    empty = UnplacedMarksModel()
    qtmodeltester.check(empty)


def test_unplaced_action_is_in_the_markup_menu(window: MainWindow) -> None:
    assert window.action(ACTION_UNPLACED_MARKS) in window.markup_menu.actions()
