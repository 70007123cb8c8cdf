"""Draft → review → published from the prepare mode, with the changes still waiting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.app.prepare.publication import Publication
from meetings_app.app.services import ClientServices
from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import Meeting
from meetings_app.ui.prepare.publish_bar import PublishBar


def status(services: ClientServices, meeting_id: str) -> str:
    with Session(services.engine) as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return meeting.status


def test_a_new_meeting_goes_to_review_then_is_published(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices
) -> None:
    meeting_id = MeetingEditor(secretariat.engine, secretariat.writer).create(
        MeetingForm(title="Phiên họp chuyên đề")
    )
    bar = PublishBar(Publication(secretariat.engine, secretariat.writer))
    qtbot.addWidget(bar)
    bar.load(meeting_id)
    qtbot.waitUntil(lambda: bar.standing is not None)
    assert not bar.buttons["review"].isHidden() and bar.buttons["draft"].isHidden()
    assert "Phiên họp chuyên đề" in bar.pending.text()  # saved here, not yet at the store
    with qtbot.waitSignal(bar.sig_moved):
        bar.buttons["review"].click()
    assert status(secretariat, meeting_id) == "review"
    qtbot.waitUntil(lambda: bar.standing is not None and bar.standing.status == "review")
    bar.buttons["published"].click()
    box = bar.findChild(QMessageBox, "publishBox")
    assert box is not None
    with qtbot.waitSignal(bar.sig_moved):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert status(secretariat, meeting_id) == "published"
    qtbot.waitUntil(lambda: bar.standing is not None and bar.standing.status == "published")
    assert all(b.isHidden() for b in bar.buttons.values())


def test_a_published_meeting_cannot_go_back_to_draft(secretariat: ClientServices) -> None:
    editor = MeetingEditor(secretariat.engine, secretariat.writer)
    meeting_id = editor.create(MeetingForm(title="Họp"))
    publication = Publication(secretariat.engine, secretariat.writer)
    publication.move_to(meeting_id, "published")
    with pytest.raises(Invalid) as refused:
        publication.move_to(meeting_id, "draft")
    assert refused.value.code == "STATUS_STEP_REFUSED"


def test_members_get_a_notice_for_an_agenda_item_added() -> None:
    from meetings_app.app.sync_service import _diff, _Snapshot

    before = _Snapshot({"d": ("Doc", "m")}, {}, {}, {"a": ("Khai mạc", "m")})
    after = _Snapshot({"d": ("Doc", "m")}, {}, {}, {"a": ("Khai mạc", "m"), "b": ("Bế mạc", "m")})
    [notice] = _diff(before, after)
    assert (notice.kind, notice.title, notice.ref_id) == ("agenda", "Bế mạc", "b")
