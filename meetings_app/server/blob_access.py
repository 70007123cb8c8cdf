"""What the store knows about files: which are uploaded, who may fetch one, who may upload.

A blob reaches a person exactly when a row naming it does (a document version they may
see, the minutes of a meeting they may see), or when they uploaded it themselves: the
same rules as the pull filter, drafts included.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.models import BlobRecord, DocumentVersion, Minutes, Person
from meetings_app.domain.rules import Action, GlobalRole
from meetings_app.server.visibility import Viewer


def blob_known(session: Session, sha256: str) -> bool:
    """Whether a file with this hash has been uploaded to the store."""
    return session.get(BlobRecord, sha256) is not None


def blob_visible(session: Session, person: Person, sha: str, now: dt.datetime) -> bool:
    """Whether ``person`` may download the blob ``sha`` (404 otherwise, never a hint)."""
    viewer = Viewer(session, person, now)
    for version in session.execute(
        select(DocumentVersion).where(
            DocumentVersion.blob_sha256 == sha, DocumentVersion.deleted.is_(False)
        )
    ).scalars():
        if viewer.sees_version(version):
            return True
    for minutes in session.execute(
        select(Minutes).where(Minutes.blob_sha256 == sha, Minutes.deleted.is_(False))
    ).scalars():
        if viewer.sees_meeting(minutes.meeting_id):
            return True
    record = session.get(BlobRecord, sha)
    return record is not None and record.uploaded_by == person.id


def may_upload(session: Session, person: Person, now: dt.datetime) -> bool:
    """The secretariat, and whoever edits a meeting or publishes its minutes, may upload."""
    if person.role == GlobalRole.SECRETARIAT.value:
        return True
    viewer = Viewer(session, person, now)
    return any(
        viewer.may(m, Action.EDIT_MEETING) or viewer.may(m, Action.PUBLISH_MINUTES)
        for m in viewer.meeting_ids()
    )
