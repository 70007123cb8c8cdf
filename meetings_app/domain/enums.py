"""The values the enumerated fields of synced rows take (DESIGN.md, "Entities on the wire").

Poll states live with the ballot lifecycle (:mod:`meetings_app.domain.ballots`); roles and
classifications with the rules (:mod:`meetings_app.domain.rules`).
"""

from __future__ import annotations

from enum import StrEnum


class MeetingStatus(StrEnum):
    """A meeting's life: prepared in draft, reviewed by the chair, published to everyone."""

    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class MeetingKind(StrEnum):
    MEETING = "meeting"
    WRITTEN_OPINION = "written_opinion"


class AnnotationKind(StrEnum):
    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"
    STRIKE = "strike"
    INK = "ink"
    NOTE = "note"


class SpeakerState(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    DONE = "done"
    WITHDRAWN = "withdrawn"


class MinutesState(StrEnum):
    """Minutes are drafted by the secretary, approved by the chair, then published."""

    DRAFT = "draft"
    APPROVED = "approved"
    PUBLISHED = "published"
