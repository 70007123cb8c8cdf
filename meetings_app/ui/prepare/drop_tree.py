"""AgendaDropTree: the agenda as targets for PDF files dragged from the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from meetings_app.ui.prepare.agenda_model import ItemIdRole


class AgendaDropTree(QTreeView):
    """Read-only agenda tree; dropping files on an item (or beside the items: the meeting
    as a whole) emits ``sig_files_dropped(item_id or "", paths)``."""

    sig_files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentAgendaTree")
        self.setAccessibleName(self.tr("Agenda items: drop documents here"))
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        item_id = index.data(ItemIdRole) if index.isValid() else None
        event.acceptProposedAction()
        self.sig_files_dropped.emit(str(item_id or ""), paths)
