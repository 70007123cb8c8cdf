"""Broken and hostile PDFs, built byte by byte so each fault is exactly the one named."""

from __future__ import annotations

import io
import struct
import zlib

from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def assemble(objects: list[bytes], trailer_extra: bytes = b"", root: int = 1) -> bytes:
    """A PDF with ``objects`` numbered from 1 and a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    size = len(data) if length is None else length
    return b"<< /Length %d %s>>\nstream\n" % (size, extra) + data + b"\nendstream"


def one_page(content: bytes, page_extra: bytes = b"", catalog_extra: bytes = b"") -> list[bytes]:
    """Catalog, page tree, one page and its content stream (objects 1-4)."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        + page_extra
        + b">>",
        content,
    ]


def simple_pdf(text: str = "Hello", pages: int = 1) -> bytes:
    """A valid reportlab PDF with ``text`` on every page."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for number in range(pages):
        canvas.drawString(72, 700, f"{text} {number + 1}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def valid_minimal() -> bytes:
    return assemble(one_page(stream(b"BT /F1 12 Tf 20 100 Td (Hi) Tj ET")))


def truncated() -> bytes:
    data = simple_pdf(pages=3)
    return data[: len(data) // 2]


def broken_xref() -> bytes:
    """Every offset in the cross-reference table points at garbage."""
    data = valid_minimal()
    head, _, tail = data.partition(b"0000000000 65535 f \n")
    entries, _, rest = tail.partition(b"trailer")
    garbage = b"".join(b"%010d 00000 n \n" % (7 + i * 3) for i in range(entries.count(b"\n")))
    return head + b"0000000000 65535 f \n" + garbage + b"trailer" + rest


def circular_prev() -> bytes:
    """The trailer's /Prev points at its own cross-reference section."""
    data = valid_minimal()
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return data.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref_at)


def _compress_zeros(size: int, rounds: int) -> bytes:
    """``size`` zero bytes (a multiple of 1 MiB) deflated ``rounds`` times, in milliseconds.

    After a full flush deflate forgets its history, so every MiB of zeros compresses to the
    same block: repeat it, and write the zlib checksum of n zeros in closed form.
    """
    chunk = 1 << 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = ((size % 65521) << 16) | 1
    data = b"\x78\xda" + block * (size // chunk) + packer.flush() + struct.pack(">I", adler)
    for _ in range(rounds - 1):
        data = zlib.compress(data, 9)
    return data


def flate_bomb(size: int = 4 << 30) -> bytes:
    """A content stream that inflates (twice) to ``size`` bytes of zeros."""
    packed = _compress_zeros(size, rounds=2)
    return assemble(one_page(stream(packed, b"/Filter [/FlateDecode /FlateDecode] ")))


def image_bomb() -> bytes:
    """A 40000×40000 RGB image (4.8 GB raw) in a few kilobytes."""
    packed = _compress_zeros((40000 * 40000 * 3) >> 20 << 20, rounds=2)
    image = stream(
        packed,
        b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode] ",
    )
    objects = one_page(
        stream(b"q 200 0 0 200 0 0 cm /Im0 Do Q"),
        page_extra=b"/Resources << /XObject << /Im0 5 0 R >> >> ",
    )
    return assemble([*objects, image])


def deep_nesting(depth: int = 200_000) -> bytes:
    return assemble(one_page(stream(b""), page_extra=b"/Deep " + b"[" * depth + b"]" * depth))


def endless_content(operations: int = 3_000_000) -> bytes:
    """A page drawing millions of tiny lines: it takes any renderer many seconds."""
    ops = b"".join(
        b"%d %d m %d %d l S\n" % (i % 200, i % 190, i % 180, i % 170) for i in range(1000)
    )
    body = zlib.compress(ops * (operations // 1000), 9)
    return assemble(one_page(stream(body, b"/Filter /FlateDecode ")))


def wrong_lengths() -> bytes:
    """Stream /Length values that do not match the data (a common producer bug)."""
    return assemble(one_page(stream(b"BT /F1 12 Tf 20 100 Td (Hi) Tj ET", length=9999)))


def page_tree_cycle() -> bytes:
    """The page tree contains itself: a naive walk never ends."""
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            stream(b""),
        ]
    )


def encrypted(password: str = "mật khẩu") -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(simple_pdf("Secret")))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_javascript() -> bytes:
    """JavaScript on open, a launch action on a link and a document-level script."""
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript 6 0 R >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Annots [7 0 R] >>",
            stream(b"BT /F1 12 Tf 20 100 Td (Hi) Tj ET"),
            b"<< /S /JavaScript /JS (app.alert('hi')) >>",
            b"<< /Names [(x) 5 0 R] >>",
            b"<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /Launch /F (cmd.exe) >> >>",
        ]
    )
