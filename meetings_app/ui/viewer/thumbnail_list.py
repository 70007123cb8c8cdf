"""ThumbnailList: the page thumbnails beside the viewer; clicking one goes to its page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from meetings_app.ui.viewer.renderer import PageRenderer
from meetings_app.ui.viewer.thumbnail_model import THUMB_WIDTH, ThumbnailModel


class ThumbnailList(QListView):
    sig_page_clicked = Signal(int)

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.setAccessibleName(self.tr("Page thumbnails"))
        self._renderer = renderer
        self.thumb_model = ThumbnailModel(renderer, self)
        self.setModel(self.thumb_model)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.5)))
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFixedWidth(THUMB_WIDTH + 48)
        self.clicked.connect(lambda index: self.sig_page_clicked.emit(index.row()))
        self.activated.connect(lambda index: self.sig_page_clicked.emit(index.row()))

    def reset_document(self) -> None:
        self.thumb_model.device_pixel_ratio = float(self.devicePixelRatioF()) or 1.0
        self.thumb_model.reset()

    def set_current_page(self, page: int) -> None:
        index = self.thumb_model.index(page, 0)
        if index.isValid():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def paintEvent(self, event: QPaintEvent) -> None:
        first = self.indexAt(QPoint(4, 4))
        last = self.indexAt(QPoint(4, self.viewport().height() - 4))
        start = first.row() if first.isValid() else 0
        stop = last.row() if last.isValid() else min(start + 8, self.thumb_model.rowCount() - 1)
        width = self.thumb_model.pixel_width()
        self._renderer.set_wanted("thumbs", {(p, width) for p in range(start, stop + 1)})
        super().paintEvent(event)

    def current_page(self) -> int:
        index: QModelIndex = self.currentIndex()
        return index.row() if index.isValid() else 0
