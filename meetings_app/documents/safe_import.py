"""Safe import of untrusted PDFs: parse and render in a child process under limits.

pypdf has a long history of hangs, loops and decompression bombs on hostile files, and
PDFium (inside QtPdf) loops for ever on some page-tree cycles. A bad upload must never
freeze the secretariat's window or the server, so every byte of the file is read in a
child process (``spawn``, so no state of the caller is shared) that caps its own address
space, while this side holds a wall clock and kills the child when it runs out.

The function stores nothing: it returns :class:`PdfInfo` or raises :class:`ImportRefused`,
so a refused file changes nothing. What is stripped from accepted files is decided in
:mod:`meetings_app.documents.active_content`. A file opened with a password, or one only
restricted by an owner password, is stored as a decrypted copy: the program encrypts its
own blobs and applies its own print/export policy.

Frozen builds must call ``multiprocessing.freeze_support()`` at start-up.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from meetings_app.documents.import_worker import child_main, too_slow
from meetings_app.documents.pdf_info import (
    ImportLimits,
    ImportRefused,
    PdfInfo,
    PdfPage,
)
from meetings_app.domain.codes import Code

__all__ = ["ImportLimits", "ImportRefused", "PdfInfo", "PdfPage", "inspect_pdf"]

# Time for a killed child to disappear before we stop waiting for it.
REAP_SECONDS = 5.0


def inspect_pdf(
    source: bytes | Path | str,
    limits: ImportLimits | None = None,
    password: str | None = None,
) -> PdfInfo:
    """Examine a PDF given as bytes or a path; return what was learnt or refuse it.

    Raises :class:`ImportRefused` with a stable code; never stores anything.
    """
    limits = limits or ImportLimits()
    data = _read(source, limits)
    answer = _run_child(data, password, limits)
    if answer[0] == "ok":
        info: PdfInfo = answer[1]
        return info
    _, code, message, params = answer
    raise ImportRefused(message, code=code, **params)


def _too_large(size: int, limits: ImportLimits) -> ImportRefused:
    return ImportRefused(
        f"The file is {size / 2**20:.1f} MiB, over the {limits.max_bytes / 2**20:.0f} MiB "
        "allowed; split or compress it.",
        code=Code.TOO_LARGE,
        size=size,
        limit=limits.max_bytes,
    )


def _read(source: bytes | Path | str, limits: ImportLimits) -> bytes:
    """The bytes to examine, refusing oversize files before reading them."""
    if isinstance(source, bytes):
        if len(source) > limits.max_bytes:
            raise _too_large(len(source), limits)
        return source
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise _too_large(size, limits)
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            f"The file {path.name} cannot be read ({exc.strerror}); check that it exists "
            "and that you may open it.",
            code=Code.UNREADABLE_FILE,
        ) from exc


def _run_child(data: bytes, password: str | None, limits: ImportLimits) -> tuple:  # type: ignore[type-arg]
    """Start the child, wait for its answer within the time limit, and always reap it."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=child_main, args=(sender, data, password, limits), name="pdf-import", daemon=True
    )
    deadline = time.monotonic() + limits.seconds
    child.start()
    sender.close()  # so a child that dies makes the pipe report end-of-file
    try:
        return _await_answer(receiver, child, deadline, limits)
    finally:
        receiver.close()
        _reap(child)


def _await_answer(
    receiver: Connection, child: BaseProcess, deadline: float, limits: ImportLimits
) -> tuple:  # type: ignore[type-arg]
    """The child's answer; between its ``("page", i)`` steps, a page may take no more than
    the render budget (doubled, for text and thumbnail) before the child is stopped."""
    page, page_deadline = -1, deadline
    while True:
        wait_until = min(deadline, page_deadline)
        if not receiver.poll(max(wait_until - time.monotonic(), 0.0)):
            budget = limits.page_render_seconds
            if page_deadline < deadline and budget is not None:
                raise too_slow(page + 1, 2 * budget, budget)
            raise ImportRefused(
                f"Reading the PDF took longer than {limits.seconds:g} seconds; it may be built "
                "to stall readers. Ask the sender for a simpler copy.",
                code=Code.TIMEOUT,
            )
        try:
            answer: tuple = receiver.recv()  # type: ignore[type-arg]
        except EOFError:
            child.join(REAP_SECONDS)
            raise _crash(child.exitcode) from None
        if answer[0] != "page":
            return answer
        page = answer[1]
        if limits.page_render_seconds is not None:
            page_deadline = time.monotonic() + 2 * limits.page_render_seconds + 0.5


def _crash(exitcode: int | None) -> ImportRefused:
    """A child that died without answering: the memory cap is the usual cause (PDFium
    aborts when an allocation fails); any other crash still means the file is unsafe."""
    return ImportRefused(
        f"Reading the PDF stopped the reader (exit status {exitcode}); it may need more "
        "memory than allowed or be built to crash readers. Ask the sender for a new copy.",
        code=Code.OUT_OF_MEMORY,
        exitcode=exitcode,
    )


def _reap(child: BaseProcess) -> None:
    if child.is_alive():
        child.kill()
    child.join(REAP_SECONDS)
    child.close()
