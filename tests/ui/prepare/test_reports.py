"""Reports from the workspace: built off the UI thread, shown in the app's viewer, then saved;
and the meeting a script means by ``next`` / ``last``."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.app.prepare.services import PrepareServices
from meetings_app.app.services import ClientServices
from meetings_app.domain.errors import AppError
from meetings_app.ui.prepare.report_dialog import ReportDialog
from meetings_app.ui.prepare.reports_menu import ReportsMenu
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def outputs(secretariat: ClientServices) -> OutputsService:
    return PrepareServices.build(secretariat).outputs


def test_next_and_last_name_the_upcoming_and_the_latest_past_meeting(
    outputs: OutputsService, store: ReaderStore
) -> None:
    assert outputs.resolve("next") == store.meeting
    assert outputs.resolve("last") == store.past_meeting
    assert outputs.resolve(store.meeting) == store.meeting
    with pytest.raises(AppError):
        outputs.resolve("00000000-0000-0000-0000-000000000000")


def test_an_unknown_kind_and_a_meeting_without_closed_votes_are_refused(
    outputs: OutputsService, store: ReaderStore
) -> None:
    with pytest.raises(AppError) as refused:
        outputs.build("budget", store.meeting)
    assert refused.value.code == "REPORT_KIND_UNKNOWN"
    with pytest.raises(AppError) as refused:
        outputs.build("ballots", store.meeting)
    assert refused.value.code == "POLL_NOT_CLOSED"


def test_the_agenda_booklet_opens_in_the_viewer_then_is_saved(  # type: ignore[no-untyped-def]
    qtbot, outputs: OutputsService, store: ReaderStore, tmp_path: Path
) -> None:
    menu = ReportsMenu(outputs, lambda: store.meeting)
    with qtbot.waitSignal(menu.sig_report_opened, timeout=30_000) as opened:
        menu.open_report("agenda", "Agenda booklet")
    dialog = opened.args[0]
    assert isinstance(dialog, ReportDialog)
    assert dialog.pdf.startswith(b"%PDF")
    qtbot.waitUntil(lambda: dialog.viewer.document is not None, timeout=30_000)
    assert not (tmp_path / "agenda.pdf").exists()  # shown first, nothing written yet
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save_to(tmp_path / "agenda.pdf")
    assert (tmp_path / "agenda.pdf").read_bytes() == dialog.pdf
    dialog.close()
