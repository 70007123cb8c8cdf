"""DocumentsPage: drop PDFs on an agenda item, describe who receives them, replace, history.

Files are checked by the safe importer off the UI thread, one at a time, with progress; a
refused file is listed with the reason and changes nothing; accepted files are saved on
this computer and sent to the store (at once when online, else at the next sync).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.documents import DocumentDesk, DocumentRow, Recipient, VersionRow
from meetings_app.app.publishing import Published
from meetings_app.documents.pdf_info import ImportRefused
from meetings_app.domain.codes import Code
from meetings_app.ui.errors import describe_error, show_error
from meetings_app.ui.prepare.agenda_model import AgendaBuilderModel, ItemIdRole
from meetings_app.ui.prepare.document_dialog import DocumentDialog
from meetings_app.ui.prepare.document_table_model import (
    TITLE,
    DocumentIdRole,
    DocumentTableModel,
)
from meetings_app.ui.prepare.drop_tree import AgendaDropTree
from meetings_app.ui.prepare.layout import push_button, side_by_side
from meetings_app.ui.prepare.versions_dialog import VersionsDialog
from meetings_app.ui.worker import run_op, run_plain


class DocumentsPage(QWidget):
    """Emits ``sig_saved()`` after each write and ``sig_open_version(version_id, title)``."""

    sig_saved = Signal()
    sig_open_version = Signal(str, str)
    sig_dialog_opened = Signal(object)

    def __init__(
        self, desk: DocumentDesk, agenda: AgendaBuilderModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPage")
        self.desk = desk
        self.meeting_id: str | None = None
        self.agenda = agenda
        self.tree = AgendaDropTree(self)
        self.tree.setModel(agenda)
        for column in range(2, agenda.columnCount()):
            self.tree.hideColumn(column)
        self.model = DocumentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setAccessibleName(self.tr("Documents of the meeting"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.refusals = QLabel(self)
        self.refusals.setObjectName("importRefusals")
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet("color: #c62828;")
        self._queue: list[tuple[str | None, Path]] = []
        self._done = 0
        self._refused_count = 0
        self._build_layout()
        self.tree.sig_files_dropped.connect(self._dropped)

    def _build_layout(self) -> None:
        self.add_button = push_button(self, self.tr("Add PDF…"), self.choose_files, "addDocument")
        self.replace_button = push_button(self, self.tr("Replace…"), self.choose_replacement)
        self.describe_button = push_button(self, self.tr("Recipients and policy…"), self.describe)
        self.versions_button = push_button(self, self.tr("Versions…"), self.show_versions)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.replace_button, self.describe_button, self.versions_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Drop PDF files on an agenda item to add them there."), self)
        hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.tree)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.table, 1)
        for widget in (self.progress, self.status, self.refusals):
            right_layout.addWidget(widget)
        side_by_side(self, left, right, [240, 800])

    # --- loading ---------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refusals.clear()
        self.status.clear()
        self.reload()

    def reload(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.model.set_documents([], {})
            return

        def loaded(rows: list[DocumentRow]) -> None:
            if meeting_id == self.meeting_id:
                numbers = {i.id: self.agenda.number(i.id) for i in self.agenda.plan_items()}
                self.model.set_documents(rows, numbers)

        def failed(error: BaseException) -> None:
            self.model.set_documents([], {})
            if getattr(error, "code", "") != Code.FORBIDDEN:
                show_error(self, error)

        run_plain(
            lambda: self.desk.documents(meeting_id), on_done=loaded, on_failed=failed, owner=self
        )

    def selected(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        row = self.model.row_of(str(index.data(DocumentIdRole))) if index.isValid() else -1
        return self.model.rows[row] if row >= 0 else None

    def selected_item(self) -> str | None:
        index = self.tree.currentIndex()
        value = index.data(ItemIdRole) if index.isValid() else None
        return str(value) if value else None

    # --- adding files ----------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add PDF files"), "", self.tr("PDF files (*.pdf)")
        )
        if paths:
            self.add_files(self.selected_item(), [Path(p) for p in paths])

    def _dropped(self, item_id: str, paths: list[Path]) -> None:
        self.add_files(item_id or None, paths)

    def add_files(self, item_id: str | None, paths: list[Path]) -> None:
        """Queue files for the safe import under ``item_id`` (None: the meeting)."""
        if self.meeting_id is None:
            return
        if not self._queue:
            self._done = self._refused_count = 0
            self.refusals.clear()
        self._queue.extend((item_id, Path(p)) for p in paths)
        if self.progress.isHidden():
            self._next()

    @property
    def busy(self) -> bool:
        return bool(self._queue) or not self.progress.isHidden()

    def _next(self) -> None:
        if not self._queue or self.meeting_id is None:
            self.progress.hide()
            self._queue.clear()
            self._finished()
            self.reload()
            return
        item_id, path = self._queue.pop(0)
        meeting_id = self.meeting_id
        total = self._done + len(self._queue) + 1
        self.progress.setRange(0, 0)  # the child process reports no steps: busy
        self.progress.show()
        self.status.setText(
            self.tr("Checking %1 (%2 of %3)…")
            .replace("%1", path.name)
            .replace("%2", str(self._done + 1))
            .replace("%3", str(total))
        )
        run_op(
            lambda _progress: self.desk.upload(meeting_id, item_id, path),
            on_done=lambda published: self._added(path, published),
            on_failed=lambda error: self._refused(path, error),
            owner=self,
        )

    def _finished(self) -> None:
        """One line for the whole batch; the refused files stay listed below it."""
        if self._done:
            refused = self._refused_count
            text = self.tr("%n file(s) checked", "", self._done)
            if refused:
                text += "; " + self.tr("%n refused (nothing was stored for them)", "", refused)
            self.status.setText(text + ".")

    def _added(self, path: Path, published: Published) -> None:
        self._done += 1
        text = self.tr("Added %1 (%2 pages).").replace("%1", path.name)
        text = text.replace("%2", str(published.pages))
        if not published.uploaded:
            text += " " + self.tr("It is sent to the store at the next sync.")
        self.status.setText(text)
        self.sig_saved.emit()
        self._next()

    def _refused(self, path: Path, error: BaseException) -> None:
        """A refused file is listed with its reason; the others go on."""
        self._done += 1
        if isinstance(error, ImportRefused) or getattr(error, "code", "") == Code.SAME_VERSION:
            what = describe_error(error)
            line = self.tr("Refused: %1 — %2").replace("%1", path.name).replace("%2", what.what)
            line += " " + what.todo
            self._refused_count += 1
            previous = self.refusals.text()
            self.refusals.setText(f"{previous}\n{line}".strip())
        else:
            show_error(self, error)
        self._next()

    # --- one document ----------------------------------------------------------------------

    def choose_replacement(self) -> None:
        row = self.selected()
        if row is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("New version of “%1”").replace("%1", row.title), "", "PDF (*.pdf)"
        )
        if not path:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("What changed"),
            self.tr("What changed from the previous version (members see this):"),
        )
        if ok:
            self.replace(row.id, Path(path), note)

    def replace(self, document_id: str, path: Path, note: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Checking %1…").replace("%1", path.name))

        def done(published: Published) -> None:
            self.progress.hide()
            self.status.setText(
                self.tr("Version %1 published.").replace("%1", str(published.number))
            )
            self.sig_saved.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self.progress.hide()
            self.status.clear()
            self._refused(path, error)

        run_plain(
            lambda: self.desk.replace(document_id, path, note),
            on_done=done,
            on_failed=failed,
            owner=self,
        )

    def describe(self) -> None:
        """Open the recipients and policy dialog (the participants are read off the UI
        thread first); ``sig_dialog_opened`` announces it."""
        row = self.selected()
        meeting_id = self.meeting_id
        if row is None or meeting_id is None:
            return

        def ready(people: list[Recipient]) -> None:
            dialog = DocumentDialog(row, people, self)
            dialog.accepted.connect(lambda: self._save_description(row.id, dialog))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_dialog_opened.emit(dialog)

        run_plain(
            lambda: self.desk.recipients(meeting_id),
            on_done=ready,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _save_description(self, document_id: str, dialog: DocumentDialog) -> None:
        description = dialog.description()

        def done(_: object) -> None:
            self.sig_saved.emit()
            self.reload()

        run_plain(
            lambda: self.desk.describe(document_id, description),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def show_versions(self) -> None:
        row = self.selected()
        if row is None:
            return

        def ready(versions: list[VersionRow]) -> None:
            dialog = VersionsDialog(row.title, versions, self)
            dialog.sig_open.connect(lambda vid: self.sig_open_version.emit(vid, row.title))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_dialog_opened.emit(dialog)

        run_plain(
            lambda: self.desk.versions(row.id),
            on_done=ready,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )
