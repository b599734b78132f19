"""Quy tắc ứng xử."""

from demo.content.article import Article

SECTION = "quy-tac-ung-xu"

ARTICLES = (
    Article(
        SECTION,
        "article",
        "Quy tắc ứng xử nơi công cộng: từ văn bản đến thói quen",
        "Sau nhiều năm triển khai, Quy tắc ứng xử nơi công cộng đã trở nên quen thuộc với người dân Thủ đô. Nhưng để "
        "mỗi điều trong quy tắc trở thành thói quen hằng ngày vẫn cần sự bền bỉ của cả cộng đồng.",
        """
Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội được ban hành kèm theo Quyết định số 1665/QĐ-UBND năm
2017, quy định những chuẩn mực ứng xử cơ bản ở nơi công cộng: giữ gìn vệ sinh chung, ứng xử lịch sự, tôn trọng
người khác, bảo vệ cảnh quan và di tích.

## Những chuyển biến

Hình ảnh xếp hàng trật tự ở quầy giao dịch, người dân nhắc nhau không xả rác ở bờ hồ, học sinh nhường ghế cho người
già trên xe buýt đã trở nên phổ biến hơn. Nhiều trường học đưa quy tắc ứng xử vào giờ sinh hoạt lớp.

## Những điều còn phải cố gắng

Ở một số nơi, tình trạng lấn chiếm vỉa hè, nói tục, chen lấn tại lễ hội vẫn còn. Việc nhắc nhở, xử lý chưa thường
xuyên khiến một bộ phận người dân chưa thay đổi thói quen.

> Quy tắc ứng xử chỉ thật sự có giá trị khi mỗi người tự thấy mình có trách nhiệm thực hiện. — Ông Cao Văn Tuấn,
Phó Trưởng phòng Xây dựng nếp sống văn hóa và Gia đình

Sở tiếp tục phối hợp với các phường, xã tuyên truyền bằng nhiều hình thức sinh động, biểu dương những tập thể, cá
nhân thực hiện tốt.
""",
        "via-he-van-minh",
        "nep-song-gia-dinh",
        "Hoài Thu",
        26,
        topics=("nep-song-van-minh",),
        places=("hoan-kiem",),
        document="quy-tac-ung-xu-tom-tat",
        featured=True,
    ),
    Article(
        SECTION,
        "news",
        "Phát động chủ đề năm về văn hóa ứng xử nơi công sở",
        "Sở Văn hóa và Thể thao phát động chủ đề năm, đề nghị các cơ quan, đơn vị cụ thể hóa Quy tắc ứng xử của cán "
        "bộ, công chức, viên chức bằng những việc làm thiết thực.",
        """
Quy tắc ứng xử của cán bộ, công chức, viên chức trong các cơ quan thuộc thành phố Hà Nội được ban hành kèm theo
Quyết định số 522/QĐ-UBND năm 2017. Chủ đề năm nhấn mạnh tác phong chuyên nghiệp, thái độ tận tụy khi tiếp dân và
giải quyết công việc.

Các đơn vị được đề nghị rà soát nội quy, bố trí hòm thư góp ý, khảo sát mức độ hài lòng của người dân; kết quả thực
hiện là một tiêu chí đánh giá thi đua cuối năm.
""",
        "bo-phan-mot-cua",
        "van-phong",
        "Minh Anh",
        0,
        topics=("nep-song-van-minh",),
        around=(15, 1),
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật kết quả kiểm tra thực hiện quy tắc ứng xử tại các di tích",
        "Đoàn kiểm tra liên ngành đã làm việc tại 15 di tích, lễ hội; phần lớn điểm di tích thực hiện tốt việc niêm "
        "yết "
        "nội quy và hướng dẫn du khách.",
        """
Đoàn kiểm tra ghi nhận việc niêm yết nội quy, bố trí thùng rác, hòm công đức đúng nơi quy định đã được thực hiện
nghiêm túc hơn. Tuy nhiên, tại một số điểm vẫn còn tình trạng đặt tiền lẻ lên tượng, đốt vàng mã không đúng nơi
quy định.

Đoàn đã yêu cầu ban quản lý các di tích chấn chỉnh và báo cáo kết quả khắc phục trước cuối tháng.
""",
        "khue-van-cac-xuan",
        "thanh-tra",
        "Đức Anh",
        16,
        topics=("nep-song-van-minh", "di-san"),
        places=("van-mieu", "huong-son"),
        table=(
            "Kết quả kiểm tra tại 15 di tích, lễ hội",
            (
                ("Nội dung", "Đạt", "Chưa đạt"),
                ("Niêm yết nội quy, quy tắc ứng xử", "15", "0"),
                ("Bố trí thùng rác, nhà vệ sinh", "13", "2"),
                ("Quản lý hòm công đức, tiền lễ", "11", "4"),
            ),
        ),
    ),
    Article(
        SECTION,
        "video",
        "Video: Những điều cần nhớ khi đi lễ hội",
        "Trang phục lịch sự, không chen lấn, đặt lễ đúng nơi quy định và giữ vệ sinh chung: video ngắn nhắc lại những "
        "điều cần nhớ khi đi lễ hội.",
        """
Video thuộc chuỗi sản phẩm tuyên truyền Quy tắc ứng xử nơi công cộng, được sử dụng trên màn hình tại các di tích,
bến xe và trên mạng xã hội của các phường, xã.

Phụ đề tiếng Việt có thể bật trên trình phát.
""",
        "le-hoi-den-long",
        "thong-tin-trien-lam",
        "Ngọc Mai",
        0,
        topics=("le-hoi", "nep-song-van-minh"),
        clip="van-hoa-the-thao",
        around=(10, 2),
    ),
    Article(
        SECTION,
        "news",
        "Trường học đưa quy tắc ứng xử vào giờ sinh hoạt lớp",
        "Hơn 300 trường tiểu học, trung học cơ sở đã xây dựng bộ quy tắc ứng xử riêng, lồng ghép nội dung ứng xử nơi "
        "công cộng vào giờ sinh hoạt lớp.",
        """
Các trường xây dựng quy tắc ứng xử với sự tham gia góp ý của học sinh, giáo viên và phụ huynh, dùng ngôn ngữ gần
gũi, dễ nhớ. Nhiều lớp học tổ chức tiểu phẩm, trò chơi đóng vai về các tình huống trên xe buýt, trong công viên.

Phòng Xây dựng nếp sống văn hóa và Gia đình cung cấp tài liệu, tranh ảnh tuyên truyền để các trường sử dụng.
""",
        "thu-vien-sang",
        "nep-song-gia-dinh",
        "Phương Linh",
        260,
        topics=("nep-song-van-minh",),
        places=("cau-giay", "giang-vo"),
    ),
    Article(
        SECTION,
        "article",
        "Ứng xử với du khách – bộ mặt của Thủ đô",
        "Một lời chỉ đường tận tình, một mức giá trung thực có thể để lại ấn tượng đẹp về Hà Nội trong lòng du khách. "
        "Ngược lại, chỉ một lần bị chèo kéo cũng đủ làm hỏng cả chuyến đi.",
        """
Hà Nội đón hàng chục triệu lượt khách mỗi năm. Cách người Hà Nội ứng xử với du khách, từ người bán hàng, lái xe đến
người dân trên phố, là một phần của hình ảnh Thủ đô.

## Những câu chuyện đẹp

Nhiều du khách kể lại kỷ niệm được người dân chỉ đường tận nơi, được chủ quán trả lại ví đánh rơi. Những câu
chuyện ấy lan truyền trên mạng xã hội, trở thành lời quảng bá chân thực nhất cho thành phố.

## Kiên quyết xử lý vi phạm

Các lực lượng chức năng tăng cường kiểm tra tại khu vực phố cổ, hồ Hoàn Kiếm, các di tích trọng điểm; xử lý nghiêm
hành vi chèo kéo, ép giá. Người dân, du khách có thể phản ánh qua đường dây nóng của Sở.
""",
        "pho-co-ngay",
        "thanh-tra",
        "Thanh Tùng",
        330,
        topics=("nep-song-van-minh",),
        places=("hoan-kiem",),
    ),
)
