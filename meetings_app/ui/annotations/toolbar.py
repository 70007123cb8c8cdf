"""AnnotationToolBar: markup tools, colours, sharing, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QToolBar, QWidget

from meetings_app.ui.annotations.controller import COLORS, AnnotationController, Tool


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class AnnotationToolBar(QToolBar):
    def __init__(self, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Markup"))
        self.setObjectName("annotationToolbar")
        self.controller = controller
        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        specs = (
            (Tool.NONE, self.tr("Read"), "Esc"),
            (Tool.HIGHLIGHT, self.tr("Highlight"), "H"),
            (Tool.UNDERLINE, self.tr("Underline"), "U"),
            (Tool.STRIKE, self.tr("Strike out"), "K"),
            (Tool.INK, self.tr("Pen"), "P"),
            (Tool.NOTE, self.tr("Note"), "N"),
            (Tool.ERASER, self.tr("Eraser"), "E"),
        )
        for tool, text, key in specs:
            action = QAction(text, self)
            action.setObjectName(f"actTool{tool.value.title()}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text} ({key})")
            action.triggered.connect(lambda _checked=False, t=tool: controller.set_tool(t))
            group.addAction(action)
            self.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.NONE].setChecked(True)
        self.addSeparator()
        colors = QActionGroup(self)
        self.color_actions: list[QAction] = []
        names = (
            self.tr("Yellow"),
            self.tr("Green"),
            self.tr("Blue"),
            self.tr("Pink"),
            self.tr("Red"),
        )
        for index, (color, name) in enumerate(zip(COLORS, names, strict=True)):
            action = QAction(_swatch(color), name, self)
            action.setObjectName(f"actColour{index + 1}")
            action.setToolTip(self.tr("Colour: %1").replace("%1", name))
            action.setCheckable(True)
            action.setChecked(index == 0)
            action.triggered.connect(lambda _c=False, value=color: controller.set_color(value))
            colors.addAction(action)
            self.addAction(action)
            self.color_actions.append(action)
        self.addSeparator()
        self.share_action = QAction(self.tr("Share with participants"), self)
        self.share_action.setObjectName("actShareMarks")
        self.share_action.setCheckable(True)
        self.share_action.setToolTip(self.tr("New marks are visible to the other participants"))
        self.share_action.toggled.connect(controller.set_share)
        self.addAction(self.share_action)
        self.addSeparator()
        self.undo_action = controller.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = controller.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        controller.sig_tool_changed.connect(self._tool_changed)

    def _tool_changed(self, tool: Tool) -> None:
        action = self.tool_actions.get(tool)
        if action is not None and not action.isChecked():
            action.setChecked(True)
