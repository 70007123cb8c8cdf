"""Follow the presenter: the chair (or the item's presenter) leads every viewer to the
document and page they show; a participant may step away and rejoin.

Only the document and the page travel (a light event on the stream, not a synced row):
nobody's marks, notes or zoom. ``lead(page)`` posts through ``send``; moves arrive as
``SyncService.sig_follow`` and are applied to the window through ``show_document`` and
``go_to_page`` (the window's own methods), so this object knows nothing else of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from meetings_app.ui.worker import run_plain

Send = Callable[[str, str | None, int, bool], None]
"""``send(meeting_id, document_id, page, active)`` (``SyncClient.follow``)."""


class PresenterLink(QObject):
    sig_failed = Signal(object)

    def __init__(self, window: Any, person_id: str, send: Send | None) -> None:
        super().__init__(window)
        self.window = window
        self.person_id = person_id
        self.send = send
        self.latest: dict[str, Any] | None = None
        """The last active move of the meeting on screen (to rejoin)."""
        self.follow_action = QAction(self.tr("Follow the presenter"), window)
        self.follow_action.setObjectName("act_follow_presenter")
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(True)
        self.follow_action.toggled.connect(self._follow_toggled)
        self.lead_action = QAction(self.tr("Lead the viewers to my page"), window)
        self.lead_action.setObjectName("act_lead_viewers")
        self.lead_action.setCheckable(True)
        self.lead_action.setVisible(False)
        self.lead_action.toggled.connect(self._lead_toggled)
        self._pending_page: int | None = None
        window.viewer.view.sig_page_changed.connect(self._page_changed)
        window.sig_document_opened.connect(self._opened)

    @property
    def following(self) -> bool:
        return self.follow_action.isChecked()

    # --- following -----------------------------------------------------------------------

    def moved(self, move: dict[str, Any]) -> None:
        """A move from the stream (``SyncService.sig_follow``)."""
        meeting = self.window.current_meeting
        if meeting is None or move.get("meeting_id") != meeting.id:
            return
        self.latest = move if move.get("active") else None
        if self.following and move.get("by") != self.person_id and self.latest is not None:
            self._go(self.latest)

    def _follow_toggled(self, on: bool) -> None:
        if on and self.latest is not None:
            self._go(self.latest)  # rejoin where the presenter is now

    def _go(self, move: dict[str, Any]) -> None:
        page = int(move.get("page") or 1) - 1  # the viewer counts pages from 0
        version = str(move.get("version_id") or "")
        if self.window.go_to_page(version, page):
            return
        self._pending_page = page
        self.window.show_document(
            str(move["meeting_id"]), move.get("agenda_item_id"), str(move["document_id"])
        )

    def _opened(self, _doc: str, version: str) -> None:
        page, self._pending_page = self._pending_page, None
        if page is not None:
            self.window.go_to_page(version, page)
        else:
            self._page_changed(self._page())  # a presenter opening a document leads there

    # --- leading -------------------------------------------------------------------------

    def set_may_lead(self, may: bool) -> None:
        self.lead_action.setVisible(may)
        if not may and self.lead_action.isChecked():
            self.lead_action.setChecked(False)

    def _page(self) -> int:
        return int(self.window.viewer.view.current_page())

    def _lead_toggled(self, on: bool) -> None:
        if on:
            self._page_changed(self._page())
        else:
            self._post(None, 1, False)

    def _page_changed(self, page: int) -> None:
        doc = self.window.current_document
        if self.lead_action.isChecked() and doc is not None:
            self._post(doc.id, page + 1, True)  # pages travel counted from 1

    def _post(self, document_id: str | None, page: int, active: bool) -> None:
        meeting = self.window.current_meeting
        send = self.send
        if meeting is None or send is None:
            return
        meeting_id = meeting.id
        run_plain(
            lambda: send(meeting_id, document_id, page, active),
            on_done=lambda _r: None,
            on_failed=self.sig_failed.emit,
            owner=self.window,
        )
