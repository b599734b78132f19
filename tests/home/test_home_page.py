"""The front page as a citizen sees it: featured stories in the editors' order, the latest of every section,
banners and quick links of the current language, featured campaigns; and the topic pages it serves."""

import datetime

import pytest
from bs4 import BeautifulSoup

from home.models import HomeFeaturedStory
from sections.models import ArticleTopic
from sections.taxonomy import Banner
from tests.factories import ArticlePageFactory, BannerFactory, ImageFactory, SectionPageFactory, TopicFactory

NOW = datetime.datetime(2025, 4, 30, 2, 0, tzinfo=datetime.UTC)


def published(days_ago=0, hours_ago=0):
    return NOW - datetime.timedelta(days=days_ago, hours=hours_ago)


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return tag.get_text(" ", strip=True)


def teaser_titles(tag):
    """Titles of the stories in `tag`, in reading order (the hero's title, then each teaser's)."""
    return [text_of(title) for title in tag.select(".hero__title, .teaser__title")]


def section_block(soup, section):
    heading = soup.find("h2", id=f"section-{section.pk}")
    return heading.find_parent("section") if heading else None


def english_section(portal):
    news_en = portal.news.copy_for_translation(portal.locales.en)
    news_en.title = "News and Events"
    news_en.save_revision().publish()
    return news_en


@pytest.mark.django_db
class TestFeaturedStories:
    def test_shown_in_the_editors_order_not_by_date(self, client, portal):
        oldest = ArticlePageFactory(parent=portal.news, title="Khai mạc Tuần Văn hóa", first_published_at=published(5))
        newest = ArticlePageFactory(parent=portal.culture, title="Đêm nhạc Trịnh", first_published_at=published(0))
        middle = ArticlePageFactory(parent=portal.news, title="Giải bơi thiếu niên", first_published_at=published(2))
        for order, page in enumerate([middle, oldest, newest]):
            HomeFeaturedStory.objects.create(home=portal.home, page=page, sort_order=order)

        soup = parse(client.get("/vi/"))

        featured = soup.find("section", class_="home-featured")
        assert teaser_titles(featured) == ["Giải bơi thiếu niên", "Khai mạc Tuần Văn hóa", "Đêm nhạc Trịnh"]
        hero = featured.find("article", class_="hero")
        assert hero.a["href"] == middle.url

    def test_only_live_stories_are_shown(self, client, portal):
        live = ArticlePageFactory(parent=portal.news, title="Tin đã xuất bản", first_published_at=published(1))
        draft = ArticlePageFactory(parent=portal.news, title="Tin còn nháp", live=False, first_published_at=None)
        withdrawn = ArticlePageFactory(parent=portal.news, title="Tin đã gỡ", first_published_at=published(2))
        withdrawn.unpublish()
        for order, page in enumerate([draft, live, withdrawn]):
            HomeFeaturedStory.objects.create(home=portal.home, page=page, sort_order=order)

        soup = parse(client.get("/vi/"))

        assert teaser_titles(soup.find("section", class_="home-featured")) == ["Tin đã xuất bản"]
        page_text = text_of(soup.main)
        assert "Tin còn nháp" not in page_text
        assert "Tin đã gỡ" not in page_text

    def test_hero_shows_its_cover_with_alt_text(self, client, portal):
        story = ArticlePageFactory(
            parent=portal.news,
            cover_image=ImageFactory(description="Khán giả cổ vũ tại sân Hàng Đẫy"),
            first_published_at=published(0),
        )
        HomeFeaturedStory.objects.create(home=portal.home, page=story, sort_order=0)

        soup = parse(client.get("/vi/"))

        hero = soup.find("article", class_="hero")
        assert hero.img["alt"] == "Khán giả cổ vũ tại sân Hàng Đẫy"
        assert hero.time["datetime"]


@pytest.mark.django_db
class TestLatestPerSection:
    def test_each_section_shows_its_four_newest_leaving_out_featured_stories(self, client, portal):
        news = [
            ArticlePageFactory(parent=portal.news, title=f"Tin thời sự {n}", first_published_at=published(hours_ago=n))
            for n in range(7)
        ]
        HomeFeaturedStory.objects.create(home=portal.home, page=news[1], sort_order=0)
        heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
        ArticlePageFactory(parent=portal.culture, title="Liên hoan chèo", first_published_at=published(3))
        ArticlePageFactory(parent=heritage, title="Tu bổ đình làng", first_published_at=published(1))
        ArticlePageFactory(parent=portal.culture, title="Bản nháp văn hóa", live=False, first_published_at=None)

        soup = parse(client.get("/vi/"))

        news_block = section_block(soup, portal.news)
        assert teaser_titles(news_block) == ["Tin thời sự 0", "Tin thời sự 2", "Tin thời sự 3", "Tin thời sự 4"]
        assert news_block.find("h2").a["href"] == portal.news.url
        assert teaser_titles(section_block(soup, portal.culture)) == ["Tu bổ đình làng", "Liên hoan chèo"]
        # The featured story appears once, in the featured area only.
        assert [text_of(a) for a in soup.main.find_all("a")].count("Tin thời sự 1") == 1

    def test_a_section_without_articles_shows_no_empty_block(self, client, portal):
        ArticlePageFactory(parent=portal.news, first_published_at=published(0))

        soup = parse(client.get("/vi/"))

        assert section_block(soup, portal.news) is not None
        assert section_block(soup, portal.culture) is None


@pytest.mark.django_db
class TestBannersAndQuickLinks:
    @pytest.fixture
    def banners(self, portal):
        vi, en = portal.locales.vi, portal.locales.en
        return [
            BannerFactory(
                title="Hưởng ứng 80 năm Quốc khánh",
                url="https://hanoi.gov.vn/80-nam-quoc-khanh",
                placement=Banner.Placement.BANNER,
                image=ImageFactory(),
                locale=vi,
            ),
            BannerFactory(title="Banner đã hết hạn", placement=Banner.Placement.BANNER, is_active=False, locale=vi),
            BannerFactory(title="Cổng thông tin Hà Nội", url="https://hanoi.gov.vn", sort_order=2, locale=vi),
            BannerFactory(title="Cổng Dịch vụ công quốc gia", url="https://dichvucong.gov.vn", sort_order=1, locale=vi),
            BannerFactory(title="Liên kết đã tắt", url="https://example.gov.vn", is_active=False, locale=vi),
            BannerFactory(title="National Day: 80 years", placement=Banner.Placement.BANNER, locale=en),
            BannerFactory(title="National Public Service Portal", url="https://dichvucong.gov.vn", locale=en),
        ]

    @staticmethod
    def shown(soup):
        banners = soup.find("ul", class_="banner-list")
        quick_links = soup.find("ul", class_="quick-links")
        return (
            [(link["href"], link.img["alt"] if link.img else text_of(link)) for link in banners.find_all("a")]
            if banners
            else [],
            [(link["href"], text_of(link.find(class_="quick-links__title"))) for link in quick_links.find_all("a")]
            if quick_links
            else [],
        )

    def test_vietnamese_home_shows_the_active_vietnamese_ones(self, client, portal, banners):
        banners_shown, quick_links_shown = self.shown(parse(client.get("/vi/")))

        assert banners_shown == [("https://hanoi.gov.vn/80-nam-quoc-khanh", "Hưởng ứng 80 năm Quốc khánh")]
        assert quick_links_shown == [
            ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
            ("https://hanoi.gov.vn", "Cổng thông tin Hà Nội"),
        ]

    def test_english_home_shows_the_english_ones(self, client, portal, banners):
        banners_shown, quick_links_shown = self.shown(parse(client.get("/en/")))

        assert [text for _href, text in banners_shown] == ["National Day: 80 years"]
        assert quick_links_shown == [("https://dichvucong.gov.vn", "National Public Service Portal")]


@pytest.mark.django_db
def test_featured_campaigns_link_to_their_topic_pages(client, portal):
    campaign = TopicFactory(name="50 năm Giải phóng miền Nam", slug="50-nam-giai-phong-mien-nam", is_featured=True)
    TopicFactory(name="Chủ đề thường", slug="chu-de-thuong", is_featured=False)
    TopicFactory(name="Fifty years of reunification", slug="fifty-years", is_featured=True, locale=portal.locales.en)
    parade = ArticlePageFactory(parent=portal.news, title="Diễu binh mừng đại lễ", first_published_at=published(0))
    ArticleTopic.objects.create(page=parade, topic=campaign)

    soup = parse(client.get("/vi/"))

    campaigns = soup.find("section", class_="home-campaigns")
    links = [(text_of(a), a["href"]) for a in campaigns.find_all("a")]
    assert links == [("50 năm Giải phóng miền Nam", "/vi/chu-de/50-nam-giai-phong-mien-nam/")]
    topic_page = parse(client.get(links[0][1]))
    assert text_of(topic_page.h1) == "50 năm Giải phóng miền Nam"
    assert teaser_titles(topic_page.main) == ["Diễu binh mừng đại lễ"]

    english = parse(client.get("/en/")).find("section", class_="home-campaigns")
    english_links = [(text_of(a), a["href"]) for a in english.find_all("a")]
    assert english_links == [("Fifty years of reunification", "/en/topics/fifty-years/")]
    assert client.get("/en/topics/fifty-years/").status_code == 200


@pytest.mark.django_db
class TestTopicPage:
    def test_lists_only_the_topics_live_articles_in_the_current_language(self, client, portal):
        topic = TopicFactory(name="Phố đi bộ Hồ Gươm", slug="pho-di-bo-ho-guom")
        other = TopicFactory(name="Bóng đá", slug="bong-da")
        tagged = {
            "Phố đi bộ đón 2 triệu lượt khách": (portal.news, topic, published(2), True),
            "Biểu diễn nghệ thuật đường phố": (portal.culture, topic, published(1), True),
            "Bản nháp về phố đi bộ": (portal.news, topic, None, False),
            "Trận chung kết cúp quốc gia": (portal.news, other, published(0), True),
        }
        for title, (parent, page_topic, date, live) in tagged.items():
            page = ArticlePageFactory(parent=parent, title=title, first_published_at=date, live=live)
            ArticleTopic.objects.create(page=page, topic=page_topic)
        topic_en = topic.copy_for_translation(portal.locales.en)
        topic_en.name = "Hoan Kiem Lake walking street"
        topic_en.save()
        english = ArticlePageFactory(parent=english_section(portal), title="Walking street welcomes visitors")
        ArticleTopic.objects.create(page=english, topic=topic_en)

        soup = parse(client.get("/vi/chu-de/pho-di-bo-ho-guom/"))

        assert text_of(soup.h1) == "Phố đi bộ Hồ Gươm"
        assert teaser_titles(soup.main) == ["Biểu diễn nghệ thuật đường phố", "Phố đi bộ đón 2 triệu lượt khách"]
        crumbs = soup.find("nav", class_="breadcrumbs").find_all("li")
        assert crumbs[-1].get("aria-current") == "page" and text_of(crumbs[-1]) == "Phố đi bộ Hồ Gươm"

        soup_en = parse(client.get("/en/topics/pho-di-bo-ho-guom/"))
        assert text_of(soup_en.h1) == "Hoan Kiem Lake walking street"
        assert teaser_titles(soup_en.main) == ["Walking street welcomes visitors"]

    def test_topic_without_articles_says_so(self, client, portal):
        TopicFactory(name="Thể thao học đường", slug="the-thao-hoc-duong")

        soup = parse(client.get("/vi/chu-de/the-thao-hoc-duong/"))

        assert text_of(soup.find(class_="empty-state")) == "Chưa có bài viết nào thuộc chủ đề này."

    @pytest.mark.parametrize(
        ("url", "language"),
        [
            ("/vi/chu-de/khong-co-chu-de-nay/", "vi"),
            # A topic that exists only in Vietnamese has no English page.
            ("/en/topics/chi-co-tieng-viet/", "en"),
        ],
    )
    def test_unknown_topic_is_the_portal_404_page(self, client, portal, url, language):
        TopicFactory(slug="chi-co-tieng-viet")

        response = client.get(url)

        assert response.status_code == 404
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == language
        error = soup.main.find(class_="error-page")
        assert error is not None and error.h1 is not None
        assert error.find("a", href=f"/{language}/") is not None
