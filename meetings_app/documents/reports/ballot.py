"""Ballot results: tally, chart, turnout against quorum, and who voted what unless secret."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from meetings_app.documents.fonts import SERIF
from meetings_app.documents.reports.layout import (
    ACCENT,
    INK,
    SECRET_RED,
    PageSetup,
    esc,
    grid_table,
    header_block,
    para,
    render_pdf,
    rich,
    signature_block,
    title_block,
    vn_percent,
)
from meetings_app.documents.reports.model import BallotResult, ReportInputError, Vote
from meetings_app.domain.collation import name_key

SECRETARY_CAPACITY = "THƯ KÝ PHIÊN HỌP"
"""The capacity in which the secretary signs the results."""
VERIFIED = "✓ hợp lệ"
NOT_VERIFIED = "✗ không hợp lệ"


def ballot_results(ballot: BallotResult) -> bytes:
    """The ballot report as PDF bytes, voters in Vietnamese name order, signed by ``signer``.

    Only votes whose signature was verified are counted in the tally; the others are
    shown as invalid, because an unverifiable vote must not decide anything. A secret
    ballot prints counts only: no name from ``votes`` is written anywhere in the file.
    """
    _check(ballot)
    setup = PageSetup(
        title=f"Kết quả biểu quyết - {ballot.meeting_title}",
        classification=ballot.classification,
    )
    width = setup.frame_width
    story: list[Flowable] = [header_block(ballot.header, width)]
    story += title_block("KẾT QUẢ BIỂU QUYẾT", ballot.meeting_title)
    story += _question(ballot)
    story += _turnout(ballot, width)
    story += _tally(ballot, width)
    story += _secret_note(ballot) if ballot.secret else _voters(ballot, width)
    story += _foot(ballot, width)
    return render_pdf(story, setup)


def _foot(ballot: BallotResult, width: float) -> list[Flowable]:
    """The secretary's signature and "Nơi nhận", as on every issued result."""
    if ballot.signer is None:
        return []
    signer = ballot.signer
    return [
        signature_block(
            signer.capacity,
            signer.full_name,
            width,
            title=signer.title,
            recipients=ballot.recipients,
        )
    ]


def _check(ballot: BallotResult) -> None:
    unknown = sorted({v.choice for v in ballot.votes} - set(ballot.options))
    if unknown:
        raise ReportInputError(f"Votes for options not on the ballot: {unknown}", options=unknown)


def _question(ballot: BallotResult) -> list[Flowable]:
    kind = "Biểu quyết kín" if ballot.secret else "Biểu quyết công khai"
    story: list[Flowable] = [
        rich(f"<b>Vấn đề biểu quyết:</b> {esc(ballot.question)}", "body_left"),
        rich(f"<b>Hình thức:</b> {kind}", "body_left"),
    ]
    if ballot.opened_at is not None:
        period = f"từ {_clock(ballot.opened_at)}"
        if ballot.closed_at is not None:
            period += f" đến {_clock(ballot.closed_at)}"
        story.append(rich(f"<b>Thời gian biểu quyết:</b> {period}", "body_left"))
    return story


def _clock(moment: datetime) -> str:
    return f"{moment:%H} giờ {moment:%M} ngày {moment:%d/%m/%Y}"


def _turnout(ballot: BallotResult, width: float) -> list[Flowable]:
    cast = len(ballot.votes)
    met = cast >= ballot.quorum
    verdict = (
        "Đủ số thành viên tham gia theo quy định, kết quả biểu quyết có giá trị."
        if met
        else "Không đủ số thành viên tham gia theo quy định."
    )
    rows = [
        ["Tổng số thành viên có quyền biểu quyết", str(ballot.eligible)],
        ["Số thành viên tham gia biểu quyết", f"{cast} ({vn_percent(cast, ballot.eligible)})"],
        ["Số thành viên tối thiểu theo quy định (túc số)", str(ballot.quorum)],
    ]
    table = grid_table(
        rows, [width * 0.7, width * 0.3], header_rows=0, extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]
    )
    colour = INK if met else SECRET_RED
    return [
        para("1. Tham gia biểu quyết", "h1"),
        table,
        Spacer(1, 2 * mm),
        rich(f'<font color="{colour.hexval()}"><i>{esc(verdict)}</i></font>', "body_left"),
    ]


def _counts(ballot: BallotResult) -> Counter[str]:
    return Counter(v.choice for v in ballot.votes if v.signature_verified)


def _tally(ballot: BallotResult, width: float) -> list[Flowable]:
    counts = _counts(ballot)
    invalid = sum(1 for v in ballot.votes if not v.signature_verified)
    rows: list[list[object]] = [
        ["Phương án", "Số phiếu", "Tỷ lệ so với số tham gia", "Tỷ lệ so với tổng số thành viên"]
    ]
    for option in ballot.options:
        n = counts[option]
        rows.append(
            [
                para(option, "cell"),
                str(n),
                vn_percent(n, len(ballot.votes)),
                vn_percent(n, ballot.eligible),
            ]
        )
    rows.append(
        [
            para("Phiếu không hợp lệ (chữ ký số không xác minh được)", "cell_italic"),
            str(invalid),
            vn_percent(invalid, len(ballot.votes)),
            vn_percent(invalid, ballot.eligible),
        ]
    )
    table = grid_table(
        rows,
        [width * 0.43, width * 0.15, width * 0.21, width * 0.21],
        extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
    )
    story: list[Flowable] = [
        para("2. Kết quả biểu quyết", "h1"),
        table,
        Spacer(1, 3 * mm),
        _chart(ballot.options, counts, width),
    ]
    if ballot.outcome:
        story.append(rich(f"<b>Kết luận:</b> {esc(ballot.outcome)}", "body_left"))
    if ballot.board_head:
        story.append(rich(f"<b>Mã đầu chuỗi bảng phiếu:</b> {esc(ballot.board_head)}", "body_left"))
    return story


def _chart(options: tuple[str, ...], counts: Counter[str], width: float) -> Drawing:
    """Horizontal bars, one per option, so long Vietnamese labels stay readable."""
    bar = 9 * mm
    height = bar * len(options) + 14 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 60 * mm, 8 * mm
    chart.width, chart.height = width - 75 * mm, bar * len(options)
    chart.data = [[counts[o] for o in reversed(options)]]
    chart.categoryAxis.categoryNames = [_short(o) for o in reversed(options)]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*counts.values(), 1])
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 5)
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 7.5
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _voters(ballot: BallotResult, width: float) -> list[Flowable]:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Chức vụ", "Lựa chọn", "Thời điểm", "Chữ ký số"]
    ]
    votes = sorted(ballot.votes, key=lambda v: name_key(v.voter_name))
    for n, vote in enumerate(votes, start=1):
        rows.append(
            [
                str(n),
                para(vote.voter_name, "cell_bold"),
                para(vote.voter_title, "cell"),
                para(vote.choice, "cell"),
                _when(vote),
                _signature(vote),
            ]
        )
    widths = [11 * mm, 35 * mm, width - 119 * mm, 28 * mm, 18 * mm, 27 * mm]
    failed = [i for i, v in enumerate(votes, start=1) if not v.signature_verified]
    extra = [("TEXTCOLOR", (5, i), (5, i), SECRET_RED) for i in failed]
    return [para("3. Danh sách thành viên biểu quyết", "h1"), grid_table(rows, widths, extra=extra)]


def _when(vote: Vote) -> str:
    return "" if vote.cast_at is None else f"{vote.cast_at:%H:%M:%S}"


def _signature(vote: Vote) -> object:
    style = "cell" if vote.signature_verified else "cell_bold"
    return para(VERIFIED if vote.signature_verified else NOT_VERIFIED, style)


def _secret_note(ballot: BallotResult) -> list[Flowable]:
    verified = sum(1 for v in ballot.votes if v.signature_verified)
    return [
        para("3. Kiểm tra phiếu", "h1"),
        para(
            f"Biểu quyết kín: báo cáo chỉ ghi số phiếu, không ghi người biểu quyết. "
            f"Số phiếu có chữ ký số hợp lệ: {verified}/{len(ballot.votes)}.",
            "body_left",
        ),
    ]
