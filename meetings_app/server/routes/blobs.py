"""``GET`` and ``PUT /api/v1/blobs/{sha256}``: content-addressed files.

A download honours a single ``Range`` (a broken download resumes) and answers 404 for a
file that is unknown or not shared with the caller (drafts included: the same rules as
pull, :mod:`meetings_app.server.blob_access`); every download is audited (who, which
file, which bytes). An upload is refused when the body's
hash differs from the name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Header, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, NotFound
from meetings_app.domain.models import BlobRecord
from meetings_app.security.audit import append_event
from meetings_app.server.auth import Caller
from meetings_app.server.blob_access import blob_visible, may_upload
from meetings_app.server.deps import Auth, StoreDep
from meetings_app.server.openapi import BINARY, SIGNED_IN, answers
from meetings_app.server.ranges import parse_range
from meetings_app.server.store import Store
from meetings_app.store.blobs import check_sha256
from meetings_app.store.feed import write_session
from meetings_app.sync.wire import API_PREFIX, BlobStored

router = APIRouter(prefix=f"{API_PREFIX}/blobs", tags=["blobs"])
STREAM_CHUNK = 1024 * 1024


Sha256 = Annotated[
    str, PathParam(pattern="^[0-9a-fA-F]{64}$", description="The file's sha256, hex.")
]
_FILE = {"application/octet-stream": {"schema": BINARY}}


@router.get(
    "/{sha256}",
    response_model=None,
    response_class=StreamingResponse,
    responses={
        200: {"description": "The whole file.", "content": _FILE},
        206: {
            "description": "The requested part (`Content-Range: bytes a-b/size`).",
            "content": _FILE,
            "headers": {"Content-Range": {"schema": {"type": "string"}}},
        },
        **answers(400, 401, 404, 416),
    },
    openapi_extra=SIGNED_IN,
)
def get_blob(
    sha256: Sha256,
    who: Auth,
    store: StoreDep,
    range: Annotated[
        str | None,
        Header(description="One byte range, `bytes=a-b`, `bytes=a-` or `bytes=-n`."),
    ] = None,
) -> StreamingResponse:
    """The file's bytes (206 with ``Content-Range`` for a range request)."""
    sha = check_sha256(sha256)
    with Session(store.engine) as s:
        visible = blob_visible(s, who.person, sha, store.now())
    if not visible or not store.blobs.has(sha):
        raise NotFound("There is no such file, or it is not shared with you.")
    size = store.blobs.size(sha)
    span = parse_range(range, size)
    start, end = span if span else (0, size - 1)
    headers = {
        "Accept-Ranges": "bytes",
        "Content-Length": str(max(end - start + 1, 0)),
        "ETag": f'"{sha}"',
        "Cache-Control": "private, max-age=31536000, immutable",
    }
    if span:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    with write_session(store.engine) as s:  # who fetched which file (never its content)
        append_event(
            s,
            "blob.download",
            actor_id=who.person.id,
            entity="blob",
            details={"sha256": sha, "first_byte": start, "last_byte": end},
            at=store.now(),
        )
    return StreamingResponse(
        _read(store.blobs.path(sha), start, end),
        status_code=206 if span else 200,
        headers=headers,
        media_type="application/octet-stream",
    )


def _read(path: Path, start: int, end: int) -> Iterator[bytes]:
    with path.open("rb") as fh:
        fh.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = fh.read(min(STREAM_CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


@router.put(
    "/{sha256}",
    status_code=201,
    response_model=BlobStored,
    responses=answers(400, 401, 403, 408, 413, 429),
    openapi_extra={
        **SIGNED_IN,
        "requestBody": {
            "required": True,
            "description": "The file's bytes; they must hash to the name.",
            "content": _FILE,
        },
    },
)
async def put_blob(sha256: Sha256, request: Request, who: Auth, store: StoreDep) -> BlobStored:
    """Store the body under its sha256 (verified while streaming); ``{sha256, size}``.

    The body is read in the event loop straight to a temporary file: a stalled upload
    holds a socket, not a thread (the body timeout ends it). A file already stored is
    read and verified all the same, so the answer never tells whether it existed.
    """
    sha = check_sha256(sha256)
    if not await anyio.to_thread.run_sync(_may_upload, store, who):
        raise AppError(
            "Only the secretariat and meeting secretaries may upload files.", code=Code.FORBIDDEN
        )
    limit = store.settings.max_blob_size
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise AppError(f"The file is larger than the limit of {limit} bytes.", code=Code.TOO_LARGE)
    with store.uploads.slot(who.person.id):
        intake = store.blobs.intake(sha)
        try:
            async for chunk in request.stream():
                intake.write(chunk)
            _, size = await anyio.to_thread.run_sync(intake.commit)
        finally:
            intake.discard()
    await anyio.to_thread.run_sync(_record, store, who, sha, size)
    return BlobStored(sha256=sha, size=size)


def _may_upload(store: Store, who: Caller) -> bool:
    with Session(store.engine) as s:
        return may_upload(s, who.person, store.now())


def _record(store: Store, who: Caller, sha: str, size: int) -> None:
    """Note the upload (once per file) and audit it."""
    with write_session(store.engine) as s:
        if s.get(BlobRecord, sha) is None:
            s.add(
                BlobRecord(sha256=sha, size=size, uploaded_by=who.person.id, created_at=store.now())
            )
            append_event(
                s, "blob.upload", actor_id=who.person.id, details={"sha256": sha, "size": size}
            )
