"""Changes the store refused, as the person should see them: what, why, and when.

The sync engine keeps every refusal in the local ``rejection`` table (with the refused
data, encrypted at rest) instead of dropping it; this service turns those rows into plain
summaries for the window and remembers which ones the person has seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from meetings_app.domain.models import Poll, Rejection
from meetings_app.store.engine import writer

SUMMARY_CHARS = 80


@dataclass(frozen=True)
class RefusedChange:
    """One refused change: what it was (``summary``), the store's code and sentence."""

    change_id: str
    entity: str
    code: str
    message: str
    at: dt.datetime
    seen: bool
    summary: str


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def summarize(session: Session, entity: str, data: dict[str, Any]) -> str:
    """A few words a person recognises the change by (the poll's question, the note's text)."""
    if entity == "ballot":
        poll = session.get(Poll, str(data.get("poll_id", "")))
        labels = {str(o.get("id")): str(o.get("label")) for o in (poll.options if poll else [])}
        choice = labels.get(str(data.get("option_id")), str(data.get("option_id", "")))
        question = poll.question if poll else ""
        return _clip(f"{question}: {choice}" if question else choice)
    for key in ("quote", "text", "question", "title"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return _clip(value)
    return ""


class RefusedChangesService:
    """Reads and acknowledges refusals on the laptop store (no network)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def refused(self) -> list[RefusedChange]:
        """Every refusal, newest first."""
        with Session(self.engine) as s:
            rows = s.execute(select(Rejection).order_by(Rejection.at.desc())).scalars().all()
            return [
                RefusedChange(
                    change_id=r.change_id,
                    entity=r.entity,
                    code=r.code,
                    message=r.message,
                    at=r.at,
                    seen=r.seen,
                    summary=summarize(s, r.entity, r.data or {}),
                )
                for r in rows
            ]

    def unseen(self) -> int:
        return sum(not r.seen for r in self.refused())

    def mark_seen(self) -> None:
        """The person has read the list; the notice stops asking."""
        with writer(self.engine).begin() as conn:
            conn.execute(update(Rejection).where(Rejection.seen.is_(False)).values(seen=True))
