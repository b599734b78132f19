"""Thể thao and its sub-sections Thể thao thành tích cao, Thể thao quần chúng."""

from demo.content.article import Article

SPORTS = "the-thao"
ELITE = "the-thao/the-thao-thanh-tich-cao"
MASS = "the-thao/the-thao-quan-chung"

ARTICLES = (
    Article(
        SPORTS,
        "news",
        "Hà Nội dẫn đầu toàn đoàn tại Đại hội Thể thao toàn quốc",
        "Đoàn thể thao Hà Nội giành vị trí nhất toàn đoàn với số huy chương vàng vượt chỉ tiêu, trong đó nhiều vận "
        "động viên trẻ lần đầu tham dự đã bước lên bục cao nhất.",
        """
Đoàn Hà Nội tham gia đầy đủ các môn trong chương trình thi đấu, với lực lượng gồm vận động viên đội tuyển, đội
tuyển trẻ và năng khiếu. Các môn thế mạnh như điền kinh, bơi, thể dục dụng cụ, võ thuật tiếp tục đóng góp nhiều
huy chương vàng.

Đáng chú ý, một số môn trước đây chưa phải thế mạnh như leo núi thể thao, bắn cung đã có huy chương, cho thấy hiệu
quả của chương trình đầu tư có trọng điểm.

> Thành tích này là kết quả của cả một hệ thống đào tạo, từ năng khiếu ở trường học đến đội tuyển. — Ông Đinh
Công Hậu, Phó Giám đốc Sở

Sau đại hội, Sở sẽ tổ chức tổng kết, khen thưởng và rà soát lực lượng chuẩn bị cho các đại hội thể thao khu vực.
""",
        "san-van-dong-dem",
        "the-duc-the-thao",
        "Thanh Tùng",
        40,
        topics=("sea-games",),
        table=(
            "Thành tích đoàn Hà Nội (số liệu mẫu)",
            (
                ("Loại huy chương", "Số lượng", "So với chỉ tiêu"),
                ("Vàng", "152", "Vượt 12"),
                ("Bạc", "118", "Vượt 8"),
                ("Đồng", "131", "Đạt"),
            ),
        ),
        featured=True,
        home=2,
    ),
    Article(
        SPORTS,
        "article",
        "Sân chơi thể thao trong khu dân cư: nhu cầu lớn, quỹ đất nhỏ",
        "Nhu cầu tập luyện thể thao của người dân ngày càng tăng, trong khi quỹ đất dành cho sân chơi ở khu vực nội đô "
        "rất hạn chế. Nhiều địa phương đã có cách làm sáng tạo để giải bài toán này.",
        """
Mỗi sáng sớm và chiều tối, các vườn hoa, bờ hồ ở nội đô kín người tập thể dục. Những khoảng đất trống hiếm hoi
trong ngõ nhỏ được tận dụng để kẻ sân cầu lông, đá cầu.

## Tận dụng không gian

Một số phường đã cải tạo bãi đất trống, gầm cầu thành sân thể thao đa năng với chi phí thấp. Nhiều trường học mở
cửa sân trường cho người dân tập luyện ngoài giờ học, có quy chế quản lý rõ ràng.

## Cần quy hoạch dài hạn

Theo Phòng Quản lý Thể dục thể thao, bên cạnh các giải pháp tình thế, cần dành quỹ đất cho thể thao ngay trong quy
hoạch các khu đô thị mới và khi cải tạo chung cư cũ, bảo đảm mỗi khu dân cư đều có không gian vận động tối thiểu.
""",
        "chay-bo-ban-ngay",
        "the-duc-the-thao",
        "Trung Kiên",
        85,
        topics=("the-thao-quan-chung",),
        places=("dong-da", "long-bien"),
    ),
    Article(
        SPORTS,
        "update",
        "Cập nhật lịch thi đấu các giải thể thao trong tháng",
        "Lịch thi đấu các giải thể thao do Sở tổ chức hoặc phối hợp tổ chức trong tháng; người dân được vào xem miễn "
        "phí tại hầu hết các giải.",
        """
Lịch thi đấu có thể thay đổi theo điều kiện thời tiết và yêu cầu của ban tổ chức. Khán giả đến xem cần tuân thủ
hướng dẫn của lực lượng an ninh, không mang pháo sáng, vật dụng nguy hiểm vào sân.

Thông tin chi tiết từng giải được đăng trên Cổng thông tin điện tử của Sở và trang của các liên đoàn, hiệp hội.
""",
        "san-van-dong-ngay",
        "the-duc-the-thao",
        "Đức Anh",
        3,
        topics=("the-thao-quan-chung",),
        table=(
            "Lịch thi đấu trong tháng",
            (
                ("Giải", "Địa điểm", "Thời gian"),
                ("Giải bơi lội các nhóm tuổi", "Bể bơi Trung tâm Huấn luyện", "Tuần 1"),
                ("Giải bóng đá thiếu niên", "Sân vận động Hà Đông", "Tuần 2"),
                ("Giải cờ tướng người cao tuổi", "Nhà văn hóa phường Giảng Võ", "Tuần 3"),
                ("Giải chạy vì sức khỏe cộng đồng", "Các tuyến phố quanh hồ Tây", "Chủ nhật tuần 4"),
            ),
        ),
    ),
    Article(
        SPORTS,
        "video",
        "Video: Thể thao quần chúng lan tỏa khắp phường, xã",
        "Hình ảnh phong trào rèn luyện thân thể của người dân Thủ đô, từ giải chạy cộng đồng đến các câu lạc bộ thể "
        "thao ở khu dân cư.",
        """
Video giới thiệu một số hoạt động tiêu biểu của phong trào Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại
trên địa bàn Thành phố.

Phụ đề tiếng Việt có thể bật trên trình phát; lời thoại được đăng kèm dưới video.
""",
        "chay-bo-binh-minh",
        "thong-tin-trien-lam",
        "Ngọc Mai",
        48,
        topics=("the-thao-quan-chung",),
        clip="van-hoa-the-thao",
    ),
    Article(
        SPORTS,
        "news",
        "Khánh thành nhà thi đấu đa năng tại phường Sơn Tây",
        "Nhà thi đấu có sức chứa 1.500 chỗ ngồi, đáp ứng thi đấu bóng chuyền, cầu lông, bóng bàn, võ thuật và phục vụ "
        "nhu cầu tập luyện của người dân.",
        """
Công trình được đầu tư từ ngân sách Thành phố, thiết kế theo tiêu chuẩn tổ chức giải cấp quốc gia. Ngoài sân thi
đấu chính, nhà thi đấu có phòng tập thể lực, phòng y tế và khu vực dành cho người khuyết tật.

Ban quản lý cho biết nhà thi đấu sẽ mở cửa phục vụ người dân vào buổi tối và cuối tuần với mức phí thấp; học sinh
các trường trên địa bàn được sử dụng miễn phí trong giờ học thể dục.
""",
        "san-van-dong-ngay",
        "the-duc-the-thao",
        "Minh Anh",
        130,
        places=("son-tay",),
        topics=("the-thao-quan-chung",),
    ),
    Article(
        SPORTS,
        "photo_report",
        "Khoảnh khắc giải bóng đá thiếu niên Hà Nội",
        "Những pha bóng đẹp, những giọt nước mắt và nụ cười của các cầu thủ nhí: phóng sự ảnh tại vòng chung kết giải "
        "bóng đá thiếu niên Thành phố.",
        """
Giải quy tụ 24 đội bóng đến từ các phường, xã, với hơn 400 cầu thủ lứa tuổi 11 – 13. Nhiều trận đấu diễn ra kịch
tính, phải phân định thắng thua bằng loạt sút luân lưu.

Bên lề giải, ban tổ chức mời các cầu thủ của câu lạc bộ chuyên nghiệp giao lưu, hướng dẫn kỹ thuật cho các em.
""",
        "bong-da",
        "huan-luyen-thi-dau",
        "Hải Đăng",
        95,
        topics=("the-thao-quan-chung",),
        places=("ha-dong",),
        gallery=(
            ("bong-da", "Pha tranh bóng quyết liệt giữa hai đội áo đỏ và áo trắng."),
            ("san-van-dong-ngay", "Khán đài chật kín phụ huynh và cổ động viên nhí."),
            ("chay-bo-ban-ngay", "Các cầu thủ khởi động trước trận chung kết."),
            ("quang-truong-co-ngay", "Lễ chào cờ khai mạc vòng chung kết."),
            ("san-van-dong-dem", "Trận chung kết diễn ra dưới ánh đèn."),
        ),
    ),
    # Thể thao thành tích cao
    Article(
        ELITE,
        "news",
        "Đội tuyển bơi Hà Nội tập huấn chuẩn bị mùa giải mới",
        "Đội tuyển bơi Hà Nội gồm 32 vận động viên bước vào đợt tập huấn kéo dài ba tháng, kết hợp huấn luyện thể "
        "lực, kỹ thuật và thi đấu kiểm tra.",
        """
Đợt tập huấn được xây dựng theo giáo án chi tiết, có sự tham gia của chuyên gia y học thể thao và dinh dưỡng. Các
vận động viên được kiểm tra chức năng định kỳ để điều chỉnh lượng vận động phù hợp.

Ban huấn luyện đặt mục tiêu các vận động viên chủ lực cải thiện thành tích cá nhân, đồng thời phát hiện, bồi dưỡng
lực lượng kế cận cho các kỳ đại hội tới.
""",
        "be-boi",
        "huan-luyen-thi-dau",
        "Thanh Tùng",
        22,
        topics=("sea-games",),
    ),
    Article(
        ELITE,
        "article",
        "Từ lớp năng khiếu đến đội tuyển: hành trình của những nhà vô địch trẻ",
        "Phần lớn vận động viên đội tuyển Hà Nội bắt đầu từ các lớp năng khiếu ở trường học và nhà văn hóa. Hệ thống "
        "tuyển chọn ấy đang được làm mới để không bỏ sót tài năng.",
        """
Mỗi năm, các huấn luyện viên của Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội đi khắp các phường, xã để
tuyển chọn năng khiếu. Những em có tố chất được mời tập thử, theo dõi trong nhiều tháng trước khi vào đội trẻ.

## Học văn hóa và tập luyện

Bài toán lớn nhất là cân bằng giữa học văn hóa và tập luyện. Trung tâm phối hợp với các trường học bố trí lịch học
linh hoạt, tổ chức lớp bồi dưỡng vào buổi tối cho vận động viên.

> Không có vận động viên giỏi nào mà thiếu nền tảng văn hóa. — Ông Kim Đức Thắng, Giám đốc Trung tâm Huấn
luyện và Thi đấu thể dục thể thao Hà Nội

## Chế độ cho vận động viên

Thành phố đã ban hành chế độ dinh dưỡng, tiền công và khen thưởng cao hơn mức chung, giúp vận động viên và gia đình
yên tâm theo đuổi con đường thể thao chuyên nghiệp.
""",
        "chay-bo-binh-minh",
        "huan-luyen-thi-dau",
        "Bảo Ngọc",
        150,
        topics=("sea-games",),
        featured=True,
    ),
    Article(
        ELITE,
        "video",
        "Video: Một ngày tập luyện của đội tuyển trẻ",
        "Từ 5 giờ sáng đến tối muộn, các vận động viên trẻ miệt mài tập luyện, học văn hóa và hồi phục. Video ghi lại "
        "nhịp sinh hoạt tại Trung tâm Huấn luyện.",
        """
Video giới thiệu lịch tập luyện điển hình của vận động viên trẻ: khởi động buổi sáng, tập chuyên môn, học văn hóa
buổi chiều và các bài hồi phục buổi tối.

Hình ảnh trong video là hình minh họa; phụ đề tiếng Việt có thể bật trên trình phát.
""",
        "be-boi",
        "huan-luyen-thi-dau",
        "Hải Đăng",
        200,
        topics=("sea-games",),
        clip="van-hoa-the-thao",
    ),
    # Thể thao quần chúng
    Article(
        MASS,
        "photo_report",
        "Giải chạy “Vì sức khỏe cộng đồng” quanh hồ Tây",
        "Hơn 5.000 người ở mọi lứa tuổi cùng chạy quanh hồ Tây trong buổi sáng cuối tuần, hưởng ứng phong trào rèn "
        "luyện thân thể.",
        """
Giải có ba cự ly 2 km, 5 km và 10 km, trong đó cự ly 2 km dành cho gia đình và thiếu nhi. Nhiều gia đình có ba thế
hệ cùng tham gia, tạo nên hình ảnh đẹp của phong trào thể thao quần chúng.

Ban tổ chức bố trí các trạm nước, điểm y tế và tình nguyện viên dọc đường chạy; rác thải được phân loại ngay tại
các điểm tiếp nước.
""",
        "chay-bo-binh-minh",
        "the-duc-the-thao",
        "Quang Huy",
        56,
        topics=("the-thao-quan-chung",),
        places=("tay-ho",),
        document="dieu-le-giai-chay",
        gallery=(
            ("chay-bo-binh-minh", "Những vận động viên đầu tiên xuất phát lúc bình minh."),
            ("chua-ho-tay-ngay", "Đường chạy đi qua những di tích bên hồ Tây."),
            ("chay-bo-ban-ngay", "Các gia đình cùng chạy về đích ở cự ly 2 km."),
            ("dam-sen", "Đầm sen ven hồ – khung cảnh quen thuộc trên đường chạy."),
            ("pho-xanh", "Tình nguyện viên cổ vũ trên đoạn đường rợp bóng cây."),
            ("gia-dinh-mua-xuan", "Niềm vui của một gia đình sau khi hoàn thành đường chạy."),
        ),
    ),
    Article(
        MASS,
        "news",
        "Ra mắt 30 câu lạc bộ thể thao người cao tuổi",
        "Các câu lạc bộ dưỡng sinh, đi bộ, cờ tướng, bóng bàn dành cho người cao tuổi được thành lập tại các phường, "
        "xã, có hướng dẫn viên được tập huấn.",
        """
Mỗi câu lạc bộ có từ 20 đến 60 thành viên, sinh hoạt định kỳ tại nhà văn hóa hoặc vườn hoa. Hướng dẫn viên được
Sở tập huấn về phương pháp tập luyện an toàn, phù hợp với sức khỏe người cao tuổi.

Các câu lạc bộ còn tổ chức khám sức khỏe định kỳ, sinh hoạt văn nghệ và thăm hỏi hội viên khi ốm đau.
""",
        "gia-dinh-cong-vien",
        "the-duc-the-thao",
        "Việt Hà",
        110,
        topics=("the-thao-quan-chung",),
        places=("giang-vo", "ba-dinh"),
    ),
    Article(
        MASS,
        "update",
        "Cập nhật: Danh sách điểm bơi an toàn mùa hè cho trẻ em",
        "Danh sách các bể bơi đủ điều kiện tổ chức lớp dạy bơi an toàn cho trẻ em trong dịp hè, kèm thời gian đăng ký "
        "và học phí tham khảo.",
        """
Các bể bơi trong danh sách đã được kiểm tra về điều kiện an toàn, nhân viên cứu hộ và chất lượng nước. Phụ huynh
nên đăng ký sớm vì số lượng học viên mỗi lớp được giới hạn để bảo đảm an toàn.

Sở khuyến cáo phụ huynh không cho trẻ tắm ở ao, hồ, sông không có người giám sát và trang bị cho trẻ kỹ năng phòng
tránh đuối nước.
""",
        "be-boi",
        "the-duc-the-thao",
        "Trung Kiên",
        3,
        topics=("the-thao-quan-chung", "gia-dinh"),
        places=("dong-da", "ha-dong", "long-bien"),
        around=(1, 6),
    ),
)
