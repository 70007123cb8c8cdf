"""A laptop signs in, pulls a meeting, downloads its files, writes offline, pushes; others see only what they may."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Annotation, Ballot, DocumentVersion, Meeting, Note, Poll
from meetings_app.sync.local import ballot_id, record_change
from tests.support.factories import World


def build(world: World) -> dict[str, str]:
    world.person("secretariat", role="secretariat")
    for name in ("chair", "alice", "bob"):
        world.person(name)
    m = world.meeting()
    world.participant(m, "chair", "chair")
    world.participant(m, "alice", "member")
    world.participant(m, "bob", "member")
    item = world.item(m, "Draft decree")
    doc, version, sha = world.document(m, "Decree", item_id=item, data=b"%PDF-1.4 decree" * 1000)
    poll = world.poll(m)
    return {"meeting": m, "item": item, "doc": doc, "version": version, "sha": sha, "poll": poll}


def test_laptop_round_trip(world: World) -> None:
    ids = build(world)
    alice = world.client("alice")
    report = alice.client.sync()
    assert report.blobs == 1 and report.rejected == 0
    assert alice.client.blobs.read_bytes(ids["sha"]) == b"%PDF-1.4 decree" * 1000
    with Session(alice.engine) as s:
        assert s.get(Meeting, ids["meeting"]) is not None
        assert s.get(DocumentVersion, ids["version"]) is not None
    # offline writes: a mark, a private note and a vote
    with Session(alice.engine) as s, s.begin():
        record_change(
            s,
            Annotation(
                document_version_id=ids["version"],
                page=1,
                kind="highlight",
                geometry={"rects": [[1, 2, 3, 4]]},
                text="check",
            ),
        )
        record_change(s, Note(meeting_id=ids["meeting"], text="my private note"))
        record_change(
            s,
            Ballot(
                id=ballot_id(ids["poll"], alice.person_id),
                poll_id=ids["poll"],
                option_id="yes",
                cast_at=dt.datetime.now(dt.UTC),
            ),
        )
    assert alice.client.pending_count() == 3
    report = alice.client.sync()
    assert (report.applied, report.rejected) == (3, 0), [
        (r.code, r.message) for r in alice.client.rejections()
    ]
    assert alice.client.pending_count() == 0
    # bob sees none of alice's private rows; the ballot is hidden while the poll is open
    bob_rows = world.pull_all("bob")
    kinds = {c["entity"] for c in bob_rows}
    assert not kinds & {"annotation", "note", "ballot"}
    # the chair closes the poll; results are computed; the open ballot becomes visible to bob
    poll = next(c for c in world.pull_all("chair") if c["entity"] == "poll")
    res = world.push(
        "chair",
        {
            "entity": "poll",
            "id": ids["poll"],
            "base_version": poll["version"],
            "data": {"state": "closed"},
        },
    )
    assert res[0]["status"] == "applied", res
    bob2 = world.pull_all("bob")
    polls = [c for c in bob2 if c["entity"] == "poll"]
    assert polls[-1]["data"]["results"]["counts"]["yes"] == 1
    assert any(c["entity"] == "ballot" for c in bob2)
    # a later ballot is refused with a reason the person understands, and kept
    with Session(alice.engine) as s, s.begin():
        b = s.get(Ballot, ballot_id(ids["poll"], alice.person_id))
        assert b is not None
        b.option_id = "no"
        record_change(s, b)
    report = alice.client.sync()
    assert report.rejected == 1
    (rej,) = alice.client.rejections()
    assert rej.code == "POLL_CLOSED" and "closed" in rej.message
    with Session(alice.engine) as s:
        assert s.execute(select(Ballot.option_id)).scalar() == "yes"  # reverted to the store's copy
        assert s.get(Poll, ids["poll"]).state == "closed"  # type: ignore[union-attr]
