"""The marks that could not follow a new version of their document, as a list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from meetings_app.app.reanchoring import UnplacedMark

Index = QModelIndex | QPersistentModelIndex
MarkRole = Qt.ItemDataRole.UserRole + 1


class UnplacedMarksModel(QAbstractListModel):
    """One row per mark left on an earlier version: where it was, what it covered, why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._marks: list[UnplacedMark] = []
        self.titles: dict[str, str] = {}
        """Document id → title, for the rows' text."""

    def set_marks(self, marks: list[UnplacedMark], titles: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._marks = list(marks)
        self.titles = dict(titles or {})
        self.endResetModel()

    def mark_at(self, row: int) -> UnplacedMark | None:
        return self._marks[row] if 0 <= row < len(self._marks) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._marks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        mark = self.mark_at(index.row()) if index.isValid() else None
        if mark is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.titles.get(mark.document_id, "")
            what = mark.quote or mark.text or self.tr("(a drawing)")
            head = (
                self.tr("%1, version %2, page %3")
                .replace("%1", title)
                .replace("%2", str(mark.from_number))
                .replace("%3", str(mark.page + 1))
            )
            return f"{head}: “{what[:120]}”\n{mark.reason}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark.reason
        if role == MarkRole:
            return mark
        return None
