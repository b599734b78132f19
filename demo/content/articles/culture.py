"""Văn hóa and its sub-sections Di sản, Nghệ thuật biểu diễn, Gia đình."""

from demo.content.article import Article

CULTURE = "van-hoa"
HERITAGE = "van-hoa/di-san"
ARTS = "van-hoa/nghe-thuat-bieu-dien"
FAMILY = "van-hoa/gia-dinh"

ARTICLES = (
    Article(
        CULTURE,
        "news",
        "Thư viện Hà Nội ra mắt không gian đọc mở cho thanh thiếu niên",
        "Không gian đọc mới rộng hơn 400 m² với khu sách theo chủ đề, góc thảo luận nhóm và máy tính tra cứu, mở "
        "cửa cả buổi tối và ngày cuối tuần.",
        """
Không gian được cải tạo từ kho sách cũ ở tầng hai, thiết kế thành các khu nhỏ có thể di chuyển bàn ghế linh hoạt.
Bạn đọc có thể mượn sách, đọc báo điện tử, tham gia câu lạc bộ đọc sách hoặc học nhóm mà không phải đăng ký trước.

Thư viện cũng bổ sung hơn 5.000 đầu sách mới về khoa học, kỹ năng sống, văn học thiếu nhi và sách về Hà Nội. Mỗi
tháng, thư viện tổ chức một buổi giao lưu với tác giả, họa sĩ minh họa hoặc nhà khoa học trẻ.

> Chúng tôi muốn thư viện là nơi các bạn trẻ muốn đến, chứ không chỉ là nơi phải đến khi ôn thi. — Bà Tô Thị
Ngọc Hà, Giám đốc Thư viện Hà Nội

Thẻ bạn đọc được cấp miễn phí cho học sinh, sinh viên; người dân có thể đăng ký trực tuyến và nhận thẻ tại quầy.
""",
        "thu-vien-sang",
        "thu-vien",
        "Phương Linh",
        5,
        topics=("thu-vien", "chuyen-doi-so"),
        places=("hoan-kiem",),
        home=1,
    ),
    Article(
        CULTURE,
        "article",
        "Nhà văn hóa tổ dân phố: làm sao để sáng đèn mỗi tối?",
        "Sau sắp xếp đơn vị hành chính, nhiều nhà văn hóa tổ dân phố đang được rà soát, cải tạo. Kinh nghiệm của "
        "những nơi làm tốt cho thấy chìa khóa nằm ở cách tổ chức hoạt động, không chỉ ở cơ sở vật chất.",
        """
Ở nhiều khu dân cư, nhà văn hóa là nơi duy nhất người dân có thể tập văn nghệ, sinh hoạt câu lạc bộ hay tổ chức
việc hiếu, hỉ. Nhưng cũng có không ít nhà văn hóa chỉ mở cửa vài lần mỗi năm vào dịp họp dân.

## Những nơi làm tốt

Tại một tổ dân phố ở phường Long Biên, ban quản lý nhà văn hóa lập lịch sử dụng công khai, chia khung giờ cho câu
lạc bộ dưỡng sinh, lớp hát chèo, nhóm đọc sách thiếu nhi. Kinh phí điện nước được các câu lạc bộ đóng góp theo
tháng, minh bạch trên bảng tin.

Ở phường Hà Đông, nhà văn hóa được mở cửa buổi tối cho học sinh ôn bài, có người trông coi là các cựu giáo viên
tình nguyện. Mô hình này được nhiều phụ huynh ủng hộ.

## Điều kiện cần

Theo Phòng Xây dựng nếp sống văn hóa và Gia đình, một nhà văn hóa hoạt động tốt cần ba điều kiện: người quản lý
nhiệt tình, quy chế sử dụng rõ ràng và các câu lạc bộ đủ sức duy trì hoạt động thường xuyên.
""",
        "le-hoi-den-long",
        "nep-song-gia-dinh",
        "Trung Kiên",
        38,
        topics=("van-hoa-co-so",),
        places=("long-bien", "ha-dong"),
        table=(
            "Khung hoạt động gợi ý cho một nhà văn hóa tổ dân phố",
            (
                ("Khung giờ", "Hoạt động", "Đối tượng"),
                ("5:30 – 7:00", "Dưỡng sinh, dân vũ", "Người cao tuổi"),
                ("17:30 – 19:00", "Thể thao nhẹ, năng khiếu", "Thiếu nhi"),
                ("19:30 – 21:30", "Câu lạc bộ văn nghệ, học tập", "Mọi lứa tuổi"),
            ),
        ),
    ),
    Article(
        CULTURE,
        "update",
        "Cập nhật lịch chiếu phim phục vụ nhân dân tại các xã ngoại thành",
        "Đội chiếu phim lưu động tiếp tục lịch chiếu miễn phí tại các xã ngoại thành, ưu tiên phim tài liệu, phim "
        "truyện về đề tài lịch sử và phim hoạt hình cho thiếu nhi.",
        """
Mỗi buổi chiếu gồm một phim tài liệu ngắn tuyên truyền về bảo vệ môi trường, an toàn giao thông hoặc phòng, chống
bạo lực gia đình, sau đó là một phim truyện. Buổi chiếu bắt đầu lúc 19 giờ 30 tại sân nhà văn hóa thôn hoặc sân
trường học.

Trường hợp thời tiết xấu, buổi chiếu được chuyển vào hội trường hoặc dời sang ngày khác; thông tin được thông báo
trên loa truyền thanh của xã.
""",
        "le-hoi-dem",
        "van-hoa-nghe-thuat",
        "Đức Anh",
        14,
        topics=("dien-anh", "van-hoa-co-so"),
        places=("soc-son", "huong-son"),
        table=(
            "Lịch chiếu tháng này",
            (
                ("Ngày", "Địa điểm", "Phim"),
                ("Thứ Bảy tuần 1", "Nhà văn hóa thôn, xã Sóc Sơn", "Phim truyện về đề tài lịch sử"),
                ("Thứ Bảy tuần 2", "Sân trường tiểu học, xã Hương Sơn", "Phim hoạt hình thiếu nhi"),
                ("Thứ Bảy tuần 3", "Hội trường xã Bát Tràng", "Phim tài liệu về làng nghề"),
            ),
        ),
    ),
    Article(
        CULTURE,
        "photo_report",
        "Một ngày ở Bảo tàng Hà Nội",
        "Từ sáng sớm, những đoàn học sinh đã xếp hàng trước cửa bảo tàng. Phóng sự ảnh ghi lại một ngày làm việc "
        "và học tập sôi nổi ở thiết chế văn hóa lớn của Thủ đô.",
        """
Bảo tàng Hà Nội hiện lưu giữ hàng chục nghìn hiện vật, tài liệu về lịch sử, văn hóa Thăng Long – Hà Nội. Những năm
gần đây, bảo tàng đẩy mạnh chương trình giáo dục di sản với các buổi học trải nghiệm cho học sinh.

Mỗi buổi học kéo dài khoảng hai giờ, gồm tham quan có hướng dẫn, trò chơi tìm hiểu hiện vật và hoạt động thực hành
như in tranh, nặn gốm, viết thư pháp.
""",
        "bao-tang-ngay",
        "bao-tang",
        "Hải Đăng",
        52,
        topics=("bao-tang", "di-san"),
        gallery=(
            ("bao-tang-ngay", "Tòa nhà bảo tàng đón những đoàn khách đầu tiên trong ngày."),
            ("gom-trung-bay", "Khu trưng bày gốm cổ thu hút sự chú ý của các em học sinh."),
            ("khue-van-cac", "Mô hình di tích được giới thiệu trong giờ học lịch sử."),
            ("thu-vien-den-vang", "Góc đọc tư liệu dành cho nhà nghiên cứu."),
            ("bao-tang-chieu", "Bảo tàng lúc chiều muộn, khi những đoàn khách cuối cùng ra về."),
        ),
    ),
    Article(
        CULTURE,
        "video",
        "Video: Hướng dẫn đăng ký thẻ thư viện và mượn sách điện tử",
        "Người dân có thể đăng ký thẻ Thư viện Hà Nội và mượn sách điện tử ngay trên điện thoại. Video hướng dẫn các "
        "bước cơ bản.",
        """
Từ năm nay, Thư viện Hà Nội cho phép bạn đọc đăng ký thẻ trực tuyến, nhận thẻ tại quầy trong vòng hai ngày làm
việc. Với tài khoản được cấp, bạn đọc có thể mượn sách điện tử, nghe sách nói và đọc báo, tạp chí trên ứng dụng
của thư viện.

Video sử dụng hình ảnh minh họa; phụ đề tiếng Việt có thể bật trên trình phát.
""",
        "thu-vien-den-vang",
        "thu-vien",
        "Phương Linh",
        70,
        topics=("thu-vien", "chuyen-doi-so"),
        clip="dich-vu-cong",
    ),
    Article(
        CULTURE,
        "news",
        "Ra quân đợt tuyên truyền cổ động trực quan về văn minh đô thị",
        "Hơn 1.000 pa-nô, áp phích và băng rôn với thiết kế mới được treo tại các tuyến phố chính, trung tâm thương "
        "mại và bến xe, nhấn mạnh thông điệp ứng xử văn minh nơi công cộng.",
        """
Bộ tranh cổ động do các họa sĩ trẻ thiết kế, sử dụng hình ảnh gần gũi như gánh hàng rong, chiếc xe đạp, hàng cây
trên phố để truyền tải thông điệp giữ gìn vệ sinh, xếp hàng trật tự, nhường chỗ cho người già và trẻ nhỏ.

Ngoài tranh in, Trung tâm Thông tin Triển lãm Hà Nội còn sản xuất phiên bản điện tử để các phường, xã, trường học
sử dụng trên màn hình LED và mạng xã hội.
""",
        "pho-xanh",
        "thong-tin-trien-lam",
        "Hoài Thu",
        97,
        topics=("nep-song-van-minh",),
        places=("dong-da", "cau-giay"),
    ),
    # Di sản
    Article(
        HERITAGE,
        "article",
        "Làng gốm Bát Tràng giữ nghề trong thời đại mới",
        "Giữa lúc thị trường thay đổi nhanh, những nghệ nhân Bát Tràng vừa giữ kỹ thuật truyền thống vừa đưa thiết "
        "kế mới, du lịch trải nghiệm và thương mại điện tử vào nghề gốm.",
        """
Buổi sáng ở Bát Tràng bắt đầu bằng mùi đất sét ướt và tiếng bàn xoay đều đều. Trong những xưởng nhỏ dọc bờ sông,
nhiều gia đình vẫn giữ cách pha men, vuốt gốm được truyền qua nhiều thế hệ.

## Kỹ thuật cũ, thiết kế mới

Nhiều nghệ nhân trẻ mạnh dạn đưa họa tiết đương đại vào sản phẩm, kết hợp với kiến trúc sư, nhà thiết kế làm đồ
gốm trang trí cho công trình. Những dòng men cổ như men lam, men rạn được phục dựng và trở thành điểm nhấn.

> Giữ nghề không phải là làm y như ông cha, mà là giữ cái hồn của đất và men. — Một nghệ nhân gốm Bát Tràng

## Du lịch trải nghiệm

Các lớp học nặn gốm cho học sinh và du khách đông kín vào cuối tuần. Xã Bát Tràng đang phối hợp với Sở xây dựng
tuyến tham quan kết hợp di tích đình, chùa và xưởng gốm, có bảng chỉ dẫn song ngữ.
""",
        "gom-men-lam",
        "di-san",
        "Ngọc Mai",
        28,
        topics=("di-san", "cong-nghiep-van-hoa", "ha-noi-thanh-pho-sang-tao"),
        places=("bat-trang",),
        picture=("gom-trung-bay", "Các mẫu bình gốm men lam và men màu được trưng bày."),
        featured=True,
        home=4,
    ),
    Article(
        HERITAGE,
        "news",
        "Hoàn thành tu bổ gác mái cổ tại khu di tích trung tâm",
        "Sau hơn một năm thi công, hạng mục tu bổ mái, cột gỗ và hệ thống chống sét của gác mái cổ đã hoàn thành, "
        "giữ nguyên vật liệu và kỹ thuật truyền thống.",
        """
Công trình được thực hiện theo đúng quy định về bảo quản, tu bổ và phục hồi di tích. Trước khi thi công, đơn vị tư
vấn đã khảo sát, đo vẽ chi tiết từng cấu kiện; các cấu kiện gỗ còn tốt được giữ lại, phần hư hỏng được thay thế
bằng gỗ cùng loại.

Trong thời gian tu bổ, di tích vẫn mở cửa đón khách với lối tham quan được điều chỉnh. Bảng thông tin tại công
trường giới thiệu quá trình tu bổ, giúp du khách hiểu thêm về kỹ thuật xây dựng truyền thống.
""",
        "khue-van-cac",
        "di-san",
        "Minh Anh",
        64,
        topics=("di-san",),
        places=("van-mieu",),
    ),
    Article(
        HERITAGE,
        "photo_report",
        "Mùa lễ hội chùa Hương",
        "Dòng người trẩy hội, những con đò nối nhau trên suối Yến và nếp sống văn minh ngày càng rõ nét: phóng sự "
        "ảnh về mùa lễ hội ở xã Hương Sơn.",
        """
Năm nay, công tác tổ chức lễ hội có nhiều đổi mới: vé điện tử, bến đò đánh số, nhà vệ sinh di động và điểm sơ cứu
dọc tuyến. Lực lượng tình nguyện viên hướng dẫn du khách giữ vệ sinh chung, không đặt tiền lễ sai nơi quy định.

Ban tổ chức cũng tăng cường kiểm tra các hàng quán, niêm yết giá công khai, xử lý nghiêm tình trạng chèo kéo khách.
""",
        "chua-suong-som",
        "di-san",
        "Quang Huy",
        0,
        topics=("le-hoi", "di-san", "nep-song-van-minh"),
        places=("huong-son",),
        gallery=(
            ("chua-suong-som", "Chùa cổ trong sương sớm ngày khai hội."),
            ("chua-ho-tay-ngay", "Mái chùa và bảo tháp dưới nắng xuân."),
            ("le-hoi-den-long", "Du khách dự hội trong không gian đèn lồng rực rỡ."),
            ("cau-sat-binh-minh", "Những chuyến đò đầu tiên rời bến lúc bình minh."),
            ("chua-ho-tay-chieu", "Chiều muộn, dòng người trở về sau một ngày trẩy hội."),
        ),
        around=(5, 3),
    ),
    Article(
        HERITAGE,
        "update",
        "Cập nhật tiến độ số hóa hồ sơ di tích",
        "Đã có hơn 1.800 hồ sơ di tích được số hóa và đưa vào cơ sở dữ liệu dùng chung, giúp tra cứu nhanh thông tin "
        "về lịch sử, kiến trúc, hiện vật và tình trạng bảo tồn.",
        """
Cơ sở dữ liệu di tích được xây dựng theo chuẩn chung, gồm thông tin cơ bản, bản vẽ, ảnh chụp, hiện vật và quyết
định xếp hạng. Các phường, xã có thể cập nhật tình trạng di tích, đề xuất tu bổ trực tiếp trên hệ thống.

Trong giai đoạn tới, Sở sẽ công bố một phần dữ liệu trên Cổng thông tin điện tử để người dân, nhà nghiên cứu tra
cứu, đồng thời bổ sung bản đồ số các di tích trên địa bàn.
""",
        "gom-trung-bay",
        "di-san",
        "Thanh Tùng",
        18,
        topics=("di-san", "chuyen-doi-so"),
        table=(
            "Tiến độ số hóa hồ sơ di tích",
            (
                ("Nhóm di tích", "Đã số hóa", "Kế hoạch năm"),
                ("Di tích quốc gia đặc biệt", "20", "20"),
                ("Di tích quốc gia", "1.050", "1.170"),
                ("Di tích cấp thành phố", "760", "1.300"),
            ),
        ),
    ),
    # Nghệ thuật biểu diễn
    Article(
        ARTS,
        "news",
        "Liên hoan Chèo Hà Nội quy tụ 18 đơn vị nghệ thuật",
        "Liên hoan diễn ra trong mười ngày với các vở diễn mới và trích đoạn kinh điển, dành nhiều suất diễn miễn phí "
        "cho học sinh, sinh viên.",
        """
Tham gia liên hoan có các nhà hát chuyên nghiệp, đoàn nghệ thuật và câu lạc bộ chèo không chuyên. Nhiều vở diễn
khai thác đề tài lịch sử Thăng Long, đời sống nông thôn mới và những tấm gương người tốt, việc tốt.

Ban tổ chức dành riêng một buổi diễn để các nghệ sĩ lão thành truyền dạy làn điệu cho diễn viên trẻ ngay trên sân
khấu, được khán giả đón nhận nồng nhiệt.
""",
        "san-khau-rem-do",
        "van-hoa-nghe-thuat",
        "Bảo Ngọc",
        33,
        topics=("nghe-thuat-bieu-dien",),
        places=("hoan-kiem",),
    ),
    Article(
        ARTS,
        "video",
        "Video: Một đêm diễn cuối tuần ở phố cổ",
        "Những chương trình nghệ thuật truyền thống miễn phí vào tối cuối tuần đã trở thành điểm hẹn quen thuộc của "
        "người dân và du khách.",
        """
Chương trình gồm các tiết mục chèo, ca trù, múa rối và hòa tấu nhạc cụ dân tộc, mỗi đêm diễn kéo dài khoảng 90 phút.
Khán giả có thể giao lưu với nghệ sĩ và tìm hiểu nhạc cụ sau buổi diễn.

Video là bản ghi hình minh họa có phụ đề tiếng Việt.
""",
        "san-khau-rem-xanh",
        "thong-tin-trien-lam",
        "Ngọc Mai",
        76,
        topics=("nghe-thuat-bieu-dien", "ha-noi-thanh-pho-sang-tao"),
        places=("hoan-kiem",),
        clip="van-hoa-the-thao",
    ),
    Article(
        ARTS,
        "photo_report",
        "Múa rối nước – những người giữ hồn thủy đình",
        "Phía sau tấm mành tre là những nghệ nhân ngâm mình trong nước hàng giờ để con rối “sống” trên mặt hồ. Phóng "
        "sự ảnh về một phường rối truyền thống ở ngoại thành.",
        """
Phường rối có hơn 20 thành viên, phần lớn là nông dân. Họ tập luyện vào buổi tối sau giờ làm đồng, tự sửa chữa,
sơn lại con rối và dàn dựng các tích trò mới như bảo vệ môi trường, an toàn giao thông.

Được Sở hỗ trợ kinh phí tu bổ thủy đình và mở lớp truyền dạy, phường rối đã có thêm nhiều diễn viên nhỏ tuổi.
""",
        "roi-nuoc",
        "van-hoa-nghe-thuat",
        "Hải Đăng",
        120,
        topics=("nghe-thuat-bieu-dien", "di-san"),
        places=("son-tay",),
        gallery=(
            ("roi-nuoc", "Thủy đình sáng đèn trong đêm diễn."),
            ("san-khau-rem-do", "Các nghệ nhân chào khán giả sau buổi diễn."),
            ("le-hoi-dem", "Người dân trong làng đến xem kín sân đình."),
            ("dam-sen", "Ao làng – sân khấu tự nhiên của múa rối nước."),
        ),
    ),
    # Gia đình
    Article(
        FAMILY,
        "article",
        "Bữa cơm gia đình – nơi giữ nếp nhà",
        "Trong nhịp sống bận rộn, bữa cơm đủ mặt các thành viên trở nên hiếm hơn. Nhiều gia đình Hà Nội đang tìm cách "
        "giữ lấy khoảnh khắc sum họp giản dị ấy.",
        """
Với nhiều người Hà Nội, bữa cơm tối là lúc cả nhà kể cho nhau nghe chuyện trong ngày, là nơi trẻ học cách mời ông
bà, cách gắp thức ăn, cách lắng nghe. Nhưng công việc, học thêm và điện thoại đang khiến bữa cơm ấy ngắn lại.

## “Giờ không điện thoại”

Một số gia đình ở phường Ngọc Hà thống nhất quy ước: trong bữa cơm không ai dùng điện thoại. Ban đầu các con phản
đối, dần dần cả nhà thấy bữa cơm vui hơn, câu chuyện nhiều hơn.

## Lan tỏa từ cộng đồng

Hội Liên hiệp Phụ nữ và Phòng Xây dựng nếp sống văn hóa và Gia đình phối hợp tổ chức cuộc thi ảnh “Bữa cơm nhà
mình”, thu hút hàng nghìn tác phẩm. Những bức ảnh giản dị về mâm cơm ngày thường đã chạm đến cảm xúc của nhiều
người.

> Gia đình là tế bào của xã hội; giữ bữa cơm gia đình là giữ nền nếp, gia phong. — Bà Đặng Thị Hải Yến,
Trưởng phòng Xây dựng nếp sống văn hóa và Gia đình
""",
        "bua-com-gia-dinh",
        "nep-song-gia-dinh",
        "Việt Hà",
        60,
        topics=("gia-dinh",),
        places=("ngoc-ha",),
        featured=True,
    ),
    Article(
        FAMILY,
        "news",
        "Hưởng ứng Ngày Gia đình Việt Nam với nhiều hoạt động ý nghĩa",
        "Hội thi “Gia đình văn hóa – hạnh phúc”, ngày hội đọc sách gia đình và tọa đàm về phòng, chống bạo lực gia "
        "đình được tổ chức tại nhiều phường, xã.",
        """
Các hoạt động hướng tới thông điệp về một gia đình no ấm, tiến bộ, hạnh phúc, văn minh. Hội thi có phần thi tài
năng, thi ứng xử tình huống và phần giới thiệu truyền thống gia đình, thu hút nhiều gia đình ba thế hệ tham gia.

Tại các điểm tư vấn, người dân được cung cấp thông tin về quyền và nghĩa vụ của các thành viên trong gia đình, số
điện thoại đường dây nóng tiếp nhận tin báo về bạo lực gia đình.
""",
        "gia-dinh-mua-xuan",
        "nep-song-gia-dinh",
        "Đức Anh",
        2,
        topics=("gia-dinh",),
        places=("ha-dong", "tay-ho"),
        around=(28, 6),
    ),
    Article(
        FAMILY,
        "update",
        "Cập nhật: Danh sách điểm tư vấn, hỗ trợ gia đình tại các phường, xã",
        "Sở công bố danh sách các điểm tư vấn, hỗ trợ về hôn nhân, gia đình và phòng, chống bạo lực gia đình; người "
        "dân có thể liên hệ trực tiếp hoặc qua điện thoại.",
        """
Các điểm tư vấn đặt tại trụ sở Ủy ban nhân dân hoặc nhà văn hóa của phường, xã, do cán bộ văn hóa – xã hội và cộng
tác viên được tập huấn phụ trách. Thông tin người đến tư vấn được giữ bí mật.

Danh sách được cập nhật định kỳ; người dân có thể tra cứu trên Cổng thông tin điện tử của Sở.
""",
        "gia-dinh-cong-vien",
        "nep-song-gia-dinh",
        "Trung Kiên",
        12,
        topics=("gia-dinh",),
        places=("ngoc-ha", "ha-dong", "long-bien"),
    ),
)
