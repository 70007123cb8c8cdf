"""Documents in the prepare mode: safe import with a refusal, recipients, new versions, and a
PDF protected by a password (asked for; the right one imports a decrypted copy, a wrong one
says so and changes nothing)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.services import PrepareServices
from meetings_app.app.services import ClientServices
from meetings_app.domain.models import Document, DocumentVersion, OutboxEntry
from meetings_app.ui.prepare.agenda_builder import AgendaBuilder
from meetings_app.ui.prepare.document_dialog import DocumentDialog
from meetings_app.ui.prepare.documents_page import DocumentsPage
from meetings_app.ui.prepare.versions_dialog import VersionsDialog
from tests.support.local_store import decree_pdf
from tests.support.pdf_samples import samples_folder
from tests.support.reader_meeting import ReaderStore

PASSWORDED = Path("/work/shared/pdf-samples/libreoffice-writer-password.pdf")


@pytest.fixture
def page(qtbot, secretariat: ClientServices, store: ReaderStore) -> DocumentsPage:  # type: ignore[no-untyped-def]
    prepare = PrepareServices.build(secretariat)
    builder = AgendaBuilder(prepare.agenda)
    qtbot.addWidget(builder)
    builder.load(store.meeting)
    qtbot.waitUntil(lambda: builder.model.rowCount() > 0)
    widget = DocumentsPage(prepare.documents, builder.model)
    widget.builder = builder  # type: ignore[attr-defined]  # keeps the shared model alive
    qtbot.addWidget(widget)
    widget.load(store.meeting)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def pdf_file(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_bytes(decree_pdf(title, 2))
    return path


def truncated(folder: Path) -> Path:
    path = folder / "hong.pdf"
    path.write_bytes(decree_pdf("Tài liệu hỏng", 2)[:900])
    return path


def documents(services: ClientServices) -> list[Document]:
    with Session(services.engine) as session:
        return list(session.scalars(select(Document)))


def test_dropped_files_are_imported_and_a_refused_one_says_why(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices, store: ReaderStore, tmp_path: Path
) -> None:
    before = len(documents(secretariat))
    good = pdf_file(tmp_path, "to-trinh.pdf", "Tờ trình Chính phủ")
    bad = [truncated(tmp_path)]
    if PASSWORDED.exists():
        bad.append(PASSWORDED)
    tree = page.tree
    index = page.agenda.index_of(store.item_ids["decree"], 0)
    rect = tree.visualRect(index)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in [good, *bad]])
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    asked = page.findChild(QInputDialog, "pdfPasswordDialog")
    if PASSWORDED.exists():  # the password is asked for; without it the file is refused
        assert asked is not None
        asked.reject()
    rows = documents(secretariat)
    assert len(rows) == before + 1  # only the good file
    added = next(d for d in rows if d.title == "Tờ trình Chính phủ")
    assert added.agenda_item_id == store.item_ids["decree"]
    refusals = page.refusals.text()
    assert "hong.pdf" in refusals
    if PASSWORDED.exists():
        assert PASSWORDED.name in refusals
    with Session(secretariat.engine) as session:
        entities = [e.entity for e in session.scalars(select(OutboxEntry))]
    assert entities == ["document", "document_version"]


def test_a_confidential_document_goes_to_two_named_recipients(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices, store: ReaderStore
) -> None:
    page.table.selectRow(page.model.row_of(store.document_ids["decree"]))
    with qtbot.waitSignal(page.sig_dialog_opened) as opened:
        page.describe()
    dialog = opened.args[0]
    assert isinstance(dialog, DocumentDialog)
    dialog.classification.setCurrentIndex(dialog.classification.findData("confidential"))
    assert dialog.named.isChecked() and not dialog.everyone.isEnabled()
    named = min(2, dialog.people.count())
    assert named == 2
    for i in range(named):
        dialog.people.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.may_export.setChecked(False)
    with qtbot.waitSignal(page.sig_saved):
        dialog.accept()
    with Session(secretariat.engine) as session:
        doc = session.get(Document, store.document_ids["decree"])
        assert doc is not None
        assert doc.classification == "confidential"
        assert len(doc.recipients) == named
        assert doc.policy["export"] is False
        [entry] = session.scalars(select(OutboxEntry)).all()
        assert entry.entity == "document" and entry.data["classification"] == "confidential"


def test_replacing_makes_a_new_version_with_its_note_and_every_version_is_listed(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices, store: ReaderStore, tmp_path: Path
) -> None:
    document_id = store.document_ids["decree"]
    new_file = pdf_file(tmp_path, "du-thao-v3.pdf", "Dự thảo Nghị định (lần 3)")
    with qtbot.waitSignal(page.sig_saved, timeout=60_000):
        page.replace(document_id, new_file, "Sửa Điều 3 theo ý kiến Bộ Tư pháp")
    with Session(secretariat.engine) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        current = session.get(DocumentVersion, doc.current_version_id)
        assert current is not None
        assert current.change_note == "Sửa Điều 3 theo ý kiến Bộ Tư pháp"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(page.model.row_of(document_id))
    with qtbot.waitSignal(page.sig_dialog_opened) as opened:
        page.show_versions()
    dialog = opened.args[0]
    assert isinstance(dialog, VersionsDialog)
    assert dialog.list.topLevelItemCount() == current.number
    assert dialog.list.topLevelItem(0).text(3) == "Sửa Điều 3 theo ý kiến Bộ Tư pháp"
    older = dialog.list.topLevelItem(dialog.list.topLevelItemCount() - 1)
    dialog.list.setCurrentItem(older)
    with qtbot.waitSignal(page.sig_open_version) as chosen:
        dialog.open_button.click()
    assert chosen.args[0] == older.data(0, Qt.ItemDataRole.UserRole)
    dialog.close()


def test_members_see_the_change_note_with_the_new_version_notice(qtbot) -> None:  # type: ignore[no-untyped-def]
    from meetings_app.app.sync_service import Notice
    from meetings_app.ui.notice_bar import NoticeBar

    bar = NoticeBar()
    qtbot.addWidget(bar)
    text = bar.text_for(Notice("version", "Dự thảo Nghị định", "m", "v", "Sửa Điều 3"))
    assert text.endswith(": Sửa Điều 3") and "Dự thảo Nghị định" in text


# --- PDFs protected by a password ------------------------------------------------------

SAMPLE = "libreoffice-writer-password.pdf"
SAMPLE_PASSWORD = "openpassword"  # pdf-samples/README.md


def locked(folder: Path, password: str) -> Path:
    """A PDF of our own, encrypted (AES-256) with ``password``."""
    writer = PdfWriter(clone_from=io.BytesIO(decree_pdf("Dự thảo mật", 2)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    path = folder / "du-thao-mat.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert PdfReader(path).is_encrypted
    return path


def answer(qtbot, page: DocumentsPage, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.findChild(QInputDialog, "pdfPasswordDialog") is not None)
    dialog = page.findChild(QInputDialog, "pdfPasswordDialog")
    assert dialog is not None and dialog.textEchoMode().name == "Password"
    dialog.setTextValue(password)
    dialog.accept()


def test_the_right_password_imports_a_decrypted_copy(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices
) -> None:
    sample = samples_folder() / SAMPLE
    before = len(documents(secretariat))
    page.add_files(None, [sample])
    answer(qtbot, page, SAMPLE_PASSWORD)
    qtbot.waitUntil(lambda: len(documents(secretariat)) == before + 1, timeout=60_000)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.refusals.text() == ""
    with Session(secretariat.engine) as session:
        version = session.scalars(
            select(DocumentVersion).where(DocumentVersion.filename == SAMPLE)
        ).one()
    stored = secretariat.documents.read_pdf(version.id)
    assert not PdfReader(io.BytesIO(stored)).is_encrypted  # the copy kept is decrypted


@pytest.mark.parametrize("given", ["not-the-password"])
def test_a_wrong_password_says_so_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices, tmp_path: Path, given: str
) -> None:
    path = locked(tmp_path, "mat-khau-dung")
    before = len(documents(secretariat))
    page.add_files(None, [path])
    answer(qtbot, page, given)
    qtbot.waitUntil(lambda: "du-thao-mat.pdf" in page.refusals.text(), timeout=60_000)
    assert "The password does not open this PDF" in page.refusals.text()
    assert len(documents(secretariat)) == before


def test_a_new_version_protected_by_a_password_asks_for_it(  # type: ignore[no-untyped-def]
    qtbot, page: DocumentsPage, secretariat: ClientServices, store: ReaderStore, tmp_path: Path
) -> None:
    path = locked(tmp_path, "mat-khau-dung")
    document_id = store.document_ids["decree"]
    with qtbot.waitSignal(page.sig_saved, timeout=60_000):
        page.replace(document_id, path, "Bản có mật khẩu")
        answer(qtbot, page, "mat-khau-dung")
    with Session(secretariat.engine) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        current = session.get(DocumentVersion, doc.current_version_id)
        assert current is not None and current.change_note == "Bản có mật khẩu"
