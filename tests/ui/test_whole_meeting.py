"""A whole meeting in the member's window, against a real store served over HTTP.

Sign in → sync (meeting list → agenda → first document renders) → highlight → note →
the store goes away (offline) → vote → "saved on this device" → the store comes back on
the same address → sync → "delivered", and the store holds exactly one ballot, the mark
and the note. And: a ballot cast offline after the poll closed comes back refused, with
the reason shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from meetings_app.documents.geometry import Point
from meetings_app.domain.models import Annotation, Ballot, Device, Note, Poll, Token
from meetings_app.server.runner import RunningServer, start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.ui.annotations.controller import Tool
from meetings_app.ui.client import build_window, make_session, open_services
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.panels import MemberPanels
from meetings_app.ui.session_flow import SessionController
from meetings_app.ui.signin.dialog import SignInDialog
from tests.support.factories import PASSWORD, World
from tests.support.local_store import decree_pdf

MEMBER = "bt.tuphap"
QUOTE = "Phạm vi điều chỉnh"
NOTE_TEXT = "Đề nghị làm rõ Điều 3 trước khi biểu quyết."


@dataclass
class Store:
    """The central store on disk, and the server answering for it (restartable)."""

    settings: ServerSettings
    ids: dict[str, str]
    server: RunningServer | None = None
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.server = start_in_thread(self.settings, port=self.port)
        self.port = int(self.server.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def engine(self) -> Engine:
        return make_engine(self.settings.db_url)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A small Cabinet meeting: one agenda item with a 2-page draft decree and an open poll."""
    world = World(f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "server")
    now = dt.datetime.now(dt.UTC)
    member = world.person(MEMBER, full_name="Nguyễn Văn Tư")
    world.person("thutuong", full_name="Phạm Minh Chính")
    meeting = world.meeting(
        "Phiên họp Chính phủ thường kỳ tháng 11",
        starts_at=now + dt.timedelta(days=2),
        location="Phòng họp Chính phủ",
    )
    world.participant(meeting, MEMBER, "member")
    world.participant(meeting, "thutuong", "chair")
    item = world.item(meeting, "Dự thảo Nghị định về Chính phủ điện tử", position=1)
    doc, version, _sha = world.document(
        meeting,
        "Dự thảo Nghị định về Chính phủ điện tử",
        item_id=item,
        data=decree_pdf("DỰ THẢO NGHỊ ĐỊNH", 2),
    )
    poll = world.poll(meeting, closes_at=now + dt.timedelta(days=1))
    ids = {
        "member": member,
        "meeting": meeting,
        "item": item,
        "doc": doc,
        "version": version,
        "poll": poll,
    }
    settings = world.settings
    world.close()
    running = Store(settings, ids)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """Signed in through the sign-in dialog, synced once, the first meeting open."""
    folder = tmp_path / "laptop"
    session = make_session(folder, lambda _creating: None)  # the test keyring is accepted
    services = open_services(folder, session)  # encrypted at rest, as the program opens it
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    dialog.server.setText(store.url)
    dialog.username.setText(MEMBER)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=10_000):
        dialog.sign_in_button.click()
    assert session.signed_in and session.person_id == store.ids["member"]

    win = build_window(services, session, interval_ms=3_600_000)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.sig_sync_finished, timeout=15_000):
        win.sync.sync_now()
    # The pack opens: meeting list → agenda → the decree's first page renders.
    qtbot.waitUntil(lambda: win.current_meeting is not None, timeout=5_000)
    assert win.current_meeting is not None
    assert win.current_meeting.id == store.ids["meeting"]
    assert win.meeting_list.model().rowCount() >= 1
    qtbot.waitUntil(lambda: win.agenda.tree_model.rowCount() == 1, timeout=5_000)
    with qtbot.waitSignal(win.sig_document_opened, timeout=10_000) as opened:
        win.show_document(store.ids["meeting"], store.ids["item"], store.ids["doc"])
    assert opened.args == [store.ids["doc"], store.ids["version"]]
    assert win.viewer.view.page_count == 2
    yield win
    win.close()
    services.close()


def member_panels(win: MainWindow) -> MemberPanels:
    panels = win.findChild(MemberPanels)
    assert isinstance(panels, MemberPanels)
    return panels


def highlight(qtbot, win: MainWindow, quote: str) -> Any:  # type: ignore[no-untyped-def]
    """Drag over ``quote`` on page 1 with the highlighter, as a person would."""
    viewer, controller = win.viewer, win.annotations
    controller.set_tool(Tool.HIGHLIGHT)
    viewer.view.set_zoom(1.0)
    qtbot.waitUntil(lambda: viewer.renderer.text(0) is not None, timeout=5_000)
    text = viewer.renderer.text(0)
    assert text is not None
    rect = text.find(quote)[0].rects[0]
    mid = (rect.y0 + rect.y1) / 2
    view = viewer.view
    a = view.pdf_to_viewport(0, Point(rect.x0 + 1, mid)).toPoint()
    b = view.pdf_to_viewport(0, Point(rect.x1 - 1, mid)).toPoint()
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000) as saved:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
        qtbot.mouseMove(view.viewport(), QPoint((a.x() + b.x()) // 2, a.y()))
        qtbot.mouseMove(view.viewport(), b)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)
    return saved.args[0]


def go_offline(qtbot, win: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert win.sync is not None
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)  # type: ignore[union-attr]
    store.stop()
    with qtbot.waitSignal(win.sync.sig_sync_failed, timeout=15_000):
        win.sync.sync_now()
    assert win.status.online is False
    assert "Offline" in win.status.online_label.text()


def cast(qtbot, panels: MemberPanels, poll_id: str, option: str) -> None:  # type: ignore[no-untyped-def]
    polls = panels.polls
    qtbot.waitUntil(lambda: polls.model.row_of(poll_id) >= 0, timeout=5_000)
    polls.select_poll(poll_id)
    qtbot.waitUntil(lambda: polls.cast_button.isEnabled(), timeout=5_000)
    polls.choose(option)
    polls.comment.setText("Đồng ý với dự thảo")
    polls.cast_button.click()


def test_whole_meeting_offline_vote_then_delivered(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    win = window
    panels = member_panels(win)
    assert win.sync is not None
    for dock in ("polls", "speaking", "notes", "search"):
        assert panels.docks[dock].widget() is not None
    assert win.action("polls").isEnabled() and win.action("save_annotated_copy").isEnabled()

    mark = highlight(qtbot, win, QUOTE)
    assert mark.quote == QUOTE

    qtbot.waitUntil(lambda: panels.notes.isEnabled(), timeout=5_000)
    panels.notes.scope.setCurrentIndex(1)  # the note on the whole meeting
    panels.notes.text.setPlainText(NOTE_TEXT)
    with qtbot.waitSignal(panels.notes.sig_saved, timeout=5_000):
        panels.notes.save_now()

    # Pack search (indexed after the sync, offline-capable) jumps to the page and
    # highlights the words found there.
    qtbot.waitUntil(lambda: not win.sync.indexing, timeout=15_000)  # type: ignore[union-attr]
    win.action("search_pack").trigger()
    with qtbot.waitSignal(panels.search.sig_results, timeout=5_000):
        panels.search.query.setText("pham vi dieu chinh")
        panels.search.search_now()
    hits = panels.search.model
    assert hits.rowCount() >= 1
    first = hits.result_at(0)
    assert first is not None and first.document_version_id == store.ids["version"]
    win.viewer.view.highlights = {}
    panels.search.results.clicked.emit(hits.index(0, 0))
    qtbot.waitUntil(lambda: bool(win.viewer.view.highlights.get(first.page)), timeout=5_000)

    go_offline(qtbot, win, store)
    cast(qtbot, panels, store.ids["poll"], "yes")
    qtbot.waitUntil(lambda: "saved on this device" in panels.polls.status.text(), timeout=5_000)
    assert win.status.pending >= 1
    assert "waiting to be sent" in win.status.pending_label.text()

    store.start()  # the same database and address: the store is back
    with qtbot.waitSignal(win.sync.sig_sync_finished, timeout=15_000):
        win.action("sync_now").trigger()
    qtbot.waitUntil(lambda: "delivered" in panels.polls.status.text(), timeout=5_000)
    assert win.status.online is True
    assert win.status.pending == 0
    assert "Never" not in win.status.last_sync_label.text()

    engine = store.engine()
    try:
        with Session(engine) as s:
            ballots = s.scalars(select(Ballot)).all()
            assert len(ballots) == 1
            assert (ballots[0].poll_id, ballots[0].option_id) == (store.ids["poll"], "yes")
            assert ballots[0].voter_id == store.ids["member"] and ballots[0].signature
            marks = s.scalars(select(Annotation)).all()
            assert [(m.quote, m.kind, m.document_version_id) for m in marks] == [
                (QUOTE, "highlight", store.ids["version"])
            ]
            assert s.scalar(select(func.count()).select_from(Note).where(Note.text == NOTE_TEXT))
    finally:
        engine.dispose()


def test_ballot_cast_offline_after_the_poll_closed_is_refused_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    win = window
    panels = member_panels(win)
    assert win.sync is not None
    go_offline(qtbot, win, store)
    # While this laptop is away, the chair closes the vote on the store.
    engine = store.engine()
    try:
        with write_session(engine) as s:
            poll = s.get(Poll, store.ids["poll"])
            assert poll is not None
            poll.state = "closed"
            record_server_change(s, poll)
    finally:
        engine.dispose()
    cast(qtbot, panels, store.ids["poll"], "no")  # this laptop still thinks it is open
    qtbot.waitUntil(lambda: "saved on this device" in panels.polls.status.text(), timeout=5_000)

    store.start()
    with qtbot.waitSignal(win.sync.sig_sync_finished, timeout=15_000):
        win.sync.sync_now()
    qtbot.waitUntil(lambda: "refused" in panels.polls.status.text(), timeout=5_000)
    status = panels.polls.status.text()
    assert "Reason:" in status and "closed" in status
    engine = store.engine()
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Ballot)) == 0
    finally:
        engine.dispose()


def test_expired_sign_in_asks_again_and_keeps_local_work(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    win = window
    panels = member_panels(win)
    sync = win.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running, timeout=10_000)
    engine = store.engine()
    try:
        with write_session(engine) as s:
            s.execute(
                update(Token).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
            )
    finally:
        engine.dispose()
    controller = win.findChild(SessionController)
    assert isinstance(controller, SessionController)
    qtbot.waitUntil(lambda: panels.notes.isEnabled(), timeout=5_000)
    panels.notes.text.setPlainText(NOTE_TEXT)
    with qtbot.waitSignal(sync.sig_sign_in_needed, timeout=15_000):
        panels.notes.save_now()  # saved here, then the sync meets the expired token
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog is not None
    assert "expired" in dialog.message.text() and "kept" in dialog.message.text()
    assert sync.needs_sign_in and win.status.online is True
    assert win.status.pending >= 1  # the note waits, nothing is lost
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(sync.sig_sync_finished, timeout=15_000):
        dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: win.status.pending == 0, timeout=5_000)
    engine = store.engine()
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Note).where(Note.text == NOTE_TEXT))
    finally:
        engine.dispose()


def test_revoked_device_purges_the_cache(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    win = window
    sync = win.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running, timeout=10_000)
    engine = store.engine()
    try:
        with write_session(engine) as s:
            s.execute(update(Device).values(revoked=True))
    finally:
        engine.dispose()
    with qtbot.waitSignal(sync.sig_device_revoked, timeout=15_000):
        sync.sync_now()
    box = win.findChild(QMessageBox, "revokedBox")
    assert box is not None and box.isVisible()
    assert not (tmp_path / "laptop").exists()
    box.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5_000)
