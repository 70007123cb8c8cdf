"""A Yes/No question asked without blocking: the window keeps painting and syncing while
it is open, and ``on_yes`` runs only when the person answers Yes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

YES_NO = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No


def confirm(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Open the question (object name ``name``, a child of ``parent``); it deletes itself once answered."""
    box = QMessageBox(icon, title, text, YES_NO, parent)
    box.setObjectName(name)

    def answered(answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes.value:
            on_yes()

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
