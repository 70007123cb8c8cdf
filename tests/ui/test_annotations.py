"""Marks are saved at once (row + outbox, one transaction), undo works, zoom never moves them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.services import ClientServices
from meetings_app.documents.geometry import Point
from meetings_app.domain.models import Annotation, OutboxEntry
from meetings_app.ui.annotations.controller import AnnotationController, Tool
from meetings_app.ui.annotations.toolbar import AnnotationToolBar
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def marked(qtbot, services: ClientServices, store: ReaderStore):  # type: ignore[no-untyped-def]
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 800)
    viewer.show()
    qtbot.waitExposed(viewer)
    controller = AnnotationController(services.annotations, viewer)
    toolbar = AnnotationToolBar(controller)
    qtbot.addWidget(toolbar)
    version = store.version_ids["decree"]
    with qtbot.waitSignal(viewer.sig_document_opened, timeout=10_000):
        viewer.open_document(lambda: services.documents.read_pdf(version), version, "Dự thảo")
    with qtbot.waitSignal(controller.sig_marks_loaded, timeout=5_000):
        controller.load(version)
    return viewer, controller, version


def _rows(services: ClientServices) -> tuple[list[Annotation], list[OutboxEntry]]:
    with Session(services.engine) as s:
        return list(s.scalars(select(Annotation))), list(s.scalars(select(OutboxEntry)))


def _drag(qtbot, viewer: DocumentViewer, page: int, a: Point, b: Point) -> None:  # type: ignore[no-untyped-def]
    view = viewer.view
    pa, pb = view.pdf_to_viewport(page, a).toPoint(), view.pdf_to_viewport(page, b).toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=pa)
    qtbot.mouseMove(view.viewport(), QPoint((pa.x() + pb.x()) // 2, pa.y()))
    qtbot.mouseMove(view.viewport(), pb)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pb)


def test_highlight_by_dragging_saves_row_and_outbox(
    qtbot, marked, services: ClientServices
) -> None:  # type: ignore[no-untyped-def]
    viewer, controller, version = marked
    controller.set_tool(Tool.HIGHLIGHT)
    viewer.view.set_zoom(1.0)
    text = viewer.renderer.text(0)
    qtbot.waitUntil(lambda: viewer.renderer.text(0) is not None, timeout=5_000)
    text = viewer.renderer.text(0)
    assert text is not None
    span = text.find("Phạm vi điều chỉnh")[0]
    rect = span.rects[0]
    mid = (rect.y0 + rect.y1) / 2
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000) as saved:
        _drag(qtbot, viewer, 0, Point(rect.x0 + 1, mid), Point(rect.x1 - 1, mid))
    mark = saved.args[0]
    assert mark.kind == "highlight" and mark.quote == "Phạm vi điều chỉnh"
    assert "Điều 1" in mark.context
    rows, outbox = _rows(services)
    assert [r.id for r in rows] == [mark.id]
    assert rows[0].document_version_id == version and rows[0].owner_id == services.person_id
    assert [(o.entity, o.entity_id) for o in outbox] == [("annotation", mark.id)]
    assert outbox[0].data["quote"] == "Phạm vi điều chỉnh"
    # Stored in PDF points: the same rectangle the text occupies, whatever the zoom was.
    stored = rows[0].geometry["rects"][0]
    assert stored == pytest.approx(rect.as_list(), abs=0.01)


def test_ink_note_eraser_and_undo(qtbot, marked, services: ClientServices) -> None:  # type: ignore[no-untyped-def]
    viewer, controller, _version = marked
    controller.set_tool(Tool.INK)
    controller.set_color("#ff3b30")
    controller.set_share(True)
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000) as saved:
        _drag(qtbot, viewer, 0, Point(100, 500), Point(300, 520))
    ink = saved.args[0]
    assert ink.kind == "ink" and ink.shared and len(ink.geometry["paths"][0]) >= 2
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000):
        controller.add_note(0, Point(72, 700), "Đề nghị làm rõ khái niệm.")
    rows, outbox = _rows(services)
    assert {r.kind for r in rows} == {"ink", "note"}
    assert len(outbox) == 2
    # The eraser removes the stroke (a tombstone goes to the outbox), undo brings it back.
    controller.set_tool(Tool.ERASER)
    with qtbot.waitSignal(controller.sig_erased, timeout=5_000):
        _drag(qtbot, viewer, 0, Point(150, 500), Point(150, 500))
    rows, outbox = _rows(services)
    assert next(r for r in rows if r.id == ink.id).deleted
    assert outbox[-1].deleted
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000):
        controller.undo_stack.undo()
    rows, _ = _rows(services)
    assert not next(r for r in rows if r.id == ink.id).deleted
    assert {m.id for m in controller.marks()} >= {ink.id}


def test_marks_reload_with_the_version(qtbot, marked) -> None:  # type: ignore[no-untyped-def]
    _viewer, controller, version = marked
    with qtbot.waitSignal(controller.sig_saved, timeout=5_000):
        controller.add_note(1, Point(300, 400), "Ghi chú")
    with qtbot.waitSignal(controller.sig_marks_loaded, timeout=5_000) as loaded:
        controller.load(version)
    assert loaded.args[0] == 1


def test_a_failed_save_takes_the_mark_back_and_says_why(qtbot, marked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _viewer, controller, _version = marked
    from meetings_app.store.disk import DiskFull

    def full(_mark):  # type: ignore[no-untyped-def]
        raise DiskFull("The disk is full.")

    monkeypatch.setattr(controller.service, "add", full)
    with qtbot.waitSignal(controller.sig_failed, timeout=5_000) as failed:
        controller.add_note(0, Point(72, 700), "Không lưu được")
        assert any(m.text == "Không lưu được" for m in controller.marks())  # shown at once
    assert failed.args[0].code == "DISK_FULL"
    assert not any(m.text == "Không lưu được" for m in controller.marks())
