"""Search across the meeting pack (documents' text and one's own notes), offline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from meetings_app.app.search import SearchResult, SearchService
from meetings_app.ui.errors import show_error
from meetings_app.ui.search.results_model import SearchResultsModel
from meetings_app.ui.worker import run_plain

DEBOUNCE_MS = 250


class SearchPanel(QWidget):
    """Type to search; activate a result to jump to it."""

    sig_open_page = Signal(str, int, list)
    """``(document_version_id, page 0-based, words to highlight)``."""
    sig_open_note = Signal(str, object)
    """``(meeting_id, agenda_item_id or None)``."""
    sig_results = Signal()

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._service = service
        self._meeting_id: str | None = None
        self._generation = 0
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setAccessibleName(self.tr("Search documents and your notes"))
        self.query.setPlaceholderText(self.tr("Search documents and your notes"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.search_now)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setModel(self.model)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        self.summary = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        self.search_now()

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.set_results([])
            self.summary.clear()
            return
        meeting = self._meeting_id
        run_plain(
            lambda: self._service.search(text, meeting),
            on_done=lambda results: self._show(generation, results),
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _show(self, generation: int, results: list[SearchResult]) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self.model.set_results(results)
        self.summary.setText(
            self.tr("%n result(s)", "", len(results)) if results else self.tr("Nothing found.")
        )
        self.sig_results.emit()

    def _activated(self, index: QModelIndex) -> None:
        result = self.model.result_at(index.row())
        if result is None:
            return
        if result.kind == "note":
            self.sig_open_note.emit(result.meeting_id, result.agenda_item_id)
        elif result.document_version_id is not None:
            self.sig_open_page.emit(result.document_version_id, result.page, list(result.terms))
