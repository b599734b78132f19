"""Tin tức - Sự kiện."""

from demo.content.article import Article

SECTION = "tin-tuc-su-kien"

ARTICLES = (
    Article(
        SECTION,
        "news",
        "Hà Nội tổ chức chuỗi hoạt động văn hóa, thể thao chào mừng Quốc khánh 2/9",
        "Hơn 200 chương trình nghệ thuật, triển lãm, giải thể thao và hoạt động cộng đồng được tổ chức tại các "
        "phường, xã trong dịp kỷ niệm Cách mạng tháng Tám thành công và Quốc khánh 2/9.",
        """
Theo kế hoạch của Sở Văn hóa và Thể thao, các hoạt động chào mừng được tổ chức liên tục trong gần một tháng, tập
trung vào những không gian công cộng gắn với lịch sử cách mạng như quảng trường, vườn hoa, nhà văn hóa và các di
tích trên địa bàn Thành phố.

Điểm nhấn là chương trình nghệ thuật đường phố tại khu vực hồ Hoàn Kiếm, triển lãm ảnh tư liệu về những ngày mùa
thu lịch sử và giải chạy truyền thống dành cho mọi lứa tuổi. Các phường, xã đồng loạt trang trí cờ, hoa, pa-nô,
áp phích với thiết kế thống nhất do Trung tâm Thông tin Triển lãm Hà Nội thực hiện.

## Ưu tiên hoạt động tại cơ sở

Năm nay, Sở đề nghị các địa phương ưu tiên chương trình do chính người dân dàn dựng: hội diễn văn nghệ quần
chúng, thi đấu thể thao giữa các tổ dân phố, trưng bày ảnh gia đình qua các thời kỳ. Cách làm này giúp ngày lễ
trở thành ngày hội của cộng đồng, không chỉ là chương trình biểu diễn trên sân khấu lớn.

> Mỗi phường, xã phải có ít nhất một hoạt động để người dân cùng tham gia, chứ không chỉ đứng xem. — Bà Tạ Thị Minh
Nguyệt, Phó Giám đốc Sở

Lịch chi tiết các chương trình được cập nhật thường xuyên trên Cổng thông tin điện tử của Sở và trang thông tin
của các phường, xã.
""",
        "quang-truong-co-ngay",
        "van-phong",
        "Thu Hà",
        6,
        topics=("80-nam-cach-mang-thang-tam-quoc-khanh", "van-hoa-co-so"),
        places=("hoan-kiem", "ba-dinh"),
        table=(
            "Một số hoạt động tiêu biểu",
            (
                ("Hoạt động", "Địa điểm", "Thời gian"),
                ("Chương trình nghệ thuật đường phố", "Không gian đi bộ hồ Hoàn Kiếm", "Tối thứ Bảy, Chủ nhật"),
                ("Triển lãm ảnh tư liệu", "Vườn hoa Lý Thái Tổ", "Suốt tháng"),
                ("Giải chạy truyền thống", "Các tuyến phố quanh hồ Hoàn Kiếm", "Sáng Chủ nhật"),
                ("Hội diễn văn nghệ quần chúng", "Nhà văn hóa các phường, xã", "Theo lịch địa phương"),
            ),
        ),
        around=(2, 9),
    ),
    Article(
        SECTION,
        "news",
        "Sở Văn hóa và Thể thao triển khai nhiệm vụ trọng tâm sáu tháng cuối năm",
        "Hội nghị sơ kết xác định năm nhóm nhiệm vụ trọng tâm, trong đó ưu tiên phát triển công nghiệp văn hóa, "
        "chuẩn bị lực lượng thể thao và đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.",
        """
Báo cáo tại hội nghị cho thấy trong sáu tháng đầu năm, ngành văn hóa và thể thao Thủ đô hoàn thành đúng tiến độ
phần lớn chỉ tiêu được giao. Nhiều lễ hội truyền thống được tổ chức trang trọng, an toàn; công tác quản lý di tích
có chuyển biến rõ nét; các đội tuyển thể thao của Thành phố giữ vững vị trí dẫn đầu tại nhiều giải quốc gia.

Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra những tồn tại: một số thiết chế văn hóa cơ sở hoạt động
chưa hiệu quả, tiến độ tu bổ một số di tích còn chậm, việc số hóa hồ sơ thủ tục hành chính chưa đồng đều giữa các
lĩnh vực.

## Năm nhóm nhiệm vụ

- Cụ thể hóa các chương trình phát triển công nghiệp văn hóa và xây dựng Thành phố sáng tạo.
- Nâng cao hiệu quả quản lý di tích, lễ hội, hoạt động quảng cáo ngoài trời.
- Chuẩn bị lực lượng vận động viên cho các đại hội thể thao khu vực và quốc gia.
- Tăng cường hoạt động văn hóa, thể thao tại các phường, xã sau sắp xếp đơn vị hành chính.
- Đẩy mạnh chuyển đổi số, cải cách hành chính và phục vụ người dân, doanh nghiệp.

Giám đốc Sở yêu cầu các phòng, đơn vị xây dựng kế hoạch chi tiết, phân công rõ người, rõ việc, rõ thời hạn và
báo cáo tiến độ hằng tháng.
""",
        "ho-guom-binh-minh",
        "van-phong",
        "Minh Anh",
        -2,
        topics=("chuyen-doi-so", "cong-nghiep-van-hoa"),
        places=("hoan-kiem",),
        document="bao-cao-cai-cach-hanh-chinh",
        around=(8, 7),
    ),
    Article(
        SECTION,
        "article",
        "Không gian đi bộ hồ Hoàn Kiếm: mười năm một điểm hẹn văn hóa",
        "Từ một thử nghiệm, không gian đi bộ quanh hồ Hoàn Kiếm đã trở thành điểm hẹn văn hóa cuối tuần của người Hà "
        "Nội và du khách, đồng thời đặt ra yêu cầu mới về quản lý, tổ chức hoạt động.",
        """
Mỗi tối thứ Sáu, thứ Bảy và Chủ nhật, các tuyến phố quanh hồ Hoàn Kiếm lại rộn ràng tiếng đàn, tiếng hát. Những
nhóm nhạc trẻ, các câu lạc bộ dân vũ, nghệ nhân trò chơi dân gian chia nhau từng góc phố, tạo nên bức tranh sinh
động mà khó nơi nào có được.

## Từ thử nghiệm đến thương hiệu

Những ngày đầu, không ít người lo ngại việc cấm phương tiện sẽ ảnh hưởng đến buôn bán và đi lại. Thực tế cho thấy,
lượng khách đến khu vực trung tâm tăng đều qua từng năm, các cửa hàng, nhà hàng xung quanh cũng điều chỉnh giờ mở
cửa để phục vụ khách đi bộ.

Điều đáng quý là không gian này không chỉ dành cho du khách. Nhiều gia đình Hà Nội coi việc dạo hồ tối cuối tuần
là thói quen, là dịp để ông bà kể cho con cháu nghe về phố cũ, về những câu chuyện gắn với hồ Gươm.

## Những việc cần làm tiếp

Khi lượng người đông, việc giữ gìn vệ sinh, trật tự và chất lượng các chương trình biểu diễn trở thành yêu cầu
hằng ngày. Sở Văn hóa và Thể thao phối hợp với phường Hoàn Kiếm đăng ký, sắp xếp vị trí cho các nhóm biểu diễn,
ưu tiên loại hình nghệ thuật truyền thống và chương trình có chất lượng.

> Không gian đi bộ đẹp hay không là nhờ chính cách ứng xử của mỗi người đến đây. — Ông Hoàng Đức Lâm, Chánh Văn phòng Sở
""",
        "ho-guom-hoang-hon",
        "thong-tin-trien-lam",
        "Hoài Thu",
        45,
        topics=("nep-song-van-minh", "van-hoa-co-so"),
        places=("hoan-kiem",),
        picture=("pho-co-dem", "Dòng người dạo phố cổ vào buổi tối cuối tuần."),
        home=3,
        featured=True,
    ),
    Article(
        SECTION,
        "photo_report",
        "Sắc đỏ rợp phố phường ngày Quốc khánh",
        "Những ngày đầu tháng Chín, từ phố cổ đến các khu đô thị mới, Hà Nội khoác lên mình sắc đỏ của cờ Tổ quốc, "
        "hoa tươi và pa-nô, áp phích cổ động.",
        """
Trước ngày lễ, các tuyến phố chính được trang trí đồng bộ theo phương án của Sở Văn hóa và Thể thao. Nhiều tổ dân
phố tự nguyện treo cờ, trồng hoa trước cửa nhà, tạo nên không khí trang trọng, ấm áp.

Tại các quảng trường, người dân và du khách dừng lại chụp ảnh lưu niệm, nhiều bạn trẻ mặc áo in hình cờ đỏ sao
vàng. Không khí ngày hội lan tỏa khắp phố phường, từ sáng sớm đến tận khuya.
""",
        "quang-truong-co-sang",
        "thong-tin-trien-lam",
        "Quang Huy",
        -1,
        topics=("80-nam-cach-mang-thang-tam-quoc-khanh",),
        places=("ba-dinh", "hoan-kiem", "cua-nam"),
        gallery=(
            ("quang-truong-co-sang", "Lá cờ Tổ quốc tung bay trên quảng trường trong nắng sớm."),
            ("pho-co-ngay", "Những dãy phố cổ rực rỡ cờ và đèn lồng."),
            ("le-hoi-den-long", "Không khí ngày hội ở một điểm sinh hoạt cộng đồng."),
            ("ho-guom-binh-minh", "Người dân tập thể dục quanh hồ Hoàn Kiếm vào sáng ngày lễ."),
            ("quang-truong-co-ngay", "Du khách chụp ảnh lưu niệm trước lễ đài."),
            ("pho-co-dem", "Phố phường lung linh về đêm."),
        ),
        around=(2, 9),
        home=5,
    ),
    Article(
        SECTION,
        "video",
        "Video: Sắc màu văn hóa, thể thao Thủ đô",
        "Những khoảnh khắc tiêu biểu của đời sống văn hóa, thể thao Hà Nội: từ bình minh trên hồ Hoàn Kiếm, sân khấu "
        "truyền thống đến phong trào rèn luyện thân thể ở các phường, xã.",
        """
Video do Trung tâm Thông tin Triển lãm Hà Nội thực hiện, giới thiệu một số hình ảnh đặc trưng của đời sống văn
hóa, thể thao Thủ đô trong năm.

Người xem có thể bật phụ đề tiếng Việt trên trình phát. Nội dung lời thoại được đăng kèm ngay dưới video.
""",
        "ho-guom-binh-minh",
        "thong-tin-trien-lam",
        "Ngọc Mai",
        30,
        topics=("van-hoa-co-so", "the-thao-quan-chung"),
        places=("hoan-kiem",),
        clip="van-hoa-the-thao",
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật: Điều chỉnh giờ mở cửa các thiết chế văn hóa trong dịp nghỉ lễ",
        "Thư viện Hà Nội, Bảo tàng Hà Nội và các điểm di tích do Thành phố quản lý điều chỉnh giờ mở cửa để phục vụ "
        "người dân, du khách trong những ngày nghỉ lễ.",
        """
Theo thông báo của Sở Văn hóa và Thể thao, trong những ngày nghỉ lễ, Bảo tàng Hà Nội mở cửa từ 8 giờ đến 17 giờ,
kể cả thứ Hai. Thư viện Hà Nội phục vụ bạn đọc tại cơ sở chính từ 8 giờ đến 20 giờ; phòng đọc thiếu nhi có thêm
các buổi kể chuyện sách vào buổi sáng.

Các di tích trọng điểm tăng cường lực lượng hướng dẫn, bố trí lối đi một chiều vào giờ cao điểm. Người dân nên
theo dõi thông tin trên Cổng thông tin điện tử của Sở và trang của từng đơn vị trước khi đến tham quan.

## Cập nhật mới nhất

Do dự báo mưa lớn, một số hoạt động ngoài trời tại khu vực hồ Hoàn Kiếm được chuyển vào Nhà văn hóa phường. Thời
gian các hoạt động khác giữ nguyên như thông báo ban đầu.
""",
        "bao-tang-ngay",
        "van-phong",
        "Việt Hà",
        9,
        topics=("bao-tang", "thu-vien"),
        places=("hoan-kiem",),
        table=(
            "Giờ mở cửa trong dịp nghỉ lễ",
            (
                ("Đơn vị", "Giờ mở cửa", "Ghi chú"),
                ("Bảo tàng Hà Nội", "8:00 – 17:00", "Mở cửa cả thứ Hai"),
                ("Thư viện Hà Nội", "8:00 – 20:00", "Kể chuyện sách cho thiếu nhi buổi sáng"),
                ("Các di tích trọng điểm", "7:30 – 18:00", "Lối đi một chiều giờ cao điểm"),
            ),
        ),
    ),
    Article(
        SECTION,
        "news",
        "Khai mạc Triển lãm “Hà Nội – Mùa xuân đầu tiên”",
        "Triển lãm giới thiệu hơn 300 tài liệu, hình ảnh về Hà Nội trong những năm đầu sau ngày Giải phóng miền Nam, "
        "thống nhất đất nước, mở cửa miễn phí cho công chúng.",
        """
Triển lãm do Trung tâm Thông tin Triển lãm Hà Nội phối hợp với Bảo tàng Hà Nội tổ chức, gồm ba phần: Hà Nội hướng
về miền Nam; Niềm vui thống nhất; Thủ đô trong công cuộc xây dựng đất nước.

Nhiều hiện vật lần đầu được giới thiệu với công chúng do các gia đình cựu chiến binh, nhà báo trao tặng: những lá
thư gửi từ chiến trường, tấm ảnh chụp đoàn quân trở về, tờ báo đặc biệt in ngày đất nước thống nhất.

> Mỗi hiện vật là một câu chuyện. Chúng tôi mong các em học sinh đến đây để nghe những câu chuyện ấy. — Ông Dương Văn
Khánh, Giám đốc Bảo tàng Hà Nội

Triển lãm mở cửa đến hết tháng, phục vụ các đoàn học sinh theo lịch đăng ký trước.
""",
        "bao-tang-chieu",
        "thong-tin-trien-lam",
        "Thanh Tùng",
        5,
        topics=("50-nam-giai-phong-mien-nam", "bao-tang"),
        places=("hoan-kiem",),
        around=(30, 4),
    ),
    Article(
        SECTION,
        "article",
        "Chuỗi chương trình nghệ thuật mừng Đảng, mừng Xuân",
        "Các nhà hát, đoàn nghệ thuật của Thủ đô dàn dựng nhiều chương trình mới phục vụ nhân dân dịp kỷ niệm Ngày "
        "thành lập Đảng Cộng sản Việt Nam và đón Tết cổ truyền.",
        """
Không khí mừng Đảng, mừng Xuân bắt đầu từ những sân khấu lớn ở trung tâm và lan tỏa đến các phường, xã ngoại
thành. Nhiều chương trình được dàn dựng công phu với sự tham gia của nghệ sĩ nhiều thế hệ.

## Sân khấu truyền thống trở lại

Bên cạnh các chương trình ca múa nhạc, năm nay nghệ thuật truyền thống chiếm tỷ lệ lớn: trích đoạn chèo, cải
lương, múa rối nước được biểu diễn miễn phí tại các điểm công cộng. Khán giả trẻ đến xem đông hơn dự kiến.

## Đưa nghệ thuật về cơ sở

Các đội tuyên truyền lưu động đến từng thôn, tổ dân phố, kết hợp biểu diễn văn nghệ với tuyên truyền chủ trương,
chính sách của Đảng, pháp luật của Nhà nước. Những buổi diễn này giúp người dân ở xa trung tâm cũng được thưởng
thức không khí ngày lễ.
""",
        "san-khau-rem-do",
        "van-hoa-nghe-thuat",
        "Bảo Ngọc",
        10,
        topics=("95-nam-thanh-lap-dang", "nghe-thuat-bieu-dien"),
        places=("hoan-kiem", "soc-son"),
        around=(3, 2),
    ),
)
