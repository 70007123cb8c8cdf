"""Refused changes are listed for the person in plain words, never dropped silently."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.refused import RefusedChangesService
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import Poll, Rejection
from meetings_app.ui.refused.dialog import RefusedChangesDialog
from meetings_app.ui.refused.model import RefusedChangesModel
from tests.support.accessibility import unnamed_controls


def _refuse(services: ClientServices, **rejection: object) -> None:
    with Session(services.engine) as s, s.begin():
        s.add(Rejection(at=dt.datetime.now(dt.UTC), seen=False, **rejection))


def _late_ballot(services: ClientServices) -> None:
    with Session(services.engine) as s:
        poll = s.execute(select(Poll)).scalars().first()
        assert poll is not None
    _refuse(
        services,
        change_id="c-ballot",
        entity="ballot",
        entity_id="b1",
        code="POLL_CLOSED",
        message="The poll closed before this ballot arrived; it was not counted.",
        data={"poll_id": poll.id, "option_id": "yes", "comment": "ý kiến riêng"},
    )


def test_summaries_name_what_was_refused(services: ClientServices) -> None:
    _late_ballot(services)
    _refuse(
        services,
        change_id="c-note",
        entity="note",
        entity_id="n1",
        code="FORBIDDEN",
        message="You are no longer a participant of this meeting.",
        data={"text": "Cần hỏi thêm Bộ Tài chính về nguồn vốn " * 5},
    )
    refused = RefusedChangesService(services.engine).refused()
    by_entity = {r.entity: r for r in refused}
    assert by_entity["ballot"].summary == "Thông qua dự thảo Nghị quyết?: Đồng ý"
    assert by_entity["note"].summary.startswith("Cần hỏi thêm Bộ Tài chính")
    assert len(by_entity["note"].summary) <= 80
    assert RefusedChangesService(services.engine).unseen() == 2


def test_model_rows_and_reason(qtmodeltester, services: ClientServices) -> None:  # type: ignore[no-untyped-def]
    _late_ballot(services)
    model = RefusedChangesModel()
    model.set_rows(RefusedChangesService(services.engine).refused())
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    what = model.index(0, model.WHAT).data()
    why = model.index(0, model.WHY).data()
    assert "Đồng ý" in what
    assert why and "Traceback" not in why
    assert model.index(0, model.WHAT).data(Qt.ItemDataRole.FontRole).bold()


def test_dialog_lists_and_marks_seen(qtbot: QtBot, services: ClientServices) -> None:
    _late_ballot(services)
    service = RefusedChangesService(services.engine)
    dialog = RefusedChangesDialog(service)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000) as loaded:
        dialog.refresh()
    assert loaded.args == [1]
    dialog.show()
    assert unnamed_controls(dialog) == []
    with qtbot.waitSignal(dialog.sig_seen, timeout=5000):
        dialog.close()
    assert service.unseen() == 0
    assert len(service.refused()) == 1, "seen refusals stay listed"


def test_window_announces_refusals_and_opens_the_list(
    qtbot: QtBot, services: ClientServices
) -> None:
    from meetings_app.ui.client import build_window
    from meetings_app.ui.main_window import ACTION_REFUSED
    from meetings_app.ui.panels import MemberPanels

    window = build_window(services, None)
    qtbot.addWidget(window)
    window.show()
    panels = window.findChild(MemberPanels)
    assert isinstance(panels, MemberPanels)
    _late_ballot(services)
    panels._refusals_changed(1)  # what the sync service announces after a refused push
    assert window.notices.current is not None and window.notices.current.kind == "refused"
    assert "1" in window.notices.label.text()
    assert window.action(ACTION_REFUSED).isEnabled()
    window.action(ACTION_REFUSED).trigger()
    dialog = panels.refused_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(dialog.sig_seen, timeout=5000):
        dialog.close()
    window.close()
