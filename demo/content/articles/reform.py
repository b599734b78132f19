"""Cải cách hành chính."""

from demo.content.article import Article

SECTION = "cai-cach-hanh-chinh"

PUBLIC_SERVICE_LINKS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Hệ thống thông tin giải quyết thủ tục hành chính Hà Nội", "https://dichvucong.hanoi.gov.vn"),
)

ARTICLES = (
    Article(
        SECTION,
        "news",
        "Sở Văn hóa và Thể thao đứng trong nhóm dẫn đầu về chỉ số cải cách hành chính",
        "Kết quả xếp hạng chỉ số cải cách hành chính của các sở, ngành cho thấy Sở Văn hóa và Thể thao thuộc nhóm dẫn "
        "đầu, với điểm cao ở các tiêu chí về thủ tục hành chính và chuyển đổi số.",
        """
Kết quả này phản ánh nỗ lực của Sở trong việc rà soát, đơn giản hóa thủ tục, tăng tỷ lệ hồ sơ trực tuyến và công
khai, minh bạch quá trình giải quyết. Toàn bộ thủ tục thuộc thẩm quyền của Sở đều được cung cấp trực tuyến.

Bên cạnh đó, một số tiêu chí còn điểm thấp như tỷ lệ thanh toán trực tuyến, mức độ số hóa kết quả giải quyết. Sở
đã giao các phòng chuyên môn xây dựng giải pháp khắc phục trong năm tới.
""",
        "bo-phan-mot-cua",
        "van-phong",
        "Minh Anh",
        19,
        topics=("thu-tuc-hanh-chinh", "chuyen-doi-so"),
        table=(
            "Điểm thành phần chỉ số cải cách hành chính (dữ liệu mẫu)",
            (
                ("Lĩnh vực", "Điểm đạt", "Điểm tối đa"),
                ("Công tác chỉ đạo, điều hành", "9,5", "10"),
                ("Cải cách thủ tục hành chính", "12,8", "13"),
                ("Cải cách tổ chức bộ máy", "7,6", "8"),
                ("Xây dựng chính quyền số", "11,2", "13"),
            ),
        ),
        featured=True,
    ),
    Article(
        SECTION,
        "article",
        "Một ngày ở bộ phận một cửa: nhanh hơn, gần dân hơn",
        "Bảng số thứ tự điện tử, hồ sơ được số hóa ngay tại quầy, kết quả trả qua bưu điện: bộ phận một cửa đang thay "
        "đổi để người dân đi lại ít nhất.",
        """
Tám giờ sáng, bộ phận một cửa đã có người chờ. Mỗi người bấm lấy số trên máy, ngồi chờ gọi tên trên bảng điện tử.
Những hồ sơ đơn giản như cấp giấy phép tổ chức biểu diễn nghệ thuật được tiếp nhận trong vài phút.

## Hướng dẫn tận tình

Cán bộ tiếp nhận không chỉ nhận hồ sơ mà còn hướng dẫn người dân nộp trực tuyến cho những lần sau. Nhiều người cao
tuổi được hỗ trợ tạo tài khoản định danh điện tử ngay tại quầy.

## Lắng nghe người dân

Sau mỗi lần giao dịch, người dân có thể đánh giá mức độ hài lòng qua máy tính bảng đặt tại quầy. Các ý kiến góp ý
được tổng hợp hằng tháng để cải thiện chất lượng phục vụ.
""",
        "bo-phan-mot-cua",
        "van-phong",
        "Việt Hà",
        62,
        topics=("thu-tuc-hanh-chinh",),
        places=("hoan-kiem",),
        picture=("nop-ho-so-truc-tuyen", "Người dân có thể nộp hồ sơ trực tuyến tại nhà."),
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật kết quả giải quyết thủ tục hành chính tháng này",
        "Trong tháng, Sở tiếp nhận 426 hồ sơ thủ tục hành chính, trong đó 381 hồ sơ nộp trực tuyến; 100% hồ sơ được "
        "giải quyết đúng hạn.",
        """
Các lĩnh vực có nhiều hồ sơ nhất là nghệ thuật biểu diễn, quảng cáo và thể dục thể thao. Không có hồ sơ nào quá hạn;
một số hồ sơ được trả kết quả sớm hơn thời hạn quy định.

Người dân, doanh nghiệp có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Hệ thống thông tin giải quyết thủ tục
hành chính của Thành phố.
""",
        "nop-ho-so-truc-tuyen",
        "van-phong",
        "Đức Anh",
        1,
        topics=("thu-tuc-hanh-chinh", "chuyen-doi-so"),
        table=(
            "Kết quả giải quyết hồ sơ trong tháng (dữ liệu mẫu)",
            (
                ("Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đúng hạn"),
                ("Nghệ thuật biểu diễn", "184", "171", "184"),
                ("Quảng cáo", "97", "88", "97"),
                ("Thể dục thể thao", "76", "65", "76"),
                ("Di sản văn hóa", "41", "35", "41"),
                ("Gia đình", "28", "22", "28"),
            ),
        ),
        links=PUBLIC_SERVICE_LINKS,
    ),
    Article(
        SECTION,
        "update",
        "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung",
        "Danh mục gồm 12 thủ tục trong các lĩnh vực nghệ thuật biểu diễn, quảng cáo, di sản văn hóa được sửa đổi về "
        "thành phần hồ sơ và thời hạn giải quyết.",
        """
Các thủ tục được sửa đổi theo hướng giảm giấy tờ phải nộp, khai thác dữ liệu từ cơ sở dữ liệu quốc gia về dân cư
thay cho bản sao giấy tờ tùy thân. Thời hạn giải quyết một số thủ tục được rút ngắn từ 2 đến 5 ngày làm việc.

Nội dung chi tiết từng thủ tục được công khai tại bộ phận một cửa và trên Cổng Dịch vụ công. Người dân nên xem kỹ
thành phần hồ sơ trước khi nộp.
""",
        "nop-ho-so-truc-tuyen",
        "van-phong",
        "Trung Kiên",
        80,
        topics=("thu-tuc-hanh-chinh",),
        links=PUBLIC_SERVICE_LINKS,
    ),
    Article(
        SECTION,
        "video",
        "Video: Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến",
        "Ba bước đơn giản để nộp hồ sơ thủ tục hành chính lĩnh vực văn hóa, thể thao qua Cổng Dịch vụ công mà không "
        "cần đến trụ sở.",
        """
Video hướng dẫn cách đăng nhập, chọn thủ tục, điền tờ khai, đính kèm hồ sơ và theo dõi kết quả. Tài liệu hướng dẫn
chi tiết được đính kèm bên dưới.

Nếu gặp khó khăn, người dân có thể gọi đường dây nóng của Sở trong giờ hành chính để được hỗ trợ.
""",
        "nop-ho-so-truc-tuyen",
        "van-phong",
        "Ngọc Mai",
        42,
        topics=("thu-tuc-hanh-chinh", "chuyen-doi-so"),
        clip="dich-vu-cong",
        document="huong-dan-dich-vu-cong",
        links=PUBLIC_SERVICE_LINKS,
    ),
    Article(
        SECTION,
        "news",
        "Thí điểm trả kết quả thủ tục hành chính bản điện tử",
        "Từ tháng này, kết quả giải quyết một số thủ tục hành chính lĩnh vực nghệ thuật biểu diễn được trả bằng bản "
        "điện tử có chữ ký số, có giá trị pháp lý như bản giấy.",
        """
Người dân, doanh nghiệp nhận kết quả qua tài khoản trên Cổng Dịch vụ công và có thể tải về, in ra khi cần. Cơ quan
kiểm tra có thể xác thực kết quả bằng mã QR in trên văn bản.

Trong giai đoạn thí điểm, người dân vẫn có thể đề nghị nhận bản giấy tại bộ phận một cửa hoặc qua dịch vụ bưu chính.
""",
        "nop-ho-so-truc-tuyen",
        "van-phong",
        "Hoài Thu",
        115,
        topics=("thu-tuc-hanh-chinh", "chuyen-doi-so"),
    ),
    Article(
        SECTION,
        "article",
        "Giải đáp vướng mắc thường gặp khi xin phép tổ chức biểu diễn nghệ thuật",
        "Những câu hỏi người dân, doanh nghiệp hay gửi về Sở khi làm thủ tục tổ chức biểu diễn nghệ thuật, và câu trả "
        "lời của Phòng Quản lý Văn hóa và Nghệ thuật.",
        """
## Chương trình biểu diễn ở nhà hàng có phải xin phép không?

Tùy tính chất chương trình. Các chương trình biểu diễn nghệ thuật tổ chức cho công chúng, có bán vé hoặc không, cần
thực hiện thủ tục theo quy định; chương trình nội bộ của cơ quan, gia đình không bán vé thì không phải.

## Hồ sơ nộp trực tuyến có cần bản giấy không?

Không. Hồ sơ nộp trực tuyến hợp lệ có giá trị như hồ sơ giấy; người nộp chỉ cần xuất trình bản gốc khi cơ quan giải
quyết yêu cầu đối chiếu.

## Bao lâu thì có kết quả?

Thời hạn giải quyết được công khai trong từng thủ tục. Người nộp có thể theo dõi tình trạng hồ sơ và nhận thông báo
qua tin nhắn, thư điện tử.

> Nếu còn vướng mắc, người dân cứ gọi điện hoặc gửi câu hỏi, chúng tôi trả lời trong thời gian sớm nhất. — Ông
Bùi Quang Vinh, Phó Trưởng phòng Quản lý Văn hóa và Nghệ thuật
""",
        "san-khau-rem-xanh",
        "van-hoa-nghe-thuat",
        "Phương Linh",
        170,
        topics=("thu-tuc-hanh-chinh", "nghe-thuat-bieu-dien"),
        links=PUBLIC_SERVICE_LINKS,
    ),
)
