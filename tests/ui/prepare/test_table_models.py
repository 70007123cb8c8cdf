"""Every table model of the prepare mode is a sound Qt model (pytest-qt's modeltester)."""

from __future__ import annotations

from typing import Any

import pytest

from meetings_app.app.prepare.conflicts import Conflict, FieldDifference
from meetings_app.app.prepare.documents import DocumentRow
from meetings_app.app.prepare.people import CsvRow, ParticipantRow, PersonRow
from meetings_app.app.prepare.requests import Answerer
from meetings_app.ui.prepare.answer_progress_model import AnswerProgressModel
from meetings_app.ui.prepare.conflict_model import ConflictModel
from meetings_app.ui.prepare.csv_preview_model import CsvPreviewModel
from meetings_app.ui.prepare.directory_model import DirectoryModel
from meetings_app.ui.prepare.document_table_model import DocumentTableModel
from meetings_app.ui.prepare.participant_table_model import ParticipantTableModel


def documents() -> DocumentTableModel:
    model = DocumentTableModel()
    model.set_documents(
        [
            DocumentRow("d1", "Báo cáo mật", "i1", "confidential", (), {}, 1, 2, True),
            DocumentRow(
                "d2", "Dự thảo", None, "internal", ("p1", "p2"), {"print": True}, 2, 9, False
            ),
        ],
        {"i1": "2.1"},
    )
    return model


def participants() -> ParticipantTableModel:
    model = ParticipantTableModel()
    model.set_rows(
        [
            ParticipantRow("r1", "p1", "Lê Minh Quân", "Thủ tướng", "chair", (), None),
            ParticipantRow("r2", "p2", "Khách", "", "invitee", ("i1",), None),
            ParticipantRow("r3", "p3", "Người thay", "", "member", (), "Vắng Mặt"),
        ]
    )
    return model


def csv_preview() -> CsvPreviewModel:
    return CsvPreviewModel(
        [
            CsvRow(2, "A", "", "", "a", "member"),
            CsvRow(3, "B", "", "", "", "x", problem="NO_USERNAME"),
        ]
    )


def progress() -> AnswerProgressModel:
    model = AnswerProgressModel()
    model.set_rows([Answerer("p1", "B", True), Answerer("p2", "A", False)])
    return model


def conflict() -> ConflictModel:
    model = ConflictModel()
    model.set_conflict(
        Conflict(
            "c",
            "agenda_item",
            "i",
            "Khai mạc",
            (FieldDifference("title", "a", "b"), FieldDifference("recipients", ["p1"], None)),
            False,
        )
    )
    return model


def directory() -> DirectoryModel:
    model = DirectoryModel()
    model.set_rows([PersonRow("p1", "Nguyễn Thị Lan", "Chuyên viên", "vpcp.chuyenvien")])
    return model


@pytest.mark.parametrize(
    "build", [documents, participants, csv_preview, progress, conflict, directory]
)
def test_each_table_model_passes_the_modeltester(qtmodeltester: Any, build: Any) -> None:
    qtmodeltester.check(build(), force_py=True)


def test_a_restricted_document_without_recipients_says_nobody_has_it_yet() -> None:
    model = documents()
    assert model.index(0, 3).data() == "Nobody yet: name the recipients"
    assert model.index(1, 0).data().endswith("⟳")  # not yet accepted by the store
