"""What each synced entity is: who owns its rows, and the values its enumerated fields take.

The server validates pushes and the client decides how to push by these tables; both read
them from here, so they cannot disagree (DESIGN.md, "Data that syncs").
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from meetings_app.domain.ballots import PollState
from meetings_app.domain.enums import (
    AnnotationKind,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    SpeakerState,
)
from meetings_app.domain.quorum import QuorumRule
from meetings_app.domain.rules import Classification, MeetingRole

#: entities the secretariat owns: optimistic concurrency on ``version``
SECRETARIAT_OWNED = frozenset(
    {"meeting", "participant", "agenda_item", "document", "document_version", "poll", "minutes"}
)
#: owner-private entities → the field naming their owner (latest hybrid-clock write wins)
OWNER_FIELD: Mapping[str, str] = {
    "annotation": "owner_id",
    "note": "owner_id",
    "ballot": "voter_id",
    "speaker_request": "person_id",
}
#: fields only the store decides; whatever a client sends for them is ignored
SERVER_FIELDS: Mapping[str, frozenset[str]] = {
    "meeting": frozenset({"item_started_at", "item_times"}),
    "poll": frozenset({"results"}),
    "ballot": frozenset({"device_id", "receipt"}),
    "speaker_request": frozenset({"requested_at", "floor_at", "ended_at"}),
    "register_entry": frozenset({"number", "year", "issued_at"}),
}
#: (entity, field) → the enumeration its values must belong to
ENUM_FIELDS: Mapping[tuple[str, str], type[StrEnum]] = {
    ("meeting", "kind"): MeetingKind,
    ("meeting", "status"): MeetingStatus,
    ("meeting", "classification"): Classification,
    ("document", "classification"): Classification,
    ("participant", "role"): MeetingRole,
    ("poll", "state"): PollState,
    ("annotation", "kind"): AnnotationKind,
    ("speaker_request", "state"): SpeakerState,
    ("meeting", "quorum"): QuorumRule,
    ("minutes", "state"): MinutesState,
}
