"""The client sync engine: push the outbox, pull the feed, fetch the blobs.

Every step is restartable. The outbox and the cursor live in the local database; each
pulled page is applied together with its new cursor in one transaction; each push
result is recorded in one transaction; a blob download resumes from the bytes already
on disk and is verified against its sha256 before it is used. Killing the process at
any moment loses nothing and applies nothing twice: the store remembers each change id.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.orm import Session

from meetings_app import __version__
from meetings_app.domain.codes import Code
from meetings_app.domain.entities import SECRETARIAT_OWNED
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import (
    ENTITIES,
    AgendaItem,
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    LocalBlob,
    Meeting,
    Minutes,
    Note,
    OutboxEntry,
    Participant,
    Poll,
    RegisterEntry,
    Rejection,
    SpeakerRequest,
    Synced,
    SyncState,
)
from meetings_app.security import signing
from meetings_app.security.cipher import AesGcmCipher
from meetings_app.security.keyring_store import data_key
from meetings_app.security.trust_list import TrustedCertificate, install_store_list, parse_ca
from meetings_app.store.blobs import BlobHashMismatch
from meetings_app.store.disk import disk_writes
from meetings_app.store.engine import writer
from meetings_app.store.sealed_blobs import BlobCipher, PartialBlob, SealedBlobStore
from meetings_app.sync.errors import BlobCorrupt, DeviceRevoked, ServerError, Unreachable, error_for
from meetings_app.sync.local import (
    get_state,
    observe,
    observe_latest,
    pending_among,
    pending_for,
    set_state,
)
from meetings_app.sync.tls import http_client, untrusted
from meetings_app.sync.wire import (
    API_PREFIX,
    CLIENT_VERSION_HEADER,
    Change,
    ClientVersion,
    FollowRequest,
    LoginResponse,
    PersonOut,
    PresenceResponse,
    PullResponse,
    PushChange,
    PushResponse,
    PushResult,
    TrustList,
    from_data,
)

applied_log = logging.getLogger("meetings_app.sync.applied")
"""One line per remote change applied here (seq, entity, id, version): the client's log
file keeps them, so support can tell when a laptop received what."""

DOWNLOAD_CHUNK = 1024 * 1024
BLOB_WORKERS = 3
"""Files downloaded at once: enough that one file's hashing, encryption and fsync overlap
the next one's transfer, few enough not to crowd a laptop's link or the store."""


STALE_CONNECTION = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
"""How a request fails on a kept-alive connection the store closed meanwhile."""


class KeyStore(Protocol):
    """Where the device's private signing key and the data key are kept: the session's
    :class:`~meetings_app.security.keyring_store.SecretStore` (an accepted OS keyring or
    the passphrase vault) in production, never the raw keyring."""

    def get(self, name: str) -> str | None:
        """The secret stored under ``name``, or None."""

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``."""


@dataclass(frozen=True)
class LoginResult:
    """What a sign-in returns: the token, when it expires, the person and the device id."""

    token: str
    expires_at: dt.datetime
    person: PersonOut
    device_id: str


@dataclass(frozen=True)
class SyncProgress:
    """What the sync is doing now; ``bytes_*`` are for the blob phase."""

    phase: str
    done: int = 0
    total: int | None = None
    bytes_done: int = 0
    bytes_total: int = 0
    message: str = ""


@dataclass
class SyncReport:
    """What one sync did: changes pushed (applied, duplicate, rejected), pulled and purged,
    files downloaded (and those still missing), and the cursor reached."""

    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    purged: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    missing_blobs: list[str] = field(default_factory=list)
    cursor: int = 0


ProgressFn = Callable[[SyncProgress], None]


class SyncClient:
    """Syncs one laptop's local store (``engine``, scope "local") with a central store."""

    def __init__(
        self,
        engine: Engine,
        blob_dir: Path,
        base_url: str,
        token_provider: Callable[[], str | None],
        *,
        http: httpx.Client | None = None,
        key_store: KeyStore,
        cipher: BlobCipher | None = None,
        push_batch: int = 100,
        pull_limit: int = 500,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 30.0,
        trust_dir: Path | None = None,
        version: str = __version__,
    ) -> None:
        """``trust_dir``: the laptop's trust folder, where each sync puts the store's
        trust list (None: the trust list is not fetched)."""
        self.engine = engine
        self.trust_dir = trust_dir
        self.version = version
        """Sent in ``X-Client-Version``: the store refuses pull and push from a client
        older than its agency requires (``CLIENT_TOO_OLD``)."""
        self.key_store: KeyStore = key_store
        # The blob cache holds only ciphertext; the key is the laptop's data key, in the
        # same secret store as the device key (the program hands in the session's cipher).
        self.blobs = SealedBlobStore(
            blob_dir, cipher if cipher is not None else AesGcmCipher(data_key(key_store))
        )
        self.base_url = base_url.rstrip("/")
        self.token_provider = token_provider
        self.http = http or http_client(self.base_url, timeout=httpx.Timeout(timeout, connect=10.0))
        self.push_batch = push_batch
        self.pull_limit = pull_limit
        self.retries = retries
        self.backoff = backoff

    # --- plumbing --------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {
            "User-Agent": f"meetings-app/{self.version}",
            CLIENT_VERSION_HEADER: self.version,
        }
        if not auth:
            return headers
        token = self.token_provider()
        if not token:
            raise error_for(Code.UNAUTHENTICATED, "Sign in to the store first.")
        return {**headers, "Authorization": f"Bearer {token}"}

    def _request(self, method: str, path: str, *, auth: bool = True, **kw: Any) -> httpx.Response:
        last: Exception | None = None
        for attempt in range(self.retries):
            if attempt and not (attempt == 1 and isinstance(last, STALE_CONNECTION)):
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            try:
                response = self.http.request(
                    method, self._url(path), headers=self._headers(auth), **kw
                )
            except httpx.TransportError as exc:
                bad_certificate = untrusted(exc)
                if bad_certificate is not None:
                    raise bad_certificate from exc
                last = exc
                continue
            if response.status_code in (502, 503, 504):
                last = ServerError(f"The store is busy or unavailable ({response.status_code}).")
                continue
            self._raise_for(response)
            return response
        raise Unreachable(
            f"The store at {self.base_url} does not answer ({last}). Your changes are kept "
            "on this computer and will be sent at the next sync."
        )

    def _raise_for(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        try:
            body = response.json()
            code, message, detail = str(body["code"]), str(body["message"]), body.get("detail")
        except (ValueError, KeyError, TypeError, AttributeError):
            code, message = Code.SERVER_ERROR, f"The store answered {response.status_code}."
            detail = None
        error = error_for(code, message, detail)
        if isinstance(error, DeviceRevoked):
            self.purge_all()
        raise error

    def _writer(self) -> Session:
        return Session(writer(self.engine), expire_on_commit=False)

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        # A full disk is DISK_FULL, not an SQLite error (nor "offline"): the transaction
        # was rolled back and the next sync starts again from the stored cursor.
        with disk_writes(), self._writer() as s, s.begin():
            yield s

    def _key_name(self) -> str:
        return f"{self.base_url}"

    # --- sign in -----------------------------------------------------------------------------

    def login(self, username: str, password: str, device_name: str | None = None) -> LoginResult:
        """Sign in; the caller keeps the token (OS keyring), this client never writes it to a file."""
        with Session(self.engine) as s:
            device_id = get_state(s, "device_id")
        private = self.key_store.get(self._key_name())
        if not private:
            private = signing.new_private_key()
            self.key_store.set(self._key_name(), private)
        body = {
            "username": username,
            "password": password,
            "device_name": device_name or socket.gethostname(),
            "device_public_key": signing.public_key_of(private),
            "device_id": device_id,
        }
        response = self._request("POST", "/auth/login", auth=False, json=body)
        answer = LoginResponse.model_validate(response.json())
        with self._tx() as s:
            previous = get_state(s, "person_id")
            if previous and previous != answer.person.id:
                # another person on this laptop: their copies must not be shown to this one
                self._purge(s)
            set_state(s, "person_id", answer.person.id)
            set_state(s, "device_id", answer.device_id)
            set_state(s, "server_url", self.base_url)
        return LoginResult(answer.token, answer.expires_at, answer.person, answer.device_id)

    def logout(self) -> None:
        """End this device's token on the store."""
        self._request("POST", "/auth/logout")

    def client_version(self) -> ClientVersion:
        """The client versions the store's agency requires and recommends (no sign-in)."""
        return ClientVersion.model_validate(
            self._request("GET", "/client-version", auth=False).json()
        )

    # --- status --------------------------------------------------------------------------------

    def pending_count(self) -> int:
        """How many local changes wait in the outbox."""
        with Session(self.engine) as s:
            return len(s.execute(select(OutboxEntry.seq)).all())

    def rejections(self, *, unseen_only: bool = False) -> list[Rejection]:
        """The changes the store refused (with code and sentence), oldest first."""
        with Session(self.engine, expire_on_commit=False) as s:
            query = select(Rejection).order_by(Rejection.at)
            if unseen_only:
                query = query.where(Rejection.seen.is_(False))
            return list(s.execute(query).scalars())

    def cursor(self) -> int:
        """The feed position this laptop has pulled up to."""
        with Session(self.engine) as s:
            return int(get_state(s, "cursor") or 0)

    # --- the whole sync ------------------------------------------------------------------

    def sync(self, progress: ProgressFn | None = None) -> SyncReport:
        """Push the outbox, pull what changed, then download missing files, in that order.

        Every step is safe to interrupt: a change leaves the outbox only when the store has
        answered it, the cursor moves only with the rows it covers (one transaction per
        page), and a download resumes where it stopped. Raises a typed error with a
        registry code (``OFFLINE``, ``TOKEN_EXPIRED`` …); nothing local is lost.
        """
        report = SyncReport()
        self.push(progress, report)
        self.pull(progress, report)
        self.refresh_trust_list()
        self.download_blobs(progress, report)
        return report

    def refresh_trust_list(self) -> int | None:
        """Replace this laptop's copy of the store's trust list (the CA certificates PDF
        signatures are judged against) as a whole; returns how many it holds. None when
        no trust folder was given, or the store predates the trust list (the copy is
        kept as it is)."""
        if self.trust_dir is None:
            return None
        try:
            response = self._request("GET", "/trust")
        except AppError as exc:
            if exc.code == Code.NOT_FOUND:
                return None
            raise
        listing = TrustList.model_validate(response.json())
        certificates = [
            cert
            for cert in (_trusted(entry.name, entry.der) for entry in listing.certificates)
            if cert is not None
        ]
        with disk_writes(self.trust_dir):
            install_store_list(self.trust_dir, certificates)
        return len(certificates)

    # --- push ----------------------------------------------------------------------------

    def push(
        self, progress: ProgressFn | None = None, report: SyncReport | None = None
    ) -> SyncReport:
        """Send the outbox in order, in batches, until it is empty.

        Each change is applied at most once by the store (``change_id``); each answer is
        recorded with its entry's removal in one transaction: applied and duplicate adopt
        the store's version, SUPERSEDED and rejected adopt the store's copy (a rejection is
        kept, with its code, for the person to see). At most one change per record goes in
        a request, so the next is based on the store's answer to the previous.
        """
        report = report or SyncReport()
        total = self.pending_count()
        done = 0
        while True:
            with Session(self.engine) as s:
                entries = list(
                    s.execute(
                        select(OutboxEntry).order_by(OutboxEntry.seq).limit(self.push_batch)
                    ).scalars()
                )
            if not entries:
                break
            batch: list[OutboxEntry] = []
            seen: set[str] = set()
            for entry in entries:
                if entry.entity_id in seen:
                    break  # one change per record per request: the next is based on this one
                seen.add(entry.entity_id)
                batch.append(entry)
            changes = [self._wire_change(e) for e in batch]
            response = self._request(
                "POST", "/sync/push", json={"changes": [c.model_dump(mode="json") for c in changes]}
            )
            results = {r.change_id: r for r in PushResponse.model_validate(response.json()).results}
            with self._tx() as s:
                for entry in batch:
                    result = results.get(entry.change_id)
                    if result is None:
                        continue
                    self._record_result(s, entry, result, report)
            done += len(batch)
            report.pushed += len(batch)
            if progress:
                progress(SyncProgress("push", done, max(total, done)))
        return report

    def _wire_change(self, entry: OutboxEntry) -> PushChange:
        data = dict(entry.data)
        if entry.entity == "ballot" and not entry.deleted:
            private = self.key_store.get(self._key_name())
            if private:
                data["signature"] = signing.sign(
                    private, signing.ballot_message(entry.entity_id, data)
                )
        return PushChange(
            change_id=entry.change_id,
            entity=entry.entity,
            id=entry.entity_id,
            base_version=entry.base_version,
            deleted=entry.deleted,
            data=data,
        )

    def _record_result(
        self, s: Session, entry: OutboxEntry, result: PushResult, report: SyncReport
    ) -> None:
        model = ENTITIES.get(entry.entity)
        row = s.get(model, entry.entity_id) if model else None
        s.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
        if result.status in ("applied", "duplicate"):
            if result.status == "applied":
                report.applied += 1
            else:
                report.duplicates += 1
            version = result.version or 0
            if row is not None and version > (row.version or 0):
                row.version = version
            if isinstance(row, Ballot) and result.receipt:
                row.receipt = result.receipt  # the voter's proof that the board must list
            if (
                result.current is not None
                and model is not None
                and not pending_for(s, entry.entity_id)
            ):
                # the store kept a newer copy (SUPERSEDED): take it
                cur = result.current
                self._apply_row(
                    s,
                    model,
                    str(cur["id"]),
                    int(cur["version"]),
                    bool(cur.get("deleted")),
                    dict(cur.get("data") or {}),
                )
            if entry.entity in SECRETARIAT_OWNED and version:
                # later local edits of this record were made on top of this one
                s.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.entity_id == entry.entity_id, OutboxEntry.seq > entry.seq)
                    .values(base_version=version)
                )
            return
        report.rejected += 1
        s.merge(
            Rejection(
                change_id=entry.change_id,
                entity=entry.entity,
                entity_id=entry.entity_id,
                code=result.code or Code.REJECTED,
                message=result.message or "The store refused this change.",
                data=entry.data,
                at=dt.datetime.now(dt.UTC),
                seen=False,
            )
        )
        s.flush()
        if pending_for(s, entry.entity_id) or model is None:
            return
        if result.current is not None:
            self._apply_row(
                s,
                model,
                str(result.current["id"]),
                int(result.current["version"]),
                bool(result.current.get("deleted")),
                dict(result.current.get("data") or {}),
            )
        elif row is not None and not row.version:
            s.delete(row)  # never reached the store: take back the local-only change

    # --- presence ------------------------------------------------------------------------

    def presence(self, meeting_id: str) -> set[str]:
        """The meeting's participants (person ids) with a laptop connected now; for those
        who run the meeting (``FORBIDDEN`` for others, ``UNREACHABLE`` offline)."""
        response = self._request("GET", f"/meetings/{meeting_id}/presence")
        return set(PresenceResponse.model_validate(response.json()).connected)

    def follow(self, meeting_id: str, document_id: str | None, page: int, active: bool) -> None:
        """Lead every viewer of the meeting to this document and page (or stop leading)."""
        body = FollowRequest(document_id=document_id, page=max(1, page), active=active)
        self._request("POST", f"/meetings/{meeting_id}/follow", json=body.model_dump())

    # --- pull ----------------------------------------------------------------------------

    def pull(
        self, progress: ProgressFn | None = None, report: SyncReport | None = None
    ) -> SyncReport:
        """Apply the store's changes after the saved cursor, page by page, until none are left.

        A page and the cursor after it are stored in one transaction, so an interruption
        repeats at most one page. A row with a change of ours still in the outbox is skipped
        (the store decides when it arrives); purge entries drop what this person lost
        access to; entities newer than this client are ignored.
        """
        report = report or SyncReport()
        cursor = self.cursor()
        done = 0
        while True:
            response = self._request(
                "GET", "/sync/pull", params={"cursor": cursor, "limit": self.pull_limit}
            )
            page = PullResponse.model_validate(response.json())
            with self._tx() as s:
                applied = self._apply_page(s, page.changes, report)
                set_state(s, "cursor", str(page.cursor))
                set_state(s, "last_pull", dt.datetime.now(dt.UTC).isoformat())
            log_applied(applied)
            cursor = page.cursor
            done += len(page.changes)
            report.cursor = cursor
            if progress:
                progress(SyncProgress("pull", done, None, message=f"cursor {cursor}"))
            if not page.more:
                break
        return report

    def _apply_page(self, s: Session, changes: list[Change], report: SyncReport) -> list[Change]:
        """Apply one pulled page in bulk; the changes applied, in order.

        The same outcome as applying the changes one by one, in feed order, at the cost of
        one outbox query for the page, one read per entity of the rows it names and one
        flush (batched inserts and updates) per run between purge entries. A row with a
        change of ours in the outbox is skipped (the store decides when it arrives); an
        entity newer than this client is ignored.
        """
        pending = pending_among(s, {c.id for c in changes if not c.purge})
        applied: list[Change] = []
        stamps: list[str] = []
        run: list[tuple[type[Synced], Change]] = []
        for change in changes:
            if change.purge:
                self._apply_run(s, run, stamps)  # what came before the purge, first
                run = []
                self._purge_change(s, change.entity, change.id)
                report.purged += 1
                continue
            model = ENTITIES.get(change.entity)
            if model is None or change.id in pending:
                continue
            run.append((model, change))
            report.pulled += 1
            applied.append(change)
        self._apply_run(s, run, stamps)
        observe_latest(s, stamps)
        return applied

    def _apply_run(
        self, s: Session, run: list[tuple[type[Synced], Change]], stamps: list[str]
    ) -> None:
        """Apply changes with no purge among them: read the rows they name (one query per
        entity), change them in memory in order, then flush once."""
        if not run:
            return
        fresh: dict[tuple[type[Synced], str], dict[str, Any]] = {}
        with s.no_autoflush:
            rows = _existing_rows(s, run)
            for model, c in run:
                key = (model, c.id)
                if key not in rows and model is not Ballot:
                    _take_fresh(fresh, key, c)
                    continue
                row = self._apply_one(s, rows, model, c.id, c.version, c.deleted, c.data)
                if row is not None and row.updated_at:
                    stamps.append(row.updated_at)
            stamps.extend(v["updated_at"] for v in fresh.values() if v.get("updated_at"))
            _insert_fresh(s, fresh)
        s.flush()

    def _apply_row(
        self,
        s: Session,
        model: type[Synced],
        row_id: str,
        version: int,
        deleted: bool,
        data: dict[str, Any],
    ) -> None:
        """Apply one row (the store's copy in a push answer)."""
        rows = {(model, row_id): s.get(model, row_id)}
        row = self._apply_one(s, rows, model, row_id, version, deleted, data)
        if row is not None and row.updated_at:
            observe(s, row.updated_at)
        s.flush()

    def _apply_one(
        self,
        s: Session,
        rows: dict[tuple[type[Synced], str], Synced | None],
        model: type[Synced],
        row_id: str,
        version: int,
        deleted: bool,
        data: dict[str, Any],
    ) -> Synced | None:
        """Take the store's copy of one row unless ours is newer; the row, or None when
        nothing changed. ``rows`` holds the rows already read (None: not in this store)."""
        try:
            values = from_data(model, data)
        except AppError:
            return None  # a malformed row from the store is skipped, not half-applied
        row = rows.get((model, row_id))
        if model is Ballot:
            self._one_ballot_per_voter(s, rows, row, row_id, values)
        if row is None:
            row = model()
            row.id = row_id
            s.add(row)
            rows[(model, row_id)] = row
        elif (row.version or 0) > version:
            return None
        for key, value in values.items():
            setattr(row, key, value)
        row.version = version
        row.deleted = deleted
        return row

    def _one_ballot_per_voter(
        self,
        s: Session,
        rows: dict[tuple[type[Synced], str], Synced | None],
        row: Synced | None,
        row_id: str,
        values: dict[str, Any],
    ) -> None:
        if row is not None and not values.get("option_id"):
            # the store parted a closed secret poll's choice from its voter: this laptop
            # keeps its own choice, signature and receipt
            for key in ("option_id", "signature", "receipt"):
                values.pop(key, None)
        # one ballot per voter per poll: a row made elsewhere replaces a stale local one
        s.flush()  # the rows applied before this one are in the database, as queried here
        for other in s.execute(
            select(Ballot).where(
                Ballot.poll_id == values.get("poll_id"),
                Ballot.voter_id == values.get("voter_id"),
                Ballot.id != row_id,
            )
        ).scalars():
            if not pending_for(s, other.id):
                s.delete(other)
                rows.pop((Ballot, other.id), None)
        s.flush()

    def _purge_change(self, s: Session, entity: str, entity_id: str) -> None:
        if entity == "meeting":
            docs = select(Document.id).where(Document.meeting_id == entity_id)
            versions = select(DocumentVersion.id).where(DocumentVersion.document_id.in_(docs))
            polls = select(Poll.id).where(Poll.meeting_id == entity_id)
            s.execute(delete(Annotation).where(Annotation.document_version_id.in_(versions)))
            s.execute(delete(DocumentVersion).where(DocumentVersion.document_id.in_(docs)))
            s.execute(delete(Ballot).where(Ballot.poll_id.in_(polls)))
            scoped: tuple[Any, ...] = (
                Participant,
                AgendaItem,
                Document,
                Poll,
                Note,
                SpeakerRequest,
                Minutes,
                RegisterEntry,
            )
            for table in scoped:
                s.execute(delete(table).where(table.meeting_id == entity_id))
            s.execute(delete(Meeting).where(Meeting.id == entity_id))
        elif entity == "document":
            versions = select(DocumentVersion.id).where(DocumentVersion.document_id == entity_id)
            s.execute(delete(Annotation).where(Annotation.document_version_id.in_(versions)))
            s.execute(delete(DocumentVersion).where(DocumentVersion.document_id == entity_id))
            s.execute(delete(Document).where(Document.id == entity_id))
        else:
            other = ENTITIES.get(entity)
            if other is not None:
                s.execute(delete(other).where(other.id == entity_id))

    # --- revoked device --------------------------------------------------------------------

    def purge_all(self) -> None:
        """Remove every synced row, queued change and cached file (device revoked)."""
        with self._tx() as s:
            self._purge(s)
        for path in sorted(self.blobs.root.rglob("*"), reverse=True):
            try:
                if path.is_file():
                    path.unlink()
            except OSError:
                pass

    def _purge(self, s: Session) -> None:
        for model in ENTITIES.values():
            s.execute(delete(model))
        s.execute(delete(OutboxEntry))
        s.execute(delete(Rejection))
        s.execute(delete(LocalBlob))
        s.execute(delete(SyncState).where(SyncState.key.in_(["cursor", "person_id"])))

    # --- blobs ---------------------------------------------------------------------------

    def missing_blobs(self) -> dict[str, int]:
        """sha256 → size of every visible document version's file not yet complete here."""
        with Session(self.engine) as s:
            wanted: dict[str, int] = {}
            for sha, size in s.execute(
                select(DocumentVersion.blob_sha256, DocumentVersion.size).where(
                    DocumentVersion.deleted.is_(False)
                )
            ).all():
                wanted[sha] = int(size or 0)
            for (minutes_sha,) in s.execute(
                select(Minutes.blob_sha256).where(
                    Minutes.blob_sha256.is_not(None), Minutes.deleted.is_(False)
                )
            ).all():
                if minutes_sha:
                    wanted.setdefault(minutes_sha, 0)
            done = {
                b
                for (b,) in s.execute(
                    select(LocalBlob.sha256).where(
                        LocalBlob.complete.is_(True), LocalBlob.encrypted.is_(True)
                    )
                ).all()
            }
        return {
            sha: size for sha, size in wanted.items() if sha not in done or not self.blobs.has(sha)
        }

    def download_blobs(
        self, progress: ProgressFn | None = None, report: SyncReport | None = None
    ) -> SyncReport:
        """Fetch every file a visible row names and this laptop lacks, resuming partial downloads
        (HTTP Range); each is verified against its sha256 and stored encrypted.

        Up to :data:`BLOB_WORKERS` files come at once over the client's kept-alive
        connections, so one file's hashing, encryption and fsync overlap the others'
        transfer. A file the store no longer has is listed in ``missing_blobs``; any other
        failure stops the files not yet started and is raised once the running ones end.
        """
        report = report or SyncReport()
        missing = self.missing_blobs()
        parts = [self.blobs.partial(sha) for sha in sorted(missing)]
        meter = _BlobMeter(progress, len(parts), sum(missing.values()))
        meter.bytes = sum(part.offset for part in parts)  # resumed from earlier syncs
        failure: BaseException | None = None
        with ThreadPoolExecutor(max(1, min(BLOB_WORKERS, len(parts))), "blob") as pool:
            futures = [pool.submit(self._download, part, meter.add) for part in parts]
            for part, future in zip(parts, futures, strict=True):
                try:
                    got = future.result()
                except ServerError as exc:
                    if exc.code != Code.NOT_FOUND:
                        failure = failure or exc
                        pool.shutdown(wait=True, cancel_futures=True)
                    else:
                        report.missing_blobs.append(part.sha256)
                    continue
                except CancelledError:
                    continue
                except BaseException as exc:  # re-raised below, after the running ones end
                    failure = failure or exc
                    pool.shutdown(wait=True, cancel_futures=True)
                    continue
                meter.finished()
                report.blobs += 1
                report.blob_bytes += got
        if failure is not None:
            if isinstance(failure, DeviceRevoked):
                self.purge_all()  # again: a file may have landed after the first purge
            raise failure
        meter.files = meter.count
        meter.report()
        return report

    def _download(self, part: PartialBlob, tick: Callable[[int], None]) -> int:
        """Fetch one blob into the encrypted cache, resuming with ``Range`` at the last
        whole encrypted segment already on disk; verified by the plaintext's sha256."""
        sha = part.sha256
        received = 0
        attempts, stale_retry = 2, True
        while attempts:
            attempts -= 1
            headers = self._headers(True)
            if part.offset:
                headers["Range"] = f"bytes={part.offset}-"
            try:
                with self.http.stream(
                    "GET", self._url(f"/blobs/{sha}"), headers=headers
                ) as response:
                    if response.status_code == 416:
                        part.restart()  # our copy does not fit the store's: start over
                        continue
                    if response.status_code >= 400:
                        response.read()
                        self._raise_for(response)
                    if response.status_code != 206 and part.offset:
                        part.restart()  # the store sent the whole file

                    def counted(stream: Iterator[bytes]) -> Iterator[bytes]:
                        nonlocal received
                        for chunk in stream:
                            received += len(chunk)
                            tick(len(chunk))
                            yield chunk

                    part.write(counted(response.iter_bytes(DOWNLOAD_CHUNK)))
            except httpx.TransportError as exc:
                if stale_retry and not received and isinstance(exc, STALE_CONNECTION):
                    # a kept-alive connection the store had just closed: once more, anew
                    attempts, stale_retry = attempts + 1, False
                    continue
                raise Unreachable(
                    f"The download of a document was interrupted ({exc}); it resumes at the next sync."
                ) from exc
            try:
                size = part.finish()
            except BlobHashMismatch:
                part.restart()  # corrupt or stale partial: start over once
                continue
            with self._tx() as s:
                s.merge(LocalBlob(sha256=sha, size=size, complete=True, encrypted=True))
            return received
        part.discard()
        raise BlobCorrupt(
            f"The file {sha[:12]}… arrived damaged twice; it will be fetched again later."
        )


class _BlobMeter:
    """The progress of concurrent downloads: bytes received by every file, files done."""

    def __init__(self, progress: ProgressFn | None, count: int, total: int) -> None:
        self._progress = progress
        self._lock = threading.Lock()
        self.count = count
        self.total = total
        self.files = 0
        self.bytes = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.bytes += n
            self.report()

    def finished(self) -> None:
        with self._lock:
            self.files += 1

    def report(self) -> None:
        if self._progress:
            self._progress(SyncProgress("blobs", self.files, self.count, self.bytes, self.total))


def _take_fresh(
    fresh: dict[tuple[type[Synced], str], dict[str, Any]],
    key: tuple[type[Synced], str],
    change: Change,
) -> None:
    """Keep a row this laptop does not hold yet for :func:`_insert_fresh`, as the per-row
    apply would leave it: a later change of it wins unless its version is older, and
    malformed data is skipped."""
    earlier = fresh.get(key)
    if earlier is not None and earlier["version"] > change.version:
        return
    try:
        values = from_data(key[0], change.data)
    except AppError:
        return
    envelope = {"id": change.id, "version": change.version, "deleted": change.deleted}
    fresh[key] = {**(earlier or {}), **values, **envelope}


def _insert_fresh(s: Session, fresh: dict[tuple[type[Synced], str], dict[str, Any]]) -> None:
    """Insert the page's new rows with one bulk INSERT per entity (a first pull is nearly
    all new rows: building and flushing an ORM object for each was most of its time);
    column defaults and the private fields' at-rest encryption apply as for any insert."""
    by_model: dict[type[Synced], list[dict[str, Any]]] = {}
    for (model, _id), values in fresh.items():
        by_model.setdefault(model, []).append(values)
    for model, values_list in by_model.items():
        s.execute(insert(model), values_list)


def _existing_rows(
    s: Session, run: list[tuple[type[Synced], Change]]
) -> dict[tuple[type[Synced], str], Synced | None]:
    """The local rows a run of changes names, read with one query per entity (and per
    500 ids); the rows not found are simply absent."""
    wanted: dict[type[Synced], set[str]] = {}
    for model, change in run:
        wanted.setdefault(model, set()).add(change.id)
    found: dict[tuple[type[Synced], str], Synced | None] = {}
    for model, id_set in wanted.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), 500):
            query = select(model).where(model.id.in_(ids[start : start + 500]))
            found.update(((model, row.id), row) for row in s.execute(query).scalars())
    return found


def _trusted(name: str, der: str) -> TrustedCertificate | None:
    """A certificate of the store's list, checked here again (a CA, DER that parses)."""
    try:
        return parse_ca(name, base64.b64decode(der, validate=True))
    except ValueError:
        return None


def log_applied(changes: list[Change]) -> None:
    """Log each change of a committed pull page (the log line's time is its arrival)."""
    for change in changes:
        applied_log.info(
            "applied seq=%d %s %s v%d%s",
            change.seq,
            change.entity,
            change.id,
            change.version,
            " (deleted)" if change.deleted else "",
        )
