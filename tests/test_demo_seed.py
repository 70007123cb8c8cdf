"""The demo meeting: seeded once, realistic, and usable through the real store API."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.documents.demo_content import DEMO_PEOPLE
from meetings_app.domain.models import AgendaItem, Document, DocumentVersion, Meeting, Poll
from meetings_app.server.app import create_app
from meetings_app.server.seed import seed_demo
from meetings_app.server.settings import ServerSettings
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.migrate import upgrade


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo PDFs, generated once for the module (the 500-page annex takes seconds)."""
    return tmp_path_factory.mktemp("demo-pdfs")


@pytest.fixture
def seeded(tmp_path: Path, pdf_dir: Path) -> tuple[Engine, BlobStore]:
    engine = make_engine(sqlite_url(tmp_path / "central.db"))
    upgrade(engine, "central")
    blobs = BlobStore(tmp_path / "blobs")
    report = seed_demo(engine, blobs, "mật-khẩu", pdf_dir=pdf_dir)
    assert report.created
    return engine, blobs


def test_demo_meeting_looks_real(seeded: tuple[Engine, BlobStore]) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.kind == "meeting", Meeting.status == "published")
        ).one()
        assert meeting.title.startswith("Phiên họp Chính phủ thường kỳ tháng 11")
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
        top = [i for i in items if i.parent_id is None]
        assert 7 <= len(top) <= 9 and len(items) > len(top)
        docs = s.scalars(select(Document).where(Document.meeting_id == meeting.id)).all()
        assert len(docs) == 10
        pages = {v.pages for v in s.scalars(select(DocumentVersion))}
        assert 500 in pages and any(15 <= p <= 25 for p in pages)
        for version in s.scalars(select(DocumentVersion)):
            assert blobs.size(version.blob_sha256) == version.size
        kinds = Counter(m.kind for m in s.scalars(select(Meeting)))
        assert kinds["written_opinion"] == 1
        polls = s.scalars(select(Poll)).all()
        written = [p for p in polls if p.closes_at is not None and p.state == "open"]
        assert written, "a written-opinion poll with a deadline is open"
        assert any(p.state == "draft" and p.meeting_id == meeting.id for p in polls)


def test_seed_is_idempotent(seeded: tuple[Engine, BlobStore], pdf_dir: Path) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        before = s.scalar(select(func.count()).select_from(Meeting))
    assert not seed_demo(engine, blobs, "other", pdf_dir=pdf_dir).created
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == before


def test_every_demo_account_signs_in_and_sees_what_it_may(
    seeded: tuple[Engine, BlobStore], tmp_path: Path
) -> None:
    engine, blobs = seeded
    settings = ServerSettings(db_url=str(engine.url), blob_dir=blobs.root)
    documents: dict[str, int] = {}
    with TestClient(create_app(settings)) as client:
        for person in DEMO_PEOPLE:
            answer = client.post(
                "/api/v1/auth/login",
                json={"username": person.username, "password": "mật-khẩu", "device_name": "test"},
            )
            assert answer.status_code == 200, answer.text
            token = answer.json()["token"]
            pulled = client.get(
                "/api/v1/sync/pull",
                params={"cursor": 0, "limit": 1000},
                headers={"Authorization": f"Bearer {token}"},
            ).json()
            documents[person.username] = sum(c["entity"] == "document" for c in pulled["changes"])
        wrong = client.post(
            "/api/v1/auth/login",
            json={"username": "bt.tuphap", "password": "demo", "device_name": "t"},
        )
        assert wrong.status_code == 401 and wrong.json()["message"]
    # The budget report is confidential: the finance minister and the chair receive it.
    assert documents["bt.taichinh"] == documents["bt.tuphap"] + 1
    assert documents["thutuong"] == documents["bt.taichinh"]
    assert documents["quansat"] < documents["bt.tuphap"]


def test_accounts_text_lists_every_demo_account() -> None:
    from meetings_app.server.seed import SECRETARIAT_USER, accounts_text

    text = accounts_text("bí-mật")
    assert "bí-mật" in text
    for person in [*DEMO_PEOPLE]:
        assert person.username in text and person.full_name in text
    assert SECRETARIAT_USER in text
