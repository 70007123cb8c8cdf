"""Sync orchestration for the window: background, periodic and on demand, told by signals.

The sync client itself (``meetings_app.sync.client.SyncClient``) knows nothing of Qt.
This service runs its ``sync()`` through the background runner the UI hands in (the one
helper of ``ui/worker.py``; ``app`` may not import ``ui``), and announces what happened:
online or offline, pending changes, last sync time, download progress and notices for new
documents, versions and open polls.

Around the sync client's own ``push → pull → blobs`` it runs the member's steps
(:class:`SyncSteps`), all on the same background call: files published here are uploaded
*before* the push (the store refuses a version whose file it lacks), marks follow new
versions right after the pull, and downloaded documents are indexed for search in a
separate background call once the sync has been announced (indexing a 500-page annex must
not hold back the first page). A refused sign-in (``TOKEN_EXPIRED``/``UNAUTHENTICATED``)
forgets the token but keeps every local change and asks for a new sign-in; a revoked
device is announced so the window can purge the cache.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.app.updates import UpdateAdvice, advice_for_refusal
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import (
    AgendaItem,
    Ballot,
    Document,
    DocumentVersion,
    Meeting,
    OutboxEntry,
    Poll,
    Rejection,
    SyncState,
)
from meetings_app.store.disk import disk_error

log = logging.getLogger(__name__)
T = TypeVar("T")

ProgressFn = Callable[[int, int], None]
"""``progress(done, total)``; the runner delivers it on the UI thread."""


class BackgroundRunner(Protocol):
    """Runs ``fn(progress)`` off the UI thread; callbacks arrive on the UI thread."""

    def __call__(
        self,
        fn: Callable[[ProgressFn], Any],
        *,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> object: ...


class SyncEngine(Protocol):
    """What the service needs of the sync client."""

    def sync(self, progress: Callable[..., None] | None = None) -> Any: ...


class LiveFeed(Protocol):
    """What the service needs of the event stream (``sync.events.FeedListener``)."""

    connected: threading.Event

    def start(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...

    def store_now(self) -> dt.datetime: ...


class LiveState(StrEnum):
    """How this laptop hears of changes, as the status bar shows it."""

    LIVE = "live"
    """The event stream is open: changes arrive within a second."""
    POLLING = "polling"
    """The stream is down but the store answers: checked now and then until it returns."""
    OFFLINE = "offline"
    """The store cannot be reached: work is kept on this computer."""


#: Error codes meaning "the store cannot be reached", i.e. we are offline.
OFFLINE_CODES = frozenset(
    {Code.OFFLINE, Code.UNREACHABLE, Code.NETWORK, Code.TIMEOUT, Code.CONNECTION}
)
#: Error codes meaning "the token is no good any more": sign in again, keep local work.
SIGN_IN_CODES = frozenset({Code.TOKEN_EXPIRED, Code.UNAUTHENTICATED})
REVOKED_CODES = frozenset({Code.DEVICE_REVOKED})
#: Seconds between two questions to the store about the client version it wants.
VERSION_CHECK_EVERY = 6 * 3600.0


class SessionHooks(Protocol):
    """What the service tells the sign-in state (``SessionService``)."""

    def record_contact(self, when: dt.datetime | None = None) -> None: ...

    def token_rejected(self) -> None: ...


@dataclass
class SyncSteps:
    """The member's work around each sync; every step is optional and runs off the UI thread.

    ``upload_pending`` runs before the push (``PublishingService.upload_pending``);
    ``reanchor`` right after the sync client's pull and downloads
    (``ReanchoringService.reanchor_new_versions``); ``index(progress)`` after the sync has
    been announced, in its own background call (``SearchService.index_missing``);
    ``check_version`` before the push, now and then.
    """

    upload_pending: Callable[[], object] | None = None
    reanchor: Callable[[], list[Any]] | None = None
    index: Callable[[ProgressFn], int] | None = None
    check_version: Callable[[], UpdateAdvice | None] | None = None
    """Asks the store which client version it wants (:func:`~meetings_app.app.updates.version_check`);
    run before the first sync and then every :data:`VERSION_CHECK_EVERY` seconds."""


@dataclass(frozen=True)
class Notice:
    """Something new worth a non-modal notice."""

    kind: str
    """``"document"``, ``"version"``, ``"agenda"`` (an item added), ``"poll"`` (a vote
    opened) or ``"result"`` (a vote closed: its result is there to read)."""
    title: str
    meeting_id: str
    ref_id: str
    detail: str = ""
    """For a new version: its change note (what changed, in the secretariat's words)."""
    changes: tuple[tuple[str, str, str], ...] = ()
    """For ``"amended"`` (a published meeting's amendments were published): each change as
    (kind, title, note), ``domain.amendments.Change``."""


@dataclass(frozen=True)
class _Snapshot:
    documents: dict[str, tuple[str, str]]  # id -> (title, meeting)
    versions: dict[str, tuple[str, str, str]]  # version id -> (document title, meeting, note)
    open_polls: dict[str, tuple[str, str]]
    items: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Agenda item → (title, meeting)."""
    reminders: dict[str, str] = field(default_factory=dict)
    """Open poll this person has not answered → when the secretariat last reminded."""
    closed_polls: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Closed poll → (question, meeting): its result is there to read."""
    amended: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    """Meeting → (title, its last published amendments' notice)."""


def error_code(error: BaseException) -> str:
    return error.code if isinstance(error, AppError) else ""


def needs_sign_in(error: BaseException) -> bool:
    """True when the store refused the token: the person must sign in again."""
    return error_code(error) in SIGN_IN_CODES


def is_revoked(error: BaseException) -> bool:
    return error_code(error) in REVOKED_CODES


def is_offline_error(error: BaseException) -> bool:
    """True when ``error`` says the store could not be reached (not that it refused)."""
    if isinstance(error, AppError):
        return error.code in OFFLINE_CODES
    if isinstance(error, OSError):
        # a full disk or a refused write is this computer's fault, not the network's
        return disk_error(error) is None
    name = type(error).__name__
    return any(word in name for word in ("Connect", "Transport", "Timeout", "Network"))


class SyncService(QObject):
    """Runs syncs one at a time; never blocks the caller.

    Holds true: at most one sync runs at once; a request during a sync is remembered and
    run once right after it; every finished sync ends with ``sig_pending_changed``.
    """

    sig_sync_started = Signal()
    sig_sync_progress = Signal(int, int)
    """Bytes (or items) done and total of the current download."""
    sig_sync_finished = Signal(object)
    """The sync client's report."""
    sig_sync_failed = Signal(object)
    """The error (an ``AppError`` when the lower layers could name it)."""
    sig_online_changed = Signal(bool)
    sig_pending_changed = Signal(int)
    sig_rejections_changed = Signal(int)
    sig_notices = Signal(list)
    """A list of :class:`Notice` for what arrived in the last sync."""
    sig_sign_in_needed = Signal(object)
    """The store refused the token (the error); local work is kept, the token forgotten."""
    sig_device_revoked = Signal(object)
    """This device was removed from the account: the window must purge the cache."""
    sig_reanchored = Signal(list)
    """Outcomes of carrying marks to new versions (``ReanchorOutcome``), when any ran."""
    sig_indexed = Signal(int)
    """Documents newly indexed for search after a sync."""
    sig_update = Signal(object)
    """An :class:`~meetings_app.app.updates.UpdateAdvice`: a newer client is recommended,
    or this one is too old to sync (the store refused it; local work is kept)."""
    sig_live_changed = Signal(str)
    """A :class:`LiveState` value: live, polling or offline."""
    sig_follow = Signal(object)
    """A follow-the-presenter move from the event stream (a dict: meeting_id, active,
    document_id, agenda_item_id, version_id, page, by)."""
    # emitted from the event stream's thread; queued to this object's (UI) thread
    _feed_moved = Signal(object)
    _feed_state = Signal(bool)
    _feed_follow = Signal(object)

    def __init__(
        self,
        engine: Engine,
        runner: BackgroundRunner,
        client: SyncEngine | None = None,
        interval_ms: int = 60_000,
        parent: QObject | None = None,
        *,
        session: SessionHooks | None = None,
        steps: SyncSteps | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._client = client
        self._session = session
        self.steps = steps or SyncSteps()
        self._running = False
        self._again = False
        self._indexing = False
        self._index_stop = threading.Event()
        self._halted = False
        self._online: bool | None = None
        self.needs_sign_in = False
        """Set when the token was refused; periodic syncs wait for a new sign-in."""
        self.too_old = False
        """Set when the store refused this client's version; periodic syncs stop (the
        person may still ask), local work is kept for after the update."""
        self._version_checked: float | None = None
        self.last_sync_at: dt.datetime | None = self._stored_last_sync()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._periodic)
        self._live: LiveFeed | None = None
        self._live_state: LiveState | None = None
        self._known_cursor = -1
        """The feed position the last sync reached (-1: not known yet)."""
        self._kept: _Snapshot | None = None
        """What the last successful sync ended with (touched only by the one running sync)."""
        self._feed_moved.connect(self._moved)
        self._feed_state.connect(lambda _connected: self._show_live())
        self._feed_follow.connect(self.sig_follow)

    # --- state -------------------------------------------------------------------------

    @property
    def client(self) -> SyncEngine | None:
        return self._client

    @property
    def online(self) -> bool | None:
        """True/False after the first attempt; None before any."""
        return self._online

    @property
    def running(self) -> bool:
        return self._running

    def pending_count(self) -> int:
        """Local changes not yet accepted by the store (counted in the local outbox)."""
        with Session(self._engine) as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def unseen_rejections(self) -> int:
        with Session(self._engine) as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(Rejection).where(Rejection.seen.is_(False))
                )
                or 0
            )

    def refresh_counts(self) -> None:
        """Announce the pending count (after a local write, say)."""
        self.sig_pending_changed.emit(self.pending_count())

    def start_periodic(self) -> None:
        """Keep in step: through the event stream when one is attached (it polls by
        itself while the stream is down), else by the timer."""
        if self._live is not None:
            self._live.start()
        else:
            self._timer.start()

    def stop(self) -> None:
        """No more periodic syncs; indexing for search stops after the current document."""
        self._timer.stop()
        if self._live is not None:
            self._live.stop(timeout=0)
        self._index_stop.set()

    # --- live events -------------------------------------------------------------------

    def use_live_feed(self, feed: LiveFeed) -> None:
        """Hear of changes through ``feed``, built with :meth:`feed_moved` and
        :meth:`feed_state` as its callbacks; :meth:`start_periodic` opens it."""
        self._live = feed

    def feed_moved(self, cursor: int | None) -> None:
        """The store's feed is at ``cursor`` (None: a polling tick). Any thread."""
        self._feed_moved.emit(cursor)

    def feed_state(self, connected: bool) -> None:
        """The event stream opened or dropped. Any thread."""
        self._feed_state.emit(connected)

    def feed_follow(self, move: dict[str, object]) -> None:
        """A follow-the-presenter move arrived on the stream. Any thread."""
        self._feed_follow.emit(move)

    @property
    def live_state(self) -> LiveState | None:
        return self._live_state

    def store_now(self) -> dt.datetime:
        """The store's time as best known (running times and deadlines follow it)."""
        if self._live is not None:
            return self._live.store_now()
        return dt.datetime.now(dt.UTC)

    def _moved(self, cursor: int | None) -> None:
        if self.needs_sign_in or self.too_old or self._halted:
            return
        # != rather than >: a store restored from an older backup announces a lower head
        if cursor is None or cursor != self._known_cursor:
            self.sync_now()

    def _show_live(self) -> None:
        if self._live is not None and self._live.connected.is_set() and self._online is not False:
            state = LiveState.LIVE
        elif self._online:
            state = LiveState.POLLING
        else:
            state = LiveState.OFFLINE
        if state != self._live_state:
            self._live_state = state
            self.sig_live_changed.emit(state.value)

    def halt(self) -> None:
        """For good (window closing, device revoked): no sync or indexing starts again, so
        nothing touches a store that is being closed or deleted."""
        self.stop()
        self._halted = True

    def signed_in_again(self) -> None:
        """A new sign-in succeeded: periodic syncs resume, and one runs now."""
        self.needs_sign_in = False
        self.sync_now()

    def _periodic(self) -> None:
        if not (self.needs_sign_in or self.too_old):  # asking every minute would nag
            self.sync_now()

    # --- syncing -----------------------------------------------------------------------

    def sync_now(self) -> None:
        """Start a sync in the background, or queue one if a sync is running."""
        if self._halted:
            return
        if self._client is None:
            self._set_online(False)
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.sig_sync_started.emit()
        client = self._client
        self._runner(
            lambda progress: self._work(client, progress),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self.sig_sync_progress.emit,
        )

    def _work(self, client: SyncEngine, progress: ProgressFn) -> _Answer:
        before = self._before_sync()

        def report(*args: Any, **kwargs: Any) -> None:
            progress(*_progress_numbers(args))

        advice = self._check_version()
        if self.steps.upload_pending is not None:
            self.steps.upload_pending()  # before the push: the store wants the file first
        result = client.sync(progress=report)
        outcomes: list[Any] = []
        if self.steps.reanchor is not None:
            try:
                outcomes = self.steps.reanchor()
            except Exception:  # marks stay where they are; syncing must go on
                log.exception("carrying marks to new versions failed")
        after = self._kept = self._snapshot() if _moved_rows(result) else before
        return _Answer(result, _diff(before, after), outcomes, advice)

    def _before_sync(self) -> _Snapshot:
        """What this sync's notices compare against: the last sync's end, when nothing was
        written here since (a local write waits in the outbox until a sync pushes it, and
        nothing else changes these rows), else read afresh. A live meeting syncs on every
        event: reading the laptop's documents, polls and items twice each time was a third
        of the laptop's work per event."""
        kept, self._kept = self._kept, None  # a sync that fails keeps nothing
        if kept is not None and self.pending_count() == 0:
            return kept
        return self._snapshot()

    def _check_version(self) -> UpdateAdvice | None:
        """Ask the store which client version it wants, when due (off the UI thread); a
        failed question is logged and asked again at the next sync."""
        check, last = self.steps.check_version, self._version_checked
        if check is None or (last is not None and time.monotonic() - last < VERSION_CHECK_EVERY):
            return None
        try:
            advice = check()
        except Exception as exc:  # the sync itself says what is wrong with the store
            log.info("asking the store for the client version failed: %r", exc)
            return None
        self._version_checked = time.monotonic()
        return advice

    def _done(self, answer: _Answer) -> None:
        self._running = False
        self.needs_sign_in = False
        self.last_sync_at = self._stored_last_sync() or dt.datetime.now(dt.UTC)
        if self._session is not None:
            self._session.record_contact()
        self._known_cursor = max(self._known_cursor, int(getattr(answer.report, "cursor", 0) or 0))
        self.too_old = False
        self._set_online(True)
        self.sig_sync_finished.emit(answer.report)
        if answer.advice is not None:
            self.sig_update.emit(answer.advice)
        self._after()
        if answer.notices:
            self.sig_notices.emit(answer.notices)
        if answer.reanchored:
            self.sig_reanchored.emit(answer.reanchored)
        self._index()
        self._maybe_again()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("sync failed: %r", error)
        self._set_online(not is_offline_error(error))
        if needs_sign_in(error):
            self.needs_sign_in = True
            if self._session is not None:
                self._session.token_rejected()
        if is_revoked(error):
            self._again = False
            self.halt()
        if isinstance(error, AppError) and error.code == Code.CLIENT_TOO_OLD:
            self.too_old = True
            self.sig_update.emit(advice_for_refusal(error))
        self.sig_sync_failed.emit(error)
        if needs_sign_in(error):
            self.sig_sign_in_needed.emit(error)
        elif is_revoked(error):
            self.sig_device_revoked.emit(error)
            return
        self._after()
        self._maybe_again()

    def _index(self) -> None:
        """Index what the sync downloaded, in its own background call (one at a time)."""
        index = self.steps.index
        if index is None or self._indexing or self._halted:
            return
        self._indexing = True
        stop = self._index_stop = threading.Event()

        def work(progress: ProgressFn) -> int:
            def guarded(done: int, total: int) -> None:
                if stop.is_set():
                    raise _IndexingStopped
                progress(done, total)

            return index(guarded)

        def done(count: int) -> None:
            self._indexing = False
            self.sig_indexed.emit(int(count or 0))

        def failed(error: BaseException) -> None:
            self._indexing = False
            if not isinstance(error, _IndexingStopped):
                log.warning("indexing for search failed: %r", error)

        self._runner(work, on_done=done, on_failed=failed)

    @property
    def indexing(self) -> bool:
        return self._indexing

    def _after(self) -> None:
        self.sig_pending_changed.emit(self.pending_count())
        self.sig_rejections_changed.emit(self.unseen_rejections())

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.sig_online_changed.emit(online)
        self._show_live()

    def _stored_last_sync(self) -> dt.datetime | None:
        """The last completed pull as the sync client records it (``last_pull``; the
        older name ``last_sync_at`` is read too), so a restart shows the true time."""
        try:
            with Session(self._engine) as session:
                rows = session.scalars(
                    select(SyncState).where(SyncState.key.in_(LAST_SYNC_KEYS))
                ).all()
        except Exception:
            return None
        times = [t for t in (_parse_time(r.value) for r in rows) if t is not None]
        return max(times) if times else None

    def _snapshot(self) -> _Snapshot:
        return snapshot(self._engine)


def snapshot(engine: Engine) -> _Snapshot:
    """What this laptop holds that notices are made of (compared before and after a sync)."""
    with Session(engine) as session:
        docs = {
            d.id: (d.title, d.meeting_id)
            for d in session.scalars(select(Document).where(Document.deleted.is_(False)))
        }
        versions = {
            v.id: (*docs.get(v.document_id, ("", "")), v.change_note or "")
            for v in session.scalars(
                select(DocumentVersion).where(DocumentVersion.deleted.is_(False))
            )
            if v.number > 1
        }
        meetings = list(session.scalars(select(Meeting)))
        titles = {m.id: m.title for m in meetings}
        amended = {m.id: (m.title, dict(m.amendment_notice or {})) for m in meetings}
        polls: dict[str, dict[str, tuple[str, str]]] = {"open": {}, "closed": {}}
        for p in session.scalars(
            select(Poll).where(Poll.deleted.is_(False), Poll.state.in_(("open", "closed")))
        ):
            if p.meeting_id in titles:
                polls[p.state][p.id] = (p.question, p.meeting_id)
        items = {
            i.id: (i.title, i.meeting_id)
            for i in session.scalars(select(AgendaItem).where(AgendaItem.deleted.is_(False)))
        }
        reminders = _reminders(session)
    return _Snapshot(
        docs,
        versions,
        polls["open"],
        items,
        reminders,
        closed_polls=polls["closed"],
        amended=amended,
    )


def _reminders(session: Session) -> dict[str, str]:
    """Open polls the signed-in person has not answered, with their last reminder time."""
    person = session.get(SyncState, "person_id")
    mine = set(
        session.scalars(
            select(Ballot.poll_id).where(Ballot.voter_id == (person.value if person else ""))
        )
    )
    return {
        p.id: p.reminded_at.isoformat() if p.reminded_at else ""
        for p in session.scalars(select(Poll).where(Poll.deleted.is_(False), Poll.state == "open"))
        if p.id not in mine
    }


#: Where the sync client records the end of its last pull (``SyncClient.pull``).
LAST_SYNC_KEYS = ("last_pull", "last_sync_at")


class _IndexingStopped(Exception):
    """The window closed (``stop``): the rest is indexed after the next sync."""


@dataclass(frozen=True)
class _Answer:
    report: Any
    notices: list[Notice]
    reanchored: list[Any]
    advice: UpdateAdvice | None = None


def _moved_rows(report: Any) -> bool:
    """Whether a sync changed local rows (a report without counts is taken to have)."""
    return any(getattr(report, name, 1) for name in ("pushed", "pulled", "purged"))


def _parse_time(text: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _progress_numbers(args: tuple[Any, ...]) -> tuple[int, int]:
    """(done, total) from the sync client's progress: a ``SyncProgress`` (bytes during
    downloads, items otherwise) or two plain numbers."""
    if len(args) == 1 and hasattr(args[0], "phase"):
        p = args[0]
        if p.phase == "blobs" and p.bytes_total:
            return int(p.bytes_done), int(p.bytes_total)
        return int(p.done or 0), int(p.total or 0)
    numbers = [a for a in args if isinstance(a, int | float)]
    if len(numbers) >= 2:
        return int(numbers[0]), int(numbers[1])
    return 0, 0


def _diff(before: _Snapshot, after: _Snapshot) -> list[Notice]:
    if not before.documents and not before.open_polls:
        # The first sync of a laptop brings everything: that is not news.
        return []
    notices = _amended(before, after)
    told = {n.meeting_id for n in notices}  # their new rows are in the amendment notice
    for doc_id, (title, meeting) in after.documents.items():
        if doc_id not in before.documents and meeting not in told:
            notices.append(Notice("document", title, meeting, doc_id))
    for version_id, (title, meeting, note) in after.versions.items():
        if version_id not in before.versions and meeting not in told:
            notices.append(Notice("version", title, meeting, version_id, note))
    known = {meeting for _title, meeting in before.items.values()}
    for item_id, (title, meeting) in after.items.items():
        if item_id not in before.items and meeting in known and meeting not in told:
            notices.append(Notice("agenda", title, meeting, item_id))
    for poll_id, when in after.reminders.items():
        if when and before.reminders.get(poll_id, when) != when and poll_id in after.open_polls:
            question, meeting = after.open_polls[poll_id]
            notices.append(Notice("reminder", question, meeting, poll_id))
    for poll_id, (question, meeting) in after.open_polls.items():
        if poll_id not in before.open_polls:
            notices.append(Notice("poll", question, meeting, poll_id))
    for poll_id, (question, meeting) in after.closed_polls.items():
        if poll_id not in before.closed_polls:
            notices.append(Notice("result", question, meeting, poll_id))
    return notices


def _amended(before: _Snapshot, after: _Snapshot) -> list[Notice]:
    """One notice per meeting whose amendments were published since the last sync."""
    notices: list[Notice] = []
    for meeting_id, (title, notice) in after.amended.items():
        if meeting_id not in before.amended or not notice.get("at"):
            continue
        if before.amended[meeting_id][1].get("at") == notice["at"]:
            continue
        changes = tuple(
            (str(c.get("change", "")), str(c.get("title", "")), str(c.get("note", "")))
            for c in notice.get("changes", [])
            if isinstance(c, dict)
        )
        notices.append(Notice("amended", title, meeting_id, meeting_id, changes=changes))
    return notices
