"""BadgeDelegate: draws a cell as a small rounded label in the model's badge colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from meetings_app.ui.agenda.document_list_model import BadgeColorRole

Index = QModelIndex | QPersistentModelIndex


class BadgeDelegate(QStyledItemDelegate):
    """Cells whose ``BadgeColorRole`` is set become pills; others paint as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        color = index.data(BadgeColorRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(color, QColor) or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # Selection background first, so the badge sits on the row's highlight.
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(str(text)) + 12
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.x() + 4,
            option.rect.center().y() - height / 2 + 1,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + 16, max(base.height(), QFontMetrics(option.font).height() + 8))
