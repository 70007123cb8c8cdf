"""DocumentDialog: a document's title, classification, recipients, print and export policy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.documents import Description, DocumentRow, Recipient
from meetings_app.ui.labels import classification_label
from meetings_app.ui.prepare.meeting_form import CLASSIFICATIONS

RESTRICTED = ("confidential", "secret")


class DocumentDialog(QDialog):
    """Holds true: a confidential or secret document is sent only to the people ticked
    (the store enforces it too), so choosing such a classification selects "only these"."""

    def __init__(
        self, row: DocumentRow, people: list[Recipient], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Document"))
        self.title = QLineEdit(row.title, self)
        self.classification = QComboBox(self)
        for code in CLASSIFICATIONS:
            self.classification.addItem(classification_label(code), code)
        self.classification.setCurrentIndex(self.classification.findData(row.classification))
        self.everyone = QRadioButton(self.tr("All participants"), self)
        self.named = QRadioButton(self.tr("Only these people:"), self)
        self.people = QListWidget(self)
        self.people.setObjectName("recipientList")
        self.people.setAccessibleName(self.tr("Recipients"))
        for person in people:
            item = QListWidgetItem(person.name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = person.person_id in row.recipients
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        (self.named if row.recipients else self.everyone).setChecked(True)
        self.may_print = QCheckBox(self.tr("Recipients may print"), self)
        self.may_export = QCheckBox(self.tr("Recipients may save a copy"), self)
        restricted = row.classification in RESTRICTED
        self.may_print.setChecked(row.policy.get("print", not restricted))
        self.may_export.setChecked(row.policy.get("export", not restricted))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Classification"), self.classification)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.everyone, self.named, self.people, self.may_print, self.may_export):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.classification.currentIndexChanged.connect(self._classification_changed)
        self.everyone.toggled.connect(self._update)
        self._update()

    def _classification_changed(self) -> None:
        if self.classification.currentData() in RESTRICTED:
            self.named.setChecked(True)
        self._update()

    def _update(self) -> None:
        restricted = self.classification.currentData() in RESTRICTED
        self.everyone.setEnabled(not restricted)
        self.people.setEnabled(self.named.isChecked())

    def chosen(self) -> list[str]:
        return [
            str(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def description(self) -> Description:
        recipients = tuple(self.chosen()) if self.named.isChecked() else ()
        return Description(
            title=self.title.text(),
            classification=str(self.classification.currentData()),
            recipients=recipients,
            policy={
                "view": True,
                "print": self.may_print.isChecked(),
                "export": self.may_export.isChecked(),
            },
        )
