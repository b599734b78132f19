"""What citizens see on the public pages: the furniture every page shares (language, skip link, landmarks,
one h1, the footer's legal lines), the article page in every format and with every body block, the section
listing and its filters, and private pages leaving every listing the moment they are restricted."""

import datetime
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from about.models import AboutPage, Director
from home.models import HomeFeaturedStory, PortalSettings
from sections.listings import PAGE_SIZE
from sections.models import ArticleLocality, ArticlePage, ArticleTopic
from sections.taxonomy import UnitLeader
from tests.factories import (
    AboutPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
    LocalityFactory,
    SectionPageFactory,
    TopicFactory,
    UnitFactory,
)

# A fixed clock: listings order by publication time, and the article's <time> is compared exactly.
NOW = datetime.datetime(2025, 9, 2, 1, 30, tzinfo=datetime.UTC)

FOOTER_VI = {
    "department_name": "Sở Văn hóa và Thể thao Hà Nội",
    "address": "47 Hàng Dầu, phường Hoàn Kiếm, thành phố Hà Nội",
    "hotline": "0912 345 678",
    "responsible_editor": "Ông Trần Văn Bình – Giám đốc Sở",
    "licence": "Giấy phép số 56/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 12/03/2021",
}
FOOTER_EN = {
    "department_name_en": "Department of Culture and Sports of Hanoi",
    "address_en": "47 Hang Dau Street, Hoan Kiem Ward, Hanoi",
    "responsible_editor_en": "Mr Tran Van Binh – Director of the Department",
    "licence_en": "Licence No. 56/GP-TTĐT issued by the Hanoi Department of Information and Communications",
}


def published(days_ago=0, hours_ago=0):
    return NOW - datetime.timedelta(days=days_ago, hours=hours_ago)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def is_hidden(tag):
    """True when the tag or one of its ancestors carries the `hidden` attribute (not rendered, not focusable)."""
    return any(node.has_attr("hidden") for node in [tag, *tag.parents] if hasattr(node, "has_attr"))


def focusable_elements(soup):
    """The elements a keyboard user reaches with Tab, in document order."""
    for tag in soup.body.find_all(True):
        if is_hidden(tag):
            continue
        if (
            (tag.name in {"a", "area"} and tag.has_attr("href"))
            or tag.name in {"button", "select", "textarea", "summary", "iframe"}
            or (tag.name == "input" and tag.get("type") != "hidden")
            or (tag.name in {"audio", "video"} and tag.has_attr("controls"))
            or (tag.has_attr("tabindex") and int(tag["tabindex"]) >= 0)
        ):
            yield tag


def accessible_name(soup, tag):
    if tag.get("aria-label", "").strip():
        return tag["aria-label"].strip()
    labels = [soup.find(id=label_id) for label_id in tag.get("aria-labelledby", "").split()]
    return " ".join(label.get_text(" ", strip=True) for label in labels if label).strip()


def text_of(tag):
    return tag.get_text(" ", strip=True)


def link_texts(tag):
    return [text_of(link) for link in tag.find_all("a", href=True)]


def body_landmark(soup, name):
    """The page-level <header> or <footer>: a direct child of <body>, so it is the banner or contentinfo."""
    found = soup.body.find_all(name, recursive=False)
    assert len(found) == 1, f"expected one page-level <{name}>, found {len(found)}"
    return found[0]


def make_live(page):
    page.save_revision().publish()
    return page


def english_section(portal):
    news_en = portal.news.copy_for_translation(portal.locales.en)
    news_en.title = "News and Events"
    return make_live(news_en)


def gallery_value(images, captions):
    return {
        "title": "Đêm hội Trăng rằm ở phố cổ",
        "images": [
            {"image": image, "alt_text": "", "caption": caption, "credit": ""}
            for image, caption in zip(images, captions, strict=True)
        ],
    }


def video_document():
    return DocumentFactory(
        title="Video Lễ hội Thành Tuyên",
        file__filename="le-hoi-thanh-tuyen.mp4",
        file__data=b"\x00\x00\x00\x18ftypmp42",
    )


def captions_document():
    return DocumentFactory(
        title="Phụ đề Lễ hội Thành Tuyên",
        file__filename="le-hoi-thanh-tuyen.vi.vtt",
        file__data="WEBVTT\n\n00:00.000 --> 00:03.000\nChào mừng quý vị đến với lễ hội.\n".encode(),
    )


def video_value(poster):
    return {
        "title": "Toàn cảnh lễ khai mạc",
        "video_file": video_document(),
        "embed_url": None,
        "poster": poster,
        "captions": captions_document(),
        "transcript": "Người dẫn chương trình: Kính thưa quý vị đại biểu…",
    }


@pytest.fixture
def footer_settings(portal):
    portal_settings = PortalSettings.for_site(portal.site)
    for field, value in {**FOOTER_VI, **FOOTER_EN}.items():
        setattr(portal_settings, field, value)
    portal_settings.save()
    # Menus show sections marked for them, as the seeded portal's are.
    Page.objects.filter(pk__in=[portal.news.pk, portal.culture.pk]).update(show_in_menus=True)
    return portal_settings


# --- The furniture every page shares ---------------------------------------------------------------------------


def build_home(portal):
    ArticlePageFactory(parent=portal.news, first_published_at=published(1))
    return "/vi/"


def build_home_en(portal):
    return "/en/"


def build_section(portal):
    ArticlePageFactory(parent=portal.news, first_published_at=published(1))
    return portal.news.url


def article_builder(article_format):
    def build(portal):
        cover = ImageFactory()
        body = [("paragraph", "<p>Chương trình kéo dài đến hết ngày Chủ nhật.</p>")]
        if article_format == ArticlePage.Format.PHOTO_REPORT:
            body.append(("gallery", gallery_value([ImageFactory(), ImageFactory()], ["Mở đầu", "Kết thúc"])))
        elif article_format == ArticlePage.Format.VIDEO:
            body.append(("video", video_value(cover)))
        article = ArticlePageFactory(
            parent=portal.news,
            format=article_format,
            cover_image=cover,
            body=body,
            unit=UnitFactory(),
            first_published_at=published(1),
        )
        return article.url

    return build


def build_article_en(portal):
    article = ArticlePageFactory(
        parent=english_section(portal),
        title="Thang Long Imperial Citadel opens at night",
        lead="Visitors can now explore the heritage site after dark.",
        byline="Minh Anh",
        body=[("paragraph", "<p>The night tours run every weekend.</p>")],
    )
    return article.url


def build_topic(portal):
    topic = TopicFactory()
    article = ArticlePageFactory(parent=portal.news)
    ArticleTopic.objects.create(page=article, topic=topic)
    return f"/vi/chu-de/{topic.slug}/"


def about_builder(kind):
    def build(portal):
        about = AboutPageFactory(parent=portal.home, kind=kind)
        if kind == AboutPage.Kind.ORGANISATION:
            UnitLeader.objects.create(unit=UnitFactory(), name="Nguyễn Thu Hà", position="Trưởng phòng")
        elif kind == AboutPage.Kind.DIRECTORS:
            Director.objects.create(name="Trần Văn Bình", position="Giám đốc Sở", locale=portal.locales.vi)
        else:
            AboutPageFactory(parent=about, title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu")
        return about.url

    return build


def build_about_en(portal):
    about = AboutPageFactory(parent=portal.home, kind=AboutPage.Kind.TEXT)
    about_en = about.copy_for_translation(portal.locales.en)
    about_en.title = "About the Department"
    make_live(about_en)
    return about_en.url


PAGE_KINDS = {
    "home": (build_home, "vi", 200),
    "home_en": (build_home_en, "en", 200),
    "section": (build_section, "vi", 200),
    **{f"article_{value}": (article_builder(value), "vi", 200) for value in ArticlePage.Format.values},
    "article_en": (build_article_en, "en", 200),
    "topic": (build_topic, "vi", 200),
    **{f"about_{value}": (about_builder(value), "vi", 200) for value in AboutPage.Kind.values},
    "about_en": (build_about_en, "en", 200),
    "not_found": (lambda portal: "/vi/khong-co-trang-nay/", "vi", 404),
    "not_found_en": (lambda portal: "/en/no-such-page/", "en", 404),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_page_has_the_portal_furniture(client, portal, footer_settings, kind):
    build, language, status = PAGE_KINDS[kind]
    url = build(portal)

    response = client.get(url)

    assert response.status_code == status
    soup = parse(response)
    assert soup.html["lang"] == language

    first = next(focusable_elements(soup))
    assert first.name == "a" and first["href"] == "#main", f"first focusable element: {first}"
    assert text_of(first)
    mains = soup.find_all("main")
    assert len(mains) == 1 and mains[0].get("id") == "main"
    header, footer = body_landmark(soup, "header"), body_landmark(soup, "footer")
    assert len(soup.find_all("h1")) == 1

    # Several navigation landmarks sit on one page: each needs a name a screen reader can announce.
    navs = soup.find_all("nav")
    assert navs
    assert all(accessible_name(soup, nav) for nav in navs), [str(nav)[:80] for nav in navs]
    assert accessible_name(soup, header.find("nav", id="site-nav"))

    footer_text = text_of(footer)
    assert footer.find("a", href="tel:0912345678")
    if language == "vi":
        expected, absent = FOOTER_VI, FOOTER_EN
    else:
        expected = {**FOOTER_EN, "hotline": FOOTER_VI["hotline"]}
        absent = {key: FOOTER_VI[key] for key in ("address", "responsible_editor", "licence")}
    for field, value in expected.items():
        assert value in footer_text, f"{field} missing from the footer"
    for field, value in absent.items():
        assert value not in footer_text, f"{field} shown in the wrong language"


# --- Article page ------------------------------------------------------------------------------------------------


@pytest.fixture
def article(portal):
    """A news item in "Tin tức - Sự kiện" with a unit, a byline, a topic and a locality."""
    article = ArticlePageFactory(
        parent=portal.news,
        title="Hoàng thành Thăng Long mở cửa đón khách tham quan ban đêm",
        slug="hoang-thanh-thang-long-mo-cua-ban-dem",
        byline="Thu Trang – Trung tâm Thông tin Triển lãm",
        unit=UnitFactory(name="Trung tâm Thông tin Triển lãm Hà Nội"),
        cover_image=ImageFactory(description="Cổng Đoan Môn rực sáng dưới ánh đèn"),
        first_published_at=published(0),
    )
    topic = TopicFactory(name="Du lịch đêm Hà Nội", slug="du-lich-dem-ha-noi", kind="topic")
    ArticleTopic.objects.create(page=article, topic=topic)
    ArticleLocality.objects.create(page=article, locality=LocalityFactory(name="Ba Đình"))
    return article


@pytest.mark.django_db
class TestArticlePage:
    def test_breadcrumbs_lead_from_home_through_the_section_to_the_article(self, client, article):
        soup = parse(client.get(article.url))

        trail = soup.find("nav", attrs={"aria-label": True}, class_="breadcrumbs")
        items = trail.find_all("li")
        assert [text_of(item) for item in items] == ["Trang chủ", "Tin tức - Sự kiện", article.title]
        assert [item.a["href"] for item in items[:2]] == ["/vi/", "/vi/tin-tuc-su-kien/"]
        assert items[-1].get("aria-current") == "page"
        assert items[-1].a is None

    def test_breadcrumbs_include_the_sub_section(self, client, portal):
        heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
        page = ArticlePageFactory(parent=heritage, title="Tu bổ đình Kim Liên")

        soup = parse(client.get(page.url))

        items = soup.find("nav", class_="breadcrumbs").find_all("li")
        assert [(text_of(item), item.a["href"] if item.a else None) for item in items] == [
            ("Trang chủ", "/vi/"),
            ("Văn hóa", "/vi/van-hoa/"),
            ("Di sản", "/vi/van-hoa/di-san/"),
            ("Tu bổ đình Kim Liên", None),
        ]

    def test_english_article_links_its_topics_to_english_topic_pages(self, client, portal):
        topic = TopicFactory(name="Heritage nights", slug="heritage-nights", locale=portal.locales.en)
        page = ArticlePageFactory(parent=english_section(portal), title="Night tours at the citadel")
        ArticleTopic.objects.create(page=page, topic=topic)

        soup = parse(client.get(page.url))

        link = soup.find("a", string="Heritage nights")
        assert link["href"] == "/en/topics/heritage-nights/"
        topic_page = parse(client.get(link["href"]))
        assert [text_of(title) for title in topic_page.select(".teaser__title")] == ["Night tours at the citadel"]

    def test_shows_date_unit_byline_topics_and_localities(self, client, article):
        soup = parse(client.get(article.url))
        header = soup.find("article").header

        time = header.find("time")
        assert datetime.datetime.fromisoformat(time["datetime"]) == article.first_published_at
        assert text_of(time) == "Thứ Ba, 02/09/2025 08:30"  # Hanoi time
        meta = text_of(header)
        assert "Trung tâm Thông tin Triển lãm Hà Nội" in meta
        assert "Thu Trang – Trung tâm Thông tin Triển lãm" in meta

        topic_link = soup.find("a", string="Du lịch đêm Hà Nội")
        assert topic_link["href"] == "/vi/chu-de/du-lich-dem-ha-noi/"
        topic_page = client.get(topic_link["href"])
        assert topic_page.status_code == 200
        assert text_of(parse(topic_page).h1) == "Du lịch đêm Hà Nội"
        assert "Phường Ba Đình" in text_of(soup.find("article").footer)

    def test_share_links_are_plain_links_carrying_the_article_address(self, client, article):
        response = client.get(article.url)
        soup = parse(response)
        address = response.wsgi_request.build_absolute_uri(article.url)

        links = {urlsplit(a["href"]).netloc or urlsplit(a["href"]).scheme: a["href"] for a in soup.select(".share a")}
        expected_parameter = {
            "www.facebook.com": "u",
            "twitter.com": "url",
            "www.linkedin.com": "url",
            "mailto": "body",
        }
        assert set(links) == set(expected_parameter)
        for host, parameter in expected_parameter.items():
            href = links[host]
            assert parse_qs(urlsplit(href).query)[parameter] == [address], host
            assert quote(address, safe="") in href, f"{host}: the address is not percent-encoded"
        assert parse_qs(urlsplit(links["mailto"]).query)["subject"] == [article.title]

    def test_loads_no_script_from_another_origin(self, client, article):
        soup = parse(client.get(article.url))

        sources = [script["src"] for script in soup.find_all("script", src=True)]
        assert sources, "the portal's own script is expected"
        for source in sources:
            parts = urlsplit(source)
            assert not parts.netloc or parts.netloc == "testserver", source
        # Share buttons of social networks usually arrive as iframes; none here either.
        assert not soup.find("iframe")

    def test_can_be_printed(self, client, article):
        soup = parse(client.get(article.url))

        button = soup.find("button", attrs={"data-print": True})
        assert button is not None and text_of(button) == "In bài viết"
        print_css = soup.find("link", rel="stylesheet", media="print")
        assert print_css is not None
        assert print_css["href"].endswith("print.css")
        static_path = print_css["href"].removeprefix(settings.STATIC_URL)
        assert any((Path(folder) / static_path).is_file() for folder in settings.STATICFILES_DIRS)
        # The printout says where the article lives.
        assert any("http://testserver" + article.url in text_of(p) for p in soup.select(".print-only"))

    def test_related_articles_are_the_four_newest_others_of_its_section(self, client, portal, article):
        siblings = [
            ArticlePageFactory(parent=portal.news, title=f"Tin cùng chuyên mục {n}", first_published_at=published(n))
            for n in range(1, 7)
        ]
        ArticlePageFactory(parent=portal.news, title="Bản nháp cùng chuyên mục", live=False, first_published_at=None)
        ArticlePageFactory(parent=portal.culture, title="Tin chuyên mục Văn hóa", first_published_at=published(0))

        soup = parse(client.get(article.url))

        related = soup.find("section", attrs={"aria-labelledby": "related-heading"})
        titles = [text_of(heading) for heading in related.select(".teaser__title")]
        assert titles == [page.title for page in siblings[:4]]

    def test_news_item_shows_its_cover_with_the_image_description_as_alt(self, client, article):
        soup = parse(client.get(article.url))

        cover = soup.find("figure", class_="article__cover")
        assert cover.img["alt"] == "Cổng Đoan Môn rực sáng dưới ánh đèn"
        assert text_of(cover.figcaption) == "Ảnh: Trung tâm Thông tin Triển lãm Hà Nội"

    def test_photo_report_opens_with_its_gallery_instead_of_the_cover(self, client, portal):
        cover = ImageFactory(description="Ảnh bìa: phố Hàng Mã ngày rằm")
        photos = [ImageFactory(description=f"Ảnh trong phóng sự số {n}") for n in range(3)]
        report = ArticlePageFactory(
            parent=portal.news,
            format=ArticlePage.Format.PHOTO_REPORT,
            cover_image=cover,
            body=[
                ("paragraph", "<p>Phố cổ rộn ràng trước đêm hội.</p>"),
                ("gallery", gallery_value(photos, ["Đèn lồng", "Múa lân", "Trẻ em rước đèn"])),
            ],
        )

        soup = parse(client.get(report.url))
        page_article = soup.find("article", class_="article")

        html = str(page_article)
        assert html.index('class="gallery"') < html.index("Phố cổ rộn ràng trước đêm hội.")
        assert len(page_article.find_all("section", class_="gallery")) == 1, "the gallery is shown twice"
        assert len(page_article.select("li.gallery__item")) == 3
        assert page_article.find("figure", class_="article__cover") is None
        cover_stem = Path(cover.file.name).stem
        assert not [img for img in page_article.find_all("img") if cover_stem in img.get("src", "")]
        assert "Ảnh bìa: phố Hàng Mã ngày rằm" not in [img.get("alt") for img in page_article.find_all("img")]

    def test_video_clip_opens_with_its_player(self, client, portal):
        poster = ImageFactory(description="Sân khấu lễ khai mạc")
        clip = ArticlePageFactory(
            parent=portal.news,
            format=ArticlePage.Format.VIDEO,
            cover_image=ImageFactory(description="Ảnh bìa video"),
            body=[("paragraph", "<p>Lễ hội kéo dài ba ngày.</p>"), ("video", video_value(poster))],
        )

        soup = parse(client.get(clip.url))
        page_article = soup.find("article", class_="article")

        html = str(page_article)
        assert html.index("<video") < html.index("Lễ hội kéo dài ba ngày.")
        assert len(page_article.find_all("video")) == 1
        video = page_article.find("video")
        assert video.has_attr("controls")
        assert video["poster"]
        source = video.find("source")
        assert source["type"] == "video/mp4" and source["src"].endswith(".mp4")
        track = video.find("track")
        assert track["kind"] == "captions" and track["srclang"] == "vi" and track["src"].endswith(".vtt")
        assert page_article.find("figure", class_="article__cover") is None


@pytest.mark.django_db
def test_every_body_block_renders_through_its_template(client, portal):
    """One article with every block type, each checked for what a reader needs from it."""
    linked = ArticlePageFactory(parent=portal.culture, title="Bảo tàng Hà Nội mở cửa miễn phí")
    photo = ImageFactory(description="Nghệ nhân tô tượng Tò he", credit="")
    gallery_photos = [ImageFactory(description=f"Làng nghề số {n}") for n in range(3)]
    report = DocumentFactory(
        title="Kế hoạch tổ chức lễ hội", file__filename="ke-hoach-le-hoi.pdf", file__data=b"%" * 3000
    )
    report.get_file_size()  # as the admin's upload form records it
    article = ArticlePageFactory(
        parent=portal.news,
        format=ArticlePage.Format.ARTICLE,
        body=[
            ("paragraph", '<p>Làng nghề <b>Xuân La</b> giữ nghề <a href="https://example.gov.vn">tò he</a>.</p>'),
            ("heading", {"text": "Giữ lửa nghề truyền thống", "level": "h2"}),
            ("heading", {"text": "Những nghệ nhân cuối cùng", "level": "h3"}),
            ("image", {"image": photo, "alt_text": "", "caption": "Nặn tò he", "credit": "Ảnh: Hoàng Hà"}),
            ("gallery", gallery_value(gallery_photos, ["Sân đình", "Lò bột", "Phiên chợ"])),
            ("video", video_value(photo)),
            ("quote", {"text": "Nghề này nuôi sống cả làng.", "attribution": "Nghệ nhân Đặng Văn Hậu"}),
            (
                "table",
                {
                    "data": [["Năm", "Số hộ làm nghề"], ["2015", "40"], ["2025", "12"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Số hộ làm nghề tò he ở Xuân La",
                },
            ),
            ("document", {"document": report, "title": ""}),
            (
                "related_links",
                {
                    "heading": "Đọc thêm",
                    "links": [
                        {"title": "", "page": linked, "url": ""},
                        {"title": "Cổng Dịch vụ công quốc gia", "page": None, "url": "https://dichvucong.gov.vn"},
                    ],
                },
            ),
        ],
    )

    soup = parse(client.get(article.url))
    body = soup.find("div", class_="article__body")

    paragraph = body.find("div", class_="block-paragraph")
    assert paragraph.find("b").string == "Xuân La"
    assert paragraph.find("a")["href"] == "https://example.gov.vn"

    assert text_of(body.find("h2", class_="block-heading")) == "Giữ lửa nghề truyền thống"
    assert text_of(body.find("h3", class_="block-heading")) == "Những nghệ nhân cuối cùng"

    figure = body.find("figure", class_="block-image")
    assert figure.img["alt"] == "Nghệ nhân tô tượng Tò he"
    assert text_of(figure.find(class_="figure__text")) == "Nặn tò he"
    assert text_of(figure.find(class_="figure__credit")) == "Ảnh: Hoàng Hà"
    assert figure.figcaption is not None

    # Without a script every photo of the gallery is on the page, in order, with its caption.
    items = body.select("section.gallery li.gallery__item")
    assert len(items) == 3
    assert [text_of(item.find(class_="figure__text")) for item in items] == ["Sân đình", "Lò bột", "Phiên chợ"]
    assert [item.img["alt"] for item in items] == [f"Làng nghề số {n}" for n in range(3)]
    assert not any(is_hidden(item) for item in items)

    video = body.find("video")
    assert video.find("source")["type"] == "video/mp4"
    assert video.find("track", kind="captions") is not None
    assert body.find("details", class_="block-video__transcript") is not None

    quote_figure = body.find("figure", class_="block-quote")
    assert text_of(quote_figure.blockquote) == "Nghề này nuôi sống cả làng."
    assert text_of(quote_figure.find("cite")) == "Nghệ nhân Đặng Văn Hậu"

    table = body.find("table")
    assert text_of(table.caption) == "Số hộ làm nghề tò he ở Xuân La"
    assert [(text_of(th), th["scope"]) for th in table.thead.find_all("th")] == [
        ("Năm", "col"),
        ("Số hộ làm nghề", "col"),
    ]
    assert [(text_of(th), th["scope"]) for th in table.tbody.find_all("th")] == [("2015", "row"), ("2025", "row")]
    assert [text_of(td) for td in table.tbody.find_all("td")] == ["40", "12"]

    document = body.find("div", class_="block-document")
    assert document.a["href"] == report.url
    assert "Kế hoạch tổ chức lễ hội" in text_of(document.a)
    with translation.override("vi"):
        size = filesizeformat(3000)
    assert text_of(document.find(class_="block-document__meta")) == f"PDF · {size}"

    related = body.find("aside", class_="block-related")
    assert text_of(related.h2) == "Đọc thêm"
    assert [(text_of(a), a["href"]) for a in related.find_all("a")] == [
        ("Bảo tàng Hà Nội mở cửa miễn phí", linked.url),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ]


# --- Section page ------------------------------------------------------------------------------------------------


def section_listing(soup):
    listing = soup.find("section", class_="section-listing")
    return [text_of(title) for title in listing.select(".teaser__title")]


def featured_titles(soup):
    featured = soup.find("section", class_="section-featured")
    return [text_of(title) for title in featured.select(".teaser__title")] if featured else []


@pytest.mark.django_db
class TestSectionPage:
    def test_lists_newest_first_twenty_a_page(self, client, portal):
        for n in range(PAGE_SIZE + 3):
            ArticlePageFactory(parent=portal.news, title=f"Tin thứ {n:02d}", first_published_at=published(hours_ago=n))

        first = parse(client.get(portal.news.url))
        second = parse(client.get(portal.news.url, {"page": 2}))

        assert section_listing(first) == [f"Tin thứ {n:02d}" for n in range(PAGE_SIZE)]
        assert section_listing(second) == [f"Tin thứ {n:02d}" for n in range(PAGE_SIZE, PAGE_SIZE + 3)]

    def test_pinned_article_comes_first_and_is_not_repeated(self, client, portal):
        for n in range(PAGE_SIZE + 2):
            ArticlePageFactory(parent=portal.news, title=f"Tin thứ {n:02d}", first_published_at=published(hours_ago=n))
        pinned = ArticlePageFactory(parent=portal.news, title="Bài ghim từ tuần trước", first_published_at=published(7))
        portal.news.featured_article = pinned
        make_live(portal.news)

        first = parse(client.get(portal.news.url))
        second = parse(client.get(portal.news.url, {"page": 2}))

        assert featured_titles(first) == ["Bài ghim từ tuần trước"]
        html = str(first)
        assert html.index("Bài ghim từ tuần trước") < html.index("Tin thứ 00")
        assert "Bài ghim từ tuần trước" not in section_listing(first) + section_listing(second)
        assert featured_titles(second) == []

    def test_withdrawn_pinned_article_is_not_shown(self, client, portal):
        ArticlePageFactory(parent=portal.news, title="Tin hôm nay", first_published_at=published(0))
        pinned = ArticlePageFactory(parent=portal.news, title="Bài ghim đã gỡ", first_published_at=published(1))
        portal.news.featured_article = pinned
        make_live(portal.news)
        pinned.unpublish()

        soup = parse(client.get(portal.news.url))

        assert featured_titles(soup) == []
        assert section_listing(soup) == ["Tin hôm nay"]

    def test_includes_articles_of_its_sub_sections(self, client, portal):
        heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
        ArticlePageFactory(parent=heritage, title="Tu bổ đình Kim Liên", first_published_at=published(1))
        ArticlePageFactory(parent=portal.culture, title="Liên hoan sân khấu chèo", first_published_at=published(0))

        soup = parse(client.get(portal.culture.url))

        assert section_listing(soup) == ["Liên hoan sân khấu chèo", "Tu bổ đình Kim Liên"]
        subsections = soup.find("nav", class_="subsections")
        assert subsections.find("a", string="Di sản")["href"] == heritage.url

    def test_filters_by_format_by_topic_and_by_both(self, client, portal):
        campaign = TopicFactory(name="50 năm Giải phóng miền Nam", slug="50-nam-giai-phong")
        cases = [
            ("Video diễu binh", ArticlePage.Format.VIDEO, True),
            ("Tin diễu binh", ArticlePage.Format.NEWS, True),
            ("Video bóng đá", ArticlePage.Format.VIDEO, False),
            ("Tin bóng đá", ArticlePage.Format.NEWS, False),
        ]
        for n, (title, article_format, tagged) in enumerate(cases):
            page = ArticlePageFactory(
                parent=portal.news, title=title, format=article_format, first_published_at=published(n)
            )
            if tagged:
                ArticleTopic.objects.create(page=page, topic=campaign)

        def listed(**query):
            soup = parse(client.get(portal.news.url, query))
            assert soup.find(class_="notice") is None
            return section_listing(soup)

        assert listed(format="video") == ["Video diễu binh", "Video bóng đá"]
        assert listed(topic="50-nam-giai-phong") == ["Video diễu binh", "Tin diễu binh"]
        assert listed(format="news", topic="50-nam-giai-phong") == ["Tin diễu binh"]

        # The form shows the filters in use, so the reader sees what the list is.
        soup = parse(client.get(portal.news.url, {"format": "news", "topic": "50-nam-giai-phong"}))
        assert soup.find("select", id="filter-format").find("option", selected=True)["value"] == "news"
        assert soup.find("select", id="filter-topic").find("option", selected=True)["value"] == "50-nam-giai-phong"

    @pytest.mark.parametrize("query", [{"format": "phong-su"}, {"topic": "khong-co-chu-de-nay"}])
    def test_unknown_filter_is_ignored_with_a_polite_notice(self, client, portal, query):
        ArticlePageFactory(parent=portal.news, title="Tin hôm nay", first_published_at=published(0))

        response = client.get(portal.news.url, query)

        assert response.status_code == 200
        soup = parse(response)
        notice = soup.find(class_="notice")
        assert notice.get("role") == "status"
        assert text_of(notice) == "Bộ lọc không hợp lệ đã được bỏ qua."
        assert section_listing(soup) == ["Tin hôm nay"]

    def test_page_links_keep_the_filters(self, client, portal):
        campaign = TopicFactory(slug="80-nam-quoc-khanh")
        for n in range(PAGE_SIZE + 1):
            page = ArticlePageFactory(
                parent=portal.news, format=ArticlePage.Format.VIDEO, first_published_at=published(hours_ago=n)
            )
            ArticleTopic.objects.create(page=page, topic=campaign)

        soup = parse(client.get(portal.news.url, {"format": "video", "topic": "80-nam-quoc-khanh"}))

        next_link = soup.find("nav", class_="pagination").find("a", rel="next")
        assert parse_qs(urlsplit(next_link["href"]).query) == {
            "format": ["video"],
            "topic": ["80-nam-quoc-khanh"],
            "page": ["2"],
        }
        second = parse(client.get(portal.news.url + next_link["href"]))
        previous_link = second.find("nav", class_="pagination").find("a", rel="prev")
        assert parse_qs(urlsplit(previous_link["href"]).query) == {
            "format": ["video"],
            "topic": ["80-nam-quoc-khanh"],
            "page": ["1"],
        }
        assert len(section_listing(second)) == 1

    def test_announces_its_rss_feed(self, client, portal):
        ArticlePageFactory(parent=portal.news, first_published_at=published(0))

        soup = parse(client.get(portal.news.url))

        feed = soup.head.find("link", rel="alternate", type="application/rss+xml")
        assert feed["href"] == portal.news.url + "rss/"
        assert "Tin tức - Sự kiện" in feed["title"]
        response = client.get(feed["href"])
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")


# --- Private content ---------------------------------------------------------------------------------------------

RESTRICTIONS = {
    PageViewRestriction.PASSWORD: {"password": "bi-mat-noi-bo"},
    PageViewRestriction.LOGIN: {},
}


def titles_shown(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return link_texts(parse(response).main)


@pytest.mark.django_db
@pytest.mark.parametrize("restriction_type", RESTRICTIONS)
@pytest.mark.parametrize("featured", [True, False], ids=["featured-on-home", "latest-on-home"])
def test_restricted_article_leaves_every_listing_at_once_and_comes_back(client, portal, restriction_type, featured):
    private = ArticlePageFactory(
        parent=portal.news,
        title="Dự thảo kế hoạch tổ chức Đại hội",
        lead="Nội dung dự thảo chỉ dành cho cán bộ của Sở.",
        first_published_at=published(0),
    )
    sibling = ArticlePageFactory(
        parent=portal.news, title="Tin công khai cùng chuyên mục", first_published_at=published(1)
    )
    if featured:
        HomeFeaturedStory.objects.create(home=portal.home, page=private, sort_order=0)
    listings = {"section": portal.news.url, "home": "/vi/", "related": sibling.url}

    # Every page is rendered once first, so any cached answer about restrictions is warm.
    for name, url in listings.items():
        assert private.title in titles_shown(client, url), name
    assert client.get(private.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=restriction_type, **RESTRICTIONS[restriction_type]
    )

    for name, url in listings.items():
        assert private.title not in titles_shown(client, url), name
    assert sibling.title in titles_shown(client, listings["section"])
    response = client.get(private.url)
    assert private.lead.encode() not in response.content
    if restriction_type == PageViewRestriction.PASSWORD:
        assert response.status_code == 200
        password_input = parse(response).find("input", attrs={"name": "password", "type": "password"})
        assert password_input is not None
        form = password_input.find_parent("form")
        assert form["method"].lower() == "post"
        # The right password opens the article for this reader only.
        reader = Client()
        unlocked = reader.post(form["action"], {"password": "bi-mat-noi-bo", "return_url": private.url}, follow=True)
        assert text_of(parse(unlocked).h1) == private.title
    else:
        assert response.status_code == 302
        login_url = urlsplit(response["Location"])
        assert parse_qs(login_url.query)["next"] == [private.url]
        login_page = parse(client.get(login_url.path))
        assert login_page.find("input", attrs={"type": "password"}) is not None

    restriction.delete()

    for name, url in listings.items():
        assert private.title in titles_shown(client, url), name
    response = client.get(private.url)
    assert response.status_code == 200
    assert text_of(parse(response).h1) == private.title


@pytest.mark.django_db
def test_restricted_section_disappears_from_the_menu_and_the_home_page(client, portal, footer_settings):
    ArticlePageFactory(parent=portal.culture, title="Tin nội bộ của chuyên mục", first_published_at=published(0))
    assert "Văn hóa" in titles_shown(client, "/vi/")

    PageViewRestriction.objects.create(page=portal.culture, restriction_type=PageViewRestriction.LOGIN)

    soup = parse(client.get("/vi/"))
    assert "Văn hóa" not in link_texts(soup.find("nav", id="site-nav"))
    assert "Tin nội bộ của chuyên mục" not in link_texts(soup.main)
    assert client.get(portal.culture.url).status_code == 302
