"""Walk a window's widgets and name every control a screen reader cannot name.

A control (button, tool button, line edit, combo box, spin box, text box, list, tree or
table view) must have a name Qt gives to assistive technology: its own accessible name,
its visible text (a button's), or the label that is its buddy (a form row's). Qt's own
pieces inside composite widgets (a combo box's line edit, a spin box's editor, a dock's
title buttons, a scroll bar, a view's header, a line edit's clear button) are named by
their owner and skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
#: composite widgets whose inner pieces are Qt's own (named through their owner); a line
#: edit's clear button and a view's header are named through the line edit and the view
OWNERS = (QComboBox, QAbstractSpinBox, QScrollBar, QTabBar, QLineEdit)


def _qt_internal(widget: QWidget) -> bool:
    """Qt's own piece: named ``qt_…`` (a dock's or tool bar's buttons) or inside an owner."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, OWNERS):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives the widget to assistive technology ("" when none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def describe(widget: QWidget) -> str:
    """Where a widget is, for a failure message: its class and object names up the tree."""
    parts = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 5:
        parts.append(f"{type(node).__name__}#{node.objectName() or '?'}")
        node = node.parentWidget()
    tip = widget.toolTip()
    return " < ".join(parts) + (f" (tooltip {tip!r})" if tip else "")


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls under ``root`` (itself included) that have no accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or _qt_internal(widget):
            continue
        if not accessible_name(widget):
            found.append(describe(widget))
    return found
