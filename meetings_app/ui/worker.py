"""THE background helper: run a function on a thread pool, get its answer on the UI thread.

Modelled on Anki's ``QueryOp``: the function runs on a :class:`QThreadPool` worker and
receives a ``progress(done, total)`` callable; its result, its exception and each progress
report are delivered through queued signals to an :class:`Op` object that lives on the UI
thread, which then calls the callbacks there. Nothing in the worker touches a widget.

If ``owner`` is given and is deleted before the answer arrives (its window was closed), the
callbacks are skipped instead of calling into a dead widget.

An operation is released on the UI thread only after its worker has let go of it: the
function and callbacks it holds may be the last references to a widget, and a widget
destroyed on a worker thread crashes Qt ("QBasicTimer::stop: Failed …", then SIGSEGV).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]

_live: set[Op] = set()
_live_lock = threading.Lock()
_pools: dict[str, QThreadPool] = {}


def pool(name: str = "default") -> QThreadPool:
    """A named pool: ``"default"`` is Qt's global one; ``"render"`` has one thread, because
    PDFium is single-threaded and a queue beats threads fighting over its lock."""
    if name == "default":
        return QThreadPool.globalInstance()
    if name not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount(1)
        created.setObjectName(f"meetings-{name}")
        _pools[name] = created
    return _pools[name]


class Cancelled(Exception):
    """Raised inside a worker function that noticed :attr:`Op.cancelled`."""


class Op(QObject):
    """One background operation; lives on the UI thread until its answer is delivered."""

    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(int, int)
    sig_started = Signal()
    # Internal, emitted from the worker thread; queued to this object's (UI) thread.
    _result = Signal(object)
    _error = Signal(object)
    _progress = Signal(int, int)
    _begun = Signal()
    _worker_gone = Signal()

    def __init__(
        self,
        fn: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._owner = owner
        self._cancelled = threading.Event()
        self.finished = False
        self._handles_failure = on_failed is not None
        self._result.connect(self._deliver_result)
        self._error.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)
        self._begun.connect(self.sig_started)
        self._worker_gone.connect(self._release)
        if on_done is not None:
            self.sig_done.connect(on_done)
        if on_failed is not None:
            self.sig_failed.connect(on_failed)
        if on_progress is not None:
            self.sig_progress.connect(on_progress)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the function to stop (it checks ``op.cancelled``); its answer is dropped."""
        self._cancelled.set()

    # --- worker side -------------------------------------------------------------------

    def _run(self) -> None:
        if self._cancelled.is_set():
            self._error.emit(Cancelled())
            return
        self._begun.emit()
        try:
            result = self._fn(self._report)
        except BaseException as exc:
            self._error.emit(exc)
        else:
            self._result.emit(result)

    def _report(self, done: int, total: int) -> None:
        self._progress.emit(int(done), int(total))

    # --- UI side -----------------------------------------------------------------------

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._finish()
        if self._cancelled.is_set() or not self._owner_alive():
            return
        self.sig_done.emit(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._finish()
        if isinstance(error, Cancelled) or self._cancelled.is_set() or not self._owner_alive():
            return
        if not isinstance(error, Exception):
            log.error("background operation ended by %r", error)
        if not self._handles_failure:  # a caller bug, but never silent
            log.error("unhandled background error: %r", error)
        self.sig_failed.emit(error)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if not self._cancelled.is_set() and self._owner_alive():
            self.sig_progress.emit(done, total)

    def _finish(self) -> None:
        self.finished = True

    @Slot()
    def _release(self) -> None:
        """The worker has dropped its reference: the last ones go here, on the UI thread."""
        with _live_lock:
            _live.discard(self)


class _Runnable(QRunnable):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self._op: Op | None = op
        self.setAutoDelete(True)

    def run(self) -> None:
        op, self._op = self._op, None
        if op is None:  # a runnable runs once
            return
        try:
            op._run()
        finally:
            op._worker_gone.emit()  # queued: the UI thread releases it after the answer
            del op


def run_op(
    fn: Callable[[ProgressFn], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
    pool_name: str = "default",
    priority: int = 0,
) -> Op:
    """Run ``fn(progress)`` in the background; callbacks run on the UI thread.

    Must be called from the UI thread (the returned :class:`Op` lives there).
    """
    op = Op(fn, on_done, on_failed, on_progress, owner)
    with _live_lock:
        _live.add(op)
    pool(pool_name).start(_Runnable(op), priority)
    return op


def run_plain(fn: Callable[[], Any], **kwargs: Any) -> Op:
    """:func:`run_op` for a function that takes no progress callable."""
    return run_op(lambda _progress: fn(), **kwargs)


def runner(
    fn: Callable[[ProgressFn], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Op:
    """The :class:`~meetings_app.app.sync_service.BackgroundRunner` handed to app services."""
    return run_op(fn, on_done=on_done, on_failed=on_failed, on_progress=on_progress)


def pending() -> int:
    """Operations whose answer has not been delivered yet (tests wait for 0)."""
    with _live_lock:
        return len(_live)


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for every pool's threads (shutdown and tests); answers still need the event loop."""
    ok = QThreadPool.globalInstance().waitForDone(msecs)
    for p in _pools.values():
        ok = p.waitForDone(msecs) and ok
    return ok
