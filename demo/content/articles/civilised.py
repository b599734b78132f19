"""Người Hà Nội thanh lịch - văn minh."""

from demo.content.article import Article

SECTION = "nguoi-ha-noi-thanh-lich-van-minh"

ARTICLES = (
    Article(
        SECTION,
        "article",
        "Chương trình 06-CTr/TU: những kết quả nổi bật trong xây dựng người Hà Nội thanh lịch, văn minh",
        "Sau giai đoạn triển khai Chương trình 06-CTr/TU của Thành ủy, đời sống văn hóa ở cơ sở có nhiều chuyển biến: "
        "tỷ lệ gia đình văn hóa, tổ dân phố văn hóa tăng, các thiết chế văn hóa được quan tâm đầu tư.",
        """
Chương trình đặt mục tiêu phát triển văn hóa, xây dựng người Hà Nội thanh lịch, văn minh, coi văn hóa là nền tảng
tinh thần và động lực phát triển của Thủ đô. Các sở, ngành, địa phương đã cụ thể hóa chương trình thành kế hoạch
hằng năm với chỉ tiêu rõ ràng.

## Những con số

Theo báo cáo sơ kết, phần lớn hộ gia đình đạt danh hiệu gia đình văn hóa; nhiều thôn, tổ dân phố được công nhận danh
hiệu văn hóa nhiều năm liền. Các phong trào tự quản về vệ sinh môi trường, an ninh trật tự được duy trì đều đặn.

## Những bài học

Kinh nghiệm cho thấy nơi nào cấp ủy, chính quyền quan tâm sát sao, phát huy vai trò của người có uy tín trong cộng
đồng thì phong trào đi vào chiều sâu, tránh hình thức.

> Thanh lịch, văn minh không phải là khẩu hiệu, mà là cách mỗi người Hà Nội sống mỗi ngày. — Bà Vũ Thị Phương
Thảo, Phó Giám đốc Sở
""",
        "ho-guom-binh-minh",
        "nep-song-gia-dinh",
        "Bảo Ngọc",
        44,
        topics=("nep-song-van-minh", "van-hoa-co-so"),
        table=(
            "Một số chỉ tiêu văn hóa cơ sở (số liệu mẫu)",
            (
                ("Chỉ tiêu", "Kết quả", "Mục tiêu"),
                ("Hộ gia đình văn hóa", "89%", "88%"),
                ("Thôn, tổ dân phố văn hóa", "70%", "68%"),
                ("Cơ quan, đơn vị đạt chuẩn văn hóa", "92%", "90%"),
            ),
        ),
        featured=True,
    ),
    Article(
        SECTION,
        "news",
        "Sửa đổi hương ước, quy ước theo hướng gọn, dễ thực hiện",
        "Nhiều thôn, tổ dân phố ở ngoại thành đã sửa đổi hương ước, quy ước, bỏ những quy định không còn phù hợp và bổ "
        "sung nội dung về bảo vệ môi trường, tổ chức việc cưới, việc tang văn minh.",
        """
Hương ước mới được xây dựng dân chủ, qua nhiều vòng lấy ý kiến người dân. Các quy định về tổ chức việc cưới, việc
tang, mừng thọ được quy định cụ thể, khuyến khích tiết kiệm, không phô trương.

Sở hướng dẫn các xã rà soát hương ước theo quy định, bảo đảm không trái pháp luật và phù hợp với phong tục, tập quán
tốt đẹp của từng địa phương.
""",
        "le-hoi-dem",
        "nep-song-gia-dinh",
        "Trung Kiên",
        135,
        topics=("nep-song-van-minh", "van-hoa-co-so"),
        places=("soc-son", "bat-trang"),
    ),
    Article(
        SECTION,
        "photo_report",
        "Những tấm gương người tốt, việc tốt giữa lòng Thủ đô",
        "Người cựu chiến binh nhặt rác bên hồ mỗi sáng, cô giáo mở lớp học miễn phí, nhóm thanh niên sửa xe cho người "
        "khó khăn: phóng sự ảnh về những tấm gương bình dị.",
        """
Những tấm gương được giới thiệu trong phóng sự đều được các phường, xã đề xuất biểu dương trong năm. Họ là những
người bình thường, làm những việc bình thường nhưng bền bỉ, góp phần làm đẹp thêm hình ảnh người Hà Nội.

Sở tiếp tục tiếp nhận đề xuất của người dân về những tấm gương điển hình để giới thiệu trên Cổng thông tin điện tử.
""",
        "via-he-van-minh",
        "thong-tin-trien-lam",
        "Quang Huy",
        75,
        topics=("nep-song-van-minh",),
        places=("tay-ho", "long-bien", "ha-dong"),
        gallery=(
            ("ho-guom-binh-minh", "Mỗi sáng, người cựu chiến binh lại dạo quanh hồ nhặt rác."),
            ("thu-vien-den-vang", "Lớp học miễn phí buổi tối cho các em học sinh."),
            ("via-he-van-minh", "Đoạn vỉa hè do người dân tổ dân phố tự trồng hoa."),
            ("gia-dinh-cong-vien", "Nhóm tình nguyện đưa trẻ em khuyết tật đi dạo công viên."),
            ("pho-xanh", "Con phố sạch đẹp nhờ phong trào tự quản của người dân."),
        ),
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật: Thành phố biểu dương 100 tập thể, cá nhân tiêu biểu",
        "Danh sách 100 tập thể, cá nhân tiêu biểu trong thực hiện nếp sống văn minh đã được công bố; lễ biểu dương "
        "được tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô.",
        """
Các tập thể, cá nhân được lựa chọn qua bình xét từ cơ sở, có thành tích nổi bật trong giữ gìn vệ sinh môi trường,
hoạt động từ thiện, bảo vệ di tích và xây dựng gia đình văn hóa.

Danh sách chi tiết được niêm yết tại trụ sở Ủy ban nhân dân các phường, xã và đăng trên Cổng thông tin điện tử.
""",
        "quang-truong-co-ngay",
        "van-phong",
        "Việt Hà",
        2,
        topics=("nep-song-van-minh",),
    ),
    Article(
        SECTION,
        "news",
        "Tổ dân phố “ba không” ở phường Giảng Võ",
        "Không rác thải, không lấn chiếm vỉa hè, không tiếng ồn sau 22 giờ: quy ước “ba không” của một tổ dân phố đã "
        "được duy trì suốt nhiều năm và được nhiều nơi học tập.",
        """
Quy ước do chính người dân đề xuất và thống nhất trong buổi họp tổ dân phố. Mỗi hộ đăng ký thực hiện, tổ trưởng và
các trưởng nhóm hộ nhắc nhở khi có vi phạm, kết quả được công khai trong các buổi họp định kỳ.

Nhờ đó, ngõ phố luôn sạch sẽ, thông thoáng; các gia đình gắn bó, giúp đỡ nhau nhiều hơn.
""",
        "pho-xanh",
        "nep-song-gia-dinh",
        "Hoài Thu",
        180,
        topics=("nep-song-van-minh",),
        places=("giang-vo",),
    ),
    Article(
        SECTION,
        "article",
        "Lời ăn tiếng nói của người Tràng An hôm nay",
        "“Chẳng thơm cũng thể hoa nhài, dẫu không thanh lịch cũng người Tràng An.” Câu ca dao quen thuộc đặt ra câu "
        "hỏi: nét thanh lịch trong lời ăn tiếng nói của người Hà Nội hôm nay còn giữ được bao nhiêu?",
        """
Người Hà Nội xưa nổi tiếng với cách nói năng nhẹ nhàng, lễ phép, biết “lời chào cao hơn mâm cỗ”. Trong nhịp sống
hiện đại, không ít người lo ngại nét đẹp ấy đang phai nhạt trước lối nói cộc lốc, tiếng lóng và ngôn ngữ mạng.

## Giữ từ trong mỗi gia đình

Nhiều ý kiến cho rằng nơi giữ gìn lời ăn tiếng nói tốt nhất vẫn là gia đình: ông bà, cha mẹ làm gương, dạy con cháu
biết chào hỏi, cảm ơn, xin lỗi đúng lúc.

## Nhà trường và cộng đồng

Các trường học, nhà văn hóa tổ chức câu lạc bộ đọc thơ, kể chuyện về Hà Nội; các cuộc thi viết về “Người Hà Nội
thanh lịch” thu hút nhiều học sinh tham gia. Những hoạt động ấy góp phần giữ cho tiếng nói Hà Nội vẫn trong trẻo
giữa đời thường.
""",
        "pho-co-ngay",
        "nep-song-gia-dinh",
        "Phương Linh",
        400,
        topics=("nep-song-van-minh", "gia-dinh"),
    ),
)
