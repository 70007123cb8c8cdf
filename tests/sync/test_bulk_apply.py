"""A pulled page applied in bulk leaves the laptop's store exactly as the per-row apply did.

The oracle below is the per-row apply the client had before (one read, one outbox check and
one flush per row, in feed order). Random pages mix new rows, stale and newer versions,
tombstones, malformed data, rows with a change of ours in the outbox, two ballots of one
voter on one poll, a closed secret poll's parted ballot, unknown entities and purges; both
ways start from the same local rows and must end with the same rows and the same report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import AppError
from meetings_app.domain.models import ENTITIES, AgendaItem, Ballot, OutboxEntry, Synced
from meetings_app.store.engine import make_engine, sqlite_url, writer
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient, SyncReport
from meetings_app.sync.local import observe, pending_for
from meetings_app.sync.wire import Change, from_data
from tests.support.at_rest import fixed_cipher

ITEMS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(4)]
BALLOTS = [f"00000000-0000-4000-8000-0000000000b{i}" for i in range(3)]
MEETING = "00000000-0000-4000-8000-0000000000m0"
POLLS = ["poll-a"]
VOTERS = ["voter-a", "voter-b"]


class _NoKeys:
    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass


def _client(folder: Path) -> SyncClient:
    engine = make_engine(sqlite_url(folder / "client.db"))
    upgrade(engine, "local")
    return SyncClient(
        engine,
        folder / "blobs",
        "http://127.0.0.1:9",
        lambda: "t",
        http=httpx.Client(),
        key_store=_NoKeys(),
        cipher=fixed_cipher(),
    )


# --- the oracle: the per-row apply as it was -----------------------------------------------


def _old_apply_row(
    s: Session, model: type[Synced], row_id: str, version: int, deleted: bool, data: dict[str, Any]
) -> None:
    try:
        values = from_data(model, data)
    except AppError:
        return
    row = s.get(model, row_id)
    if model is Ballot and row is not None and not values.get("option_id"):
        for key in ("option_id", "signature", "receipt"):
            values.pop(key, None)
    if model is Ballot:
        for other in s.execute(
            select(Ballot).where(
                Ballot.poll_id == values.get("poll_id"),
                Ballot.voter_id == values.get("voter_id"),
                Ballot.id != row_id,
            )
        ).scalars():
            if not pending_for(s, other.id):
                s.delete(other)
        s.flush()
    if row is None:
        row = model()
        row.id = row_id
        s.add(row)
    elif (row.version or 0) > version:
        return
    for key, value in values.items():
        setattr(row, key, value)
    row.version = version
    row.deleted = deleted
    if row.updated_at:
        observe(s, row.updated_at)
    s.flush()


def _old_apply_page(
    client: SyncClient, s: Session, changes: list[Change], report: SyncReport
) -> list[Change]:
    applied = []
    for change in changes:
        if change.purge:
            client._purge_change(s, change.entity, change.id)
            report.purged += 1
            continue
        model = ENTITIES.get(change.entity)
        if model is None or pending_for(s, change.id):
            continue
        _old_apply_row(s, model, change.id, change.version, change.deleted, change.data)
        report.pulled += 1
        applied.append(change)
    return applied


# --- random pages ----------------------------------------------------------------------------

_stamp = st.integers(1, 9).map(lambda n: f"00000000000{n}000.00000.srv-feedfeed")


@st.composite
def _item_change(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = {
        "meeting_id": MEETING,
        "title": draw(st.sampled_from(["Budget", "Roads", 7])),  # 7: malformed, skipped
        "position": draw(st.integers(0, 3)),
        "updated_at": draw(_stamp),
    }
    return {"entity": "agenda_item", "id": draw(st.sampled_from(ITEMS)), "data": data}


@st.composite
def _ballot_change(draw: st.DrawFn) -> dict[str, Any]:
    data = {
        "poll_id": draw(st.sampled_from(POLLS)),
        "voter_id": draw(st.sampled_from(VOTERS)),
        "option_id": draw(st.sampled_from(["yes", "no", ""])),  # "": parted from its voter
        "receipt": draw(st.sampled_from([None, "r" * 64])),
        "updated_at": draw(_stamp),
    }
    return {"entity": "ballot", "id": draw(st.sampled_from(BALLOTS)), "data": data}


_purge = st.sampled_from(
    [
        {"entity": "agenda_item", "id": ITEMS[0], "purge": True},
        {"entity": "ballot", "id": BALLOTS[1], "purge": True},
        {"entity": "meeting", "id": MEETING, "purge": True},
    ]
)
_unknown = st.just({"entity": "gadget", "id": "x", "data": {}})


@st.composite
def _change(draw: st.DrawFn) -> dict[str, Any]:
    body = dict(draw(st.one_of(_item_change(), _ballot_change(), _purge, _unknown)))
    body["version"] = draw(st.integers(0, 4))
    body["deleted"] = draw(st.booleans())
    return body


@st.composite
def _world(draw: st.DrawFn) -> tuple[list[dict[str, Any]], set[str], list[dict[str, Any]]]:
    """(local rows before, ids with a change in the outbox, the page)."""
    local = draw(st.lists(st.one_of(_item_change(), _ballot_change()), max_size=5))
    for row in local:
        row["version"] = draw(st.integers(0, 4))
    pending = draw(st.sets(st.sampled_from(ITEMS + BALLOTS), max_size=3))
    page = draw(st.lists(_change(), min_size=1, max_size=12))
    return local, pending, page


def _seed(engine: Engine, local: list[dict[str, Any]], pending: set[str]) -> None:
    with Session(writer(engine)) as s, s.begin():
        for model in ENTITIES.values():
            s.execute(delete(model))
        s.execute(delete(OutboxEntry))
        seen: set[Any] = set()
        for row in local:
            model = ENTITIES[row["entity"]]
            voter = (row["data"].get("poll_id"), row["data"].get("voter_id"))
            if row["id"] in seen or (model is Ballot and voter in seen):
                continue  # one row per id, one ballot per voter and poll
            seen |= {row["id"], voter}
            data = {**row["data"], "title": "Local"} if model is AgendaItem else row["data"]
            s.add(
                model(id=row["id"], version=row["version"], deleted=False, **from_data(model, data))
            )
        for n, entity_id in enumerate(sorted(pending)):
            s.add(
                OutboxEntry(
                    change_id=f"c{n}",
                    entity="ballot" if entity_id in BALLOTS else "agenda_item",
                    entity_id=entity_id,
                    deleted=False,
                    data={},
                    created_at=dt.datetime.now(dt.UTC),
                )
            )


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with Session(engine) as s:
        return {
            name: sorted(
                tuple(getattr(row, c.key) for c in model.__table__.columns)  # type: ignore[attr-defined]
                for row in s.execute(select(model)).scalars()
            )
            for name, model in ENTITIES.items()
        }


def _run(apply: Any, client: SyncClient, page: list[Change]) -> tuple[Any, ...]:
    report = SyncReport()
    try:
        with Session(writer(client.engine), expire_on_commit=False) as s, s.begin():
            applied = apply(s, page, report)
    except Exception as exc:  # both ways must refuse the same page
        return ("refused", type(exc).__name__, _dump(client.engine))
    seqs = [c.seq for c in applied]
    return (report.pulled, report.purged, seqs, _dump(client.engine))


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[SyncClient, SyncClient]]:
    bulk, old = _client(tmp_path / "bulk"), _client(tmp_path / "old")
    yield bulk, old
    for client in (bulk, old):
        client.engine.dispose()
        client.http.close()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=_world())
def test_bulk_apply_equals_per_row_apply(
    pair: tuple[SyncClient, SyncClient],
    case: tuple[list[dict[str, Any]], set[str], list[dict[str, Any]]],
) -> None:
    local, pending, raw = case
    page = [Change(seq=n + 1, **c) for n, c in enumerate(raw)]
    bulk, old = pair
    for client in pair:
        _seed(client.engine, local, pending)
    got = _run(bulk._apply_page, bulk, page)
    want = _run(lambda s, p, r: _old_apply_page(old, s, p, r), old, page)
    assert got == want
