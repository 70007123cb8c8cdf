"""AgendaPanel: the agenda tree above the selected item's documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.ui.agenda.badge_delegate import BadgeDelegate
from meetings_app.ui.agenda.document_list_model import DocumentListModel, DocumentRole
from meetings_app.ui.agenda.tree_model import AgendaTreeModel, ItemIdRole

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.agenda_service import AgendaNode, DocumentSummary


class AgendaPanel(QWidget):
    """Shows a meeting's agenda; announces the chosen item and the document to open."""

    sig_item_selected = Signal(str)
    sig_document_activated = Signal(object)
    """A :class:`DocumentSummary` the person asked to open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.tree_model = AgendaTreeModel(self)
        self.documents_model = DocumentListModel(self)

        self.tree = QTreeView(self)
        self.tree.setObjectName("agendaTree")
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(1, True)
        self.tree.selectionModel().selectionChanged.connect(self._item_changed)

        self.documents = QTableView(self)
        self.documents.setObjectName("documentList")
        self.documents.setAccessibleName(self.tr("Documents of the agenda item"))
        self.documents.setModel(self.documents_model)
        self.documents.setItemDelegate(BadgeDelegate(self.documents))
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setShowGrid(False)
        self.documents.verticalHeader().hide()
        self.documents.setWordWrap(False)
        dh = self.documents.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        dh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.documents.activated.connect(self._document_activated)
        self.documents.clicked.connect(self._document_activated)

        self.documents_title = QLabel(self.tr("Documents"), self)
        self.documents_title.setObjectName("panelTitle")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.documents_title)
        lower_layout.addWidget(self.documents)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_agenda(self, roots: list[AgendaNode]) -> None:
        self.tree_model.set_items(roots)
        self.tree.expandAll()
        self.documents_model.set_documents([])

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        self.documents_model.set_documents(docs)

    def select_item(self, item_id: str) -> bool:
        index = self.tree_model.index_of(item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def current_item_id(self) -> str | None:
        value = self.tree.currentIndex().data(ItemIdRole)
        return str(value) if value else None

    def select_document(self, document_id: str) -> None:
        for row, doc in enumerate(self.documents_model.documents()):
            if doc.id == document_id:
                self.documents.selectRow(row)
                return

    def _item_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.sig_item_selected.emit(str(indexes[0].data(ItemIdRole)))

    def _document_activated(self, index: QModelIndex) -> None:
        from meetings_app.app.agenda_service import DocumentSummary  # loaded with the data

        doc = self.documents_model.index(index.row(), 0).data(DocumentRole)
        if isinstance(doc, DocumentSummary):
            self.sig_document_activated.emit(doc)
