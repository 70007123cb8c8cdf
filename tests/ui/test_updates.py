"""The window tells about updates: a recommended version is a dismissable notice with the
download link; a client the store refuses as too old says so, keeps working offline, and
keeps every local change for after the update."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm import Session

from meetings_app.app import updates
from meetings_app.app.services import ClientServices
from meetings_app.app.sync_service import SyncService, SyncSteps
from meetings_app.app.updates import UpdateAdvice, Urgency, advice_for_refusal, advise
from meetings_app.domain.models import Note
from meetings_app.store.preset import load_preset
from meetings_app.sync.errors import ClientTooOld
from meetings_app.sync.local import record_change
from meetings_app.sync.wire import ClientVersion
from meetings_app.ui import worker
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.update_bar import UpdateBar
from tests.support.reader_meeting import ReaderStore

LINK = "https://hop.example.gov.vn/tai-ve/"


class OldClient:
    """A sync client the store refuses as too old (as ``SyncClient`` raises it)."""

    def __init__(self) -> None:
        self.calls = 0

    def sync(self, progress: Any = None) -> None:
        self.calls += 1
        raise ClientTooOld("too old", required="0.2.0", download_url=LINK)


@pytest.mark.parametrize(
    ("wanted", "urgency", "version"),
    [
        (ClientVersion(), None, None),
        (ClientVersion(recommended="0.1.0"), None, None),
        (ClientVersion(recommended="0.2.0"), Urgency.RECOMMENDED, "0.2.0"),
        (ClientVersion(required="0.1", recommended="0.3"), Urgency.RECOMMENDED, "0.3"),
        (ClientVersion(required="0.2.0"), Urgency.REQUIRED, "0.2.0"),
        (ClientVersion(required="0.2.0", recommended="0.3.0"), Urgency.REQUIRED, "0.3.0"),
    ],
)
def test_advice_for_what_the_store_wants(
    wanted: ClientVersion, urgency: Urgency | None, version: str | None
) -> None:
    advice = advise(wanted, current="0.1.0", fallback_url="")
    assert (advice and advice.urgency, advice and advice.version) == (urgency, version)


def test_the_presets_update_url_is_the_fallback_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preset_file = tmp_path / "meetings-app.toml"
    preset_file.write_text('update_url = "https://it.bo.gov.vn/phan-mem/"\n', encoding="utf-8")
    monkeypatch.setattr(updates, "deployment_preset", lambda: load_preset([preset_file]))
    advice = advise(ClientVersion(recommended="9.0"), current="0.1.0")
    assert advice is not None and advice.url == "https://it.bo.gov.vn/phan-mem/"
    store_link = advise(ClientVersion(recommended="9.0", download_url=LINK), current="0.1.0")
    assert store_link is not None and store_link.url == LINK  # the store's own comes first
    refusal = advice_for_refusal(ClientTooOld("too old", required="0.2.0", download_url=None))
    assert (refusal.version, refusal.url) == ("0.2.0", "https://it.bo.gov.vn/phan-mem/")


def test_a_recommended_version_is_a_notice_with_its_link(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = UpdateBar()
    qtbot.addWidget(bar)
    bar.show_advice(UpdateAdvice(Urgency.RECOMMENDED, "0.3.0", LINK, current="0.1.0"))
    assert bar.isVisibleTo(None) or not bar.isHidden()
    text = bar.label.text()
    assert "0.3.0" in text and f'href="{LINK}"' in text
    assert bar.label.openExternalLinks()
    assert not bar.close_button.isHidden()
    bar.close_button.click()
    assert bar.isHidden()


@pytest.fixture
def too_old(qtbot, services: ClientServices) -> Iterator[tuple[MainWindow, OldClient]]:  # type: ignore[no-untyped-def]
    client = OldClient()
    checks: list[int] = []
    steps = SyncSteps(check_version=lambda: checks.append(1) or None)
    sync = SyncService(services.engine, worker.runner, client, steps=steps)
    win = MainWindow(services, sync)
    sync.setParent(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, client
    assert checks == [1]  # the version is asked once, not at every sync


def test_a_client_too_old_to_sync_says_so_and_keeps_the_outbox(  # type: ignore[no-untyped-def]
    qtbot, too_old: tuple[MainWindow, OldClient], store: ReaderStore
) -> None:
    win, client = too_old
    assert win.sync is not None
    with Session(win.services.engine) as s, s.begin():
        record_change(s, Note(meeting_id=store.meeting, text="Giữ lại sau khi cập nhật"))
    with qtbot.waitSignal(win.sync.sig_update, timeout=5_000):
        win.sync_now()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=5_000)
    bar = win.update_bar
    assert not bar.isHidden() and bar.close_button.isHidden()  # cannot be dismissed
    text = bar.label.text()
    assert "too old to sync" in text and "0.2.0" in text and LINK in text
    assert "kept on this computer" in text
    assert win.sync.pending_count() == 1  # nothing was lost
    assert win.sync.too_old and win.status.online is True  # the store answered: not offline
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    win.sync.feed_moved(42)  # the store's feed moves: no new attempt while too old
    QApplication.processEvents()
    assert client.calls == 1
    # reading goes on: the meeting list still loads from this computer
    with qtbot.waitSignal(win.sig_meeting_changed, timeout=5_000):
        win.refresh()
