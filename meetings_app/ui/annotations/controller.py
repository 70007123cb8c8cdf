"""AnnotationController: the markup tools on the viewer, saving each mark at once.

Text tools select characters (boxes from PDFium, extracted off the UI thread) and store the
line rectangles, the quote and its neighbourhood; the pen stores strokes with pressure;
notes sit at a point; the eraser removes the mark under the pointer. Every change is a
command on an undo stack, and every command writes through ``AnnotationsService`` (row and
outbox in one transaction) before the overlay changes, so what is drawn is what is saved.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from meetings_app.documents.geometry import Point
from meetings_app.domain.ids import new_id
from meetings_app.ui.annotations.marks_overlay import MarksOverlay
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.viewer.page_text import PageText
from meetings_app.ui.worker import run_plain

MARK_WRITES = "marks"
"""The worker pool (one thread) that saves marks in the order they were made."""

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.annotations_service import AnnotationsService, Mark

COLORS = ("#ffd400", "#7ed957", "#5ac8fa", "#ff7eb6", "#ff3b30")
INK_WIDTH_PT = 1.6


class Tool(Enum):
    NONE = "none"
    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"
    STRIKE = "strike"
    INK = "ink"
    NOTE = "note"
    ERASER = "eraser"


TEXT_TOOLS = (Tool.HIGHLIGHT, Tool.UNDERLINE, Tool.STRIKE)


def _new_mark(**fields: Any) -> Mark:
    """A fresh :class:`Mark` (its module comes with the store, after the window shows)."""
    from meetings_app.app.annotations_service import Mark

    return Mark(id=new_id(), **fields)


class _AddMark(QUndoCommand):
    def __init__(self, controller: AnnotationController, mark: Mark, text: str) -> None:
        super().__init__(text)
        self._c, self.mark = controller, mark

    def redo(self) -> None:
        self.mark = self._c._store(self.mark)

    def undo(self) -> None:
        self._c._erase(self.mark)


class _EraseMark(QUndoCommand):
    def __init__(self, controller: AnnotationController, mark: Mark, text: str) -> None:
        super().__init__(text)
        self._c, self.mark = controller, mark

    def redo(self) -> None:
        self._c._erase(self.mark)

    def undo(self) -> None:
        self.mark = self._c._store(self.mark)


class AnnotationController(QObject):
    """Plugs into ``viewer.view`` as its pointer tool and one of its overlays."""

    sig_saved = Signal(object)
    """A :class:`Mark` now in the local store and the outbox."""
    sig_erased = Signal(str)
    sig_failed = Signal(object)
    sig_note_requested = Signal(int, object)
    """Page and PDF point where the person wants a note; answer with :meth:`add_note`."""
    sig_marks_loaded = Signal(int)
    sig_tool_changed = Signal(object)

    def __init__(
        self,
        service: AnnotationsService | None,
        viewer: DocumentViewer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.viewer = viewer
        self.overlay = MarksOverlay()
        self.undo_stack = QUndoStack(self)
        self.version_id: str | None = None
        self.tool = Tool.NONE
        self.color = COLORS[0]
        self.share = False
        self._anchor: tuple[int, Point] | None = None
        self._end: Point | None = None
        self._stroke: list[list[float]] = []
        self._pending_text: tuple[int, Point, Point] | None = None
        viewer.view.overlays.append(self.overlay)
        viewer.renderer.sig_text_ready.connect(self._text_ready)

    # --- state ---------------------------------------------------------------------------

    @property
    def service(self) -> AnnotationsService:
        """Where marks are saved; set once the store is open (the window may show first)."""
        if self._service is None:
            raise RuntimeError("the local store is not open yet")
        return self._service

    @service.setter
    def service(self, service: AnnotationsService) -> None:
        self._service = service

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.viewer.view.tool = None if tool is Tool.NONE else self
        self.overlay.preview = []
        self.sig_tool_changed.emit(tool)

    def set_color(self, color: str) -> None:
        self.color = color

    def set_share(self, share: bool) -> None:
        self.share = share

    def load(self, version_id: str | None) -> None:
        """Show the marks of a version (read in the background)."""
        self.version_id = version_id
        self.undo_stack.clear()
        self.overlay.set_marks([])
        self.viewer.view.viewport().update()
        if version_id is None:
            return

        def done(marks: list[Mark]) -> None:
            if version_id == self.version_id:
                self.overlay.set_marks(marks)
                self.viewer.view.viewport().update()
                self.sig_marks_loaded.emit(len(marks))

        run_plain(
            lambda: self.service.for_version(version_id),
            on_done=done,
            on_failed=self.sig_failed.emit,
            owner=self,
        )

    def marks(self) -> list[Mark]:
        return self.overlay.all_marks()

    # --- pointer tool (called by DocumentView) -------------------------------------------

    def press(self, page: int, point: Point, pressure: float) -> None:
        self._anchor, self._end = (page, point), point
        if self.tool in TEXT_TOOLS:
            self.viewer.renderer.text(page)  # start extracting the characters now
        elif self.tool is Tool.INK:
            self._stroke = [[point.x, point.y, pressure]]
            self._update_ink_preview(page)

    def move(self, page: int, point: Point, pressure: float) -> None:
        if self._anchor is None:
            return
        self._end = point
        if self.tool in TEXT_TOOLS:
            text = self.viewer.renderer.text(page)
            mark = self._text_mark(page, text, self._anchor[1], point) if text else None
            self.overlay.preview = [mark] if mark else []
        elif self.tool is Tool.INK:
            last = self._stroke[-1]
            if abs(last[0] - point.x) + abs(last[1] - point.y) >= 0.5:
                self._stroke.append([point.x, point.y, pressure])
                self._update_ink_preview(page)

    def release(self, page: int, point: Point) -> None:
        if self._anchor is None:
            return
        start = self._anchor[1]
        self._anchor = None
        self.overlay.preview = []
        if self.tool in TEXT_TOOLS:
            text = self.viewer.renderer.text(page)
            if text is None:
                self._pending_text = (page, start, point)  # finished by _text_ready
            else:
                self._finish_text(page, text, start, point)
        elif self.tool is Tool.INK:
            if len(self._stroke) >= 1:
                self.add(self._ink_mark(page))
            self._stroke = []
        elif self.tool is Tool.NOTE:
            self.sig_note_requested.emit(page, point)
        elif self.tool is Tool.ERASER:
            mark = self.overlay.mark_at(page, point)
            if mark is not None and mark.mine:
                self.erase(mark)

    def _text_ready(self, page: int) -> None:
        pending = self._pending_text
        if pending is None or pending[0] != page:
            return
        self._pending_text = None
        text = self.viewer.renderer.text(page)
        if text is not None:
            self._finish_text(page, text, pending[1], pending[2])

    def _finish_text(self, page: int, text: PageText, a: Point, b: Point) -> None:
        mark = self._text_mark(page, text, a, b)
        if mark is not None:
            self.add(mark)

    def _text_mark(self, page: int, text: PageText, a: Point, b: Point) -> Mark | None:
        first, last = text.char_at(a), text.char_at(b)
        if first is None or last is None or self.version_id is None:
            return None
        span = text.span(first, last)
        if not span.rects or not span.quote.strip():
            return None
        return _new_mark(
            document_version_id=self.version_id,
            page=page,
            kind=self.tool.value,
            geometry={"rects": [r.as_list() for r in span.rects]},
            color=self.color,
            shared=self.share,
            quote=span.quote,
            context=span.context,
        )

    def _ink_mark(self, page: int) -> Mark:
        assert self.version_id is not None
        return _new_mark(
            document_version_id=self.version_id,
            page=page,
            kind="ink",
            geometry={"paths": [self._stroke], "width": INK_WIDTH_PT},
            color=self.color,
            shared=self.share,
        )

    def _update_ink_preview(self, page: int) -> None:
        if self.version_id is not None:
            self.overlay.preview = [self._ink_mark(page)]

    # --- commands ------------------------------------------------------------------------

    def add(self, mark: Mark) -> None:
        """Save a new mark (undoable)."""
        self.undo_stack.push(_AddMark(self, mark, self.tr("Add mark")))

    def add_note(self, page: int, point: Point, text: str) -> None:
        if self.version_id is None or not text.strip():
            return
        self.add(
            _new_mark(
                document_version_id=self.version_id,
                page=page,
                kind="note",
                geometry={"rects": [[point.x, point.y, point.x, point.y]]},
                color=self.color,
                text=text.strip(),
                shared=self.share,
            )
        )

    def erase(self, mark: Mark) -> None:
        self.undo_stack.push(_EraseMark(self, mark, self.tr("Erase mark")))

    # Saves run on the "marks" worker (one thread, first in first out), never on the UI
    # thread: a save waits for the disk (synchronous=FULL) and, at worst, for the sync
    # engine's write lock. The overlay shows the change at once and takes it back, with the
    # error shown, if the save fails; the queue keeps add, erase and undo in order.

    def _store(self, mark: Mark) -> Mark:
        self.overlay.add(mark)
        self.viewer.view.viewport().update()
        service = self.service

        def failed(error: BaseException) -> None:
            self.overlay.remove(mark.id)
            self.viewer.view.viewport().update()
            self.sig_failed.emit(error)

        run_plain(
            lambda: service.add(mark),
            on_done=self._stored,
            on_failed=failed,
            owner=self,
            pool_name=MARK_WRITES,
        )
        return mark

    def _stored(self, saved: Mark) -> None:
        self.overlay.add(saved)
        self.sig_saved.emit(saved)

    def _erase(self, mark: Mark) -> None:
        self.overlay.remove(mark.id)
        self.viewer.view.viewport().update()
        service = self.service

        def failed(error: BaseException) -> None:
            self.overlay.add(mark)
            self.viewer.view.viewport().update()
            self.sig_failed.emit(error)

        run_plain(
            lambda: service.delete(mark.id),
            on_done=lambda _r: self.sig_erased.emit(mark.id),
            on_failed=failed,
            owner=self,
            pool_name=MARK_WRITES,
        )
