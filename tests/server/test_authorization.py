"""Authorization matrix: every role × every call × own and foreign meeting. Zero leaks."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from typing import Any

import pytest

from meetings_app.domain.models import Annotation, Ballot, Note, SpeakerRequest
from tests.support.factories import World

ROLES = [
    "admin",
    "secretariat",
    "chair",
    "secretary",
    "member",
    "member2",
    "invitee",
    "observer",
    "outsider",
]


def _private(world: World, row: Any) -> str:
    world.put(row)
    return str(row.id)


def build(world: World) -> dict[str, Any]:
    world.person("admin", role="admin")
    world.person("secretariat", role="secretariat")
    for name in (
        "chair",
        "secretary",
        "member",
        "member2",
        "invitee",
        "observer",
        "outsider",
        "foreigner",
    ):
        world.person(name)
    m = world.meeting("Own meeting")
    item_a = world.item(m, "A")
    item_a1 = world.item(m, "A.1", parent_id=item_a)
    item_b = world.item(m, "B")
    for name, role in (
        ("chair", "chair"),
        ("secretary", "secretary"),
        ("member", "member"),
        ("member2", "member"),
        ("observer", "observer"),
    ):
        world.participant(m, name, role)
    world.participant(m, "invitee", "invitee", items=[item_a])
    doc_a = world.document(m, "On A", item_id=item_a)
    doc_a1 = world.document(m, "On A.1", item_id=item_a1)
    doc_b = world.document(m, "On B", item_id=item_b)
    doc_meeting = world.document(m, "Meeting level")
    doc_conf = world.document(
        m, "Confidential", item_id=item_a, classification="confidential", recipients=["member"]
    )
    doc_named = world.document(m, "Named", item_id=item_b, recipients=["member2"])
    now = dt.datetime.now(dt.UTC)
    open_poll = world.poll(m, item_id=item_a)
    secret_closed = world.poll(m, secret=True, state="open", item_id=item_a)
    public_closed = world.poll(m, state="open", item_id=item_a)
    ids = world.ids
    ballots = {}
    for poll in (open_poll, secret_closed, public_closed):
        for voter in ("member", "chair"):
            b = Ballot(poll_id=poll, voter_id=ids[voter], option_id="yes", cast_at=now)
            ballots[(poll, voter)] = _private(world, b)
    # close two polls the way the store does, so their tallies exist
    for poll in (secret_closed, public_closed):
        res = world.push(
            "chair", {"entity": "poll", "id": poll, "base_version": 1, "data": {"state": "closed"}}
        )
        assert res[0]["status"] == "applied", res
    note = _private(world, Note(owner_id=ids["member"], meeting_id=m, text="member's private note"))
    private_mark = _private(
        world,
        Annotation(owner_id=ids["member"], document_version_id=doc_a[1], page=1, kind="highlight"),
    )
    shared_mark = _private(
        world,
        Annotation(
            owner_id=ids["chair"], document_version_id=doc_a[1], page=1, kind="note", shared=True
        ),
    )
    speak = _private(
        world, SpeakerRequest(person_id=ids["member"], meeting_id=m, agenda_item_id=item_a)
    )
    f = world.meeting("Foreign meeting")
    world.participant(f, "foreigner", "member")
    f_item = world.item(f, "F1")
    f_doc = world.document(f, "Foreign doc", item_id=f_item)
    f_poll = world.poll(f, item_id=f_item)
    f_note = _private(world, Note(owner_id=ids["foreigner"], meeting_id=f, text="foreign note"))
    return locals()


def visible_ids(world: World, username: str) -> set[str]:
    return {c["id"] for c in world.pull_all(username) if not c.get("purge")}


@pytest.fixture
def w(world: World) -> tuple[World, dict[str, Any]]:
    return world, build(world)


def test_pull_matrix(w: tuple[World, dict[str, Any]]) -> None:
    world, d = w
    docs = {k: d[k] for k in ("doc_a", "doc_a1", "doc_b", "doc_meeting", "doc_conf", "doc_named")}
    expect_docs = {
        "admin": set(),
        "secretariat": set(docs),
        "secretary": set(docs),
        "chair": {"doc_a", "doc_a1", "doc_b", "doc_meeting"},
        "member": {"doc_a", "doc_a1", "doc_b", "doc_meeting", "doc_conf"},
        "member2": {"doc_a", "doc_a1", "doc_b", "doc_meeting", "doc_named"},
        "invitee": {"doc_a", "doc_a1"},
        "observer": {"doc_a", "doc_a1", "doc_b", "doc_meeting"},
        "outsider": set(),
    }
    m_ballot = lambda poll, voter: d["ballots"][(d[poll], voter)]  # noqa: E731
    results_viewers = {"secretariat", "secretary", "chair", "member", "member2", "observer"}
    for role in ROLES:
        seen = visible_ids(world, role)
        # documents, their versions and their files follow the same decision
        for key, (doc_id, version_id, sha) in docs.items():
            want = key in expect_docs[role]
            assert (doc_id in seen) is want, (role, key)
            assert (version_id in seen) is want, (role, key, "version")
            r = world.http.get(f"/api/v1/blobs/{sha}", headers=world.auth(role))
            assert r.status_code == (200 if want else 404), (role, key, r.status_code)
        # meetings: participants and the secretariat only; the admin reads no content
        assert (d["m"] in seen) is (role not in ("admin", "outsider"))
        assert (d["item_b"] in seen) is (role not in ("admin", "outsider", "invitee"))
        assert (d["item_a"] in seen) is (role not in ("admin", "outsider"))
        # private things stay private
        assert (d["note"] in seen) is (role == "member")
        assert (d["private_mark"] in seen) is (role == "member")
        assert (d["shared_mark"] in seen) is (role not in ("admin", "outsider"))
        # ballots: own always; open poll nobody else; secret poll nobody else ever;
        # public poll after close: those who may view results
        for poll in ("open_poll", "secret_closed", "public_closed"):
            for voter in ("member", "chair"):
                bid = m_ballot(poll, voter)
                if role == voter:
                    want = True
                elif poll == "public_closed":
                    want = role in results_viewers
                else:
                    want = False
                assert (bid in seen) is want, (role, poll, voter)
        # the speakers' queue is public to everyone who sees the item (here: item A)
        assert (d["speak"] in seen) is (role not in ("admin", "outsider"))
        # nothing of the foreign meeting, except for the secretariat who runs every meeting
        foreign = {d["f"], d["f_item"], d["f_doc"][0], d["f_doc"][1], d["f_poll"]}
        if role == "secretariat":
            assert foreign <= seen
        else:
            assert not foreign & seen, role
        assert d["f_note"] not in seen
    # secret poll: the tally carries counts (and the public board's head) only, for everyone
    polls = [c for c in world.pull_all("member") if c["id"] == d["secret_closed"]]
    results = polls[-1]["data"]["results"]
    assert results["counts"]["yes"] == 2 and set(results) == {
        "counts",
        "cast",
        "eligible",
        "leader",
        "adopted",
        "closed_at",
        "quorum",
        "quorum_rule",
        "board_head",
    }


def _new(entity: str, data: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {"entity": entity, "id": str(uuid.uuid4()), "data": data, **kw}


def test_push_matrix(w: tuple[World, dict[str, Any]]) -> None:
    world, d = w
    m, f, ids = d["m"], d["f"], world.ids
    allowed: dict[str, set[str]] = {
        "item_own": {"secretariat", "secretary"},
        "item_foreign": {"secretariat"},
        "meeting_new": {"secretariat"},
        "note_own": {"chair", "secretary", "member", "member2", "invitee", "observer"},
        "note_item_b": {"chair", "secretary", "member", "member2", "observer"},
        "note_foreign": set(),
        "mark_doc_b": {"chair", "secretary", "member", "member2", "observer"},
        "mark_conf": {"member", "secretary"},
        "ballot_open": {"chair", "member", "member2"},
        "speak": {"chair", "member", "member2", "invitee"},
        "edit_member_note": set(),
    }
    for role in ROLES:
        cases = {
            "item_own": _new("agenda_item", {"meeting_id": m, "title": "new"}),
            "item_foreign": _new("agenda_item", {"meeting_id": f, "title": "new"}),
            "meeting_new": _new("meeting", {"title": "new meeting"}),
            "note_own": _new("note", {"meeting_id": m, "text": "n"}),
            "note_item_b": _new(
                "note", {"meeting_id": m, "agenda_item_id": d["item_b"], "text": "n"}
            ),
            "note_foreign": _new("note", {"meeting_id": f, "text": "n"}),
            "mark_doc_b": _new(
                "annotation", {"document_version_id": d["doc_b"][1], "page": 1, "kind": "highlight"}
            ),
            "mark_conf": _new(
                "annotation",
                {"document_version_id": d["doc_conf"][1], "page": 1, "kind": "highlight"},
            ),
            "ballot_open": _new("ballot", {"poll_id": d["open_poll"], "option_id": "no"}),
            "speak": _new("speaker_request", {"meeting_id": m, "agenda_item_id": d["item_a"]}),
            "edit_member_note": {
                "entity": "note",
                "id": d["note"],
                "data": {"text": "hijack", "updated_at": "999999999999999.00000.x"},
            },
        }
        # chair and member already voted: a second ballot row for the poll is a conflict
        allowed_ballot = role not in ("chair", "member") and role in allowed["ballot_open"]
        for name, change in cases.items():
            (result,) = world.push(role, change)
            want = allowed_ballot if name == "ballot_open" else role in allowed[name]
            if role == "member" and name == "edit_member_note":
                want = True  # the owner may
            assert (result["status"] == "applied") is want, (role, name, result)
            if not want:
                assert result["code"] in {"FORBIDDEN", "NOT_FOUND", "CONFLICT"}, (
                    role,
                    name,
                    result,
                )
                assert result["message"]
                # a refusal never hands out a row the person may not see (a second ballot
                # comes back with the voter's own stored ballot)
                if result.get("current"):
                    assert result["current"]["id"] in visible_ids(world, role)
    # the hijack attempt left the member's note untouched
    note = [c for c in world.pull_all("member") if c["id"] == d["note"]][-1]
    assert note["data"]["text"] in ("member's private note", "hijack")
    # owner fields come from the token, never from the client
    (_res,) = world.push(
        "member2", _new("note", {"meeting_id": m, "text": "x", "owner_id": ids["member"]})
    )
    own = [c for c in world.pull_all("member2") if c["entity"] == "note"]
    assert own and all(c["data"]["owner_id"] == ids["member2"] for c in own)
    assert not any(
        c["entity"] == "note" and c["data"]["text"] == "x" for c in world.pull_all("member")
    )


def test_poll_control_matrix(w: tuple[World, dict[str, Any]]) -> None:
    world, d = w
    for role in ROLES:
        poll = world.poll(d["m"], state="draft", item_id=d["item_a"])
        (res,) = world.push(
            role, {"entity": "poll", "id": poll, "base_version": 1, "data": {"state": "open"}}
        )
        want = role in ("secretariat", "secretary", "chair")
        assert (res["status"] == "applied") is want, (role, res)
        # question edits need the secretariat's rights, also for the chair
        (res,) = world.push(
            role,
            {
                "entity": "poll",
                "id": poll,
                "base_version": res.get("version", 1),
                "data": {"question": "changed?"},
            },
        )
        assert res["status"] == "rejected", (role, res)


def test_upload_matrix(w: tuple[World, dict[str, Any]]) -> None:
    world, _ = w
    for role in ROLES:
        data = f"file by {role}".encode()
        sha = hashlib.sha256(data).hexdigest()
        r = world.http.put(f"/api/v1/blobs/{sha}", content=data, headers=world.auth(role))
        assert (r.status_code == 201) is (role in ("secretariat", "secretary")), (role, r.text)
        if r.status_code != 201:
            assert r.json()["code"] == "FORBIDDEN"
