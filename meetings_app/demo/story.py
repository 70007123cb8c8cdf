"""What happened at the demo's past meeting: the one story every report tells.

Last month's session ("tháng 10") is over: the draft decree was presented and the members
commented on its clauses, the session's resolution was put to an open vote, and the
minutes were approved the next day. The seed writes exactly this into the store, and
:mod:`~meetings_app.demo.report_inputs` builds its database-free report inputs from it,
so the minutes, the ballot results and the opinion table agree on every figure.

The written-opinion request on the revised draft is still open: two members have answered
(:data:`WRITTEN_ANSWERS`); the others, the default demo account among them, have not yet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from meetings_app.demo.content import (
    DEMO_DOCUMENTS,
    DEMO_MEETING,
    VOTERS,
    DemoAgendaItem,
    DemoDocSpec,
    DemoMeeting,
    DemoPoll,
    person,
)

PAST_MEETING = DemoMeeting(
    title="Phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
    starts_at=DEMO_MEETING.starts_at - timedelta(days=30),
    ends_at=DEMO_MEETING.starts_at - timedelta(days=30) + timedelta(hours=3, minutes=15),
    place=DEMO_MEETING.place,
    issuer=DEMO_MEETING.issuer,
    number="Số: 371/CTr-VPCP",
)
MINUTES_APPROVED_AT = PAST_MEETING.ends_at + timedelta(days=1, hours=4)
"""The minutes were approved the day after the session (16:15, Vietnam time)."""

PAST_AGENDA: list[DemoAgendaItem] = [
    DemoAgendaItem("khai-mac", "Khai mạc phiên họp, thông qua chương trình", "thutuong", 10),
    DemoAgendaItem(
        "ktxh", "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026", "bt.kehoach", 45
    ),
    DemoAgendaItem(
        "nghidinh",
        "Cho ý kiến về dự thảo Nghị định quy định về Hệ thống thông tin phục vụ họp và xử lý "
        "công việc của Chính phủ",
        "bt.tttt",
        60,
    ),
    DemoAgendaItem(
        "nghiquyet", "Thông qua Nghị quyết phiên họp Chính phủ thường kỳ tháng 10", "thuky", 15
    ),
    DemoAgendaItem("ket-luan", "Kết luận phiên họp", "thutuong", 15),
]

DRAFT_KEY = "du-thao-nghi-dinh"
"""The draft the members commented on (its first version, before the written opinions)."""
PAST_DOCUMENTS: list[tuple[DemoDocSpec, str]] = [
    (spec, "nghidinh") for spec in DEMO_DOCUMENTS if spec.key in (DRAFT_KEY, "to-trinh")
]
"""Each document of the past meeting with the key of its agenda item."""

PAST_POLL = DemoPoll(
    "bieu-quyet-nghi-quyet-thang-10",
    "in_meeting",
    "Biểu quyết thông qua Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
    ("Tán thành", "Không tán thành", "Không biểu quyết"),
    "nghiquyet",
    False,
    None,
)
POLL_OPENED_AT = PAST_MEETING.starts_at + timedelta(hours=2, minutes=40)
POLL_CLOSED_AT = POLL_OPENED_AT + timedelta(minutes=5)


@dataclass(frozen=True)
class CastBallot:
    """One member's ballot: the option (index into the poll's options) and a comment.

    ``after_seconds`` places its cast time: after the vote opened (the past session), or,
    negative, before the seed ran (answers to the open written-opinion request).
    """

    username: str
    option: int
    comment: str = ""
    after_seconds: int = 0


PAST_BALLOTS: list[CastBallot] = [
    CastBallot("thutuong", 0, after_seconds=12),
    CastBallot("bt.noivu", 0, after_seconds=31),
    CastBallot("bt.taichinh", 0, after_seconds=44),
    CastBallot(
        "bt.tuphap",
        1,
        "Đề nghị chưa thông qua nội dung về phiên họp không giấy khi Nghị định chưa ban hành.",
        after_seconds=58,
    ),
    CastBallot("bt.kehoach", 0, after_seconds=73),
    CastBallot("bt.tttt", 0, after_seconds=90),
    CastBallot("bt.giaoduc", 2, after_seconds=121),
]
"""Every voter voted: the chair and the six members."""


WRITTEN_ANSWERS: list[CastBallot] = [
    CastBallot("bt.noivu", 0, after_seconds=-26 * 3600),
    CastBallot(
        "bt.kehoach",
        1,
        "Đề nghị bổ sung quy định chuyển tiếp đối với phiếu lấy ý kiến đã gửi bằng văn bản giấy.",
        after_seconds=-3 * 3600,
    ),
]
"""Answers already given to the open written-opinion request (seconds before seeding)."""


@dataclass(frozen=True)
class ClauseComment:
    """A member's comment on the draft, written on the words ``quote`` of one clause."""

    username: str
    clause: str
    quote: str
    text: str


DRAFT_COMMENTS: list[ClauseComment] = [
    ClauseComment(
        "bt.tuphap",
        "Điều 4, khoản 1",
        "có giá trị pháp lý như phiên",
        "Đề nghị viện dẫn Luật Giao dịch điện tử năm 2023 về giá trị pháp lý của thông điệp "
        "dữ liệu thay vì quy định mới.",
    ),
    ClauseComment(
        "bt.noivu",
        "Điều 4, khoản 5",
        "hoạt động được cả khi mất kết nối mạng",
        "Đề nghị quy định thời hạn tối đa được làm việc ngoại tuyến đối với tài liệu mật.",
    ),
    ClauseComment(
        "bt.taichinh",
        "Điều 12, khoản 2",
        "mà không trả lời thì được coi là đồng ý",
        'Đề nghị bỏ quy định "quá thời hạn mà không trả lời thì được coi là đồng ý"; nếu giữ, '
        "Hệ thống gửi nhắc hạn ít nhất 01 ngày làm việc trước khi hết hạn.",
    ),
    ClauseComment(
        "bt.kehoach",
        "Điều 12, khoản 2",
        "mà không trả lời thì được coi là đồng ý",
        "Đề nghị giữ như dự thảo, phù hợp Quy chế làm việc của Chính phủ.",
    ),
    ClauseComment(
        "bt.tttt",
        "Điều 13, khoản 2",
        "phiếu được ký số trên thiết bị",
        "Bổ sung quy định kiểm tra độc lập tính bí mật của phiếu biểu quyết kín.",
    ),
    ClauseComment(
        "bt.giaoduc",
        "Điều 29, khoản 2",
        "trước ngày 31 tháng 12 năm 2027",
        "Đề nghị lùi thời hạn kết nối đối với các cơ sở giáo dục đến hết năm 2028.",
    ),
]


def past_counts() -> Counter[str]:
    """Ballots per option label, as the store counts them at closing."""
    return Counter(PAST_POLL.options[b.option] for b in PAST_BALLOTS)


def vote_sentence() -> str:
    """The vote as the minutes record it, from the same ballots the store counts."""
    counts = past_counts()
    yes, no, abstain = (counts[label] for label in PAST_POLL.options)
    return (
        f"Kết quả biểu quyết: {yes}/{len(VOTERS)} thành viên Chính phủ tán thành, {no} không "
        f"tán thành, {abstain} không biểu quyết; Nghị quyết được thông qua."
    )


def _vn_date(when: datetime) -> str:
    return f"ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"


def minutes_text(approved_at: datetime = MINUTES_APPROVED_AT) -> str:
    """The approved minutes, in the store's text form (``# Heading`` starts a section)."""
    chair, secretary = person("thutuong"), person("thuky")
    planner, finance = person("bt.kehoach"), person("bt.taichinh")
    justice, ict = person("bt.tuphap"), person("bt.tttt")
    return "\n".join(
        [
            f"# {PAST_AGENDA[1].title}",
            f"{planner.title} {planner.full_name} trình bày báo cáo; kinh tế vĩ mô ổn định, "
            "lạm phát được kiểm soát, tăng trưởng cả năm ước đạt 7,0%.",
            "",
            f"{finance.title} {finance.full_name} báo cáo thu ngân sách 10 tháng đạt 84,3% "
            "dự toán; đề nghị đẩy nhanh giải ngân vốn đầu tư công.",
            f"# {PAST_AGENDA[2].title}",
            f"{ict.title} {ict.full_name} trình bày dự thảo; {len(DRAFT_COMMENTS)} ý kiến của "
            f"các thành viên về {len({c.clause for c in DRAFT_COMMENTS})} khoản được ghi trên "
            "Hệ thống và tổng hợp trong bảng tổng hợp ý kiến.",
            "",
            f"{justice.title} {justice.full_name} đề nghị làm rõ căn cứ pháp lý của phiên họp "
            "không giấy.",
            f"# {PAST_AGENDA[3].title}",
            f"Chủ tọa đưa dự thảo Nghị quyết ra biểu quyết công khai. {vote_sentence()}",
            "# Kết luận và quyết định",
            "- Giao Bộ Thông tin và Truyền thông tiếp thu ý kiến, hoàn thiện dự thảo Nghị định, "
            "lấy ý kiến thành viên Chính phủ bằng văn bản trước phiên họp tháng 11.",
            "- Giao Văn phòng Chính phủ hoàn thiện Nghị quyết phiên họp, trình Thủ tướng Chính "
            "phủ ký ban hành.",
            f"- Biên bản được {chair.title} và {secretary.title} thông qua "
            f"{_vn_date(approved_at)}.",
        ]
    )
