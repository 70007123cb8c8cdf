"""PersonDialog: the secretariat adds a person to the directory (name, title, unit, username).

The person is saved on this computer and sent to the store at the next sync; a refusal
(empty name, malformed or taken username) is shown in the dialog, translated, and nothing
is saved. Passwords stay an administrator's matter, as the hint says.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.people_editor import PeopleEditor, PersonForm
from meetings_app.ui.errors import describe_error
from meetings_app.ui.worker import run_plain


class PersonDialog(QDialog):
    """Emits ``sig_added(person_id)`` once the person is saved here, then closes."""

    sig_added = Signal(str)

    def __init__(self, editor: PeopleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Add a person"))
        self.editor = editor
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("personFullName")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("personTitle")
        self.unit = QLineEdit(self)
        self.unit.setObjectName("personUnit")
        self.username = QLineEdit(self)
        self.username.setObjectName("personUsername")
        self.username.setPlaceholderText(self.tr("e.g. nguyen.van.an"))
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Username"), self.username)
        self.hint = QLabel(
            self.tr(
                "The person can sign in once an administrator has set a password "
                "(meetings-app admin set-password USERNAME). Passwords are never typed here."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("personProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(480, 280)

    def form(self) -> PersonForm:
        return PersonForm(
            full_name=self.full_name.text(),
            username=self.username.text(),
            title=self.title_edit.text(),
            unit=self.unit.text(),
        )

    def save(self) -> None:
        """Saved off the UI thread; the dialog stays open with the reason on a refusal."""
        form = self.form()
        self.buttons.setEnabled(False)
        self.problem.clear()
        run_plain(
            lambda: self.editor.add(form),
            on_done=self._added,
            on_failed=self._refused,
            owner=self,
        )

    def _added(self, person_id: str) -> None:
        self.buttons.setEnabled(True)
        self.sig_added.emit(person_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        what = describe_error(error)
        self.problem.setText(f"{what.what} {what.todo}".strip())
