"""Running a meeting: its status moves forward, and what the chair may change while it runs.

The chair is not the meeting's editor (the secretariat is), but runs it: starts and ends
it, moves the current agenda item and sets the quorum rule. The store applies these
checks to every such change, whoever sends it.
"""

from __future__ import annotations

from meetings_app.domain.codes import Code
from meetings_app.domain.enums import MeetingStatus
from meetings_app.domain.errors import Invalid

#: Fields the chair may change on a meeting (the rest is the secretariat's).
RUN_FIELDS = frozenset({"status", "current_item_id", "quorum"})

_RUNNING_MOVES: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PUBLISHED: frozenset({MeetingStatus.IN_PROGRESS}),
    MeetingStatus.IN_PROGRESS: frozenset({MeetingStatus.CLOSED}),
}


def check_run_move(current: str, target: str) -> None:
    """A running move is start (published → in progress) or end (in progress → closed).

    Raises ``Invalid`` (code ``MEETING_STATUS``) for any other change of status by the
    person running the meeting; staying put is always allowed.
    """
    if current == target:
        return
    allowed = _RUNNING_MOVES.get(MeetingStatus(current), frozenset())
    if MeetingStatus(target) not in allowed:
        raise Invalid(
            f"A meeting cannot go from {current} to {target} while it is run.",
            code=Code.MEETING_STATUS,
            current=current,
            target=target,
        )


def item_times_after_move(
    times: dict[str, float], old_item: str | None, elapsed_s: float
) -> dict[str, float]:
    """The seconds spent per item once ``old_item`` is left after ``elapsed_s`` seconds."""
    result = dict(times)
    if old_item:
        result[old_item] = round(float(result.get(old_item, 0.0)) + max(0.0, elapsed_s), 1)
    return result
