"""Text of the demo documents, as plain blocks the demo pack lays out.

Keeping words apart from layout lets the content read like the real thing (a decree with
chapters, articles, clauses and points; reports with numbered sections and tables) while
:mod:`meetings_app.demo.pdfs` decides how it looks. All figures are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from meetings_app.demo.content import DEMO_MEETING, person


@dataclass(frozen=True)
class Heading:
    text: str
    style: str = "h1"
    outline_level: int | None = 0


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"


@dataclass(frozen=True)
class Grid:
    """A table: ``weights`` share the frame width between the columns."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]
    caption: str = ""
    numeric_from: int = 1


@dataclass(frozen=True)
class Closing:
    """ "Nơi nhận" on the left and the signature on the right, as every official text ends."""

    capacity: str
    full_name: str
    title: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")
    note: str = ""


@dataclass(frozen=True)
class PageBreakBlock:
    pass


Block = Heading | Para | Grid | Closing | PageBreakBlock


@dataclass(frozen=True)
class DemoText:
    kind: str
    title: str
    issuer: str
    number: str
    blocks: list[Block]
    parent_issuer: str = ""
    subtitle: str = ""
    date: datetime | None = field(default=DEMO_MEETING.starts_at)


DECREE_NAME = "Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ"
MINISTRIES = (
    "Bộ Nội vụ",
    "Bộ Tài chính",
    "Bộ Tư pháp",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Thông tin và Truyền thông",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Công an",
    "Bộ Quốc phòng",
    "Bộ Y tế",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Xây dựng",
    "Bộ Khoa học và Công nghệ",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Ngoại giao",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Văn phòng Chính phủ",
)
PROVINCES = (
    "Hà Nội",
    "Thành phố Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Quảng Ngãi",
    "Gia Lai",
    "Đắk Lắk",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Cà Mau",
    "Lào Cai",
    "Tuyên Quang",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Lạng Sơn",
    "Cao Bằng",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
)


def _numbered(texts: list[str], style: str = "clause", marks: str = "") -> list[Block]:
    """Clauses "1.", "2." … or, with ``marks="abc…"``, points "a)", "b)" …"""
    blocks: list[Block] = []
    for index, text in enumerate(texts):
        label = f"{marks[index]})" if marks else f"{index + 1}."
        blocks.append(Para(f"{label} {text}", style))
    return blocks


POINTS = "abcdđeghiklmnopqrstuvxy"


def _article(number: int, title: str, *clauses: str | list[str]) -> list[Block]:
    """An article; a list after a clause holds that clause's points a), b), c)."""
    blocks: list[Block] = [Heading(f"Điều {number}. {title}", "h2", 1)]
    count = 0
    for clause in clauses:
        if isinstance(clause, list):
            blocks += _numbered(clause, "point", POINTS)
        elif len([c for c in clauses if isinstance(c, str)]) == 1:
            blocks.append(Para(clause, "clause"))
        else:
            count += 1
            blocks.append(Para(f"{count}. {clause}", "clause"))
    return blocks


def _chapter(number: str, title: str) -> list[Block]:
    return [Heading(f"Chương {number}", "chapter", 0), Heading(title, "chapter", None)]


# --------------------------------------------------------------------------- decree

_DUTIES = [
    "tổ chức triển khai, hướng dẫn, kiểm tra việc thực hiện Nghị định này trong phạm vi "
    "quản lý; bố trí cán bộ đầu mối chịu trách nhiệm quản trị tài khoản, tiếp nhận và xử "
    "lý sự cố",
    "rà soát, sửa đổi, bổ sung hoặc bãi bỏ các quy định, quy trình nội bộ không còn phù "
    "hợp với việc tổ chức họp và xử lý công việc trên môi trường điện tử",
    "bảo đảm hạ tầng kỹ thuật, đường truyền, thiết bị đầu cuối và chữ ký số cho người "
    "dùng thuộc phạm vi quản lý; bố trí kinh phí duy trì, vận hành theo quy định",
    "định kỳ hằng quý đánh giá, báo cáo tình hình thực hiện, gửi Văn phòng Chính phủ để "
    "tổng hợp, báo cáo Thủ tướng Chính phủ tại phiên họp Chính phủ thường kỳ",
]


def _duty_article(number: int, agency: str, specific: list[str]) -> list[Block]:
    return _article(
        number,
        f"Trách nhiệm của {agency}",
        *[
            f"{agency} có trách nhiệm {text}." if i == 0 else f"{text[0].upper()}{text[1:]}."
            for i, text in enumerate(specific)
        ],
        f"Phối hợp với Văn phòng Chính phủ và các cơ quan liên quan {_DUTIES[0]}.",
        f"Chủ động {_DUTIES[1]}; {_DUTIES[3]}.",
    )


def decree() -> DemoText:
    blocks: list[Block] = [
        Para("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "quote"),
        Para("Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;", "quote"),
        Para("Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;", "quote"),
        Para("Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;", "quote"),
        Para("Theo đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông;", "quote"),
        Para(f"Chính phủ ban hành Nghị định quy định về {DECREE_NAME}.", "quote"),
    ]
    blocks += _chapter("I", "QUY ĐỊNH CHUNG")
    blocks += _article(
        1,
        "Phạm vi điều chỉnh",
        f"Nghị định này quy định về việc xây dựng, quản lý, vận hành và khai thác {DECREE_NAME} "
        "(sau đây gọi là Hệ thống); việc tổ chức phiên họp Chính phủ, cuộc họp của Thủ tướng "
        "Chính phủ, các Phó Thủ tướng Chính phủ, việc lấy ý kiến thành viên Chính phủ và xử lý "
        "hồ sơ công việc trên môi trường điện tử; trách nhiệm của các cơ quan, tổ chức, cá nhân "
        "có liên quan.",
    )
    blocks += _article(
        2,
        "Đối tượng áp dụng",
        "Nghị định này áp dụng đối với các thành viên Chính phủ; các bộ, cơ quan ngang bộ, "
        "cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
        "Các cơ quan, tổ chức, cá nhân được mời dự phiên họp hoặc tham gia xử lý hồ sơ công "
        "việc trên Hệ thống.",
        "Các doanh nghiệp, tổ chức cung cấp dịch vụ hạ tầng, nền tảng, phần mềm phục vụ vận "
        "hành Hệ thống.",
    )
    blocks += _article(
        3,
        "Giải thích từ ngữ",
        "Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:",
        [
            "Phiên họp không giấy là phiên họp mà tài liệu họp được gửi, nhận, đọc, ghi chú, "
            "thảo luận và biểu quyết trên Hệ thống thay cho văn bản giấy.",
            "Tài liệu họp điện tử là thông điệp dữ liệu gồm chương trình, tờ trình, dự thảo văn "
            "bản, báo cáo và các tài liệu khác phục vụ phiên họp, được định dạng theo tiêu chuẩn "
            "kỹ thuật do Bộ Thông tin và Truyền thông công bố.",
            "Người dùng là thành viên Chính phủ, đại biểu mời dự và cán bộ, công chức được cấp "
            "tài khoản để truy cập Hệ thống theo phân quyền.",
            "Thư ký phiên họp là công chức Văn phòng Chính phủ được giao chuẩn bị chương trình, "
            "phát hành tài liệu, tổng hợp ý kiến và dự thảo nghị quyết phiên họp.",
            "Biểu quyết điện tử là việc thành viên Chính phủ thể hiện ý kiến tán thành, không tán "
            "thành hoặc không biểu quyết đối với vấn đề được đưa ra biểu quyết bằng thiết bị đầu "
            "cuối được xác thực.",
            "Chế độ ngoại tuyến là trạng thái thiết bị đầu cuối không kết nối với máy chủ trung "
            "tâm nhưng người dùng vẫn đọc, ghi chú tài liệu đã được đồng bộ trước đó; dữ liệu phát "
            "sinh được đồng bộ khi có kết nối trở lại.",
            "Bảng tổng hợp ý kiến là văn bản tập hợp ý kiến góp ý của thành viên Chính phủ theo "
            "từng điều, khoản của dự thảo và ý kiến tiếp thu, giải trình của cơ quan chủ trì soạn "
            "thảo.",
        ],
    )
    blocks += _article(
        4,
        "Nguyên tắc tổ chức và vận hành Hệ thống",
        "Bảo đảm đúng thẩm quyền, trình tự, thủ tục theo Quy chế làm việc của Chính phủ; việc "
        "tổ chức phiên họp trên Hệ thống có giá trị pháp lý như phiên họp sử dụng tài liệu giấy.",
        "Bảo đảm an toàn, an ninh thông tin, bảo vệ bí mật nhà nước; tài liệu được phân loại, "
        "gắn nhãn và chỉ được truy cập bởi người có thẩm quyền.",
        "Thống nhất, liên thông với Hệ thống quản lý văn bản và điều hành, Cổng dịch vụ công "
        "quốc gia và các cơ sở dữ liệu quốc gia theo quy định.",
        "Công khai, minh bạch trong việc tiếp thu, giải trình ý kiến; mọi thao tác trên Hệ thống "
        "được ghi nhật ký, không thể sửa đổi, phục vụ kiểm tra, giám sát.",
        "Thuận tiện cho người dùng, hoạt động được cả khi mất kết nối mạng trong thời gian ngắn "
        "mà không làm mất dữ liệu.",
    )
    blocks += _article(
        5,
        "Các hành vi bị nghiêm cấm",
        "Truy cập trái phép, cản trở, làm sai lệch hoặc gây gián đoạn hoạt động của Hệ thống.",
        "Sao chép, chụp ảnh, chuyển giao tài liệu mật ra ngoài Hệ thống khi chưa được phép của "
        "người có thẩm quyền.",
        "Sử dụng tài khoản của người khác hoặc để người khác sử dụng tài khoản của mình.",
        "Cung cấp thông tin sai sự thật, giả mạo chữ ký số, làm sai lệch kết quả biểu quyết.",
    )
    blocks += _chapter("II", "TỔ CHỨC PHIÊN HỌP TRÊN HỆ THỐNG")
    blocks += _article(
        6,
        "Chức năng của Hệ thống",
        "Hệ thống có các chức năng cơ bản sau đây:",
        [
            "quản lý lịch họp, chương trình họp, thành phần tham dự và giấy mời;",
            "phát hành, cập nhật và thu hồi tài liệu họp theo từng nội dung của chương trình;",
            "đọc, tìm kiếm, ghi chú, đánh dấu tài liệu trên thiết bị đầu cuối, kể cả ở chế độ "
            "ngoại tuyến;",
            "đăng ký phát biểu, gửi ý kiến góp ý theo từng điều, khoản của dự thảo;",
            "lấy ý kiến thành viên Chính phủ bằng văn bản và biểu quyết điện tử tại phiên họp;",
            "tổng hợp ý kiến, lập biên bản, dự thảo nghị quyết và theo dõi việc thực hiện kết "
            "luận;",
            "quản trị người dùng, phân quyền, ghi nhật ký và báo cáo thống kê.",
        ],
    )
    blocks += _article(
        7,
        "Kiến trúc và kết nối",
        "Hệ thống gồm máy chủ trung tâm đặt tại Văn phòng Chính phủ và ứng dụng trên thiết bị "
        "đầu cuối của người dùng; dữ liệu được đồng bộ hai chiều theo giao thức do Văn phòng "
        "Chính phủ công bố.",
        "Hệ thống được kết nối với Trục liên thông văn bản quốc gia, Hệ thống thông tin báo cáo "
        "Chính phủ và hệ thống quản lý văn bản của các bộ, cơ quan, địa phương.",
        "Việc kết nối với hệ thống thông tin khác phải được Văn phòng Chính phủ thống nhất về "
        "phương án kỹ thuật và bảo đảm an toàn thông tin theo cấp độ.",
    )
    blocks += _article(
        8,
        "Tài khoản người dùng",
        "Văn phòng Chính phủ cấp, thu hồi tài khoản cho người dùng theo đề nghị của thủ trưởng "
        "cơ quan quản lý người dùng, trong thời hạn 02 ngày làm việc kể từ ngày nhận được đề "
        "nghị hợp lệ.",
        "Tài khoản được xác thực bằng mật khẩu kết hợp với thiết bị đầu cuối đã đăng ký; đối "
        "với tài liệu mật phải sử dụng thêm phương thức xác thực thứ hai.",
        "Người dùng chịu trách nhiệm bảo vệ thông tin xác thực; khi mất thiết bị phải thông báo "
        "ngay cho Văn phòng Chính phủ để khóa tài khoản và thu hồi dữ liệu trên thiết bị.",
    )
    blocks += _article(
        9,
        "Tài liệu họp điện tử",
        "Tài liệu họp được gửi lên Hệ thống chậm nhất 05 ngày làm việc trước ngày họp; trường "
        "hợp đặc biệt do Thủ tướng Chính phủ quyết định.",
        "Tài liệu phải ở định dạng PDF, có thể tìm kiếm được nội dung, không chứa mã thực thi; "
        "Hệ thống tự động kiểm tra và từ chối tài liệu không bảo đảm yêu cầu, nêu rõ lý do.",
        "Khi tài liệu được thay thế bằng phiên bản mới, Hệ thống lưu giữ các phiên bản trước và "
        "chuyển các ghi chú của người dùng sang phiên bản mới theo nội dung được ghi chú.",
        "Cơ quan trình chịu trách nhiệm về tính chính xác, đầy đủ của tài liệu; Văn phòng Chính "
        "phủ chịu trách nhiệm kiểm tra thể thức trước khi phát hành.",
    )
    blocks += _article(
        10,
        "Phân loại và quản lý tài liệu",
        "Tài liệu họp được phân loại thành tài liệu công khai, tài liệu lưu hành nội bộ và tài "
        "liệu mật.",
        "Tài liệu mật được mã hóa khi lưu trữ và truyền nhận, hiển thị nhãn độ mật trên từng "
        "trang; không cho phép in, xuất bản sao trừ trường hợp được người có thẩm quyền cho "
        "phép.",
        "Bản sao xuất từ Hệ thống được gắn dấu chìm ghi tên người nhận, tên phiên họp và thời "
        "điểm xuất để truy vết khi cần thiết.",
        "Sau khi kết thúc phiên họp, tài liệu mật được thu hồi khỏi thiết bị đầu cuối theo thời "
        "hạn do Văn phòng Chính phủ quy định.",
    )
    blocks += _article(
        11,
        "Ghi chú và góp ý trên tài liệu",
        "Người dùng được đánh dấu, gạch chân, ghi chú trên tài liệu; ghi chú cá nhân chỉ người "
        "tạo ra được xem, trừ khi người đó chia sẻ.",
        "Ý kiến góp ý gắn với điều, khoản cụ thể của dự thảo được tự động đưa vào bảng tổng hợp "
        "ý kiến để cơ quan chủ trì soạn thảo tiếp thu, giải trình.",
        "Ý kiến đã gửi không được sửa đổi; người góp ý có thể gửi ý kiến bổ sung trước thời hạn.",
    )
    blocks += _article(
        12,
        "Lấy ý kiến thành viên Chính phủ bằng văn bản",
        "Phiếu lấy ý kiến được gửi qua Hệ thống kèm hồ sơ, ghi rõ thời hạn trả lời; thời hạn "
        "trả lời không ít hơn 05 ngày làm việc.",
        "Thành viên Chính phủ trả lời bằng phiếu điện tử có chữ ký số; quá thời hạn mà không trả "
        "lời thì được coi là đồng ý với nội dung xin ý kiến.",
        "Văn phòng Chính phủ tổng hợp kết quả, báo cáo Thủ tướng Chính phủ trong thời hạn 03 "
        "ngày làm việc kể từ ngày hết thời hạn trả lời.",
    )
    blocks += _article(
        13,
        "Biểu quyết điện tử tại phiên họp",
        "Chủ tọa phiên họp quyết định vấn đề đưa ra biểu quyết, hình thức biểu quyết công khai "
        "hoặc kín và thời gian biểu quyết.",
        "Mỗi thành viên Chính phủ có một phiếu; phiếu được ký số trên thiết bị đầu cuối, Hệ "
        "thống kiểm tra chữ ký trước khi ghi nhận.",
        "Kết quả biểu quyết được công bố ngay sau khi kết thúc thời gian biểu quyết, gồm số thành "
        "viên tham gia, số phiếu tán thành, không tán thành, không biểu quyết; đối với biểu quyết "
        "kín, Hệ thống không lưu liên kết giữa phiếu và người bỏ phiếu.",
        "Vấn đề được thông qua khi quá nửa tổng số thành viên Chính phủ tán thành, trừ trường "
        "hợp pháp luật có quy định khác.",
    )
    blocks += _article(
        14,
        "Biên bản và nghị quyết phiên họp",
        "Thư ký phiên họp lập biên bản trên Hệ thống, ghi đầy đủ thành phần, nội dung thảo luận, "
        "kết quả biểu quyết và kết luận của chủ tọa.",
        "Dự thảo nghị quyết phiên họp được gửi thành viên Chính phủ cho ý kiến trước khi trình "
        "Thủ tướng Chính phủ ký ban hành.",
        "Biên bản, nghị quyết và toàn bộ tài liệu phiên họp được lưu trữ điện tử theo quy định "
        "của pháp luật về lưu trữ.",
    )
    blocks += _chapter("III", "XỬ LÝ CÔNG VIỆC TRÊN MÔI TRƯỜNG ĐIỆN TỬ")
    blocks += _article(
        15,
        "Hồ sơ trình",
        "Hồ sơ trình Chính phủ, Thủ tướng Chính phủ được gửi qua Hệ thống, gồm tờ trình, dự "
        "thảo văn bản, báo cáo thẩm định, bảng tổng hợp ý kiến và tài liệu liên quan.",
        "Hồ sơ chưa đầy đủ được Văn phòng Chính phủ trả lại trong thời hạn 01 ngày làm việc, "
        "nêu rõ thành phần còn thiếu.",
        "Thời hạn xử lý hồ sơ được tính từ thời điểm Hệ thống ghi nhận hồ sơ hợp lệ.",
    )
    blocks += _article(
        16,
        "Chữ ký số",
        "Văn bản, phiếu biểu quyết, phiếu lấy ý kiến trên Hệ thống được ký bằng chữ ký số chuyên "
        "dùng công vụ.",
        "Hệ thống kiểm tra hiệu lực của chữ ký số tại thời điểm ký và lưu kết quả kiểm tra cùng "
        "văn bản.",
    )
    blocks += _article(
        17,
        "Lưu trữ và khai thác dữ liệu",
        "Dữ liệu trên Hệ thống được sao lưu hằng ngày tại hai địa điểm cách xa nhau về địa lý.",
        "Việc khai thác dữ liệu phục vụ thống kê, báo cáo phải được Văn phòng Chính phủ cho phép "
        "và không làm lộ thông tin thuộc bí mật nhà nước.",
    )
    blocks += _chapter("IV", "BẢO ĐẢM AN TOÀN THÔNG TIN VÀ ĐIỀU KIỆN VẬN HÀNH")
    blocks += _article(
        18,
        "Bảo đảm an toàn thông tin",
        "Hệ thống được xác định cấp độ an toàn thông tin cấp độ 4 và được bảo vệ theo phương án "
        "đã được cơ quan có thẩm quyền phê duyệt.",
        "Thiết bị đầu cuối phải được cài đặt phần mềm phòng chống mã độc, mã hóa bộ nhớ và chỉ "
        "lưu tài liệu dưới dạng đã mã hóa.",
        "Định kỳ hằng năm, Bộ Công an, Bộ Thông tin và Truyền thông phối hợp với Văn phòng Chính "
        "phủ kiểm tra, đánh giá an toàn thông tin đối với Hệ thống.",
    )
    blocks += _article(
        19,
        "Hoạt động khi mất kết nối",
        "Ứng dụng trên thiết bị đầu cuối cho phép đọc, ghi chú tài liệu đã đồng bộ khi mất kết "
        "nối; dữ liệu phát sinh được lưu an toàn trên thiết bị và đồng bộ khi kết nối trở lại.",
        "Trường hợp cùng một dữ liệu được sửa đổi trên nhiều thiết bị, Hệ thống giữ lại các "
        "phiên bản và thông báo cho người dùng, không tự động xóa dữ liệu.",
        "Biểu quyết điện tử chỉ được thực hiện khi thiết bị có kết nối với máy chủ trung tâm.",
    )
    blocks += _article(
        20,
        "Kinh phí",
        "Kinh phí đầu tư, duy trì, vận hành Hệ thống tại Văn phòng Chính phủ do ngân sách trung "
        "ương bảo đảm theo phân cấp hiện hành.",
        "Kinh phí trang bị thiết bị đầu cuối, đường truyền cho người dùng do cơ quan quản lý người "
        "dùng bảo đảm từ nguồn dự toán được giao.",
    )
    blocks += _chapter("V", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN")
    blocks += _duty_article(
        21,
        "Văn phòng Chính phủ",
        [
            "chủ trì xây dựng, quản lý, vận hành Hệ thống; ban hành quy trình, hướng dẫn sử dụng",
            "tổ chức tập huấn cho người dùng; bảo đảm hỗ trợ kỹ thuật trực tiếp tại các phiên họp",
        ],
    )
    blocks += _duty_article(
        22,
        "Bộ Thông tin và Truyền thông",
        [
            "công bố tiêu chuẩn kỹ thuật đối với tài liệu họp điện tử và giao thức đồng bộ dữ liệu",
            "hướng dẫn, kiểm tra việc bảo đảm an toàn thông tin mạng đối với Hệ thống",
        ],
    )
    blocks += _duty_article(
        23,
        "Bộ Công an",
        [
            "hướng dẫn bảo vệ bí mật nhà nước trên Hệ thống; thẩm định phương án bảo vệ tài liệu mật",
            "phát hiện, ngăn chặn, xử lý hành vi xâm nhập, tấn công Hệ thống",
        ],
    )
    blocks += _duty_article(
        24,
        "Bộ Tài chính",
        [
            "bố trí kinh phí đầu tư, vận hành Hệ thống trong dự toán ngân sách nhà nước hằng năm",
            "hướng dẫn định mức chi cho việc số hóa tài liệu và trang bị thiết bị đầu cuối",
        ],
    )
    blocks += _duty_article(
        25,
        "Bộ Nội vụ",
        [
            "hướng dẫn tiêu chí đánh giá kết quả cải cách hành chính gắn với việc sử dụng Hệ thống",
            "hướng dẫn lưu trữ tài liệu điện tử hình thành từ phiên họp",
        ],
    )
    blocks += _duty_article(
        26,
        "Bộ Tư pháp",
        [
            "hướng dẫn việc lấy ý kiến, tổng hợp ý kiến đối với dự thảo văn bản quy phạm pháp luật "
            "trên Hệ thống",
            "theo dõi tình hình thi hành pháp luật liên quan đến giao dịch điện tử trong cơ quan nhà "
            "nước",
        ],
    )
    blocks += _duty_article(
        27,
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        [
            "gửi tài liệu, hồ sơ trình đúng thời hạn, đúng định dạng",
            "cập nhật thông tin người dùng, đề nghị cấp, thu hồi tài khoản kịp thời",
        ],
    )
    blocks += _duty_article(
        28,
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        [
            "kết nối hệ thống phục vụ họp của địa phương với Hệ thống theo hướng dẫn",
            "áp dụng mô hình phiên họp không giấy tại Ủy ban nhân dân các cấp",
        ],
    )
    blocks += _chapter("VI", "ĐIỀU KHOẢN THI HÀNH")
    blocks += _article(
        29,
        "Điều khoản chuyển tiếp",
        "Các phiên họp đã được triệu tập trước ngày Nghị định này có hiệu lực tiếp tục được thực "
        "hiện theo hình thức đã triệu tập.",
        "Các hệ thống phục vụ họp hiện có của bộ, cơ quan, địa phương phải hoàn thành kết nối "
        "với Hệ thống trước ngày 31 tháng 12 năm 2027.",
    )
    blocks += _article(
        30,
        "Hiệu lực thi hành",
        "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2027.",
    )
    blocks += _article(
        31,
        "Trách nhiệm thi hành",
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch "
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá "
        "nhân có liên quan chịu trách nhiệm thi hành Nghị định này.",
    )
    chair = person("thutuong")
    blocks.append(
        Closing(
            "TM. CHÍNH PHỦ",
            chair.full_name,
            "THỦ TƯỚNG",
            (
                "Ban Bí thư Trung ương Đảng;",
                "Thủ tướng, các Phó Thủ tướng Chính phủ;",
                "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
                "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;",
                "Văn phòng Quốc hội;",
                "Lưu: VT, KSTT.",
            ),
        )
    )
    blocks += _decree_appendices()
    return DemoText(
        "NGHỊ ĐỊNH",
        f"Quy định về {DECREE_NAME}",
        "CHÍNH PHỦ",
        "Số:      /2026/NĐ-CP",
        blocks,
        subtitle="(Dự thảo lần 3)",
        date=None,
    )


_MODULES = (
    "lịch họp",
    "chương trình họp",
    "tài liệu họp",
    "ghi chú cá nhân",
    "góp ý dự thảo",
    "phiếu lấy ý kiến",
    "biểu quyết điện tử",
    "biên bản phiên họp",
    "nghị quyết phiên họp",
    "tài khoản người dùng",
    "nhật ký hệ thống",
    "báo cáo thống kê",
    "giấy mời họp",
    "đăng ký phát biểu",
    "hồ sơ trình",
    "kết luận phiên họp",
    "thông báo",
    "danh mục tài liệu",
)
_ACTIONS = (
    (
        "Tạo lập",
        "Tạo lập {m} trên máy chủ trung tâm; kiểm tra thể thức, gắn nhãn phân loại "
        "trước khi phát hành.",
        "Thư ký phiên họp",
    ),
    (
        "Cập nhật",
        "Cập nhật {m}, lưu giữ phiên bản trước và thông báo cho người dùng có liên quan.",
        "Thư ký phiên họp",
    ),
    (
        "Tra cứu",
        "Tìm kiếm, tra cứu {m} theo từ khóa, thời gian, cơ quan; kể cả khi thiết bị "
        "không kết nối mạng.",
        "Mọi người dùng",
    ),
    (
        "Phân quyền",
        "Giới hạn quyền xem, sửa đối với {m} theo vai trò và độ mật của tài liệu.",
        "Quản trị hệ thống",
    ),
    (
        "Đồng bộ",
        "Đồng bộ {m} hai chiều giữa thiết bị đầu cuối và máy chủ trung tâm, không "
        "làm mất dữ liệu khi xung đột.",
        "Hệ thống",
    ),
)


def _decree_appendices() -> list[Block]:
    """Appendices as real decrees carry them: a function list, a form, deadlines."""
    functions = tuple(
        (f"CN.{m + 1:02d}.{a + 1}", f"{action} {module}", text.format(m=module), who)
        for m, module in enumerate(_MODULES)
        for a, (action, text, who) in enumerate(_ACTIONS)
    )
    deadlines = tuple(
        (
            str(i + 1),
            name,
            "30/6/2027" if i % 3 else "31/3/2027",
            "Văn phòng" if i < len(MINISTRIES) else "Văn phòng UBND",
        )
        for i, name in enumerate([*MINISTRIES, *(f"UBND {p}" for p in PROVINCES)])
    )
    form = [
        "Tên vấn đề xin ý kiến: ..........................................................",
        "Cơ quan trình: ........................................ Số tờ trình: ...............",
        "Thời hạn trả lời: trước ..... giờ ..... ngày ..... tháng ..... năm ..........",
        "Ý kiến của thành viên Chính phủ (đánh dấu vào một ô):",
        "☐ Đồng ý      ☐ Đồng ý, có ý kiến khác      ☐ Không đồng ý",
        "Ý kiến khác (ghi theo từng điều, khoản của dự thảo): ..........................",
        "...............................................................................",
        "...............................................................................",
    ]
    return [
        PageBreakBlock(),
        Heading("Phụ lục I", "chapter", 0),
        Heading("DANH MỤC CHỨC NĂNG CƠ BẢN CỦA HỆ THỐNG", "chapter", None),
        Para("(Kèm theo Nghị định số      /2026/NĐ-CP của Chính phủ)", "subtitle"),
        Grid(
            ("Mã", "Chức năng", "Mô tả yêu cầu", "Người sử dụng"),
            functions,
            (0.11, 0.25, 0.44, 0.2),
            numeric_from=9,
        ),
        PageBreakBlock(),
        Heading("Phụ lục II", "chapter", 0),
        Heading("MẪU PHIẾU LẤY Ý KIẾN THÀNH VIÊN CHÍNH PHỦ", "chapter", None),
        Para("(Kèm theo Nghị định số      /2026/NĐ-CP của Chính phủ)", "subtitle"),
        *(Para(line, "body_left") for line in form),
        Closing("THÀNH VIÊN CHÍNH PHỦ", "(Ký số, ghi rõ họ tên)", recipients=()),
        PageBreakBlock(),
        Heading("Phụ lục III", "chapter", 0),
        Heading("THỜI HẠN KẾT NỐI HỆ THỐNG CỦA CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG", "chapter", None),
        Para("(Kèm theo Nghị định số      /2026/NĐ-CP của Chính phủ)", "subtitle"),
        Grid(
            ("STT", "Bộ, cơ quan, địa phương", "Thời hạn hoàn thành", "Đơn vị đầu mối"),
            deadlines,
            (0.08, 0.52, 0.2, 0.2),
            numeric_from=9,
        ),
        PageBreakBlock(),
        Heading("Phụ lục IV", "chapter", 0),
        Heading("YÊU CẦU KỸ THUẬT ĐỐI VỚI TÀI LIỆU HỌP ĐIỆN TỬ", "chapter", None),
        Para("(Kèm theo Nghị định số      /2026/NĐ-CP của Chính phủ)", "subtitle"),
        Grid(
            ("STT", "Nhóm yêu cầu", "Nội dung yêu cầu", "Mức áp dụng"),
            _requirements(),
            (0.08, 0.22, 0.5, 0.2),
            numeric_from=9,
        ),
        PageBreakBlock(),
        Heading("Phụ lục V", "chapter", 0),
        Heading("MẪU BIÊN BẢN PHIÊN HỌP TRÊN HỆ THỐNG", "chapter", None),
        Para("(Kèm theo Nghị định số      /2026/NĐ-CP của Chính phủ)", "subtitle"),
        *(Para(f"{label}: {'.' * (86 - len(label))}", "body_left") for label in _MINUTES_FORM),
        Closing("THƯ KÝ PHIÊN HỌP", "(Ký số, ghi rõ họ tên)", recipients=()),
    ]


_MINUTES_FORM = (
    "Tên phiên họp",
    "Thời gian bắt đầu",
    "Thời gian kết thúc",
    "Hình thức tổ chức",
    "Chủ tọa",
    "Thư ký",
    "Thành viên có mặt",
    "Thành viên vắng mặt (lý do)",
    "Đại biểu mời dự",
    "Nội dung 1",
    "Ý kiến phát biểu",
    "Kết quả biểu quyết",
    "Nội dung 2",
    "Ý kiến phát biểu",
    "Kết quả biểu quyết",
    "Kết luận của chủ tọa",
    "Số tài liệu đã phát hành",
    "Số ý kiến góp ý đã ghi nhận",
    "Ghi chú",
)


_REQUIREMENT_GROUPS = (
    (
        "Định dạng",
        (
            "Tệp PDF theo tiêu chuẩn ISO 32000; văn bản có lớp chữ tìm kiếm được",
            "Không chứa mã JavaScript, tệp đính kèm, liên kết khởi chạy chương trình",
            "Phông chữ được nhúng đầy đủ, hiển thị đúng tiếng Việt có dấu",
            "Kích thước trang A4; tài liệu bảng biểu khổ lớn được trình bày khổ A3",
        ),
    ),
    (
        "Dung lượng",
        (
            "Mỗi tệp không quá 200 MB và không quá 2.000 trang",
            "Hình ảnh được nén, độ phân giải không quá 300 dpi",
            "Tài liệu trên 500 trang phải có mục lục và đánh dấu trang",
        ),
    ),
    (
        "Siêu dữ liệu",
        (
            "Ghi tên tài liệu, cơ quan ban hành, số, ký hiệu, ngày ban hành",
            "Ghi độ mật và phạm vi lưu hành theo quy định",
            "Ghi phiên bản và mối liên hệ với phiên bản trước",
        ),
    ),
    (
        "An toàn",
        (
            "Tài liệu mật được mã hóa bằng thuật toán mật mã do Ban Cơ yếu Chính phủ "
            "cung cấp hoặc chấp thuận",
            "Bản sao xuất ra có dấu chìm ghi tên người nhận và thời điểm xuất",
            "Mọi lượt mở, xuất, in tài liệu được ghi nhật ký",
        ),
    ),
    (
        "Chữ ký số",
        (
            "Tờ trình, báo cáo thẩm định, dự thảo văn bản được ký số bởi người có thẩm quyền",
            "Chữ ký số được kiểm tra tại thời điểm tiếp nhận và lưu kết quả kiểm tra",
        ),
    ),
    (
        "Khả năng truy cập",
        (
            "Tài liệu mở được trên máy tính bảng, máy tính xách tay và máy tính để bàn",
            "Tài liệu đã đồng bộ đọc được khi không có kết nối mạng",
            "Thời gian hiển thị trang đầu tiên không quá 02 giây",
        ),
    ),
)


def _requirements() -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    for group, items in _REQUIREMENT_GROUPS:
        for index, item in enumerate(items):
            level = "Bắt buộc" if index % 3 != 2 else "Khuyến nghị"
            rows.append((str(len(rows) + 1), group, f"{item}.", level))
    return tuple(rows)


# --------------------------------------------------------------------------- proposal


def proposal() -> DemoText:
    minister = person("bt.tttt")
    blocks: list[Block] = [
        Para("Kính gửi: Chính phủ.", "h1"),
        Para(
            "Thực hiện Chương trình công tác năm 2026 của Chính phủ, Bộ Thông tin và Truyền "
            "thông đã chủ trì, phối hợp với Văn phòng Chính phủ và các cơ quan liên quan xây "
            f"dựng dự thảo Nghị định quy định về {DECREE_NAME}. Bộ Thông tin và Truyền thông "
            "kính trình Chính phủ dự thảo Nghị định như sau:"
        ),
        Heading("I. SỰ CẦN THIẾT BAN HÀNH NGHỊ ĐỊNH"),
        Para(
            "Trong những năm qua, việc xây dựng Chính phủ điện tử đã đạt nhiều kết quả quan "
            "trọng. Cả nước đã cung cấp gần 50.000 dịch vụ công trực tuyến mức độ 3, 4; 28/29 "
            "bộ, cơ quan và 63/63 địa phương đã kết nối, liên thông phần mềm quản lý văn bản "
            "với Văn phòng Chính phủ. Tuy nhiên, việc tổ chức phiên họp và xử lý hồ sơ công việc "
            "của Chính phủ vẫn sử dụng nhiều tài liệu giấy, thời gian chuẩn bị dài, chi phí in "
            "ấn, vận chuyển lớn."
        ),
        Para(
            "Đề án thiết lập Hệ thống thông tin Chính phủ phi giấy tờ đã được triển khai thí "
            "điểm, bước đầu rút ngắn thời gian họp, giảm giấy tờ hành chính, công khai quá "
            "trình tiếp thu ý kiến và nâng cao trách nhiệm giải trình của cơ quan soạn thảo. "
            "Tuy nhiên, đến nay chưa có văn bản quy phạm pháp luật quy định đầy đủ về giá trị "
            "pháp lý của phiên họp không giấy, biểu quyết điện tử và trách nhiệm của các cơ "
            "quan liên quan."
        ),
        Heading("II. MỤC ĐÍCH, QUAN ĐIỂM XÂY DỰNG"),
        *_numbered(
            [
                "Tạo hành lang pháp lý đầy đủ cho việc tổ chức phiên họp và xử lý công việc của "
                "Chính phủ trên môi trường điện tử.",
                "Kế thừa kết quả thí điểm, bảo đảm tính khả thi, phù hợp với điều kiện hạ tầng hiện "
                "có của các bộ, ngành, địa phương.",
                "Bảo đảm an toàn thông tin, bảo vệ bí mật nhà nước; không làm phát sinh thủ tục hành "
                "chính mới.",
            ]
        ),
        Heading("III. QUÁ TRÌNH XÂY DỰNG DỰ THẢO"),
        Para(
            "Bộ Thông tin và Truyền thông đã thành lập Ban soạn thảo, Tổ biên tập; tổ chức 04 "
            "hội thảo, tọa đàm; đăng tải dự thảo trên Cổng thông tin điện tử của Chính phủ và "
            "của Bộ trong 60 ngày; gửi lấy ý kiến 18 bộ, cơ quan ngang bộ và 34 địa phương. "
            "Đã nhận được 47 văn bản góp ý, cơ bản tán thành với sự cần thiết ban hành và nội "
            "dung dự thảo. Bộ Tư pháp đã thẩm định tại Báo cáo thẩm định số 215/BCTĐ-BTP."
        ),
        Heading("IV. BỐ CỤC VÀ NỘI DUNG CƠ BẢN"),
        Para("Dự thảo Nghị định gồm 06 chương, 31 điều:"),
        Grid(
            ("Chương", "Nội dung", "Số điều"),
            (
                ("I", "Quy định chung", "5"),
                ("II", "Tổ chức phiên họp trên Hệ thống", "9"),
                ("III", "Xử lý công việc trên môi trường điện tử", "3"),
                ("IV", "Bảo đảm an toàn thông tin và điều kiện vận hành", "3"),
                ("V", "Trách nhiệm của các cơ quan", "8"),
                ("VI", "Điều khoản thi hành", "3"),
            ),
            (0.12, 0.7, 0.18),
            "Bảng 1. Bố cục dự thảo Nghị định",
            numeric_from=2,
        ),
        Heading("V. NHỮNG VẤN ĐỀ XIN Ý KIẾN CHÍNH PHỦ"),
        *_numbered(
            [
                "Quy định phiên họp không giấy có giá trị pháp lý như phiên họp sử dụng tài liệu "
                "giấy (Điều 4): đa số ý kiến tán thành; Bộ Tư pháp đề nghị làm rõ thêm căn cứ pháp "
                "lý tại Luật Giao dịch điện tử.",
                "Cơ chế coi như đồng ý khi thành viên Chính phủ không trả lời phiếu lấy ý kiến đúng "
                "hạn (Điều 12): có ý kiến đề nghị bỏ quy định này; Bộ Thông tin và Truyền thông đề "
                "nghị giữ như dự thảo để phù hợp với Quy chế làm việc của Chính phủ.",
                "Thời hạn hoàn thành kết nối các hệ thống hiện có (Điều 29): đề xuất ngày 31 tháng "
                "12 năm 2027.",
            ]
        ),
        Para("Bộ Thông tin và Truyền thông kính trình Chính phủ xem xét, quyết định./."),
        Closing(
            "BỘ TRƯỞNG",
            minister.full_name,
            recipients=(
                "Như trên;",
                "Thủ tướng Chính phủ (để b/c);",
                "Văn phòng Chính phủ;",
                "Bộ Tư pháp;",
                "Lưu: VT, PC.",
            ),
        ),
    ]
    return DemoText(
        "TỜ TRÌNH",
        f"Về dự thảo Nghị định quy định về {DECREE_NAME}",
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số: 286/TTr-BTTTT",
        blocks,
    )


# --------------------------------------------------------------------------- appraisal


def appraisal() -> DemoText:
    minister = person("bt.tuphap")
    blocks: list[Block] = [
        Para("Kính gửi: Bộ Thông tin và Truyền thông.", "h1"),
        Para(
            "Ngày 02 tháng 11 năm 2026, Bộ Tư pháp nhận được Công văn số 4102/BTTTT-PC của Bộ "
            f"Thông tin và Truyền thông đề nghị thẩm định dự thảo Nghị định quy định về "
            f"{DECREE_NAME}. Trên cơ sở hồ sơ và ý kiến của Hội đồng thẩm định, Bộ Tư pháp có "
            "ý kiến thẩm định như sau:"
        ),
        Heading("I. SỰ CẦN THIẾT BAN HÀNH; ĐỐI TƯỢNG, PHẠM VI ĐIỀU CHỈNH"),
        Para(
            "Bộ Tư pháp cơ bản thống nhất với sự cần thiết ban hành Nghị định như nêu tại Tờ "
            "trình. Phạm vi điều chỉnh và đối tượng áp dụng cơ bản phù hợp; tuy nhiên đề nghị "
            "làm rõ việc áp dụng đối với cuộc họp của Thủ tướng Chính phủ với các địa phương."
        ),
        Heading("II. SỰ PHÙ HỢP CỦA DỰ THẢO VỚI ĐƯỜNG LỐI, CHỦ TRƯƠNG CỦA ĐẢNG"),
        Para(
            "Dự thảo Nghị định phù hợp với chủ trương đẩy mạnh chuyển đổi số quốc gia, xây dựng "
            "Chính phủ số, cải cách thủ tục hành chính và hiện đại hóa nền hành chính."
        ),
        Heading("III. TÍNH HỢP HIẾN, HỢP PHÁP VÀ TÍNH THỐNG NHẤT"),
        *_numbered(
            [
                "Về giá trị pháp lý của phiên họp không giấy (Điều 4): đề nghị viện dẫn quy định về "
                "giá trị pháp lý của thông điệp dữ liệu tại Luật Giao dịch điện tử năm 2023 thay vì "
                "quy định mới.",
                "Về cơ chế coi như đồng ý (khoản 2 Điều 12): quy định này phù hợp với Quy chế làm "
                "việc của Chính phủ; đề nghị bổ sung trường hợp thành viên Chính phủ vắng mặt có lý "
                "do chính đáng.",
                "Về biểu quyết kín (khoản 3 Điều 13): đề nghị quy định rõ cơ quan chịu trách nhiệm "
                "kiểm tra, giám sát việc bảo đảm tính bí mật của phiếu biểu quyết.",
                "Về trách nhiệm của các cơ quan (Chương V): một số nội dung trùng lặp giữa các điều, "
                "đề nghị rà soát, quy định gọn hơn.",
            ]
        ),
        Heading("IV. NGÔN NGỮ, KỸ THUẬT SOẠN THẢO"),
        Para(
            'Đề nghị rà soát cách viết "Hệ thống" và "hệ thống" bảo đảm thống nhất; trình '
            "bày các điểm theo thứ tự a, b, c, d, đ theo quy định của Nghị định số "
            "30/2020/NĐ-CP về công tác văn thư."
        ),
        Heading("V. KẾT LUẬN"),
        Para(
            "Hồ sơ dự thảo Nghị định đủ điều kiện trình Chính phủ sau khi cơ quan chủ trì soạn "
            "thảo nghiên cứu, tiếp thu, giải trình các ý kiến thẩm định nêu trên."
        ),
        Closing(
            "BỘ TRƯỞNG",
            minister.full_name,
            recipients=("Như trên;", "Văn phòng Chính phủ;", "Lưu: VT, Vụ PLHSHC."),
        ),
    ]
    return DemoText(
        "BÁO CÁO THẨM ĐỊNH",
        f"Dự thảo Nghị định quy định về {DECREE_NAME}",
        "BỘ TƯ PHÁP",
        "Số: 215/BCTĐ-BTP",
        blocks,
    )


# --------------------------------------------------------------------------- reports


def _vn(value: float, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _province_rows() -> tuple[tuple[str, ...], ...]:
    """Fictional but stable figures: a fixed formula, no randomness to drift."""
    return tuple(
        (
            name,
            _vn(5.2 + (i * 37 % 50) / 10),
            _vn(82 + (i * 13 % 30)),
            _vn(48 + (i * 29 % 45)),
            _vn(300 + i * 211 % 9000, 0),
        )
        for i, name in enumerate(PROVINCES)
    )


def _province_digital_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(
        (name, _vn(640 + (i * 53 % 900), 0), _vn(31 + (i * 17 % 55)), _vn(22 + (i * 23 % 60)))
        for i, name in enumerate(PROVINCES)
    )


def _disbursement_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            name,
            _vn(4_000 + i * 2_750 % 40_000, 0),
            _vn((4_000 + i * 2_750 % 40_000) * (0.42 + (i * 7 % 40) / 100), 0),
            _vn(42 + (i * 7 % 40)),
        )
        for i, name in enumerate(MINISTRIES)
    )


def socio_economic() -> DemoText:
    minister = person("bt.kehoach")
    sectors = (
        ("Tốc độ tăng tổng sản phẩm trong nước (GDP) ước cả năm", "%", "6,8", "7,0", "+0,2"),
        ("Chỉ số giá tiêu dùng (CPI) bình quân 11 tháng", "%", "3,6", "3,4", "-0,2"),
        ("Chỉ số sản xuất công nghiệp (IIP) tháng 11", "%", "8,1", "9,2", "+1,1"),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
            "nghìn tỷ đồng",
            "5.610",
            "6.084",
            "+8,4",
        ),
        ("Kim ngạch xuất khẩu 11 tháng", "tỷ USD", "354,7", "391,2", "+10,3"),
        ("Kim ngạch nhập khẩu 11 tháng", "tỷ USD", "332,1", "366,8", "+10,4"),
        ("Vốn FDI thực hiện 11 tháng", "tỷ USD", "21,7", "23,6", "+8,8"),
        ("Khách quốc tế đến Việt Nam 11 tháng", "triệu lượt", "15,8", "19,1", "+20,9"),
        ("Số doanh nghiệp thành lập mới 11 tháng", "nghìn doanh nghiệp", "146,2", "158,9", "+8,7"),
        ("Tỷ lệ thất nghiệp khu vực thành thị", "%", "2,6", "2,4", "-0,2"),
    )
    months = ("Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11")
    iip = ("7,4", "8,0", "8,6", "7,9", "8,8", "9,2")
    cpi = ("3,1", "3,3", "3,5", "3,4", "3,2", "3,0")
    exports = ("34,6", "36,2", "37,0", "35,8", "37,9", "38,4")
    blocks: list[Block] = [
        Heading("I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 VÀ 11 THÁNG"),
        Para(
            "Trong bối cảnh kinh tế thế giới tiếp tục diễn biến phức tạp, nhu cầu tiêu dùng và "
            "đầu tư toàn cầu phục hồi chậm, dưới sự lãnh đạo của Đảng, sự chỉ đạo quyết liệt của "
            "Chính phủ, Thủ tướng Chính phủ, sự vào cuộc của cả hệ thống chính trị, tình hình "
            "kinh tế - xã hội tháng 11 tiếp tục chuyển biến tích cực; kinh tế vĩ mô ổn định, "
            "lạm phát được kiểm soát, các cân đối lớn được bảo đảm."
        ),
        Heading("1. Các chỉ tiêu chủ yếu", "h2", 1),
        Grid(
            ("Chỉ tiêu", "Đơn vị", "Cùng kỳ 2025", "Ước 2026", "Tăng/giảm (%)"),
            sectors,
            (0.46, 0.16, 0.13, 0.12, 0.13),
            "Bảng 1. Một số chỉ tiêu kinh tế vĩ mô",
            2,
        ),
        Heading("2. Sản xuất công nghiệp và xuất khẩu", "h2", 1),
        Para(
            "Sản xuất công nghiệp tiếp tục tăng trưởng khá, chỉ số sản xuất toàn ngành tháng 11 "
            "tăng 9,2% so với cùng kỳ; trong đó ngành chế biến, chế tạo tăng 10,1%, sản xuất và "
            "phân phối điện tăng 8,3%. Xuất khẩu duy trì đà tăng, cán cân thương mại xuất siêu "
            "ước 24,4 tỷ USD."
        ),
        Grid(
            ("Tháng", "IIP (% so cùng kỳ)", "CPI (% so cùng kỳ)", "Xuất khẩu (tỷ USD)"),
            tuple(zip(months, iip, cpi, exports, strict=True)),
            (0.25, 0.25, 0.25, 0.25),
            "Bảng 2. Diễn biến một số chỉ tiêu theo tháng",
        ),
        Heading("3. Thu hút đầu tư và phát triển doanh nghiệp", "h2", 1),
        Para(
            "Tổng vốn đầu tư toàn xã hội 11 tháng ước tăng 7,6% so với cùng kỳ. Giải ngân vốn "
            "đầu tư công đạt 68,5% kế hoạch, cao hơn cùng kỳ năm trước nhưng vẫn chưa đạt yêu "
            "cầu; còn 12 bộ, cơ quan trung ương và 9 địa phương có tỷ lệ giải ngân dưới 50%."
        ),
        Heading("4. Văn hóa, xã hội", "h2", 1),
        Para(
            "Công tác an sinh xã hội được bảo đảm; đã hỗ trợ kịp thời người dân bị ảnh hưởng "
            "bởi bão, lũ tại các tỉnh miền Trung. Thị trường lao động phục hồi, thu nhập bình "
            "quân của người lao động quý III đạt 8,1 triệu đồng/tháng, tăng 7,4% so với cùng kỳ."
        ),
        Grid(
            (
                "Tỉnh, thành phố",
                "GRDP ước 2026 (%)",
                "Thu NSNN (% dự toán)",
                "Giải ngân vốn ĐTC (%)",
                "DN thành lập mới",
            ),
            _province_rows(),
            (0.36, 0.16, 0.16, 0.16, 0.16),
            "Bảng 3. Một số chỉ tiêu của các địa phương",
        ),
        Heading("II. KHÓ KHĂN, HẠN CHẾ"),
        *_numbered(
            [
                "Giải ngân vốn đầu tư công còn chậm, nhiều dự án trọng điểm vướng mắc về giải phóng "
                "mặt bằng và nguồn vật liệu.",
                "Sức mua trong nước phục hồi chưa đồng đều; một bộ phận doanh nghiệp nhỏ và vừa còn "
                "khó khăn về đơn hàng, tiếp cận tín dụng.",
                "Thiên tai diễn biến bất thường, gây thiệt hại lớn về người và tài sản.",
            ]
        ),
        Heading("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 12"),
        *_numbered(
            [
                "Tiếp tục ưu tiên thúc đẩy tăng trưởng gắn với giữ vững ổn định kinh tế vĩ mô, kiểm "
                "soát lạm phát, bảo đảm các cân đối lớn.",
                "Quyết liệt đẩy mạnh giải ngân vốn đầu tư công; xử lý dứt điểm các vướng mắc về đất "
                "đai, giải phóng mặt bằng.",
                "Bảo đảm cung ứng hàng hóa thiết yếu dịp cuối năm và Tết Nguyên đán; chăm lo đời sống "
                "người dân vùng bị thiên tai.",
                "Đẩy mạnh chuyển đổi số, cải cách thủ tục hành chính, cải thiện môi trường kinh "
                "doanh.",
            ]
        ),
        Closing(
            "BỘ TRƯỞNG",
            minister.full_name,
            recipients=(
                "Thủ tướng, các Phó Thủ tướng Chính phủ;",
                "Các thành viên Chính phủ;",
                "Văn phòng Chính phủ;",
                "Lưu: VT, TH.",
            ),
        ),
    ]
    return DemoText(
        "BÁO CÁO",
        "Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2026",
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Số: 9124/BC-BKHĐT",
        blocks,
    )


def budget() -> DemoText:
    minister = person("bt.taichinh")
    revenue = (
        ("Tổng thu ngân sách nhà nước", "2.026.500", "1.874.310", "92,5", "108,1"),
        ("Thu nội địa", "1.688.400", "1.552.060", "91,9", "107,4"),
        ("Thu từ dầu thô", "48.300", "51.220", "106,0", "96,2"),
        ("Thu cân đối từ hoạt động xuất nhập khẩu", "282.800", "264.930", "93,7", "112,6"),
        ("Thu viện trợ", "7.000", "6.100", "87,1", "101,8"),
    )
    spending = (
        ("Tổng chi ngân sách nhà nước", "2.497.800", "1.925.420", "77,1", "110,2"),
        ("Chi đầu tư phát triển", "790.700", "512.340", "64,8", "118,3"),
        ("Chi trả nợ lãi", "115.000", "98.760", "85,9", "102,1"),
        ("Chi thường xuyên", "1.512.600", "1.314.320", "86,9", "106,5"),
        ("Chi cải cách tiền lương", "79.500", "—", "—", "—"),
    )
    blocks: list[Block] = [
        Heading("I. TÌNH HÌNH THU NGÂN SÁCH NHÀ NƯỚC"),
        Para(
            "Tổng thu ngân sách nhà nước 11 tháng ước đạt 1.874.310 tỷ đồng, bằng 92,5% dự "
            "toán, tăng 8,1% so với cùng kỳ năm 2025. Thu nội địa tăng ở hầu hết các khoản thu "
            "chủ yếu; thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 94,2% dự toán."
        ),
        Grid(
            ("Chỉ tiêu", "Dự toán 2026", "Ước 11 tháng", "So dự toán (%)", "So cùng kỳ (%)"),
            revenue,
            (0.4, 0.15, 0.15, 0.15, 0.15),
            "Bảng 1. Thu ngân sách nhà nước (đơn vị: tỷ đồng)",
        ),
        Heading("II. TÌNH HÌNH CHI NGÂN SÁCH NHÀ NƯỚC"),
        Para(
            "Tổng chi ngân sách nhà nước 11 tháng ước đạt 1.925.420 tỷ đồng, bằng 77,1% dự "
            "toán. Các nhiệm vụ chi an sinh xã hội, quốc phòng, an ninh và trả nợ đến hạn được "
            "bảo đảm đầy đủ, kịp thời."
        ),
        Grid(
            ("Chỉ tiêu", "Dự toán 2026", "Ước 11 tháng", "So dự toán (%)", "So cùng kỳ (%)"),
            spending,
            (0.4, 0.15, 0.15, 0.15, 0.15),
            "Bảng 2. Chi ngân sách nhà nước (đơn vị: tỷ đồng)",
        ),
        Grid(
            ("Bộ, cơ quan", "Kế hoạch vốn (tỷ đồng)", "Đã giải ngân (tỷ đồng)", "Tỷ lệ (%)"),
            _disbursement_rows(),
            (0.46, 0.18, 0.18, 0.18),
            "Bảng 3. Giải ngân vốn đầu tư công của một số bộ, cơ quan",
        ),
        Heading("III. BỘI CHI VÀ NỢ CÔNG"),
        Para(
            "Bội chi ngân sách nhà nước 11 tháng ước 51.110 tỷ đồng, trong phạm vi dự toán "
            "Quốc hội quyết định. Nợ công đến cuối năm ước khoảng 36% GDP, nợ Chính phủ khoảng "
            "33% GDP, nợ nước ngoài của quốc gia khoảng 32% GDP, trong giới hạn cho phép."
        ),
        Heading("IV. KIẾN NGHỊ"),
        *_numbered(
            [
                "Các bộ, cơ quan trung ương và địa phương đẩy nhanh tiến độ giải ngân vốn đầu tư "
                "công, thực hiện nghiêm việc điều chuyển vốn từ dự án chậm giải ngân.",
                "Tăng cường chống thất thu, xử lý nợ đọng thuế; đẩy mạnh hóa đơn điện tử khởi tạo từ "
                "máy tính tiền trong lĩnh vực bán lẻ.",
                "Triệt để tiết kiệm chi thường xuyên, cắt giảm các khoản chi chưa thực sự cần thiết.",
            ]
        ),
        Closing(
            "BỘ TRƯỞNG",
            minister.full_name,
            recipients=(
                "Thủ tướng Chính phủ (để b/c);",
                "Các thành viên Chính phủ;",
                "Lưu: VT, NSNN.",
            ),
        ),
    ]
    return DemoText(
        "BÁO CÁO",
        "Tình hình thực hiện dự toán ngân sách nhà nước 11 tháng năm 2026",
        "BỘ TÀI CHÍNH",
        "Số: 1187/BC-BTC",
        blocks,
    )


def digital() -> DemoText:
    minister = person("bt.tttt")
    ministries = tuple(
        (name, f"{120 + 17 * i}", f"{96 + 13 * i}", f"{41 + (i * 7) % 50},{i % 10}")
        for i, name in enumerate(MINISTRIES[:12])
    )
    blocks: list[Block] = [
        Heading("I. KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN"),
        Para(
            "Đến hết tháng 11, cả nước đang cung cấp 4.512 dịch vụ công trực tuyến toàn trình "
            "trên Cổng dịch vụ công quốc gia. Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt "
            "52,7%, tăng 9,3 điểm phần trăm so với cùng kỳ. Hệ thống tiếp nhận, trả lời phản "
            "ánh, kiến nghị đã tiếp nhận 12.480 phản ánh, trả lời 11.902, đạt tỷ lệ 95,4%."
        ),
        Para(
            "Số liệu thống kê cho thấy số dịch vụ do địa phương cung cấp chiếm đa số; tại bộ, "
            "ngành, tỷ lệ dịch vụ có phát sinh hồ sơ trực tuyến tăng rõ rệt so với quý trước, "
            "trong khi tại một số địa phương tỷ lệ này còn thấp, dịch vụ cung cấp chưa thiết "
            "thực với người dân, doanh nghiệp. Danh mục chi tiết tại Phụ lục kèm theo."
        ),
        Grid(
            (
                "Bộ, cơ quan",
                "Dịch vụ trực tuyến",
                "Có phát sinh hồ sơ",
                "Tỷ lệ hồ sơ trực tuyến (%)",
            ),
            ministries,
            (0.46, 0.18, 0.18, 0.18),
            "Bảng 1. Dịch vụ công trực tuyến tại một số bộ, cơ quan",
        ),
        Grid(
            (
                "Tỉnh, thành phố",
                "Dịch vụ toàn trình",
                "Hồ sơ trực tuyến (%)",
                "Thanh toán trực tuyến (%)",
            ),
            _province_digital_rows(),
            (0.4, 0.2, 0.2, 0.2),
            "Bảng 2. Dịch vụ công trực tuyến tại các địa phương",
        ),
        Heading("II. NỀN TẢNG CHÍNH PHỦ ĐIỆN TỬ"),
        *_numbered(
            [
                "Kiến trúc Chính phủ điện tử: 100% bộ, ngành, địa phương đã ban hành kiến trúc Chính "
                "phủ điện tử, chính quyền điện tử phiên bản 3.0.",
                "Văn bản điện tử: 29/29 bộ, cơ quan và 34/34 địa phương gửi, nhận văn bản điện tử "
                "qua Trục liên thông văn bản quốc gia; tỷ lệ văn bản điện tử đạt 96%.",
                "Hệ thống thông tin Chính phủ phi giấy tờ: đã phục vụ 14 phiên họp Chính phủ và 1.236 "
                "phiếu lấy ý kiến thành viên Chính phủ, tiết kiệm khoảng 2,1 triệu trang tài liệu.",
            ]
        ),
        Heading("III. ĐỀ XUẤT"),
        Para(
            "Đề nghị Chính phủ chỉ đạo các bộ, ngành, địa phương rà soát, cắt giảm các dịch vụ "
            "không phát sinh hồ sơ, tập trung tái cấu trúc quy trình để cung cấp dịch vụ công "
            "toàn trình thiết thực với người dân, doanh nghiệp."
        ),
        Closing("BỘ TRƯỞNG", minister.full_name),
    ]
    return DemoText(
        "BÁO CÁO",
        "Tình hình chuyển đổi số và xây dựng Chính phủ điện tử tháng 11 năm 2026",
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số: 512/BC-BTTTT",
        blocks,
    )


def admin_reform() -> DemoText:
    minister = person("bt.noivu")
    rows = tuple(
        (str(i + 1), name, f"{88 + (i * 3) % 11},{(i * 7) % 10}", f"{(i * 5) % 9 + 1}")
        for i, name in enumerate(MINISTRIES[:14])
    )
    blocks: list[Block] = [
        Heading("I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH THÁNG 11"),
        Para(
            "Công tác cải cách hành chính tiếp tục được các bộ, ngành, địa phương quan tâm chỉ "
            "đạo. Trong tháng, đã cắt giảm, đơn giản hóa 214 thủ tục hành chính và 38 điều kiện "
            "kinh doanh; công bố 1.026 thủ tục hành chính được thực hiện trực tuyến toàn trình."
        ),
        Heading("1. Cải cách thể chế", "h2", 1),
        Para(
            "Các bộ, cơ quan ngang bộ đã trình 19 văn bản quy phạm pháp luật, ban hành theo thẩm "
            "quyền 47 thông tư; rà soát, kiến nghị sửa đổi 126 văn bản không còn phù hợp."
        ),
        Heading("2. Cải cách tổ chức bộ máy", "h2", 1),
        Para(
            "Tiếp tục sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; giảm 312 "
            "đầu mối đơn vị sự nghiệp công lập và 1.840 biên chế công chức so với năm 2025."
        ),
        Grid(
            ("STT", "Bộ, cơ quan", "Chỉ số CCHC (điểm)", "Xếp hạng nhóm"),
            rows,
            (0.08, 0.56, 0.18, 0.18),
            "Bảng 1. Kết quả tự đánh giá chỉ số cải cách hành chính",
            2,
        ),
        Heading("II. NHIỆM VỤ THỜI GIAN TỚI"),
        *_numbered(
            [
                "Đẩy mạnh phân cấp, phân quyền; hoàn thiện thể chế về tổ chức chính quyền địa phương "
                "hai cấp.",
                "Tiếp tục cắt giảm thủ tục hành chính, số hóa hồ sơ, kết quả giải quyết thủ tục hành "
                "chính.",
                "Đánh giá sự hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành "
                "chính nhà nước năm 2026.",
            ]
        ),
        Closing("BỘ TRƯỞNG", minister.full_name),
    ]
    return DemoText(
        "BÁO CÁO",
        "Công tác cải cách hành chính tháng 11 năm 2026",
        "BỘ NỘI VỤ",
        "Số: 6630/BC-BNV",
        blocks,
    )


def education() -> DemoText:
    minister = person("bt.giaoduc")
    levels = (
        ("Mầm non", "5.412.300", "98,6", "412.500"),
        ("Tiểu học", "8.902.100", "99,8", "412.900"),
        ("Trung học cơ sở", "6.734.800", "97,1", "318.200"),
        ("Trung học phổ thông", "2.986.400", "79,5", "157.600"),
        ("Giáo dục nghề nghiệp - GDTX", "812.500", "—", "38.400"),
    )
    blocks: list[Block] = [
        Heading("I. TÌNH HÌNH TRIỂN KHAI NĂM HỌC 2026 - 2027"),
        Para(
            "Năm học 2026 - 2027 là năm học tiếp tục thực hiện Chương trình giáo dục phổ thông "
            "2018 ở tất cả các lớp, các cấp học. Các địa phương đã chủ động chuẩn bị cơ sở vật "
            "chất, đội ngũ giáo viên; khai giảng năm học mới đúng kế hoạch, an toàn."
        ),
        Grid(
            ("Cấp học", "Số học sinh", "Tỷ lệ huy động (%)", "Số giáo viên"),
            levels,
            (0.34, 0.22, 0.22, 0.22),
            "Bảng 1. Quy mô học sinh, giáo viên đầu năm học",
            1,
        ),
        Heading("II. KHÓ KHĂN, VƯỚNG MẮC"),
        *_numbered(
            [
                "Thiếu khoảng 102.000 giáo viên, tập trung ở cấp mầm non, tiểu học và các môn học "
                "mới như Tin học, Nghệ thuật.",
                "Cơ sở vật chất tại vùng khó khăn, vùng bị ảnh hưởng bởi thiên tai còn thiếu thốn; "
                "nhiều điểm trường bị hư hỏng sau bão, lũ.",
                "Chuyển đổi số trong giáo dục chưa đồng đều giữa các vùng, miền.",
            ]
        ),
        Heading("III. KIẾN NGHỊ"),
        Para(
            "Đề nghị Chính phủ cho phép các địa phương tuyển dụng đủ số giáo viên trong biên chế "
            "được giao; bố trí nguồn lực khắc phục hậu quả thiên tai đối với cơ sở giáo dục."
        ),
        Closing("BỘ TRƯỞNG", minister.full_name),
    ]
    return DemoText(
        "BÁO CÁO",
        "Tình hình triển khai nhiệm vụ năm học 2026 - 2027",
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 3318/BC-BGDĐT",
        blocks,
    )


def resolution() -> DemoText:
    chair = person("thutuong")
    blocks: list[Block] = [
        Para("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "quote"),
        Para(
            "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành "
            "Quy chế làm việc của Chính phủ;",
            "quote",
        ),
        Para(
            "Trên cơ sở thảo luận của các thành viên Chính phủ và kết luận của chủ tọa tại phiên "
            f"họp Chính phủ thường kỳ tháng 11 năm 2026, tổ chức ngày {DEMO_MEETING.starts_at:%d}"
            " tháng 12 năm 2026,",
            "quote",
        ),
        Para("QUYẾT NGHỊ:", "title"),
        Heading("1. Về tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2026", "h2", 0),
        Para(
            "Chính phủ thống nhất đánh giá tình hình kinh tế - xã hội tháng 11 tiếp tục chuyển "
            "biến tích cực. Các bộ, cơ quan, địa phương tập trung thực hiện quyết liệt các nhiệm "
            "vụ, giải pháp để hoàn thành toàn diện các mục tiêu năm 2026; giao Bộ Tài chính chủ "
            "trì điều hành ngân sách chặt chẽ, bảo đảm nguồn chi cải cách tiền lương."
        ),
        Heading("2. Về chuyển đổi số và cải cách hành chính", "h2", 0),
        Para(
            "Giao Bộ Thông tin và Truyền thông, Bộ Nội vụ, Văn phòng Chính phủ theo chức năng, "
            "nhiệm vụ được giao đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, cắt giảm "
            "thủ tục hành chính, báo cáo kết quả tại phiên họp tháng 12."
        ),
        Heading("3. Về dự thảo Nghị định quy định về Hệ thống thông tin phục vụ họp", "h2", 0),
        Para(
            "Chính phủ thống nhất thông qua dự thảo Nghị định. Giao Bộ Thông tin và Truyền "
            "thông chủ trì, phối hợp với Bộ Tư pháp, Văn phòng Chính phủ tiếp thu tối đa ý kiến "
            "thành viên Chính phủ, hoàn thiện dự thảo, trình Thủ tướng Chính phủ ký ban hành "
            "trước ngày 20 tháng 12 năm 2026."
        ),
        Heading("4. Về giáo dục và đào tạo", "h2", 0),
        Para(
            "Giao Bộ Giáo dục và Đào tạo phối hợp với Bộ Nội vụ, các địa phương giải quyết tình "
            "trạng thiếu giáo viên; Bộ Tài chính bố trí kinh phí khắc phục hậu quả thiên tai đối "
            "với cơ sở giáo dục."
        ),
        Closing(
            "TM. CHÍNH PHỦ",
            chair.full_name,
            "THỦ TƯỚNG",
            (
                "Ban Bí thư Trung ương Đảng;",
                "Các thành viên Chính phủ;",
                "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
                "Lưu: VT, TH.",
            ),
        ),
    ]
    return DemoText(
        "NGHỊ QUYẾT",
        "Phiên họp Chính phủ thường kỳ tháng 11 năm 2026",
        "CHÍNH PHỦ",
        "Số:      /NQ-CP",
        blocks,
        subtitle="(Dự thảo)",
        date=None,
    )


DEMO_TEXTS = {
    "du-thao-nghi-dinh": decree,
    "to-trinh": proposal,
    "bao-cao-tham-dinh": appraisal,
    "bao-cao-ktxh": socio_economic,
    "bao-cao-ngan-sach": budget,
    "bao-cao-chuyen-doi-so": digital,
    "bao-cao-cai-cach-hanh-chinh": admin_reform,
    "bao-cao-giao-duc": education,
    "du-thao-nghi-quyet": resolution,
}
