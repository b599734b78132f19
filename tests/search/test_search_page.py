"""The citizen search page at /<lang>/search/: live, public pages of the reader's language only, paginated, with
editors' promoted results first, and a normal page (never a 500) whatever is typed into the box."""

import datetime
import unicodedata
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search import views as search_views
from search.query import MAX_QUERY_LENGTH
from sections.listings import PAGE_SIZE
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory

URL = "/vi/search/"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    """An element's text as a reader sees it: the <mark> around matched words splits it into pieces whose own
    spaces count, so it is not stripped piece by piece."""
    return " ".join(element.get_text().split())


def result_titles(response):
    """Titles of the ordinary results, in page order."""
    listing = soup_of(response).find("section", class_="search-listing")
    return [text_of(h3) for h3 in listing.find_all("h3")] if listing else []


def promoted_titles(response):
    promoted = soup_of(response).find("section", class_="search-promoted")
    return [text_of(h3) for h3 in promoted.find_all("h3")] if promoted else []


def summary(response):
    return soup_of(response).find(class_="search-summary").get_text(" ", strip=True)


def suggestion_links(response):
    box = soup_of(response).find("section", class_="search-suggestions")
    return {a.get_text(strip=True): a["href"] for a in box.find_all("a")} if box else {}


@pytest.fixture
def puppetry(portal):
    """A live article about water puppetry in "Văn hóa", indexed on save as the editors' articles are."""
    return ArticlePageFactory(
        parent=portal.culture,
        title="Múa rối nước Thăng Long trở lại phố cổ",
        slug="mua-roi-nuoc-thang-long",
        format=ArticlePage.Format.PHOTO_REPORT,
        lead="Những buổi diễn múa rối nước miễn phí mỗi tối cuối tuần bên hồ Hoàn Kiếm.",
    )


@pytest.mark.django_db
class TestResults:
    def test_live_article_is_found_with_section_format_date_and_lead(self, client, puppetry):
        response = client.get(URL, {"q": "múa rối"})

        assert response.status_code == 200
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert summary(response) == "Tìm thấy 1 kết quả cho “múa rối”"
        hit = soup_of(response).find("section", class_="search-listing").find("article")
        assert hit.find("a")["href"] == "/vi/van-hoa/mua-roi-nuoc-thang-long/"
        meta = hit.find(class_="teaser__meta").get_text(" ", strip=True)
        assert "Phóng sự ảnh" in meta
        assert "Văn hóa" in meta
        assert hit.find("time").get_text(strip=True) == timezone.localtime(puppetry.first_published_at).strftime(
            "%d/%m/%Y"
        )
        assert "bên hồ Hoàn Kiếm" in hit.find(class_="teaser__lead").get_text()

    def test_words_in_the_body_are_found_too(self, client, puppetry):
        response = client.get(URL, {"q": "trình diễn nghệ thuật"})

        assert "Múa rối nước Thăng Long trở lại phố cổ" in result_titles(response)

    def test_decomposed_unicode_finds_the_composed_text(self, client, puppetry):
        decomposed = unicodedata.normalize("NFD", "múa rối")
        assert decomposed != "múa rối"

        response = client.get(URL, {"q": decomposed})

        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert soup_of(response).find("input", id="search-page-q")["value"] == "múa rối"

    def test_quoted_phrase_must_appear_as_written(self, client, portal):
        ArticlePageFactory(parent=portal.news, title="Múa rối nước ở Thủy Đình", slug="mua-roi-nuoc")
        ArticlePageFactory(parent=portal.news, title="Rối nước và múa sạp", slug="roi-nuoc-va-mua-sap")

        assert sorted(result_titles(client.get(URL, {"q": "múa rối"}))) == [
            "Múa rối nước ở Thủy Đình",
            "Rối nước và múa sạp",
        ]
        assert result_titles(client.get(URL, {"q": '"múa rối"'})) == ["Múa rối nước ở Thủy Đình"]
        # Phones type typographic quotes; they mark a phrase just the same.
        assert result_titles(client.get(URL, {"q": "“múa rối”"})) == ["Múa rối nước ở Thủy Đình"]

    def test_drafts_are_not_found(self, client, portal, puppetry):
        ArticlePageFactory(
            parent=portal.news, title="Múa rối nước bản nháp", slug="ban-nhap", live=False, first_published_at=None
        )

        assert result_titles(client.get(URL, {"q": "múa rối"})) == ["Múa rối nước Thăng Long trở lại phố cổ"]

    def test_unpublished_article_disappears(self, client, puppetry):
        puppetry.unpublish()

        assert result_titles(client.get(URL, {"q": "múa rối"})) == []

    def test_private_pages_are_not_found(self, client, portal, puppetry):
        private_section = SectionPageFactory(parent=portal.home, title="Nội bộ", slug="noi-bo")
        ArticlePageFactory(parent=private_section, title="Múa rối nước nội bộ", slug="noi-bo-mua-roi")
        PageViewRestriction.objects.create(
            page=private_section, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
        )

        response = client.get(URL, {"q": "múa rối"})

        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert "Nội bộ" not in suggestion_links(client.get(URL))

    def test_english_pages_are_not_found_from_vietnamese(self, client, portal, puppetry):
        news_en = SectionPageFactory(parent=portal.home_en, title="News", slug="news", locale=portal.locales.en)
        ArticlePageFactory(
            parent=news_en,
            title="Water puppetry: múa rối returns",
            slug="water-puppetry",
            locale=portal.locales.en,
            lead="Free water puppet shows by Hoan Kiem Lake.",
        )

        assert result_titles(client.get(URL, {"q": "múa rối"})) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        # The English page is indexed and found where it belongs.
        assert result_titles(client.get("/en/search/", {"q": "múa rối"})) == ["Water puppetry: múa rối returns"]

    def test_sections_are_results_too_without_their_own_section_label(self, client, portal):
        response = client.get(URL, {"q": "Văn hóa"})

        listing = soup_of(response).find("section", class_="search-listing")
        hit = next(article for article in listing.find_all("article") if text_of(article.h3) == "Văn hóa")
        assert hit.find(class_="search-hit__section") is None
        assert hit.find(class_="teaser__format") is None

    def test_page_has_its_furniture(self, client, puppetry):
        soup = soup_of(client.get(URL, {"q": "múa rối"}))

        assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert soup.h1.get_text(strip=True) == "Tìm kiếm"
        field = soup.find("input", id="search-page-q")
        assert soup.find("label", attrs={"for": "search-page-q"}).get_text(strip=True) == "Từ khóa"
        assert field["name"] == "q"
        assert soup.title.get_text().startswith("Tìm kiếm: múa rối")


@pytest.fixture
def many_matches(portal):
    now = timezone.now()
    return [
        ArticlePageFactory(
            parent=portal.news,
            title=f"Giải chạy Hà Nội số {n:02d}",
            slug=f"giai-chay-{n:02d}",
            first_published_at=now - datetime.timedelta(hours=n),
        )
        for n in range(PAGE_SIZE + 5)
    ]


@pytest.mark.django_db
class TestPagination:
    def test_twenty_results_a_page(self, client, many_matches):
        first = client.get(URL, {"q": "giải chạy"})
        second = client.get(URL, {"q": "giải chạy", "page": 2})

        assert summary(first) == f"Tìm thấy {PAGE_SIZE + 5} kết quả cho “giải chạy”"
        assert len(result_titles(first)) == PAGE_SIZE
        assert len(result_titles(second)) == 5
        assert not set(result_titles(first)) & set(result_titles(second))
        next_link = soup_of(first).find("a", rel="next")
        assert "q=gi%E1%BA%A3i+ch%E1%BA%A1y" in next_link["href"]
        assert "page=2" in next_link["href"]

    def test_past_the_limit_the_reader_is_asked_to_narrow_the_search(self, client, many_matches, monkeypatch):
        monkeypatch.setattr(search_views, "MAX_RESULTS", 10)
        response = client.get(URL, {"q": "giải chạy"})

        assert summary(response) == "Tìm thấy hơn 10 kết quả cho “giải chạy”"
        hint = " ".join(soup_of(response).select_one(".search-hint").get_text().split())
        assert hint.startswith("Trang liệt kê 10 kết quả phù hợp nhất. Thêm từ khóa")
        # Ten, on one page: the eleventh and later are not listed, nor is a page 2.
        assert len(set(result_titles(response))) == 10
        newest = client.get(URL, {"q": "giải chạy", "sort": "newest"})
        assert result_titles(newest) == [f"Giải chạy Hà Nội số {n:02d}" for n in range(10)]
        assert soup_of(response).find("a", rel="next") is None
        assert result_titles(client.get(URL, {"q": "giải chạy", "page": 2})) == result_titles(response)

    def test_past_the_limit_in_english(self, client, portal, monkeypatch):
        monkeypatch.setattr(search_views, "MAX_RESULTS", 2)
        news_en = SectionPageFactory(parent=portal.home_en, title="News", slug="news", locale=portal.locales.en)
        for n in range(3):
            ArticlePageFactory(
                parent=news_en, title=f"Hanoi half marathon {n}", slug=f"marathon-{n}", locale=portal.locales.en
            )
        response = client.get("/en/search/", {"q": "marathon"})

        assert summary(response) == "More than 2 results for “marathon”"

    @pytest.mark.parametrize(("page", "expected_count"), [("abc", PAGE_SIZE), ("99999", 5), ("-1", 5), ("0", 5)])
    def test_bad_page_numbers_give_the_nearest_page(self, client, many_matches, page, expected_count):
        response = client.get(URL, {"q": "giải chạy", "page": page})

        assert response.status_code == 200
        assert len(result_titles(response)) == expected_count

    def test_query_count_does_not_grow_with_the_results(self, client, portal, many_matches):
        ArticlePageFactory(parent=portal.culture, title="Đêm nhạc Trịnh bên hồ", slug="dem-nhac")
        # Warm the caches (site root paths, restricted paths) and create both queries' popular-search records.
        client.get(URL, {"q": "giải chạy"})
        client.get(URL, {"q": "đêm nhạc"})

        with CaptureQueriesContext(connection) as few:
            assert len(result_titles(client.get(URL, {"q": "đêm nhạc"}))) == 1
        with CaptureQueriesContext(connection) as many:
            assert len(result_titles(client.get(URL, {"q": "giải chạy"}))) == PAGE_SIZE

        assert len(many) == len(few)


@pytest.mark.django_db
class TestPromotionsAndPopularSearches:
    def test_promoted_result_shows_first_and_once(self, client, portal, puppetry):
        guide = ArticlePageFactory(
            parent=portal.news,
            title="Lịch diễn sân khấu truyền thống tháng này",
            slug="lich-dien",
            lead="Chèo, tuồng và múa rối tại các nhà hát của Thủ đô.",
        )
        SearchPromotion.objects.create(query=Query.get("Múa rối"), page=guide, description="Xem lịch diễn mới nhất.")

        response = client.get(URL, {"q": "múa rối"})

        assert promoted_titles(response) == ["Lịch diễn sân khấu truyền thống tháng này"]
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        all_titles = [text_of(h3) for h3 in soup_of(response).find_all("h3")]
        assert all_titles[0] == "Lịch diễn sân khấu truyền thống tháng này"
        assert soup_of(response).find("h2", id="search-promoted-heading").get_text(strip=True) == "Kết quả đề xuất"
        assert "Xem lịch diễn mới nhất." in soup_of(response).find("section", class_="search-promoted").get_text()
        assert summary(response) == "Tìm thấy 2 kết quả cho “múa rối”"

    def test_promoted_draft_or_english_page_is_not_shown(self, client, portal, puppetry):
        draft = ArticlePageFactory(parent=portal.news, title="Bản nháp đề xuất", slug="nhap", live=False)
        query = Query.get("múa rối")
        SearchPromotion.objects.create(query=query, page=draft, sort_order=0)
        SearchPromotion.objects.create(query=query, page=portal.home_en, sort_order=1)

        response = client.get(URL, {"q": "múa rối"})

        assert promoted_titles(response) == []
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]

    def test_external_promotion_links_out(self, client, puppetry):
        SearchPromotion.objects.create(
            query=Query.get("dịch vụ công"),
            external_link_url="https://dichvucong.gov.vn",
            external_link_text="Cổng Dịch vụ công quốc gia",
        )

        response = client.get(URL, {"q": "dịch vụ công"})

        link = soup_of(response).find("section", class_="search-promoted").find("a")
        assert (text_of(link), link["href"]) == ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn")

    def test_each_search_is_counted_once_not_each_page(self, client, many_matches):
        client.get(URL, {"q": "Giải  chạy"})
        client.get(URL, {"q": "giải chạy", "page": 2})
        client.get(URL, {"q": "giải chạy"})

        assert Query.get("giải chạy").hits == 2

    @pytest.mark.parametrize("q", ["", "   ", "?!…", '"'])
    def test_nothing_is_recorded_without_a_word(self, client, portal, q):
        client.get(URL, {"q": q})

        assert not Query.objects.exists()


BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 5000,
    "Hà Nội " * 800,
    "!!! ??? ...",
    "title:* OR 1=1",
    "*:*",
    '"múa rối',
    'múa "rối" "',
    '\\"',
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "múa\x00rối",
    "\x00\x01\x1f",
    "NEAR(múa rối) AND NOT -rối*",
    "%s %% {} ()",
    "\u202e\u200bmúa rối",
]


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize("q", BAD_QUERIES)
    def test_every_query_gives_a_normal_page(self, client, puppetry, q):
        response = client.get(URL, {"q": q})

        assert response.status_code == 200
        assert soup_of(response).h1.get_text(strip=True) == "Tìm kiếm"

    @pytest.mark.parametrize("q", ["", "   ", "\x00"])
    def test_empty_query_shows_the_form_and_the_sections(self, client, portal, q):
        response = client.get(URL, {"q": q})

        assert summary(response) == "Nhập từ khóa vào ô trên để tìm tin, bài và thông tin trên cổng."
        assert result_titles(response) == []
        assert suggestion_links(response) == {"Tin tức - Sự kiện": "/vi/tin-tuc-su-kien/", "Văn hóa": "/vi/van-hoa/"}

    def test_no_query_parameter_at_all(self, client, portal):
        response = client.get(URL)

        assert response.status_code == 200
        assert "Văn hóa" in suggestion_links(response)

    def test_punctuation_only_gives_no_results_with_suggestions(self, client, puppetry):
        response = client.get(URL, {"q": "?!… ---"})

        assert summary(response) == "Không tìm thấy kết quả nào cho “?!… ---”."
        assert "Văn hóa" in suggestion_links(response)

    def test_query_syntax_is_read_as_plain_words(self, client, portal, puppetry):
        ArticlePageFactory(parent=portal.news, title="Bảng giá vé: người lớn 1=1 suất", slug="bang-gia-ve")

        assert result_titles(client.get(URL, {"q": "title:* OR 1=1"})) == []
        assert result_titles(client.get(URL, {"q": "*:*"})) == []
        assert result_titles(client.get(URL, {"q": "vé: 1=1"})) == ["Bảng giá vé: người lớn 1=1 suất"]

    def test_unbalanced_quote_is_ignored(self, client, puppetry):
        response = client.get(URL, {"q": '"múa rối'})

        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]

    def test_null_bytes_and_control_characters_are_stripped(self, client, puppetry):
        response = client.get(URL, {"q": "múa\x00 rối\x07\tnước"})

        assert soup_of(response).find("input", id="search-page-q")["value"] == "múa rối nước"
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]

    def test_long_query_is_truncated_and_the_reader_told(self, client, puppetry):
        response = client.get(URL, {"q": "múa rối " + "x" * 5000})

        value = soup_of(response).find("input", id="search-page-q")["value"]
        assert len(value) <= MAX_QUERY_LENGTH
        assert value == "múa rối"  # the cut never leaves half a word behind
        notice = soup_of(response).find(class_="notice").get_text(strip=True)
        assert notice == f"Từ khóa dài hơn {MAX_QUERY_LENGTH} ký tự nên chỉ phần đầu được dùng để tìm."
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]

    def test_query_is_escaped_in_the_page(self, client, portal):
        response = client.get(URL, {"q": "<script>alert(1)</script>"})

        assert b"<script>alert(1)</script>" not in response.content
        assert "<script>alert(1)</script>" in summary(response)

    def test_a_query_the_backend_rejects_gives_no_results(self, client, puppetry):
        with mock.patch("search.views.run_search", side_effect=OperationalError('fts5: syntax error near "\'"')):
            response = client.get(URL, {"q": "múa rối"})

        assert response.status_code == 200
        assert summary(response) == "Không tìm thấy kết quả nào cho “múa rối”."
        assert result_titles(response) == []

    def test_head_request_is_answered(self, client, portal):
        assert client.head(URL, {"q": "múa rối"}).status_code == 200

    def test_post_is_refused(self, client, portal):
        assert client.post(URL, {"q": "múa rối"}).status_code == 405


def popular_links(response):
    box = soup_of(response).find("section", class_="search-popular")
    return [(a.get_text(strip=True), a["href"]) for a in box.find_all("a")] if box else []


def searched(text, times, days_ago=0):
    query = Query.get(text)
    for _ in range(times):
        query.add_hit(date=timezone.localdate() - datetime.timedelta(days=days_ago))


@pytest.mark.django_db
class TestNoResultsSuggestions:
    def test_popular_searches_are_offered_most_searched_first(self, client, puppetry):
        searched("lễ hội chùa Hương", 9)
        searched("múa rối", 7)
        searched("bảo tàng", 5)
        searched("vé tham quan", 4)
        searched("giải chạy", 3)
        searched("thư viện", 3)

        response = client.get(URL, {"q": "đua thuyền rồng"})

        assert popular_links(response) == [
            ("lễ hội chùa hương", "/vi/search/?q=l%E1%BB%85+h%E1%BB%99i+ch%C3%B9a+h%C6%B0%C6%A1ng"),
            ("múa rối", "/vi/search/?q=m%C3%BAa+r%E1%BB%91i"),
            ("bảo tàng", "/vi/search/?q=b%E1%BA%A3o+t%C3%A0ng"),
            ("vé tham quan", "/vi/search/?q=v%C3%A9+tham+quan"),
            ("giải chạy", "/vi/search/?q=gi%E1%BA%A3i+ch%E1%BA%A1y"),
        ]
        assert soup_of(response).find("h2", id="search-popular-heading").get_text(strip=True) == "Tìm kiếm phổ biến"

    def test_only_the_last_thirty_days_count(self, client, portal):
        searched("pháo hoa Tết", 50, days_ago=45)
        searched("hội sách", 3, days_ago=29)

        assert [text for text, _url in popular_links(client.get(URL, {"q": "đua thuyền rồng"}))] == ["hội sách"]

    def test_rare_searches_are_not_shown_to_everyone(self, client, portal):
        # Typed once or twice, a query may be someone's name or phone number.
        searched("nguyễn văn a 0912345678", 2)

        assert popular_links(client.get(URL, {"q": "đua thuyền rồng"})) == []

    def test_the_current_query_and_queries_that_find_nothing_are_left_out(self, client, portal):
        searched("đua thuyền rồng", 10)
        searched("bắn pháo hoa", 8)
        searched("hội sách", 3)
        client.get(URL, {"q": "bắn pháo hoa"})  # finds nothing: recorded as such

        response = client.get(URL, {"q": "Đua thuyền  rồng"})

        assert [text for text, _url in popular_links(response)] == ["hội sách"]

    def test_a_query_that_finds_nothing_in_english_is_still_offered_in_vietnamese(self, client, puppetry):
        searched("múa rối", 5)
        client.get("/en/search/", {"q": "múa rối"})

        assert [text for text, _url in popular_links(client.get("/en/search/", {"q": "dragon boat"}))] == []
        assert [text for text, _url in popular_links(client.get(URL, {"q": "đua thuyền rồng"}))] == ["múa rối"]

    def test_no_results_page_explains_typing_without_diacritics(self, client, puppetry):
        tips = soup_of(client.get(URL, {"q": "đua thuyền rồng"})).find(class_="search-none__tips").get_text()

        assert "Gõ không dấu, ví dụ “ha noi” vẫn tìm được “Hà Nội”." in tips

    def test_no_popular_searches_box_when_results_are_found(self, client, puppetry):
        searched("bảo tàng", 5)

        response = client.get(URL, {"q": "múa rối"})

        assert popular_links(response) == []
        assert suggestion_links(response) == {}
