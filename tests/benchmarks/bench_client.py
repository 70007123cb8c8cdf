"""Client figures of ``python -m tests.benchmarks``, measured as a person uses the client.

Each round starts fresh processes (this module runs itself as the child):

- the floor: a bare PySide6 ``QMainWindow`` (1400×900) shown and painted;
- the client from its real entry point (``meetings_app.__main__.main``, what the
  ``meetings-app`` console script and ``python -m meetings_app`` run), signed in, its
  encrypted laptop store and its secrets in the keyring, at the window's default size.
  A probe wrapped around ``MainWindow.show`` notes when the window is painted and when
  the meeting list is filled; once the client is idle it opens the 500-page annex as a
  click on it does (decrypt on the worker + view) until page 1 is painted, then, in the
  same process, pypdfium2 opens the decrypted bytes and renders page 1 at the same pixel
  width (the floor, after the product, so PDFium is warm for the floor if for anyone);
  then it scrolls through all 500 pages window by window, each shown page drawn, and
  reads the process's resident memory (VmRSS);
- the same client at ``QT_SCALE_FACTOR=2`` for the memory figure at 2×.

The laptop is offline (the store that filled it is stopped), so the first sync at start
fails at once as "offline" and does not compete with the figures. The keyring is a file
(``tests.support.file_keyring``): this machine has no OS keyring.

    python -m tests.benchmarks --only client [--rounds N] [--no-write]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.figures import Figure

ANNEX = "phu-luc-dich-vu-cong"
ANNEX_TITLE = "Phụ lục: danh mục dịch vụ công"
ROOT = Path(__file__).resolve().parents[2]
SECTION = "Client"


# --- the children --------------------------------------------------------------------------


def _rss_mb() -> float:
    """Resident memory of this process, in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _when(check: Callable[[], bool], then: Callable[[], None], every_ms: int = 10) -> None:
    """Call ``then`` on the UI thread once ``check()`` holds (polled by a timer, so the
    client's own event loop runs undisturbed in between)."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(every_ms)

    def poll() -> None:
        if check():
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(poll)
    timer.start()


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (print(time.time(), flush=True), os._exit(0)))
            return False

    painted = Painted()
    window.installEventFilter(painted)
    window.show()
    app.exec()


class _Probe:
    """Watches the real client's window from the outside and drives the document part."""

    def __init__(self) -> None:
        self.out: dict[str, Any] = {}
        self.window: Any = None

    def watch(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.window = window
        probe = self

        class Painted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is window and event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, lambda: probe.out.setdefault("painted", time.time()))
                return False

        self._filter = Painted()
        window.installEventFilter(self._filter)
        model = window.meeting_list.list_model
        model.modelReset.connect(self._list_reset)
        QTimer.singleShot(1_200_000, lambda: os._exit(3))  # never hang the benchmark

    def _list_reset(self) -> None:
        window = self.window
        if "filled" in self.out or not window.meeting_list.list_model.meetings():
            return
        window.meeting_list.viewport().repaint()
        self.out["filled"] = time.time()
        _when(self._idle, self._open_annex, every_ms=50)

    def _idle(self) -> bool:
        from meetings_app.ui import worker

        quiet = worker.pending() == 0 and self.window.current_meeting is not None
        self._quiet = getattr(self, "_quiet", 0) + 1 if quiet else 0
        return self._quiet >= 6  # 300 ms without background work

    def _open_annex(self) -> None:
        window = self.window
        docs = window.services.agenda.documents(
            window.current_meeting.id, window.agenda.current_item_id()
        )
        doc = next(d for d in docs if d.title == ANNEX_TITLE)
        viewer, view = window.viewer, window.viewer.view

        def shown() -> bool:  # page 1 in the cache at the width the settled view paints
            if viewer.key != doc.version_id or not view.page_count:
                return False
            target = max(round(view.layout_.page_rect(0).width() * view.devicePixelRatioF()), 1)
            if viewer.renderer.cache.get((viewer.key, 0, target)) is None:
                return False
            self.out["width"] = target
            return True

        def painted() -> None:
            view.viewport().repaint()  # page 1 is on screen when this returns
            self.out["first_page"] = time.perf_counter() - started
            _when(lambda: not viewer.renderer.busy(), lambda: self._floor(doc.version_id))

        started = time.perf_counter()
        window.open_document(doc)
        _when(shown, painted, every_ms=1)

    def _floor(self, version_id: str) -> None:
        import pypdfium2 as pdfium
        from PySide6.QtGui import QImage

        data = self.window.services.documents.read_pdf(version_id)
        width = self.out["width"]
        times = []
        for _ in range(3):
            started = time.perf_counter()
            pdf = pdfium.PdfDocument(data)
            page = pdf[0]
            bitmap = page.render(
                scale=width / page.get_width(), rev_byteorder=True, prefer_bgrx=True
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()
            times.append(time.perf_counter() - started)
            assert image.width() == width
            page.close()
            pdf.close()
        self.out["floor"] = statistics.median(times)
        self.out["rss_open"] = _rss_mb()
        self._scroll_started = time.perf_counter()
        _when(self._drawn, self._scroll_on)

    def _drawn(self) -> bool:
        viewer = self.window.viewer
        view, renderer = viewer.view, viewer.renderer
        dpr = view.devicePixelRatioF()
        return all(
            renderer.cache.get(
                (viewer.key, p, max(round(view.layout_.page_rect(p).width() * dpr), 1))
            )
            is not None
            or p in renderer.errors
            for p in view.visible_pages()
        )

    def _scroll_on(self) -> None:
        viewer = self.window.viewer
        bar = viewer.view.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            _when(self._drawn, self._scroll_on)
            return
        self.out.update(
            rss=_rss_mb(),
            scroll_s=time.perf_counter() - self._scroll_started,
            last_page=viewer.view.current_page() + 1,
            cache_mb=viewer.renderer.cache.bytes_used / 2**20,
            errors=len(viewer.renderer.errors),
            window=[self.window.width(), self.window.height()],
            dpr=viewer.view.devicePixelRatioF(),
        )
        print(json.dumps(self.out), flush=True)
        os._exit(0)


def child_client() -> None:
    """The real entry point with the probe around ``MainWindow.show``."""
    from meetings_app.ui import main_window

    probe = _Probe()
    shown = main_window.MainWindow.show

    def show(window: Any) -> None:
        shown(window)
        probe.watch(window)

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    from meetings_app.__main__ import main

    main([])
    raise SystemExit("the client ended before the probe was done")


# --- the parent ----------------------------------------------------------------------------


def _laptop(work: Path) -> dict[str, str]:
    """A signed-in laptop (store, blobs, secrets in a keyring file) holding a meeting with
    the 500-page annex; returns the children's environment."""
    import keyring

    from meetings_app.app.preload import preload
    from meetings_app.demo.pdfs import build_demo_pdf
    from meetings_app.server.runner import start_in_thread
    from meetings_app.store.paths import client_dir
    from tests.support.factories import PASSWORD, World
    from tests.support.file_keyring import FILE_ENV, FileKeyring
    from tests.support.local_store import decree_pdf

    world = World(f"sqlite:///{work / 'central.db'}", work / "server")
    world.person("chuyenvien")
    meeting = world.meeting("Phiên họp Chính phủ thường kỳ")
    world.participant(meeting, "chuyenvien", "member")
    item = world.item(meeting, "Báo cáo chuyển đổi số")
    world.document(meeting, ANNEX_TITLE, item_id=item, data=build_demo_pdf(ANNEX))
    world.document(meeting, "Dự thảo Nghị quyết", item_id=item, data=decree_pdf("DỰ THẢO", 2))
    settings = world.settings
    world.close()
    home = work / "home"
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(work / "keyring.json"))
    server = start_in_thread(settings, port=0)
    try:
        preload(server.url, "chuyenvien", PASSWORD, client_dir(home), None)
    finally:
        server.stop()
        keyring.set_keyring(previous)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MEETINGS_APP_HOME=str(home),
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    env[FILE_ENV] = str(work / "keyring.json")
    # As an installed client: bytecode compiled once (by the warm-up run), not at every
    # start because the shell running the benchmark asked for no .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(kind: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_client", kind],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=1_500,
    )
    if out.returncode != 0:
        raise SystemExit(f"bench_client child {kind}: exit {out.returncode}\n{out.stderr[-3000:]}")
    return started, out.stdout.strip().splitlines()[-1]


def _round(env: dict[str, str]) -> dict[str, float]:
    started, line = _child("bare", env)
    bare = float(line) - started
    started, line = _child("client", env)
    one = json.loads(line)
    _, line = _child("client", {**env, "QT_SCALE_FACTOR": "2"})
    two = json.loads(line)
    print(f"  client round: {one}\n  at 2×: {two}", file=sys.stderr, flush=True)
    return {
        "bare": bare * 1000,
        "painted": (one["painted"] - started) * 1000,
        "filled": (one["filled"] - started) * 1000,
        "page": one["first_page"] * 1000,
        "floor": one["floor"] * 1000,
        "width": one["width"],
        "rss1": one["rss"],
        "rss2": two["rss"],
        "page2": two["first_page"] * 1000,
        "floor2": two["floor"] * 1000,
    }


def figures(rounds: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-client-") as tmp:
        env = _laptop(Path(tmp))
        _child("bare", env)  # warm-up: the disk cache and the bytecode, for both
        _child("client", env)
        runs = [_round(env) for _ in range(rounds)]

    def col(name: str) -> tuple[float, ...]:
        return tuple(run[name] for run in runs)

    bare = ("bare `QMainWindow` process", col("bare"))
    width = int(runs[0]["width"])
    return [
        Figure(
            SECTION,
            "start → main window painted",
            "ms",
            col("painted"),
            *bare,
            goal="≤ 1.5×",
            goal_ratio=1.5,
        ),
        Figure(
            SECTION,
            "start → meeting list filled",
            "ms",
            col("filled"),
            *bare,
            goal="≤ 3×",
            goal_ratio=3.0,
        ),
        Figure(
            SECTION,
            "500-page annex, page 1 in the real window (decrypt + view)",
            "ms",
            col("page"),
            f"pypdfium2 open + render, same width ({width} px)",
            col("floor"),
            goal="≤ 1.5×",
            goal_ratio=1.5,
            note="at 2× (QT_SCALE_FACTOR=2): "
            + ", ".join(
                f"{p:.0f} ms vs {f:.0f} ms"
                for p, f in zip(col("page2"), col("floor2"), strict=True)
            ),
        ),
        Figure(
            SECTION,
            "resident memory after scrolling all 500 pages, 1×",
            "MB",
            col("rss1"),
            goal="≤ 400 MB",
            goal_value=400,
        ),
        Figure(
            SECTION,
            "resident memory after scrolling all 500 pages, 2× scale",
            "MB",
            col("rss2"),
            goal="≤ 400 MB",
            goal_value=400,
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["bare"]:
        child_bare()
    elif sys.argv[1:] == ["client"]:
        child_client()
    else:
        from tests.benchmarks.__main__ import main as run_all

        sys.exit(run_all(["--only", "client", *sys.argv[1:]]))
