"""The member's panels (ballots, notes, speaking, search) and export, plugged into a window.

``install_member_panels(window, services, session)`` builds the app services on the
window's local store, creates the panels, docks them with ``window.add_panel(...)`` and
connects what the window announces (meeting opened, agenda item chosen) to them. Signals
the window lacks are skipped, so the panels also work in a bare test window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from meetings_app.app.export import ExportService
from meetings_app.app.notes import NotesService
from meetings_app.app.polls import PollsService
from meetings_app.app.search import SearchService
from meetings_app.app.session import SessionService
from meetings_app.app.speaking import SpeakingService
from meetings_app.ui.export.controller import ExportController
from meetings_app.ui.notes.editor import NotesEditor
from meetings_app.ui.polls.panel import PollsPanel
from meetings_app.ui.search.panel import SearchPanel
from meetings_app.ui.speaking.panel import SpeakingPanel


@dataclass
class MemberPanels:
    polls: PollsPanel
    notes: NotesEditor
    speaking: SpeakingPanel
    search: SearchPanel
    export: ExportController
    services: dict[str, Any]

    def set_meeting(self, meeting_id: str | None) -> None:
        for panel in (self.polls, self.notes, self.speaking, self.search):
            panel.set_meeting(meeting_id)

    def set_agenda_item(self, item_id: str | None) -> None:
        self.notes.set_agenda_item(item_id)
        self.speaking.set_agenda_item(item_id)

    def refresh(self) -> None:
        """After a sync: ballots' delivery and the speakers' queue may have moved."""
        self.polls.refresh()
        self.speaking.refresh()


def build_member_panels(services: Any, session: SessionService, parent: Any = None) -> MemberPanels:
    """Panels on ``services`` (a ``ClientServices``: ``engine``, ``writer``, ``documents``)."""
    person = session.person_id or services.person_id or ""
    device = session.device_id
    # No signer here: the sync client signs each ballot at push time with the device key
    # it shares with the session (same secret store, same key name).
    polls = PollsService(services.engine, services.writer, person, device)
    notes = NotesService(services.engine, services.writer, person)
    speaking = SpeakingService(services.engine, services.writer, person)
    search = SearchService(services.engine, person)
    notes.listeners.append(search.index_note)
    export = ExportService(services.engine, services.documents.read_pdf, person)
    return MemberPanels(
        PollsPanel(polls, parent),
        NotesEditor(notes, parent),
        SpeakingPanel(speaking, parent),
        SearchPanel(search, parent),
        ExportController(export, parent),
        {"polls": polls, "notes": notes, "speaking": speaking, "search": search, "export": export},
    )


def install_member_panels(window: Any, services: Any, session: SessionService) -> MemberPanels:
    """Dock the member's panels in ``window`` (which offers ``add_panel(title, widget)``)."""
    panels = build_member_panels(services, session, window)
    add = getattr(window, "add_panel", None)
    if callable(add):
        add(QCoreApplication.translate("MemberPanels", "Ballots"), panels.polls)
        add(QCoreApplication.translate("MemberPanels", "Notes"), panels.notes)
        add(QCoreApplication.translate("MemberPanels", "Speaking"), panels.speaking)
        add(QCoreApplication.translate("MemberPanels", "Search"), panels.search)
    _connect(window, "sig_meeting_opened", panels.set_meeting)
    _connect(window, "sig_agenda_item_changed", panels.set_agenda_item)
    _connect(window, "sig_synced", lambda *_a: panels.refresh())
    open_page = getattr(window, "open_page", None)
    if callable(open_page):
        panels.search.sig_open_page.connect(open_page)
    return panels


def _connect(window: Any, name: str, slot: Any) -> None:
    signal = getattr(window, name, None)
    if signal is not None and hasattr(signal, "connect"):
        signal.connect(slot)
