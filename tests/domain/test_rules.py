"""Every role × every action, and who sees which document: the least-privilege table."""

from __future__ import annotations

import itertools

import pytest

from meetings_app.documents.policy import DocumentPolicy
from meetings_app.domain.enums import MeetingStatus
from meetings_app.domain.rules import (
    Action,
    Actor,
    Classification,
    DocumentUse,
    GlobalRole,
    MeetingRole,
    actor_of,
    may,
    may_read_private,
    may_see_ballot,
    may_see_document,
    may_see_item,
    may_see_meeting,
    may_use_document,
)

A = Action
# The expected table, written out by hand so a change to the rules must change it too.
EXPECTED: dict[MeetingRole, set[Action]] = {
    MeetingRole.CHAIR: {
        A.VIEW_MEETING,
        A.ANNOTATE,
        A.WRITE_NOTE,
        A.CAST_BALLOT,
        A.OPEN_CLOSE_POLL,
        A.VIEW_RESULTS,
        A.REQUEST_FLOOR,
        A.GIVE_FLOOR,
        A.RUN_MEETING,
        A.APPROVE_MINUTES,
    },
    MeetingRole.SECRETARY: {
        A.VIEW_MEETING,
        A.EDIT_MEETING,
        A.ANNOTATE,
        A.WRITE_NOTE,
        A.OPEN_CLOSE_POLL,
        A.VIEW_RESULTS,
        A.GIVE_FLOOR,
        A.PUBLISH_MINUTES,
        A.RUN_MEETING,
    },
    MeetingRole.MEMBER: {
        A.VIEW_MEETING,
        A.ANNOTATE,
        A.WRITE_NOTE,
        A.CAST_BALLOT,
        A.VIEW_RESULTS,
        A.REQUEST_FLOOR,
    },
    MeetingRole.INVITEE: {A.VIEW_MEETING, A.ANNOTATE, A.WRITE_NOTE, A.REQUEST_FLOOR},
    MeetingRole.OBSERVER: {A.VIEW_MEETING, A.ANNOTATE, A.WRITE_NOTE, A.VIEW_RESULTS},
}
GLOBAL_EXPECTED: dict[GlobalRole, set[Action]] = {
    GlobalRole.ADMIN: {A.MANAGE_PEOPLE},
    GlobalRole.SECRETARIAT: {
        A.VIEW_MEETING,
        A.EDIT_MEETING,
        A.OPEN_CLOSE_POLL,
        A.VIEW_RESULTS,
        A.GIVE_FLOOR,
        A.PUBLISH_MINUTES,
        A.RUN_MEETING,
    },
    GlobalRole.USER: set(),
}


@pytest.mark.parametrize(("role", "action"), list(itertools.product(MeetingRole, Action)), ids=str)
def test_meeting_role_action(role: MeetingRole, action: Action) -> None:
    actor = Actor("p", GlobalRole.USER, role)
    assert may(actor, action) is (action in EXPECTED[role])


@pytest.mark.parametrize(("role", "action"), list(itertools.product(GlobalRole, Action)), ids=str)
def test_global_role_outside_meetings(role: GlobalRole, action: Action) -> None:
    actor = Actor("p", role, None)
    assert may(actor, action) is (action in GLOBAL_EXPECTED[role])


def test_only_voters_vote() -> None:
    voters = {r for r in MeetingRole if may(Actor("p", GlobalRole.USER, r), A.CAST_BALLOT)}
    assert voters == {MeetingRole.CHAIR, MeetingRole.MEMBER}
    assert not may(Actor("p", GlobalRole.SECRETARIAT, None), A.CAST_BALLOT)
    assert not may(Actor("p", GlobalRole.ADMIN, None), A.CAST_BALLOT)


def _actor(role: MeetingRole | None, global_role: GlobalRole = GlobalRole.USER, items=()) -> Actor:
    return Actor("me", global_role, role, frozenset(items))


@pytest.mark.parametrize("classification", list(Classification), ids=str)
@pytest.mark.parametrize("role", [*MeetingRole, None], ids=str)
@pytest.mark.parametrize(
    "named", [True, False, None], ids=["named", "others-named", "nobody-named"]
)
def test_document_visibility(
    classification: Classification, role: MeetingRole | None, named: bool | None
) -> None:
    recipients = {True: ["me", "x"], False: ["x"], None: []}[named]
    actor = _actor(role, items={"item"})
    seen = may_see_document(actor, classification, recipients, item_id="item")
    if role is None:
        expected = False
    elif role is MeetingRole.SECRETARY or named:
        expected = True
    elif named is False or classification in (Classification.CONFIDENTIAL, Classification.SECRET):
        expected = False
    else:
        expected = True
    assert seen is expected


def test_admin_reads_no_meeting_content() -> None:
    admin = _actor(None, GlobalRole.ADMIN)
    assert not may_see_document(admin, "public", [], item_id=None)
    assert not may(admin, A.VIEW_MEETING)


def test_secretariat_sees_confidential_it_publishes() -> None:
    assert may_see_document(_actor(None, GlobalRole.SECRETARIAT), "secret", ["x"])


def test_invitee_sees_only_invited_items_and_their_children() -> None:
    invitee = _actor(MeetingRole.INVITEE, items={"i2"})
    assert may_see_item(invitee, "i2")
    assert may_see_item(invitee, "i2.1", ancestors=["i2"])
    assert not may_see_item(invitee, "i1")
    assert not may_see_item(invitee, None)
    assert may_see_document(invitee, "internal", [], item_id="i2")
    assert not may_see_document(invitee, "internal", [], item_id="i1")
    assert may_see_document(invitee, "confidential", ["me"], item_id="i1")


#: every flag a document's policy may hold for one use: unset, allowed, forbidden
FLAGS: list[bool | None] = [None, True, False]
#: who may ask: each global role, alone or with each meeting role
ASKERS = [(g, m) for g in GlobalRole for m in [None, *MeetingRole]]


def _expected_use(use: DocumentUse, classification: Classification, flag: bool | None) -> bool:
    """The rule written out by hand (issue 8): secret never leaves, whoever asks;
    confidential only with the flag; public and internal as the flag says, default yes."""
    if use is DocumentUse.VIEW:
        return flag is not False
    if classification is Classification.SECRET:
        return False
    if classification is Classification.CONFIDENTIAL:
        return flag is True
    return flag is not False


@pytest.mark.parametrize("flag", FLAGS, ids=["unset", "allowed", "forbidden"])
@pytest.mark.parametrize("classification", list(Classification), ids=str)
@pytest.mark.parametrize("use", list(DocumentUse), ids=str)
@pytest.mark.parametrize("asker", ASKERS, ids=lambda a: f"{a[0]}-{a[1]}")
def test_document_use_over_every_role_classification_and_flag(
    asker: tuple[GlobalRole, MeetingRole | None],
    use: DocumentUse,
    classification: Classification,
    flag: bool | None,
) -> None:
    """No role grants more than the policy: the organisers and the chair are held to it
    too; only a person outside the meeting (no part in it, not the secretariat) gets nothing."""
    global_role, meeting_role = asker
    actor = Actor("me", global_role, meeting_role)
    policy = {} if flag is None else {use.value: flag}
    takes_part = meeting_role is not None or global_role is GlobalRole.SECRETARIAT
    expected = takes_part and _expected_use(use, classification, flag)
    assert may_use_document(actor, use, classification, policy) is expected
    # the documents engine's policy object reads the same rule
    carried = DocumentPolicy.from_mapping(classification, policy)
    assert carried.allows(use.value) is _expected_use(use, classification, flag)


def test_view_policy() -> None:
    member = _actor(MeetingRole.MEMBER)
    assert may_use_document(member, DocumentUse.VIEW, "internal", {})
    assert not may_use_document(member, DocumentUse.VIEW, "internal", {"view": False})


@pytest.mark.parametrize(
    ("actor", "owner", "shared", "expected"),
    [
        ("a", "a", False, True),
        ("b", "a", False, False),
        ("b", "a", True, True),
        ("a", "a", True, True),
    ],
)
def test_private_records(actor: str, owner: str, shared: bool, expected: bool) -> None:
    assert may_read_private(actor, owner, shared) is expected


@pytest.mark.parametrize("role", list(MeetingRole), ids=str)
@pytest.mark.parametrize("secret", [True, False], ids=["secret", "open"])
@pytest.mark.parametrize("closed", [True, False], ids=["closed", "running"])
def test_ballot_visibility(role: MeetingRole, secret: bool, closed: bool) -> None:
    actor = _actor(role)
    assert may_see_ballot(actor, "me", secret, closed)
    other = may_see_ballot(actor, "someone-else", secret, closed)
    assert other is (
        not secret and closed and role in EXPECTED and A.VIEW_RESULTS in EXPECTED[role]
    )


@pytest.mark.parametrize("status", list(MeetingStatus), ids=str)
@pytest.mark.parametrize("asker", ASKERS, ids=lambda a: f"{a[0]}-{a[1]}")
def test_a_draft_reaches_only_the_organisers_and_in_review_the_chair(
    asker: tuple[GlobalRole, MeetingRole | None], status: MeetingStatus
) -> None:
    global_role, meeting_role = asker
    actor = Actor("me", global_role, meeting_role)
    organises = global_role is GlobalRole.SECRETARIAT or meeting_role is MeetingRole.SECRETARY
    if status in (MeetingStatus.DRAFT, MeetingStatus.CANCELLED):
        expected = organises
    elif status is MeetingStatus.REVIEW:
        expected = organises or meeting_role is MeetingRole.CHAIR
    else:
        expected = organises or meeting_role is not None
    assert may_see_meeting(actor, status) is expected
    assert not may_see_meeting(actor, "archived-by-a-newer-version") or organises


def test_actor_of_keeps_invited_items_and_ignores_unknown_roles() -> None:
    invitee = actor_of("me", "user", "invitee", ["i1", "i2"])
    assert invitee.meeting_role is MeetingRole.INVITEE
    assert invitee.invited_items == frozenset({"i1", "i2"})
    assert may_see_item(invitee, "i1") and not may_see_item(invitee, "i3")
    stranger = actor_of("me", "emperor", "overlord")
    assert stranger.global_role is GlobalRole.USER and stranger.meeting_role is None
