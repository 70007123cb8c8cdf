"""ThumbnailModel: one row per page, its small picture rendered on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage

from meetings_app.ui.viewer.renderer import PageRenderer

Index = QModelIndex | QPersistentModelIndex
THUMB_WIDTH = 96
PageRole = Qt.ItemDataRole.UserRole + 1


class ThumbnailModel(QAbstractListModel):
    """Asks the renderer only for rows a view actually paints (``data`` is lazy)."""

    def __init__(self, renderer: PageRenderer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._sizes: list[tuple[float, float]] = []
        self.device_pixel_ratio = 1.0
        renderer.sig_page_ready.connect(self._ready)
        renderer.sig_page_failed.connect(self._changed)

    def reset(self) -> None:
        self.beginResetModel()
        doc = self._renderer.document
        self._sizes = doc.page_sizes() if doc is not None else []
        self.endResetModel()

    def pixel_width(self) -> int:
        return max(round(THUMB_WIDTH * self.device_pixel_ratio), 1)

    def thumb_size(self, row: int) -> QSize:
        w, h = self._sizes[row] if 0 <= row < len(self._sizes) else (1.0, 1.414)
        return QSize(THUMB_WIDTH, max(round(THUMB_WIDTH * h / max(w, 1.0)), 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sizes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sizes):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._renderer.image(row, self.pixel_width(), priority=0)
            if image is None:
                size = self.thumb_size(row)
                blank = QImage(size, QImage.Format.Format_RGB32)
                blank.fill(
                    QColor("#f5f5f5") if row not in self._renderer.errors else QColor("#ffe0b2")
                )
                return blank
            image = QImage(image)
            image.setDevicePixelRatio(self.device_pixel_ratio)
            return image
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page %1").replace("%1", str(row + 1))
        if role == Qt.ItemDataRole.SizeHintRole:
            size = self.thumb_size(row)
            return QSize(THUMB_WIDTH + 24, size.height() + 28)
        if role == PageRole:
            return row
        return None

    def _ready(self, page: int, width: int) -> None:
        if width == self.pixel_width():
            self._changed(page)

    def _changed(self, page: int) -> None:
        if 0 <= page < len(self._sizes):
            index = self.index(page, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
