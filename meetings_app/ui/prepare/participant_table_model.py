"""ParticipantTableModel: who attends a meeting, in what role, and for whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from meetings_app.app.prepare.people import ParticipantRow
from meetings_app.ui.prepare.role_labels import role_label
from meetings_app.ui.prepare.rows_model import RowsModel

NAME, TITLE, ROLE, NOTE = range(4)


class ParticipantTableModel(RowsModel[ParticipantRow]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Note"))

    def cell(self, row: ParticipantRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return row.full_name
        if column == TITLE:
            return row.title
        if column == ROLE:
            return role_label(row.role)
        if row.substitute_for:
            return self.tr("In place of %1").replace("%1", row.substitute_for)
        if row.role == "invitee":
            return self.tr("%n agenda item(s)", "", len(row.items))
        return ""
