"""Who may see and do what: pure functions the server and the client both consult.

Least privilege: an admin manages accounts but reads no meeting content unless invited;
confidential and secret documents go only to their named recipients (and the people who
publish them); an invitee sees only the agenda items they are invited to.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from meetings_app.domain.enums import MeetingStatus

_E = TypeVar("_E", bound=StrEnum)


class GlobalRole(StrEnum):
    ADMIN = "admin"
    SECRETARIAT = "secretariat"
    USER = "user"


class MeetingRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    INVITEE = "invitee"
    OBSERVER = "observer"


class Classification(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"


class Action(StrEnum):
    VIEW_MEETING = "view_meeting"
    EDIT_MEETING = "edit_meeting"
    """Agenda, documents, participants, polls in draft: the secretariat's work."""
    ANNOTATE = "annotate"
    WRITE_NOTE = "write_note"
    CAST_BALLOT = "cast_ballot"
    OPEN_CLOSE_POLL = "open_close_poll"
    VIEW_RESULTS = "view_results"
    REQUEST_FLOOR = "request_floor"
    GIVE_FLOOR = "give_floor"
    PUBLISH_MINUTES = "publish_minutes"
    RUN_MEETING = "run_meeting"
    """Start and end the meeting, move the current item, set the quorum rule, take
    attendance, make viewers follow a document."""
    APPROVE_MINUTES = "approve_minutes"
    MANAGE_PEOPLE = "manage_people"


class DocumentUse(StrEnum):
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"


_READER = {Action.VIEW_MEETING, Action.ANNOTATE, Action.WRITE_NOTE}
_ORGANISER = {
    Action.VIEW_MEETING,
    Action.EDIT_MEETING,
    Action.OPEN_CLOSE_POLL,
    Action.VIEW_RESULTS,
    Action.GIVE_FLOOR,
    Action.PUBLISH_MINUTES,
    Action.RUN_MEETING,
}

MEETING_ROLE_ACTIONS: Mapping[MeetingRole, frozenset[Action]] = {
    MeetingRole.CHAIR: frozenset(
        _READER
        | {
            Action.CAST_BALLOT,
            Action.OPEN_CLOSE_POLL,
            Action.VIEW_RESULTS,
            Action.REQUEST_FLOOR,
            Action.GIVE_FLOOR,
            Action.RUN_MEETING,
            Action.APPROVE_MINUTES,
        }
    ),
    MeetingRole.SECRETARY: frozenset(_READER | _ORGANISER),
    MeetingRole.MEMBER: frozenset(
        _READER | {Action.CAST_BALLOT, Action.VIEW_RESULTS, Action.REQUEST_FLOOR}
    ),
    MeetingRole.INVITEE: frozenset(_READER | {Action.REQUEST_FLOOR}),
    MeetingRole.OBSERVER: frozenset(_READER | {Action.VIEW_RESULTS}),
}

GLOBAL_ROLE_ACTIONS: Mapping[GlobalRole, frozenset[Action]] = {
    GlobalRole.ADMIN: frozenset({Action.MANAGE_PEOPLE}),
    GlobalRole.SECRETARIAT: frozenset(_ORGANISER),
    GlobalRole.USER: frozenset(),
}

_RESTRICTED = {Classification.CONFIDENTIAL, Classification.SECRET}


@dataclass(frozen=True)
class Actor:
    """A person as the rules see them in the context of one meeting."""

    person_id: str
    global_role: GlobalRole = GlobalRole.USER
    meeting_role: MeetingRole | None = None
    invited_items: frozenset[str] = field(default_factory=frozenset)

    @property
    def organises(self) -> bool:
        """Secretariat staff and the meeting's secretary publish its content, so see all of it."""
        return (
            self.global_role is GlobalRole.SECRETARIAT or self.meeting_role is MeetingRole.SECRETARY
        )


def actor_of(
    person_id: str,
    global_role: str | None,
    meeting_role: str | None = None,
    invited_items: Iterable[object] | None = None,
) -> Actor:
    """The person as the rules see them, from stored rows' values (a person's role, their
    participation's role and invited items). A role this version does not know counts as
    none: the unknown never grants more."""
    return Actor(
        person_id,
        _member(GlobalRole, global_role) or GlobalRole.USER,
        _member(MeetingRole, meeting_role),
        frozenset(str(i) for i in (invited_items or ())),
    )


def _member(kind: type[_E], value: str | None) -> _E | None:
    try:
        return kind(value) if value else None
    except ValueError:
        return None


def may_see_meeting_status(actor: Actor, status: str) -> bool:
    """Whether the meeting's status lets this participant receive it and everything under it.

    A meeting in draft (or cancelled) is the secretariat's alone: its organisers (the
    secretariat and the meeting's secretary) receive it; in review the chair too; from
    publication on, every participant. An unknown status is treated as a draft.
    """
    if actor.organises:
        return True
    if status == MeetingStatus.REVIEW:
        return actor.meeting_role is MeetingRole.CHAIR
    return status in _PUBLIC_STATUSES


_PUBLIC_STATUSES = frozenset(
    {MeetingStatus.PUBLISHED, MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED}
)


def may_see_meeting(actor: Actor, status: str) -> bool:
    """Whether the meeting, and every row under it, reaches this person on pull."""
    return may(actor, Action.VIEW_MEETING) and may_see_meeting_status(actor, status)


def may(actor: Actor, action: Action) -> bool:
    """True when ``actor`` may take ``action`` in the meeting they are considered in."""
    if action in GLOBAL_ROLE_ACTIONS[actor.global_role]:
        return True
    if actor.meeting_role is None:
        return False
    return action in MEETING_ROLE_ACTIONS[actor.meeting_role]


def may_see_item(actor: Actor, item_id: str | None, ancestors: Collection[str] = ()) -> bool:
    """An agenda item is visible to every participant, except invitees: only their items.

    An invitee invited to an item also sees its sub-items (``ancestors`` lists the item's
    parents), and ``item_id=None`` stands for meeting-level material, which invitees
    see only if it is addressed to them.
    """
    if actor.organises:
        return True
    if actor.meeting_role is None:
        return False
    if actor.meeting_role is not MeetingRole.INVITEE:
        return True
    if item_id is None:
        return False
    return item_id in actor.invited_items or any(a in actor.invited_items for a in ancestors)


def may_see_document(
    actor: Actor,
    classification: str,
    recipients: Collection[str],
    item_id: str | None = None,
    ancestors: Collection[str] = (),
) -> bool:
    """Whether a document (and its versions and blobs) reaches this person.

    Named recipients always see it. Confidential and secret documents go only to named
    recipients (and the organisers who publish them). Otherwise an empty recipient list
    means every participant who may see the agenda item.
    """
    if actor.organises:
        return True
    if actor.meeting_role is None:
        return False
    if actor.person_id in recipients:
        return True
    if Classification(classification) in _RESTRICTED:
        return False
    if recipients:
        return False
    return may_see_item(actor, item_id, ancestors)


def policy_allows(use: DocumentUse, classification: str, policy: Mapping[str, bool]) -> bool:
    """What a document's classification and policy flags allow, whoever asks.

    * view: the ``view`` flag (default yes); seeing it at all is :func:`may_see_document`;
    * secret: never printed or exported, whatever the flags say (only the store's own
      reports, which carry no document pages, speak of it);
    * confidential: printed or exported only when the flag says so (default no);
    * public and internal: as the flags say (default yes).

    Every print or export that is allowed carries the recipient watermark.
    """
    level = Classification(classification)
    if use is DocumentUse.VIEW:
        return bool(policy.get("view", True))
    if level is Classification.SECRET:
        return False
    default = level is not Classification.CONFIDENTIAL
    return bool(policy.get(use.value, default))


def may_use_document(
    actor: Actor, use: DocumentUse, classification: str, policy: Mapping[str, bool]
) -> bool:
    """Whether this person may view, print or export a document they can see.

    The one rule for every caller (viewer, "Save annotated copy", print, meeting pack):
    a person with a part in the meeting (or the secretariat) gets what
    :func:`policy_allows` says; no role grants more, the organisers included.
    """
    return may(actor, Action.VIEW_MEETING) and policy_allows(use, classification, policy)


def may_read_private(actor_id: str, owner_id: str, shared: bool) -> bool:
    """Annotations and notes are the owner's alone unless the owner shares them."""
    return actor_id == owner_id or shared


def may_see_ballot(actor: Actor, voter_id: str, secret: bool, poll_closed: bool) -> bool:
    """A voter sees their own ballot; an open poll's ballots are seen by the organisers only
    after it closes, and a secret poll's by nobody but the voter (only the tally is public)."""
    if actor.person_id == voter_id:
        return True
    if secret:
        return False
    return poll_closed and may(actor, Action.VIEW_RESULTS)
