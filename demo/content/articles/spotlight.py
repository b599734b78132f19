"""Tiêu điểm Hà Nội."""

from demo.content.article import Article

SECTION = "tieu-diem-ha-noi"

ARTICLES = (
    Article(
        SECTION,
        "article",
        "Công nghiệp văn hóa – động lực tăng trưởng mới của Thủ đô",
        "Với lợi thế về di sản, nguồn nhân lực sáng tạo và thị trường, Hà Nội xác định công nghiệp văn hóa là một "
        "ngành kinh tế mũi nhọn. Việc triển khai nghị quyết của Thành ủy đang mở ra nhiều cơ hội mới.",
        """
Các ngành công nghiệp văn hóa như thiết kế, điện ảnh, nghệ thuật biểu diễn, thủ công mỹ nghệ, du lịch văn hóa đã
đóng góp ngày càng lớn vào tăng trưởng của Thủ đô. Nhiều không gian sáng tạo ra đời từ các nhà máy cũ, khu tập thể
cũ, thu hút đông đảo người trẻ.

## Ba trụ cột

- Hoàn thiện cơ chế, chính sách khuyến khích đầu tư vào văn hóa, bảo vệ quyền tác giả.
- Phát triển nguồn nhân lực sáng tạo, kết nối trường đại học, doanh nghiệp và nghệ sĩ.
- Xây dựng hạ tầng, không gian sáng tạo và thương hiệu sự kiện văn hóa của Thủ đô.

## Thách thức

Theo các chuyên gia, nhiều doanh nghiệp văn hóa còn nhỏ, thiếu vốn; việc khai thác di sản cho phát triển kinh tế
cần cân bằng với yêu cầu bảo tồn. Thành phố đang nghiên cứu cơ chế thí điểm sử dụng tài sản công cho không gian
sáng tạo.

> Công nghiệp văn hóa phải dựa trên bản sắc Hà Nội, chứ không chỉ là bắt chước mô hình nơi khác. — Bà Lại Thu
Trang, Trưởng phòng Quản lý Văn hóa và Nghệ thuật
""",
        "pho-co-dem",
        "van-hoa-nghe-thuat",
        "Thanh Tùng",
        24,
        topics=("cong-nghiep-van-hoa", "ha-noi-thanh-pho-sang-tao"),
        featured=True,
    ),
    Article(
        SECTION,
        "news",
        "Lễ hội Thiết kế sáng tạo Hà Nội thu hút hàng trăm nghìn lượt khách",
        "Lễ hội với các triển lãm, trình diễn ánh sáng, chợ sản phẩm thiết kế và tọa đàm diễn ra tại nhiều không gian "
        "di sản và không gian sáng tạo của Thủ đô.",
        """
Lễ hội là một trong những hoạt động cụ thể hóa cam kết của Hà Nội khi tham gia Mạng lưới các thành phố sáng tạo
của UNESCO trong lĩnh vực thiết kế. Năm nay, lễ hội mở rộng ra các phường ngoại thành với các chương trình gắn với
làng nghề.

Nhiều sản phẩm thiết kế lấy cảm hứng từ gốm, lụa, giấy dó, tranh dân gian được giới thiệu và bán tại chợ thiết kế,
cho thấy tiềm năng kết hợp giữa di sản và sáng tạo đương đại.
""",
        "le-hoi-dem",
        "van-hoa-nghe-thuat",
        "Hoài Thu",
        68,
        topics=("ha-noi-thanh-pho-sang-tao", "cong-nghiep-van-hoa"),
        places=("hoan-kiem", "bat-trang"),
    ),
    Article(
        SECTION,
        "update",
        "Cập nhật tiến độ các dự án không gian sáng tạo",
        "Bốn dự án chuyển đổi công trình cũ thành không gian sáng tạo đang được triển khai; hai dự án dự kiến đưa vào "
        "sử dụng trong năm.",
        """
Các dự án tập trung vào việc cải tạo nhà xưởng, kho hàng không còn sử dụng thành nơi triển lãm, biểu diễn, làm việc
chung cho nghệ sĩ và doanh nghiệp sáng tạo. Phương án cải tạo giữ lại dấu tích kiến trúc công nghiệp.

Sở sẽ tổ chức lấy ý kiến cộng đồng nghệ sĩ, người dân khu vực lân cận về phương án vận hành trước khi đưa các
không gian vào sử dụng.
""",
        "bao-tang-chieu",
        "van-hoa-nghe-thuat",
        "Minh Anh",
        11,
        topics=("ha-noi-thanh-pho-sang-tao", "cong-nghiep-van-hoa"),
        table=(
            "Tiến độ các dự án không gian sáng tạo (dữ liệu mẫu)",
            (
                ("Dự án", "Khu vực", "Tiến độ"),
                ("Xưởng in cũ thành trung tâm thiết kế", "Phường Long Biên", "Hoàn thiện nội thất"),
                ("Kho hàng ven sông thành không gian biểu diễn", "Phường Hồng Hà", "Thi công phần thô"),
                ("Nhà máy cũ thành khu làm việc chung", "Phường Hà Đông", "Lập dự án"),
                ("Chợ cũ thành không gian làng nghề", "Xã Bát Tràng", "Hoàn thiện"),
            ),
        ),
    ),
    Article(
        SECTION,
        "photo_report",
        "Di sản trong dòng chảy sáng tạo",
        "Những chất liệu truyền thống như gốm, sơn mài, múa rối được các nghệ sĩ trẻ đưa vào tác phẩm đương đại: phóng "
        "sự ảnh tại các không gian sáng tạo của Thủ đô.",
        """
Từ xưởng gốm Bát Tràng đến các studio thiết kế trong phố cổ, di sản đang được nhìn bằng con mắt mới. Các nghệ sĩ
trẻ học nghề từ nghệ nhân, rồi sáng tạo nên những sản phẩm phù hợp với thị hiếu hôm nay.

Những cuộc gặp gỡ này không chỉ tạo ra sản phẩm mới mà còn giúp các nghề truyền thống có thêm người nối nghiệp.
""",
        "gom-men-lam",
        "thong-tin-trien-lam",
        "Hải Đăng",
        112,
        topics=("ha-noi-thanh-pho-sang-tao", "di-san"),
        places=("bat-trang", "hoan-kiem"),
        gallery=(
            ("gom-men-lam", "Những mẫu gốm mới dựa trên men cổ trong xưởng của nghệ nhân trẻ."),
            ("gom-trung-bay", "Triển lãm gốm đương đại tại một không gian sáng tạo."),
            ("roi-nuoc", "Tiết mục múa rối kết hợp âm nhạc điện tử."),
            ("pho-co-dem", "Phố cổ về đêm – nơi đặt nhiều studio thiết kế nhỏ."),
            ("san-khau-rem-xanh", "Sân khấu đương đại sử dụng chất liệu truyền thống."),
        ),
    ),
    Article(
        SECTION,
        "news",
        "Thành phố ban hành chương trình phát triển thể thao Thủ đô giai đoạn mới",
        "Chương trình đặt mục tiêu nâng tỷ lệ người tập luyện thể thao thường xuyên, hoàn thiện hạ tầng thể thao và "
        "giữ vững vị trí dẫn đầu về thể thao thành tích cao.",
        """
Chương trình gồm các nhóm giải pháp về quy hoạch, đầu tư cơ sở vật chất, đào tạo vận động viên, xã hội hóa và ứng
dụng khoa học công nghệ trong huấn luyện. Mỗi phường, xã phải có ít nhất một điểm tập luyện thể thao công cộng.

Sở Văn hóa và Thể thao được giao chủ trì, phối hợp với các sở, ngành và địa phương triển khai, báo cáo kết quả hằng
năm với Ủy ban nhân dân Thành phố.
""",
        "san-van-dong-ngay",
        "the-duc-the-thao",
        "Thanh Tùng",
        250,
        topics=("the-thao-quan-chung", "sea-games"),
    ),
    Article(
        SECTION,
        "article",
        "Hà Nội 50 năm sau ngày đất nước thống nhất: nhìn lại chặng đường văn hóa",
        "Từ những đêm biểu diễn phục vụ nhân dân đến các lễ hội sáng tạo quy mô quốc tế, đời sống văn hóa Thủ đô đã "
        "có những bước chuyển mình mạnh mẽ trong nửa thế kỷ qua.",
        """
Những năm đầu sau ngày đất nước thống nhất, đời sống văn hóa Hà Nội còn nhiều thiếu thốn. Các đoàn nghệ thuật vẫn
đều đặn biểu diễn ở công trường, nhà máy, thôn xóm, mang lời ca tiếng hát đến với người lao động.

## Đổi mới và hội nhập

Bước vào thời kỳ đổi mới, các thiết chế văn hóa được đầu tư, nhiều lễ hội truyền thống được phục dựng. Hà Nội đón
nhận danh hiệu Thành phố vì hòa bình, rồi tham gia Mạng lưới các thành phố sáng tạo của UNESCO.

## Hướng tới tương lai

Hôm nay, văn hóa được xác định là nền tảng tinh thần và nguồn lực phát triển. Những không gian sáng tạo, bảo tàng
hiện đại, thư viện số đang dần thay đổi cách người Hà Nội tiếp cận văn hóa.
""",
        "quang-truong-co-sang",
        "bao-tang",
        "Bảo Ngọc",
        2,
        topics=("50-nam-giai-phong-mien-nam", "ha-noi-thanh-pho-sang-tao"),
        around=(30, 4),
    ),
)
