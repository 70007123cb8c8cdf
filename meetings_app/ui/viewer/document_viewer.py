"""DocumentViewer: toolbar, thumbnails, the page view and in-document search, together."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meetings_app.documents.geometry import PageGeometry, Rect
from meetings_app.ui.viewer.backend import SearchHit, ViewerDocument
from meetings_app.ui.viewer.document_view import ZOOM_STEPS, DocumentView, FitMode, OpenPlan
from meetings_app.ui.viewer.engine import open_pdf, warm_up
from meetings_app.ui.viewer.hits_model import DocumentHitsModel, HitRole
from meetings_app.ui.viewer.renderer import PageRenderer
from meetings_app.ui.viewer.signature_panel import SignaturePanel, read_pdf_signatures
from meetings_app.ui.viewer.thumbnail_list import ThumbnailList
from meetings_app.ui.worker import Op, run_op

if TYPE_CHECKING:
    from meetings_app.documents.pdf_signatures import SignatureReading


FIRST_PAGE_LIMIT_S = 2.0
"""Longest the open job waits for page 1 before handing the document over without it."""
FirstPage = tuple[int, tuple[QImage, PageGeometry]]
"""Page 1 drawn while its document opened: its width in device pixels, picture, geometry."""


@dataclass(frozen=True)
class _Opened:
    """What the open job hands the UI thread: the document, its signatures, and page 1
    already drawn at the size it will be shown (its width, picture and geometry)."""

    doc: ViewerDocument
    readings: list[SignatureReading]
    first_page: FirstPage | None


def _first_page(doc: ViewerDocument, plan: OpenPlan, limit_s: float) -> FirstPage | None:
    """Page 1 drawn right after opening, on the same worker; None when it cannot be drawn
    within ``limit_s`` (a page stuck in PDFium must not hold the document back: the
    renderer then tries again, with its own time limit, and explains the failure)."""
    if doc.page_count == 0:
        return None
    drawn: list[FirstPage] = []

    def draw() -> None:
        sizes = doc.page_sizes()
        width = plan.first_page_width(sizes)
        with contextlib.suppress(Exception):
            drawn.append((width, doc.render(0, width / max(sizes[0][0], 1.0))))

    thread = threading.Thread(target=draw, name="first-page", daemon=True)
    thread.start()
    thread.join(limit_s)
    return drawn[0] if drawn else None


class DocumentViewer(QWidget):
    """Opens a document from bytes loaded in the background and shows it."""

    sig_document_opened = Signal(object)
    """The key given to :meth:`open_document`."""
    sig_open_failed = Signal(object)
    sig_search_finished = Signal(int)

    def __init__(self, parent: QWidget | None = None, renderer: PageRenderer | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.renderer = renderer or PageRenderer(parent=self)
        self.view = DocumentView(self.renderer, self)
        self.thumbnails = ThumbnailList(self.renderer, self)
        self.search_model = DocumentHitsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Places found in the document"))
        self.results.setModel(self.search_model)
        self.results.setWordWrap(True)
        self.results.hide()
        self.results.activated.connect(self._hit_chosen)
        self.results.clicked.connect(self._hit_chosen)
        self.document: ViewerDocument | None = None
        self.opener: Callable[[bytes], ViewerDocument] = open_pdf
        """Opens the bytes of a document: the engine chosen by ``engine.open_pdf``."""
        self.signature_reader: Callable[[bytes], list[SignatureReading]] = read_pdf_signatures
        """Reads the document's digital signatures (on the worker, with the bytes)."""
        self.signatures = SignaturePanel(self)
        self.key: Hashable = None
        self.title = ""
        self._open_op: Op | None = None
        self._search_stop: threading.Event | None = None
        self._warming = False

        self.toolbar = QToolBar(self.tr("Document"), self)
        self.toolbar.setObjectName("viewerToolbar")
        self._build_actions()
        self._build_toolbar_widgets()
        self._fill_toolbar()

        self.message = QLabel(self)
        self.message.setObjectName("viewerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setText(self.tr("Choose a document in the agenda to read it here."))
        self.stack = QStackedWidget(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.thumbnails)
        split.addWidget(self.view)
        split.addWidget(self.results)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        self.stack.addWidget(self.message)
        self.stack.addWidget(split)
        # The pages stay laid out under the message (which hides them), so the size page 1
        # will be shown at is known when a document starts opening (``OpenPlan``).
        stacked = self.stack.layout()
        assert isinstance(stacked, QStackedLayout)
        stacked.setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.message.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.signatures)
        layout.addWidget(self.stack, 1)

        self.view.sig_page_changed.connect(self._page_changed)
        self.view.sig_zoom_changed.connect(self._zoom_changed)
        self.thumbnails.sig_page_clicked.connect(self.view.go_to_page)
        self._set_enabled(False)

    # --- actions -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], Any],
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        return action

    def warm_up_engine(self) -> None:
        """Start the PDF engine in the background while the reader is still choosing a
        document (once per process). Not done when the viewer is built: the main window's
        viewer exists before its first paint and its meeting list, which must not wait for
        QtPdf and PDFium to load (the window calls this once its meetings are listed)."""
        if not self._warming:
            self._warming = True
            run_op(lambda _p: warm_up(), pool_name="render", priority=-20)

    def _build_actions(self) -> None:
        """The viewer's commands, each with its shortcut and object name (tests find them by it)."""
        self.act_previous = self._action(
            self.tr("Previous page"), "Ctrl+Up", self.view.previous_page, "actPreviousPage"
        )
        self.act_next = self._action(
            self.tr("Next page"), "Ctrl+Down", self.view.next_page, "actNextPage"
        )
        self.act_first = self._action(
            self.tr("First page"), "Ctrl+Home", lambda: self.view.go_to_page(0), "actFirstPage"
        )
        self.act_last = self._action(
            self.tr("Last page"),
            "Ctrl+End",
            lambda: self.view.go_to_page(self.view.page_count - 1),
            "actLastPage",
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.view.zoom_in, "actZoomIn"
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.view.zoom_out, "actZoomOut"
        )
        self.act_fit_width = self._action(
            self.tr("Fit width"), "Ctrl+1", self.view.fit_width, "actFitWidth"
        )
        self.act_fit_page = self._action(
            self.tr("Fit page"), "Ctrl+2", self.view.fit_page, "actFitPage"
        )
        self.act_actual_size = self._action(
            self.tr("Actual size"), "Ctrl+0", lambda: self.view.set_zoom(1.0), "actActualSize"
        )
        self.act_go_to = self._action(
            self.tr("Go to page…"), "Ctrl+G", self._focus_page_box, "actGoToPage"
        )
        self.act_find = self._action(
            self.tr("Find in document"),
            QKeySequence.StandardKey.Find,
            self._focus_search,
            "actFind",
        )
        self.act_find_next = self._action(
            self.tr("Next match"),
            QKeySequence.StandardKey.FindNext,
            lambda: self._step_hit(1),
            "actFindNext",
        )
        self.act_find_previous = self._action(
            self.tr("Previous match"),
            QKeySequence.StandardKey.FindPrevious,
            lambda: self._step_hit(-1),
            "actFindPrevious",
        )
        self.act_thumbnails = self._action(
            self.tr("Thumbnails"), "F4", self._toggle_thumbnails, "actThumbnails"
        )
        self.act_thumbnails.setCheckable(True)
        self.act_thumbnails.setChecked(True)

    def _build_toolbar_widgets(self) -> None:
        """The page number, zoom and search boxes the toolbar holds beside the actions."""
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pageBox")
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda v: self.view.go_to_page(v - 1))
        self.page_count_label = QLabel(self)
        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("zoomBox")
        self.zoom_box.setEditable(False)
        self.zoom_box.addItem(self.tr("Fit width"), "width")
        self.zoom_box.addItem(self.tr("Fit page"), "page")
        for step in ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(step * 100)} %", step)
        self.zoom_box.activated.connect(self._zoom_chosen)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.tr("Find in document"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Find in document"))
        self.search_box.setMaximumWidth(240)
        self.search_box.returnPressed.connect(lambda: self.search(self.search_box.text()))
        self.search_progress = QProgressBar(self)
        self.search_progress.setMaximumWidth(80)
        self.search_progress.setTextVisible(False)
        self.search_progress.hide()

    def _fill_toolbar(self) -> None:
        """Lay out the toolbar; the commands without a button still answer their shortcuts."""
        tb = self.toolbar
        tb.addAction(self.act_thumbnails)
        tb.addSeparator()
        tb.addAction(self.act_previous)
        tb.addWidget(self.page_box)
        tb.addWidget(self.page_count_label)
        tb.addAction(self.act_next)
        tb.addSeparator()
        tb.addAction(self.act_zoom_out)
        tb.addWidget(self.zoom_box)
        tb.addAction(self.act_zoom_in)
        tb.addAction(self.act_fit_width)
        tb.addAction(self.act_fit_page)
        tb.addSeparator()
        tb.addWidget(self.search_box)
        tb.addWidget(self.search_progress)
        for action in (
            self.act_first,
            self.act_last,
            self.act_actual_size,
            self.act_go_to,
            self.act_find,
            self.act_find_next,
            self.act_find_previous,
        ):
            self.addAction(action)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.act_previous,
            self.act_next,
            self.act_first,
            self.act_last,
            self.act_go_to,
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit_width,
            self.act_fit_page,
            self.act_actual_size,
            self.act_find,
            self.act_find_next,
            self.act_find_previous,
            self.act_thumbnails,
        ]

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.actions_for_menu():
            action.setEnabled(enabled)
        for widget in (self.page_box, self.zoom_box, self.search_box):
            widget.setEnabled(enabled)

    # --- opening -------------------------------------------------------------------------

    def open_document(self, loader: Callable[[], bytes], key: Hashable, title: str = "") -> Op:
        """Load the bytes and open them (``self.opener``) in the background, then show
        page 1."""
        if self._open_op is not None:
            self._open_op.cancel()
        self.message.setText(self.tr("Opening “%1”…").replace("%1", title))
        self._show_pages(False)

        plan = self.view.open_plan()
        limit_s = min(self.renderer.timeout_ms / 1000, FIRST_PAGE_LIMIT_S)

        def work(_progress: Any) -> _Opened:
            data = loader()
            doc = self.opener(data)
            return _Opened(doc, self.signature_reader(data), _first_page(doc, plan, limit_s))

        op = run_op(
            work,
            on_done=lambda opened: self._opened(opened, key, title),
            on_failed=self._open_failed,
            owner=self,
        )
        self._open_op = op
        return op

    def set_document(
        self, doc: ViewerDocument | None, key: Hashable = None, title: str = ""
    ) -> None:
        old, old_key = self.document, self.renderer.key
        self.document, self.key, self.title = doc, key, title
        self._cancel_search()
        self.search_model.clear()
        self.results.hide()
        self.view.set_document(doc, key)
        self.thumbnails.reset_document()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(doc.page_count if doc else 1, 1))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(
            self.tr(" of %1").replace("%1", str(doc.page_count)) if doc else ""
        )
        self._show_pages(doc is not None)
        self._set_enabled(doc is not None)
        if old is not None and old is not doc:
            self.renderer.cache.drop_document(old_key)
            _close_later(old)

    def _show_pages(self, shown: bool) -> None:
        """The pages, or the message over them. Both stay laid out (``StackAll``), so the
        message is hidden outright while pages show: the view paints only its pages, and
        the message's text showed through its margins."""
        self.stack.setCurrentIndex(1 if shown else 0)
        self.message.setVisible(not shown)

    def close_document(self) -> None:
        self.set_document(None)
        self.signatures.show_readings([])
        self.message.setText(self.tr("Choose a document in the agenda to read it here."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_document()
        super().closeEvent(event)

    def _opened(self, opened: _Opened, key: Hashable, title: str) -> None:
        self._open_op = None
        self.set_document(opened.doc, key, title)
        if opened.first_page is not None:
            self.renderer.prime(0, *opened.first_page)
        self.signatures.show_readings(opened.readings)
        self.sig_document_opened.emit(key)

    def _open_failed(self, error: BaseException) -> None:
        from meetings_app.ui.errors import describe_error  # on first error

        self._open_op = None
        text = describe_error(error)
        self.message.setText(f"{text.what}\n\n{text.safe} {text.todo}")
        self._show_pages(False)
        self.sig_open_failed.emit(error)

    # --- navigation ----------------------------------------------------------------------

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.thumbnails.set_current_page(page)

    def _zoom_changed(self, zoom: float) -> None:
        mode = self.view.fit_mode
        data: object = mode.value if mode is not FitMode.NONE else None
        index = self.zoom_box.findData(data) if data else -1
        if index < 0:
            index = self.zoom_box.findText(f"{round(zoom * 100)} %")
        self.zoom_box.blockSignals(True)
        if index >= 0:
            self.zoom_box.setCurrentIndex(index)
        self.zoom_box.setToolTip(f"{round(zoom * 100)} %")
        self.zoom_box.blockSignals(False)

    def _zoom_chosen(self, index: int) -> None:
        data = self.zoom_box.itemData(index)
        if data == "width":
            self.view.fit_width()
        elif data == "page":
            self.view.fit_page()
        elif isinstance(data, float):
            self.view.set_zoom(data)

    def _focus_page_box(self) -> None:
        self.page_box.setFocus()
        self.page_box.selectAll()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _toggle_thumbnails(self) -> None:
        self.thumbnails.setVisible(self.act_thumbnails.isChecked())

    # --- search --------------------------------------------------------------------------

    def search(self, needle: str) -> Op | None:
        """Search every page in the background; hits stream into the results list."""
        self._cancel_search()
        self.search_model.clear()
        self.view.highlights = {}
        self.view.viewport().update()
        doc = self.document
        if doc is None or not needle.strip():
            self.results.hide()
            return None
        stop = threading.Event()
        self._search_stop = stop
        self.results.show()
        self.search_progress.setRange(0, doc.page_count)
        self.search_progress.setValue(0)
        self.search_progress.show()

        def work(progress: Callable[[int, int], None]) -> list[SearchHit]:
            hits: list[SearchHit] = []
            for page in range(doc.page_count):
                if stop.is_set():
                    break
                hits.extend(doc.search(needle, page))
                progress(page + 1, doc.page_count)
            return hits

        def done(hits: list[SearchHit]) -> None:
            if stop.is_set():
                return
            self.search_progress.hide()
            self.search_model.add(hits)
            highlights: dict[int, list[Rect]] = {}
            for hit in hits:
                highlights.setdefault(hit.page, []).extend(hit.rects)
            self.view.highlights = highlights
            if hits:
                self.results.setCurrentIndex(self.search_model.index(0, 0))
                self._show_hit(hits[0])
            self.sig_search_finished.emit(len(hits))

        def failed(error: BaseException) -> None:
            from meetings_app.ui.errors import describe_error  # on first error

            self.search_progress.hide()
            self.message.setText(describe_error(error).what)

        return run_op(
            work,
            on_done=done,
            on_failed=failed,
            on_progress=self._search_progress,
            owner=self,
            pool_name="render",
        )

    def _search_progress(self, done: int, _total: int) -> None:
        self.search_progress.setValue(done)

    def _cancel_search(self) -> None:
        if self._search_stop is not None:
            self._search_stop.set()
            self._search_stop = None
        self.search_progress.hide()

    def _hit_chosen(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            self._show_hit(hit)

    def _show_hit(self, hit: SearchHit) -> None:
        if hit.rects:
            self.view.show_rect(hit.page, hit.rects[0])
        else:
            self.view.go_to_page(hit.page)
        self.view.viewport().update()

    def _step_hit(self, step: int) -> None:
        count = self.search_model.rowCount()
        if not count:
            return
        row = (self.results.currentIndex().row() + step) % count
        index = self.search_model.index(row, 0)
        self.results.setCurrentIndex(index)
        self._hit_chosen(index)


def _close_later(doc: ViewerDocument) -> None:
    """Close a document once the render thread is done with it (never on the UI thread
    while PDFium may be busy, which could block the window)."""
    run_op(lambda _p: doc.close(), pool_name="render", priority=-10)
