"""ParticipantsPage: find people in the directory, invite them with a role, substitutes,
invitees' agenda items, and a CSV import with a preview of refused rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.people import ROLES, CsvRow, ParticipantRow, ParticipantsDesk
from meetings_app.domain.codes import Code
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.agenda_model import AgendaBuilderModel
from meetings_app.ui.prepare.csv_preview_dialog import CsvPreviewDialog
from meetings_app.ui.prepare.directory_model import DirectoryModel, PersonIdRole
from meetings_app.ui.prepare.items_dialog import ItemsDialog
from meetings_app.ui.prepare.layout import push_button, side_by_side
from meetings_app.ui.prepare.participant_table_model import NAME, ParticipantTableModel
from meetings_app.ui.prepare.role_labels import role_label
from meetings_app.ui.worker import run_plain


class ParticipantsPage(QWidget):
    """Emits ``sig_saved()`` after each write, ``sig_dialog_opened(dialog)``."""

    sig_saved = Signal()
    sig_dialog_opened = Signal(object)

    def __init__(
        self, desk: ParticipantsDesk, agenda: AgendaBuilderModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self.desk = desk
        self.agenda = agenda
        self.meeting_id: str | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setAccessibleName(self.tr("Search the directory by name or unit"))
        self.search.setPlaceholderText(self.tr("Search by name or unit…"))
        self.directory = DirectoryModel(self)
        self.found = QListView(self)
        self.found.setAccessibleName(self.tr("People found in the directory"))
        self.found.setModel(self.directory)
        self.role = QComboBox(self)
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(self.role.findData("member"))
        self.model = ParticipantTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_directory)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self._build_layout()

    def _build_layout(self) -> None:
        self.add_button = push_button(self, self.tr("Invite with this role"), self.invite)
        self.role_button = push_button(self, self.tr("Change role"), self.change_role)
        self.remove_button = push_button(self, self.tr("Remove"), self.remove)
        self.substitute_button = push_button(
            self, self.tr("Found person substitutes for the selected member"), self.substitute
        )
        self.import_button = push_button(self, self.tr("Import CSV…"), self.choose_csv)
        self.items_button = push_button(self, self.tr("Invitee's agenda items…"), self.choose_items)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("People directory"), self))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.found, 1)
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addWidget(self.add_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.substitute_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for b in (self.role_button, self.remove_button, self.items_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.table, 1)
        side_by_side(self, left, right, [360, 700])

    # --- loading ---------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()
        self.search_directory()

    def reload(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.model.set_rows([])
            return

        def failed(error: BaseException) -> None:
            self.model.set_rows([])
            if getattr(error, "code", "") != Code.FORBIDDEN:
                show_error(self, error)

        run_plain(
            lambda: self.desk.participants(meeting_id),
            on_done=lambda rows: (
                self.model.set_rows(rows) if meeting_id == self.meeting_id else None
            ),
            on_failed=failed,
            owner=self,
        )

    def search_directory(self) -> None:
        query = self.search.text()
        run_plain(
            lambda: self.desk.directory(query),
            on_done=self.directory.set_rows,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def found_person(self) -> str | None:
        index = self.found.currentIndex()
        return str(index.data(PersonIdRole)) if index.isValid() else None

    def selected(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    # --- writing ---------------------------------------------------------------------------

    def _write(self, job: Callable[[], object]) -> None:
        def done(_: object) -> None:
            self.sig_saved.emit()
            self.reload()

        run_plain(job, on_done=done, on_failed=lambda e: show_error(self, e), owner=self)

    def invite(self) -> None:
        person_id, meeting_id = self.found_person(), self.meeting_id
        if person_id and meeting_id:
            role = str(self.role.currentData())
            self._write(lambda: self.desk.add(meeting_id, person_id, role))

    def change_role(self) -> None:
        row = self.selected()
        if row is not None:
            role = str(self.role.currentData())
            self._write(lambda: self.desk.set_role(row.id, role))

    def remove(self) -> None:
        row = self.selected()
        if row is not None:
            self._write(lambda: self.desk.remove(row.id))

    def substitute(self) -> None:
        row, person_id, meeting_id = self.selected(), self.found_person(), self.meeting_id
        if row is not None and person_id and meeting_id:
            self._write(lambda: self.desk.substitute(meeting_id, row.person_id, person_id))

    def choose_items(self) -> ItemsDialog | None:
        """The agenda items the selected invitee attends (the agenda is already loaded)."""
        row = self.selected()
        if row is None or row.role != "invitee":
            return None
        items = [(self.agenda.number(i.id), i) for i in self.agenda.plan_items()]
        dialog = ItemsDialog(row.full_name, items, row.items, self)
        dialog.accepted.connect(lambda: self._save_items(row.id, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_items(self, participant_id: str, item_ids: list[str]) -> None:
        """``item_ids`` read from the dialog on the UI thread, before it goes away."""
        self._write(lambda: self.desk.set_items(participant_id, item_ids))

    # --- CSV -------------------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import participants"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.preview_csv(Path(path))

    def preview_csv(self, path: Path) -> None:
        """Read and judge the file off the UI thread, then show the preview."""

        def read() -> list[CsvRow]:
            return self.desk.preview_csv(path.read_text(encoding="utf-8-sig", errors="replace"))

        def ready(rows: list[CsvRow]) -> None:
            dialog = CsvPreviewDialog(rows, self)
            dialog.accepted.connect(lambda: self._import(dialog.accepted_rows()))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.sig_dialog_opened.emit(dialog)

        run_plain(read, on_done=ready, on_failed=lambda e: show_error(self, e), owner=self)

    def _import(self, rows: list[CsvRow]) -> None:
        meeting_id = self.meeting_id
        if meeting_id is not None:
            self._write(lambda: self.desk.import_rows(meeting_id, rows))
