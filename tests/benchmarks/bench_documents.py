"""Documents benchmarks (not collected by pytest): run with

    python -m tests.benchmarks.bench_documents

Import of a 500-page PDF; annotated export of 300 pages with 1,000 marks and watermark
against pypdf's plain read and write (goal ≤ 2×); search over a large pack (< 50 ms/query).
"""

from __future__ import annotations

import io
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import datetime

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from meetings_app.demo.content import DEMO_DOCUMENTS
from meetings_app.demo.pdfs import build_demo_pdf
from meetings_app.documents.export import export_annotated
from meetings_app.documents.fonts import SANS, register_fonts
from meetings_app.documents.geometry import Rect
from meetings_app.documents.marks import Mark
from meetings_app.documents.policy import DocumentPolicy
from meetings_app.documents.safe_import import inspect_pdf
from meetings_app.documents.search import SearchIndex
from meetings_app.documents.watermark import WatermarkInfo

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


def bench_import(annex: bytes) -> None:
    seconds = _best(2, lambda: inspect_pdf(annex))
    print(f"import of the 500-page demo annex ({len(annex) / 2**20:.1f} MiB): {seconds:.2f} s")


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


def bench_export(rng: random.Random, source: bytes, label: str) -> None:
    data = source
    kinds = ["highlight", "underline", "strike", "note"]
    marks = [
        Mark(f"m{i}", rng.randrange(300), kinds[i % 4], rects=(Rect(50, 400, 300, 412),))
        for i in range(1000)
    ]
    info = WatermarkInfo("Nguyễn Văn A", "Phiên họp thường kỳ", datetime(2025, 5, 30), "Mật")
    policy = DocumentPolicy("internal")
    plain = _best(3, lambda: _plain_copy(data))
    annotated = _best(3, lambda: export_annotated(data, marks, info, policy))
    print(
        f"export of {label} (300 pages) + 1,000 marks + watermark: {annotated:.2f} s; plain pypdf "
        f"read+write: {plain:.2f} s; ratio {annotated / plain:.2f}×"
    )


def bench_search(rng: random.Random) -> None:
    conn = sqlite3.connect(":memory:")
    index = SearchIndex(conn)
    documents, pages = 40, 50
    for doc in range(documents):
        texts = [" ".join(rng.choices(WORDS, k=600)) for _ in range(pages)]
        index.add_document(f"v{doc}", f"Tài liệu {doc}", texts)
    queries = ["quyet dinh", "ngân sách nhà nước", "duong sat toc do", "bao cao thang", "y te"]
    times = []
    for query in queries * 10:
        started = time.perf_counter()
        index.query(query, limit=20)
        times.append(time.perf_counter() - started)
    print(
        f"search {documents * pages} pages ({documents * pages * 600:,} words): median "
        f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms per query"
    )


def bench_demo_search() -> None:
    """Queries over the real demo pack (every page of its ten PDFs)."""
    conn = sqlite3.connect(":memory:")
    index = SearchIndex(conn)
    pages = 0
    for spec in DEMO_DOCUMENTS:
        info = inspect_pdf(build_demo_pdf(spec.key))
        index.add_document(spec.key, spec.title, [page.text for page in info.pages])
        pages += info.page_count
    queries = ["quyet dinh", "nghị định", "ngan sach nha nuoc", "dich vu cong truc tuyen", "Điều 5"]
    times = []
    for query in queries * 10:
        started = time.perf_counter()
        index.query(query, limit=20)
        times.append(time.perf_counter() - started)
    print(
        f"search over the demo pack ({pages} pages): median "
        f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms per query"
    )


if __name__ == "__main__":
    generator = random.Random(4)
    annex = build_demo_pdf("phu-luc-dich-vu-cong")
    bench_import(annex)
    bench_export(generator, _first_pages(annex, 300), "the demo annex")
    bench_export(generator, _text_pdf(300, generator), "a text-only PDF")
    bench_demo_search()
    bench_search(generator)
