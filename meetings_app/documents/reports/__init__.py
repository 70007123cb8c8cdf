"""Reports for Vietnamese officials, each a pure function from plain inputs to PDF bytes.

Agenda booklet, meeting pack (bookmarked, with a table of contents), ballot results,
minutes and the consolidated-opinion table. Inputs are the frozen dataclasses of
:mod:`meetings_app.documents.reports.model`; page furniture is shared in
:mod:`meetings_app.documents.reports.layout`.
"""

from meetings_app.documents.reports.agenda import agenda_booklet
from meetings_app.documents.reports.ballot import ballot_results
from meetings_app.documents.reports.minutes import meeting_minutes
from meetings_app.documents.reports.model import (
    AgendaItem,
    AttachedDocument,
    BallotResult,
    Classification,
    ClauseOpinions,
    Comment,
    DocumentHeader,
    Meeting,
    Minutes,
    MinutesSection,
    OpinionTable,
    Participant,
    ReportInputError,
    Role,
    SignatureBlock,
    Vote,
)
from meetings_app.documents.reports.opinions import opinion_table
from meetings_app.documents.reports.pack import (
    MeetingPack,
    TocEntry,
    build_meeting_pack,
    meeting_pack,
)

__all__ = [
    "AgendaItem",
    "AttachedDocument",
    "BallotResult",
    "Classification",
    "ClauseOpinions",
    "Comment",
    "DocumentHeader",
    "Meeting",
    "MeetingPack",
    "Minutes",
    "MinutesSection",
    "OpinionTable",
    "Participant",
    "ReportInputError",
    "Role",
    "SignatureBlock",
    "TocEntry",
    "Vote",
    "agenda_booklet",
    "ballot_results",
    "build_meeting_pack",
    "meeting_minutes",
    "meeting_pack",
    "opinion_table",
]
