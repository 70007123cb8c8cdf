"""Tagged PDF (accessibility): the structure tree of a report, so a screen reader knows
headings from paragraphs and reads in order, and copied text follows the reading order.

reportlab writes no structure tree, but its canvas takes raw operators, so the tagging is
done in two steps, both here:

1. **While drawing**, :class:`TaggingFrame` wraps each flowable the frame places in a
   marked-content sequence (``/H1 <</MCID n>> BDC … EMC``), its role read from the
   flowable (:func:`role_of`: the paragraph's style for headings, ``P`` for text,
   ``Table`` contents as one ``Div``); the page number and the banner are drawn as
   pagination artifacts (``/Artifact`` sequences), and rules and charts as layout
   artifacts, so a reader skips them (the charts repeat the tables' figures). The canvas
   (:class:`TagLog`) records each page's roles, in drawing order.
2. **After saving**, :func:`add_structure` (pypdf) adds the structure tree: one
   ``Document`` element holding one element per marked sequence, in that order, each
   pointing to its page and MCID; the parent tree; each page's ``/StructParents``; and
   ``/MarkInfo <</Marked true>>``.

What this does not do (reportlab draws table cells itself): tables are not broken into
``TR``/``TD`` elements; a table's text is one ``Div`` read row by row. The meeting pack
merges other PDFs and is not tagged.
"""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Frame, Paragraph, Table
from reportlab.platypus.flowables import Flowable

HEADING_ROLES = {"kind": "H1", "title": "H1", "chapter": "H1", "h1": "H2", "h2": "H3", "h3": "H4"}
"""Paragraph styles that are headings, and their level."""
ARTIFACT = "Artifact"


def role_of(flowable: Flowable) -> str | None:
    """The structure role of what ``flowable`` draws; ``Artifact`` for decoration, None
    for what draws nothing (spacers, anchors)."""
    if isinstance(flowable, Paragraph):
        return HEADING_ROLES.get(flowable.style.name, "P")
    if isinstance(flowable, Table):
        return "Div"
    if isinstance(flowable, Drawing) or type(flowable).__name__ == "Rule":
        return ARTIFACT
    return None


class TagLog:
    """The part of a canvas that writes marked content and remembers each page's roles
    (mixed into the report canvas; ``_code`` is reportlab's operators of the page)."""

    _code: list[str]
    tags: list[list[str]]

    def begin_tag(self, role: str) -> int:
        """Open a marked-content sequence of ``role``; returns where it starts in ``_code``."""
        start = len(self._code)
        if role == ARTIFACT:
            self._code.append("/Artifact <</Type /Layout>> BDC")
        else:
            self._code.append(f"/{role} <</MCID {len(self.tags[-1])}>> BDC")
            self.tags[-1].append(role)
        return start

    def end_tag(self, start: int, role: str) -> None:
        """Close the sequence begun at ``start``, or take it back if nothing was drawn."""
        if len(self._code) == start + 1:
            del self._code[start:]
            if role != ARTIFACT:
                self.tags[-1].pop()
            return
        self._code.append("EMC")

    def begin_artifact(self) -> None:
        self._code.append("/Artifact <</Type /Pagination>> BDC")

    def end_artifact(self) -> None:
        self._code.append("EMC")


class TaggingFrame(Frame):  # type: ignore[misc]
    """A frame that wraps each flowable it draws in a marked-content sequence."""

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        role = role_of(flowable)
        if role is None or not isinstance(canv, TagLog):
            return int(self._add(flowable, canv, trySplit))
        start = canv.begin_tag(role)
        try:
            placed = int(self._add(flowable, canv, trySplit))
        finally:
            canv.end_tag(start, role)
        return placed


def add_structure(pdf: bytes, pages: list[list[str]]) -> bytes:
    """``pdf`` with the structure tree of the marked content recorded in ``pages``
    (each page's roles, MCID order)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root = writer._add_object(tree)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): root,
        }
    )
    document_ref = writer._add_object(document)
    kids = ArrayObject()
    parents = ArrayObject()
    for number, (page, roles) in enumerate(zip(writer.pages, pages, strict=False)):
        page[NameObject("/StructParents")] = NumberObject(number)
        on_page = ArrayObject()
        for mcid, role in enumerate(roles):
            element = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructElem"),
                    NameObject("/S"): NameObject(f"/{role}"),
                    NameObject("/P"): document_ref,
                    NameObject("/Pg"): page.indirect_reference,
                    NameObject("/K"): NumberObject(mcid),
                }
            )
            ref = writer._add_object(element)
            kids.append(ref)
            on_page.append(ref)
        parents.extend([NumberObject(number), writer._add_object(on_page)])
    document[NameObject("/K")] = kids
    tree[NameObject("/K")] = document_ref
    tree[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): parents})
    )
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    writer._root_object[NameObject("/StructTreeRoot")] = root
    writer._root_object[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
