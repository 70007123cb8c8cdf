"""Minutes per agenda item: drafted by the secretary, approved by the chair, published.

Who may move minutes where, and who may read them: pure rules the store and the
laptop both apply.
"""

from __future__ import annotations

from meetings_app.domain.codes import Code
from meetings_app.domain.enums import MinutesState
from meetings_app.domain.errors import Invalid

#: (from, to) → the action that allows it: "write" (the secretary) or "approve" (the chair)
_MOVES: dict[tuple[MinutesState, MinutesState], str] = {
    (MinutesState.DRAFT, MinutesState.DRAFT): "write",
    (MinutesState.DRAFT, MinutesState.APPROVED): "approve",
    (MinutesState.APPROVED, MinutesState.DRAFT): "write",  # edited again: approval lapses
    (MinutesState.APPROVED, MinutesState.PUBLISHED): "write",
}


def required(current: str, target: str) -> str:
    """``"write"`` or ``"approve"``: what moving minutes from ``current`` to ``target`` takes.

    Raises ``Invalid`` (``MINUTES_STATE``) for any other move: published minutes are final,
    and nothing is published before the chair approved it.
    """
    try:
        return _MOVES[(MinutesState(current), MinutesState(target))]
    except (KeyError, ValueError):
        raise Invalid(
            f"Minutes cannot go from {current} to {target}.",
            code=Code.MINUTES_STATE,
            current=current,
            target=target,
        ) from None


def readable(state: str, organiser: bool, approver: bool) -> bool:
    """Members read published minutes only; the chair (who approves) reads them all."""
    if organiser:
        return True
    if state == MinutesState.PUBLISHED:
        return True
    return approver
