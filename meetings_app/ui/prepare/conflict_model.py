"""ConflictModel: one conflict's differing fields — my value beside the store's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from meetings_app.app.prepare.conflicts import Conflict, FieldDifference
from meetings_app.ui.prepare.rows_model import RowsModel

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


class ConflictModel(RowsModel[FieldDifference]):
    """The differing fields of one conflict (``conflict``), one per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflict: Conflict | None = None

    def set_conflict(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        self.set_rows(list(conflict.differences) if conflict else [])

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Field"), self.tr("Yours (refused)"), self.tr("On the store now"))

    def cell(self, row: FieldDifference, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == FIELD:
            return field_label(row.field)
        return self._text(row.mine if column == MINE else row.theirs)

    def _text(self, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, list):
            return self.tr("%n item(s)", "", len(value))
        return str(value)
