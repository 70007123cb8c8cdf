"""A stale edit comes back as CONFLICT: both versions shown, and the person chooses."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.conflicts import ConflictsService
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import AgendaItem, OutboxEntry, Rejection
from meetings_app.sync.wire import to_data
from meetings_app.ui.prepare.conflict_dialog import ConflictDialog
from tests.support.accessibility import unnamed_controls
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def conflict(secretariat: ClientServices, store: ReaderStore) -> str:
    """What the sync client leaves after a refused push: the store's copy in the row (the
    other secretary's title, version 5) and my refused change in ``rejection``."""
    item_id = store.item_ids["open"]
    with Session(secretariat.engine) as session, session.begin():
        item = session.get(AgendaItem, item_id)
        assert item is not None
        mine = to_data(item) | {"title": "Khai mạc (sửa của tôi)", "duration_min": 15}
        item.title, item.version = "Khai mạc phiên họp (bản của thư ký khác)", 5
        session.add(
            Rejection(
                change_id="c1",
                entity="agenda_item",
                entity_id=item_id,
                code="CONFLICT",
                message="Someone changed this record since you last synced.",
                data=mine,
                at=dt.datetime.now(dt.UTC),
            )
        )
    return item_id


def test_the_dialog_shows_both_versions_field_by_field(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, conflict: str
) -> None:
    service = ConflictsService(secretariat.engine, secretariat.writer)
    [found] = service.conflicts()
    dialog = ConflictDialog(service, [found])
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    rows = {
        dialog.model.index(r, 0).data(): (
            dialog.model.index(r, 1).data(),
            dialog.model.index(r, 2).data(),
        )
        for r in range(dialog.model.rowCount())
    }
    assert rows["Title"] == ("Khai mạc (sửa của tôi)", "Khai mạc phiên họp (bản của thư ký khác)")
    assert rows["Minutes"] == ("15", "10")
    assert len(rows) == 2  # only what differs


def test_keep_mine_resends_on_the_stores_version(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, conflict: str
) -> None:
    service = ConflictsService(secretariat.engine, secretariat.writer)
    dialog = ConflictDialog(service, service.conflicts())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_resolved):
        dialog.mine_button.click()
    with Session(secretariat.engine) as session:
        item = session.get(AgendaItem, conflict)
        [entry] = session.scalars(select(OutboxEntry)).all()
    assert item is not None and item.title == "Khai mạc (sửa của tôi)"
    assert entry.base_version == 5 and entry.data["duration_min"] == 15
    assert service.conflicts() == []


def test_take_theirs_sends_nothing(secretariat: ClientServices, conflict: str) -> None:
    service = ConflictsService(secretariat.engine, secretariat.writer)
    service.take_theirs("c1")
    with Session(secretariat.engine) as session:
        item = session.get(AgendaItem, conflict)
        assert session.scalars(select(OutboxEntry)).all() == []
    assert item is not None and item.title.endswith("(bản của thư ký khác)")
    assert service.conflicts() == []
