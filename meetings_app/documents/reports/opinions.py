"""The consolidated-opinion table ("bảng tổng hợp ý kiến") for a draft.

One row per comment, grouped by clause: the clause columns are written once per group
and the rules inside a group are drawn only across the comment columns, so a group
reads as one merged block without row spans (which reportlab cannot split across
pages). The last column stays empty for the drafting agency's answer.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from meetings_app.documents.reports.layout import (
    RULE,
    ZEBRA_FILL,
    PageSetup,
    esc,
    grid_table,
    header_block,
    para,
    render_pdf,
    rich,
    title_block,
)
from meetings_app.documents.reports.model import ClauseOpinions, OpinionTable

HEADINGS = (
    "STT",
    "Điều, khoản",
    "Nội dung dự thảo",
    "Cơ quan, người góp ý",
    "Nội dung góp ý",
    "Ý kiến tiếp thu, giải trình",
)
NO_COMMENT = "Không có ý kiến"


def opinion_table(table: OpinionTable) -> bytes:
    """The table as landscape PDF bytes; long texts wrap and long rows split."""
    setup = PageSetup(
        title=f"Bảng tổng hợp ý kiến - {table.draft_title}",
        classification=table.classification,
        landscape=True,
    )
    width = setup.frame_width
    story: list[Flowable] = [header_block(table.header, width * 0.8)]
    story += title_block(
        "BẢNG TỔNG HỢP Ý KIẾN",
        f"Ý kiến thành viên Chính phủ về {table.draft_title}",
        f"Cơ quan chủ trì soạn thảo: {table.drafting_agency}",
    )
    story += [_grid(table.rows, width), Spacer(1, 3 * mm), _summary(table)]
    return render_pdf(story, setup)


def _widths(width: float) -> list[float]:
    fixed = [12 * mm, 24 * mm]
    rest = width - sum(fixed)
    return [*fixed, rest * 0.22, rest * 0.16, rest * 0.34, rest * 0.28]


def _grid(rows: tuple[ClauseOpinions, ...], width: float) -> Flowable:
    data: list[list[Any]] = [list(HEADINGS)]
    extra: list[tuple[Any, ...]] = []
    for number, clause in enumerate(rows, start=1):
        first = len(data)
        data += _group_rows(number, clause)
        last = len(data) - 1
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.6, RULE))
        if number % 2 == 0:
            extra.append(("BACKGROUND", (0, first), (-1, last), ZEBRA_FILL))
        if last > first:
            extra.append(("LINEABOVE", (3, first + 1), (-1, last), 0.25, RULE, 0, (1, 2)))
    extra += [
        ("LINEBEFORE", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEAFTER", (-1, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    return grid_table(data, _widths(width), zebra=False, ruled=False, extra=extra)


def _group_rows(number: int, clause: ClauseOpinions) -> list[list[Any]]:
    comments = clause.comments or ()
    if not comments:
        return [
            [
                str(number),
                para(clause.clause, "cell_bold"),
                para(clause.clause_text, "cell"),
                "",
                para(NO_COMMENT, "cell_italic"),
                para(clause.answer, "cell"),
            ]
        ]
    rows = []
    for index, comment in enumerate(comments):
        who = f"<b>{esc(comment.author)}</b>"
        if comment.organization:
            who += f"<br/>{esc(comment.organization)}"
        head = [str(number), para(clause.clause, "cell_bold"), para(clause.clause_text, "cell")]
        if index:  # the label again, quietly, so a group split across pages stays legible
            head = ["", para(clause.clause, "cell_italic"), ""]
        answer = para(clause.answer, "cell") if index == 0 else ""
        rows.append([*head, rich(who, "cell"), para(comment.text, "cell"), answer])
    return rows


def _summary(table: OpinionTable) -> Flowable:
    comments = [c for row in table.rows for c in row.comments]
    authors = {c.author for c in comments}
    return para(
        f"Tổng cộng: {len(comments)} ý kiến của {len(authors)} thành viên đối với "
        f"{len(table.rows)} điều, khoản của dự thảo.",
        "small",
    )
