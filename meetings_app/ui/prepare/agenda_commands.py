"""The agenda builder's undoable steps: edit a field, add, remove, move an item.

Each command calls one ``_apply_*`` method of :class:`AgendaBuilderModel` to do and the
opposite one to undo; the model is the only place the tree changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from meetings_app.ui.prepare.agenda_model import AgendaBuilderModel, PlanNode


class EditCommand(QUndoCommand):
    def __init__(
        self, model: AgendaBuilderModel, item_id: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Edit agenda item"))
        self.model, self.item_id, self.field, self.old, self.new = model, item_id, field, old, new

    def redo(self) -> None:
        self.model._apply_edit(self.item_id, self.field, self.new)

    def undo(self) -> None:
        self.model._apply_edit(self.item_id, self.field, self.old)


class InsertCommand(QUndoCommand):
    """Adds ``node`` (with its sub-items) under ``parent_id`` at ``row``."""

    def __init__(
        self, model: AgendaBuilderModel, parent_id: str | None, row: int, node: PlanNode
    ) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Add agenda item"))
        self.model, self.parent_id, self.row, self.node = model, parent_id, row, node

    def redo(self) -> None:
        self.model._apply_insert(self.parent_id, self.row, self.node)

    def undo(self) -> None:
        self.model._apply_remove(self.node.id)


class RemoveCommand(QUndoCommand):
    """Removes an item and its sub-items; undo puts the same nodes back where they were."""

    def __init__(self, model: AgendaBuilderModel, item_id: str) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Remove agenda item"))
        self.model, self.item_id = model, item_id
        self.where: tuple[str | None, int, PlanNode] | None = None

    def redo(self) -> None:
        self.where = self.model._apply_remove(self.item_id)

    def undo(self) -> None:
        if self.where is not None:
            parent_id, row, node = self.where
            self.model._apply_insert(parent_id, row, node)


class MoveCommand(QUndoCommand):
    """Moves an item (with its sub-items) to ``row`` of ``parent_id``, ``row`` counted
    before the item leaves its place (as a drop reports it)."""

    def __init__(
        self, model: AgendaBuilderModel, item_id: str, parent_id: str | None, row: int
    ) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "Move agenda item"))
        self.model, self.item_id, self.parent_id, self.row = model, item_id, parent_id, row
        self.back: tuple[str | None, int] | None = None

    def redo(self) -> None:
        self.back = self.model._apply_move(self.item_id, self.parent_id, self.row)

    def undo(self) -> None:
        if self.back is not None:
            parent_id, row = self.back
            self.model._apply_move(self.item_id, parent_id, row, before_removal=False)
