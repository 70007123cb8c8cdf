<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Họp không giấy</translation>
    </message>
    <message>
        <source>none yet (not signed in)</source>
        <translation>chưa có (chưa đăng nhập)</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Meeting server</source>
        <translation>Máy chủ phòng họp</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Xây dựng trên</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda being prepared</source>
        <translation>Chương trình đang chuẩn bị</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <source>Total %1 h %2 min</source>
        <translation>Tổng %1 giờ %2 phút</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>dự kiến kết thúc %1</translation>
    </message>
</context>
<context>
    <name>AgendaBuilderModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
</context>
<context>
    <name>AgendaClockModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Cơ quan trình bày</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã dùng</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Sửa mục chương trình</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Thêm mục chương trình</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Xóa mục chương trình</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Chuyển mục chương trình</translation>
    </message>
</context>
<context>
    <name>AgendaDropTree</name>
    <message>
        <source>Agenda items: drop documents here</source>
        <translation>Các mục chương trình: thả tài liệu vào đây</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Documents of the agenda item</source>
        <translation>Tài liệu của mục chương trình</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Phút</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <source>Amendments held back from participants</source>
        <translation>Các điều chỉnh chưa gửi tới người dự họp</translation>
    </message>
    <message>
        <source>Publish amendments</source>
        <translation>Phát hành các điều chỉnh</translation>
    </message>
    <message>
        <source>Discard amendments</source>
        <translation>Hủy các điều chỉnh</translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) held back from participants until you publish them</source>
        <translation>
            <numerusform>%n điều chỉnh chưa gửi tới người dự họp cho tới khi bạn phát hành</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish these amendments? Every participant receives them at once, with a notice of what changed.</source>
        <translation>Phát hành các điều chỉnh này? Mọi người dự họp nhận ngay, kèm thông báo những gì đã thay đổi.</translation>
    </message>
    <message>
        <source>Discard these amendments? The meeting goes back to what participants have; added items and documents are removed.</source>
        <translation>Hủy các điều chỉnh này? Cuộc họp trở lại như người dự họp đang có; các mục và tài liệu mới thêm bị gỡ bỏ.</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Điều chỉnh</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add mark</source>
        <translation>Thêm đánh dấu</translation>
    </message>
    <message>
        <source>Erase mark</source>
        <translation>Xoá đánh dấu</translation>
    </message>
</context>
<context>
    <name>AnnotationToolBar</name>
    <message>
        <source>Markup</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>Gạch ngang</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Bút</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Tẩy</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Màu: %1</translation>
    </message>
    <message>
        <source>Share with participants</source>
        <translation>Chia sẻ với người dự họp</translation>
    </message>
    <message>
        <source>New marks are visible to the other participants</source>
        <translation>Đánh dấu mới được hiển thị cho những người dự họp khác</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>AnswerProgressModel</name>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa trả lời</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Present (recorded)</source>
        <translation>Có mặt (đã ghi nhận)</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chủ tọa</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>invitee</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>dự thính</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <source>○ not connected</source>
        <translation>○ chưa kết nối</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Majority of members</source>
        <translation>Quá nửa số thành viên</translation>
    </message>
    <message>
        <source>Two thirds of members</source>
        <translation>Hai phần ba số thành viên</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Record those connected as present</source>
        <translation>Ghi nhận có mặt những người đang kết nối</translation>
    </message>
    <message>
        <source>Quorum rule:</source>
        <translation>Quy định về số lượng:</translation>
    </message>
    <message>
        <source>Present: %1 of %2 members (quorum needs %3).</source>
        <translation>Có mặt: %1 / %2 thành viên (cần %3 để đủ số lượng).</translation>
    </message>
    <message>
        <source>Quorum reached.</source>
        <translation>Đủ số lượng.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>Chưa đủ số lượng.</translation>
    </message>
    <message>
        <source>(Offline: only those recorded by hand are counted.)</source>
        <translation>(Mất kết nối: chỉ tính những người đã được ghi nhận thủ công.)</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>saved on this device, not sent yet</source>
        <translation>đã lưu trên máy này, chưa gửi</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>đã gửi đến máy chủ</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>not voted</source>
        <translation>chưa biểu quyết</translation>
    </message>
</context>
<context>
    <name>BoardLabel</name>
    <message>
        <source>Checking the ballot board…</source>
        <translation>Đang kiểm tra bảng phiếu…</translation>
    </message>
    <message>
        <source>The ballot board could not be fetched; it is checked again at the next look.</source>
        <translation>Chưa tải được bảng phiếu; sẽ kiểm tra lại khi bạn mở lại cuộc biểu quyết này.</translation>
    </message>
    <message>
        <source>Your ballot is on the board (the board verifies).</source>
        <translation>Phiếu của bạn có trên bảng phiếu (bảng phiếu đã được xác thực).</translation>
    </message>
    <message>
        <source>WARNING: your ballot is NOT on the published board. Your receipt is kept on this laptop; report this to the secretariat and the chair now.</source>
        <translation>CẢNH BÁO: phiếu của bạn KHÔNG có trên bảng phiếu đã công bố. Biên nhận của bạn vẫn được lưu trên máy này; hãy báo ngay cho bộ phận thư ký và chủ tọa.</translation>
    </message>
    <message>
        <source>WARNING: the published ballot board does not verify (it was changed or not signed by the store). Report this to the secretariat and agency IT.</source>
        <translation>CẢNH BÁO: bảng phiếu đã công bố không xác thực được (đã bị sửa hoặc không do máy chủ ký). Hãy báo cho bộ phận thư ký và bộ phận CNTT của cơ quan.</translation>
    </message>
    <message>
        <source>The ballot board is not published yet.</source>
        <translation>Bảng phiếu chưa được công bố.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Signing in as %1…</source>
        <translation>Đang đăng nhập với tài khoản %1…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this first</source>
        <translation>Người khác đã sửa trước</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Hai phiên bản, từng trường</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Lấy bản của họ</translation>
    </message>
    <message>
        <source>«%1» was changed on the store by someone else after you last synced, so your change was not applied. Nothing is lost: choose which version to keep.</source>
        <translation>«%1» đã được người khác sửa trên máy chủ sau lần đồng bộ trước của bạn, nên thay đổi của bạn chưa được áp dụng. Không có gì bị mất: hãy chọn giữ bản nào.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Yours (refused)</source>
        <translation>Bản của bạn (bị từ chối)</translation>
    </message>
    <message>
        <source>On the store now</source>
        <translation>Hiện có trên máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Place in the agenda</source>
        <translation>Vị trí trong chương trình</translation>
    </message>
    <message>
        <source>Parent item</source>
        <translation>Mục cha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>In và xuất bản sao</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>CsvPreviewDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Nhập danh sách người dự họp</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Các dòng của tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n dòng sẽ được nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused, nothing is written for them</source>
        <translation>
            <numerusform>%n dòng bị từ chối, không ghi gì cho các dòng này</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Sẽ được mời</translation>
    </message>
</context>
<context>
    <name>CurrentItemBar</name>
    <message>
        <source>Back to the current item</source>
        <translation>Về nội dung đang họp</translation>
    </message>
    <message>
        <source>Now discussing: %1</source>
        <translation>Đang thảo luận: %1</translation>
    </message>
    <message>
        <source> — you are looking at another item</source>
        <translation> — bạn đang xem nội dung khác</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Mọi người dự họp</translation>
    </message>
    <message>
        <source>Only these people:</source>
        <translation>Chỉ những người sau:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Recipients may print</source>
        <translation>Người nhận được in</translation>
    </message>
    <message>
        <source>Recipients may save a copy</source>
        <translation>Người nhận được lưu bản sao</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
</context>
<context>
    <name>DocumentHitsModel</name>
    <message>
        <source>p. %1: %2</source>
        <translation>tr. %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Chưa tải về</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet accepted by the store.</source>
        <translation>Đã lưu trên máy này; máy chủ chưa nhận.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Nobody yet: name the recipients</source>
        <translation>Chưa có ai: hãy chọn người nhận</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Mọi người dự họp</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Loading page %1…</source>
        <translation>Đang tải trang %1…</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation>Không thể hiển thị trang %1.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Places found in the document</source>
        <translation>Các chỗ tìm thấy trong tài liệu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Choose a document in the agenda to read it here.</source>
        <translation>Chọn một tài liệu trong chương trình họp để đọc tại đây.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Đến trang…</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Hình thu nhỏ</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Đang mở “%1”…</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents of the meeting</source>
        <translation>Tài liệu của cuộc họp</translation>
    </message>
    <message>
        <source>Add PDF…</source>
        <translation>Thêm PDF…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <source>Recipients and policy…</source>
        <translation>Người nhận và quyền sử dụng…</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Các phiên bản…</translation>
    </message>
    <message>
        <source>Drop PDF files on an agenda item to add them there.</source>
        <translation>Kéo thả tệp PDF vào một mục chương trình để thêm tài liệu cho mục đó.</translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation>Thêm tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Đang kiểm tra %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>Đã kiểm tra %n tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (nothing was stored for them)</source>
        <translation>
            <numerusform>%n tệp bị từ chối (không lưu gì cho các tệp này)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 (%2 pages).</source>
        <translation>Đã thêm %1 (%2 trang).</translation>
    </message>
    <message>
        <source>It is sent to the store at the next sync.</source>
        <translation>Tệp sẽ được gửi lên máy chủ ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Bị từ chối: %1 — %2</translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Phiên bản mới của “%1”</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>What changed from the previous version (members see this):</source>
        <translation>Những gì thay đổi so với phiên bản trước (người dự họp sẽ thấy):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation>Đã phát hành phiên bản %1.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Nothing you saved on this computer was lost.</source>
        <translation>Những gì bạn đã lưu trên máy này không bị mất.</translation>
    </message>
    <message>
        <source>The meeting server cannot be reached.</source>
        <translation>Không kết nối được với máy chủ phiên họp.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer and will be sent later.</source>
        <translation>Công việc của bạn được giữ trên máy này và sẽ được gửi sau.</translation>
    </message>
    <message>
        <source>Check the network connection; the app retries by itself.</source>
        <translation>Hãy kiểm tra kết nối mạng; ứng dụng sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Type them again, or ask the secretariat to reset your password.</source>
        <translation>Hãy nhập lại, hoặc đề nghị bộ phận thư ký đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation>Phiên đăng nhập của bạn đã hết hạn.</translation>
    </message>
    <message>
        <source>Your marks, notes and ballots on this computer are kept.</source>
        <translation>Các đánh dấu, ghi chú và phiếu biểu quyết trên máy này vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Nothing was saved; what you typed is still in the form.</source>
        <translation>Chưa có gì được lưu; nội dung bạn đã nhập vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <source>What you wrote is kept on this computer; nothing else was changed.</source>
        <translation>Nội dung bạn đã viết vẫn được giữ trên máy này; không có gì khác bị thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập vào.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, tell agency IT.</source>
        <translation>Hãy thử lại sau; nếu lỗi tiếp diễn, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Sign in again to continue syncing.</source>
        <translation>Hãy đăng nhập lại để tiếp tục đồng bộ.</translation>
    </message>
    <message>
        <source>Sign in again on this computer and cast the ballot again; if it keeps happening, tell agency IT.</source>
        <translation>Hãy đăng nhập lại trên máy này và biểu quyết lại; nếu lỗi tiếp diễn, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy of the file.</source>
        <translation>Hãy đề nghị người gửi cung cấp bản mới của tệp.</translation>
    </message>
    <message>
        <source>The meeting server no longer knows this sign-in.</source>
        <translation>Máy chủ phiên họp không còn nhận phiên đăng nhập này.</translation>
    </message>
    <message>
        <source>Signing in did not succeed.</source>
        <translation>Đăng nhập không thành công.</translation>
    </message>
    <message>
        <source>Check the server address, your username and password, and try again.</source>
        <translation>Hãy kiểm tra địa chỉ máy chủ, tên đăng nhập và mật khẩu, rồi thử lại.</translation>
    </message>
    <message>
        <source>This is not a server address.</source>
        <translation>Đây không phải địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Type an address like https://hop.example.gov.vn and try again.</source>
        <translation>Hãy nhập địa chỉ có dạng https://hop.example.gov.vn rồi thử lại.</translation>
    </message>
    <message>
        <source>The address answers, but it is not a meetings server.</source>
        <translation>Địa chỉ này có phản hồi nhưng không phải máy chủ họp.</translation>
    </message>
    <message>
        <source>Check the address with agency IT.</source>
        <translation>Hãy kiểm tra lại địa chỉ với bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Too many wrong passwords were tried for this account.</source>
        <translation>Đã có quá nhiều lần nhập sai mật khẩu cho tài khoản này.</translation>
    </message>
    <message>
        <source>Wait a minute, then sign in again; if you did not try these, tell agency IT.</source>
        <translation>Hãy chờ một phút rồi đăng nhập lại; nếu không phải bạn đã thử, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Several of your files are still being sent.</source>
        <translation>Một số tệp của bạn vẫn đang được gửi đi.</translation>
    </message>
    <message>
        <source>Wait a moment; the app sends the rest by itself.</source>
        <translation>Hãy chờ một lát; ứng dụng sẽ tự gửi phần còn lại.</translation>
    </message>
    <message>
        <source>The connection to the meeting server stalled.</source>
        <translation>Kết nối tới máy chủ họp bị ngưng giữa chừng.</translation>
    </message>
    <message>
        <source>This server address is not protected: it starts with http://.</source>
        <translation>Địa chỉ máy chủ này không được bảo vệ: nó bắt đầu bằng http://.</translation>
    </message>
    <message>
        <source>Use the https:// address agency IT gave you; passwords are never sent unprotected.</source>
        <translation>Hãy dùng địa chỉ https:// do bộ phận công nghệ thông tin cung cấp; mật khẩu không bao giờ được gửi đi khi không được bảo vệ.</translation>
    </message>
    <message>
        <source>The meeting server&apos;s security certificate is not trusted.</source>
        <translation>Chứng chỉ bảo mật của máy chủ họp không được tin cậy.</translation>
    </message>
    <message>
        <source>Nothing was sent to it; your work is kept on this computer.</source>
        <translation>Không có gì được gửi tới máy chủ đó; công việc của bạn vẫn được giữ trên máy tính này.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, ask agency IT to install the agency certificate.</source>
        <translation>Hãy kiểm tra lại địa chỉ; nếu địa chỉ đúng, hãy nhờ bộ phận công nghệ thông tin cài chứng chỉ của cơ quan.</translation>
    </message>
    <message>
        <source>This computer has been removed from your account.</source>
        <translation>Máy tính này đã bị gỡ khỏi tài khoản của bạn.</translation>
    </message>
    <message>
        <source>For security, the meetings kept on this computer are removed.</source>
        <translation>Để bảo đảm an toàn, các cuộc họp lưu trên máy này đã bị xoá.</translation>
    </message>
    <message>
        <source>Contact agency IT to use this computer again.</source>
        <translation>Hãy liên hệ bộ phận công nghệ thông tin để dùng lại máy này.</translation>
    </message>
    <message>
        <source>Your account has been disabled.</source>
        <translation>Tài khoản của bạn đã bị khoá.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer but cannot be sent.</source>
        <translation>Công việc của bạn vẫn được giữ trên máy này nhưng chưa gửi đi được.</translation>
    </message>
    <message>
        <source>Contact the secretariat.</source>
        <translation>Hãy liên hệ bộ phận thư ký.</translation>
    </message>
    <message>
        <source>This computer holds another person&apos;s meetings.</source>
        <translation>Máy tính này đang lưu các cuộc họp của người khác.</translation>
    </message>
    <message>
        <source>Their data was not touched.</source>
        <translation>Dữ liệu của họ không bị thay đổi.</translation>
    </message>
    <message>
        <source>Sign in as that person, or ask agency IT to remove their data first.</source>
        <translation>Hãy đăng nhập bằng tài khoản đó, hoặc đề nghị bộ phận công nghệ thông tin xoá dữ liệu của họ trước.</translation>
    </message>
    <message>
        <source>There is no such demo account.</source>
        <translation>Không có tài khoản trình diễn này.</translation>
    </message>
    <message>
        <source>Choose one of the accounts the demo lists and start it again.</source>
        <translation>Hãy chọn một trong các tài khoản mà bản trình diễn liệt kê rồi khởi động lại.</translation>
    </message>
    <message>
        <source>No secure place to keep your sign-in is available on this computer.</source>
        <translation>Máy tính này không có nơi an toàn để lưu thông tin đăng nhập.</translation>
    </message>
    <message>
        <source>Choose a passphrase when asked, or ask agency IT to set up the system keyring.</source>
        <translation>Hãy chọn cụm mật khẩu khi được hỏi, hoặc đề nghị bộ phận công nghệ thông tin cài đặt kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Cụm mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The meetings on this computer stay encrypted and unchanged.</source>
        <translation>Các cuộc họp trên máy này vẫn được mã hóa và giữ nguyên.</translation>
    </message>
    <message>
        <source>Type it again; check the keyboard language and Caps Lock.</source>
        <translation>Hãy nhập lại; kiểm tra bộ gõ bàn phím và phím Caps Lock.</translation>
    </message>
    <message>
        <source>The protected key store on this computer cannot be read.</source>
        <translation>Không đọc được kho khóa được bảo vệ trên máy này.</translation>
    </message>
    <message>
        <source>It was left as it is; nothing was sent or deleted, but the meetings kept here cannot be opened without it.</source>
        <translation>Kho khóa được giữ nguyên; không có gì bị gửi đi hay bị xoá, nhưng không thể mở các cuộc họp lưu tại đây nếu thiếu kho khóa.</translation>
    </message>
    <message>
        <source>Ask agency IT to reset this computer; your meetings download again after you sign in.</source>
        <translation>Hãy đề nghị bộ phận công nghệ thông tin thiết lập lại máy này; các cuộc họp sẽ được tải lại sau khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>Some data on this computer could not be decrypted.</source>
        <translation>Không giải mã được một số dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>It was left as it is.</source>
        <translation>Dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bạn không có quyền thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>If you think you should be, contact the secretariat.</source>
        <translation>Nếu bạn cho rằng mình có quyền, hãy liên hệ bộ phận thư ký.</translation>
    </message>
    <message>
        <source>What you asked for is no longer on this computer.</source>
        <translation>Nội dung bạn yêu cầu không còn trên máy này.</translation>
    </message>
    <message>
        <source>Sync to fetch the latest meeting pack.</source>
        <translation>Hãy đồng bộ để tải bộ tài liệu họp mới nhất.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Yêu cầu không hợp lệ.</translation>
    </message>
    <message>
        <source>Check what you entered and try again.</source>
        <translation>Hãy kiểm tra thông tin đã nhập và thử lại.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time.</source>
        <translation>Người khác đã thay đổi nội dung này cùng lúc.</translation>
    </message>
    <message>
        <source>The server&apos;s copy was kept, and so was yours on this computer.</source>
        <translation>Bản trên máy chủ được giữ lại, bản của bạn trên máy này cũng vậy.</translation>
    </message>
    <message>
        <source>Review the latest version and make your change again.</source>
        <translation>Hãy xem phiên bản mới nhất và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>A newer change to this, made on another device, was kept.</source>
        <translation>Một thay đổi mới hơn, được thực hiện trên thiết bị khác, đã được giữ lại.</translation>
    </message>
    <message>
        <source>Nothing was lost; the newer version is shown.</source>
        <translation>Không có gì bị mất; phiên bản mới hơn đang được hiển thị.</translation>
    </message>
    <message>
        <source>Check it, and change it again if needed.</source>
        <translation>Hãy xem lại và thay đổi lần nữa nếu cần.</translation>
    </message>
    <message>
        <source>The meeting server did not accept this change.</source>
        <translation>Máy chủ phiên họp không chấp nhận thay đổi này.</translation>
    </message>
    <message>
        <source>Contact the secretariat if the change is still needed.</source>
        <translation>Hãy liên hệ bộ phận thư ký nếu vẫn cần thay đổi này.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Tệp quá lớn.</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>Không phần nào của tệp được lưu lại.</translation>
    </message>
    <message>
        <source>Split or compress the file and try again.</source>
        <translation>Hãy chia nhỏ hoặc nén tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>The meeting server does not have this document&apos;s file yet.</source>
        <translation>Máy chủ phiên họp chưa có tệp của tài liệu này.</translation>
    </message>
    <message>
        <source>The file is kept on this computer and is sent at the next sync.</source>
        <translation>Tệp được giữ trên máy này và sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Sync again when the network is available.</source>
        <translation>Hãy đồng bộ lại khi có kết nối mạng.</translation>
    </message>
    <message>
        <source>A download could not resume where it stopped.</source>
        <translation>Không thể tải tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>Nothing you saved was lost; the file is downloaded again.</source>
        <translation>Những gì bạn đã lưu không bị mất; tệp sẽ được tải lại.</translation>
    </message>
    <message>
        <source>The meeting server does not accept this kind of request.</source>
        <translation>Máy chủ phiên họp không chấp nhận loại yêu cầu này.</translation>
    </message>
    <message>
        <source>Install the version of the app that agency IT provides.</source>
        <translation>Hãy cài đặt phiên bản ứng dụng do bộ phận công nghệ thông tin cung cấp.</translation>
    </message>
    <message>
        <source>Syncing with the meeting server failed.</source>
        <translation>Đồng bộ với máy chủ phiên họp không thành công.</translation>
    </message>
    <message>
        <source>The meeting server answered with an error.</source>
        <translation>Máy chủ phiên họp trả về lỗi.</translation>
    </message>
    <message>
        <source>The meeting server hit an unexpected problem.</source>
        <translation>Máy chủ phiên họp gặp sự cố ngoài dự kiến.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server; your work is kept on this computer.</source>
        <translation>Không có gì bị thay đổi trên máy chủ; công việc của bạn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>The meeting server could not be started.</source>
        <translation>Không khởi động được máy chủ phiên họp.</translation>
    </message>
    <message>
        <source>Close other copies of the server (the port may be in use) and try again.</source>
        <translation>Hãy đóng các bản máy chủ khác đang chạy (cổng có thể đang bị chiếm dụng) rồi thử lại.</translation>
    </message>
    <message>
        <source>The poll had already closed when your ballot arrived.</source>
        <translation>Cuộc biểu quyết đã kết thúc khi phiếu của bạn được gửi đến.</translation>
    </message>
    <message>
        <source>Your ballot is kept on this computer but was not counted.</source>
        <translation>Phiếu của bạn vẫn được giữ trên máy này nhưng không được tính.</translation>
    </message>
    <message>
        <source>Contact the secretariat if you believe this is wrong.</source>
        <translation>Hãy liên hệ bộ phận thư ký nếu bạn cho rằng có sai sót.</translation>
    </message>
    <message>
        <source>The local database file is damaged.</source>
        <translation>Tệp cơ sở dữ liệu trên máy bị hỏng.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>Move the file aside or restore a backup, then start again; the meeting pack downloads again.</source>
        <translation>Hãy chuyển tệp sang chỗ khác hoặc khôi phục bản sao lưu, rồi khởi động lại; bộ tài liệu họp sẽ được tải lại.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>Không ghi được vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>This poll is not open yet.</source>
        <translation>Cuộc biểu quyết này chưa mở.</translation>
    </message>
    <message>
        <source>No ballot was recorded.</source>
        <translation>Chưa có phiếu nào được ghi nhận.</translation>
    </message>
    <message>
        <source>Vote once the chair opens the poll.</source>
        <translation>Hãy biểu quyết khi chủ tọa mở cuộc biểu quyết.</translation>
    </message>
    <message>
        <source>The results are not final until the poll closes.</source>
        <translation>Kết quả chỉ chính thức khi cuộc biểu quyết kết thúc.</translation>
    </message>
    <message>
        <source>Try again after the poll has closed.</source>
        <translation>Hãy thử lại sau khi cuộc biểu quyết kết thúc.</translation>
    </message>
    <message>
        <source>Your ballot was not signed by this computer, so it was refused.</source>
        <translation>Phiếu của bạn không có chữ ký của máy này nên đã bị từ chối.</translation>
    </message>
    <message>
        <source>The signature on your ballot does not match this computer, so it was refused.</source>
        <translation>Chữ ký trên phiếu của bạn không khớp với máy này nên phiếu đã bị từ chối.</translation>
    </message>
    <message>
        <source>The disk of this computer is full, so the last change or download could not be written.</source>
        <translation>Ổ đĩa của máy này đã đầy nên không ghi được thay đổi hoặc dữ liệu tải về gần nhất.</translation>
    </message>
    <message>
        <source>Your earlier work is safe.</source>
        <translation>Công việc trước đó của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <source>Free some space on the disk and try again; downloads resume where they stopped.</source>
        <translation>Hãy giải phóng bớt dung lượng ổ đĩa rồi thử lại; việc tải về sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (or set MEETINGS_APP_HOME) and start again.</source>
        <translation>Hãy chọn thư mục có quyền ghi (hoặc đặt MEETINGS_APP_HOME) rồi khởi động lại.</translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation>Không sử dụng được cơ sở dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>Close other copies of the app and try again.</source>
        <translation>Hãy đóng các cửa sổ ứng dụng khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The local database could not be brought up to this version of the app.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu trên máy lên phiên bản ứng dụng này.</translation>
    </message>
    <message>
        <source>It was left as it was.</source>
        <translation>Cơ sở dữ liệu được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>Do not delete the file; send the details to agency IT.</source>
        <translation>Đừng xoá tệp; hãy gửi chi tiết cho bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>The database address in the settings is not valid.</source>
        <translation>Địa chỉ cơ sở dữ liệu trong phần cài đặt không hợp lệ.</translation>
    </message>
    <message>
        <source>Correct the address (or ask agency IT) and start again.</source>
        <translation>Hãy sửa địa chỉ (hoặc nhờ bộ phận công nghệ thông tin) rồi khởi động lại.</translation>
    </message>
    <message>
        <source>The copy of this document on this computer was damaged and has been removed.</source>
        <translation>Bản tài liệu này trên máy bị hỏng và đã được xoá.</translation>
    </message>
    <message>
        <source>Your marks and notes on it are kept.</source>
        <translation>Các đánh dấu và ghi chú của bạn trên tài liệu vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Sync to download the document again.</source>
        <translation>Hãy đồng bộ để tải lại tài liệu.</translation>
    </message>
    <message>
        <source>This document has not been downloaded yet.</source>
        <translation>Tài liệu này chưa được tải về.</translation>
    </message>
    <message>
        <source>Connect to the network and sync; it opens once downloaded.</source>
        <translation>Hãy kết nối mạng và đồng bộ; tài liệu sẽ mở khi tải xong.</translation>
    </message>
    <message>
        <source>A downloaded file did not match what the server announced.</source>
        <translation>Tệp tải về không khớp với thông tin máy chủ công bố.</translation>
    </message>
    <message>
        <source>The damaged copy was discarded.</source>
        <translation>Bản bị hỏng đã được loại bỏ.</translation>
    </message>
    <message>
        <source>Sync again; if it keeps happening, tell agency IT.</source>
        <translation>Hãy đồng bộ lại; nếu lỗi tiếp diễn, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Search is not available on this computer right now.</source>
        <translation>Hiện chưa tìm kiếm được trên máy này.</translation>
    </message>
    <message>
        <source>Try again after the next sync; if it keeps happening, tell agency IT.</source>
        <translation>Hãy thử lại sau lần đồng bộ tiếp theo; nếu lỗi tiếp diễn, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>A page of this document could not be displayed.</source>
        <translation>Không thể hiển thị một trang của tài liệu này.</translation>
    </message>
    <message>
        <source>Other pages can still be read; ask the secretariat for a corrected file.</source>
        <translation>Các trang khác vẫn đọc được; hãy đề nghị bộ phận thư ký gửi tệp đã sửa.</translation>
    </message>
    <message>
        <source>A page took too long to display and was abandoned.</source>
        <translation>Một trang hiển thị quá lâu nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>Close the document and open another; ask the secretariat for a corrected file.</source>
        <translation>Hãy đóng tài liệu và mở tài liệu khác; đề nghị bộ phận thư ký gửi tệp đã sửa.</translation>
    </message>
    <message>
        <source>The document file is damaged.</source>
        <translation>Tệp tài liệu bị hỏng.</translation>
    </message>
    <message>
        <source>Ask the secretariat for a corrected file.</source>
        <translation>Hãy đề nghị bộ phận thư ký gửi tệp đã sửa.</translation>
    </message>
    <message>
        <source>A page of this document has no visible area, so it cannot be shown.</source>
        <translation>Một trang của tài liệu này không có vùng hiển thị nên không thể hiển thị.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Sign in to mark up documents and vote.</source>
        <translation>Hãy đăng nhập để đánh dấu tài liệu và biểu quyết.</translation>
    </message>
    <message>
        <source>This mark could not be placed on the document.</source>
        <translation>Không đặt được đánh dấu này lên tài liệu.</translation>
    </message>
    <message>
        <source>Draw it again; if it keeps happening, tell agency IT.</source>
        <translation>Hãy vẽ lại; nếu lỗi tiếp diễn, hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>This document may not be printed or saved.</source>
        <translation>Tài liệu này không được phép in hoặc lưu.</translation>
    </message>
    <message>
        <source>The secretariat decides this for each document.</source>
        <translation>Bộ phận thư ký quyết định điều này cho từng tài liệu.</translation>
    </message>
    <message>
        <source>This meeting&apos;s data has not been checked with the server for too long.</source>
        <translation>Dữ liệu của phiên họp này đã quá lâu chưa được đối chiếu với máy chủ.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer.</source>
        <translation>Công việc của bạn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>Connect to the network and sync to open it again.</source>
        <translation>Hãy kết nối mạng và đồng bộ để mở lại.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Đã xảy ra lỗi.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the details to agency IT.</source>
        <translation>Hãy thử lại; nếu lỗi lặp lại, hãy gửi chi tiết cho bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>This version of the program is too old to sync.</source>
        <translation>Phiên bản chương trình này đã quá cũ để đồng bộ.</translation>
    </message>
    <message>
        <source>Your notes, marks and ballots are kept on this computer and are sent after the update; you can keep reading and marking up.</source>
        <translation>Ghi chú, đánh dấu và phiếu biểu quyết của bạn được giữ trên máy này và sẽ được gửi sau khi cập nhật; bạn vẫn có thể tiếp tục đọc và đánh dấu.</translation>
    </message>
    <message>
        <source>Install the new version that agency IT provides, then sync.</source>
        <translation>Hãy cài phiên bản mới do bộ phận CNTT của cơ quan cung cấp, rồi đồng bộ.</translation>
    </message>
    <message>
        <source>The meeting server&apos;s signing key cannot be used.</source>
        <translation>Không dùng được khóa ký của máy chủ cuộc họp.</translation>
    </message>
    <message>
        <source>Agency IT must restore the key file from its backup; do not make a new one.</source>
        <translation>Bộ phận CNTT cần khôi phục tệp khóa từ bản sao lưu; không tạo khóa mới.</translation>
    </message>
    <message>
        <source>A meeting is started once and ended once; it cannot go back.</source>
        <translation>Phiên họp chỉ khai mạc một lần và bế mạc một lần; không thể quay lại trạng thái trước.</translation>
    </message>
    <message>
        <source>Sync to see the meeting&apos;s current state.</source>
        <translation>Hãy đồng bộ để xem trạng thái hiện tại của phiên họp.</translation>
    </message>
    <message>
        <source>That agenda item is not part of this meeting.</source>
        <translation>Nội dung này không thuộc chương trình của phiên họp.</translation>
    </message>
    <message>
        <source>Sync, then choose an item of this meeting&apos;s agenda.</source>
        <translation>Hãy đồng bộ rồi chọn một nội dung trong chương trình của phiên họp này.</translation>
    </message>
    <message>
        <source>Minutes are approved by the chair before they are published, and published minutes are final.</source>
        <translation>Biên bản phải được chủ tọa duyệt trước khi công bố; biên bản đã công bố không thể thay đổi.</translation>
    </message>
    <message>
        <source>Sync to see the minutes&apos; current state.</source>
        <translation>Hãy đồng bộ để xem trạng thái hiện tại của biên bản.</translation>
    </message>
    <message>
        <source>A page of this file takes too long to draw, so it would stall the members&apos; screens.</source>
        <translation>Một trang của tệp này hiển thị quá lâu, sẽ làm treo màn hình của các thành viên.</translation>
    </message>
    <message>
        <source>The file was not added; nothing else changed.</source>
        <translation>Tệp chưa được thêm vào; không có gì khác bị thay đổi.</translation>
    </message>
    <message>
        <source>Ask the author for a simpler file (for example printed again to PDF) and add that.</source>
        <translation>Hãy đề nghị người soạn gửi tệp đơn giản hơn (ví dụ in lại ra PDF) rồi thêm tệp đó.</translation>
    </message>
    <message>
        <source>This document&apos;s classification is not known to this app, so it may not be printed or saved.</source>
        <translation>Ứng dụng không nhận biết được độ mật của tài liệu này nên không cho phép in hoặc lưu.</translation>
    </message>
    <message>
        <source>Ask the secretariat to check the document&apos;s classification.</source>
        <translation>Hãy đề nghị bộ phận thư ký kiểm tra độ mật của tài liệu.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>Không ghi được bản sao.</translation>
    </message>
    <message>
        <source>The document and your marks are unchanged.</source>
        <translation>Tài liệu và các đánh dấu của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space on the disk, and save again.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng ổ đĩa, rồi lưu lại.</translation>
    </message>
    <message>
        <source>No minutes have been written for this meeting yet.</source>
        <translation>Phiên họp này chưa có biên bản.</translation>
    </message>
    <message>
        <source>Ask the meeting secretary to write the minutes first.</source>
        <translation>Hãy đề nghị thư ký phiên họp lập biên bản trước.</translation>
    </message>
    <message>
        <source>This meeting has no date yet.</source>
        <translation>Phiên họp này chưa có ngày họp.</translation>
    </message>
    <message>
        <source>Set its start time, then try again.</source>
        <translation>Hãy đặt thời gian bắt đầu rồi thử lại.</translation>
    </message>
    <message>
        <source>Not all ballots of this poll have reached this computer.</source>
        <translation>Chưa phải tất cả phiếu của cuộc biểu quyết này đã về máy.</translation>
    </message>
    <message>
        <source>Sync, then build the report again.</source>
        <translation>Hãy đồng bộ rồi lập lại báo cáo.</translation>
    </message>
    <message>
        <source>The report could not be built from the data on this computer.</source>
        <translation>Không lập được báo cáo từ dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>A document of the meeting pack is missing on this computer.</source>
        <translation>Một tài liệu của bộ tài liệu họp chưa có trên máy này.</translation>
    </message>
    <message>
        <source>Sync, then build the pack again.</source>
        <translation>Hãy đồng bộ rồi tạo lại bộ tài liệu.</translation>
    </message>
    <message>
        <source>A document of the meeting pack cannot be read.</source>
        <translation>Không đọc được một tài liệu của bộ tài liệu họp.</translation>
    </message>
    <message>
        <source>Ask the secretariat for a corrected file, then build the pack again.</source>
        <translation>Hãy đề nghị bộ phận thư ký gửi tệp đã sửa, rồi tạo lại bộ tài liệu.</translation>
    </message>
    <message>
        <source>The demo has no such document.</source>
        <translation>Bản trình diễn không có tài liệu này.</translation>
    </message>
    <message>
        <source>Create the demo data again and retry.</source>
        <translation>Hãy tạo lại dữ liệu trình diễn rồi thử lại.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Chưa có tiêu đề.</translation>
    </message>
    <message>
        <source>Type a title, then save again.</source>
        <translation>Hãy nhập tiêu đề rồi lưu lại.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Thời điểm kết thúc sớm hơn thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>Correct the times, then save again.</source>
        <translation>Hãy sửa lại thời gian rồi lưu lại.</translation>
    </message>
    <message>
        <source>The offline lease must be from 1 to 365 days.</source>
        <translation>Thời hạn dùng ngoại tuyến phải từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>Correct the number of days, then save again.</source>
        <translation>Hãy sửa số ngày rồi lưu lại.</translation>
    </message>
    <message>
        <source>This computer does not know that time zone.</source>
        <translation>Máy tính này không biết múi giờ đó.</translation>
    </message>
    <message>
        <source>Choose a zone from the list (Asia/Ho_Chi_Minh for Vietnam).</source>
        <translation>Hãy chọn múi giờ trong danh sách (Asia/Ho_Chi_Minh cho Việt Nam).</translation>
    </message>
    <message>
        <source>The meeting cannot take that step from where it is.</source>
        <translation>Cuộc họp không thể chuyển sang bước đó từ trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>A published meeting is amended, not taken back to a draft.</source>
        <translation>Cuộc họp đã phát hành chỉ có thể được bổ sung, sửa đổi, không trở lại bản nháp.</translation>
    </message>
    <message>
        <source>That role is not one a meeting knows.</source>
        <translation>Vai trò này không có trong cuộc họp.</translation>
    </message>
    <message>
        <source>Choose chair, secretary, member, invitee or observer.</source>
        <translation>Hãy chọn chủ trì, thư ký, thành viên, khách mời hoặc quan sát viên.</translation>
    </message>
    <message>
        <source>Only a member can be replaced by a substitute.</source>
        <translation>Chỉ thành viên mới có thể có người dự thay.</translation>
    </message>
    <message>
        <source>Select the member who will be absent, then retry.</source>
        <translation>Hãy chọn thành viên vắng mặt rồi thử lại.</translation>
    </message>
    <message>
        <source>Another person already has this username.</source>
        <translation>Tên đăng nhập này đã thuộc về người khác.</translation>
    </message>
    <message>
        <source>Choose another username, or find the person in the directory.</source>
        <translation>Chọn tên đăng nhập khác, hoặc tìm người đó trong danh bạ.</translation>
    </message>
    <message>
        <source>The username is empty, too long, or has spaces in it.</source>
        <translation>Tên đăng nhập trống, quá dài hoặc có dấu cách.</translation>
    </message>
    <message>
        <source>Type a username of up to 64 letters, digits or dots, without spaces.</source>
        <translation>Nhập tên đăng nhập tối đa 64 ký tự gồm chữ, số hoặc dấu chấm, không có dấu cách.</translation>
    </message>
    <message>
        <source>The person&apos;s name is empty.</source>
        <translation>Chưa nhập họ tên.</translation>
    </message>
    <message>
        <source>Type the full name, then save again.</source>
        <translation>Nhập họ tên đầy đủ rồi lưu lại.</translation>
    </message>
    <message>
        <source>This person already attends the meeting.</source>
        <translation>Người này đã có trong thành phần dự họp.</translation>
    </message>
    <message>
        <source>Choose someone who is not invited yet.</source>
        <translation>Hãy chọn người chưa được mời.</translation>
    </message>
    <message>
        <source>The request has no question.</source>
        <translation>Phiếu chưa có câu hỏi.</translation>
    </message>
    <message>
        <source>Write the question, then save again.</source>
        <translation>Hãy viết câu hỏi rồi lưu lại.</translation>
    </message>
    <message>
        <source>A request needs two or more different options.</source>
        <translation>Phiếu cần ít nhất hai phương án khác nhau.</translation>
    </message>
    <message>
        <source>Write one option per line, then save again.</source>
        <translation>Hãy viết mỗi phương án trên một dòng rồi lưu lại.</translation>
    </message>
    <message>
        <source>An open request cannot be changed.</source>
        <translation>Không thể sửa phiếu đang lấy ý kiến.</translation>
    </message>
    <message>
        <source>Close it and make a new request if the question must change.</source>
        <translation>Hãy đóng phiếu và lập phiếu mới nếu cần đổi câu hỏi.</translation>
    </message>
    <message>
        <source>There is no question to open yet.</source>
        <translation>Chưa có câu hỏi để mở lấy ý kiến.</translation>
    </message>
    <message>
        <source>Write the question and save the draft first.</source>
        <translation>Hãy viết câu hỏi và lưu bản nháp trước.</translation>
    </message>
    <message>
        <source>The deadline has already passed.</source>
        <translation>Đã quá hạn trả lời.</translation>
    </message>
    <message>
        <source>Choose a later deadline, save, then open it.</source>
        <translation>Hãy chọn hạn muộn hơn, lưu lại rồi mở phiếu.</translation>
    </message>
    <message>
        <source>There is no report of that kind.</source>
        <translation>Không có loại báo cáo này.</translation>
    </message>
    <message>
        <source>Choose agenda, pack, ballots, minutes or opinions.</source>
        <translation>Hãy chọn agenda, pack, ballots, minutes hoặc opinions.</translation>
    </message>
    <message>
        <source>This meeting has no draft document to report on.</source>
        <translation>Cuộc họp này chưa có dự thảo để tổng hợp.</translation>
    </message>
    <message>
        <source>Add the draft in the Documents tab first.</source>
        <translation>Hãy thêm dự thảo ở thẻ Tài liệu trước.</translation>
    </message>
    <message>
        <source>The signing key could not be opened: the file or token is missing, or the password or PIN is wrong.</source>
        <translation>Không mở được khóa ký số: không tìm thấy tệp khóa hoặc thiết bị ký số (token), hoặc mật khẩu/mã PIN không đúng.</translation>
    </message>
    <message>
        <source>Nothing was signed; the report is unchanged.</source>
        <translation>Chưa có gì được ký; văn bản giữ nguyên.</translation>
    </message>
    <message>
        <source>Plug in your token or choose your key file, check the PIN, and sign again.</source>
        <translation>Hãy cắm thiết bị ký số hoặc chọn tệp khóa, kiểm tra mã PIN rồi ký lại.</translation>
    </message>
    <message>
        <source>The report could not be signed.</source>
        <translation>Không ký được văn bản.</translation>
    </message>
    <message>
        <source>This file is identical to the current version.</source>
        <translation>Tệp này giống hệt phiên bản hiện hành.</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Không có gì được phát hành.</translation>
    </message>
    <message>
        <source>Choose the new file and publish again.</source>
        <translation>Hãy chọn tệp mới rồi phát hành lại.</translation>
    </message>
    <message>
        <source>The file was refused at import.</source>
        <translation>Tệp bị từ chối khi nhập.</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>Tệp không phải định dạng PDF.</translation>
    </message>
    <message>
        <source>Export it as PDF and import it again.</source>
        <translation>Hãy xuất tệp sang PDF rồi nhập lại.</translation>
    </message>
    <message>
        <source>The PDF is cut short; its end is missing.</source>
        <translation>Tệp PDF bị cắt cụt, thiếu phần cuối.</translation>
    </message>
    <message>
        <source>Copy or download it again, then import it.</source>
        <translation>Hãy sao chép hoặc tải lại tệp, rồi nhập lại.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>Import it again and give the password.</source>
        <translation>Hãy nhập lại tệp và cung cấp mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF has too many pages.</source>
        <translation>Tệp PDF có quá nhiều trang.</translation>
    </message>
    <message>
        <source>Split it into smaller documents.</source>
        <translation>Hãy tách thành các tài liệu nhỏ hơn.</translation>
    </message>
    <message>
        <source>Reading the PDF needed more memory than allowed, or the file is built to crash readers.</source>
        <translation>Việc đọc tệp PDF cần nhiều bộ nhớ hơn mức cho phép, hoặc tệp được tạo ra để làm hỏng trình đọc.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Check that it exists and that you may open it, then try again.</source>
        <translation>Hãy kiểm tra tệp có tồn tại và bạn có quyền mở hay không, rồi thử lại.</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>Mật khẩu không mở được tệp PDF này.</translation>
    </message>
    <message>
        <source>Check the password and import the file again.</source>
        <translation>Hãy kiểm tra mật khẩu rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Reading the PDF took too long; it may be built to stall readers.</source>
        <translation>Đọc tệp PDF mất quá nhiều thời gian; tệp có thể được tạo ra để làm treo trình đọc.</translation>
    </message>
    <message>
        <source>Ask the sender for a simpler copy of the file.</source>
        <translation>Hãy đề nghị người gửi cung cấp bản tệp đơn giản hơn.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>Tệp quá lớn, không nhập được.</translation>
    </message>
    <message>
        <source>Split or compress it, then import it again.</source>
        <translation>Hãy chia nhỏ hoặc nén tệp, rồi nhập lại.</translation>
    </message>
    <message>
        <source>The PDF is damaged.</source>
        <translation>Tệp PDF bị hỏng.</translation>
    </message>
    <message>
        <source>This version of the program is too old to sync; install version %1 from %2.</source>
        <translation>Phiên bản chương trình này đã quá cũ để đồng bộ; hãy cài phiên bản %1 tại %2.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>“%1” không phải địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>“%1” has not been checked with the server for more than %2 days.</source>
        <translation>“%1” đã hơn %2 ngày chưa được đối chiếu với máy chủ.</translation>
    </message>
    <message>
        <source>This computer refused to write to %1.</source>
        <translation>Máy này không cho phép ghi vào %1.</translation>
    </message>
    <message>
        <source>The local database file %1 is damaged.</source>
        <translation>Tệp cơ sở dữ liệu %1 trên máy bị hỏng.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>Không ghi được bản sao vào %1.</translation>
    </message>
    <message>
        <source>These documents have not been downloaded yet: %1.</source>
        <translation>Các tài liệu sau chưa được tải về: %1.</translation>
    </message>
    <message>
        <source>This file is identical to version %1.</source>
        <translation>Tệp này giống hệt phiên bản %1.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 are allowed.</source>
        <translation>Tệp PDF có %1 trang; chỉ được phép tối đa %2 trang.</translation>
    </message>
    <message>
        <source>The document “%1” of the meeting pack is missing on this computer.</source>
        <translation>Tài liệu “%1” của bộ tài liệu họp chưa có trên máy này.</translation>
    </message>
    <message>
        <source>The document “%1” of the meeting pack cannot be read.</source>
        <translation>Không đọc được tài liệu “%1” của bộ tài liệu họp.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported.</source>
        <translation>Tệp có dung lượng %1 MB; chỉ nhập được tối đa %2 MB.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Họp không giấy</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>The password does not open this key file.</source>
        <translation>Mật khẩu không mở được tệp khóa này.</translation>
    </message>
    <message>
        <source>Type the key file&apos;s password again, or choose another file.</source>
        <translation>Nhập lại mật khẩu của tệp khóa, hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>The token refused the PIN.</source>
        <translation>Thiết bị ký số (token) từ chối mã PIN.</translation>
    </message>
    <message>
        <source>Type the PIN again. After several wrong PINs a token locks itself: then ask the certificate provider.</source>
        <translation>Nhập lại mã PIN. Nhập sai nhiều lần token sẽ tự khóa: khi đó hãy liên hệ nhà cung cấp chứng thư số.</translation>
    </message>
    <message>
        <source>No signing token with that name was found.</source>
        <translation>Không tìm thấy thiết bị ký số (token) có tên này.</translation>
    </message>
    <message>
        <source>Plug in your token, check its name and the token&apos;s library, and sign again.</source>
        <translation>Cắm token vào máy, kiểm tra tên token và thư viện của token, rồi ký lại.</translation>
    </message>
    <message>
        <source>This report has no number yet, so it cannot be signed.</source>
        <translation>Báo cáo chưa có số nên chưa thể ký số.</translation>
    </message>
    <message>
        <source>Issue it first (the store gives its number), then sign it.</source>
        <translation>Hãy ban hành trước (máy chủ cấp số), rồi ký số.</translation>
    </message>
    <message>
        <source>The report&apos;s number has been asked of the store and is not here yet.</source>
        <translation>Đã đề nghị máy chủ cấp số cho báo cáo nhưng chưa nhận được số.</translation>
    </message>
    <message>
        <source>The request is saved and is sent at the next sync.</source>
        <translation>Yêu cầu đã được lưu và sẽ gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Connect to the network; the report is issued as soon as the store answers.</source>
        <translation>Hãy kết nối mạng; báo cáo được ban hành ngay khi máy chủ trả lời.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save annotated copy</source>
        <translation>Lưu bản có ghi chú</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the annotated copy…</source>
        <translation>Đang lưu bản có ghi chú…</translation>
    </message>
    <message>
        <source>Preparing the copy for printing…</source>
        <translation>Đang chuẩn bị bản in…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Agenda items for %1</source>
        <translation>Các mục chương trình của %1</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Các mục chương trình</translation>
    </message>
    <message>
        <source>An invitee receives only these items and their documents.</source>
        <translation>Khách mời chỉ nhận các mục này và tài liệu của chúng.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Phiếu biểu quyết</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Request to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Agenda item added: %1</source>
        <translation>Thêm mục chương trình: %1</translation>
    </message>
    <message>
        <source>Agenda item changed: %1</source>
        <translation>Sửa mục chương trình: %1</translation>
    </message>
    <message>
        <source>Document added: %1</source>
        <translation>Thêm tài liệu: %1</translation>
    </message>
    <message>
        <source>Document replaced: %1</source>
        <translation>Thay thế tài liệu: %1</translation>
    </message>
    <message>
        <source>Document changed: %1</source>
        <translation>Sửa tài liệu: %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Phiên bản mới của %1</translation>
    </message>
    <message>
        <source>Time changed</source>
        <translation>Đổi thời gian</translation>
    </message>
    <message>
        <source>Title or place changed</source>
        <translation>Đổi tên hoặc địa điểm</translation>
    </message>
</context>
<context>
    <name>LiveVotesModel</name>
    <message>
        <source>Secret vote</source>
        <translation>Biểu quyết kín</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Biểu quyết công khai</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>chưa mở</translation>
    </message>
    <message>
        <source>open: %1 of %2 voted</source>
        <translation>đang mở: %1 / %2 đã biểu quyết</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
</context>
<context>
    <name>LiveVotesPanel</name>
    <message>
        <source>Votes of this meeting</source>
        <translation>Các biểu quyết của cuộc họp</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <source>Question put to the vote</source>
        <translation>Nội dung đưa ra biểu quyết</translation>
    </message>
    <message>
        <source>Approve / Not approve / Abstain</source>
        <translation>Tán thành / Không tán thành / Không biểu quyết</translation>
    </message>
    <message>
        <source>Custom options</source>
        <translation>Phương án tự đặt</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Mỗi dòng một phương án</translation>
    </message>
    <message>
        <source>Secret vote (only the count is shown)</source>
        <translation>Biểu quyết kín (chỉ hiển thị số phiếu)</translation>
    </message>
    <message>
        <source>Create the vote on the current item</source>
        <translation>Tạo biểu quyết cho nội dung đang họp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Biểu quyết mới</translation>
    </message>
    <message>
        <source>No vote yet in this meeting.</source>
        <translation>Phiên họp chưa có biểu quyết nào.</translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation> (đang gửi…)</translation>
    </message>
    <message>
        <source>Secret vote: nobody&apos;s name is shown.</source>
        <translation>Biểu quyết kín: không hiển thị tên người biểu quyết.</translation>
    </message>
    <message>
        <source>Voted: %1</source>
        <translation>Đã biểu quyết: %1</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Chưa mở</translation>
    </message>
    <message>
        <source>%1 of %2 ballots</source>
        <translation>%1 / %2 phiếu</translation>
    </message>
    <message>
        <source>Adopted: %1</source>
        <translation>Kết quả được thông qua: %1</translation>
    </message>
    <message>
        <source>No option has more than half of all voters: not adopted.</source>
        <translation>Không phương án nào đạt quá nửa tổng số người có quyền biểu quyết: chưa được thông qua.</translation>
    </message>
    <message>
        <source>Quorum met.</source>
        <translation>Đủ số lượng theo quy định.</translation>
    </message>
    <message>
        <source>Quorum NOT met.</source>
        <translation>KHÔNG đủ số lượng theo quy định.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Not approve</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings: Cabinet meeting pack</source>
        <translation>Họp không giấy: tài liệu phiên họp Chính phủ</translation>
    </message>
    <message>
        <source>Opening the meetings kept on this computer…</source>
        <translation>Đang mở các cuộc họp lưu trên máy này…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Save annotated copy…</source>
        <translation>Lưu bản có đánh dấu…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Changes the store refused…</source>
        <translation>Thay đổi bị máy chủ từ chối…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>&amp;Markup</source>
        <translation>Đánh &amp;dấu</translation>
    </message>
    <message>
        <source>Marks that could not follow…</source>
        <translation>Đánh dấu chưa chuyển được…</translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation>&amp;Phiên họp</translation>
    </message>
    <message>
        <source>Search the meeting pack…</source>
        <translation>Tìm trong bộ tài liệu họp…</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Ask to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Go to meeting list</source>
        <translation>Đến danh sách phiên họp</translation>
    </message>
    <message>
        <source>Go to agenda</source>
        <translation>Đến chương trình họp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>About Meetings…</source>
        <translation>Giới thiệu Họp không giấy…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Họp không giấy</translation>
    </message>
    <message>
        <source>This document has no version yet.</source>
        <translation>Tài liệu này chưa có phiên bản nào.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Your note on page %1:</source>
        <translation>Ghi chú của bạn ở trang %1:</translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer.</source>
        <translation>Ngoại tuyến: công việc của bạn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>This version is too old to sync; see above.</source>
        <translation>Phiên bản này đã quá cũ để đồng bộ; xem thông báo phía trên.</translation>
    </message>
</context>
<context>
    <name>MeetingFormWidget</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Written-opinion request</source>
        <translation>Phiếu lấy ý kiến</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends (deadline of a request)</source>
        <translation>Kết thúc (hạn trả lời của phiếu)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation>Thời hạn dùng ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Upcoming meetings</source>
        <translation>Phiên họp sắp tới</translation>
    </message>
    <message>
        <source>Written-opinion requests</source>
        <translation>Lấy ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation>Phiên họp đã qua</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Phiên họp</translation>
    </message>
    <message>
        <source>Date or deadline</source>
        <translation>Ngày hoặc hạn chót</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Hạn chót: %1</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Meetings</source>
        <translation>Danh sách cuộc họp</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Copy as a new meeting</source>
        <translation>Sao chép thành cuộc họp mới</translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation>Hủy cuộc họp này…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>You do not prepare this meeting.</source>
        <translation>Bạn không phụ trách chuẩn bị cuộc họp này.</translation>
    </message>
    <message>
        <source>A new meeting: it stays a draft that only the secretariat sees.</source>
        <translation>Cuộc họp mới: là bản nháp, chỉ bộ phận thư ký thấy.</translation>
    </message>
    <message>
        <source>A copy of this meeting: its agenda and participants are copied, its documents are not. Change the title and times, then save.</source>
        <translation>Bản sao của cuộc họp này: sao chép chương trình và thành phần dự họp, không sao chép tài liệu. Hãy sửa tiêu đề và thời gian rồi lưu.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the store at the next sync.</source>
        <translation>Đã lưu trên máy này; sẽ được gửi lên máy chủ ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Hủy cuộc họp</translation>
    </message>
    <message>
        <source>Cancel «%1»? It disappears from every participant&apos;s laptop at their next sync.</source>
        <translation>Hủy «%1»? Cuộc họp sẽ biến mất khỏi máy của mọi người dự họp ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>MemberPanels</name>
    <message>
        <source>Ballots</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes text</source>
        <translation>Nội dung biên bản</translation>
    </message>
    <message>
        <source>Fill in from the meeting</source>
        <translation>Điền từ diễn biến phiên họp</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Publish to participants</source>
        <translation>Công bố cho thành viên dự họp</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Approved by the chair</source>
        <translation>Chủ tọa đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation> (đang gửi…)</translation>
    </message>
</context>
<context>
    <name>MinutesPdfAction</name>
    <message>
        <source>Minutes of this meeting (PDF)…</source>
        <translation>Biên bản phiên họp (PDF)…</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Lưu biên bản</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Sign in to run a meeting.</source>
        <translation>Hãy đăng nhập để điều hành phiên họp.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Chuẩn bị</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Điều hành</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note on this agenda item</source>
        <translation>Ghi chú cho nội dung này</translation>
    </message>
    <message>
        <source>Note on the whole meeting</source>
        <translation>Ghi chú cho cả phiên họp</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Ghi chú riêng</translation>
    </message>
    <message>
        <source>Private notes: only you can read them.</source>
        <translation>Ghi chú riêng: chỉ mình bạn đọc được.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang soạn…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Đã lưu trên máy này</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>New document: %1</source>
        <translation>Tài liệu mới: %1</translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Phiên bản mới của “%1”</translation>
    </message>
    <message>
        <source>Reminder: your opinion is awaited on “%1”</source>
        <translation>Nhắc: đang chờ ý kiến của đồng chí về “%1”</translation>
    </message>
    <message>
        <source>Added to the agenda: %1</source>
        <translation>Đã thêm vào chương trình: %1</translation>
    </message>
    <message>
        <source>“%1” was amended</source>
        <translation>“%1” đã được điều chỉnh</translation>
    </message>
    <message>
        <source>A vote is open: %1</source>
        <translation>Đang mở biểu quyết: %1</translation>
    </message>
    <message>
        <source>The vote has closed: %1. Open to see the result.</source>
        <translation>Biểu quyết đã kết thúc: %1. Mở để xem kết quả.</translation>
    </message>
    <message>
        <source>Some of your marks could not follow the new version of “%1”; they are kept on the earlier version.</source>
        <translation>Một số đánh dấu của bạn chưa chuyển được sang phiên bản mới của “%1”; chúng vẫn được giữ trên phiên bản trước.</translation>
    </message>
    <message numerus="yes">
        <source>The store did not accept %n of your changes; they are kept here. Open to see why.</source>
        <translation>
            <numerusform>Máy chủ không chấp nhận %n thay đổi của bạn; các thay đổi vẫn được giữ trên máy này. Mở để xem lý do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n thông báo khác)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>In place of %1</source>
        <translation>Dự thay %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n mục chương trình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search the directory by name or unit</source>
        <translation>Tìm trong danh bạ theo tên hoặc đơn vị</translation>
    </message>
    <message>
        <source>Search by name or unit…</source>
        <translation>Tìm theo tên hoặc đơn vị…</translation>
    </message>
    <message>
        <source>People found in the directory</source>
        <translation>Người tìm thấy trong danh bạ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần dự họp</translation>
    </message>
    <message>
        <source>Invite with this role</source>
        <translation>Mời với vai trò này</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Found person substitutes for the selected member</source>
        <translation>Người tìm được dự thay thành viên đang chọn</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập tệp CSV…</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Invitee&apos;s agenda items…</source>
        <translation>Mục chương trình của khách mời…</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Danh bạ cán bộ</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Nhập danh sách người dự họp</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Tệp CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect your data</source>
        <translation>Bảo vệ dữ liệu của bạn</translation>
    </message>
    <message>
        <source>This computer has no secure keyring. Choose a passphrase to encrypt the meetings kept here; you will type it each time the program starts.</source>
        <translation>Máy tính này không có kho khóa an toàn. Hãy chọn một cụm mật khẩu để mã hóa các cuộc họp lưu tại đây; bạn sẽ nhập nó mỗi lần mở chương trình.</translation>
    </message>
    <message>
        <source>Type the passphrase that protects the meetings on this computer.</source>
        <translation>Nhập cụm mật khẩu bảo vệ các cuộc họp trên máy tính này.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Dùng ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PdfPassword</name>
    <message>
        <source>Password-protected PDF</source>
        <translation>PDF có mật khẩu</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Enter it to import a decrypted copy (the password is not kept):</source>
        <translation>“%1” được bảo vệ bằng mật khẩu. Nhập mật khẩu để nhập một bản đã giải mã (mật khẩu không được lưu):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Thêm người vào danh bạ</translation>
    </message>
    <message>
        <source>e.g. nguyen.van.an</source>
        <translation>ví dụ: nguyen.van.an</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>The person can sign in once an administrator has set a password (meetings-app admin set-password USERNAME). Passwords are never typed here.</source>
        <translation>Người này đăng nhập được sau khi quản trị viên đặt mật khẩu (meetings-app admin set-password TÊN_ĐĂNG_NHẬP). Không bao giờ nhập mật khẩu ở đây.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>PollListModel</name>
    <message>
        <source>Written opinion</source>
        <translation>Lấy ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>closes soon: %1</source>
        <translation>sắp hết hạn: %1</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>mở đến %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message>
        <source>Votes of this meeting</source>
        <translation>Các biểu quyết của cuộc họp</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Lựa chọn của bạn</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Ý kiến (không bắt buộc)</translation>
    </message>
    <message>
        <source>Comment on your ballot (optional)</source>
        <translation>Ý kiến kèm phiếu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>No polls for this meeting.</source>
        <translation>Phiên họp này chưa có nội dung biểu quyết.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Hạn chót: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Đã đóng: %1</translation>
    </message>
    <message>
        <source>Change ballot</source>
        <translation>Thay đổi biểu quyết</translation>
    </message>
    <message>
        <source>Your role in this meeting does not include voting.</source>
        <translation>Vai trò của bạn trong phiên họp này không có quyền biểu quyết.</translation>
    </message>
    <message>
        <source>You have not voted yet.</source>
        <translation>Bạn chưa biểu quyết.</translation>
    </message>
    <message>
        <source>Your ballot: %1 — %2</source>
        <translation>Phiếu của bạn: %1 — %2</translation>
    </message>
    <message>
        <source>It will be sent when this laptop is online.</source>
        <translation>Phiếu sẽ được gửi khi máy có kết nối mạng.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Results (%1 ballots)</source>
        <translation>Kết quả (%1 phiếu)</translation>
    </message>
    <message>
        <source>Secret ballot: only the tally is shown.</source>
        <translation>Bỏ phiếu kín: chỉ hiển thị kết quả kiểm phiếu.</translation>
    </message>
    <message>
        <source>Ballots:</source>
        <translation>Các phiếu:</translation>
    </message>
    <message>
        <source>Choose an option first.</source>
        <translation>Hãy chọn một phương án trước.</translation>
    </message>
</context>
<context>
    <name>PrepareWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần dự họp</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Phiếu lấy ý kiến</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>PresenterLink</name>
    <message>
        <source>Follow the presenter</source>
        <translation>Theo dõi người trình bày</translation>
    </message>
    <message>
        <source>Lead the viewers to my page</source>
        <translation>Dẫn mọi người xem theo trang của tôi</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Ready for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Publish to participants</source>
        <translation>Phát hành tới người dự họp</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Trả về bản nháp</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the store</source>
        <translation>
            <numerusform>%n thay đổi chưa gửi lên máy chủ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) not yet received by participants</source>
        <translation>
            <numerusform>%n nội dung sửa đổi người dự họp chưa nhận được</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>Publish this meeting? Every participant receives its agenda and the documents addressed to them at once.</source>
        <translation>Phát hành cuộc họp này? Mọi người dự họp sẽ nhận ngay chương trình và các tài liệu gửi tới họ.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi dùng gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính này</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the store refused</source>
        <translation>Các thay đổi bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>These changes were made on this computer but the store did not accept them, for the reason given. What you wrote is kept here; nothing else was changed.</source>
        <translation>Các thay đổi này được thực hiện trên máy này nhưng máy chủ không chấp nhận, với lý do nêu kèm. Nội dung bạn đã viết vẫn được giữ tại đây; không có gì khác bị thay đổi.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
</context>
<context>
    <name>RefusedChangesModel</name>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Lý do bị từ chối</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issue (give it a number)</source>
        <translation>Cấp số và ban hành</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <source>Issued: the number and date are the register&apos;s.</source>
        <translation>Đã ban hành: số và ngày theo sổ đăng ký văn bản.</translation>
    </message>
    <message>
        <source>Number pending: the request is saved and goes to the store at the next sync. The report is issued, and can be signed, when the store&apos;s number arrives.</source>
        <translation>Đang chờ cấp số: yêu cầu đã được lưu và sẽ gửi lên máy chủ ở lần đồng bộ tới. Báo cáo được ban hành, và có thể ký số, khi nhận được số từ máy chủ.</translation>
    </message>
    <message>
        <source>Draft: no number yet. It is signed once it is issued.</source>
        <translation>Dự thảo: chưa có số. Chỉ ký số sau khi đã ban hành.</translation>
    </message>
    <message>
        <source>You sign as the chair of the meeting.</source>
        <translation>Bạn ký với tư cách chủ tọa phiên họp.</translation>
    </message>
    <message>
        <source>You sign as the secretary of the meeting.</source>
        <translation>Bạn ký với tư cách thư ký phiên họp.</translation>
    </message>
    <message>
        <source>Signed. Save it to keep the signed copy.</source>
        <translation>Đã ký số. Hãy lưu lại để giữ bản đã ký.</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Agenda booklet</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Bộ tài liệu họp</translation>
    </message>
    <message>
        <source>Ballot results</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Consolidated-opinion table</source>
        <translation>Bảng tổng hợp ý kiến</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>One option per line</source>
        <translation>Mỗi phương án một dòng</translation>
    </message>
    <message>
        <source>Secret (only the totals are ever shown)</source>
        <translation>Bỏ phiếu kín (chỉ công bố tổng số)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Mở lấy ý kiến</translation>
    </message>
    <message>
        <source>Remind those who have not answered</source>
        <translation>Nhắc người chưa trả lời</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Đóng phiếu ngay</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Các ý kiến đã nhận</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Các phương án</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Write the question and options, then save the draft.</source>
        <translation>Hãy viết câu hỏi và các phương án rồi lưu bản nháp.</translation>
    </message>
    <message>
        <source>%1 of %2 members have answered.</source>
        <translation>%1/%2 thành viên đã trả lời.</translation>
    </message>
    <message>
        <source>Secret: how each member answered is never shown.</source>
        <translation>Phiếu kín: không bao giờ hiển thị ai chọn phương án nào.</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
    <message>
        <source>No username on this row.</source>
        <translation>Dòng này không có tên đăng nhập.</translation>
    </message>
    <message>
        <source>Nobody with this username in the directory (ask an administrator).</source>
        <translation>Không có ai với tên đăng nhập này trong danh bạ (hãy hỏi quản trị viên).</translation>
    </message>
    <message>
        <source>The name differs from the directory&apos;s for this username.</source>
        <translation>Họ tên khác với họ tên trong danh bạ của tên đăng nhập này.</translation>
    </message>
    <message>
        <source>Unknown role (chair, secretary, member, invitee or observer).</source>
        <translation>Vai trò không hợp lệ (chủ trì, thư ký, thành viên, khách mời hoặc quan sát).</translation>
    </message>
    <message>
        <source>This person is already on an earlier row.</source>
        <translation>Người này đã có ở một dòng phía trên.</translation>
    </message>
</context>
<context>
    <name>RunModeHost</name>
    <message>
        <source>Choose a meeting in the Read mode&apos;s list to run it.</source>
        <translation>Hãy chọn một phiên họp trong danh sách ở chế độ Đọc để điều hành.</translation>
    </message>
</context>
<context>
    <name>RunModeWidget</name>
    <message>
        <source>Start the meeting</source>
        <translation>Khai mạc phiên họp</translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation>Bế mạc phiên họp</translation>
    </message>
    <message>
        <source>Agenda and time</source>
        <translation>Chương trình và thời gian</translation>
    </message>
    <message>
        <source>Discuss the selected item</source>
        <translation>Chuyển sang nội dung đã chọn</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Nội dung tiếp theo ▶</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>● In progress</source>
        <translation>● Đang họp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã bế mạc</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa khai mạc</translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation> (đang gửi…)</translation>
    </message>
    <message>
        <source>No item under discussion.</source>
        <translation>Chưa có nội dung nào đang thảo luận.</translation>
    </message>
    <message>
        <source>Now: %1 — %2 of %3</source>
        <translation>Đang họp: %1 — %2 / %3</translation>
    </message>
    <message>
        <source>End the meeting for everyone? It cannot be reopened.</source>
        <translation>Bế mạc phiên họp cho tất cả mọi người? Phiên họp đã bế mạc không thể mở lại.</translation>
    </message>
</context>
<context>
    <name>RunModeWiring</name>
    <message>
        <source>Run the meeting…</source>
        <translation>Điều hành phiên họp…</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Nội dung đang họp</translation>
    </message>
    <message>
        <source>Minutes saved: %1</source>
        <translation>Đã lưu biên bản: %1</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search documents and your notes</source>
        <translation>Tìm trong tài liệu và ghi chú của bạn</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Your note: %1</source>
        <translation>Ghi chú của bạn: %1</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, trang %2</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Signed out. Your work stays on this computer.</source>
        <translation>Đã đăng xuất. Công việc của bạn vẫn được giữ trên máy tính này.</translation>
    </message>
    <message>
        <source>This computer was removed</source>
        <translation>Máy tính này đã bị gỡ khỏi tài khoản</translation>
    </message>
    <message>
        <source>This computer has been removed from your account, so the meetings kept on it have been deleted. Contact agency IT to use it again.</source>
        <translation>Máy tính này đã bị gỡ khỏi tài khoản của bạn, nên các cuộc họp lưu trên máy đã bị xoá. Hãy liên hệ bộ phận công nghệ thông tin của cơ quan để dùng lại máy.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>The new language is used fully after the program is restarted.</source>
        <translation>Ngôn ngữ mới được áp dụng đầy đủ sau khi khởi động lại chương trình.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the report</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Tệp khóa</translation>
    </message>
    <message>
        <source>Token library</source>
        <translation>Thư viện thiết bị ký</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>Tệp khóa (PKCS#12)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>Thiết bị ký số USB (PKCS#11)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Tệp khóa:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation>Thư viện của token:</translation>
    </message>
    <message>
        <source>Token name:</source>
        <translation>Tên token:</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Tên khóa:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Chọn tệp khóa</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Tệp khóa (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the token&apos;s library</source>
        <translation>Chọn thư viện của token</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Duy trì đăng nhập trên máy tính này</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to sync; your work on this computer is kept.</source>
        <translation>Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để đồng bộ; công việc của bạn trên máy này vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Làm việc ngoại tuyến</translation>
    </message>
    <message>
        <source>Enter the server address, your username and password.</source>
        <translation>Hãy nhập địa chỉ máy chủ, tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>The username or password is not right. Type them again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address, or work offline with the meetings already on this computer.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra mạng và địa chỉ máy chủ, hoặc làm việc ngoại tuyến với các cuộc họp đã có trên máy này.</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like https://hop.example.gov.vn.</source>
        <translation>Đây không phải địa chỉ máy chủ. Địa chỉ có dạng https://hop.example.gov.vn.</translation>
    </message>
    <message>
        <source>The address answers, but it is not a meetings server. Check the address.</source>
        <translation>Địa chỉ này có phản hồi nhưng không phải máy chủ họp. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>This computer has been removed from your account. Contact agency IT.</source>
        <translation>Máy tính này đã bị gỡ khỏi tài khoản của bạn. Hãy liên hệ bộ phận CNTT của cơ quan.</translation>
    </message>
    <message>
        <source>This computer holds another person&apos;s meetings. Sign in as that person, or ask agency IT to remove their data first.</source>
        <translation>Máy tính này đang lưu các cuộc họp của người khác. Hãy đăng nhập bằng tài khoản đó, hoặc đề nghị bộ phận CNTT xóa dữ liệu của họ trước.</translation>
    </message>
    <message>
        <source>No secure place to keep your sign-in is available on this computer, and no passphrase was given.</source>
        <translation>Máy tính này không có nơi an toàn để lưu thông tin đăng nhập, và chưa có cụm mật khẩu nào được nhập.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Cụm mật khẩu không đúng.</translation>
    </message>
</context>
<context>
    <name>SignMinutesAction</name>
    <message>
        <source>Sign the minutes…</source>
        <translation>Ký số biên bản…</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Biên bản: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>an unknown signer</source>
        <translation>người ký không xác định</translation>
    </message>
    <message>
        <source>✖ The signature of %1 is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</source>
        <translation>✖ Chữ ký số của %1 không còn nguyên vẹn: văn bản đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng. Không sử dụng bản này.</translation>
    </message>
    <message>
        <source>✔ Signed by %1 on %2; the signature is intact and trusted.</source>
        <translation>✔ %1 đã ký lúc %2; chữ ký số nguyên vẹn và tin cậy.</translation>
    </message>
    <message>
        <source>⚠ Signed by %1 on %2; the signature is intact, but the certificate is not in the agency&apos;s trust list.</source>
        <translation>⚠ %1 đã ký lúc %2; chữ ký số nguyên vẹn, nhưng chứng thư số không thuộc danh sách tin cậy của cơ quan.</translation>
    </message>
    <message>
        <source>The file was added to after this signature.</source>
        <translation>Tệp đã được bổ sung nội dung sau chữ ký này.</translation>
    </message>
</context>
<context>
    <name>SpeakerQueueModel</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Một đại biểu</translation>
    </message>
    <message>
        <source>%1 (speaking)</source>
        <translation>%1 (đang phát biểu)</translation>
    </message>
</context>
<context>
    <name>SpeakerQueuePanel</name>
    <message>
        <source>Requests to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Mời phát biểu</translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation>Kết thúc lượt phát biểu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Requests to speak on: %1</source>
        <translation>Đăng ký phát biểu về: %1</translation>
    </message>
    <message>
        <source>Requests to speak on the meeting as a whole</source>
        <translation>Đăng ký phát biểu chung cho phiên họp</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Place</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>has the floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>đã phát biểu</translation>
    </message>
</context>
<context>
    <name>SpeakingPanel</name>
    <message>
        <source>Ask to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút đăng ký</translation>
    </message>
    <message>
        <source>Requests to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Open a meeting to ask for the floor.</source>
        <translation>Mở một phiên họp để đăng ký phát biểu.</translation>
    </message>
    <message>
        <source>Agenda item: %1</source>
        <translation>Nội dung: %1</translation>
    </message>
    <message>
        <source>The meeting as a whole</source>
        <translation>Cả phiên họp</translation>
    </message>
    <message>
        <source>You have the floor.</source>
        <translation>Bạn đang được phát biểu.</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>Bạn đứng thứ %1 trong danh sách chờ.</translation>
    </message>
    <message>
        <source>Your role in this meeting does not include asking to speak.</source>
        <translation>Vai trò của bạn trong phiên họp này không có quyền đăng ký phát biểu.</translation>
    </message>
    <message>
        <source>You have not asked to speak on this item.</source>
        <translation>Bạn chưa đăng ký phát biểu về nội dung này.</translation>
    </message>
    <message>
        <source>Saved on this device; the chair sees it once you are online.</source>
        <translation>Đã lưu trên máy này; chủ tọa sẽ thấy khi máy có kết nối mạng.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>● Live: changes arrive as they happen</source>
        <translation>● Trực tuyến: thay đổi đến ngay khi có</translation>
    </message>
    <message>
        <source>● Online: checking for changes now and then</source>
        <translation>● Có kết nối: kiểm tra thay đổi định kỳ</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <source>● Offline: work is kept on this computer</source>
        <translation>● Ngoại tuyến: công việc được giữ trên máy này</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Đã gửi hết thay đổi</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Đang tải %1 %</translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Hình thu nhỏ các trang</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
</context>
<context>
    <name>UnplacedMarksDialog</name>
    <message>
        <source>Marks that could not follow</source>
        <translation>Đánh dấu chưa chuyển được</translation>
    </message>
    <message>
        <source>A new version of a document arrived. These marks could not be placed on it because the text they cover changed; they are kept on the earlier version.</source>
        <translation>Đã có phiên bản mới của một tài liệu. Các đánh dấu dưới đây chưa đặt được lên phiên bản mới vì đoạn văn bản chúng đánh dấu đã thay đổi; chúng vẫn được giữ trên phiên bản trước.</translation>
    </message>
    <message>
        <source>Done with it</source>
        <translation>Đã xem xong</translation>
    </message>
    <message>
        <source>Take the mark off this list; it stays on the earlier version.</source>
        <translation>Bỏ đánh dấu khỏi danh sách này; đánh dấu vẫn nằm trên phiên bản trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) to review</source>
        <translation>
            <numerusform>%n đánh dấu cần xem lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mark followed its document.</source>
        <translation>Mọi đánh dấu đã chuyển theo tài liệu.</translation>
    </message>
</context>
<context>
    <name>UnplacedMarksModel</name>
    <message>
        <source>(a drawing)</source>
        <translation>(nét vẽ tay)</translation>
    </message>
    <message>
        <source>%1, version %2, page %3</source>
        <translation>%1, phiên bản %2, trang %3</translation>
    </message>
</context>
<context>
    <name>UpdateBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ẩn thông báo</translation>
    </message>
    <message>
        <source>This version (%1) is too old to sync with the meeting server; install version %2. Your notes, marks and ballots are kept on this computer and are sent after the update; until then you can keep reading and marking up.</source>
        <translation>Phiên bản này (%1) đã quá cũ để đồng bộ với máy chủ phòng họp; hãy cài phiên bản %2. Ghi chú, đánh dấu và phiếu biểu quyết của bạn được giữ trên máy này và sẽ được gửi sau khi cập nhật; trong lúc chờ, bạn vẫn có thể đọc và đánh dấu.</translation>
    </message>
    <message>
        <source>Version %1 of the program is available.</source>
        <translation>Đã có phiên bản %1 của chương trình.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Ask agency IT for the new version.</source>
        <translation>Hãy hỏi bộ phận CNTT của cơ quan để có phiên bản mới.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Các phiên bản của “%1”</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
</TS>
