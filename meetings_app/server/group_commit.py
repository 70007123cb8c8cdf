"""Group commit: the pushes waiting for the store's write lock are written as one batch.

When a vote opens, every member's laptop pushes its ballot at once. One transaction per
push makes them queue for the write lock, each paying its own lock, round trips and
fsync. Here one writer thread per store process takes every push waiting at that moment
and writes them together: one lock, one transaction, one commit (one fsync). Each push
still gets its own answer: it runs in its own savepoint (and each of its changes in a
nested one, as before), so a push that fails rolls back alone and its caller gets the
error, while the others of the batch are stored. Only a failure of the transaction
itself (the database gone, the commit refused) fails the whole batch — nothing of it is
then stored, and every client pushes again (the same ``change_id``s, so nothing twice).

The common batch — every member's first ballot, one change per push — is cheaper still:
pushes that only add rows are applied without a savepoint each (undoing one is dropping
the rows it added) and the rows of the whole run are written with one multi-row
``INSERT`` per table (:mod:`~meetings_app.store.deferred`), what they need read ahead in
one statement per table (:func:`~meetings_app.server.push_prefetch.prefetch_many`). The
answers are the same as one push at a time; anything else takes the usual path.

Answers are released only after the commit: no push is reported stored before it is.
Every caller's sign-in is checked again inside the transaction (one statement for the
batch), so a token signed out or revoked before the batch is refused even if the
:class:`~meetings_app.server.token_cache.TokenCache` still held it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from meetings_app.domain.errors import AppError
from meetings_app.server import live_votes
from meetings_app.server.auth import Caller, authenticate_many
from meetings_app.server.push import PushService
from meetings_app.server.push_prefetch import ballot_poll, prefetch_many
from meetings_app.server.token_cache import TokenCache
from meetings_app.store.deferred import DeferredRows, atomic, deferring
from meetings_app.store.engine import writer
from meetings_app.store.feed import WRITE_SESSION, notify_pending, take_write_lock
from meetings_app.sync.wire import PushChange, PushResult

log = logging.getLogger(__name__)

#: the most changes one batch takes (a batch always takes at least one push)
MAX_BATCH_CHANGES = 1000


@dataclass
class _Push:
    token_hash: str
    changes: list[PushChange]
    done: Future[list[PushResult]] = field(default_factory=Future)
    outcome: list[PushResult] | BaseException | None = None


class PushBatcher:
    """One writer thread applying queued pushes in batches (started at the first push)."""

    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], dt.datetime],
        publish: Callable[[int], None],
        tokens: TokenCache,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._publish = publish
        self._tokens = tokens
        self._queue: deque[_Push] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, caller: Caller, changes: list[PushChange]) -> Future[list[PushResult]]:
        """Queue one push; the future holds its results once its batch has committed."""
        item = _Push(caller.token_hash, changes)
        with self._cond:
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="push-writer", daemon=True)
                self._thread.start()
            self._queue.append(item)
            self._cond.notify()
        return item.done

    def stop(self, timeout: float = 30.0) -> None:
        """Write what is queued, then end the writer thread."""
        with self._cond:
            thread, self._stopping = self._thread, True
            self._cond.notify()
        if thread is not None:
            thread.join(timeout)
        with self._cond:
            self._thread = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if not self._queue:
                    return
                batch = self._take()
            try:
                self._apply(batch)
            except Exception:  # never let the writer die: every later push would hang
                log.exception("the push writer hit an unexpected problem")

    def _take(self) -> list[_Push]:
        """The pushes waiting now (up to :data:`MAX_BATCH_CHANGES` changes), marked running.

        A push whose caller has gone (its request was cancelled while it waited) is left
        out: it was never answered, so its client sends it again.
        """
        batch: list[_Push] = []
        size = 0
        while self._queue:
            if batch and size + len(self._queue[0].changes) > MAX_BATCH_CHANGES:
                break
            item = self._queue.popleft()
            if item.done.set_running_or_notify_cancel():
                size += len(item.changes)
                batch.append(item)
        return batch

    def _apply(self, batch: list[_Push]) -> None:
        if not batch:
            return
        try:
            seqs = self._write(batch)
        except BaseException as exc:  # the transaction failed: nothing of the batch is stored
            log.warning("a batch of %d pushes failed", len(batch), exc_info=True)
            for item in batch:
                item.done.set_exception(exc)
            return
        for item in batch:
            if isinstance(item.outcome, BaseException):
                item.done.set_exception(item.outcome)
            else:
                item.done.set_result(item.outcome or [])
        if seqs:
            self._publish(max(seqs))

    def _write(self, batch: list[_Push]) -> list[int]:
        """One transaction under the write lock for the whole batch; returns the feed seqs."""
        seqs: list[int] = []
        with Session(writer(self._engine), expire_on_commit=False) as s:
            s.begin()
            s.info[WRITE_SESSION] = True
            take_write_lock(s)
            now = self._clock()
            callers = authenticate_many(s, {item.token_hash for item in batch}, now)
            waiting = deque((item, callers[item.token_hash]) for item in batch)
            while waiting:
                self._fast_run(s, waiting, now, seqs)
                if waiting:
                    item, who = waiting.popleft()
                    item.outcome = self._one(s, item, who, now, seqs)
            live_votes.count_pending(s, seqs)
            notify_pending(s)
            s.commit()
        return seqs

    def _one(
        self,
        s: Session,
        item: _Push,
        who: Caller | AppError,
        now: dt.datetime,
        seqs: list[int],
    ) -> list[PushResult] | BaseException:
        """One push in its own savepoint: its failure is its own."""
        if isinstance(who, AppError):
            self._tokens.forget(item.token_hash)
            return who
        service = PushService(s, who.person, who.device, now)
        try:
            with s.begin_nested():
                results = service.push(item.changes)
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            log.warning("a push failed; the others of its batch go on", exc_info=True)
            return exc
        except Exception as exc:
            log.warning("a push failed; the others of its batch go on", exc_info=True)
            return exc
        seqs.extend(service.seqs)
        return results

    # --- the fast path: a run of first ballots, written together ---------------------------

    def _fast_run(
        self,
        s: Session,
        waiting: deque[tuple[_Push, Caller | AppError]],
        now: dt.datetime,
        seqs: list[int],
    ) -> None:
        """Apply the pushes at the head of ``waiting`` that are one new ballot each, with
        no savepoint and their rows written together (:mod:`~meetings_app.store.deferred`).

        Stops (leaving the rest waiting) at the first push that is anything else, or that
        must see what an earlier one of the run wrote (the same change, ballot, or voter
        and poll): the run's rows are written first, so that push, applied on the usual
        path, sees them exactly as if each push had been written on its own.

        Such a push writes new rows only — a ballot, its receipt, feed entry and audit
        event, or a refusal's receipt — and reads only what :func:`prefetch_many` read for
        the whole run, so undoing it is dropping its rows and putting back the feed and
        audit heads (what its savepoint would have done). A database error fails the
        whole batch; if the run's rows cannot be inserted, each push of the run is
        applied again on the usual path, alone.
        """
        run: list[tuple[_Push, PushService]] = []
        for item, who in waiting:
            if isinstance(who, AppError):
                continue  # refused without touching the store: see _one
            if len(item.changes) != 1 or item.changes[0].deleted:
                break
            if ballot_poll(item.changes[0]) is None:
                break
            run.append((item, PushService(s, who.person, who.device, now)))
        if not run:
            return
        read, due = prefetch_many(s, [(svc.viewer, i.changes[0]) for i, svc in run], now)
        if due:  # polls must be closed first: the usual path does it
            return
        ready = {id(item): (pre, svc) for (item, svc), pre in zip(run, read, strict=True)}
        rows = DeferredRows()
        done: list[tuple[_Push, Caller | AppError]] = []
        run_seqs: list[int] = []
        seen: set[tuple[str, ...]] = set()  # the changes, ballots and (poll, voter) of the run
        while waiting:
            item, who = waiting[0]
            if isinstance(who, AppError):
                item.outcome = self._one(s, item, who, now, seqs)
            elif id(item) not in ready:
                break
            else:
                pre, service = ready[id(item)]
                ch = item.changes[0]
                keys = {
                    ("change", ch.change_id),
                    ("ballot", ch.id),
                    ("vote", pre.poll_id or "", service.person.id),
                }
                if pre.receipt is not None or pre.ballot is not None or keys & seen:
                    break
                seen |= keys
                service.ready = pre
                item.outcome = self._fast(s, item, service, rows, run_seqs)
            done.append(waiting.popleft())
        if not rows:
            return
        try:
            with s.begin_nested():
                rows.write(s)
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            log.warning("a run of ballots could not be written together", exc_info=True)
            for item, who in done:
                item.outcome = self._one(s, item, who, now, seqs)
            return
        seqs.extend(run_seqs)

    def _fast(
        self, s: Session, item: _Push, service: PushService, rows: DeferredRows, seqs: list[int]
    ) -> list[PushResult] | BaseException:
        """One push of a fast run: its rows kept in ``rows``; its failure is its own."""
        try:
            with deferring(s, rows), atomic(s):
                results = service.push(item.changes)
        except DBAPIError:
            raise  # no savepoint to fall back to: the transaction itself may be gone
        except Exception as exc:
            log.warning("a push failed; the others of its batch go on", exc_info=True)
            return exc
        seqs.extend(service.seqs)
        return results
