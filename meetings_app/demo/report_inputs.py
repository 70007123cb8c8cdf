"""Report inputs for the demo meetings, without a database: booklet, ballot, minutes, opinions.

The tests of the report renderers use these to show every report on realistic Vietnamese
content. The booklet is next week's session; the ballot, the minutes and the opinion
table are last month's, built from :mod:`~meetings_app.demo.story` (the minutes from the
very text the seed stores, read as the reports service reads it), so they agree with each
other and with what the seeded store reports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from meetings_app.app.reports import parse_minutes
from meetings_app.demo import story
from meetings_app.demo.content import (
    DEMO_AGENDA,
    DEMO_DOCUMENTS,
    DEMO_MEETING,
    DEMO_PEOPLE,
    VOTERS,
    DemoAgendaItem,
    DemoDocSpec,
    DemoMeeting,
    person,
)
from meetings_app.documents.reports.ballot import SECRETARY_CAPACITY
from meetings_app.documents.reports.model import (
    AgendaItem,
    AttachedDocument,
    BallotResult,
    ClauseOpinions,
    Comment,
    DocumentHeader,
    Meeting,
    Minutes,
    OpinionTable,
    Participant,
    SignatureBlock,
    Vote,
)
from meetings_app.domain.agencies import agency_of
from meetings_app.domain.ballots import DEFAULT_QUORUM, adopted, tally


def _header(number: str, date: datetime) -> DocumentHeader:
    return DocumentHeader(
        issuer="VĂN PHÒNG CHÍNH PHỦ", parent_issuer="CHÍNH PHỦ", number=number, date=date
    )


def _report_meeting(
    spec: DemoMeeting,
    agenda: Iterable[DemoAgendaItem],
    documents: dict[str, list[DemoDocSpec]],
    *,
    dated: datetime,
    present: bool,
) -> Meeting:
    participants = tuple(
        Participant(p.full_name, p.title, p.role, present=present)
        for p in DEMO_PEOPLE
        if p.role != "secretariat"
    )
    return Meeting(
        title=spec.title,
        starts_at=spec.starts_at,
        ends_at=spec.ends_at,
        place=spec.place,
        header=DocumentHeader(
            issuer=spec.issuer, parent_issuer="CHÍNH PHỦ", number=spec.number, date=dated
        ),
        participants=participants,
        agenda=tuple(_agenda_item(item, documents) for item in agenda),
        classification="internal",
    )


def _agenda_item(item: DemoAgendaItem, documents: dict[str, list[DemoDocSpec]]) -> AgendaItem:
    presenter = ""
    if item.presenter:
        who = person(item.presenter)
        presenter = f"{who.title} {who.full_name}"
    return AgendaItem(
        key=item.key,
        title=item.title,
        presenter=presenter,
        duration_minutes=item.duration_minutes or None,
        description=item.description,
        documents=tuple(
            AttachedDocument(spec.key, spec.title, spec.pages, spec.classification)
            for spec in documents.get(item.key, [])
        ),
        children=tuple(_agenda_item(c, documents) for c in item.children),
    )


def demo_meeting() -> Meeting:
    """Next week's session (booklet, pack), its programme issued six days ahead."""
    documents: dict[str, list[DemoDocSpec]] = {}
    for spec in DEMO_DOCUMENTS:
        documents.setdefault(spec.agenda_key, []).append(spec)
    issued = (DEMO_MEETING.starts_at - timedelta(days=6)).replace(hour=0, minute=0)
    return _report_meeting(DEMO_MEETING, DEMO_AGENDA, documents, dated=issued, present=False)


def past_meeting(dated: datetime = story.PAST_MEETING.starts_at) -> Meeting:
    """Last month's session, everyone present."""
    documents: dict[str, list[DemoDocSpec]] = {}
    for spec, item_key in story.PAST_DOCUMENTS:
        documents.setdefault(item_key, []).append(spec)
    return _report_meeting(
        story.PAST_MEETING, story.PAST_AGENDA, documents, dated=dated, present=True
    )


def demo_ballot(*, secret: bool = False) -> BallotResult:
    """Last month's vote on the session's resolution: every ballot signed and verified."""
    poll = story.PAST_POLL
    opened = story.POLL_OPENED_AT
    votes = tuple(
        Vote(
            person(b.username).full_name,
            person(b.username).title,
            poll.options[b.option],
            signature_verified=True,
            cast_at=opened + timedelta(seconds=b.after_seconds),
        )
        for b in story.PAST_BALLOTS
    )
    result = tally(poll.options, (v.choice for v in votes), len(VOTERS))
    leader = result.leader()
    verdict = "được thông qua" if leader and adopted(result, leader) else "không được thông qua"
    return BallotResult(
        meeting_title=story.PAST_MEETING.title,
        question=poll.question,
        options=poll.options,
        votes=votes,
        eligible=len(VOTERS),
        quorum=math.ceil(len(VOTERS) * DEFAULT_QUORUM),
        secret=secret,
        opened_at=opened,
        closed_at=story.POLL_CLOSED_AT,
        outcome=f"Phương án «{leader}» nhiều phiếu nhất, {verdict}.",
        header=_header("Số: 372/KQBQ-VPCP", story.POLL_CLOSED_AT),
        signer=SignatureBlock(SECRETARY_CAPACITY, person("thuky").full_name),
    )


def demo_minutes() -> Minutes:
    """Last month's minutes, dated the day they were approved (after the session)."""
    chair, secretary = person("thutuong"), person("thuky")
    sections, decisions = parse_minutes(story.minutes_text())
    meeting = past_meeting(dated=story.MINUTES_APPROVED_AT)
    return Minutes(
        meeting=meeting,
        number="Số: 373/BB-VPCP",
        sections=sections,
        decisions=decisions,
        signatures=(
            SignatureBlock("THƯ KÝ", secretary.full_name, secretary.title),
            SignatureBlock("CHỦ TỌA", chair.full_name, chair.title),
        ),
    )


def demo_opinions() -> OpinionTable:
    """Members' comments on the draft decree, grouped by the clause each was written on."""
    rows: dict[str, list[Comment]] = {}
    quotes: dict[str, str] = {}
    for c in story.DRAFT_COMMENTS:
        who = person(c.username)
        rows.setdefault(c.clause, []).append(Comment(who.full_name, c.text, who.title))
        quotes.setdefault(c.clause, f"… {c.quote} …")
    draft = next(spec for spec, _ in story.PAST_DOCUMENTS if spec.key == story.DRAFT_KEY)
    return OpinionTable(
        draft_title=draft.title,
        drafting_agency=agency_of(person("bt.tttt").title),
        rows=tuple(ClauseOpinions(k, tuple(v), quotes[k]) for k, v in rows.items()),
        meeting_title=story.PAST_MEETING.title,
        header=_header("Số: 374/BTH-VPCP", story.MINUTES_APPROVED_AT),
    )
