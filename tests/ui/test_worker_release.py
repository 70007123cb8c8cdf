"""The background helper lets go of an operation on the UI thread only.

A worker's function and callbacks often hold the last reference to a widget; a widget
destroyed on a worker thread crashes Qt. So whatever an operation holds is released on
the UI thread, after the worker has dropped its own reference.
"""

from __future__ import annotations

import gc
import threading

from meetings_app.ui import worker


class _Tracked:
    """Records the thread that destroys it."""

    def __init__(self, seen: list[str]) -> None:
        self._seen = seen

    def __del__(self) -> None:
        self._seen.append(threading.current_thread().name)


def test_what_an_operation_holds_is_released_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    answers: list[int] = []
    for n in range(40):
        tracked = _Tracked(seen)
        worker.run_plain(lambda t=tracked, n=n: n, on_done=answers.append)
        del tracked
    qtbot.waitUntil(lambda: worker.pending() == 0 and len(answers) == 40, timeout=10_000)
    gc.collect()
    assert sorted(answers) == list(range(40))
    assert seen == [threading.main_thread().name] * 40


def test_an_operation_counts_as_pending_until_released(qtbot) -> None:  # type: ignore[no-untyped-def]
    done = threading.Event()
    op = worker.run_plain(done.wait)
    assert worker.pending() >= 1 and not op.finished
    done.set()
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=10_000)
    assert op.finished
