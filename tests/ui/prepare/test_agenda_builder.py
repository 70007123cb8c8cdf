"""The agenda builder: a sound Qt model, numbering by the tree, drag-and-drop, undo, saving."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.agenda import AgendaPlan, AgendaPlanner, PlannedItem
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import AgendaItem, OutboxEntry
from meetings_app.ui.prepare.agenda_builder import AgendaBuilder
from meetings_app.ui.prepare.agenda_model import (
    DURATION,
    NUMBER,
    STARTS,
    TITLE,
    AgendaBuilderModel,
)
from tests.support.reader_meeting import ReaderStore

START = dt.datetime(2026, 12, 15, 1, 30, tzinfo=dt.UTC)  # 08:30 in Hà Nội


def plan() -> AgendaPlan:
    return AgendaPlan(
        "m1",
        (
            PlannedItem("a", None, 0, "Khai mạc", "Thủ tướng", 10),
            PlannedItem("b", None, 1, "Dự án Luật", "", 0),
            PlannedItem("b1", "b", 0, "Tờ trình", "Bộ Tư pháp", 20),
            PlannedItem("b2", "b", 1, "Thảo luận", "", 40),
            PlannedItem("c", None, 2, "Bế mạc", "Thủ tướng", 5),
        ),
        START,
        "Asia/Ho_Chi_Minh",
    )


@pytest.fixture
def model(qtbot) -> AgendaBuilderModel:  # type: ignore[no-untyped-def]
    m = AgendaBuilderModel()
    m.set_plan(plan())
    return m


def column(model: AgendaBuilderModel, col: int, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, col, parent).data() for r in range(model.rowCount(parent))]


def test_the_model_passes_qtmodeltester(qtmodeltester, model: AgendaBuilderModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    model.add_item("Mới", "c")
    model.move("a", "b", 1)
    model.undo.undo()
    qtmodeltester.check(model, force_py=True)


def test_numbers_durations_and_running_times_follow_the_tree(model: AgendaBuilderModel) -> None:
    assert column(model, NUMBER) == ["1", "2", "3"]
    b = model.index(1, 0)
    assert column(model, NUMBER, b) == ["2.1", "2.2"]
    assert column(model, DURATION) == ["10", "60", "5"]  # a parent lasts as long as its items
    assert column(model, STARTS) == ["08:30", "08:40", "09:40"]
    assert column(model, STARTS, b) == ["08:40", "09:00"]
    assert model.total_minutes == 75
    assert model.planned_end == START + dt.timedelta(minutes=75)


def drop(model: AgendaBuilderModel, item_id: str, parent: QModelIndex, row: int) -> None:
    data = model.mimeData([model.index_of(item_id, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_drag_and_drop_reorders_and_renests_and_undo_takes_it_back(
    model: AgendaBuilderModel,
) -> None:
    drop(model, "c", QModelIndex(), 0)  # the closing item to the top
    assert column(model, TITLE) == ["Bế mạc", "Khai mạc", "Dự án Luật"]
    drop(model, "a", model.index_of("b", 0), 2)  # the opening under the bill, last
    b = model.index_of("b", 0)
    assert column(model, TITLE, b) == ["Tờ trình", "Thảo luận", "Khai mạc"]
    assert column(model, NUMBER, b) == ["2.1", "2.2", "2.3"]
    model.undo.undo()
    model.undo.undo()
    assert [(i.id, i.parent_id, i.position) for i in model.plan_items()] == [
        (i.id, i.parent_id, i.position) for i in plan().items
    ]


def test_an_item_cannot_be_dropped_into_its_own_sub_item(model: AgendaBuilderModel) -> None:
    data = model.mimeData([model.index_of("b", 0)])
    inside = model.index_of("b1", 0)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, inside)
    assert not model.move("b", "b1", 0)


def test_edits_in_the_view_are_undoable(model: AgendaBuilderModel) -> None:
    index = model.index_of("a", DURATION)
    assert model.setData(index, "15")
    assert model.total_minutes == 80
    assert not model.setData(model.index_of("a", TITLE), "  ")  # a title cannot be emptied
    model.undo.undo()
    assert model.total_minutes == 75


def test_indent_and_outdent(model: AgendaBuilderModel) -> None:
    assert model.indent("c")
    assert column(model, NUMBER, model.index_of("b", 0)) == ["2.1", "2.2", "2.3"]
    assert model.outdent("c")
    assert column(model, TITLE) == ["Khai mạc", "Dự án Luật", "Bế mạc"]
    assert not model.indent("a")  # nothing above it


def test_the_builder_saves_each_change_through_the_outbox(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, store: ReaderStore
) -> None:
    builder = AgendaBuilder(AgendaPlanner(secretariat.engine, secretariat.writer))
    qtbot.addWidget(builder)
    builder.load(store.meeting)
    qtbot.waitUntil(lambda: builder.model.rowCount() > 0)
    before = builder.model.rowCount()
    first = builder.model.root.children[0].id
    builder.tree.setCurrentIndex(builder.model.index_of(first, TITLE))
    builder.tree.closePersistentEditor(builder.model.index_of(first, TITLE))
    new_id = builder.add_sub_item()
    qtbot.waitUntil(lambda: not builder.busy)
    with Session(secretariat.engine) as session:
        after_add = len(session.scalars(select(OutboxEntry)).all())
    builder.model.move(builder.model.root.children[-1].id, None, 0)
    qtbot.waitUntil(lambda: not builder.busy)
    with Session(secretariat.engine) as session:
        rows = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == store.meeting)
        ).all()
        entries = session.scalars(select(OutboxEntry)).all()
    assert new_id in {r.id for r in rows}
    assert {e.entity for e in entries} == {"agenda_item"}
    # the move rewrote positions of the top level only, not every row again
    assert len(entries) - after_add == before
    assert "Total" in builder.total.text() or "Tổng" in builder.total.text()


def test_a_plan_without_a_title_is_refused_and_nothing_written(
    secretariat: ClientServices, store: ReaderStore
) -> None:
    planner = AgendaPlanner(secretariat.engine, secretariat.writer)
    with pytest.raises(Exception) as refused:
        planner.save(store.meeting, [PlannedItem("x", None, 0, "  ")])
    assert getattr(refused.value, "code", "") == "TITLE_REQUIRED"
    with Session(secretariat.engine) as session:
        assert session.scalars(select(OutboxEntry)).all() == []
