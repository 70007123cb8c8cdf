"""Report inputs for the demo meeting: a ballot, minutes and an opinion table.

The seed and the tests use these so every report can be shown on realistic Vietnamese
content without a database. Everything derives from :mod:`demo_content`, so names and
titles agree with the demo accounts.
"""

from __future__ import annotations

from datetime import timedelta

from meetings_app.documents.demo_content import DEMO_MEETING, DEMO_PEOPLE, DEMO_POLLS, person
from meetings_app.documents.demo_pack import demo_meeting
from meetings_app.documents.reports.model import (
    BallotResult,
    ClauseOpinions,
    Comment,
    DocumentHeader,
    Minutes,
    MinutesSection,
    OpinionTable,
    SignatureBlock,
    Vote,
)

_VOTERS = [p for p in DEMO_PEOPLE if p.role in ("chair", "secretary", "member")]
_CHOICES = (
    "Tán thành",
    "Tán thành",
    "Tán thành",
    "Tán thành",
    "Không tán thành",
    "Tán thành",
    "Không biểu quyết",
    "Tán thành",
)


def _header(number: str) -> DocumentHeader:
    return DocumentHeader(
        issuer="VĂN PHÒNG CHÍNH PHỦ",
        parent_issuer="CHÍNH PHỦ",
        number=number,
        date=DEMO_MEETING.starts_at,
    )


def demo_ballot(*, secret: bool = False) -> BallotResult:
    """The in-meeting vote on the draft decree (one signature fails to verify)."""
    poll = next(p for p in DEMO_POLLS if p.kind == "in_meeting")
    opened = DEMO_MEETING.starts_at + timedelta(hours=3, minutes=5)
    votes = tuple(
        Vote(
            p.full_name,
            p.title,
            choice,
            signature_verified=(i != 5),
            cast_at=opened + timedelta(seconds=17 * i + 9),
        )
        for i, (p, choice) in enumerate(zip(_VOTERS, _CHOICES, strict=False))
    )
    return BallotResult(
        meeting_title=DEMO_MEETING.title,
        question=poll.question,
        options=poll.options,
        votes=votes,
        eligible=len(_VOTERS) + 1,
        quorum=6,
        secret=secret,
        opened_at=opened,
        closed_at=opened + timedelta(minutes=5),
        outcome="Dự thảo Nghị định được thông qua (quá nửa tổng số thành viên tán thành).",
        header=_header("Số: 413/KQBQ-VPCP"),
    )


def demo_minutes() -> Minutes:
    chair, secretary = person("thutuong"), person("thuky")
    meeting = demo_meeting()
    return Minutes(
        meeting=meeting,
        number="Số: 414/BB-VPCP",
        sections=(
            MinutesSection(
                "Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2026",
                (
                    f"{person('bt.kehoach').title} {person('bt.kehoach').full_name} trình bày báo "
                    "cáo; kinh tế vĩ mô ổn định, lạm phát được kiểm soát, tăng trưởng cả năm ước "
                    "đạt 7,0%.",
                    f"{person('bt.taichinh').title} {person('bt.taichinh').full_name} báo cáo thu "
                    "ngân sách 11 tháng đạt 92,5% dự toán; đề nghị đẩy nhanh giải ngân vốn đầu tư "
                    "công.",
                    "Các thành viên Chính phủ thống nhất đánh giá; đề nghị tập trung tháo gỡ vướng "
                    "mắc về giải phóng mặt bằng và bảo đảm hàng hóa dịp Tết Nguyên đán.",
                ),
            ),
            MinutesSection(
                "Dự thảo Nghị định quy định về Hệ thống thông tin phục vụ họp",
                (
                    f"{person('bt.tttt').title} trình bày Tờ trình; {person('bt.tuphap').title} "
                    "báo cáo kết quả thẩm định, đề nghị làm rõ căn cứ pháp lý của phiên họp không "
                    "giấy.",
                    "Chủ tọa đưa dự thảo ra biểu quyết; kết quả: 6/9 thành viên tán thành, dự thảo "
                    "được thông qua.",
                ),
            ),
        ),
        decisions=(
            "Thông qua dự thảo Nghị định; giao Bộ Thông tin và Truyền thông tiếp thu, hoàn "
            "thiện, trình ký trước ngày 20 tháng 12 năm 2026.",
            "Giao Văn phòng Chính phủ hoàn thiện Nghị quyết phiên họp, trình Thủ tướng Chính "
            "phủ ký ban hành.",
        ),
        signatures=(
            SignatureBlock("THƯ KÝ PHIÊN HỌP", secretary.full_name, secretary.title),
            SignatureBlock("CHỦ TỌA", chair.full_name, chair.title),
        ),
    )


def demo_opinions() -> OpinionTable:
    """Members' comments on the draft decree, anchored to its articles and clauses."""

    def by(username: str, text: str) -> Comment:
        who = person(username)
        return Comment(who.full_name, text, who.title)

    rows = (
        ClauseOpinions(
            "Điều 3, khoản 6",
            (
                by(
                    "bt.tuphap",
                    "Đề nghị bổ sung thời hạn tối đa được làm việc ở chế độ ngoại "
                    "tuyến đối với tài liệu mật.",
                ),
            ),
            "Chế độ ngoại tuyến là trạng thái thiết bị đầu cuối không kết nối với máy chủ trung "
            "tâm nhưng người dùng vẫn đọc, ghi chú tài liệu đã được đồng bộ trước đó.",
        ),
        ClauseOpinions(
            "Điều 4, khoản 1",
            (
                by(
                    "bt.tuphap",
                    "Đề nghị viện dẫn Luật Giao dịch điện tử năm 2023 về giá trị pháp "
                    "lý của thông điệp dữ liệu thay vì quy định mới.",
                ),
                by(
                    "bt.noivu",
                    "Thống nhất với dự thảo; đề nghị bổ sung cuộc họp của Ủy ban nhân "
                    "dân cấp tỉnh áp dụng tương tự.",
                ),
            ),
            "Phiên họp trên Hệ thống có giá trị pháp lý như phiên họp sử dụng tài liệu giấy.",
        ),
        ClauseOpinions(
            "Điều 12, khoản 2",
            (
                by(
                    "bt.taichinh",
                    'Đề nghị bỏ quy định "quá thời hạn mà không trả lời thì được coi '
                    'là đồng ý" vì chưa bảo đảm trách nhiệm của thành viên Chính phủ; trường hợp '
                    "giữ quy định này, đề nghị Hệ thống gửi nhắc hạn ít nhất 01 ngày làm việc trước "
                    "khi hết hạn và ghi nhận việc đã nhắc vào hồ sơ lấy ý kiến. " * 2,
                ),
                by(
                    "bt.kehoach", "Đề nghị giữ như dự thảo, phù hợp Quy chế làm việc của Chính phủ."
                ),
                by("bt.giaoduc", "Thống nhất với ý kiến của Bộ Kế hoạch và Đầu tư."),
            ),
            "Quá thời hạn mà không trả lời thì được coi là đồng ý với nội dung xin ý kiến.",
        ),
        ClauseOpinions(
            "Điều 13, khoản 3",
            (
                by(
                    "bt.tttt",
                    "Cơ quan chủ trì soạn thảo bổ sung quy định về kiểm tra độc lập tính "
                    "bí mật của phiếu biểu quyết kín.",
                ),
            ),
            "Đối với biểu quyết kín, Hệ thống không lưu liên kết giữa phiếu và người bỏ phiếu.",
        ),
        ClauseOpinions(
            "Điều 29, khoản 2",
            (),
            "Các hệ thống hiện có phải hoàn thành kết nối trước ngày 31 tháng 12 năm 2027.",
        ),
    )
    return OpinionTable(
        draft_title="dự thảo Nghị định quy định về Hệ thống thông tin phục vụ họp và xử lý "
        "công việc của Chính phủ",
        drafting_agency="Bộ Thông tin và Truyền thông",
        rows=rows,
        meeting_title=DEMO_MEETING.title,
        header=_header("Số: 415/BTH-VPCP"),
    )
