"""The central store's HTTP API (DESIGN.md, "Sync API v1"): one FastAPI app per process.

Database work runs in plain (threaded) route functions with SQLAlchemy sessions; event
streams are async and cost no thread each. Every refusal has the one ``ErrorBody`` shape.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import anyio
import anyio.from_thread
import anyio.to_thread
from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meetings_app import __version__
from meetings_app.domain.errors import AppError, Invalid, NotFound
from meetings_app.domain.models import (
    BlobRecord,
    Credential,
    Device,
    DocumentVersion,
    Minutes,
    Person,
    Token,
)
from meetings_app.domain.rules import Action, GlobalRole
from meetings_app.security.audit import append_event
from meetings_app.security.passwords import verify_password
from meetings_app.security.signing import valid_public_key
from meetings_app.security.tokens import new_token
from meetings_app.server import errors, presence
from meetings_app.server.auth import Caller, authenticate, authenticate_in, bearer
from meetings_app.server.events import FeedBroker
from meetings_app.server.follow import FollowHub, meetings_of
from meetings_app.server.live import feed_events
from meetings_app.server.pull import pull as pull_changes
from meetings_app.server.push import PushService, close_due_polls, due_polls_exist
from meetings_app.server.routes.follow import router as follow_router
from meetings_app.server.routes.presence import router as presence_router
from meetings_app.server.settings import ServerSettings
from meetings_app.server.visibility import Viewer
from meetings_app.store.blobs import BlobStore, check_sha256
from meetings_app.store.engine import make_engine, writer
from meetings_app.store.feed import (
    WRITE_SESSION,
    notify_pending,
    record_server_change,
    take_write_lock,
    write_session,
)
from meetings_app.store.migrate import upgrade
from meetings_app.sync.errors import AccountDisabled, AuthFailed, DeviceRevoked
from meetings_app.sync.wire import (
    API_PREFIX,
    Health,
    LoginRequest,
    LoginResponse,
    PersonOut,
    PullResponse,
    PushRequest,
    PushResponse,
)

log = logging.getLogger(__name__)
STREAM_CHUNK = 1024 * 1024


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Store:
    """What every route needs: settings, the engine, the blobs and the event broker."""

    settings: ServerSettings
    engine: Engine
    blobs: BlobStore
    broker: FeedBroker

    def reader(self) -> Session:
        engine = self.engine
        if engine.dialect.name == "postgresql":
            # one snapshot for the whole read, so "skip to the head" never skips a change
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        return Session(engine, expire_on_commit=False)

    def close_due_polls(self) -> None:
        now = utcnow()
        with Session(self.engine) as s:
            if not due_polls_exist(s, now):
                return
        seqs: list[int] = []
        with write_session(self.engine) as s:
            close_due_polls(s, now, seqs)
        if seqs:
            self.broker.publish(max(seqs))


class BodyLimit:
    """Refuse request bodies over the limit with 413 before reading them (blobs excepted)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(f"{API_PREFIX}/blobs/"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    await self._refuse(scope, receive, send)
                    return
        seen = 0
        refused = False

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        async def counting() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # answer 413 now; whatever the app does with the cut-off body is dropped
                    await self._refuse(scope, receive, send)
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counting, guarded_send)
        except Exception:
            if not refused:
                raise

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = errors.error_response(
            413, "TOO_LARGE", f"The request is larger than the limit of {self.limit} bytes."
        )
        await response(scope, receive, send)


def caller(request: Request) -> Caller:
    """The authenticated caller of a request (401-class errors otherwise)."""
    store: Store = request.app.state.store
    return authenticate(store.engine, bearer(request), utcnow())


def stream_caller(request: Request) -> Caller:
    """As :func:`caller`, also accepting ``?token=`` (browsers' EventSource sends no headers)."""
    store: Store = request.app.state.store
    return authenticate(store.engine, bearer(request, allow_query=True), utcnow())


Auth = Annotated[Caller, Depends(caller)]


def push_session(request: Request) -> Iterator[tuple[Session, Caller]]:
    """A push's write transaction with its caller, read on the same connection.

    The token is checked (as :func:`caller` would, so a bad token is a 401 before the
    body is looked at) in the transaction the push then runs in: one connection, one
    round trip for the sign-in. The route takes the write lock and commits; whatever is
    not committed is rolled back when the session closes.
    """
    store: Store = request.app.state.store
    token = bearer(request)
    with Session(writer(store.engine), expire_on_commit=False) as session:
        session.begin()
        session.info[WRITE_SESSION] = True
        yield session, authenticate_in(session, token, utcnow())


PushSession = Annotated[tuple[Session, Caller], Depends(push_session)]

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(start, end)`` inclusive for a single-range header, None for the whole file."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match or (not match.group(1) and not match.group(2)):
        raise AppError("Only a single byte range (bytes=a-b) is supported.", code="BAD_RANGE")
    first, last = match.group(1), match.group(2)
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            raise AppError("The byte range ends before it starts.", code="BAD_RANGE")
    else:
        length = int(last)
        if length == 0:
            raise _unsatisfiable(size)
        start, end = max(size - length, 0), size - 1
    if start >= size:
        raise _unsatisfiable(size)
    return start, end


def _unsatisfiable(size: int) -> AppError:
    return AppError(
        f"The requested range starts past the end of the file ({size} bytes).",
        code="RANGE_NOT_SATISFIABLE",
        size=size,
        headers={"Content-Range": f"bytes */{size}"},
    )


def create_app(settings: ServerSettings) -> FastAPI:
    """The store's ASGI app; opens the database and brings its schema up to date now."""
    engine = make_engine(settings.db_url, pool_size=settings.db_pool_size)
    upgrade(engine, "central")
    blobs = BlobStore(settings.blob_dir, max_size=settings.max_blob_size)
    store = Store(settings, engine, blobs, FeedBroker(engine))

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        store.broker.start(asyncio.get_running_loop())

        async def sweep() -> None:
            while True:
                await asyncio.sleep(settings.poll_close_interval)
                try:
                    await anyio.to_thread.run_sync(store.close_due_polls)
                except Exception:
                    log.warning("closing due polls failed", exc_info=True)

        task = asyncio.create_task(sweep())
        try:
            yield
        finally:
            task.cancel()
            store.broker.stop()

    app = FastAPI(
        title="meetings-app central store",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    errors.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_size)
    app.include_router(presence_router)
    app.include_router(follow_router)
    app.state.follow = FollowHub(store.broker)

    @app.get(f"{API_PREFIX}/health", response_model=Health)
    def health() -> Health:
        return Health(version=__version__)

    @app.post(f"{API_PREFIX}/auth/login", response_model=LoginResponse)
    def login(req: LoginRequest) -> LoginResponse:
        now = utcnow()
        with Session(engine) as s:
            person = s.execute(select(Person).where(Person.username == req.username)).scalar()
            cred = s.get(Credential, person.id) if person else None
        ok = verify_password(cred.password_hash if cred else None, req.password)
        if person is None or not ok:
            with write_session(engine) as s:
                append_event(s, "login.failed", details={"username": req.username}, at=now)
            raise AuthFailed("The username or password is wrong.")
        if person.disabled or person.deleted:
            raise AccountDisabled("This account is disabled; ask the administrators.")
        if req.device_public_key and not valid_public_key(req.device_public_key):
            raise Invalid("device_public_key is not an Ed25519 public key (base64).")
        token, digest = new_token()
        expires = now + settings.token_ttl
        with write_session(engine) as s:
            device = s.get(Device, req.device_id) if req.device_id else None
            if device is not None and device.person_id != person.id:
                device = None
            if device is not None and device.revoked:
                raise DeviceRevoked("This device has been revoked; it cannot sign in again.")
            if device is None:
                device = Device(person_id=person.id, name=req.device_name or "device")
            device.name = req.device_name or device.name
            if req.device_public_key:
                device.public_key = req.device_public_key
            device.last_seen = now
            record_server_change(s, device, actor_id=person.id)
            s.add(
                Token(
                    token_hash=digest,
                    person_id=person.id,
                    device_id=device.id,
                    created_at=now,
                    expires_at=expires,
                )
            )
            append_event(
                s, "login", actor_id=person.id, entity="device", entity_id=device.id, at=now
            )
            device_id = device.id
        return LoginResponse(
            token=token,
            expires_at=expires,
            device_id=device_id,
            person=PersonOut(
                id=person.id,
                username=person.username,
                full_name=person.full_name,
                title=person.title,
                role=person.role,
            ),
        )

    @app.post(f"{API_PREFIX}/auth/logout")
    def logout(who: Auth) -> dict[str, str]:
        with write_session(engine) as s:
            row = s.get(Token, who.token_hash)
            if row is not None:
                row.revoked = True
            append_event(s, "logout", actor_id=who.person.id, at=utcnow())
        return {"status": "ok"}

    @app.get(f"{API_PREFIX}/sync/pull", response_model=PullResponse)
    def pull(
        who: Auth,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = settings.pull_limit,
    ) -> PullResponse:
        store.close_due_polls()
        with store.reader() as s, s.begin():
            return pull_changes(s, who.person, cursor, limit, utcnow())

    @app.post(
        f"{API_PREFIX}/sync/push", response_model=PushResponse, response_model_exclude_none=True
    )
    def push(req: PushRequest, opened: PushSession) -> PushResponse:
        s, who = opened
        take_write_lock(s)
        service = PushService(s, who.person, who.device, utcnow())
        results = service.push(req.changes)
        seqs = service.seqs
        notify_pending(s)
        s.commit()
        if seqs:
            store.broker.publish(max(seqs))
        return PushResponse(results=results)

    def blob_visible(s: Session, who: Caller, sha: str) -> bool:
        viewer = Viewer(s, who.person, utcnow())
        for version in s.execute(
            select(DocumentVersion).where(
                DocumentVersion.blob_sha256 == sha, DocumentVersion.deleted.is_(False)
            )
        ).scalars():
            if viewer.sees_version(version):
                return True
        for minutes in s.execute(
            select(Minutes).where(Minutes.blob_sha256 == sha, Minutes.deleted.is_(False))
        ).scalars():
            if viewer.sees_meeting(minutes.meeting_id):
                return True
        record = s.get(BlobRecord, sha)
        return record is not None and record.uploaded_by == who.person.id

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}", response_model=None)
    def get_blob(sha256: str, request: Request, who: Auth) -> StreamingResponse:
        sha = check_sha256(sha256)
        with Session(engine) as s:
            visible = blob_visible(s, who, sha)
        if not visible or not store.blobs.has(sha):
            raise NotFound("There is no such file, or it is not shared with you.")
        size = store.blobs.size(sha)
        span = parse_range(request.headers.get("range"), size)
        start, end = span if span else (0, size - 1)
        headers = {
            "Accept-Ranges": "bytes",
            "Content-Length": str(max(end - start + 1, 0)),
            "ETag": f'"{sha}"',
            "Cache-Control": "private, max-age=31536000, immutable",
        }
        if span:
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        path = store.blobs.path(sha)

        def chunks() -> Iterator[bytes]:
            with path.open("rb") as fh:
                fh.seek(start)
                remaining = end - start + 1
                while remaining > 0:
                    chunk = fh.read(min(STREAM_CHUNK, remaining))
                    if not chunk:
                        return
                    remaining -= len(chunk)
                    yield chunk

        return StreamingResponse(
            chunks(),
            status_code=206 if span else 200,
            headers=headers,
            media_type="application/octet-stream",
        )

    def may_upload(who: Caller) -> bool:
        if who.person.role == GlobalRole.SECRETARIAT.value:
            return True
        with Session(engine) as s:
            viewer = Viewer(s, who.person, utcnow())
            return any(
                viewer.may(m, Action.EDIT_MEETING) or viewer.may(m, Action.PUBLISH_MINUTES)
                for m in viewer.meeting_ids()
            )

    @app.put(f"{API_PREFIX}/blobs/{{sha256}}", status_code=201)
    async def put_blob(sha256: str, request: Request, who: Auth) -> dict[str, Any]:
        sha = check_sha256(sha256)
        if not await anyio.to_thread.run_sync(may_upload, who):
            raise AppError(
                "Only the secretariat and meeting secretaries may upload files.", code="FORBIDDEN"
            )
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_blob_size:
            raise AppError(
                f"The file is larger than the limit of {settings.max_blob_size} bytes.",
                code="TOO_LARGE",
            )
        if store.blobs.has(sha):
            size = store.blobs.size(sha)
        else:
            stream = request.stream().__aiter__()

            async def next_chunk() -> bytes | None:
                try:
                    return await stream.__anext__()
                except StopAsyncIteration:
                    return None

            def chunks() -> Iterator[bytes]:
                while True:
                    chunk = anyio.from_thread.run(next_chunk)
                    if chunk is None:
                        return
                    if chunk:
                        yield chunk

            _, size = await anyio.to_thread.run_sync(lambda: store.blobs.put_stream(chunks(), sha))

        def record() -> None:
            with write_session(engine) as s:
                if s.get(BlobRecord, sha) is None:
                    s.add(
                        BlobRecord(
                            sha256=sha, size=size, uploaded_by=who.person.id, created_at=utcnow()
                        )
                    )
                    append_event(
                        s,
                        "blob.upload",
                        actor_id=who.person.id,
                        details={"sha256": sha, "size": size},
                    )

        await anyio.to_thread.run_sync(record)
        return {"sha256": sha, "size": size}

    @app.get(f"{API_PREFIX}/events", response_model=None)
    async def events(request: Request) -> StreamingResponse:
        who = await anyio.to_thread.run_sync(stream_caller, request)
        store.broker.start(asyncio.get_running_loop())
        keepalive = settings.events_keepalive
        device, person = who.device.id, who.person.id
        meetings = await anyio.to_thread.run_sync(meetings_of, store.engine, who.person)

        return StreamingResponse(
            feed_events(
                store.broker,
                keepalive,
                beat=lambda: presence.seen(store.engine, device, person, utcnow()),
                closed=lambda: presence.gone(store.engine, device),
                moves=lambda seen: app.state.follow.since(seen, meetings),
            ),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return app
