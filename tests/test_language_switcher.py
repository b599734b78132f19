"""The language switcher and the language markup of public pages.

The switcher never leads to a 404: it goes to the page's live translation, else to the other language's nearest
translated live ancestor (section, parent section, home page) with a note, written in that language, saying the
page is not translated. Pages announce their live translations with hreflang (x-default: the Vietnamese one), and
`<html lang>` is the language of the URL, error pages included."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from sections.models import ArticleTopic
from tests.factories import ArticlePageFactory, SectionPageFactory, TopicFactory

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 2, 3, 8, 30))


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def translate(page, locale, live=True, **fields):
    """The page's translation, as wagtail-localize makes it (a copy in the other tree), with `fields` set."""
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if live:
        revision.publish()
    translated.refresh_from_db()
    return translated


def switcher(client, url):
    """The switcher's only item (there are two languages) of the page at `url`."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    items = parse(response).select(".language-switcher__item")
    assert len(items) == 1
    return items[0]


def assert_leads_to_a_live_page(client, link):
    assert client.get(link["href"]).status_code == 200, link["href"]


@pytest.fixture
def tree(portal):
    """Vietnamese: Văn hóa → Di sản (sub-section) → an article; Văn hóa → an article; Tin tức - Sự kiện → an
    article. English: the home page and "Culture" (Văn hóa) only."""
    heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
    culture_article = ArticlePageFactory(parent=portal.culture, title="Hát xẩm trên phố đi bộ", slug="hat-xam")
    heritage_article = ArticlePageFactory(parent=heritage, title="Tu bổ đình Kim Ngân", slug="dinh-kim-ngan")
    news_article = ArticlePageFactory(parent=portal.news, title="Giải chạy Hà Nội", slug="giai-chay")
    culture_en = translate(portal.culture, portal.locales.en, title="Culture", slug="culture")
    return portal, heritage, culture_article, heritage_article, news_article, culture_en


@pytest.mark.django_db
class TestSwitcherToTheTranslation:
    def test_translated_section_links_to_its_translation_both_ways(self, client, tree):
        portal, *_rest, culture_en = tree

        to_english = switcher(client, portal.culture.url).a
        to_vietnamese = switcher(client, culture_en.url).a

        assert to_english["href"] == "/en/culture/" == culture_en.url
        assert (to_english["hreflang"], to_english["lang"], to_english.get("rel")) == ("en", "en", ["alternate"])
        assert text_of(to_english) == "English"
        assert to_vietnamese["href"] == "/vi/van-hoa/"
        assert text_of(to_vietnamese) == "Tiếng Việt"
        assert not switcher(client, portal.culture.url).select(".language-switcher__note")

    def test_translated_article_links_to_its_translation(self, client, tree):
        _portal, _heritage, culture_article, *_rest, culture_en = tree
        article_en = translate(culture_article, culture_en.locale, title="Xam singing on the walking street")

        assert switcher(client, culture_article.url).a["href"] == article_en.url
        assert switcher(client, article_en.url).a["href"] == culture_article.url

    def test_home_pages_link_to_each_other(self, client, portal):
        assert switcher(client, "/vi/").a["href"] == "/en/"
        assert switcher(client, "/en/").a["href"] == "/vi/"


@pytest.mark.django_db
class TestSwitcherFallback:
    def test_untranslated_article_leads_to_the_translated_section_with_an_english_note(self, client, tree):
        _portal, _heritage, culture_article, *_rest = tree

        item = switcher(client, culture_article.url)

        assert item["lang"] == "en"
        assert text_of(item.select_one(".language-switcher__note")) == "This article is not available in English —"
        assert item.a["href"] == "/en/culture/"
        assert item.a["hreflang"] == "en"
        assert text_of(item.a) == "go to the English “Culture” section"
        assert item.a.get("rel") is None  # not the same page in English
        assert_leads_to_a_live_page(client, item.a)

    def test_article_in_an_untranslated_sub_section_leads_to_the_nearest_translated_ancestor(self, client, tree):
        _portal, _heritage, _culture_article, heritage_article, *_rest = tree

        item = switcher(client, heritage_article.url)

        assert item.a["href"] == "/en/culture/"
        assert text_of(item.a) == "go to the English “Culture” section"

    def test_sub_section_translation_still_in_draft_is_skipped_for_the_next_ancestor(self, client, tree):
        _portal, heritage, _culture_article, heritage_article, _news_article, culture_en = tree
        translate(heritage, culture_en.locale, live=False, title="Heritage", slug="heritage")

        item = switcher(client, heritage_article.url)

        assert item.a["href"] == "/en/culture/"
        assert_leads_to_a_live_page(client, item.a)

    def test_translated_sub_section_is_nearer_than_its_parent(self, client, tree):
        _portal, heritage, _culture_article, heritage_article, _news_article, culture_en = tree
        heritage_en = translate(heritage, culture_en.locale, title="Heritage", slug="heritage")

        item = switcher(client, heritage_article.url)

        assert item.a["href"] == heritage_en.url == "/en/culture/heritage/"
        assert text_of(item.a) == "go to the English “Heritage” section"

    def test_article_translation_still_in_draft_is_not_offered(self, client, tree):
        _portal, _heritage, culture_article, *_rest, culture_en = tree
        translate(culture_article, culture_en.locale, live=False, title="Xam singing", slug="xam-singing")

        item = switcher(client, culture_article.url)

        assert item.a["href"] == "/en/culture/"
        assert "not available in English" in text_of(item)

    def test_article_of_an_untranslated_section_leads_to_the_english_home_page(self, client, tree):
        _portal, _heritage, _culture_article, _heritage_article, news_article, _culture_en = tree

        item = switcher(client, news_article.url)

        assert item.a["href"] == "/en/"
        assert text_of(item.select_one(".language-switcher__note")) == "This article is not available in English —"
        assert text_of(item.a) == "go to the English home page"

    def test_untranslated_section_leads_to_the_english_home_page(self, client, tree):
        portal, *_rest = tree

        item = switcher(client, portal.news.url)

        assert item["lang"] == "en"
        assert text_of(item.select_one(".language-switcher__note")) == "This page is not available in English —"
        assert item.a["href"] == "/en/"
        assert text_of(item.a) == "go to the English home page"
        assert_leads_to_a_live_page(client, item.a)

    def test_english_article_without_a_vietnamese_source_says_so_in_vietnamese(self, client, tree):
        *_rest, culture_en = tree
        # Written straight in English: it has no Vietnamese version.
        english_only = ArticlePageFactory(parent=culture_en, title="A walk round Hoan Kiem Lake", slug="hoan-kiem")

        item = switcher(client, english_only.url)

        assert item["lang"] == "vi"
        assert text_of(item.select_one(".language-switcher__note")) == "Bài viết này chưa có bản tiếng Việt —"
        assert item.a["href"] == "/vi/van-hoa/"
        assert text_of(item.a) == "xem chuyên mục “Văn hóa”"

    def test_the_note_is_text_not_a_tooltip_and_the_page_stays_in_its_language(self, client, tree):
        portal, _heritage, culture_article, *_rest = tree

        soup = parse(client.get(culture_article.url))
        item = soup.select_one(".language-switcher__item")

        assert soup.html["lang"] == "vi"
        assert item.find(attrs={"title": True}) is None
        assert item.select_one(".language-switcher__note").name == "span"

    def test_fallback_costs_no_query(self, client, tree):
        """The ancestors' translations come with the navigation's single query: translating the article
        changes what the switcher shows, not what the page costs."""
        _portal, _heritage, culture_article, *_rest, culture_en = tree

        def warm_count():
            client.get(culture_article.url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(culture_article.url).status_code == 200
            return len(queries)

        untranslated = warm_count()
        translate(culture_article, culture_en.locale, title="Xam singing", slug="xam-singing")

        assert switcher(client, culture_article.url).a["href"] == "/en/culture/xam-singing/"
        assert warm_count() == untranslated


@pytest.mark.django_db
class TestHreflang:
    def alternates(self, client, url):
        soup = parse(client.get(url))
        return {link["hreflang"]: link["href"] for link in soup.head.find_all("link", rel="alternate", hreflang=True)}

    def test_translated_page_lists_every_live_version_and_x_default(self, client, tree):
        portal, *_rest, culture_en = tree
        expected = {
            "vi": "http://testserver/vi/van-hoa/",
            "en": "http://testserver/en/culture/",
            "x-default": "http://testserver/vi/van-hoa/",
        }

        assert self.alternates(client, portal.culture.url) == expected
        assert self.alternates(client, culture_en.url) == expected

    def test_home_pages_list_each_other(self, client, portal):
        expected = {"vi": "http://testserver/vi/", "en": "http://testserver/en/", "x-default": "http://testserver/vi/"}

        assert self.alternates(client, "/vi/") == expected
        assert self.alternates(client, "/en/") == expected

    def test_untranslated_page_announces_no_alternate(self, client, tree):
        portal, _heritage, culture_article, *_rest = tree

        assert self.alternates(client, culture_article.url) == {}
        assert self.alternates(client, portal.news.url) == {}

    def test_translation_that_is_not_live_is_not_announced(self, client, tree):
        _portal, _heritage, culture_article, *_rest, culture_en = tree
        translation = translate(culture_article, culture_en.locale, title="Xam singing", slug="xam-singing")
        translation.unpublish()

        assert self.alternates(client, culture_article.url) == {}

    def test_private_translation_is_not_announced(self, client, tree):
        portal, *_rest, culture_en = tree
        PageViewRestriction.objects.create(page=culture_en, restriction_type=PageViewRestriction.LOGIN)

        assert self.alternates(client, portal.culture.url).keys() == {"vi", "en", "x-default"}


@pytest.mark.django_db
class TestTopicPages:
    def test_translated_topic_switches_to_its_english_page(self, client, portal):
        topic = TopicFactory(name="Đêm phố cổ", slug="dem-pho-co")
        ArticleTopic.objects.create(page=ArticlePageFactory(parent=portal.news), topic=topic)
        topic_en = topic.copy_for_translation(portal.locales.en)
        topic_en.name, topic_en.slug = "Old Quarter nights", "old-quarter-nights"
        topic_en.save()

        to_english = switcher(client, "/vi/chu-de/dem-pho-co/").a
        to_vietnamese = switcher(client, "/en/topics/old-quarter-nights/").a
        head = parse(client.get("/vi/chu-de/dem-pho-co/")).head
        alternates = {link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)}

        assert to_english["href"] == "/en/topics/old-quarter-nights/"
        assert to_vietnamese["href"] == "/vi/chu-de/dem-pho-co/"
        assert alternates == {
            "vi": "http://testserver/vi/chu-de/dem-pho-co/",
            "en": "http://testserver/en/topics/old-quarter-nights/",
            "x-default": "http://testserver/vi/chu-de/dem-pho-co/",
        }

    def test_untranslated_topic_leads_to_the_english_home_page_with_a_note(self, client, portal):
        TopicFactory(name="Sách hay", slug="sach-hay")

        item = switcher(client, "/vi/chu-de/sach-hay/")

        assert item.a["href"] == "/en/"
        assert text_of(item) == "This page is not available in English — go to the English home page"
        assert not parse(client.get("/vi/chu-de/sach-hay/")).head.find_all("link", hreflang=True)


@pytest.mark.django_db
class TestSearchSwitcher:
    @pytest.mark.parametrize(("url", "other"), [("/vi/search/", "/en/search/"), ("/en/search/", "/vi/search/")])
    def test_keeps_the_query(self, client, portal, url, other):
        link = switcher(client, f"{url}?q=lễ+hội&page=2").a
        target = urlsplit(link["href"])

        assert target.path == other
        assert parse_qs(target.query) == {"q": ["lễ hội"]}
        assert link.get("rel") == ["alternate"]

    def test_without_a_query_goes_to_the_other_search_page(self, client, portal):
        assert switcher(client, "/vi/search/").a["href"] == "/en/search/"


@pytest.mark.django_db
class TestHtmlLang:
    @pytest.mark.parametrize(
        ("url", "language", "status"),
        [
            ("/vi/", "vi", 200),
            ("/en/", "en", 200),
            ("/vi/van-hoa/", "vi", 200),
            ("/en/culture/", "en", 200),
            ("/vi/search/?q=di+sản", "vi", 200),
            ("/en/search/?q=heritage", "en", 200),
            ("/vi/khong-co-trang-nay/", "vi", 404),
            ("/en/no-such-page/", "en", 404),
            ("/en/culture/no-such-article/", "en", 404),
        ],
    )
    def test_is_the_language_of_the_url(self, client, tree, url, language, status):
        response = client.get(url)

        assert response.status_code == status
        assert parse(response).html["lang"] == language

    @pytest.mark.parametrize(("language", "title"), [("vi", "Đăng nhập để xem trang"), ("en", "Log in to view")])
    def test_login_page_of_a_private_page_is_in_the_language_of_the_page(self, client, tree, language, title):
        portal, *_rest, culture_en = tree
        private = {"vi": portal.culture, "en": culture_en}[language]
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

        response = client.get(private.url, follow=True)

        assert response.status_code == 200
        soup = parse(response)
        assert soup.html["lang"] == language
        assert text_of(soup.h1).startswith(title)
