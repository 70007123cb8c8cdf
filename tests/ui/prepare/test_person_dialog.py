"""The secretariat adds a person from the participants page; refusals are shown in the
dialog, translated, and nothing is saved; a member never sees the button."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.people import ParticipantsDesk
from meetings_app.app.prepare.people_editor import PeopleEditor, PersonForm
from meetings_app.app.services import ClientServices
from meetings_app.domain.errors import Forbidden
from meetings_app.domain.models import OutboxEntry, Person
from meetings_app.ui.prepare.agenda_model import AgendaBuilderModel
from meetings_app.ui.prepare.participants_page import ParticipantsPage
from meetings_app.ui.prepare.person_dialog import PersonDialog
from tests.support.reader_meeting import ReaderStore


def _page(qtbot, services: ClientServices, store: ReaderStore) -> ParticipantsPage:  # type: ignore[no-untyped-def]
    desk = ParticipantsDesk(services.engine, services.writer)
    editor = PeopleEditor(services.engine, services.writer)
    page = ParticipantsPage(desk, AgendaBuilderModel(), people=editor)
    qtbot.addWidget(page)
    page.load(store.meeting)
    return page


def _fill(dialog: PersonDialog, name: str, username: str) -> None:
    dialog.full_name.setText(name)
    dialog.title_edit.setText("Vụ trưởng")
    dialog.unit.setText("Bộ Tài chính")
    dialog.username.setText(username)


def test_the_secretariat_adds_a_person_found_then_by_unit(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, store: ReaderStore
) -> None:
    page = _page(qtbot, secretariat, store)
    qtbot.waitUntil(lambda: not page.add_person_button.isHidden())
    with qtbot.waitSignal(page.sig_dialog_opened) as opened:
        page.add_person_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, PersonDialog)
    assert "meetings-app admin set-password" in dialog.hint.text()
    _fill(dialog, "Trần Thị Hoa", "BTC.Hoa")
    with qtbot.waitSignal(page.sig_saved, timeout=10_000):
        dialog.save()
    with Session(secretariat.engine) as session:
        person = session.scalars(select(Person).where(Person.username == "btc.hoa")).one()
        assert (person.unit, person.role) == ("Bộ Tài chính", "user")
        queued = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "person")).one()
        assert queued.entity_id == person.id and "password" not in queued.data
    desk = ParticipantsDesk(secretariat.engine, secretariat.writer)
    assert [p.full_name for p in desk.directory("bo tai chinh")] == ["Trần Thị Hoa"]
    qtbot.waitUntil(lambda: page.directory.rowCount() == 1)


@pytest.mark.parametrize(
    ("name", "username", "sentence"),
    [
        ("", "a.b", "The person's name is empty."),
        ("Lê Văn C", "two words", "The username is empty, too long, or has spaces in it."),
        ("Người trùng", "BT.TUPHAP", "Another person already has this username."),
    ],
)
def test_a_refused_person_says_why_in_the_dialog_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, name: str, username: str, sentence: str
) -> None:
    dialog = PersonDialog(PeopleEditor(secretariat.engine, secretariat.writer))
    qtbot.addWidget(dialog)
    dialog.open()
    _fill(dialog, name, username)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.problem.text() != "")
    assert dialog.problem.text().startswith(sentence)
    assert dialog.isVisible()  # stays open to correct
    with Session(secretariat.engine) as session:
        assert not list(session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "person")))
    dialog.reject()


def test_a_member_has_no_add_person_button_and_cannot_add(  # type: ignore[no-untyped-def]
    qtbot, services: ClientServices, store: ReaderStore
) -> None:
    page = _page(qtbot, services, store)
    qtbot.wait(200)
    assert page.add_person_button.isHidden()
    with pytest.raises(Forbidden):
        PeopleEditor(services.engine, services.writer).add(PersonForm("X Y", "x.y"))
