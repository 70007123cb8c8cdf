"""DocumentListModel: the documents of an agenda item, with version and classification."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from meetings_app.ui.labels import classification_color, classification_label

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.agenda_service import DocumentSummary

Index = QModelIndex | QPersistentModelIndex
DocumentRole = Qt.ItemDataRole.UserRole + 1
BadgeColorRole = Qt.ItemDataRole.UserRole + 2
"""A colour for the columns drawn as badges (version and classification)."""

TITLE, VERSION, CLASSIFICATION = range(3)


class DocumentListModel(QAbstractTableModel):
    """Flat table of :class:`DocumentSummary`; columns: title, version badge, class badge."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: list[DocumentSummary] = []

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self.endResetModel()

    def documents(self) -> list[DocumentSummary]:
        return list(self._docs)

    def document(self, row: int) -> DocumentSummary | None:
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Document"), self.tr("Version"), self.tr("Classification"))[section]
            if 0 <= section < 3
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.document(index.row())
        if doc is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return doc.title
            if column == VERSION:
                return (
                    self.tr("v%1").replace("%1", str(doc.version_number))
                    if doc.version_number
                    else ""
                )
            return classification_label(doc.classification)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [doc.title]
            if doc.pages:
                lines.append(self.tr("%n page(s)", "", doc.pages))
            if not doc.available:
                lines.append(self.tr("Not downloaded yet"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == TITLE and not doc.available:
            return QColor("#888888")
        if role == BadgeColorRole:
            if column == VERSION:
                return QColor("#1565c0") if doc.version_number > 1 else QColor("#78909c")
            if column == CLASSIFICATION:
                return classification_color(doc.classification)
            return None
        if role == DocumentRole:
            return doc
        return None
