"""Hà Nội đẹp và chưa đẹp."""

from demo.content.article import Article

SECTION = "ha-noi-dep-va-chua-dep"

ARTICLES = (
    Article(
        SECTION,
        "photo_report",
        "Hà Nội đẹp: những con đường rợp bóng cây",
        "Những hàng sấu, hàng sao đen, hàng lộc vừng đã làm nên vẻ đẹp riêng của phố phường Hà Nội. Phóng sự ảnh về "
        "những con đường xanh của Thủ đô.",
        """
Cây xanh là một phần ký ức của người Hà Nội: mùa hoa sưa trắng, mùa lộc vừng đỏ, mùa sấu rụng trên phố. Những năm
gần đây, nhiều tuyến phố được trồng bổ sung cây bóng mát, vỉa hè được lát lại, tạo không gian đi bộ dễ chịu.

Người dân ở nhiều tổ dân phố còn tự nguyện chăm sóc cây, trồng hoa trong bồn, góp phần làm đẹp thêm con phố mình.
""",
        "pho-xanh",
        "thong-tin-trien-lam",
        "Quang Huy",
        36,
        topics=("nep-song-van-minh",),
        places=("ba-dinh", "hoan-kiem"),
        gallery=(
            ("pho-xanh", "Đại lộ rợp bóng cây ở trung tâm Thủ đô."),
            ("via-he-van-minh", "Vỉa hè được lát lại, có bồn hoa và ghế nghỉ."),
            ("ho-guom-binh-minh", "Hàng cây cổ thụ ven hồ Hoàn Kiếm buổi sớm."),
            ("chua-ho-tay-ngay", "Đường ven hồ Tây xanh mát."),
            ("dam-sen", "Mùa sen nở trên những đầm ven đô."),
            ("cau-sat-binh-minh", "Bãi xanh ven sông dưới chân cây cầu sắt."),
            ("khue-van-cac-xuan", "Cây cổ thụ trong khuôn viên di tích."),
        ),
        featured=True,
    ),
    Article(
        SECTION,
        "photo_report",
        "Chưa đẹp: dây điện, dây cáp chằng chịt trên phố",
        "Dù đã nhiều lần được chỉnh trang, dây điện, dây cáp viễn thông vẫn chằng chịt ở nhiều tuyến phố, vừa mất mỹ "
        "quan vừa tiềm ẩn nguy cơ cháy nổ.",
        """
Tình trạng này tập trung ở các tuyến phố cũ, nơi cột điện được dùng chung cho nhiều đơn vị viễn thông. Những cuộn
cáp thừa, cáp không còn sử dụng không được thu hồi, treo lơ lửng trên đầu người đi đường.

Thành phố đã yêu cầu các doanh nghiệp rà soát, thu hồi cáp không sử dụng và từng bước ngầm hóa theo kế hoạch. Người
dân có thể phản ánh vị trí dây cáp nguy hiểm qua đường dây nóng của phường, xã.
""",
        "day-dien-chang-chit",
        "thong-tin-trien-lam",
        "Hải Đăng",
        58,
        topics=("nep-song-van-minh",),
        places=("dong-da", "cua-nam"),
        gallery=(
            ("day-dien-chang-chit", "Dây cáp chằng chịt giữa hai cột điện trên một tuyến phố cũ."),
            ("rac-via-he", "Dưới chân cột điện, rác thải bị vứt bừa bãi."),
            ("pho-co-ngay", "Biển hiệu, dây điện che khuất mặt tiền những ngôi nhà cổ."),
            ("pho-xanh", "Một tuyến phố đã được ngầm hóa, thông thoáng và sạch đẹp."),
        ),
    ),
    Article(
        SECTION,
        "article",
        "Vỉa hè cho người đi bộ: chuyện chưa bao giờ cũ",
        "Vỉa hè bị chiếm làm chỗ để xe, bán hàng khiến người đi bộ phải xuống lòng đường. Câu chuyện không mới, nhưng "
        "lời giải cần sự đồng thuận của cả chính quyền và người dân.",
        """
Ở nhiều tuyến phố, người đi bộ gần như không có chỗ trên vỉa hè. Người già, trẻ nhỏ, người khuyết tật là những
người chịu thiệt thòi nhiều nhất.

## Những cách làm hiệu quả

Một số phường đã kẻ vạch phân định phần vỉa hè cho người đi bộ, cho phép sử dụng tạm thời phần còn lại có thu phí và
giờ giấc rõ ràng. Cách làm này vừa giữ lối đi cho người đi bộ vừa bảo đảm sinh kế của các hộ kinh doanh.

## Cần sự kiên trì

Các đợt ra quân lập lại trật tự chỉ có hiệu quả khi được duy trì thường xuyên. Quan trọng hơn, mỗi hộ kinh doanh cần
hiểu rằng một vỉa hè thông thoáng cũng mang lại lợi ích cho chính cửa hàng của mình.
""",
        "via-he-van-minh",
        "nep-song-gia-dinh",
        "Trung Kiên",
        90,
        topics=("nep-song-van-minh",),
        places=("hoan-kiem", "dong-da"),
        document="the-le-cuoc-thi-anh",
    ),
    Article(
        SECTION,
        "news",
        "Phát động cuộc thi ảnh “Hà Nội đẹp và chưa đẹp”",
        "Cuộc thi dành cho mọi người dân sinh sống, học tập, làm việc tại Hà Nội, nhằm ghi lại những hình ảnh đẹp và "
        "những điều chưa đẹp nơi công cộng để cùng chung tay khắc phục.",
        """
Mỗi tác giả được gửi tối đa 10 ảnh đơn hoặc 2 bộ ảnh, chụp tại Hà Nội, có ghi rõ thời gian, địa điểm. Những ảnh
phản ánh điều chưa đẹp sẽ được chuyển đến chính quyền địa phương để xem xét, xử lý.

Tác phẩm đoạt giải được trưng bày tại không gian đi bộ hồ Hoàn Kiếm và giới thiệu trên Cổng thông tin điện tử của
Sở. Thể lệ chi tiết được đăng kèm bài viết này.
""",
        "ho-guom-hoang-hon",
        "thong-tin-trien-lam",
        "Ngọc Mai",
        140,
        topics=("nep-song-van-minh",),
        document="the-le-cuoc-thi-anh",
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật kết quả xử lý các phản ánh về điểm chưa đẹp",
        "Trong tháng, Sở đã tiếp nhận và chuyển xử lý 86 phản ánh của người dân về rác thải, quảng cáo sai quy định, "
        "lấn chiếm vỉa hè; 71 phản ánh đã được giải quyết xong.",
        """
Phần lớn phản ánh liên quan đến rác thải tại các điểm tập kết tự phát và biển quảng cáo dán, treo sai quy định.
Các phường, xã đã tổ chức dọn dẹp, tháo dỡ và lắp biển nhắc nhở tại những điểm nóng.

Các phản ánh còn lại đang được xử lý, kết quả sẽ được cập nhật trong kỳ tới.
""",
        "rac-via-he",
        "thanh-tra",
        "Đức Anh",
        6,
        topics=("nep-song-van-minh",),
        places=("long-bien", "ha-dong", "cau-giay"),
        table=(
            "Kết quả xử lý phản ánh trong tháng",
            (
                ("Lĩnh vực", "Tiếp nhận", "Đã xử lý"),
                ("Rác thải nơi công cộng", "38", "35"),
                ("Quảng cáo sai quy định", "27", "22"),
                ("Lấn chiếm vỉa hè", "21", "14"),
            ),
        ),
    ),
    Article(
        SECTION,
        "article",
        "Khi những bức tường cũ thành tranh",
        "Những bức tường bong tróc dưới chân cầu, trong ngõ nhỏ đã trở thành các bức bích họa đầy màu sắc nhờ sáng "
        "kiến của họa sĩ trẻ và sự chung tay của người dân.",
        """
Những con ngõ từng là nơi tập kết rác nay trở thành điểm chụp ảnh của giới trẻ. Các bức tranh tái hiện nghề truyền
thống, trò chơi dân gian, phong cảnh Hà Nội xưa.

## Cộng đồng cùng làm

Người dân trong ngõ góp tiền mua sơn, cùng họa sĩ vẽ vào các buổi tối cuối tuần. Khi bức tranh hoàn thành, chính
họ là những người giữ gìn, nhắc nhở nhau không dán quảng cáo, không để rác.

## Cần quản lý phù hợp

Sở lưu ý các địa phương lựa chọn nội dung, vị trí phù hợp với cảnh quan, không vẽ lên công trình di tích và có kế
hoạch bảo dưỡng để tranh không xuống cấp.
""",
        "cau-sat-hoang-hon",
        "van-hoa-nghe-thuat",
        "Bảo Ngọc",
        220,
        topics=("ha-noi-thanh-pho-sang-tao", "nep-song-van-minh"),
        places=("long-bien",),
    ),
)
