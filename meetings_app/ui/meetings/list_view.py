"""MeetingListView: the meeting list; selecting a meeting announces its id."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from meetings_app.app.meetings_service import MeetingSummary
from meetings_app.ui.meetings.list_model import MeetingIdRole, MeetingListModel


class MeetingListView(QTreeView):
    """Tree of groups and meetings; groups start expanded."""

    sig_meeting_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingList")
        self.list_model = MeetingListModel(self)
        self.setModel(self.list_model)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        current = self.current_meeting_id()
        self.list_model.set_meetings(meetings)
        self.expandAll()
        if current:
            self.select_meeting(current, announce=False)

    def current_meeting_id(self) -> str | None:
        index = self.currentIndex()
        value = index.data(MeetingIdRole) if index.isValid() else None
        return str(value) if value else None

    def select_meeting(self, meeting_id: str, announce: bool = True) -> bool:
        index = self.list_model.index_of(meeting_id)
        if not index.isValid():
            return False
        if not announce:
            self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self.scrollTo(index)
        return True

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.signalsBlocked():
            return
        meeting_id = indexes[0].data(MeetingIdRole)
        if meeting_id:
            self.sig_meeting_selected.emit(str(meeting_id))

    def first_meeting_index(self) -> QModelIndex:
        for group_row in range(self.list_model.rowCount()):
            group = self.list_model.index(group_row, 0)
            if self.list_model.rowCount(group):
                return self.list_model.index(0, 0, group)
        return QModelIndex()
