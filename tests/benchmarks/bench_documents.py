"""Documents figures of ``python -m tests.benchmarks`` (``--only documents``).

Each round measures, back to back in this process: the annotated export of 300 pages
with 1,000 marks and the recipient watermark, and its floor, pypdf reading and writing
the same file untouched (best of 3 each, goal ≤ 2×), on the demo annex's first 300
pages and on a generated text-only PDF; and search over 2,000 generated pages (median
per query, < 50 ms).
"""

from __future__ import annotations

import io
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from meetings_app.demo.pdfs import build_demo_pdf
from meetings_app.documents.export import export_annotated
from meetings_app.documents.fonts import SANS, register_fonts
from meetings_app.documents.geometry import Rect
from meetings_app.documents.marks import Mark
from meetings_app.documents.policy import DocumentPolicy
from meetings_app.documents.search import SearchIndex
from meetings_app.documents.watermark import WatermarkInfo
from tests.benchmarks.figures import Figure

SECTION = "Documents"

WORDS = str.split(
    "Chính phủ quyết định phê duyệt kế hoạch đầu tư công ngân sách nhà nước Bộ Tài chính "
    "trình dự thảo nghị định đường sắt tốc độ cao giáo dục y tế nông nghiệp môi trường "
    "báo cáo tình hình kinh tế xã hội tháng quý năm thực hiện chủ trì phối hợp"
)


def _text_pdf(pages: int, rng: random.Random) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for _ in range(pages):
        canvas.setFont(SANS, 10)
        for row in range(45):
            canvas.drawString(50, 790 - 16 * row, " ".join(rng.choices(WORDS, k=14)))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _first_pages(data: bytes, count: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    while len(writer.pages) > count:
        writer.remove_page(len(writer.pages) - 1)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _plain_copy(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _export_round(rng: random.Random, data: bytes) -> tuple[float, float]:
    """(export, plain copy) in ms, best of 3 each, run alternately."""
    kinds = ["highlight", "underline", "strike", "note"]
    marks = [
        Mark(f"m{i}", rng.randrange(300), kinds[i % 4], rects=(Rect(50, 400, 300, 412),))
        for i in range(1000)
    ]
    info = WatermarkInfo("Nguyễn Văn A", "Phiên họp thường kỳ", datetime(2025, 5, 30), "Mật")
    policy = DocumentPolicy("internal")
    exports, plains = [], []
    for _ in range(3):
        plains.append(_best(1, lambda: _plain_copy(data)))
        exports.append(_best(1, lambda: export_annotated(data, marks, info, policy)))
    return min(exports) * 1000, min(plains) * 1000


def _query_ms(index: SearchIndex, queries: list[str]) -> float:
    times = []
    for query in queries * 10:
        started = time.perf_counter()
        index.query(query, limit=20)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _generated_index(rng: random.Random) -> SearchIndex:
    """40 documents of 50 pages of 600 random Vietnamese words (2,000 pages)."""
    index = SearchIndex(sqlite3.connect(":memory:"))
    for doc in range(40):
        texts = [" ".join(rng.choices(WORDS, k=600)) for _ in range(50)]
        index.add_document(f"v{doc}", f"Tài liệu {doc}", texts)
    return index


def figures(rounds: int) -> list[Figure]:
    rng = random.Random(4)
    annex = build_demo_pdf("phu-luc-dich-vu-cong")
    sources = {"demo annex": _first_pages(annex, 300), "text-only PDF": _text_pdf(300, rng)}
    exports = {
        label: [_export_round(rng, data) for _ in range(rounds)] for label, data in sources.items()
    }
    generated = _generated_index(rng)
    queries = ["quyet dinh", "ngân sách nhà nước", "duong sat toc do", "bao cao thang", "y te"]
    figures = [
        Figure(
            SECTION,
            f"annotated export, 300 pages + 1,000 marks + watermark ({label})",
            "ms",
            tuple(e for e, _ in runs),
            "pypdf read + write of the same file",
            tuple(p for _, p in runs),
            goal="≤ 2×",
            goal_ratio=2.0,
        )
        for label, runs in exports.items()
    ]
    return [
        *figures,
        Figure(
            SECTION,
            "search over 2,000 generated pages (1.2 M words), median per query",
            "ms",
            tuple(_query_ms(generated, queries) for _ in range(rounds)),
            goal="< 50 ms",
            goal_value=50,
        ),
    ]


if __name__ == "__main__":
    from tests.benchmarks.__main__ import main as run_all

    sys.exit(run_all(["--only", "documents", *sys.argv[1:]]))
