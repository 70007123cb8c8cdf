"""MeetingListView: the meeting list; selecting a meeting announces its id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from meetings_app.ui.meetings.list_model import MeetingIdRole, MeetingListModel

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.meetings_service import MeetingSummary


class MeetingListView(QTreeView):
    """Tree of groups and meetings; groups start expanded."""

    sig_meeting_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingList")
        self.setAccessibleName(self.tr("Meetings"))
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
        self.placeholder = ""
        """Shown instead of the groups until the meetings arrive (the store is opening)."""

    def set_placeholder(self, text: str) -> None:
        """Show ``text`` in place of the (still empty) groups; ``""`` shows them again."""
        self.placeholder = text
        for row in range(self.list_model.rowCount()):
            self.setRowHidden(row, QModelIndex(), bool(text))
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self.placeholder,
        )
        painter.end()

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        if self.placeholder:
            self.set_placeholder("")
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
