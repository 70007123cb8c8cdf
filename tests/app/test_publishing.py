"""Publishing: safe import, local blob, rows via the outbox, upload; refusals store nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.publication import Publication
from meetings_app.app.publishing import HttpBlobUploader, PublishingService, upload_blob
from meetings_app.documents.pdf_info import ImportRefused
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Document, DocumentVersion, LocalBlob, Meeting
from meetings_app.store.engine import sqlite_url
from meetings_app.sync.errors import Unreachable
from tests.support.factories import World
from tests.support.local_store import make_pdf
from tests.support.secretariat_laptop import Laptop, secretariat_laptop

DRAFT = make_pdf([["Dự thảo Nghị định về quản lý đầu tư công", "Điều 1. Phạm vi điều chỉnh"]])
REVISED = make_pdf([["Dự thảo Nghị định về quản lý đầu tư công (lần 2)", "Điều 1. Phạm vi"]])


class Recorder:
    """An uploader that remembers what it was given, or fails as told."""

    def __init__(self, error: AppError | None = None) -> None:
        self.calls: list[tuple[str, bytes]] = []
        self.error = error

    def __call__(self, sha256: str, chunks: Iterable[bytes]) -> None:
        if self.error is not None:
            raise self.error
        self.calls.append((sha256, b"".join(chunks)))


@pytest.fixture
def lap(tmp_path: Path) -> Iterator[Laptop]:
    laptop = secretariat_laptop(tmp_path / "laptop")
    yield laptop
    laptop.engine.dispose()


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _service(
    lap: Laptop, uploader: Recorder | None = None, person: str | None = None
) -> PublishingService:
    return PublishingService(
        lap.engine, lap.writer_for(person or lap.secretariat), lap.blobs, uploader
    )


def test_publish_document_stores_blob_rows_and_outbox_and_uploads(
    lap: Laptop, tmp_path: Path
) -> None:
    uploader = Recorder()
    published = _service(lap, uploader).publish_document(
        lap.meeting,
        _file(tmp_path, "nghi-dinh.pdf", DRAFT),
        title="Dự thảo Nghị định đầu tư công",
        agenda_item_id=lap.item_budget,
        classification="confidential",
        recipients=[lap.minh],
        policy={"print": True},
    )
    assert published.number == 1 and published.pages == 1 and published.uploaded
    assert uploader.calls == [(published.sha256, DRAFT)]
    assert lap.blobs.read_bytes(published.sha256) == DRAFT
    with Session(lap.engine) as s:
        doc = s.get(Document, published.document_id)
        version = s.get(DocumentVersion, published.version_id)
        blob = s.get(LocalBlob, published.sha256)
    assert doc is not None and version is not None and blob is not None and blob.complete
    assert doc.current_version_id == version.id and doc.title == "Dự thảo Nghị định đầu tư công"
    assert (doc.classification, doc.recipients, doc.policy) == (
        "confidential",
        [lap.minh],
        {"print": True},
    )
    assert (version.filename, version.size, version.blob_sha256) == (
        "nghi-dinh.pdf",
        len(DRAFT),
        published.sha256,
    )
    entries = lap.outbox()
    assert [(e.entity, e.entity_id) for e in entries] == [
        ("document", doc.id),
        ("document_version", version.id),
    ]
    assert entries[0].data["current_version_id"] == version.id
    assert entries[1].data["blob_sha256"] == published.sha256


def test_new_version_bumps_number_and_becomes_current(lap: Laptop, tmp_path: Path) -> None:
    service = _service(lap, Recorder())
    first = service.publish_document(lap.meeting, _file(tmp_path, "a.pdf", DRAFT))
    second = service.publish_version(first.document_id, _file(tmp_path, "b.pdf", REVISED))
    assert (second.document_id, second.number) == (first.document_id, 2)
    with Session(lap.engine) as s:
        doc = s.get(Document, first.document_id)
    assert doc is not None and doc.current_version_id == second.version_id
    tail = [(e.entity, e.entity_id) for e in lap.outbox()[2:]]
    # the version is queued before the document that points at it
    assert tail == [("document_version", second.version_id), ("document", first.document_id)]


def test_identical_file_is_not_a_new_version(lap: Laptop, tmp_path: Path) -> None:
    service = _service(lap, Recorder())
    first = service.publish_document(lap.meeting, _file(tmp_path, "a.pdf", DRAFT))
    with pytest.raises(AppError) as err:
        service.publish_version(first.document_id, _file(tmp_path, "again.pdf", DRAFT))
    assert err.value.code == "SAME_VERSION"
    assert len(lap.outbox()) == 2


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"this is a memo, not a PDF", "NOT_PDF"), (DRAFT[: len(DRAFT) // 2], None)],
    ids=["not-a-pdf", "truncated"],
)
def test_refused_file_changes_nothing_stored(
    lap: Laptop, tmp_path: Path, data: bytes, code: str | None
) -> None:
    uploader = Recorder()
    with pytest.raises(ImportRefused) as err:
        _service(lap, uploader).publish_document(lap.meeting, _file(tmp_path, "bad.pdf", data))
    if code:
        assert err.value.code == code
    assert err.value.code != "IMPORT_REFUSED" and err.value.message
    assert lap.outbox() == [] and lap.rows(Document) == [] and lap.rows(LocalBlob) == []
    assert not any(p.is_file() for p in lap.blobs.root.rglob("*"))
    assert uploader.calls == []


def test_member_may_not_publish(lap: Laptop, tmp_path: Path) -> None:
    with pytest.raises(AppError) as err:
        _service(lap, Recorder(), person=lap.minh).publish_document(
            lap.meeting, _file(tmp_path, "a.pdf", DRAFT)
        )
    assert err.value.code == "FORBIDDEN" and lap.outbox() == []


def test_unknown_classification_and_meeting_are_refused_before_import(
    lap: Laptop, tmp_path: Path
) -> None:
    service = _service(lap, Recorder())
    path = _file(tmp_path, "a.pdf", DRAFT)
    with pytest.raises(AppError) as err:
        service.publish_document(lap.meeting, path, classification="top")
    assert err.value.code == "CLASSIFICATION_UNKNOWN"
    with pytest.raises(AppError) as err:
        service.publish_document("m-nowhere", path)
    assert err.value.code == "NOT_FOUND"


def test_offline_publication_is_saved_and_uploaded_later(lap: Laptop, tmp_path: Path) -> None:
    offline = Recorder(Unreachable("The store does not answer."))
    service = _service(lap, offline)
    published = service.publish_document(lap.meeting, _file(tmp_path, "a.pdf", DRAFT))
    assert not published.uploaded and "does not answer" in published.upload_problem
    assert len(lap.outbox()) == 2
    assert service.pending_uploads() == [published.sha256]
    service.uploader = online = Recorder()
    assert service.upload_pending() == [published.sha256]
    assert online.calls == [(published.sha256, DRAFT)]
    # once the store has applied the version, nothing is pending any more
    with Session(lap.engine) as s, s.begin():
        version = s.get(DocumentVersion, published.version_id)
        assert version is not None
        version.version = 1
    assert service.pending_uploads() == []


def test_store_refusing_the_upload_stops_before_any_row(lap: Laptop, tmp_path: Path) -> None:
    service = _service(lap, Recorder(AppError("Too big.", code="TOO_LARGE")))
    with pytest.raises(AppError) as err:
        service.publish_document(lap.meeting, _file(tmp_path, "a.pdf", DRAFT))
    assert err.value.code == "TOO_LARGE"
    assert lap.outbox() == [] and lap.rows(Document) == []


# --- upload_blob over HTTP -------------------------------------------------------------------


def _client(handler: object) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]


def test_upload_blob_puts_the_bytes_with_the_bearer_token(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"sha256": "ab" * 32, "size": 7})

    path = _file(tmp_path, "blob", b"%PDF-1.")
    size = upload_blob(
        "ab" * 32, path, base_url="https://store.gov.vn/", token="t0k", http=_client(handler)
    )
    assert size == 7
    (request,) = seen
    assert request.method == "PUT"
    assert str(request.url) == f"https://store.gov.vn/api/v1/blobs/{'ab' * 32}"
    assert request.headers["Authorization"] == "Bearer t0k"
    assert request.read() == b"%PDF-1."


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (403, {"code": "FORBIDDEN", "message": "Only the secretariat may upload."}, "FORBIDDEN"),
        (400, {"code": "HASH_MISMATCH", "message": "Hash differs."}, "HASH_MISMATCH"),
        (401, {"detail": {"code": "TOKEN_EXPIRED", "message": "Sign in again."}}, "TOKEN_EXPIRED"),
        (500, "oops", "SERVER_ERROR"),
    ],
)
def test_upload_blob_reports_the_store_refusal(
    tmp_path: Path, status: int, body: object, code: str
) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, content=json.dumps(body).encode())

    with pytest.raises(AppError) as err:
        upload_blob(
            "ab" * 32,
            _file(tmp_path, "b", b"x"),
            base_url="http://s",
            token="t",
            http=_client(handler),
        )
    assert err.value.code == code


def test_upload_blob_offline_and_signed_out(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    path = _file(tmp_path, "b", b"x")
    with pytest.raises(AppError) as err:
        upload_blob("ab" * 32, path, base_url="http://s", token="t", http=_client(handler))
    assert err.value.code == "UNREACHABLE"
    with pytest.raises(AppError) as err:
        upload_blob("ab" * 32, path, base_url="http://s", token=None, http=_client(handler))
    assert err.value.code == "UNAUTHENTICATED"


# --- against a real store --------------------------------------------------------------------


def test_published_document_reaches_the_store_and_a_member(tmp_path: Path) -> None:
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    try:
        world.person("ha", role="secretariat", full_name="Phạm Thu Hà")
        world.person("minh", full_name="Nguyễn Văn Minh")
        meeting = world.meeting("Phiên họp Chính phủ tháng 3")
        world.participant(meeting, "minh", "member")
        secretariat = world.client("ha")
        secretariat.client.sync()
        service = PublishingService(
            secretariat.engine,
            LocalWriter(secretariat.engine, secretariat.person_id),
            secretariat.client.blobs,
            HttpBlobUploader("http://testserver", lambda: secretariat.token, world.http),
        )
        published = service.publish_document(
            meeting, _file(tmp_path, "a.pdf", DRAFT), title="Tờ trình"
        )
        assert published.uploaded
        report = secretariat.client.sync()
        assert (report.applied, report.rejected) == (2, 0), secretariat.client.rejections()
        service.publish_version(published.document_id, _file(tmp_path, "b.pdf", REVISED))
        report = secretariat.client.sync()
        assert (report.applied, report.rejected) == (2, 0), secretariat.client.rejections()
        # the meeting is published: the new document is an amendment until published
        writer = LocalWriter(secretariat.engine, secretariat.person_id)
        Publication(secretariat.engine, writer).release_amendments(meeting, "publish")
        report = secretariat.client.sync()
        assert (report.applied, report.rejected) == (1, 0), secretariat.client.rejections()

        member = world.client("minh")
        member.client.sync()
        with Session(member.engine) as s:
            doc = s.get(Document, published.document_id)
            assert doc is not None and s.get(Meeting, meeting) is not None
            current = s.get(DocumentVersion, doc.current_version_id or "")
        assert current is not None and current.number == 2
        assert member.client.blobs.read_bytes(current.blob_sha256) == REVISED
    finally:
        world.close()
