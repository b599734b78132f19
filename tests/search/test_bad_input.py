"""Whatever arrives in the search address, typed, pasted or forged, the reader gets a normal results or no-results
page, or a 400 page that says what is wrong: never a server error, never an error text of a search backend."""

from unittest import mock
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from django.db import OperationalError, ProgrammingError

from wagtail.contrib.search_promotions.models import Query

from search.models import NoResultQuery
from sections.listings import PAGE_SIZE
from tests.factories import ArticlePageFactory

URL = "/vi/search/"
# What a leaked backend error would carry into the page.
BACKEND_WORDS = ("Traceback", "syntax error", "fts5", "tsquery", "OperationalError", "ProgrammingError", "Exception")


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text().split())


def result_titles(response):
    listing = soup_of(response).find("section", class_="search-listing")
    return [text_of(h3) for h3 in listing.find_all("h3")] if listing else []


def get_raw(client, query_string, path=URL):
    """A request with the query string exactly as given, percent escapes and all."""
    return client.get(f"{path}?{query_string}")


def assert_normal_page(response):
    assert response.status_code == 200
    soup = soup_of(response)
    assert text_of(soup.h1) == "Tìm kiếm"
    page_text = soup.get_text()
    for word in BACKEND_WORDS:
        assert word not in page_text


@pytest.fixture
def hoan_kiem(portal):
    return ArticlePageFactory(
        parent=portal.culture,
        title="Không gian đi bộ hồ Hoàn Kiếm mở rộng",
        slug="khong-gian-di-bo",
        lead="Từ tháng Mười, không gian đi bộ quanh hồ Hoàn Kiếm mở thêm các tuyến phố cổ.",
    )


RAW_QUERIES = {
    "empty": "q=",
    "no q at all": "",
    "only spaces": "q=+++%20%20",
    "5,000 characters": "q=" + "h%E1%BB%93" * 5000,
    "only punctuation": "q=%21%3F%E2%80%A6+---+%2A%2A%2A",
    "unbalanced quotes": "q=%22h%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm",
    "field syntax": "q=" + quote("title:* OR 1=1"),
    "escaped quote": "q=" + quote('\\"'),
    "match all": "q=" + quote("*:*"),
    "SQL": "q=" + quote("'; DROP TABLE wagtailcore_page; --"),
    "SQL union": "q=" + quote('hồ" UNION SELECT password FROM auth_user --'),  # noqa: S608 - typed by a reader, not run
    "tsquery operators": "q=" + quote("hồ & !kiếm | (<->) :*"),
    "fts5 operators": "q=" + quote("NEAR(hồ kiếm) AND NOT ^hồ*"),
    "null byte": "q=h%E1%BB%93%00Ho%C3%A0n",
    "only null bytes": "q=%00%00",
    "percent signs": "q=100%25+%25s+%25%25",
}


@pytest.mark.django_db
class TestQueries:
    @pytest.mark.parametrize("query_string", RAW_QUERIES.values(), ids=RAW_QUERIES.keys())
    def test_gives_a_normal_page(self, client, hoan_kiem, query_string):
        assert_normal_page(get_raw(client, query_string))

    @pytest.mark.parametrize("query_string", ["q=%22h%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm", "q=h%E1%BB%93%00+Ho%C3%A0n"])
    def test_damaged_queries_still_find_what_they_name(self, client, hoan_kiem, query_string):
        assert result_titles(get_raw(client, query_string)) == ["Không gian đi bộ hồ Hoàn Kiếm mở rộng"]

    def test_a_backend_error_shows_as_no_results_without_its_text(self, client, hoan_kiem):
        error = ProgrammingError('syntax error in tsquery: "hồ & !"')
        with mock.patch("search.views.run_search", side_effect=error):
            response = client.get(URL, {"q": "hồ Hoàn Kiếm"})

        assert_normal_page(response)
        assert "Không tìm thấy kết quả nào" in text_of(soup_of(response).find(class_="search-none"))

    def test_an_error_while_reading_the_results_shows_as_no_results(self, client, hoan_kiem):
        class FailingResults:
            def count(self):
                raise OperationalError('fts5: syntax error near "\'"')

        with mock.patch("search.views.run_search", return_value=FailingResults()):
            assert_normal_page(client.get(URL, {"q": "hồ Hoàn Kiếm"}))


@pytest.mark.django_db
class TestInvalidEncoding:
    @pytest.mark.parametrize("query_string", ["q=%C3%28", "q=h%E1%BB", "q=%FF%FE", "q=ok&section=%C3%28"])
    def test_is_a_400_page_with_a_message_in_both_languages(self, client, portal, query_string):
        response = get_raw(client, query_string)

        assert response.status_code == 400
        soup = soup_of(response)
        assert text_of(soup.h1) == "Địa chỉ tìm kiếm không hợp lệ"
        assert "gõ lại từ khóa" in soup.get_text()
        assert (
            soup.find("p", class_="error-page__other-language", lang="en")
            .get_text()
            .startswith("This search address contains characters")
        )
        # The reader can search again at once.
        assert soup.find("input", id="search-page-q")["value"] == ""
        assert not Query.objects.exists()
        assert not NoResultQuery.objects.exists()

    def test_english_page_adds_the_message_in_vietnamese(self, client, portal):
        response = get_raw(client, "q=%C3%28", path="/en/search/")

        assert response.status_code == 400
        soup = soup_of(response)
        assert soup.html["lang"] == "en"
        assert (
            soup.find("p", class_="error-page__other-language", lang="vi")
            .get_text()
            .startswith("Địa chỉ tìm kiếm có ký tự không đọc được")
        )

    def test_valid_vietnamese_is_not_mistaken_for_it(self, client, hoan_kiem):
        response = get_raw(client, "q=H%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm")

        assert result_titles(response) == ["Không gian đi bộ hồ Hoàn Kiếm mở rộng"]


@pytest.fixture
def many(portal):
    return [
        ArticlePageFactory(parent=portal.news, title=f"Phố đi bộ cuối tuần số {n}", slug=f"pho-di-bo-{n}")
        for n in range(PAGE_SIZE + 3)
    ]


@pytest.mark.django_db
class TestPagesAndFilters:
    @pytest.mark.parametrize(
        ("page", "count"),
        [("2", 3), ("999999999999999999999", 3), ("abc", PAGE_SIZE), ("%00", PAGE_SIZE), ("-5", 3), ("1.5", PAGE_SIZE)],
    )
    def test_page_numbers(self, client, many, page, count):
        response = get_raw(client, f"q=ph%E1%BB%91+%C4%91i+b%E1%BB%99&page={page}")

        assert_normal_page(response)
        assert len(result_titles(response)) == count

    def test_page_past_the_end_of_no_results(self, client, portal):
        assert_normal_page(client.get(URL, {"q": "đua thuyền", "page": "7"}))

    @pytest.mark.parametrize(
        "query_string",
        [
            "utm_source=zalo&fbclid=IwAR0x",
            "q=extra&q=h%E1%BB%93",
            "section=khong-co&topic=khong-co&format=khong-co&type=khong-co",
            "section=%00&topic=%00&format=%00&type=%00&from=%00&to=%00&sort=%00",
            "topic=" + quote("' OR 1=1 --"),
            "from=2025-02-30&to=99/99/9999",
            "section[]=van-hoa&format=news&format=video",
        ],
    )
    def test_unknown_or_broken_filters(self, client, hoan_kiem, query_string):
        response = get_raw(client, f"q=h%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm&{query_string}")

        assert_normal_page(response)
