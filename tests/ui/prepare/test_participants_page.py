"""Participants: directory search, invite, substitute, and a CSV import with bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.people import ParticipantsDesk
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import OutboxEntry, Participant
from meetings_app.ui.prepare.agenda_model import AgendaBuilderModel
from meetings_app.ui.prepare.csv_preview_dialog import CsvPreviewDialog
from meetings_app.ui.prepare.participants_page import ParticipantsPage
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def desk(secretariat: ClientServices) -> ParticipantsDesk:
    return ParticipantsDesk(secretariat.engine, secretariat.writer)


@pytest.fixture
def page(qtbot, desk: ParticipantsDesk, store: ReaderStore) -> ParticipantsPage:  # type: ignore[no-untyped-def]
    widget = ParticipantsPage(desk, AgendaBuilderModel())
    qtbot.addWidget(widget)
    widget.load(store.meeting)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and widget.directory.rowCount() > 0)
    return widget


def roles(services: ClientServices, meeting_id: str) -> dict[str, str]:
    with Session(services.engine) as session:
        rows = session.scalars(
            select(Participant).where(
                Participant.meeting_id == meeting_id, Participant.deleted.is_(False)
            )
        )
        return {p.person_id: p.role for p in rows}


def test_the_directory_is_searched_without_diacritics(desk: ParticipantsDesk) -> None:
    [found] = desk.directory("chuyen vien van phong")
    assert found.username == "vpcp.chuyenvien"
    assert desk.directory("không có ai như thế") == []


def test_inviting_a_person_found_in_the_directory(  # type: ignore[no-untyped-def]
    qtbot, page: ParticipantsPage, secretariat: ClientServices, store: ReaderStore, officer: str
) -> None:
    page.search.setText("Lan")
    page.search_directory()
    qtbot.waitUntil(lambda: page.directory.rowCount() == 1)
    page.found.setCurrentIndex(page.directory.index(0))
    page.role.setCurrentIndex(page.role.findData("observer"))
    with qtbot.waitSignal(page.sig_saved):
        page.add_button.click()
    assert roles(secretariat, store.meeting)[officer] == "observer"
    qtbot.waitUntil(lambda: any(r.person_id == officer for r in page.model.rows))


def test_a_substitute_takes_a_members_seat_and_gives_it_back(
    desk: ParticipantsDesk, secretariat: ClientServices, store: ReaderStore, officer: str
) -> None:
    member = store.me
    sub_id = desk.substitute(store.meeting, member, officer)
    seats = roles(secretariat, store.meeting)
    assert (seats[member], seats[officer]) == ("observer", "member")
    [row] = [r for r in desk.participants(store.meeting) if r.person_id == officer]
    assert row.substitute_for == "Nguyễn Văn Tư"
    desk.remove(sub_id)
    seats = roles(secretariat, store.meeting)
    assert seats[member] == "member" and officer not in seats


CSV = """name,title,unit,username,role
Nguyễn Thị Lan,Chuyên viên,Văn phòng Chính phủ,vpcp.chuyenvien,Quan sát
Người Lạ,Vụ trưởng,Bộ Ngoại giao,khong.co,thành viên
Phạm Minh Chính,Thủ tướng,Chính phủ,thutuong,trưởng đoàn
Tên Khác,Bộ trưởng,Bộ Tư pháp,bt.tuphap,member
,,,,
Nguyễn Thị Lan,Chuyên viên,Văn phòng Chính phủ,VPCP.CHUYENVIEN,member
,Chuyên viên,,,member
"""


def test_csv_import_previews_refused_rows_with_reasons_and_writes_only_good_ones(  # type: ignore[no-untyped-def]
    qtbot,
    page: ParticipantsPage,
    secretariat: ClientServices,
    store: ReaderStore,
    officer: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / "thanh-phan.csv"
    path.write_text(CSV, encoding="utf-8")
    with qtbot.waitSignal(page.sig_dialog_opened) as opened:
        page.preview_csv(path)
    dialog = opened.args[0]
    assert isinstance(dialog, CsvPreviewDialog)
    problems = [(r.line, r.problem) for r in dialog.model.rows]
    assert problems == [
        (2, ""),
        (3, "UNKNOWN_PERSON"),
        (4, "UNKNOWN_ROLE"),
        (5, "NAME_MISMATCH"),
        (7, "DUPLICATE"),
        (8, "NO_USERNAME"),
    ]
    result = dialog.model.index(1, 4).data()
    assert result and "khong.co" not in result  # a sentence, not the raw code
    with Session(secretariat.engine) as session:
        before = len(session.scalars(select(OutboxEntry)).all())
    with qtbot.waitSignal(page.sig_saved):
        dialog.accept()
    assert roles(secretariat, store.meeting)[officer] == "observer"
    with Session(secretariat.engine) as session:
        assert len(session.scalars(select(OutboxEntry)).all()) == before + 1


def test_an_invitee_is_given_the_agenda_items_they_attend(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, store: ReaderStore, officer: str
) -> None:
    from meetings_app.app.prepare.agenda import AgendaPlanner
    from meetings_app.ui.prepare.items_dialog import ItemsDialog

    agenda = AgendaBuilderModel()
    agenda.set_plan(AgendaPlanner(secretariat.engine, secretariat.writer).plan(store.meeting))
    desk = ParticipantsDesk(secretariat.engine, secretariat.writer)
    desk.add(store.meeting, officer, "invitee")
    page = ParticipantsPage(desk, agenda)
    qtbot.addWidget(page)
    page.load(store.meeting)
    qtbot.waitUntil(lambda: any(r.role == "invitee" for r in page.model.rows))
    row = next(i for i, r in enumerate(page.model.rows) if r.role == "invitee")
    page.table.selectRow(row)
    dialog = page.choose_items()
    assert isinstance(dialog, ItemsDialog)
    assert dialog.list.count() == len(agenda.plan_items())
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.sig_saved):
        dialog.accept()
    with Session(secretariat.engine) as session:
        invited = session.scalars(select(Participant).where(Participant.person_id == officer)).one()
    assert invited.items == [agenda.plan_items()[1].id]
