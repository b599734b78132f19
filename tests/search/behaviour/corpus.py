"""The fixture corpus of the search behaviour suite: short news items of the Hanoi Department of Culture and
Sports, written for these tests so that each pair of pages separates one rule.

Pages are named by key (`CorpusPage.key`); the cases in test_behaviour.py refer to them by key. Pairs to keep in
mind when editing: "hạ"/"hà" (ha_trang, lang_nghe_ha_thai / ha_dong), "múa"/"mùa" (mua_roi / mua_thu),
"hổ"/"hồ" (ho_con / the Hồ Tây pages), "Hồ Tây"/"Tây Hồ"/"khách Tây … hồ" for phrases, a title match and a
body-only match of the same words (son_mai / lang_nghe_ha_thai, mua_roi / chao_xuan), and pages that write a
Vietnamese name without diacritics (long_bien_runners: "Long Bien Runners", "Dong Da Runners")."""

import datetime
import unicodedata
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site

from sections.models import ArticlePage, ArticleTopic
from tests.factories import (
    AboutPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
    TopicFactory,
)


@dataclass(frozen=True)
class CorpusPage:
    key: str
    section: str
    title: str
    lead: str
    paragraphs: tuple = ()
    byline: str = ""
    published: tuple = (2025, 1, 1)
    format: str = ArticlePage.Format.NEWS
    topics: tuple = ()
    extra: dict = field(default_factory=dict)


SECTIONS = {
    "tin_tuc": ("Tin tức - Sự kiện", "tin-tuc-su-kien", "Tin hoạt động của Sở và các sự kiện lớn của Thủ đô."),
    "van_hoa": ("Văn hóa", "van-hoa", "Di sản, nghệ thuật biểu diễn, mỹ thuật và đời sống văn hóa cơ sở."),
    "the_thao": (
        "Thể thao",
        "the-thao",
        "Thể thao thành tích cao, phong trào thể dục thể thao quần chúng và các giải đấu trên địa bàn.",
    ),
    "du_lich": ("Du lịch", "du-lich", "Điểm đến, lễ hội và sản phẩm du lịch của Hà Nội."),
    # Restricted with a password: nothing below it may be found.
    "noi_bo": ("Tin nội bộ", "tin-noi-bo", "Thông tin dành cho cán bộ, công chức của Sở."),
}

ARTICLES = (
    CorpusPage(
        "son_mai",
        "van_hoa",
        "Họa sĩ Đỗ Đình Hồng mở triển lãm tranh sơn mài tại Văn Miếu – Quốc Tử Giám",
        "Hơn 40 tác phẩm vẽ phố cổ và làng quê Bắc Bộ được trưng bày tại nhà Thái Học từ ngày 12 đến 20/4.",
        ("Triển lãm đánh dấu ba mươi năm cầm cọ của họa sĩ, người đã theo học các nghệ nhân làng nghề từ trẻ.",),
        byline="Phan Thu Trang – Trung tâm Thông tin Triển lãm",
        published=(2025, 4, 11),
        format=ArticlePage.Format.ARTICLE,
    ),
    CorpusPage(
        "lang_nghe_ha_thai",
        "van_hoa",
        "Làng nghề Hạ Thái gìn giữ nghề xưa giữa nhịp sống mới",
        "Làng nghề ở xã Thường Tín có hơn 400 hộ làm nghề, nhiều sản phẩm đã có mặt ở châu Âu.",
        (
            "Nghệ nhân sơn mài của làng vẫn dùng sơn ta, vỏ trứng và bạc dát như cách đây hàng trăm năm.",
            "Mỗi bức sơn mài phải qua hàng chục lớp sơn, mài và phơi trong nhiều tháng mới hoàn thành.",
            "Chính quyền địa phương đang hỗ trợ các hộ làm sơn mài quảng bá sản phẩm trên sàn thương mại điện tử.",
        ),
        published=(2025, 3, 2),
        format=ArticlePage.Format.ARTICLE,
    ),
    CorpusPage(
        "ha_trang",
        "van_hoa",
        "Đêm nhạc “Hạ trắng” tưởng nhớ nhạc sĩ Trịnh Công Sơn",
        "Các ca sĩ trẻ hát lại những ca khúc quen thuộc trong đêm nhạc ngoài trời tối thứ Bảy.",
        ("Chương trình diễn ra tại sân khấu bên bờ hồ Thiền Quang, vé được phát miễn phí cho khán giả.",),
        published=(2025, 6, 14),
    ),
    CorpusPage(
        "ha_dong",
        "du_lich",
        "Hà Đông mở tuyến phố đi bộ ở làng lụa Vạn Phúc",
        "Tuyến phố dài 800 mét mở cửa từ chiều thứ Sáu đến hết Chủ nhật, với các gian hàng lụa và đồ nội thất mây tre.",
        ("Du khách có thể xem thợ dệt làm việc và tự tay dệt một chiếc khăn nhỏ làm kỷ niệm.",),
        published=(2025, 5, 9),
    ),
    CorpusPage(
        "mua_roi",
        "van_hoa",
        "Múa rối nước Thăng Long biểu diễn miễn phí cuối tuần",
        "Nhà hát đưa các tích trò Chú Tễu, đánh cá, rước kiệu ra phục vụ người dân và du khách.",
        ("Các buổi diễn bắt đầu lúc 20 giờ tối thứ Bảy và Chủ nhật, kéo dài đến hết tháng Chín.",),
        published=(2025, 7, 4),
        topics=("le_hoi",),
    ),
    CorpusPage(
        "mua_thu",
        "du_lich",
        "Mùa thu Hà Nội qua ống kính của các nhiếp ảnh gia trẻ",
        "Bộ ảnh ghi lại những con phố lá vàng, gánh hàng hoa sữa và cốm làng Vòng.",
        ("Các tác phẩm được chọn từ gần 2.000 ảnh dự thi gửi về ban tổ chức.",),
        published=(2025, 10, 3),
        format=ArticlePage.Format.PHOTO_REPORT,
    ),
    CorpusPage(
        "chao_xuan",
        "van_hoa",
        "Chương trình nghệ thuật chào Xuân tại phố cổ",
        "Nhiều tiết mục truyền thống được biểu diễn tại đình Kim Ngân trong những ngày đầu năm mới.",
        ("Khán giả được thưởng thức ca trù, chèo và múa rối nước do các nghệ nhân lớn tuổi trình diễn.",),
        published=(2025, 1, 28),
    ),
    CorpusPage(
        "dua_thuyen_ho_tay",
        "the_thao",
        "Giải đua thuyền rồng Hồ Tây thu hút 20 đội tham gia",
        "Các đội đến từ những phường ven hồ tranh tài trên cự ly 500 mét sáng Chủ nhật.",
        ("Đội thuyền phường Quảng An giành giải nhất sau ba lượt đua kịch tính.",),
        published=(2025, 8, 17),
    ),
    CorpusPage(
        "dua_thuyen_song_day",
        "the_thao",
        "Đua thuyền truyền thống trên sông Đáy mừng lễ hội làng",
        "Hàng nghìn người dân xã Mỹ Đức đứng kín hai bờ sông cổ vũ các đội thuyền.",
        ("Giải đấu là hoạt động mở đầu lễ hội truyền thống của làng, được duy trì hơn một trăm năm.",),
        published=(2025, 2, 20),
        topics=("le_hoi",),
    ),
    CorpusPage(
        "khach_tay",
        "du_lich",
        "Du khách Tây thích thú với ẩm thực đường phố quanh hồ Hoàn Kiếm",
        "Bún chả, phở cuốn và cà phê trứng là những món được khách nước ngoài tìm đến nhiều nhất.",
        ("Nhiều cửa hàng đã in thực đơn bằng ba thứ tiếng để phục vụ du khách.",),
        published=(2025, 9, 21),
    ),
    CorpusPage(
        "ho_guom_di_bo",
        "tin_tuc",
        "Phố đi bộ Hồ Gươm kéo dài giờ mở cửa dịp Quốc khánh",
        "Không gian đi bộ quanh hồ Hoàn Kiếm sẽ mở đến 24 giờ trong ba ngày nghỉ lễ.",
        ("Các phương tiện giao thông được hướng dẫn đi theo lộ trình thay thế.",),
        published=(2025, 8, 29),
    ),
    CorpusPage(
        "cau_long_bien",
        "van_hoa",
        "Cầu Long Biên được đề xuất trở thành không gian văn hóa, nghệ thuật",
        "Các chuyên gia kiến nghị giữ nguyên kết cấu thép và tổ chức triển lãm, biểu diễn dưới chân cầu.",
        ("Cây cầu hơn 120 năm tuổi là chứng nhân lịch sử của Thủ đô.",),
        published=(2025, 3, 15),
    ),
    CorpusPage(
        "long_bien_runners",
        "the_thao",
        "CLB chạy bộ Long Bien Runners tổ chức giải chạy gây quỹ khuyến học",
        "Gần 1.500 người tham gia giải chạy 10 km, số tiền quyên góp được trao cho học sinh vùng cao.",
        ("Các câu lạc bộ bạn như Dong Da Runners cũng cử hàng trăm thành viên tham gia.",),
        published=(2025, 11, 9),
    ),
    CorpusPage(
        "dong_da",
        "tin_tuc",
        "Kỷ niệm 236 năm chiến thắng Ngọc Hồi – Đống Đa",
        "Lãnh đạo thành phố dâng hương tưởng niệm vua Quang Trung tại Gò Đống Đa.",
        ("Nhiều hoạt động văn hóa, nghệ thuật được tổ chức trong tuần lễ kỷ niệm.",),
        published=(2025, 2, 1),
        topics=("le_hoi",),
    ),
    CorpusPage(
        "sen_ho_tay",
        "du_lich",
        "Sen Hồ Tây nở rộ, du khách đổ về phường Tây Hồ",
        "Các đầm sen quanh hồ đón hàng nghìn lượt khách chụp ảnh mỗi sáng sớm.",
        ("Người dân còn giữ nghề ướp trà sen bằng hoa sen bách diệp.",),
        published=(2025, 6, 2),
    ),
    CorpusPage(
        "ho_con",
        "tin_tuc",
        "Vườn thú Hà Nội đón hai hổ con chào đời",
        "Hai cá thể hổ Đông Dương khỏe mạnh, đang được chăm sóc trong khu nuôi dưỡng riêng.",
        ("Ban quản lý dự kiến giới thiệu chúng với khách tham quan từ đầu tháng Mười Hai.",),
        published=(2025, 10, 22),
    ),
    CorpusPage(
        "van_mieu_dem",
        "du_lich",
        "Văn Miếu – Quốc Tử Giám mở cửa đón khách tham quan ban đêm",
        "Chương trình thuyết minh kết hợp trình chiếu ánh sáng giới thiệu lịch sử khoa cử Việt Nam.",
        ("Vé tham quan buổi tối được bán trực tuyến, mỗi đêm đón tối đa 500 khách.",),
        published=(2025, 9, 5),
    ),
    CorpusPage(
        "bong_da_nu",
        "the_thao",
        "Đội bóng đá nữ Hà Nội vô địch giải quốc gia",
        "Các cầu thủ nữ của Thủ đô giành chức vô địch lần thứ mười một sau trận thắng 2-0 ở lượt cuối.",
        ("Huấn luyện viên trưởng dành lời khen cho các cầu thủ trẻ được đào tạo từ lò của câu lạc bộ.",),
        published=(2025, 11, 30),
    ),
    CorpusPage(
        "marathon",
        "the_thao",
        "Hơn 10.000 người chạy giải Marathon quốc tế Di sản Hà Nội",
        "Đường chạy đi qua những công trình kiến trúc tiêu biểu của Thủ đô.",
        ("Các vận động viên xuất phát từ quảng trường Đông Kinh Nghĩa Thục lúc 4 giờ 30 sáng.",),
        published=(2025, 10, 12),
    ),
    CorpusPage(
        "thu_vien",
        "tin_tuc",
        "Thư viện Hà Nội mở không gian đọc cho thiếu nhi",
        "Không gian mới có hơn 5.000 đầu sách và khu vực kể chuyện cuối tuần.",
        ("Các em nhỏ được mượn truyện tranh, sách khoa học và tham gia câu lạc bộ vẽ miễn phí.",),
        published=(2025, 5, 30),
    ),
    CorpusPage(
        "nha_hat",
        "van_hoa",
        "Nhà hát Chèo Hà Nội ra mắt vở diễn mới về Thăng Long xưa",
        "Vở diễn kể về cuộc đời người thợ đúc đồng ở phường Ngũ Xã.",
        ("Đạo diễn cho biết vở diễn được dàn dựng trong hơn sáu tháng với gần 60 diễn viên.",),
        byline="Nguyễn Hoàng Đức",
        published=(2025, 4, 26),
    ),
    CorpusPage(
        "ca_tru",
        "van_hoa",
        "Câu lạc bộ ca trù Thái Hà tìm người kế nghiệp",
        "Những đào nương cao tuổi mở lớp dạy miễn phí cho người trẻ.",
        # Pasted from a word processor that stores text decomposed (NFD), as some editors' tools do.
        (unicodedata.normalize("NFD", "Lớp học ca trù mở vào tối thứ Tư hằng tuần tại đình Kim Ngân."),),
        published=(2025, 7, 19),
    ),
)

# Not a result of any Vietnamese search: a draft, a page below the password-protected section, English pages.
DRAFT = CorpusPage(
    "du_thao",
    "tin_tuc",
    "Dự thảo kế hoạch tổ chức lễ kỷ niệm chiến thắng Đống Đa năm 2026",
    "Bản dự thảo đang được lấy ý kiến các phòng chuyên môn.",
)
PRIVATE = CorpusPage(
    "giao_ban",
    "noi_bo",
    "Lịch họp giao ban tháng Tư của Sở",
    "Cuộc họp giao ban diễn ra sáng thứ Hai đầu tháng tại phòng họp tầng 3.",
    published=(2025, 4, 1),
)
ENGLISH = (
    CorpusPage(
        "en_son_mai",
        "en_culture",
        "Painter Đỗ Đình Hồng opens a lacquer exhibition at the Temple of Literature",
        "More than 40 works depicting the Old Quarter and villages of the Red River Delta are on show.",
        published=(2025, 4, 12),
    ),
    CorpusPage(
        "en_ho_tay",
        "en_culture",
        "Dragon boat race on Hồ Tây draws 20 teams",
        "Crews from the lakeside wards raced over 500 metres on Sunday morning.",
        published=(2025, 8, 18),
    ),
)


def _published(spec):
    return timezone.make_aware(datetime.datetime(*spec.published, 9, 0))


def _article(parent, spec, **kwargs):
    return ArticlePageFactory(
        parent=parent,
        title=spec.title,
        lead=spec.lead,
        body=[("paragraph", f"<p>{text}</p>") for text in spec.paragraphs],
        byline=spec.byline,
        format=spec.format,
        **({"first_published_at": _published(spec)} | kwargs),
    )


def build_corpus():
    """Create the portal and the corpus; returns a namespace with `pages` (key → page), `home`, `home_en`,
    `sections`, `locales` and `topics`."""
    from wagtail.models import Locale

    vi, en = Locale.objects.get(language_code="vi"), Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    Page.objects.filter(depth__gt=1).delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = "localhost", 80, home, "Cổng TTĐT Sở VHTT Hà Nội"
    site.save()
    sections = {
        key: SectionPageFactory(parent=home, title=title, slug=slug, intro=intro)
        for key, (title, slug, intro) in SECTIONS.items()
    }
    PageViewRestriction.objects.create(
        page=sections["noi_bo"], restriction_type=PageViewRestriction.PASSWORD, password="giao-ban-2025"
    )
    about = AboutPageFactory(
        parent=home,
        intro="Sở Văn hóa và Thể thao là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội, tham mưu "
        "về văn hóa, gia đình, thể dục thể thao và quảng cáo.",
    )
    topics = {"le_hoi": TopicFactory(name="Lễ hội truyền thống", slug="le-hoi-truyen-thong", locale=vi)}

    pages = {"about": about, **{f"section_{key}": section for key, section in sections.items()}}
    for spec in ARTICLES:
        page = _article(sections[spec.section], spec)
        for topic_key in spec.topics:
            ArticleTopic.objects.create(page=page, topic=topics[topic_key], locale=vi)
        pages[spec.key] = page
    pages[DRAFT.key] = _article(sections[DRAFT.section], DRAFT, live=False, first_published_at=None)
    pages[PRIVATE.key] = _article(sections[PRIVATE.section], PRIVATE)

    home_en = home.copy_for_translation(en)
    home_en.title = "Hanoi Department of Culture and Sports"
    home_en.save_revision().publish()
    culture_en = SectionPageFactory(
        parent=home_en, title="Culture", slug="culture", locale=en, intro="Heritage, performing and fine arts."
    )
    for spec in ENGLISH:
        pages[spec.key] = _article(culture_en, spec, locale=en)

    return SimpleNamespace(
        pages=pages, home=home, home_en=home_en.specific, sections=sections, topics=topics, locales=(vi, en)
    )
