"""Start-up: the window first, its meeting list next, the rest after.

The shell window (menus, toolbar, an empty meeting list saying the store is opening,
status bar) is built without importing the data stack or the PDF engines; the store is
opened and its meetings shown without the HTTP, PDF or report libraries; the services,
sync and the member's panels are attached after that.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from meetings_app.app.services import ClientServices
from meetings_app.app.session import SessionService
from meetings_app.domain.errors import AppError
from meetings_app.ui import client, worker
from meetings_app.ui.client import attach_services
from meetings_app.ui.main_window import ACTION_POLLS, MainWindow
from tests.support.reader_meeting import ReaderStore

HEAVY = (
    "sqlalchemy",
    "alembic",
    "pypdf",
    "reportlab",
    "httpx",
    "cryptography",
    "keyring",
    "pypdfium2",
    "PySide6.QtPdf",
)
NOT_FOR_THE_LIST = ("httpx", "pydantic", "pypdf", "reportlab", "pypdfium2", "PySide6.QtPdf")


def _loaded_of(script: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter running ``script`` (which prints them, as
    JSON, on its last line) had loaded at that point."""
    out = subprocess.run(
        [sys.executable, "-c", script % (modules,)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


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
    assert _loaded_of(SHELL, HEAVY) == []


ENTRY = """
import json, os, sys
from meetings_app.ui import main_window
shown = main_window.MainWindow.show
def show(self):
    shown(self)
    print(json.dumps([m for m in %r if m in sys.modules]), flush=True)
    os._exit(0)
main_window.MainWindow.show = show
from meetings_app.__main__ import main
main([])
"""


def test_the_entry_point_shows_the_window_before_the_data_stack() -> None:
    """``meetings-app`` as started from its console script: the command line is built
    and the window shown with none of the data stack loaded (no subcommand's module)."""
    assert _loaded_of(ENTRY, HEAVY) == []


STORE_STACK = """
import json, sys
from meetings_app.ui import client
client._import_store_stack()
print(json.dumps([m for m in %r if m in sys.modules]))
"""


def test_the_meeting_list_needs_no_http_pdf_or_report_library() -> None:
    """What start-up imports before the meeting list shows (the store, its models, the
    sign-in state) leaves sync's HTTP client, the wire's models and the PDF and report
    libraries for later."""
    assert _loaded_of(STORE_STACK, NOT_FOR_THE_LIST) == []


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


@pytest.fixture
def launch(qtbot, qapp, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``client._launch`` on the test's QApplication (theme and language left as they are);
    the start-ups it drove are closed afterwards."""
    monkeypatch.setattr(client, "_application", lambda: qapp)
    started: list[client._Start] = []

    def run(folder: Path, flow: client._Flow) -> client._Start:
        start = client._launch(folder, flow)
        qtbot.addWidget(start.window)
        started.append(start)
        return start

    yield run
    worker.wait_all(10_000)
    for start in started:
        if start.services is not None:
            start.services.close()


def test_start_up_opens_the_store_encrypted_then_attaches_the_window(
    qtbot, launch, tmp_path: Path
) -> None:
    folder = tmp_path / "laptop"
    session = client.make_session(folder, lambda _creating: None)  # the test keyring is accepted
    flow = client._Flow(lambda: session, client._signed_in_by_caller, client._open_window)
    start = launch(folder, flow)
    assert start.window.isVisible() and not start.window.attached  # the shell, at once
    qtbot.waitUntil(lambda: start.window.attached, timeout=20_000)
    assert start.services is not None and start.services.folder == folder
    assert start.services.cipher is session.data_cipher()  # at rest with this laptop's key
    assert start.window.sync is not None and (folder / "client.db").is_file()


def test_start_up_shows_the_stored_meetings_before_sync_and_panels_are_wired(
    qtbot, launch, store: ReaderStore
) -> None:
    session = client.make_session(store.folder, lambda _creating: None)
    flow = client._Flow(lambda: session, client._signed_in_by_caller, client._open_window)
    start = launch(store.folder, flow)
    model = start.window.meeting_list.list_model
    filled: list[bool] = []  # whether the window was attached, at each fill
    model.modelReset.connect(
        lambda: filled.append(start.window.attached) if model.meetings() else None
    )
    qtbot.waitUntil(lambda: start.window.current_meeting is not None, timeout=20_000)
    assert filled[0] is False  # from the store, before sync and the panels
    assert start.window.attached and filled[-1] is True  # read again once attached
    assert store.meeting in {m.id for m in model.meetings()}


def test_a_meeting_chosen_before_attach_opens_once_attached(
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_stored_meetings(services.meetings.list_meetings())
    assert not window.meeting_list.placeholder
    assert window.meeting_list.select_meeting(store.past_meeting)  # as a click does
    assert window.current_meeting is None  # nothing opens without the services

    attach_services(window, services, None, interval_ms=3_600_000)
    window.refresh()
    qtbot.waitUntil(lambda: window.current_meeting is not None, timeout=10_000)
    assert window.current_meeting.id == store.past_meeting
    assert window.meeting_list.current_meeting_id() == store.past_meeting


def test_start_up_failure_is_one_sentence_and_a_non_zero_exit(
    qtbot, launch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[BaseException] = []
    monkeypatch.setattr(client, "_fail", lambda error: failures.append(error) or 2)
    exits: list[int] = []
    monkeypatch.setattr(client._Start, "stop", lambda _self, status: exits.append(status))

    def locked() -> SessionService:
        raise AppError("The passphrase does not open the vault.", code="WRONG_PASSPHRASE")

    flow = client._Flow(locked, client._signed_in_by_caller, client._open_window)
    start = launch(tmp_path / "laptop", flow)
    qtbot.waitUntil(lambda: bool(exits), timeout=20_000)
    assert exits == [2] and [getattr(e, "code", None) for e in failures] == ["WRONG_PASSPHRASE"]
    assert start.services is None and not start.window.attached
    assert start.window.meeting_list.placeholder == ""


def test_demo_start_up_opens_the_cache_and_says_why_when_sign_in_fails(
    qtbot, launch, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    flow = client._demo_flow(folder, "http://127.0.0.1:9", "thuky", "demo")  # nobody answers
    start = launch(folder, flow)
    qtbot.waitUntil(lambda: start.window.attached, timeout=30_000)
    assert start.services is not None and start.window.sync is None  # the cache, no sync
    boxes = [b for b in start.window.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert len(boxes) == 1 and boxes[0].isVisible()
    boxes[0].close()


def test_smoke_start_reaches_the_sign_in_with_the_preset_and_touches_no_data(
    qapp, capsys: pytest.CaptureFixture[str]
) -> None:
    """``meetings-app --smoke`` (the installers' check): the real start-up up to the
    sign-in, showing the agency's preset server, in a throwaway folder."""
    import argparse
    import os

    from meetings_app.app import deployment
    from meetings_app.ui.i18n import install_translator

    home = Path(os.environ["MEETINGS_APP_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "meetings-app.toml").write_text('server_url = "https://hop.bo.gov.vn"\n')
    deployment.deployment_preset.cache_clear()
    try:
        assert client.run_client(argparse.Namespace(smoke=True)) == 0
    finally:
        deployment.deployment_preset.cache_clear()
        install_translator(qapp, "en")  # the start-up installed Vietnamese for later tests
    out = capsys.readouterr().out
    assert "sign-in shown:" in out and "server=https://hop.bo.gov.vn" in out
    # The person's store and settings were not touched (a source tree may cache catalogs).
    assert not (home / "client").exists() and not (home / "settings.ini").exists()
