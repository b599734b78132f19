"""Shared lists: topics and campaigns, wards and communes, the department's units and its directors, banners.

Every person named here is invented. Localities are a handful of Hanoi's wards and communes as of
1 July 2025; their codes are sample values (the admin's CSV import loads the official list).
"""

from dataclasses import dataclass

# (slug vi, name vi, slug en, name en, kind, featured, description vi, description en)
TOPICS = (
    (
        "95-nam-thanh-lap-dang",
        "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "95th-anniversary-of-the-party",
        "95th Anniversary of the Communist Party of Viet Nam",
        "campaign",
        False,
        "Chuỗi hoạt động tuyên truyền, biểu diễn nghệ thuật và triển lãm chào mừng kỷ niệm 95 năm Ngày thành lập Đảng.",
        "Outreach, performances and exhibitions celebrating the 95th anniversary of the founding of the Party.",
    ),
    (
        "50-nam-giai-phong-mien-nam",
        "50 năm Giải phóng miền Nam, thống nhất đất nước",
        "50-years-of-reunification",
        "50 Years of National Reunification",
        "campaign",
        True,
        "Tuyên truyền, triển lãm và chương trình nghệ thuật kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất "
        "nước.",
        "Exhibitions, performances and outreach marking 50 years since the liberation of the South and reunification.",
    ),
    (
        "80-nam-cach-mang-thang-tam-quoc-khanh",
        "80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
        "80-years-of-the-august-revolution",
        "80 Years of the August Revolution and National Day",
        "campaign",
        True,
        "Các hoạt động văn hóa, thể thao chào mừng 80 năm Cách mạng tháng Tám thành công và Quốc khánh 2/9.",
        "Cultural and sporting events celebrating 80 years of the August Revolution and National Day, 2 September.",
    ),
    (
        "ha-noi-thanh-pho-sang-tao",
        "Hà Nội – Thành phố sáng tạo UNESCO",
        "hanoi-creative-city",
        "Hanoi – UNESCO Creative City",
        "campaign",
        True,
        "Hà Nội trong Mạng lưới các thành phố sáng tạo của UNESCO: không gian sáng tạo, thiết kế và lễ hội.",
        "Hanoi in the UNESCO Creative Cities Network: creative spaces, design and festivals.",
    ),
    ("di-san", "Di sản", "heritage", "Heritage", "topic", False, "", ""),
    ("le-hoi", "Lễ hội", "festivals", "Festivals", "topic", False, "", ""),
    ("thu-vien", "Thư viện", "libraries", "Libraries", "topic", False, "", ""),
    ("bao-tang", "Bảo tàng", "museums", "Museums", "topic", False, "", ""),
    ("dien-anh", "Điện ảnh", "cinema", "Cinema", "topic", False, "", ""),
    ("gia-dinh", "Gia đình", "family", "Family", "topic", False, "", ""),
    ("sea-games", "SEA Games", "sea-games", "SEA Games", "topic", False, "", ""),
    ("the-thao-quan-chung", "Thể thao quần chúng", "mass-sport", "Mass sport", "topic", False, "", ""),
    ("nghe-thuat-bieu-dien", "Nghệ thuật biểu diễn", "performing-arts", "Performing arts", "topic", False, "", ""),
    (
        "cong-nghiep-van-hoa",
        "Công nghiệp văn hóa",
        "cultural-industries",
        "Cultural industries",
        "topic",
        False,
        "",
        "",
    ),
    ("chuyen-doi-so", "Chuyển đổi số", "digital-transformation", "Digital transformation", "topic", False, "", ""),
    ("nep-song-van-minh", "Nếp sống văn minh", "civilised-living", "Civilised living", "topic", False, "", ""),
    (
        "thu-tuc-hanh-chinh",
        "Thủ tục hành chính",
        "administrative-procedures",
        "Administrative procedures",
        "topic",
        False,
        "",
        "",
    ),
    ("van-hoa-co-so", "Văn hóa cơ sở", "grassroots-culture", "Grassroots culture", "topic", False, "", ""),
)

# (key used by articles, code, name without prefix, kind)
LOCALITIES = (
    ("hoan-kiem", "00070", "Hoàn Kiếm", "phuong"),
    ("cua-nam", "00082", "Cửa Nam", "phuong"),
    ("ba-dinh", "00004", "Ba Đình", "phuong"),
    ("ngoc-ha", "00008", "Ngọc Hà", "phuong"),
    ("giang-vo", "00025", "Giảng Võ", "phuong"),
    ("van-mieu", "00229", "Văn Miếu - Quốc Tử Giám", "phuong"),
    ("dong-da", "00235", "Đống Đa", "phuong"),
    ("tay-ho", "00103", "Tây Hồ", "phuong"),
    ("cau-giay", "00166", "Cầu Giấy", "phuong"),
    ("long-bien", "00127", "Long Biên", "phuong"),
    ("ha-dong", "09556", "Hà Đông", "phuong"),
    ("son-tay", "09574", "Sơn Tây", "phuong"),
    ("bat-trang", "10183", "Bát Tràng", "xa"),
    ("soc-son", "08980", "Sóc Sơn", "xa"),
    ("huong-son", "10510", "Hương Sơn", "xa"),
)


@dataclass(frozen=True)
class Leader:
    name: str
    position: tuple[str, str]
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Unit:
    key: str
    name: tuple[str, str]
    short_name: tuple[str, str]
    functions: tuple[str, str]
    address: tuple[str, str]
    phone: str
    email: str
    leaders: tuple[Leader, ...]


HANG_DAU = ("47 Hàng Dầu, phường Hoàn Kiếm, Hà Nội", "47 Hang Dau Street, Hoan Kiem Ward, Hanoi")

UNITS = (
    Unit(
        "van-phong",
        ("Văn phòng Sở", "Department Office"),
        ("VP Sở", "Office"),
        (
            "Tham mưu tổng hợp, điều phối hoạt động chung của Sở; hành chính, văn thư, lưu trữ; thường trực Cổng thông "
            "tin điện tử và bộ phận một cửa.",
            "Coordinates the Department's work; administration, records and archives; standing unit of the "
            "electronic portal and the one-stop counter.",
        ),
        HANG_DAU,
        "(024) 3825 6310",
        "vanphong.svhtt@hanoi.gov.vn",
        (
            Leader("Hoàng Đức Lâm", ("Chánh Văn phòng", "Chief of Office"), "(024) 3825 6311"),
            Leader("Nguyễn Thị Bích Ngọc", ("Phó Chánh Văn phòng", "Deputy Chief of Office"), "(024) 3825 6312"),
        ),
    ),
    Unit(
        "di-san",
        ("Phòng Quản lý Di sản văn hóa", "Cultural Heritage Management Division"),
        ("P.QLDSVH", "Heritage Division"),
        (
            "Tham mưu quản lý nhà nước về di tích, di sản văn hóa phi vật thể, bảo vật quốc gia, bảo tàng và lễ hội "
            "truyền thống.",
            "Advises on the state management of monuments, intangible heritage, national treasures, museums and "
            "traditional festivals.",
        ),
        HANG_DAU,
        "(024) 3825 6320",
        "disan.svhtt@hanoi.gov.vn",
        (
            Leader("Kiều Văn Thịnh", ("Trưởng phòng", "Head of Division")),
            Leader("Phan Thị Hồng Nhung", ("Phó Trưởng phòng", "Deputy Head of Division")),
        ),
    ),
    Unit(
        "van-hoa-nghe-thuat",
        ("Phòng Quản lý Văn hóa và Nghệ thuật", "Culture and Arts Management Division"),
        ("P.QLVH&NT", "Culture and Arts Division"),
        (
            "Tham mưu quản lý nhà nước về nghệ thuật biểu diễn, điện ảnh, mỹ thuật, nhiếp ảnh, triển lãm, thư viện, "
            "quảng cáo và dịch vụ văn hóa.",
            "Advises on performing arts, cinema, fine arts, photography, exhibitions, libraries, advertising and "
            "cultural services.",
        ),
        HANG_DAU,
        "(024) 3825 6330",
        "vanhoanghethuat.svhtt@hanoi.gov.vn",
        (
            Leader("Lại Thu Trang", ("Trưởng phòng", "Head of Division")),
            Leader("Bùi Quang Vinh", ("Phó Trưởng phòng", "Deputy Head of Division")),
        ),
    ),
    Unit(
        "the-duc-the-thao",
        ("Phòng Quản lý Thể dục thể thao", "Sport Management Division"),
        ("P.QLTDTT", "Sport Division"),
        (
            "Tham mưu quản lý nhà nước về thể dục thể thao quần chúng, thể thao thành tích cao, thể thao chuyên nghiệp "
            "và cơ sở vật chất thể thao.",
            "Advises on mass sport, high-performance and professional sport, and sports facilities.",
        ),
        HANG_DAU,
        "(024) 3825 6340",
        "thethao.svhtt@hanoi.gov.vn",
        (
            Leader("Trịnh Xuân Bách", ("Trưởng phòng", "Head of Division")),
            Leader("Mai Thị Thanh Tâm", ("Phó Trưởng phòng", "Deputy Head of Division")),
        ),
    ),
    Unit(
        "nep-song-gia-dinh",
        ("Phòng Xây dựng nếp sống văn hóa và Gia đình", "Civilised Living and Family Division"),
        ("P.XDNSVH&GĐ", "Family Division"),
        (
            "Tham mưu về xây dựng đời sống văn hóa cơ sở, thực hiện nếp sống văn minh, quy tắc ứng xử, công tác gia "
            "đình và phòng, chống bạo lực gia đình.",
            "Advises on grassroots cultural life, civilised living, the codes of conduct, family affairs and the "
            "prevention of domestic violence.",
        ),
        HANG_DAU,
        "(024) 3825 6350",
        "giadinh.svhtt@hanoi.gov.vn",
        (
            Leader("Đặng Thị Hải Yến", ("Trưởng phòng", "Head of Division")),
            Leader("Cao Văn Tuấn", ("Phó Trưởng phòng", "Deputy Head of Division")),
        ),
    ),
    Unit(
        "thanh-tra",
        ("Thanh tra Sở", "Department Inspectorate"),
        ("Thanh tra", "Inspectorate"),
        (
            "Thanh tra hành chính và thanh tra chuyên ngành về văn hóa, thể thao, quảng cáo; tiếp công dân, giải quyết "
            "khiếu nại, tố cáo.",
            "Administrative and specialised inspection of culture, sport and advertising; receiving citizens and "
            "handling complaints and denunciations.",
        ),
        HANG_DAU,
        "(024) 3825 6360",
        "thanhtra.svhtt@hanoi.gov.vn",
        (
            Leader("Ngô Quốc Bảo", ("Chánh Thanh tra", "Chief Inspector")),
            Leader("Lưu Thị Kim Oanh", ("Phó Chánh Thanh tra", "Deputy Chief Inspector")),
        ),
    ),
    Unit(
        "thong-tin-trien-lam",
        ("Trung tâm Thông tin Triển lãm Hà Nội", "Hanoi Information and Exhibition Centre"),
        ("TTTTTL", "Information Centre"),
        (
            "Tổ chức tuyên truyền cổ động trực quan, triển lãm; sản xuất tin, bài, ảnh, video cho Cổng thông tin điện "
            "tử của Sở.",
            "Visual propaganda and exhibitions; produces news, articles, photos and videos for the Department's "
            "portal.",
        ),
        ("93 Đinh Tiên Hoàng, phường Hoàn Kiếm, Hà Nội", "93 Dinh Tien Hoang Street, Hoan Kiem Ward, Hanoi"),
        "(024) 3825 6370",
        "thongtintrienlam@hanoi.gov.vn",
        (
            Leader("Đoàn Minh Hiếu", ("Giám đốc", "Director")),
            Leader("Hà Thị Lan Anh", ("Phó Giám đốc", "Deputy Director")),
        ),
    ),
    Unit(
        "thu-vien",
        ("Thư viện Hà Nội", "Hanoi Library"),
        ("TVHN", "Hanoi Library"),
        (
            "Thu thập, bảo quản và phục vụ tài nguyên thông tin; phát triển văn hóa đọc, thư viện số và mạng lưới thư "
            "viện cơ sở.",
            "Collects, preserves and lends information resources; develops the reading culture, the digital library "
            "and the network of local libraries.",
        ),
        ("47 Bà Triệu, phường Hai Bà Trưng, Hà Nội", "47 Ba Trieu Street, Hai Ba Trung Ward, Hanoi"),
        "(024) 3825 6380",
        "thuvien@hanoi.gov.vn",
        (
            Leader("Tô Thị Ngọc Hà", ("Giám đốc", "Director")),
            Leader("Quách Văn Sơn", ("Phó Giám đốc", "Deputy Director")),
        ),
    ),
    Unit(
        "bao-tang",
        ("Bảo tàng Hà Nội", "Hanoi Museum"),
        ("BTHN", "Hanoi Museum"),
        (
            "Nghiên cứu, sưu tầm, bảo quản, trưng bày hiện vật về lịch sử, văn hóa Thăng Long – Hà Nội; giáo dục di "
            "sản "
            "cho học sinh và công chúng.",
            "Researches, collects, preserves and exhibits objects on the history and culture of Thang Long – Hanoi; "
            "heritage education for pupils and the public.",
        ),
        ("Đường Phạm Hùng, phường Từ Liêm, Hà Nội", "Pham Hung Road, Tu Liem Ward, Hanoi"),
        "(024) 3825 6390",
        "baotang@hanoi.gov.vn",
        (
            Leader("Dương Văn Khánh", ("Giám đốc", "Director")),
            Leader("Âu Thị Thu Huyền", ("Phó Giám đốc", "Deputy Director")),
        ),
    ),
    Unit(
        "huan-luyen-thi-dau",
        (
            "Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội",
            "Hanoi Sports Training and Competition Centre",
        ),
        ("TTHL&TĐ TDTT", "Training Centre"),
        (
            "Tuyển chọn, đào tạo, huấn luyện vận động viên các đội tuyển Hà Nội; tổ chức và phục vụ các giải thi đấu.",
            "Selects, trains and coaches Hanoi's athletes; organises and hosts competitions.",
        ),
        ("Trịnh Hoài Đức, phường Ô Chợ Dừa, Hà Nội", "Trinh Hoai Duc Street, O Cho Dua Ward, Hanoi"),
        "(024) 3825 6400",
        "huanluyenthidau@hanoi.gov.vn",
        (
            Leader("Kim Đức Thắng", ("Giám đốc", "Director")),
            Leader("Chu Thị Mỹ Linh", ("Phó Giám đốc", "Deputy Director")),
        ),
    ),
)


@dataclass(frozen=True)
class DirectorEntry:
    name: str
    position: tuple[str, str]
    responsibilities: tuple[str, str]
    phone: str
    email: str
    portrait: tuple[tuple[int, int, int], tuple[int, int, int]]  # background, suit


DIRECTORS = (
    DirectorEntry(
        "Lương Thế Khải",
        ("Giám đốc Sở", "Director"),
        (
            "Lãnh đạo, quản lý toàn diện các mặt công tác của Sở; trực tiếp phụ trách công tác tổ chức cán bộ, tài "
            "chính, thi đua – khen thưởng, thanh tra và Cổng thông tin điện tử.",
            "Leads and manages all of the Department's work; directly responsible for personnel, finance, "
            "emulation and awards, inspection and the electronic portal.",
        ),
        "(024) 3825 6301",
        "giamdoc.svhtt@hanoi.gov.vn",
        ((118, 138, 160), (34, 40, 58)),
    ),
    DirectorEntry(
        "Vũ Thị Phương Thảo",
        ("Phó Giám đốc Sở", "Deputy Director"),
        (
            "Phụ trách lĩnh vực di sản văn hóa, bảo tàng, thư viện và công tác gia đình; theo dõi Phòng Quản lý Di sản "
            "văn hóa, Thư viện Hà Nội, Bảo tàng Hà Nội.",
            "Responsible for cultural heritage, museums, libraries and family affairs; oversees the Heritage "
            "Division, Hanoi Library and Hanoi Museum.",
        ),
        "(024) 3825 6302",
        "pgd1.svhtt@hanoi.gov.vn",
        ((150, 128, 120), (60, 30, 44)),
    ),
    DirectorEntry(
        "Đinh Công Hậu",
        ("Phó Giám đốc Sở", "Deputy Director"),
        (
            "Phụ trách lĩnh vực thể dục thể thao; theo dõi Phòng Quản lý Thể dục thể thao và Trung tâm Huấn luyện và "
            "Thi đấu thể dục thể thao Hà Nội.",
            "Responsible for sport; oversees the Sport Division and the Hanoi Sports Training and Competition Centre.",
        ),
        "(024) 3825 6303",
        "pgd2.svhtt@hanoi.gov.vn",
        ((112, 150, 140), (30, 46, 50)),
    ),
    DirectorEntry(
        "Tạ Thị Minh Nguyệt",
        ("Phó Giám đốc Sở", "Deputy Director"),
        (
            "Phụ trách lĩnh vực nghệ thuật biểu diễn, điện ảnh, quảng cáo, tuyên truyền cổ động và cải cách hành "
            "chính; theo dõi Phòng Quản lý Văn hóa và Nghệ thuật, Trung tâm Thông tin Triển lãm Hà Nội.",
            "Responsible for performing arts, cinema, advertising, visual propaganda and administrative reform; "
            "oversees the Culture and Arts Division and the Hanoi Information and Exhibition Centre.",
        ),
        "(024) 3825 6304",
        "pgd3.svhtt@hanoi.gov.vn",
        ((140, 132, 164), (44, 36, 70)),
    ),
)


@dataclass(frozen=True)
class BannerEntry:
    title: tuple[str, str]
    description: tuple[str, str]
    url: str
    placement: str
    sort_order: int
    image: tuple[str, str] = ("", "")  # keys in media.BANNER_IMAGES: Vietnamese and English picture
    topic: str = ""  # a campaign slug: the banner then links to the topic's own page


BANNERS = (
    BannerEntry(
        ("Kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9", "80 Years of the August Revolution and National Day"),
        (
            "Tin, ảnh và hoạt động văn hóa, thể thao chào mừng Quốc khánh.",
            "News, photos and cultural and sporting events for National Day.",
        ),
        "",
        "banner",
        10,
        image=("banner-80-nam", "banner-80-nam-en"),
        topic="80-nam-cach-mang-thang-tam-quoc-khanh",
    ),
    BannerEntry(
        ("Hà Nội – Thành phố sáng tạo", "Hanoi – Creative City"),
        (
            "Không gian sáng tạo, thiết kế và lễ hội của Thủ đô trong Mạng lưới các thành phố sáng tạo UNESCO.",
            "Creative spaces, design and festivals of the capital in the UNESCO Creative Cities Network.",
        ),
        "",
        "banner",
        20,
        image=("banner-thanh-pho-sang-tao", "banner-thanh-pho-sang-tao-en"),
        topic="ha-noi-thanh-pho-sang-tao",
    ),
    BannerEntry(
        ("Cổng Dịch vụ công quốc gia", "National Public Service Portal"),
        ("Nộp hồ sơ, tra cứu và thanh toán trực tuyến.", "File, track and pay online."),
        "https://dichvucong.gov.vn",
        "quick_link",
        10,
    ),
    BannerEntry(
        ("Cổng thông tin điện tử Thành phố Hà Nội", "Hanoi City Portal"),
        ("Tin tức, chính sách của Thành phố.", "City news and policies."),
        "https://hanoi.gov.vn",
        "quick_link",
        20,
    ),
    BannerEntry(
        ("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"),
        ("Cổng thông tin điện tử của Bộ.", "The Ministry's portal."),
        "https://bvhttdl.gov.vn",
        "quick_link",
        30,
    ),
    BannerEntry(
        (
            "Hệ thống thông tin giải quyết thủ tục hành chính Hà Nội",
            "Hanoi Administrative Procedures Information System",
        ),
        ("Dịch vụ công trực tuyến của Thành phố.", "The city's online public services."),
        "https://dichvucong.hanoi.gov.vn",
        "quick_link",
        40,
    ),
)
