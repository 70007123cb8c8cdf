"""What a sync tells the person ("a new document", "a new agenda item"): each piece of news
once, nothing when nothing came, and never their own writes as news, while the service
reuses the last sync's end state instead of reading the laptop's rows twice per event."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from meetings_app.app.sync_service import Notice, SyncService
from meetings_app.domain.models import AgendaItem, Document, Meeting, OutboxEntry
from meetings_app.sync.client import SyncReport
from meetings_app.sync.local import record_change
from meetings_app.ui import worker
from tests.support.local_store import LocalStore, synced


class StoreSide:
    """A sync client that brings what the test queues (as pulled rows) and empties the
    outbox as an accepting store would."""

    def __init__(self, local: LocalStore) -> None:
        self.local = local
        self.incoming: list[Any] = []

    def sync(self, progress: Callable[..., None] | None = None) -> SyncReport:
        report = SyncReport()
        with Session(self.local.engine) as s, s.begin():
            report.pushed = len(s.scalars(select(OutboxEntry)).all())
            s.execute(delete(OutboxEntry))
            for row in self.incoming:
                s.merge(synced(row))
            report.pulled = len(self.incoming)
        self.incoming = []
        return report


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[LocalStore]:
    local = LocalStore(tmp_path / "laptop", meeting="m1")
    local.create()
    local.add(
        synced(Meeting(id="m1", title="Phiên họp", status="published")),
        synced(Document(id="d1", meeting_id="m1", title="Tờ trình")),
        synced(AgendaItem(id="i1", meeting_id="m1", title="Khai mạc", position=1)),
    )
    yield local
    local.close()


def _sync(qtbot: QtBot, service: SyncService) -> list[Notice]:
    told: list[Notice] = []
    service.sig_notices.connect(told.extend)
    with qtbot.waitSignal(service.sig_sync_finished, timeout=10_000):
        service.sync_now()
    service.sig_notices.disconnect(told.extend)
    return told


def test_news_is_told_once_and_own_writes_never(qtbot: QtBot, laptop: LocalStore) -> None:
    side = StoreSide(laptop)
    service = SyncService(laptop.engine, worker.runner, side)
    assert _sync(qtbot, service) == []  # nothing came

    side.incoming = [Document(id="d2", meeting_id="m1", title="Báo cáo thẩm định")]
    [news] = _sync(qtbot, service)
    assert (news.kind, news.title, news.meeting_id) == ("document", "Báo cáo thẩm định", "m1")
    assert _sync(qtbot, service) == []  # told once, not at every later sync

    # the person adds an item here (a secretary): their own write is not news to them
    with Session(laptop.engine) as s, s.begin():
        own = AgendaItem(id="i2", meeting_id="m1", title="Bế mạc", position=2)
        s.add(own)
        s.flush()
        record_change(s, own)
    assert _sync(qtbot, service) == []

    # while another secretary's item, pulled later, is
    side.incoming = [AgendaItem(id="i3", meeting_id="m1", title="Các vấn đề khác", position=3)]
    [news] = _sync(qtbot, service)
    assert (news.kind, news.title) == ("agenda", "Các vấn đề khác")
