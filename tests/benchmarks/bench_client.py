"""Client benchmarks (not collected by pytest): run with

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_client

Issue 5's goals, each measured in fresh processes (the script runs itself as the child):

(a) cold start: a new process starts the client as ``run_client`` does (the real
    MainWindow shown at once as a shell, the store opened in the background) on a small
    local store, and stops the clock once the window is exposed and painted, against a
    bare PySide6 QMainWindow (goal ≤ 1.5×). A second figure runs on to the meeting list
    filled from the store (data stack imported, store opened and migrated, services and
    panels attached, meetings read and painted), so nobody takes the first for the whole
    start-up. The secret-store step (OS keyring or passphrase vault) is left out: the
    fixture store is not encrypted;
(b) first page of the 500-page demo annex: from the bytes in memory to page 1 painted in
    the viewer, against pypdfium2 opening the same bytes and rendering page 1 at the same
    pixel size into a QImage (goal ≤ 1.5×). Both run in a process that has started and
    imported what it needs (the client has started; pypdfium2 is imported), so the
    figure compares engines and the viewer's machinery, not interpreter start-up; the first
    open in a process is "cold" (PDFium loads its fonts), the next ones "warm";
(c) resident memory (VmRSS) after scrolling the whole annex page by page in the viewer,
    every page drawn (goal ≤ 400 MB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ANNEX = "phu-luc-dich-vu-cong"
VIEWER_SIZE = (1200, 900)


# --- helpers used by the children ----------------------------------------------------------


def _process_events() -> None:
    """One turn of the event loop, waiting at most 5 ms for events."""
    from PySide6.QtCore import QEventLoop

    QEventLoop().processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _wait_exposed(widget: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    deadline = time.monotonic() + 30
    while True:
        handle = widget.windowHandle()
        if handle is not None and handle.isExposed():
            break
        if time.monotonic() > deadline:
            raise SystemExit("the window was never exposed")
        _process_events()
    _process_events()  # the first paint


def _wait_until(check: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop (idle between events, as in the real client) until ``check``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if check() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if check():
        return
    poll.start()
    deadline.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    if not check():
        raise SystemExit("timed out")


def _rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, in MB (Linux /proc)."""
    fields: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    _wait_exposed(window)
    print(time.time(), flush=True)
    del app
    os._exit(0)


def child_window(folder: str) -> None:
    """``run_client``'s start-up on ``folder`` (an unencrypted store, no session): prints
    when the window was exposed and when its meeting list was filled and painted."""
    from typing import Any

    from meetings_app.ui import client
    from meetings_app.ui.main_window import MainWindow

    app = client._application()
    window = MainWindow()
    window.restore_layout()
    window.show()
    start = client._Start(app, window)

    def store_opened(services: Any) -> None:
        start.services = services
        client.attach_services(window, services, None)
        window.refresh()

    def stack_imported(_: object) -> None:
        start.in_background(lambda: client._open_store(Path(folder), None), store_opened)

    start.in_background(client._import_data_stack, stack_imported)
    _wait_exposed(window)
    exposed = time.time()
    # Wait on the model's signal, not by polling: a busy UI thread would steal the GIL
    # from the worker that is importing and opening the store.
    from PySide6.QtCore import QEventLoop, QTimer

    model = window.meeting_list.list_model
    loop = QEventLoop()
    model.modelReset.connect(lambda: loop.quit() if model.meetings() else None)
    QTimer.singleShot(60_000, loop.quit)
    if not model.meetings():
        loop.exec()
    if not model.meetings():
        raise SystemExit("the meeting list was never filled")
    window.meeting_list.viewport().repaint()
    filled = time.time()
    print(exposed, filled, flush=True)
    del app
    os._exit(0)


def _viewer(settle: bool = True) -> object:
    """A shown DocumentViewer; with ``settle``, once its background start-up is over (the
    reader has not opened a document within the first instant of the window)."""
    from PySide6.QtWidgets import QApplication

    from meetings_app.ui import worker
    from meetings_app.ui.viewer.document_viewer import DocumentViewer

    QApplication(sys.argv[:1])
    viewer = DocumentViewer()
    viewer.resize(*VIEWER_SIZE)
    viewer.show()
    _wait_exposed(viewer)
    if settle:
        _wait_until(lambda: worker.pending() == 0)
    return viewer


def _first_page_in_viewer(viewer: object, data: bytes, key: str) -> float:
    from meetings_app.ui.viewer.document_viewer import DocumentViewer

    assert isinstance(viewer, DocumentViewer)
    view = viewer.view
    painted: list[float] = []

    def ready(page: int, width: int) -> None:
        rect = view.layout_.page_rect(0)
        if page == 0 and width == max(round(rect.width() * view.devicePixelRatioF()), 1):
            view.viewport().repaint()  # page 1 is on screen when this returns
            painted.append(time.perf_counter())

    from meetings_app.ui import worker

    viewer.renderer.sig_page_ready.connect(ready)
    started = time.perf_counter()
    viewer.open_document(lambda: data, key, key)
    _wait_until(lambda: bool(painted))
    viewer.renderer.sig_page_ready.disconnect(ready)
    _wait_until(lambda: not viewer.renderer.busy() and worker.pending() == 0)
    return painted[0] - started


def _first_page_width(viewer: object, data: bytes) -> int:
    """The pixel width the viewer draws page 1 of ``data`` at (fit width)."""
    from meetings_app.ui.viewer.document_viewer import DocumentViewer

    assert isinstance(viewer, DocumentViewer)
    view = viewer.view
    return max(round(view.layout_.page_rect(0).width() * view.devicePixelRatioF()), 1)


def child_first_page(engine: str, pdf: str, repeats: int) -> None:
    data = Path(pdf).read_bytes()
    times: list[float] = []
    if engine.startswith("viewer"):
        viewer = _viewer(settle=engine != "viewer-at-once")
        if engine == "viewer-pypdfium2":  # for comparison: the viewer on its other engine
            from meetings_app.ui.viewer.backend import PdfiumDocument
            from meetings_app.ui.viewer.document_viewer import DocumentViewer

            assert isinstance(viewer, DocumentViewer)
            viewer.opener = PdfiumDocument
        for n in range(repeats):
            times.append(_first_page_in_viewer(viewer, data, f"annex-{n}"))
        width = _first_page_width(viewer, data)
    else:
        import pypdfium2 as pdfium
        from PySide6.QtGui import QGuiApplication, QImage

        QGuiApplication(sys.argv[:1])
        width = int(engine.split(":")[1])
        for _ in range(repeats):
            started = time.perf_counter()
            doc = pdfium.PdfDocument(data)
            page = doc[0]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
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
            doc.close()
    print(" ".join(f"{t:.6f}" for t in times), width, flush=True)
    os._exit(0)


def child_scroll(pdf: str) -> None:
    from meetings_app.ui.viewer.document_viewer import DocumentViewer

    data = Path(pdf).read_bytes()
    viewer = _viewer()
    assert isinstance(viewer, DocumentViewer)
    _first_page_in_viewer(viewer, data, "annex")
    view, renderer = viewer.view, viewer.renderer
    rss_open, _ = _rss_mb()
    started = time.perf_counter()
    bar = view.verticalScrollBar()
    while True:
        # Wait until what is on screen is drawn, then scroll on by one window height.
        def drawn() -> bool:
            dpr = view.devicePixelRatioF()
            return all(
                renderer.cache.get(
                    (viewer.key, p, max(round(view.layout_.page_rect(p).width() * dpr), 1))
                )
                is not None
                or p in renderer.errors
                for p in view.visible_pages()
            )

        _wait_until(drawn)
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    elapsed = time.perf_counter() - started
    rss, peak = _rss_mb()
    print(
        f"{rss:.1f} {peak:.1f} {rss_open:.1f} {elapsed:.2f} {view.current_page() + 1} "
        f"{len(renderer.cache)} {renderer.cache.bytes_used / 2**20:.1f} {len(renderer.errors)}",
        flush=True,
    )
    os._exit(0)


# --- the parent ----------------------------------------------------------------------------


def _child(*args: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_client", "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if out.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{out.stderr}")
    return started, out.stdout.strip().splitlines()[-1]


def bench_cold_start(runs: int, env: dict[str, str], work: Path) -> None:
    from tests.support.reader_meeting import reader_meeting

    folder = work / "client"
    reader_meeting(folder, pages=3)
    bare: list[float] = []
    real: list[float] = []
    filled: list[float] = []
    _child("bare", env=env)  # warm the disk cache for both
    _child("window", str(folder), env=env)
    for _ in range(runs):
        started, line = _child("bare", env=env)
        bare.append(float(line) - started)
        started, line = _child("window", str(folder), env=env)
        exposed, full = (float(t) for t in line.split())
        real.append(exposed - started)
        filled.append(full - started)
    b, r, f = statistics.median(bare), statistics.median(real), statistics.median(filled)
    print("(a) cold start to window exposed, fresh process, median of", runs)
    print(f"    bare QMainWindow  {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"    MainWindow        {r * 1000:7.0f} ms  (min {min(real) * 1000:.0f})")
    print(f"    ratio             {r / b:7.2f}×  goal ≤ 1.5×")
    print(
        f"    → meeting list filled {f * 1000:5.0f} ms  (min {min(filled) * 1000:.0f}; "
        f"{f / b:.2f}× the bare window)"
    )


def bench_first_page(runs: int, env: dict[str, str], pdf: Path) -> None:
    viewer_cold: list[float] = []
    viewer_at_once: list[float] = []
    other_cold: list[float] = []
    other_warm: list[float] = []
    viewer_warm: list[float] = []
    direct_cold: list[float] = []
    direct_warm: list[float] = []
    for _ in range(runs):
        _, line = _child("first-page", "viewer", str(pdf), "4", env=env)
        *times, width = line.split()
        viewer_cold.append(float(times[0]))
        viewer_warm.extend(float(t) for t in times[1:])
        _, line = _child("first-page", "viewer-pypdfium2", str(pdf), "4", env=env)
        other_cold.append(float(line.split()[0]))
        other_warm.extend(float(t) for t in line.split()[1:-1])
        _, line = _child("first-page", "viewer-at-once", str(pdf), "1", env=env)
        viewer_at_once.append(float(line.split()[0]))
        _, line = _child("first-page", f"pdfium:{width}", str(pdf), "4", env=env)
        times = line.split()[:-1]
        direct_cold.append(float(times[0]))
        direct_warm.extend(float(t) for t in times[1:])
    vc, dc = statistics.median(viewer_cold), statistics.median(direct_cold)
    vw, dw = statistics.median(viewer_warm), statistics.median(direct_warm)
    print(f"(b) first page of the 500-page annex at {width} px wide, median of {runs} processes")
    print(f"    viewer (QtPdf)    first open {vc * 1000:6.1f} ms   later opens {vw * 1000:6.1f} ms")
    print(f"    pypdfium2 direct  first open {dc * 1000:6.1f} ms   later opens {dw * 1000:6.1f} ms")
    print(f"    ratio             first open {vc / dc:6.2f}×    later opens {vw / dw:6.2f}×")
    oc, ow = statistics.median(other_cold), statistics.median(other_warm)
    print(
        f"    viewer on pypdfium2 (comparison) first open {oc * 1000:6.1f} ms ({oc / dc:.2f}×)"
        f"   later opens {ow * 1000:6.1f} ms ({ow / dw:.2f}×)"
    )
    va = statistics.median(viewer_at_once)
    print(
        f"    viewer, document opened the instant the window shows: {va * 1000:.1f} ms "
        f"({va / dc:.2f}×)"
    )


def bench_scroll(env: dict[str, str], pdf: Path) -> None:
    _, line = _child("scroll", str(pdf), env=env)
    rss, peak, rss_open, elapsed, last, held, cache_mb, errors = line.split()
    print("(c) scroll the whole annex page by page in a 1200×900 viewer (fit width)")
    print(
        f"    VmRSS after scrolling {float(rss):6.1f} MB  (peak {float(peak):.1f} MB; "
        f"{float(rss_open):.1f} MB with page 1 shown)  goal ≤ 400 MB"
    )
    print(
        f"    {elapsed} s to reach page {last}; page cache holds {held} images, "
        f"{cache_mb} MB; {errors} pages failed"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs="+")
    parser.add_argument(
        "--only", choices=("a", "b", "c"), help="run one benchmark only (default: all)"
    )
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "bare":
            child_bare()
        elif kind == "window":
            child_window(rest[0])
        elif kind == "first-page":
            child_first_page(rest[0], rest[1], int(rest[2]))
        elif kind == "scroll":
            child_scroll(rest[0])
        raise SystemExit(f"unknown child {kind}")

    from meetings_app.demo.pdfs import build_demo_pdf

    with tempfile.TemporaryDirectory(prefix="bench-client-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEETINGS_APP_HOME=str(work / "home"))
        # As an installed client: bytecode compiled once (by the warm-up runs), not at
        # every start because the shell running the benchmark asked for no .pyc files.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        pdf = work / "annex.pdf"
        pdf.write_bytes(build_demo_pdf(ANNEX))
        if args.only in (None, "a"):
            bench_cold_start(args.runs, env, work)
        if args.only in (None, "b"):
            bench_first_page(args.runs, env, pdf)
        if args.only in (None, "c"):
            bench_scroll(env, pdf)


if __name__ == "__main__":
    main()
