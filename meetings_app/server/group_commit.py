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
from meetings_app.server.token_cache import TokenCache
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
            for item in batch:
                item.outcome = self._one(s, item, callers[item.token_hash], now, seqs)
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
