"""About the department (Giới thiệu), in Vietnamese and English side by side: each text is a (vi, en) pair.

Body blocks: ("heading", text), ("paragraphs", (text, …)), ("list", (text, …)), ("quote", text, attribution),
("links", heading, ((title, url), …)).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class AboutEntry:
    slug: tuple[str, str]
    title: tuple[str, str]
    kind: str
    intro: tuple[str, str]
    body: tuple = ()


ROOT = AboutEntry(
    ("gioi-thieu", "about"),
    ("Giới thiệu", "About us"),
    "text",
    (
        "Sở Văn hóa và Thể thao thành phố Hà Nội là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố, tham mưu, giúp "
        "Ủy ban nhân dân Thành phố quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao và quảng cáo trên địa bàn "
        "Thủ đô.",
        "The Hanoi Department of Culture and Sports is a specialised agency of the City People's Committee. It advises "
        "and assists the Committee in the state management of culture, family, physical training, sport and "
        "advertising in the capital.",
    ),
    (
        ("heading", ("Sở Văn hóa và Thể thao Hà Nội", "The Hanoi Department of Culture and Sports")),
        (
            "paragraphs",
            (
                (
                    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
                    "chế và công tác của Ủy ban nhân dân Thành phố, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, "
                    "kiểm "
                    "tra về chuyên môn, nghiệp vụ của Bộ Văn hóa, Thể thao và Du lịch.",
                    "The Department is a legal entity with its own seal and accounts. It is directed and managed by "
                    "the "
                    "City People's Committee in matters of organisation, staffing and work, and guided, inspected and "
                    "supervised professionally by the Ministry of Culture, Sports and Tourism.",
                ),
                (
                    "Trải qua nhiều giai đoạn sắp xếp, kiện toàn tổ chức, Sở luôn giữ vai trò nòng cốt trong việc bảo "
                    "tồn, phát huy giá trị di sản nghìn năm Thăng Long – Hà Nội, xây dựng người Hà Nội thanh lịch, văn "
                    "minh và phát triển phong trào thể dục thể thao của Thủ đô.",
                    "Through successive reorganisations, the Department has remained central to preserving and "
                    "promoting "
                    "the thousand-year heritage of Thang Long – Hanoi, to building elegant and civilised Hanoians "
                    "and to "
                    "developing sport in the capital.",
                ),
            ),
        ),
        ("heading", ("Định hướng phát triển", "Direction")),
        (
            "paragraphs",
            (
                (
                    "Sở tập trung phát triển công nghiệp văn hóa, xây dựng Hà Nội thành trung tâm sáng tạo của cả "
                    "nước, "
                    "đẩy mạnh chuyển đổi số trong quản lý và cung cấp dịch vụ công, nâng cao chất lượng đời sống văn "
                    "hóa "
                    "và thể chất của người dân.",
                    "The Department focuses on developing the cultural industries, making Hanoi the country's creative "
                    "centre, digitalising management and public services, and improving people's cultural and physical "
                    "well-being.",
                ),
            ),
        ),
        (
            "quote",
            (
                "Văn hóa là nền tảng tinh thần, là sức mạnh nội sinh để Thủ đô phát triển nhanh và bền vững.",
                "Culture is the spiritual foundation and the inner strength for the capital's rapid and sustainable "
                "development.",
            ),
            ("Ban Giám đốc Sở", "The Board of Directors"),
        ),
    ),
)

CHILDREN = (
    AboutEntry(
        ("chuc-nang-nhiem-vu", "functions-and-tasks"),
        ("Chức năng, nhiệm vụ", "Functions and tasks"),
        "text",
        (
            "Vị trí, chức năng, nhiệm vụ và quyền hạn của Sở Văn hóa và Thể thao thành phố Hà Nội.",
            "The position, functions, tasks and powers of the Hanoi Department of Culture and Sports.",
        ),
        (
            ("heading", ("Vị trí và chức năng", "Position and functions")),
            (
                "paragraphs",
                (
                    (
                        "Sở Văn hóa và Thể thao là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội, có chức "
                        "năng tham mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về văn hóa, gia đình, thể dục, "
                        "thể thao và quảng cáo; thực hiện các dịch vụ công thuộc phạm vi quản lý của Sở theo quy định "
                        "của pháp luật.",
                        "The Department of Culture and Sports is a specialised agency of the Hanoi People's Committee. "
                        "It advises and assists the Committee in the state management of culture, family, physical "
                        "training, sport and advertising, and provides the public services within its remit as the law "
                        "provides.",
                    ),
                ),
            ),
            ("heading", ("Nhiệm vụ và quyền hạn chủ yếu", "Main tasks and powers")),
            (
                "list",
                (
                    (
                        "Trình Ủy ban nhân dân Thành phố dự thảo quyết định, kế hoạch, chương trình phát triển văn "
                        "hóa, "
                        "gia đình, thể dục, thể thao và quảng cáo của Thủ đô.",
                        "Submitting to the City People's Committee draft decisions, plans and programmes for culture, "
                        "family, sport and advertising in the capital.",
                    ),
                    (
                        "Quản lý, bảo vệ và phát huy giá trị di tích lịch sử – văn hóa, danh lam thắng cảnh, di sản "
                        "văn "
                        "hóa phi vật thể, bảo tàng và lễ hội trên địa bàn.",
                        "Managing, protecting and promoting historic and cultural monuments, scenic sites, intangible "
                        "heritage, museums and festivals.",
                    ),
                    (
                        "Quản lý hoạt động nghệ thuật biểu diễn, điện ảnh, mỹ thuật, nhiếp ảnh, triển lãm, thư viện, "
                        "văn hóa cơ sở và dịch vụ văn hóa công cộng.",
                        "Managing the performing arts, cinema, fine arts, photography, exhibitions, libraries, "
                        "grassroots culture and public cultural services.",
                    ),
                    (
                        "Hướng dẫn xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; phòng, chống bạo lực gia "
                        "đình.",
                        "Guiding the building of prosperous, progressive, happy and civilised families and the "
                        "prevention of domestic violence.",
                    ),
                    (
                        "Phát triển phong trào thể dục thể thao quần chúng, thể thao thành tích cao và thể thao chuyên "
                        "nghiệp; quản lý cơ sở vật chất thể thao.",
                        "Developing mass, high-performance and professional sport and managing sports facilities.",
                    ),
                    (
                        "Quản lý hoạt động quảng cáo ngoài trời; cấp, gia hạn, thu hồi giấy phép và thẩm định hồ sơ "
                        "thuộc thẩm quyền.",
                        "Managing outdoor advertising; issuing, renewing and revoking licences and appraising dossiers "
                        "within its competence.",
                    ),
                    (
                        "Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; cải cách hành chính và chuyển đổi số trong "
                        "lĩnh vực được giao.",
                        "Inspection, supervision and the handling of complaints and denunciations; administrative "
                        "reform and digital transformation in its fields.",
                    ),
                ),
            ),
        ),
    ),
    AboutEntry(
        ("co-cau-to-chuc", "organisation"),
        ("Cơ cấu tổ chức", "Organisation"),
        "organisation",
        (
            "Cơ cấu tổ chức của Sở gồm Ban Giám đốc, Văn phòng, Thanh tra, các phòng chuyên môn, nghiệp vụ và các đơn "
            "vị sự nghiệp trực thuộc.",
            "The Department comprises the Board of Directors, the Office, the Inspectorate, specialised divisions and "
            "affiliated public-service units.",
        ),
        (
            (
                "paragraphs",
                (
                    (
                        "Danh sách dưới đây nêu chức năng chính, địa chỉ, điện thoại, thư điện tử và lãnh đạo của từng "
                        "đơn vị. Công dân, tổ chức liên hệ trực tiếp với đơn vị phụ trách lĩnh vực cần giải quyết.",
                        "The list below gives each unit's main function, address, telephone, e-mail and leaders. "
                        "Citizens and organisations may contact the unit responsible for their matter directly.",
                    ),
                ),
            ),
        ),
    ),
    AboutEntry(
        ("ban-giam-doc", "directors"),
        ("Ban Giám đốc", "Board of Directors"),
        "directors",
        (
            "Ban Giám đốc Sở gồm Giám đốc và các Phó Giám đốc, phân công phụ trách các lĩnh vực công tác của Sở.",
            "The Board of Directors comprises the Director and the Deputy Directors, each responsible for a set of the "
            "Department's fields.",
        ),
    ),
    AboutEntry(
        ("lien-he", "contacts"),
        ("Liên hệ", "Contacts"),
        "text",
        (
            "Địa chỉ, điện thoại, thư điện tử và lịch tiếp công dân của Sở Văn hóa và Thể thao thành phố Hà Nội.",
            "Address, telephone, e-mail and citizen reception hours of the Hanoi Department of Culture and Sports.",
        ),
        (
            ("heading", ("Trụ sở", "Head office")),
            (
                "list",
                (
                    (
                        "Địa chỉ: 47 Hàng Dầu, phường Hoàn Kiếm, Hà Nội.",
                        "Address: 47 Hang Dau Street, Hoan Kiem Ward, Hanoi.",
                    ),
                    ("Điện thoại: (024) 3825 6310.", "Telephone: +84 24 3825 6310."),
                    ("Đường dây nóng: (024) 3825 1010.", "Hotline: +84 24 3825 1010."),
                    ("Thư điện tử: vanhoathethao@hanoi.gov.vn.", "E-mail: vanhoathethao@hanoi.gov.vn."),
                ),
            ),
            ("heading", ("Giờ làm việc", "Office hours")),
            (
                "paragraphs",
                (
                    (
                        "Sáng từ 8 giờ đến 12 giờ, chiều từ 13 giờ đến 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, "
                        "Tết).",
                        "Monday to Friday, 8:00 to 12:00 and 13:00 to 17:00, except public holidays.",
                    ),
                ),
            ),
            ("heading", ("Tiếp công dân", "Receiving citizens")),
            (
                "paragraphs",
                (
                    (
                        "Lãnh đạo Sở tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai hằng tháng tại trụ sở Sở. "
                        "Lịch tiếp công dân cụ thể được đăng trên Cổng thông tin điện tử.",
                        "The Department's leaders receive citizens on the Thursday of the second week of each month at "
                        "the head office. The detailed schedule is published on this portal.",
                    ),
                    (
                        "Hồ sơ thủ tục hành chính được tiếp nhận tại Bộ phận Một cửa của Thành phố hoặc nộp trực tuyến "
                        "qua Cổng Dịch vụ công.",
                        "Administrative procedure dossiers are received at the city's one-stop counter or filed online "
                        "through the public service portal.",
                    ),
                ),
            ),
            (
                "links",
                ("Dịch vụ công trực tuyến", "Online public services"),
                (
                    (("Cổng Dịch vụ công quốc gia", "National Public Service Portal"), "https://dichvucong.gov.vn"),
                    (
                        ("Hệ thống thông tin giải quyết thủ tục hành chính Hà Nội", "Hanoi public services"),
                        "https://dichvucong.hanoi.gov.vn",
                    ),
                ),
            ),
        ),
    ),
)
