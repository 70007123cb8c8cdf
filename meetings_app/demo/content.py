"""The demo meetings as plain data: people, agenda, documents and polls.

Shared by the demo PDF generator and the database seed, so both describe the same
meetings. Deliberately free of reportlab (and of any other heavy import) so the seed can
import it cheaply. Names are fictional; titles are those of the Vietnamese Cabinet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple

DemoRole = Literal["chair", "secretary", "member", "observer", "secretariat"]
"""The person's role in the demo meetings; ``secretariat`` is the office's staff, who
prepares every meeting without taking part in any (the store's ``secretariat`` role)."""
DemoClassification = Literal["public", "internal", "confidential"]


class DemoPerson(NamedTuple):
    username: str
    full_name: str
    title: str
    role: DemoRole


DEMO_PEOPLE: list[DemoPerson] = [
    DemoPerson("thutuong", "Lê Minh Quân", "Thủ tướng Chính phủ", "chair"),
    DemoPerson(
        "thuky", "Hoàng Thị Thu Hà", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "secretary"
    ),
    DemoPerson("bt.noivu", "Phạm Đức Thắng", "Bộ trưởng Bộ Nội vụ", "member"),
    DemoPerson("bt.taichinh", "Vũ Thị Hồng Nhung", "Bộ trưởng Bộ Tài chính", "member"),
    DemoPerson("bt.tuphap", "Đặng Quốc Huy", "Bộ trưởng Bộ Tư pháp", "member"),
    DemoPerson("bt.kehoach", "Bùi Thanh Tùng", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "member"),
    DemoPerson("bt.tttt", "Ngô Xuân Trường", "Bộ trưởng Bộ Thông tin và Truyền thông", "member"),
    DemoPerson("bt.giaoduc", "Trịnh Thị Minh Khuê", "Bộ trưởng Bộ Giáo dục và Đào tạo", "member"),
    DemoPerson("quansat", "Lương Văn Phú", "Phó Chủ nhiệm Văn phòng Quốc hội (mời dự)", "observer"),
]
"""The participants of the demo meetings."""

DEMO_SECRETARIAT = DemoPerson(
    "vpcp.chuyenvien", "Nguyễn Thị Lan", "Chuyên viên Văn phòng Chính phủ", "secretariat"
)
DEMO_ACCOUNTS: list[DemoPerson] = [*DEMO_PEOPLE, DEMO_SECRETARIAT]
"""Everyone who can sign in to the demo store."""
DEFAULT_ACCOUNT = "bt.tuphap"
"""Who ``meetings-app demo`` signs in as without ``--as``: a member."""
VOTERS: list[DemoPerson] = [p for p in DEMO_PEOPLE if p.role in ("chair", "member")]
"""Who votes in the demo meetings (the store counts chair and members as eligible)."""


@dataclass(frozen=True)
class DemoMeeting:
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    issuer: str
    number: str


DEMO_MEETING = DemoMeeting(
    title="Phiên họp Chính phủ thường kỳ tháng 11 năm 2026",
    starts_at=datetime(2026, 12, 3, 8, 30),
    ends_at=datetime(2026, 12, 3, 12, 15),
    place="Phòng họp số 1, Trụ sở Chính phủ, số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
    issuer="VĂN PHÒNG CHÍNH PHỦ",
    number="Số: 412/CTr-VPCP",
)


@dataclass(frozen=True)
class DemoAgendaItem:
    """An agenda item; ``presenter`` is a username from :data:`DEMO_PEOPLE` (or "")."""

    key: str
    title: str
    presenter: str = ""
    duration_minutes: int = 0
    description: str = ""
    children: tuple[DemoAgendaItem, ...] = ()


def _item(
    key: str,
    title: str,
    presenter: str = "",
    minutes: int = 0,
    description: str = "",
    *children: DemoAgendaItem,
) -> DemoAgendaItem:
    return DemoAgendaItem(key, title, presenter, minutes, description, children)


_DECREE = (
    "dự thảo Nghị định quy định về Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ"
)

DEMO_AGENDA: list[DemoAgendaItem] = [
    _item("khai-mac", "Khai mạc phiên họp, thông qua chương trình", "thutuong", 10),
    _item(
        "ktxh",
        "Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2026",
        "",
        0,
        "Đánh giá kết quả, nhận diện khó khăn, đề xuất giải pháp cho tháng 12.",
        _item("ktxh-baocao", "Báo cáo tình hình kinh tế - xã hội tháng 11", "bt.kehoach", 20),
        _item(
            "ktxh-ngansach",
            "Tình hình thực hiện dự toán ngân sách nhà nước 11 tháng",
            "bt.taichinh",
            15,
        ),
        _item("ktxh-thaoluan", "Thành viên Chính phủ thảo luận", "", 50),
    ),
    _item(
        "cds",
        "Chuyển đổi số quốc gia và xây dựng Chính phủ điện tử",
        "bt.tttt",
        20,
        "Kết quả cung cấp dịch vụ công trực tuyến toàn trình; kèm phụ lục thống kê.",
    ),
    _item("cchc", "Công tác cải cách hành chính tháng 11", "bt.noivu", 15),
    _item("giaoduc", "Tình hình triển khai nhiệm vụ năm học 2026 - 2027", "bt.giaoduc", 15),
    _item(
        "nghidinh",
        f"Xây dựng pháp luật: {_DECREE}",
        "",
        0,
        "",
        _item("nghidinh-totrinh", "Trình bày Tờ trình và dự thảo Nghị định", "bt.tttt", 15),
        _item("nghidinh-thamdinh", "Báo cáo thẩm định của Bộ Tư pháp", "bt.tuphap", 10),
        _item(
            "nghidinh-bieuquyet",
            "Thảo luận và biểu quyết thông qua dự thảo Nghị định",
            "thutuong",
            20,
        ),
    ),
    _item("nghiquyet", "Thông qua Nghị quyết phiên họp Chính phủ thường kỳ tháng 11", "thuky", 10),
    _item("ket-luan", "Kết luận phiên họp", "thutuong", 15),
]


@dataclass(frozen=True)
class DemoDocSpec:
    """A demo PDF: where it belongs on the agenda and roughly how long it is."""

    key: str
    title: str
    filename: str
    agenda_key: str
    classification: DemoClassification
    pages: int


DEMO_DOCUMENTS: list[DemoDocSpec] = [
    DemoDocSpec(
        "du-thao-nghi-dinh",
        "Dự thảo Nghị định quy định về Hệ thống thông tin "
        "phục vụ họp và xử lý công việc của Chính phủ",
        "01-du-thao-nghi-dinh.pdf",
        "nghidinh-totrinh",
        "internal",
        20,
    ),
    DemoDocSpec(
        "to-trinh",
        "Tờ trình Chính phủ về dự thảo Nghị định quy định về Hệ thống "
        "thông tin phục vụ họp và xử lý công việc của Chính phủ",
        "02-to-trinh-nghi-dinh.pdf",
        "nghidinh-totrinh",
        "internal",
        2,
    ),
    DemoDocSpec(
        "bao-cao-tham-dinh",
        "Báo cáo thẩm định dự thảo Nghị định (Bộ Tư pháp)",
        "03-bao-cao-tham-dinh.pdf",
        "nghidinh-thamdinh",
        "internal",
        2,
    ),
    DemoDocSpec(
        "bao-cao-ktxh",
        "Báo cáo tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2026",
        "04-bao-cao-kinh-te-xa-hoi.pdf",
        "ktxh-baocao",
        "internal",
        4,
    ),
    DemoDocSpec(
        "bao-cao-ngan-sach",
        "Báo cáo tình hình thực hiện dự toán ngân sách nhà nước 11 tháng năm 2026",
        "05-bao-cao-ngan-sach.pdf",
        "ktxh-ngansach",
        "confidential",
        2,
    ),
    DemoDocSpec(
        "bao-cao-chuyen-doi-so",
        "Báo cáo tình hình chuyển đổi số và xây dựng Chính phủ điện tử",
        "06-bao-cao-chuyen-doi-so.pdf",
        "cds",
        "public",
        3,
    ),
    DemoDocSpec(
        "phu-luc-dich-vu-cong",
        "Phụ lục: Danh mục dịch vụ công trực tuyến của các bộ, ngành, địa phương",
        "07-phu-luc-danh-muc-dich-vu-cong.pdf",
        "cds",
        "public",
        500,
    ),
    DemoDocSpec(
        "bao-cao-cai-cach-hanh-chinh",
        "Báo cáo công tác cải cách hành chính tháng 11 năm 2026",
        "08-bao-cao-cai-cach-hanh-chinh.pdf",
        "cchc",
        "public",
        2,
    ),
    DemoDocSpec(
        "bao-cao-giao-duc",
        "Báo cáo tình hình triển khai nhiệm vụ năm học 2026 - 2027",
        "09-bao-cao-giao-duc.pdf",
        "giaoduc",
        "public",
        1,
    ),
    DemoDocSpec(
        "du-thao-nghi-quyet",
        "Dự thảo Nghị quyết phiên họp Chính phủ thường kỳ tháng 11 năm 2026",
        "10-du-thao-nghi-quyet.pdf",
        "nghiquyet",
        "internal",
        2,
    ),
]


@dataclass(frozen=True)
class DemoPoll:
    """A poll for the seed: written opinions before the meeting, or a vote during it."""

    key: str
    kind: Literal["written", "in_meeting"]
    question: str
    options: tuple[str, ...]
    agenda_key: str
    secret: bool
    deadline: datetime | None


DEMO_POLLS: list[DemoPoll] = [
    DemoPoll(
        "lay-y-kien-nghi-dinh",
        "written",
        f"Lấy ý kiến thành viên Chính phủ bằng văn bản về {_DECREE}",
        ("Đồng ý", "Đồng ý, có ý kiến khác", "Không đồng ý"),
        "nghidinh",
        False,
        datetime(2026, 12, 1, 17, 0),
    ),
    DemoPoll(
        "bieu-quyet-nghi-dinh",
        "in_meeting",
        "Biểu quyết thông qua dự thảo Nghị định quy định về Hệ thống thông tin phục vụ "
        "họp và xử lý công việc của Chính phủ",
        ("Tán thành", "Không tán thành", "Không biểu quyết"),
        "nghidinh-bieuquyet",
        False,
        None,
    ),
]


def person(username: str) -> DemoPerson:
    """The demo account with this username (KeyError if there is none)."""
    for candidate in DEMO_ACCOUNTS:
        if candidate.username == username:
            return candidate
    raise KeyError(username)
