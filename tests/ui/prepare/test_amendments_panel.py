"""The amendments the store holds for a published meeting: listed in the workspace, then
published (or discarded) through the outbox; members' laptops show one notice."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.app.prepare.publication import Publication
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import Meeting, OutboxEntry
from meetings_app.ui.notice_bar import NoticeBar
from meetings_app.ui.prepare.amendments_panel import AmendmentsPanel

HELD = [
    {"entity": "agenda_item", "id": "i1", "title": "Dự án Luật Đất đai", "change": "item_added"},
    {"entity": "document", "id": "d1", "title": "Tờ trình", "change": "document_replaced"},
    {"entity": "meeting", "id": "m", "title": "Phiên họp", "change": "time_changed"},
]


def _published_with_amendments(services: ClientServices) -> str:
    """A published meeting as the store sends it to the secretariat with held amendments."""
    meeting_id = MeetingEditor(services.engine, services.writer).create(MeetingForm(title="Họp"))
    with Session(services.engine) as session, session.begin():
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = "published"
        meeting.amendments = HELD
    return meeting_id


def test_pending_amendments_are_listed_then_published(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices
) -> None:
    meeting_id = _published_with_amendments(secretariat)
    panel = AmendmentsPanel(Publication(secretariat.engine, secretariat.writer))
    qtbot.addWidget(panel)
    panel.load(meeting_id)
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert not panel.isHidden()
    lines = [panel.list.item(i).text() for i in range(3)]
    assert lines[0] == "Agenda item added: Dự án Luật Đất đai"
    assert lines[1] == "Document replaced: Tờ trình" and lines[2] == "Time changed"
    assert panel.heading.text().startswith("3 amendment(s) held back")
    panel.publish_button.click()
    box = panel.findChild(QMessageBox, "amendmentsBox")
    assert box is not None
    with qtbot.waitSignal(panel.sig_released) as released:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert released.args == ["publish"]
    with Session(secretariat.engine) as session:
        entry = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.entity_id == meeting_id)
            .order_by(OutboxEntry.seq.desc())
        ).first()
        assert entry is not None and entry.data["release_amendments"] == "publish"
    qtbot.waitUntil(lambda: panel.isHidden())  # cleared here at once; the store follows


def test_discarding_asks_first_and_no_keeps_them(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices
) -> None:
    meeting_id = _published_with_amendments(secretariat)
    panel = AmendmentsPanel(Publication(secretariat.engine, secretariat.writer))
    qtbot.addWidget(panel)
    panel.load(meeting_id)
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    panel.discard_button.click()
    box = panel.findChild(QMessageBox, "amendmentsBox")
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert len(Publication(secretariat.engine, secretariat.writer).amendments(meeting_id)) == 3


def test_members_get_one_notice_listing_what_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from meetings_app.app.sync_service import _diff, _Snapshot

    notice = {
        "at": "2026-12-01T02:00:00+00:00",
        "changes": [
            {"change": "item_added", "title": "Bế mạc", "id": "b"},
            {"change": "document_replaced", "title": "Tờ trình", "id": "d", "note": "Điều 3"},
        ],
    }
    before = _Snapshot({"d": ("Tờ trình", "m")}, {}, {}, {"a": ("Khai mạc", "m")})
    before.amended["m"] = ("Phiên họp", {})
    after = _Snapshot(
        {"d": ("Tờ trình", "m")},
        {"v2": ("Tờ trình", "m", "Điều 3")},
        {},
        {"a": ("Khai mạc", "m"), "b": ("Bế mạc", "m")},
    )
    after.amended["m"] = ("Phiên họp", notice)
    [one] = _diff(before, after)  # the new item and version are told inside it
    assert one.kind == "amended" and one.meeting_id == "m"
    bar = NoticeBar()
    qtbot.addWidget(bar)
    assert bar.text_for(one) == (
        "“Phiên họp” was amended: Agenda item added: Bế mạc; Document replaced: Tờ trình (Điều 3)"
    )
