"""Small layout helpers the prepare mode's pages share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget


def side_by_side(parent: QWidget, left: QWidget, right: QWidget, sizes: list[int]) -> QSplitter:
    """Fill ``parent`` with ``left`` and ``right`` in a splitter (the right one grows)."""
    split = QSplitter(Qt.Orientation.Horizontal, parent)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(1, 1)
    split.setSizes(sizes)
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(split)
    return split


def push_button(
    parent: QWidget, text: str, slot: Callable[[], object], name: str = ""
) -> QPushButton:
    button = QPushButton(text, parent)
    if name:
        button.setObjectName(name)
    button.clicked.connect(slot)
    return button
