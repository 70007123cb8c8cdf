"""pytest-qt tests of the member's panels: ballots, notes, speaking, search, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from meetings_app.app.export import ExportService
from meetings_app.app.notes import NotesService
from meetings_app.app.polls import Delivery, PollsService
from meetings_app.app.search import SearchService
from meetings_app.app.speaking import SpeakingService
from meetings_app.domain.models import Note, OutboxEntry, Rejection
from meetings_app.ui.export.controller import ExportController
from meetings_app.ui.notes import editor as notes_editor
from meetings_app.ui.notes.editor import NotesEditor
from meetings_app.ui.polls.list_model import PollListModel
from meetings_app.ui.polls.panel import PollsPanel
from meetings_app.ui.search.panel import SearchPanel
from meetings_app.ui.search.results_model import SearchResultsModel
from meetings_app.ui.speaking.panel import SpeakingPanel
from meetings_app.ui.speaking.queue_model import SpeakerQueueModel
from tests.support.local_store import make_pdf
from tests.support.member_meeting import NOW, MemberStore, member_meeting


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MemberStore]:
    s = member_meeting(tmp_path)
    yield s
    s.engine.dispose()


def error_boxes(widget: QWidget) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox) if b.objectName() == "errorBox"]


def polls_panel(qtbot, store: MemberStore) -> PollsPanel:  # type: ignore[no-untyped-def]
    service = PollsService(store.engine, store.writer, store.me, store.device, now=store.now)
    panel = PollsPanel(service)
    qtbot.addWidget(panel)
    panel.model.now = store.now
    with qtbot.waitSignal(panel.sig_loaded):
        panel.set_meeting(store.meeting)
    return panel


def test_models_pass_qtmodeltester(qtmodeltester, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    polls = PollListModel()
    polls.set_polls(
        PollsService(store.engine, store.writer, store.me, now=store.now).polls(store.meeting)
    )
    qtmodeltester.check(polls)
    queue = SpeakerQueueModel()
    queue.set_entries(
        SpeakingService(store.engine, store.writer, store.me)
        .state(store.meeting, store.item2)
        .queue
    )
    qtmodeltester.check(queue)
    search = SearchService(store.engine, store.me)
    search.index_version(store.version, "Tờ trình", ["đất đai"])
    results = SearchResultsModel()
    results.set_results(search.search("dat dai"))
    qtmodeltester.check(results)
    assert results.rowCount() == 1


def test_cast_offline_then_delivered_then_refused(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = polls_panel(qtbot, store)
    panel.select_poll(store.open_poll)
    assert panel.cast_button.isVisibleTo(panel)
    panel.choose("yes")
    panel.comment.setText("Đồng ý với tờ trình")
    with qtbot.waitSignal(panel.sig_loaded):
        panel.cast()
    assert "saved on this device" in panel.status.text()
    current = panel.model.poll_at(panel.model.row_of(store.open_poll))
    assert current is not None and current.delivery is Delivery.SAVED

    with Session(store.engine) as session, session.begin():
        entry = session.scalars(select(OutboxEntry)).one()
        data, ballot_id = dict(entry.data), entry.entity_id
        session.execute(delete(OutboxEntry))
    with qtbot.waitSignal(panel.sig_loaded):
        panel.refresh()
    assert "delivered" in panel.status.text()

    with Session(store.engine) as session, session.begin():
        session.add(
            Rejection(
                change_id="c-9",
                entity="ballot",
                entity_id=ballot_id,
                code="POLL_CLOSED",
                message="The poll closed before this ballot arrived; it was not counted.",
                data=data,
                at=NOW,
            )
        )
    with qtbot.waitSignal(panel.sig_loaded):
        panel.refresh()
    assert "refused" in panel.status.text()
    assert "already closed" in panel.status.text()  # the plain sentence of POLL_CLOSED


def test_closed_poll_shows_tally_only_for_secret(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = polls_panel(qtbot, store)
    panel.select_poll(store.secret_poll)
    assert "17" in panel.results.text() and "Trần Thị Lan" not in panel.results.text()
    assert panel.cast_button.isHidden()
    panel.select_poll(store.public_closed)
    assert "Trần Thị Lan" in panel.results.text()


def test_refusal_when_poll_closed_meanwhile_is_shown(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = polls_panel(qtbot, store)
    panel.select_poll(store.open_poll)
    panel.choose("no")
    panel._service._now = lambda: NOW.replace(hour=23)  # the deadline passed while it was shown
    with qtbot.waitSignal(panel.sig_loaded):
        panel.cast()
    boxes = error_boxes(panel)
    assert boxes and "closed" in boxes[0].text()
    for box in boxes:
        box.close()


def test_notes_autosave(qtbot, store: MemberStore, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(notes_editor, "AUTOSAVE_MS", 50)
    editor = NotesEditor(NotesService(store.engine, store.writer, store.me))
    qtbot.addWidget(editor)
    editor._timer.setInterval(50)
    with qtbot.waitSignal(editor.sig_loaded):
        editor.set_meeting(store.meeting)
    with qtbot.waitSignal(editor.sig_loaded):
        editor.set_agenda_item(store.item1)
    with qtbot.waitSignal(editor.sig_saved, timeout=3000):
        editor.text.setPlainText("Cần số liệu quý I")
    qtbot.waitUntil(lambda: not editor.pending)
    assert editor.status.text() == "Saved on this device"
    # switching target saves at once and loads the other note
    editor.text.setPlainText("Cần số liệu quý I và II")
    with qtbot.waitSignal(editor.sig_loaded):
        editor.scope.setCurrentIndex(notes_editor.MEETING)
    qtbot.waitUntil(lambda: not editor.pending)
    assert editor.text.toPlainText() == ""
    with Session(store.engine) as session:
        texts = session.scalars(select(Note.text)).all()
    assert texts == ["Cần số liệu quý I và II"]


def test_speaking_panel(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    panel = SpeakingPanel(SpeakingService(store.engine, store.writer, store.me, now=store.now))
    qtbot.addWidget(panel)
    panel.set_meeting(store.meeting)
    qtbot.waitUntil(lambda: panel.state is not None)
    panel.set_agenda_item(store.item2)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.agenda_item_id == store.item2)
    assert panel.ask_button.isEnabled()
    with qtbot.waitSignal(panel.sig_changed):
        panel.ask()
    assert "number 2" in panel.place.text()
    assert panel.withdraw_button.isEnabled() and not panel.ask_button.isEnabled()
    with qtbot.waitSignal(panel.sig_changed):
        panel.withdraw()
    assert "not asked" in panel.place.text()


def test_search_jumps_to_page(qtbot, store: MemberStore) -> None:  # type: ignore[no-untyped-def]
    service = SearchService(store.engine, store.me)
    service.index_version(store.version, "Tờ trình", ["Mở đầu", "Thu hồi đất"])
    panel = SearchPanel(service)
    qtbot.addWidget(panel)
    panel.set_meeting(store.meeting)
    panel.query.setText("thu hoi")
    with qtbot.waitSignal(panel.sig_results):
        panel.search_now()
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.sig_open_page) as jump:
        panel._activated(panel.model.index(0, 0))
    assert jump.args == [store.version, 1, ["Thu", "hồi"]]


def test_export_saves_copy_and_refuses_secret(qtbot, store: MemberStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf([["Trang một"]])
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ExportController(ExportService(store.engine, lambda _v: pdf, store.me), parent)
    target = tmp_path / "ban-sao.pdf"
    with qtbot.waitSignal(controller.sig_saved, timeout=10_000):
        controller.save_annotated_copy(parent, store.version, str(target))
    assert target.read_bytes().startswith(b"%PDF")
    controller.save_annotated_copy(parent, "v-secret", str(tmp_path / "no.pdf"))
    assert (
        controller.last_error is not None
        and getattr(controller.last_error, "code", "") == "EXPORT_FORBIDDEN"
    )
    assert not (tmp_path / "no.pdf").exists()
    controller.print_copy(parent, "v-secret")
    boxes = error_boxes(parent)
    assert len(boxes) == 2
    for box in boxes:
        box.close()


def test_counts(store: MemberStore) -> None:
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
