"""DocumentTableModel: a meeting's documents as the secretariat sees them (one row each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from meetings_app.app.prepare.documents import DocumentRow
from meetings_app.ui.labels import classification_color, classification_label
from meetings_app.ui.prepare.rows_model import RowsModel

TITLE, ITEM, CLASSIFICATION, RECIPIENTS, VERSION, PAGES = range(6)
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
RESTRICTED = ("confidential", "secret")


class DocumentTableModel(RowsModel[DocumentRow]):
    """Rows of :class:`DocumentRow`; ``numbers`` maps agenda item ids to "2.1"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, str] = {}

    def set_documents(self, rows: list[DocumentRow], numbers: dict[str, str]) -> None:
        self.numbers = dict(numbers)
        self.set_rows(rows)

    def row_of(self, document_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == document_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Document"),
            self.tr("Item"),
            self.tr("Classification"),
            self.tr("Recipients"),
            self.tr("Version"),
            self.tr("Pages"),
        )

    def cell(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == DocumentIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == CLASSIFICATION:
            return classification_color(row.classification)
        if role == Qt.ItemDataRole.ToolTipRole and not row.synced:
            return self.tr("Saved on this computer; not yet accepted by the store.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: DocumentRow, column: int) -> str:
        if column == TITLE:
            return row.title if row.synced else f"{row.title} ⟳"
        if column == ITEM:
            return self.numbers.get(row.agenda_item_id or "", self.tr("Meeting"))
        if column == CLASSIFICATION:
            return classification_label(row.classification)
        if column == RECIPIENTS:
            if not row.recipients and row.classification in RESTRICTED:
                return self.tr("Nobody yet: name the recipients")
            if not row.recipients:
                return self.tr("All participants")
            return self.tr("%n people", "", len(row.recipients))
        if column == VERSION:
            return str(row.version_number)
        return str(row.pages)
