"""ConflictModel: one conflict's differing fields — my value beside the store's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from meetings_app.app.prepare.conflicts import Conflict

Index = QModelIndex | QPersistentModelIndex
FIELD, MINE, THEIRS = range(3)


def field_label(name: str) -> str:
    labels = {
        "title": QCoreApplication.translate("Conflicts", "Title"),
        "presenter": QCoreApplication.translate("Conflicts", "Presenter"),
        "duration_min": QCoreApplication.translate("Conflicts", "Minutes"),
        "position": QCoreApplication.translate("Conflicts", "Place in the agenda"),
        "parent_id": QCoreApplication.translate("Conflicts", "Parent item"),
        "location": QCoreApplication.translate("Conflicts", "Place"),
        "starts_at": QCoreApplication.translate("Conflicts", "Starts"),
        "ends_at": QCoreApplication.translate("Conflicts", "Ends"),
        "status": QCoreApplication.translate("Conflicts", "Status"),
        "classification": QCoreApplication.translate("Conflicts", "Classification"),
        "recipients": QCoreApplication.translate("Conflicts", "Recipients"),
        "policy": QCoreApplication.translate("Conflicts", "Print and export"),
        "role": QCoreApplication.translate("Conflicts", "Role"),
    }
    return labels.get(name, name)


class ConflictModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflict: Conflict | None = None

    def set_conflict(self, conflict: Conflict | None) -> None:
        self.beginResetModel()
        self.conflict = conflict
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.conflict is None:
            return 0
        return len(self.conflict.differences)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else THEIRS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), self.tr("Yours (refused)"), self.tr("On the store now"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.conflict is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        diff = self.conflict.differences[index.row()]
        if index.column() == FIELD:
            return field_label(diff.field)
        return self._text(diff.mine if index.column() == MINE else diff.theirs)

    def _text(self, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, list):
            return self.tr("%n item(s)", "", len(value))
        return str(value)
