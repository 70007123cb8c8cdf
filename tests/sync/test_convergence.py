"""Three devices (two of one person) change things offline, then sync in random orders: all converge."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Annotation, Ballot, Note
from meetings_app.store.engine import sqlite_url, writer
from meetings_app.sync.local import ballot_id, record_change
from tests.support.factories import Laptop, World, pg_schema

DEVICES = ["alice-1", "alice-2", "bob"]
op = st.one_of(
    st.tuples(
        st.just("note"),
        st.sampled_from(DEVICES),
        st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=8),
    ),
    st.tuples(st.just("edit"), st.sampled_from(DEVICES), st.integers(0, 20)),
    st.tuples(st.just("delete"), st.sampled_from(DEVICES), st.integers(0, 20)),
    st.tuples(st.just("mark"), st.sampled_from(DEVICES), st.booleans()),
    st.tuples(st.just("vote"), st.sampled_from(DEVICES), st.sampled_from(["yes", "no", "abstain"])),
    st.tuples(st.just("sync"), st.sampled_from(DEVICES), st.just(0)),
)

TABLES: list[type[Any]] = [Note, Annotation, Ballot]


def snapshot_local(laptop: Laptop) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with Session(laptop.engine) as s:
        for model in TABLES:
            for row in s.execute(select(model)).scalars():
                out[row.id] = (
                    row.version,
                    row.deleted,
                    getattr(row, "text", None),
                    getattr(row, "option_id", None),
                )
    return out


def snapshot_server(world: World, username: str) -> dict[str, Any]:
    latest: dict[str, Any] = {}
    for c in world.pull_all(username):
        if c["entity"] in ("note", "annotation", "ballot"):
            d = c["data"]
            latest[c["id"]] = (c["version"], c["deleted"], d.get("text"), d.get("option_id"))
    return latest


def apply(
    laptops: dict[str, Laptop], meeting: str, version_id: str, poll: str, step: tuple[str, str, Any]
) -> None:
    kind, dev, arg = step
    lap = laptops[dev]
    if kind == "sync":
        lap.client.sync()
        return
    with Session(writer(lap.engine)) as s, s.begin():
        notes = list(
            s.execute(
                select(Note).where(Note.owner_id == lap.person_id).order_by(Note.id)
            ).scalars()
        )
        if kind == "note":
            record_change(s, Note(meeting_id=meeting, text=arg))
        elif kind in ("edit", "delete") and notes:
            note = notes[arg % len(notes)]
            if kind == "edit":
                note.text = f"{note.text}+{dev}"
                record_change(s, note)
            elif not note.deleted:
                record_change(s, note, deleted=True)
        elif kind == "mark":
            record_change(
                s, Annotation(document_version_id=version_id, page=1, kind="highlight", shared=arg)
            )
        elif kind == "vote":
            bid = ballot_id(poll, lap.person_id)
            ballot = s.get(Ballot, bid) or Ballot(id=bid, poll_id=poll)
            ballot.option_id = arg
            ballot.cast_at = dt.datetime.now(dt.UTC)
            record_change(s, ballot)


def run_scenario(
    db_url: str, root: Path, steps: list[tuple[str, str, Any]], order: list[int]
) -> None:
    world = World(db_url, root)
    try:
        world.person("alice")
        world.person("bob")
        m = world.meeting()
        world.participant(m, "alice", "member")
        world.participant(m, "bob", "member")
        _, version_id, _ = world.document(m, "Draft")
        poll = world.poll(m)
        laptops = {
            "alice-1": Laptop(world, "alice", root / "a1"),
            "alice-2": Laptop(world, "alice", root / "a2"),
            "bob": Laptop(world, "bob", root / "b"),
        }
        for lap in laptops.values():
            lap.client.sync()
        for step in steps:
            apply(laptops, m, version_id, poll, step)
        # everyone comes back online, in a random order, twice (the second round carries
        # what the first round's later devices pushed back to the earlier ones)
        for _round in range(2):
            for i in order:
                laptops[DEVICES[i]].client.sync()
        for dev, lap in laptops.items():
            assert lap.client.pending_count() == 0
            for rej in lap.client.rejections():
                assert rej.code in ("CONFLICT", "NOT_FOUND"), (rej.code, rej.message)
            user = dev.split("-")[0]
            local, remote = snapshot_local(lap), snapshot_server(world, user)
            diff = {
                k: (local.get(k), remote.get(k))
                for k in set(local) | set(remote)
                if local.get(k) != remote.get(k)
            }
            assert not diff, (dev, diff)
        for lap in laptops.values():
            lap.close()
    finally:
        world.close()


backends = ["sqlite"] + (["postgres"] if os.environ.get("MEETINGS_TEST_PG_URL") else [])


@pytest.mark.parametrize("backend", backends)
@settings(
    max_examples=int(os.environ.get("MEETINGS_CONVERGENCE_EXAMPLES", "12")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(op, min_size=1, max_size=25), order=st.permutations([0, 1, 2]))
def test_devices_converge(
    backend: str, steps: list[tuple[str, str, Any]], order: list[int]
) -> None:
    with ExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if backend == "sqlite":
            url = sqlite_url(root / "store.db")
        else:
            url = stack.enter_context(pg_schema(os.environ["MEETINGS_TEST_PG_URL"]))
        run_scenario(url, root, steps, order)
