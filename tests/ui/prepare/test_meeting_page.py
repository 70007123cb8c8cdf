"""The meeting editor: create, edit in the meeting's zone, copy, cancel; all through the outbox."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.app.services import ClientServices
from meetings_app.domain.errors import Forbidden
from meetings_app.domain.models import AgendaItem, Document, Meeting, OutboxEntry, Participant
from meetings_app.ui.prepare.meeting_page import Editing, MeetingPage
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def page(qtbot, secretariat: ClientServices) -> MeetingPage:  # type: ignore[no-untyped-def]
    widget = MeetingPage(MeetingEditor(secretariat.engine, secretariat.writer))
    widget.set_may_create(True)
    qtbot.addWidget(widget)
    return widget


def outbox(services: ClientServices) -> list[OutboxEntry]:
    with Session(services.engine) as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_a_new_meeting_is_a_draft_with_times_typed_in_hanoi(  # type: ignore[no-untyped-def]
    qtbot, page: MeetingPage, secretariat: ClientServices
) -> None:
    page.start_new()
    page.fields.title.setText("Phiên họp chuyên đề xây dựng pháp luật")
    page.fields.zone.setCurrentText("Asia/Ho_Chi_Minh")
    page.fields.starts.setDateTime(QDateTime.fromString("15/12/2026 08:30", "dd/MM/yyyy HH:mm"))
    page.fields.ends.setDateTime(QDateTime.fromString("15/12/2026 11:30", "dd/MM/yyyy HH:mm"))
    with qtbot.waitSignal(page.sig_saved) as saved:
        page.save_button.click()
    with Session(secretariat.engine) as session:
        meeting = session.get(Meeting, saved.args[0])
        assert meeting is not None
        assert meeting.status == "draft"
        assert meeting.starts_at == dt.datetime(2026, 12, 15, 1, 30, tzinfo=dt.UTC)
        assert meeting.time_zone == "Asia/Ho_Chi_Minh"
    assert [e.entity for e in outbox(secretariat)] == ["meeting"]
    assert page.editing is Editing.EXISTING


def test_an_end_before_the_start_is_refused_and_nothing_written(  # type: ignore[no-untyped-def]
    qtbot, page: MeetingPage, secretariat: ClientServices, monkeypatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "meetings_app.ui.prepare.meeting_page.show_error", lambda _w, e: shown.append(e)
    )
    page.start_new()
    page.fields.title.setText("Họp")
    page.fields.starts.setDateTime(QDateTime.fromString("15/12/2026 08:30", "dd/MM/yyyy HH:mm"))
    page.fields.ends.setDateTime(QDateTime.fromString("15/12/2026 07:30", "dd/MM/yyyy HH:mm"))
    page.save_button.click()
    assert [getattr(e, "code", "") for e in shown] == ["ENDS_BEFORE_START"]
    assert outbox(secretariat) == []


def test_editing_shows_the_stored_time_in_the_meetings_zone(  # type: ignore[no-untyped-def]
    qtbot, page: MeetingPage, secretariat: ClientServices, store: ReaderStore
) -> None:
    with Session(secretariat.engine) as session, session.begin():
        meeting = session.get(Meeting, store.meeting)
        assert meeting is not None
        meeting.starts_at = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)
        meeting.version = 3
    page.load(store.meeting)
    qtbot.waitUntil(lambda: page.editing is Editing.EXISTING)
    assert page.fields.starts.text() == "01/12/2026 08:30"
    page.fields.location.setText("Nhà Quốc hội")
    with qtbot.waitSignal(page.sig_saved):
        page.save_button.click()
    [entry] = outbox(secretariat)
    assert entry.base_version == 3  # the store refuses it with CONFLICT if someone was first
    assert entry.data["location"] == "Nhà Quốc hội"


def test_copy_takes_agenda_and_participants_not_documents(  # type: ignore[no-untyped-def]
    qtbot, page: MeetingPage, secretariat: ClientServices, store: ReaderStore
) -> None:
    page.load(store.meeting)
    qtbot.waitUntil(lambda: page.editing is Editing.EXISTING)
    page.copy_button.click()
    page.fields.title.setText("Phiên họp Chính phủ thường kỳ tháng 12")
    with qtbot.waitSignal(page.sig_saved) as saved:
        page.save_button.click()
    new_id = saved.args[0]
    assert new_id != store.meeting
    with Session(secretariat.engine) as session:

        def count(model: type, meeting_id: str) -> int:
            return len(session.scalars(select(model).where(model.meeting_id == meeting_id)).all())

        assert count(AgendaItem, new_id) == count(AgendaItem, store.meeting) > 0
        assert count(Participant, new_id) == count(Participant, store.meeting) > 0
        assert count(Document, new_id) == 0
        copied = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == new_id)).all()
        ids = {i.id for i in copied}
        assert all(i.parent_id is None or i.parent_id in ids for i in copied)
    assert outbox(secretariat)[0].entity == "meeting"  # first: the store checks it exists


def test_cancel_asks_then_leaves_a_tombstone(  # type: ignore[no-untyped-def]
    qtbot, page: MeetingPage, secretariat: ClientServices, store: ReaderStore
) -> None:
    page.load(store.meeting)
    qtbot.waitUntil(lambda: page.editing is Editing.EXISTING)
    page.ask_cancel()
    box = page.findChild(QMessageBox, "cancelMeetingBox")
    assert box is not None
    with qtbot.waitSignal(page.sig_cancelled):
        box.button(QMessageBox.StandardButton.Yes).click()
    [entry] = outbox(secretariat)
    assert entry.deleted and entry.entity == "meeting"


def test_a_member_may_not_edit_or_create(services: ClientServices, store: ReaderStore) -> None:
    editor = MeetingEditor(services.engine, services.writer)
    assert not editor.may_create()
    with pytest.raises(Forbidden):
        editor.form(store.meeting)
    with pytest.raises(Forbidden):
        editor.create(MeetingForm(title="Không được"))
