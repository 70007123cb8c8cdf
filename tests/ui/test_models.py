"""Every Qt model passes pytest-qt's model tester, on real data from the fixture store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from meetings_app.app.meetings_service import MeetingGroup
from meetings_app.app.services import ClientServices
from meetings_app.ui.agenda.document_list_model import DocumentListModel
from meetings_app.ui.agenda.tree_model import AgendaTreeModel
from meetings_app.ui.meetings.list_model import DeadlineStateRole, MeetingListModel
from meetings_app.ui.viewer.backend import PdfiumDocument, SearchHit
from meetings_app.ui.viewer.hits_model import DocumentHitsModel
from meetings_app.ui.viewer.renderer import PageRenderer
from meetings_app.ui.viewer.thumbnail_model import ThumbnailModel
from tests.support.local_store import decree_pdf
from tests.support.reader_meeting import ReaderStore


def test_meeting_list_model(qtmodeltester, services: ClientServices, store: ReaderStore) -> None:
    model = MeetingListModel()
    meetings = services.meetings.list_meetings()
    model.set_meetings(meetings)
    qtmodeltester.check(model, force_py=True)
    groups = {m.id: m.group for m in meetings}
    assert groups[store.meeting] is MeetingGroup.UPCOMING
    assert groups[store.past_meeting] is MeetingGroup.PAST
    assert groups[store.opinion_meeting] is MeetingGroup.WRITTEN_OPINION
    # The written-opinion deadline (in 20 h) is highlighted.
    index = model.index_of(store.opinion_meeting)
    assert index.data(DeadlineStateRole) == "soon"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_meetings([])
    qtmodeltester.check(model, force_py=True)


def test_agenda_tree_model(qtmodeltester, services: ClientServices, store: ReaderStore) -> None:
    model = AgendaTreeModel()
    model.set_items(services.agenda.agenda(store.meeting))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    decree = model.index_of(store.item_ids["decree"])
    assert model.rowCount(decree) == 2
    child = model.index(0, 0, decree)
    assert child.data().startswith("2.1. ")
    assert model.parent(child) == decree


def test_document_list_model(qtmodeltester, services: ClientServices, store: ReaderStore) -> None:
    model = DocumentListModel()
    docs = services.agenda.documents(store.meeting, None)
    model.set_documents(docs)
    qtmodeltester.check(model, force_py=True)
    decree = next(d for d in docs if d.id == store.document_ids["decree"])
    assert decree.version_number == 2 and decree.available
    row = docs.index(decree)
    assert model.index(row, 1).data() == "v2"


def test_search_and_thumbnail_models(qtmodeltester, qtbot) -> None:
    results = DocumentHitsModel()
    results.add([SearchHit(0, (), "…a…"), SearchHit(2, (), "…b…")])
    qtmodeltester.check(results, force_py=True)
    renderer = PageRenderer()
    renderer.set_document(PdfiumDocument(decree_pdf("Thử", 2)))
    thumbs = ThumbnailModel(renderer)
    thumbs.reset()
    qtmodeltester.check(thumbs, force_py=True)
    renderer.set_document(None)


def test_deadline_states() -> None:
    from meetings_app.app.meetings_service import MeetingSummary

    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    base = dict(
        id="x",
        title="t",
        kind="written_opinion",
        group=MeetingGroup.WRITTEN_OPINION,
        starts_at=None,
        ends_at=None,
        location="",
        status="published",
        classification="internal",
        documents=0,
    )
    assert MeetingSummary(deadline=None, **base).deadline_state(now) == "none"
    assert (
        MeetingSummary(deadline=now - dt.timedelta(hours=1), **base).deadline_state(now)
        == "overdue"
    )
    assert (
        MeetingSummary(deadline=now + dt.timedelta(hours=3), **base).deadline_state(now) == "soon"
    )
    assert (
        MeetingSummary(deadline=now + dt.timedelta(days=5), **base).deadline_state(now) == "later"
    )
