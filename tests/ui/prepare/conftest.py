"""The UI fixture store, signed in as a secretariat officer (or as a member, to compare)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from meetings_app.app.services import ClientServices
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Person, SyncState
from meetings_app.store.engine import make_engine, sqlite_url
from tests.support.reader_meeting import ReaderStore


def sign_in_as_secretariat(store: ReaderStore) -> str:
    """Add a secretariat officer to the store and make them the laptop's person."""
    engine = make_engine(sqlite_url(store.folder / "client.db"))
    officer_id = new_id()
    officer = Person(
        id=officer_id,
        username="vpcp.chuyenvien",
        full_name="Nguyễn Thị Lan",
        title="Chuyên viên Văn phòng Chính phủ",
        role="secretariat",
        version=1,
    )
    with Session(engine) as session, session.begin():
        session.add(officer)
        session.merge(SyncState(key="person_id", value=officer_id))
    engine.dispose()
    return officer_id


@pytest.fixture
def officer(store: ReaderStore) -> str:
    return sign_in_as_secretariat(store)


@pytest.fixture
def secretariat(store: ReaderStore, officer: str) -> Iterator[ClientServices]:
    opened = ClientServices.open(store.folder)
    yield opened
    opened.close()
