"""The site itself: the home page, the eight sections and their sub-sections, the footer settings."""

from dataclasses import dataclass, field

SITE_NAME = "Cổng TTĐT Sở VHTT Hà Nội"

HOME = {
    "slug": ("trang-chu", "home"),
    "title": ("Trang chủ", "Home"),
    "intro": (
        "Cổng thông tin điện tử của Sở Văn hóa và Thể thao thành phố Hà Nội: tin tức, sự kiện, thủ tục hành chính "
        "và dịch vụ công của ngành văn hóa, gia đình, thể dục thể thao Thủ đô.",
        "The electronic information portal of the Hanoi Department of Culture and Sports: news, events, "
        "administrative procedures and public services for culture, family and sport in the capital.",
    ),
}


@dataclass(frozen=True)
class Section:
    slug: tuple[str, str]
    title: tuple[str, str]
    intro: tuple[str, str]
    children: tuple["Section", ...] = field(default_factory=tuple)


SECTIONS = (
    Section(
        ("tin-tuc-su-kien", "news-events"),
        ("Tin tức - Sự kiện", "News & Events"),
        (
            "Tin tức, sự kiện nổi bật của ngành văn hóa, thể thao và gia đình Thủ đô; hoạt động chỉ đạo, điều hành "
            "của Sở và các nhiệm vụ trọng tâm trong năm.",
            "Highlights from culture, sport and family life in the capital, the Department's direction and "
            "management, and the year's priority tasks.",
        ),
    ),
    Section(
        ("van-hoa", "culture"),
        ("Văn hóa", "Culture"),
        (
            "Di sản, quản lý và dịch vụ văn hóa, văn hóa cơ sở, nghệ thuật biểu diễn, thư viện, bảo tàng, điện ảnh, "
            "tuyên truyền cổ động và hoạt động văn hóa tại các phường, xã.",
            "Heritage, cultural management and services, grassroots culture, performing arts, libraries, museums, "
            "cinema, visual propaganda and cultural life in the wards and communes.",
        ),
        (
            Section(
                ("di-san", "heritage"),
                ("Di sản", "Heritage"),
                (
                    "Bảo tồn và phát huy giá trị di tích, lễ hội truyền thống, di sản văn hóa phi vật thể và làng nghề "
                    "của Hà Nội.",
                    "Preserving and promoting Hanoi's monuments, traditional festivals, intangible heritage and craft "
                    "villages.",
                ),
            ),
            Section(
                ("nghe-thuat-bieu-dien", "performing-arts"),
                ("Nghệ thuật biểu diễn", "Performing Arts"),
                (
                    "Chèo, tuồng, cải lương, múa rối, ca trù, âm nhạc và sân khấu đương đại: chương trình, liên hoan "
                    "và "
                    "đời sống nghệ thuật Thủ đô.",
                    "Chèo, tuồng, cải lương, puppetry, ca trù, music and contemporary theatre: programmes, festivals "
                    "and "
                    "the artistic life of the capital.",
                ),
            ),
            Section(
                ("gia-dinh", "family"),
                ("Gia đình", "Family"),
                (
                    "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; phòng, chống bạo lực gia đình; giáo dục "
                    "đạo đức, lối sống trong gia đình.",
                    "Building prosperous, progressive, happy and civilised families; preventing domestic violence; "
                    "values and ways of life at home.",
                ),
            ),
        ),
    ),
    Section(
        ("the-thao", "sports"),
        ("Thể thao", "Sports"),
        (
            "Thể thao thành tích cao, thể thao quần chúng, các giải đấu, phong trào rèn luyện thân thể và hoạt động "
            "thể "
            "thao tại cơ sở.",
            "High-performance and mass sport, competitions, fitness movements and sport in the neighbourhoods.",
        ),
        (
            Section(
                ("the-thao-thanh-tich-cao", "high-performance-sport"),
                ("Thể thao thành tích cao", "High-Performance Sport"),
                (
                    "Đào tạo vận động viên, đội tuyển Hà Nội tại các giải quốc gia, khu vực và quốc tế.",
                    "Athlete development and Hanoi's teams at national, regional and international competitions.",
                ),
            ),
            Section(
                ("the-thao-quan-chung", "mass-sport"),
                ("Thể thao quần chúng", "Mass Sport"),
                (
                    "Phong trào Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại, giải phong trào và câu lạc bộ "
                    "thể "
                    "thao cơ sở.",
                    "The nationwide fitness movement, community races and tournaments, and local sports clubs.",
                ),
            ),
        ),
    ),
    Section(
        ("quy-tac-ung-xu", "code-of-conduct"),
        ("Quy tắc ứng xử", "Code of Conduct"),
        (
            "Chủ đề năm; Quy tắc ứng xử của cán bộ, công chức, viên chức và Quy tắc ứng xử nơi công cộng trên địa bàn "
            "thành phố Hà Nội: tuyên truyền, thực hiện và gương điển hình.",
            "The year's theme and the city's codes of conduct for public servants and in public places: outreach, "
            "implementation and good examples.",
        ),
    ),
    Section(
        ("nguoi-ha-noi-thanh-lich-van-minh", "elegant-civilised-hanoians"),
        ("Người Hà Nội thanh lịch - văn minh", "Elegant and Civilised Hanoians"),
        (
            "Kết quả thực hiện Chương trình 06-CTr/TU, hương ước, quy ước, tổ dân phố văn hóa và những tấm gương người "
            "tốt, việc tốt trong đời sống Thủ đô.",
            "Results of Programme 06-CTr/TU, village conventions, cultured neighbourhoods and the people who set a "
            "good "
            "example in everyday life.",
        ),
    ),
    Section(
        ("ha-noi-dep-va-chua-dep", "hanoi-beautiful-and-not-yet"),
        ("Hà Nội đẹp và chưa đẹp", "Hanoi: Beautiful and Not Yet"),
        (
            "Những hình ảnh đẹp của Thủ đô và những điều chưa đẹp cần chung tay khắc phục: phố phường, vỉa hè, cảnh "
            "quan, nếp sống nơi công cộng.",
            "What makes the capital beautiful and what still needs putting right together: streets, pavements, "
            "landscape and behaviour in public places.",
        ),
    ),
    Section(
        ("tieu-diem-ha-noi", "hanoi-spotlight"),
        ("Tiêu điểm Hà Nội", "Hanoi Spotlight"),
        (
            "Nghị quyết về phát triển công nghiệp văn hóa, sáng kiến Thành phố sáng tạo, các nghị quyết, chương trình "
            "lớn của Thành phố trong lĩnh vực văn hóa, thể thao.",
            "The cultural-industry resolution, Creative City initiatives and the city's major resolutions and "
            "programmes for culture and sport.",
        ),
    ),
    Section(
        ("cai-cach-hanh-chinh", "administrative-reform"),
        ("Cải cách hành chính", "Administrative Reform"),
        (
            "Chỉ số cải cách hành chính, thủ tục hành chính của ngành, kết quả giải quyết hồ sơ, hướng dẫn nộp hồ sơ "
            "trực tuyến và giải đáp vướng mắc.",
            "Reform indices, the sector's administrative procedures, results of their handling, how to file online, "
            "and answers to common questions.",
        ),
    ),
)

PORTAL_SETTINGS = {
    "department_name": "Sở Văn hóa và Thể thao thành phố Hà Nội",
    "department_name_en": "Hanoi Department of Culture and Sports",
    "address": "47 Hàng Dầu, phường Hoàn Kiếm, Hà Nội",
    "address_en": "47 Hang Dau Street, Hoan Kiem Ward, Hanoi",
    "phone": "(024) 3825 6310",
    "hotline": "(024) 3825 1010",
    "email": "vanhoathethao@hanoi.gov.vn",
    "responsible_editor": "Ông Lương Thế Khải – Giám đốc Sở (dữ liệu mẫu)",
    "responsible_editor_en": "Mr Luong The Khai – Director (sample data)",
    "licence": "Giấy phép thiết lập cổng thông tin điện tử số 00/GP-TTĐT (dữ liệu mẫu)",
    "licence_en": "Electronic information portal licence No. 00/GP-TTĐT (sample data)",
    "copyright_notice": (
        "© Sở Văn hóa và Thể thao thành phố Hà Nội. Ghi rõ nguồn “Cổng thông tin điện tử Sở Văn hóa và Thể thao "
        "Hà Nội” khi phát hành lại thông tin từ website này."
    ),
    "copyright_notice_en": (
        "© Hanoi Department of Culture and Sports. Please credit “Electronic information portal of the Hanoi "
        "Department of Culture and Sports” when republishing information from this website."
    ),
}
