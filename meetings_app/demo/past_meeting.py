"""Last month's session written into the store, complete, as :mod:`story` tells it.

Each voter's ballot is signed like a real one (:mod:`~meetings_app.demo.ballots`); the
poll is then closed by the store's own closing step, so the tally is the store's.
Members' comments are marks on the draft's clauses, shared with the secretariat, placed
on the words they quote; the approved minutes are the meeting's Minutes row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from meetings_app.demo import story
from meetings_app.demo.seed import Seeder
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Annotation, Meeting, Minutes, Poll
from meetings_app.server.polls import finish_poll

_CONTEXT = 60
"""Characters kept on each side of a quote, as the viewer keeps them to re-anchor a mark."""


@dataclass(frozen=True)
class Anchor:
    """Where a quote sits in a PDF: its page, its rectangles (PDF points) and context."""

    page: int
    rects: list[list[float]]
    context: str


def find_quote(pdf: bytes, quote: str) -> Anchor:
    """The first place ``quote`` appears in the PDF's text (KeyError if none).

    The quote may wrap: a space in it matches any run of white space, line breaks
    included, and each line it covers gets its own rectangle, as a reader's highlight has.
    """
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    doc = pdfium.PdfDocument(pdf)
    try:
        for number in range(len(doc)):
            textpage = doc[number].get_textpage()
            text = textpage.get_text_range()
            found = pattern.search(text)
            if found is not None:
                rects = _line_rects(textpage, text, found.start(), found.end())
                context = text[max(0, found.start() - _CONTEXT) : found.end() + _CONTEXT]
                textpage.close()
                return Anchor(number, rects, context)
            textpage.close()
    finally:
        doc.close()
    raise KeyError(quote)


def _line_rects(textpage: pdfium.PdfTextPage, text: str, start: int, end: int) -> list[list[float]]:
    """One rectangle per line over the non-blank characters ``start``..``end``."""
    lines: list[list[tuple[float, float, float, float]]] = []
    for index in range(start, end):
        if text[index].isspace():
            continue
        box = textpage.get_charbox(index)
        if lines and abs(lines[-1][-1][1] - box[1]) < 2:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [
        [
            round(min(b[0] for b in line), 2),
            round(min(b[1] for b in line), 2),
            round(max(b[2] for b in line), 2),
            round(max(b[3] for b in line), 2),
        ]
        for line in lines
    ]


def seed_past_meeting(seeder: Seeder, pdfs: dict[str, Path]) -> Meeting:
    """The past session: agenda, documents, comments, a closed signed vote, minutes."""
    meeting = seeder.add_meeting(story.PAST_MEETING, status="closed", present=True)
    items = seeder.add_agenda(meeting, story.PAST_AGENDA)
    for spec, item_key in story.PAST_DOCUMENTS:
        _doc, version = seeder.add_document(meeting, items[item_key].id, spec, pdfs[spec.key], [])
        if spec.key == story.DRAFT_KEY:
            _comment(seeder, version.id, pdfs[spec.key].read_bytes())
    poll = seeder.add_poll(meeting, story.PAST_POLL, items[story.PAST_POLL.agenda_key].id, "open")
    poll.opens_at = seeder.at(story.POLL_OPENED_AT)
    _vote(seeder, poll)
    minutes = Minutes(
        id=new_id(),
        meeting_id=meeting.id,
        text=story.minutes_text(seeder.at(story.MINUTES_APPROVED_AT)),
    )
    seeder.add(minutes, "thuky")
    return meeting


def _comment(seeder: Seeder, version_id: str, pdf: bytes) -> None:
    """Each member's comments as shared highlights on the words of the clause."""
    for comment in story.DRAFT_COMMENTS:
        anchor = find_quote(pdf, comment.quote)
        mark = Annotation(
            id=new_id(),
            owner_id=seeder.people[comment.username].id,
            document_version_id=version_id,
            page=anchor.page,
            kind="highlight",
            geometry={"rects": anchor.rects},
            color="#ffd400",
            text=comment.text,
            shared=True,
            quote=comment.quote,
            context=anchor.context,
        )
        seeder.add(mark, comment.username)


def _vote(seeder: Seeder, poll: Poll) -> None:
    """Every voter's signed ballot, then the poll closed by the store's own closing step."""
    opened = seeder.at(story.POLL_OPENED_AT)
    for entry in story.PAST_BALLOTS:
        cast_at = opened + dt.timedelta(seconds=entry.after_seconds)
        seeder.ballots.cast(poll, entry.username, entry.option, entry.comment, cast_at)
    seqs: list[int] = []
    closed_at = seeder.at(story.POLL_CLOSED_AT)
    finish_poll(seeder.session, poll, closed_at, seqs, actor_id=seeder.people["thutuong"].id)
    poll.closes_at = closed_at
    seeder.add(poll, "thutuong")
