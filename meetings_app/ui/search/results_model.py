"""Search results across the meeting pack, as a list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from meetings_app.app.search import SearchResult

ResultRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result_at(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if result.kind == "note":
                where = self.tr("Your note: %1").replace("%1", result.title)
            else:
                where = (
                    self.tr("%1, page %2")
                    .replace("%1", result.title)
                    .replace("%2", str(result.page + 1))
                )
            return f"{where}\n{result.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.snippet
        if role == ResultRole:
            return result
        return None
