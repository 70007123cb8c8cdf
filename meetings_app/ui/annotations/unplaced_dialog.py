"""A small non-modal list of one's marks that could not follow a new document version."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.reanchoring import ReanchoringService, UnplacedMark
from meetings_app.domain.errors import AppError
from meetings_app.ui.annotations.unplaced_model import UnplacedMarksModel
from meetings_app.ui.errors import show_error
from meetings_app.ui.worker import run_plain


def _load(
    reanchoring: ReanchoringService, documents: DocumentsService
) -> tuple[list[UnplacedMark], dict[str, str]]:
    marks = reanchoring.unplaced()
    titles: dict[str, str] = {}
    for mark in marks:
        if mark.document_id not in titles:
            try:
                titles[mark.document_id] = documents.document(mark.document_id).title
            except AppError:
                titles[mark.document_id] = ""
    return marks, titles


class UnplacedMarksDialog(QDialog):
    """Lists the marks with the reason each stayed behind. Nothing here deletes a mark:
    "Done with it" only takes it off this list (it stays on the earlier version)."""

    sig_loaded = Signal(int)

    def __init__(
        self,
        reanchoring: ReanchoringService,
        documents: DocumentsService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unplacedMarksDialog")
        self.setWindowTitle(self.tr("Marks that could not follow"))
        self._reanchoring = reanchoring
        self._documents = documents
        self.model = UnplacedMarksModel(self)
        explain = QLabel(
            self.tr(
                "A new version of a document arrived. These marks could not be placed on it "
                "because the text they cover changed; they are kept on the earlier version."
            )
        )
        explain.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("unplacedSummary")
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Marks that could not follow"))
        self.list.setObjectName("unplacedList")
        self.list.setWordWrap(True)
        self.list.setModel(self.model)
        self.dismiss_button = QPushButton(self.tr("Done with it"))
        self.dismiss_button.setObjectName("dismissUnplaced")
        self.dismiss_button.setToolTip(
            self.tr("Take the mark off this list; it stays on the earlier version.")
        )
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def refresh(self) -> None:
        reanchoring, documents = self._reanchoring, self._documents
        run_plain(
            lambda: _load(reanchoring, documents),
            on_done=self._loaded,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def _loaded(self, answer: tuple[list[UnplacedMark], dict[str, str]]) -> None:
        marks, titles = answer
        self.model.set_marks(marks, titles)
        self.summary.setText(
            self.tr("%n mark(s) to review", "", len(marks))
            if marks
            else self.tr("Every mark followed its document.")
        )
        self.dismiss_button.setEnabled(bool(marks))
        if marks:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.sig_loaded.emit(len(marks))

    def dismiss_current(self) -> None:
        mark = self.model.mark_at(self.list.currentIndex().row())
        if mark is None:
            return
        reanchoring = self._reanchoring
        run_plain(
            lambda: reanchoring.dismiss(mark.to_version_id, mark.annotation_id),
            on_done=lambda _r: self.refresh(),
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )
