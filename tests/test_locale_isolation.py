"""Nothing Vietnamese leaks into the English portal, and nothing English into the Vietnamese one: listings (home
page, sections, topic pages), RSS feeds, the sitemap, the API and search each show only pages of their language.
Dates and pagination follow the language of the URL too."""

import datetime
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from home.models import HomeFeaturedStory
from sections.listings import PAGE_SIZE, in_language
from sections.models import ArticlePage, ArticleTopic
from tests.factories import ArticlePageFactory, BannerFactory, TopicFactory

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 2, 3, 8, 30))
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def translate(page, locale, **fields):
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def set_published(page, moment):
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)


def path_of(url):
    return urlsplit(url).path


def titles_in(soup):
    return {text_of(link) for link in soup.select("main .teaser__title a, main .search-hit a, main h3 a")}


@pytest.fixture
def bilingual(portal):
    """Vietnamese: "Tin tức - Sự kiện" with a translated article and an untranslated one, "Văn hóa" (untranslated)
    with one article, a festival topic on every article. English: "News and Events" with the translation."""
    vi, en = portal.locales.vi, portal.locales.en
    festivals = TopicFactory(name="Lễ hội", slug="le-hoi", locale=vi)
    festivals_en = festivals.copy_for_translation(en)
    festivals_en.name, festivals_en.slug = "Festivals", "festivals"
    festivals_en.save()

    translated = ArticlePageFactory(
        parent=portal.news, title="Giải Marathon quốc tế Hà Nội khởi tranh", slug="giai-marathon", lead="Sapo."
    )
    untranslated = ArticlePageFactory(
        parent=portal.news, title="Marathon đêm phố cổ mở đăng ký", slug="marathon-dem", lead="Sapo giải chạy đêm."
    )
    culture_only = ArticlePageFactory(
        parent=portal.culture, title="Đêm Marathon văn hóa ở Văn Miếu", slug="dem-van-mieu", lead="Sapo văn hóa."
    )
    for article in (translated, untranslated, culture_only):
        ArticleTopic.objects.create(page=article, topic=festivals)
        article.save_revision().publish()

    news_en = translate(portal.news, en, title="News and Events", slug="news-events")
    article_en = translate(
        translated, en, title="Hanoi International Marathon gets under way", slug="hanoi-marathon", lead="Runners."
    )
    # wagtail-localize translates the topic link along with the article; a plain copy keeps the Vietnamese topic.
    ArticleTopic.objects.filter(page=article_en).update(topic=festivals_en)
    for page in (translated, untranslated, culture_only, article_en):
        set_published(page, PUBLISHED)
    return SimpleNamespace(
        portal=portal,
        news_en=news_en,
        translated=translated,
        untranslated=untranslated,
        culture_only=culture_only,
        article_en=article_en,
        vi_titles={translated.title, untranslated.title, culture_only.title},
        en_titles={article_en.title},
    )


@pytest.mark.django_db
class TestListings:
    def test_english_home_page_shows_only_english_articles(self, client, bilingual):
        titles = titles_in(parse(client.get("/en/")))

        assert titles == bilingual.en_titles

    def test_vietnamese_home_page_shows_only_vietnamese_articles(self, client, bilingual):
        titles = titles_in(parse(client.get("/vi/")))

        assert titles == bilingual.vi_titles

    def test_english_home_page_never_features_a_vietnamese_article(self, client, bilingual):
        """wagtail-localize synchronises page links instead of translating them: after a sync, the English home
        page's featured stories are the Vietnamese home page's articles."""
        HomeFeaturedStory.objects.create(home=bilingual.portal.home_en, page=bilingual.untranslated)
        HomeFeaturedStory.objects.create(home=bilingual.portal.home_en, page=bilingual.translated)

        titles = titles_in(parse(client.get("/en/")))

        assert titles == bilingual.en_titles

    def test_synchronised_page_links_are_read_in_the_listing_language(self, bilingual, django_assert_num_queries):
        """The helper the home page needs for its featured stories: a Vietnamese article becomes its English
        translation, an untranslated one is left out, the order is kept, and all-English links cost no query."""
        en = bilingual.portal.locales.en.pk
        links = [bilingual.untranslated, bilingual.translated, bilingual.article_en]

        with django_assert_num_queries(1):
            shown = in_language(links, en)
        with django_assert_num_queries(0):
            unchanged = in_language([bilingual.article_en], en)

        assert [article.pk for article in shown] == [bilingual.article_en.pk]
        assert unchanged == [bilingual.article_en]
        assert [a.pk for a in in_language(links[:2], bilingual.portal.locales.vi.pk)] == [
            bilingual.untranslated.pk,
            bilingual.translated.pk,
        ]

    def test_english_quick_link_to_a_translated_article_leads_to_the_english_article(self, client, bilingual):
        """A banner's page link is synchronised from the Vietnamese banner it was translated from."""
        BannerFactory(title="Marathon results", url="", page=bilingual.translated, locale=bilingual.portal.locales.en)

        link = parse(client.get("/en/")).select_one(".quick-links__link")

        assert link["href"] == bilingual.article_en.url

    def test_english_section_shows_only_its_english_articles(self, client, bilingual):
        titles = titles_in(parse(client.get(bilingual.news_en.url)))

        assert titles == bilingual.en_titles

    def test_english_section_ignores_a_pinned_vietnamese_article(self, client, bilingual):
        """The pinned article is a synchronised page link too: a Vietnamese one must not show on /en/."""
        type(bilingual.news_en).objects.filter(pk=bilingual.news_en.pk).update(featured_article=bilingual.untranslated)

        titles = titles_in(parse(client.get(bilingual.news_en.url)))

        assert titles == bilingual.en_titles

    def test_vietnamese_section_shows_only_vietnamese_articles(self, client, bilingual):
        titles = titles_in(parse(client.get(bilingual.portal.news.url)))

        assert titles == {bilingual.translated.title, bilingual.untranslated.title}

    def test_topic_pages_show_only_articles_of_their_language(self, client, bilingual):
        assert titles_in(parse(client.get("/en/topics/festivals/"))) == bilingual.en_titles
        assert titles_in(parse(client.get("/vi/chu-de/le-hoi/"))) == bilingual.vi_titles

    def test_english_topic_page_of_a_vietnamese_topic_slug_is_not_found(self, client, bilingual):
        assert client.get("/en/topics/le-hoi/").status_code == 404


@pytest.mark.django_db
class TestFeeds:
    def feed(self, client, url):
        response = client.get(url)
        assert response.status_code == 200
        channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own server's response
        return channel

    def test_english_feed_carries_only_english_articles_and_topics(self, client, bilingual):
        channel = self.feed(client, bilingual.news_en.url + "rss/")

        assert channel.findtext("language") == "en"
        assert channel.findtext("title") == "News and Events"
        items = channel.findall("item")
        assert [item.findtext("title") for item in items] == [bilingual.article_en.title]
        assert path_of(items[0].findtext("link")) == "/en/news-events/hanoi-marathon/"
        assert [category.text for category in items[0].findall("category")] == ["Festivals"]

    def test_english_feed_leaves_out_a_topic_still_in_vietnamese(self, client, bilingual):
        """An English article linked to a Vietnamese topic (chosen by hand, or copied untranslated) must not put
        the Vietnamese name into the English feed."""
        vi_topic = ArticleTopic.objects.get(page=bilingual.translated).topic
        ArticleTopic.objects.filter(page=bilingual.article_en).update(topic=vi_topic)

        channel = self.feed(client, bilingual.news_en.url + "rss/")

        assert channel.find("item").findall("category") == []

    def test_vietnamese_feed_carries_only_vietnamese_articles(self, client, bilingual):
        channel = self.feed(client, bilingual.portal.news.url + "rss/")

        assert channel.findtext("language") == "vi"
        assert {item.findtext("title") for item in channel.findall("item")} == {
            bilingual.translated.title,
            bilingual.untranslated.title,
        }


@pytest.mark.django_db
class TestSitemap:
    @pytest.fixture
    def sitemap(self, client, bilingual):
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        return ET.fromstring(response.content)  # noqa: S314 - our own server's response

    def test_every_url_is_a_live_page_in_its_own_language(self, client, bilingual, sitemap):
        paths = [path_of(loc.text) for loc in sitemap.findall("sm:url/sm:loc", SITEMAP_NS)]

        assert {path for path in paths if path.startswith("/en/")} == {
            "/en/",
            "/en/news-events/",
            "/en/news-events/hanoi-marathon/",
        }
        assert {path for path in paths if path.startswith("/vi/")} == {
            "/vi/",
            "/vi/tin-tuc-su-kien/",
            "/vi/van-hoa/",
            "/vi/tin-tuc-su-kien/giai-marathon/",
            "/vi/tin-tuc-su-kien/marathon-dem/",
            "/vi/van-hoa/dem-van-mieu/",
        }
        assert len(paths) == 9
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            assert parse(response).html["lang"] == path.split("/")[1]

    def test_translated_pages_list_their_alternates_and_others_none(self, sitemap):
        alternates = {
            path_of(url.findtext("sm:loc", namespaces=SITEMAP_NS)): {
                link.get("hreflang"): path_of(link.get("href")) for link in url.findall("xhtml:link", SITEMAP_NS)
            }
            for url in sitemap.findall("sm:url", SITEMAP_NS)
        }
        article = {
            "vi": "/vi/tin-tuc-su-kien/giai-marathon/",
            "en": "/en/news-events/hanoi-marathon/",
            "x-default": "/vi/tin-tuc-su-kien/giai-marathon/",
        }

        assert alternates[article["vi"]] == article
        assert alternates[article["en"]] == article
        assert alternates["/en/"] == {"vi": "/vi/", "en": "/en/", "x-default": "/vi/"}
        assert alternates["/vi/tin-tuc-su-kien/marathon-dem/"] == {}
        assert alternates["/vi/van-hoa/"] == {}


@pytest.mark.django_db
class TestApi:
    def titles(self, client, **params):
        response = client.get("/api/v2/pages/", {"type": "sections.ArticlePage", **params})
        assert response.status_code == 200
        return {item["title"]: item["meta"]["locale"] for item in response.json()["items"]}

    def test_english_listing_holds_only_english_pages(self, client, bilingual):
        assert self.titles(client, locale="en") == dict.fromkeys(bilingual.en_titles, "en")

    def test_vietnamese_listing_holds_only_vietnamese_pages(self, client, bilingual):
        assert self.titles(client, locale="vi") == dict.fromkeys(bilingual.vi_titles, "vi")

    def test_english_search_finds_only_english_pages(self, client, bilingual):
        assert self.titles(client, locale="en", search="Marathon") == dict.fromkeys(bilingual.en_titles, "en")

    def test_default_listing_names_the_language_of_every_page(self, client, bilingual):
        expected = dict.fromkeys(bilingual.vi_titles, "vi") | dict.fromkeys(bilingual.en_titles, "en")

        assert self.titles(client) == expected

    def test_unknown_language_is_not_found(self, client, bilingual):
        assert client.get("/api/v2/pages/", {"locale": "fr"}, follow=True).status_code == 404


@pytest.mark.django_db
class TestSearch:
    def result_titles(self, client, url):
        soup = parse(client.get(url, {"q": "Marathon"}))
        return {text_of(h3) for h3 in soup.select(".search-results h3")}

    def test_english_search_finds_only_english_pages(self, client, bilingual):
        assert self.result_titles(client, "/en/search/") == bilingual.en_titles

    def test_vietnamese_search_finds_only_vietnamese_pages(self, client, bilingual):
        assert self.result_titles(client, "/vi/search/") == bilingual.vi_titles


@pytest.mark.django_db
class TestDates:
    """The same article, dated the Vietnamese way on /vi/ and the English way on /en/."""

    def test_article_page(self, client, bilingual):
        vi = parse(client.get(bilingual.translated.url)).select_one(".article__meta time")
        en = parse(client.get(bilingual.article_en.url)).select_one(".article__meta time")

        assert text_of(vi) == "Thứ Hai, 03/02/2025 08:30"
        assert text_of(en) == "Monday, 3 February 2025"
        assert vi["datetime"] == en["datetime"]

    def test_listing_teasers(self, client, bilingual):
        vi = parse(client.get(bilingual.portal.news.url)).select(".teaser time")
        en = parse(client.get(bilingual.news_en.url)).select(".teaser time")

        assert {text_of(time) for time in vi} == {"03/02/2025"}
        assert [text_of(time) for time in en] == ["3 Feb 2025"]

    def test_english_pagination_is_in_english(self, client, bilingual):
        for n in range(PAGE_SIZE):
            ArticlePageFactory(parent=bilingual.news_en, title=f"Heritage walk number {n}", slug=f"walk-{n}")

        soup = parse(client.get(bilingual.news_en.url, {"page": 1}))
        pagination = soup.select_one("nav.pagination")
        second = parse(client.get(bilingual.news_en.url, {"page": 2})).select_one("nav.pagination")

        assert pagination["aria-label"] == "Pagination"
        assert text_of(pagination.select_one(".pagination__status")) == "Page 1 of 2"
        assert text_of(pagination.select_one("a[rel=next]")) == "Next page ›"
        assert pagination.select_one("a[rel=next]")["aria-label"] == "Next page (page 2)"
        assert text_of(second.select_one("a[rel=prev]")) == "‹ Previous page"
        assert ArticlePage.objects.live().filter(locale=bilingual.portal.locales.en).count() == PAGE_SIZE + 1

    def test_vietnamese_pagination_stays_vietnamese(self, client, bilingual):
        for n in range(PAGE_SIZE):
            ArticlePageFactory(parent=bilingual.portal.news, title=f"Tin ngắn số {n}", slug=f"tin-ngan-{n}")

        pagination = parse(client.get(bilingual.portal.news.url)).select_one("nav.pagination")

        assert text_of(pagination.select_one(".pagination__status")) == "Trang 1 / 2"
        assert text_of(pagination.select_one("a[rel=next]")) == "Trang sau ›"


@pytest.mark.django_db
def test_an_english_article_linked_to_a_vietnamese_topic_shows_the_english_topic(client, bilingual):
    # A plain copy (or a sync made before the topic was translated) keeps the Vietnamese topic on the English page.
    ArticleTopic.objects.filter(page=bilingual.article_en).update(topic=bilingual.untranslated.topic_links.get().topic)

    soup = parse(client.get(bilingual.article_en.url))

    links = {link["href"] for link in soup.select("main a[href*='/topics/'], main a[href*='/chu-de/']")}
    assert links == {"/en/topics/festivals/"}


@pytest.mark.django_db
def test_related_links_of_an_english_article_lead_to_english_pages_or_say_they_are_vietnamese(client, bilingual):
    # The translation keeps the page choices of its Vietnamese source.
    other = ArticlePageFactory(parent=bilingual.news_en, title="Hanoi night run opens", slug="night-run")
    other.body = [
        (
            "related_links",
            {
                "heading": "Related stories",
                "links": [
                    {"title": "", "page": bilingual.translated, "url": ""},
                    {"title": "", "page": bilingual.untranslated, "url": ""},
                ],
            },
        )
    ]
    other.save_revision().publish()

    soup = parse(client.get(other.url))

    links = [(a["href"], a.get("lang", ""), text_of(a)) for a in soup.select(".block-related__list a")]
    assert links == [
        (bilingual.article_en.url, "", "Hanoi International Marathon gets under way"),
        (bilingual.untranslated.url, "vi", "Marathon đêm phố cổ mở đăng ký"),
    ]
    assert "(in Vietnamese)" in text_of(soup.select_one(".block-related__list"))
