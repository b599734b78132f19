"""Filters of the search page: section, format, topic, content type, dates and sort, all in the query string so a
filtered result page can be shared; a value the page does not understand is ignored with a note, never an error."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from about.models import AboutPage
from search import filters as search_filters
from search.filters import parse_date
from sections.models import ArticlePage, ArticleTopic
from tests.factories import AboutPageFactory, ArticlePageFactory, SectionPageFactory, TopicFactory

URL = "/vi/search/"
HANOI = datetime.timezone(datetime.timedelta(hours=7))


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text().split())


def result_titles(response):
    listing = soup_of(response).find("section", class_="search-listing")
    return [text_of(h3) for h3 in listing.find_all("h3")] if listing else []


def ignored_note(response):
    note = soup_of(response).find(class_="search-ignored")
    return text_of(note) if note else ""


def published(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, tzinfo=HANOI)


@pytest.fixture
def archive(portal):
    """Articles about the autumn festival ("Trung thu") in different sections, formats, dates and topics."""
    heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san", intro="Di tích và lễ hội.")
    lantern = TopicFactory(name="Tết Trung thu cho em", slug="tet-trung-thu-cho-em")
    pages = {
        "news": ArticlePageFactory(
            parent=portal.news,
            title="Phố cổ rộn ràng đêm hội Trung thu",
            slug="pho-co-ron-rang",
            format=ArticlePage.Format.NEWS,
            first_published_at=published(2025, 10, 6),
        ),
        "photos": ArticlePageFactory(
            parent=portal.culture,
            title="Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã",
            slug="den-ong-sao-hang-ma",
            format=ArticlePage.Format.PHOTO_REPORT,
            first_published_at=published(2025, 9, 30),
        ),
        "heritage": ArticlePageFactory(
            parent=heritage,
            title="Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo",
            slug="mat-na-giay-boi",
            format=ArticlePage.Format.ARTICLE,
            first_published_at=published(2024, 9, 15),
        ),
    }
    ArticleTopic.objects.create(page=pages["photos"], topic=lantern)
    ArticleTopic.objects.create(page=pages["heritage"], topic=lantern)
    return pages


@pytest.mark.django_db
class TestEachFilter:
    def test_without_filters_every_match_is_found(self, client, archive):
        assert len(result_titles(client.get(URL, {"q": "Trung thu"}))) == 3

    def test_section_includes_its_sub_sections(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "section": "van-hoa"})

        assert sorted(result_titles(response)) == [
            "Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo",
            "Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã",
        ]

    def test_format(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "format": "photo_report"})

        assert result_titles(response) == ["Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã"]

    def test_topic(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "topic": "tet-trung-thu-cho-em"})

        assert sorted(result_titles(response)) == [
            "Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo",
            "Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã",
        ]

    def test_topic_and_section_together(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "topic": "tet-trung-thu-cho-em", "section": "tin-tuc-su-kien"})

        assert result_titles(response) == []
        assert "Không tìm thấy kết quả nào" in text_of(soup_of(response).find(class_="search-none"))

    def test_content_type_articles_leaves_out_sections(self, client, archive):
        assert "Di sản" in result_titles(client.get(URL, {"q": "di sản"}))

        response = client.get(URL, {"q": "di sản", "type": "articles"})

        assert "Di sản" not in result_titles(response)

    def test_content_type_pages_leaves_out_articles(self, client, archive):
        response = client.get(URL, {"q": "Trung thu lễ hội", "type": "pages"})
        assert result_titles(response) == []

        response = client.get(URL, {"q": "lễ hội", "type": "pages"})
        assert result_titles(response) == ["Di sản"]

    @pytest.mark.parametrize(
        ("date_from", "date_to"),
        [("2025-09-30", "2025-10-05"), ("30/09/2025", "05/10/2025"), ("5/10/2025", "30.9.2025")],
    )
    def test_date_range_in_iso_or_vietnamese_form_includes_both_days(self, client, archive, date_from, date_to):
        response = client.get(URL, {"q": "Trung thu", "from": date_from, "to": date_to})

        assert result_titles(response) == ["Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã"]
        assert ignored_note(response) == ""

    def test_the_day_is_hanoi_s_day(self, client, portal):
        # 06/10/2025 00:30 in Hanoi is still 05/10/2025 in UTC.
        ArticlePageFactory(
            parent=portal.news,
            title="Trung thu sớm ở Hồ Gươm",
            slug="trung-thu-som",
            first_published_at=published(2025, 10, 6, hour=0).replace(minute=30),
        )

        assert result_titles(client.get(URL, {"q": "Trung thu", "from": "06/10/2025", "to": "06/10/2025"})) == [
            "Trung thu sớm ở Hồ Gươm"
        ]
        assert result_titles(client.get(URL, {"q": "Trung thu", "to": "05/10/2025"})) == []

    def test_only_a_start_date(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "from": "01/10/2025"})

        assert result_titles(response) == ["Phố cổ rộn ràng đêm hội Trung thu"]

    def test_sort_newest_first(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "sort": "newest"})

        assert result_titles(response) == [
            "Phố cổ rộn ràng đêm hội Trung thu",
            "Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã",
            "Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo",
        ]


@pytest.mark.django_db
class TestInvalidValues:
    @pytest.mark.parametrize(
        ("params", "label"),
        [
            ({"section": "khong-co-chuyen-muc"}, "Chuyên mục"),
            ({"format": "podcast"}, "Thể loại"),
            ({"topic": "khong-co-chu-de"}, "Chủ đề"),
            ({"topic": "chủ đề có dấu"}, "Chủ đề"),
            ({"type": "van-ban"}, "Loại nội dung"),
            ({"from": "31/02/2025"}, "Từ ngày"),
            ({"to": "hôm qua"}, "Đến ngày"),
            ({"from": "0001-01-01"}, "Từ ngày"),
            ({"to": "9999-12-31"}, "Đến ngày"),
            ({"sort": "popular"}, "Sắp xếp"),
            ({"section": "x" * 500}, "Chuyên mục"),
        ],
    )
    def test_is_ignored_with_a_note_and_the_search_still_runs(self, client, archive, params, label):
        response = client.get(URL, {"q": "Trung thu", **params})

        assert response.status_code == 200
        assert ignored_note(response) == f"Bộ lọc “{label}” không hợp lệ, đã bỏ qua."
        assert len(result_titles(response)) == 3

    def test_several_are_named_in_one_note(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "topic": "cu", "section": "cu", "format": "photo_report"})

        assert ignored_note(response) == "Bộ lọc “Chuyên mục”, “Chủ đề” không hợp lệ, đã bỏ qua."
        assert result_titles(response) == ["Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã"]

    def test_a_section_of_the_other_language_is_not_a_section_here(self, client, portal, archive):
        news_en = SectionPageFactory(parent=portal.home_en, title="News", slug="news", locale=portal.locales.en)
        assert news_en.live

        response = client.get(URL, {"q": "Trung thu", "section": "news"})

        assert ignored_note(response) == "Bộ lọc “Chuyên mục” không hợp lệ, đã bỏ qua."

    def test_a_topic_of_the_other_language_is_not_a_topic_here(self, client, portal, archive):
        TopicFactory(name="Mid-Autumn for children", slug="mid-autumn", locale=portal.locales.en)

        response = client.get(URL, {"q": "Trung thu", "topic": "mid-autumn"})

        assert ignored_note(response) == "Bộ lọc “Chủ đề” không hợp lệ, đã bỏ qua."

    def test_dates_the_wrong_way_round_are_swapped(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "from": "05/10/2025", "to": "30/09/2025"})

        assert result_titles(response) == ["Phóng sự ảnh: đèn ông sao Trung thu ở Hàng Mã"]
        soup = soup_of(response)
        assert soup.find("input", id="search-filter-from")["value"] == "30/09/2025"
        assert soup.find("input", id="search-filter-to")["value"] == "05/10/2025"

    def test_empty_values_are_no_filter_and_no_note(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "section": "", "format": " ", "topic": "", "from": "", "to": ""})

        assert ignored_note(response) == ""
        assert len(result_titles(response)) == 3
        assert not soup_of(response).find("details", class_="search-filters").has_attr("open")


@pytest.mark.django_db
class TestFormAndLinks:
    def test_form_is_labelled_grouped_and_remembers_the_choices(self, client, archive):
        response = client.get(
            URL,
            {
                "q": "Trung thu",
                "section": "van-hoa",
                "format": "article",
                "topic": "tet-trung-thu-cho-em",
                "type": "articles",
                "from": "15/09/2024",
                "sort": "newest",
            },
        )

        soup = soup_of(response)
        form = soup.find("form", class_="search-form")
        assert form["method"] == "get"
        details = form.find("details", class_="search-filters")
        assert [text_of(legend) for legend in details.find_all("legend")] == ["Lọc kết quả", "Ngày đăng", "Sắp xếp"]
        for control in details.find_all(["select", "input"]):
            if control.get("type") != "radio":
                assert text_of(soup.find("label", attrs={"for": control["id"]}))
        chosen = {select["name"]: select.find("option", selected=True)["value"] for select in form.find_all("select")}
        assert chosen == {
            "section": "van-hoa",
            "type": "articles",
            "format": "article",
            "topic": "tet-trung-thu-cho-em",
        }
        # Written back day first, as the reader types dates.
        assert form.find("input", attrs={"name": "from"})["value"] == "15/09/2024"
        assert form.find("input", attrs={"name": "to"})["value"] == ""
        assert form.find("input", attrs={"name": "sort", "checked": True})["value"] == "newest"
        assert result_titles(response) == ["Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo"]

    def test_filters_in_use_are_listed_above_the_results_and_the_form_stays_closed(self, client, archive):
        params = {"section": "van-hoa", "format": "photo_report", "from": "2025-09-01", "sort": "newest"}
        response = client.get(URL, {"q": "Trung thu", **params})

        soup = soup_of(response)
        assert text_of(soup.find(class_="search-filters__active")) == (
            "Đang lọc: Văn hóa · Phóng sự ảnh · từ 01/09/2025 · mới nhất trước Xóa bộ lọc"
        )
        # Closed, so that on a phone the results are not pushed below a screenful of fields.
        assert not soup.find("details", class_="search-filters").has_attr("open")

    def test_form_opens_when_a_value_was_not_understood(self, client, archive):
        soup = soup_of(client.get(URL, {"q": "Trung thu", "format": "podcast"}))

        assert soup.find("details", class_="search-filters").has_attr("open")

    def test_clear_filters_keeps_the_query_only(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "format": "news", "sort": "newest"})

        link = soup_of(response).find("a", class_="search-filters__clear")
        assert text_of(link) == "Xóa bộ lọc"
        target = urlsplit(link["href"])
        assert (target.path, parse_qs(target.query)) == (URL, {"q": ["Trung thu"]})

    def test_no_clear_link_without_filters(self, client, archive):
        response = client.get(URL, {"q": "Trung thu"})

        assert soup_of(response).find("a", class_="search-filters__clear") is None

    def test_next_page_keeps_the_filters(self, client, portal):
        for n in range(25):
            ArticlePageFactory(parent=portal.culture, title=f"Đêm thơ Trung thu số {n}", slug=f"dem-tho-{n}")

        response = client.get(URL, {"q": "Trung thu", "section": "van-hoa", "sort": "newest"})

        next_link = soup_of(response).find("a", rel="next")
        assert parse_qs(urlsplit(next_link["href"]).query) == {
            "q": ["Trung thu"],
            "section": ["van-hoa"],
            "sort": ["newest"],
            "page": ["2"],
        }

    def test_switching_language_keeps_filters_that_mean_the_same_there(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "section": "van-hoa", "format": "news", "from": "1/9/2025"})

        link = soup_of(response).find("a", class_="language-switcher__link")
        target = urlsplit(link["href"])
        assert target.path == "/en/search/"
        assert parse_qs(target.query) == {"q": ["Trung thu"], "format": ["news"], "from": ["2025-09-01"]}

    def test_a_filtered_search_that_finds_nothing_offers_to_search_without_filters(self, client, archive):
        response = client.get(URL, {"q": "Trung thu", "format": "video"})

        none = soup_of(response).find(class_="search-none")
        link = none.find("a", string="Tìm lại không dùng bộ lọc")
        assert parse_qs(urlsplit(link["href"]).query) == {"q": ["Trung thu"]}


@pytest.mark.django_db
class TestPromotionsWithFilters:
    def test_promoted_page_shows_only_when_it_passes_the_filters(self, client, archive):
        query = Query.get("trung thu")
        SearchPromotion.objects.create(query=query, page=archive["heritage"], sort_order=0)
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://dichvucong.gov.vn",
            external_link_text="Cổng Dịch vụ công quốc gia",
            sort_order=1,
        )

        def promoted(params):
            section = soup_of(client.get(URL, {"q": "Trung thu", **params})).find("section", class_="search-promoted")
            return [text_of(h3) for h3 in section.find_all("h3")] if section else []

        assert promoted({}) == ["Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo", "Cổng Dịch vụ công quốc gia"]
        assert promoted({"section": "van-hoa"}) == ["Nghề làm mặt nạ giấy bồi Trung thu ở làng Ông Hảo"]
        assert promoted({"format": "news"}) == []


@pytest.mark.django_db
class TestContentTypeRegistry:
    def test_a_registered_type_gets_its_own_choice_and_leaves_other_pages(self, client, portal, monkeypatch):
        monkeypatch.setattr(search_filters, "CONTENT_TYPES", dict(search_filters.CONTENT_TYPES))
        search_filters.register_content_type("about", "Trang giới thiệu", AboutPage)
        AboutPageFactory(parent=portal.home, title="Giới thiệu lễ hội", slug="gioi-thieu-le-hoi", intro="Lễ hội.")
        SectionPageFactory(parent=portal.home, title="Lễ hội", slug="le-hoi", intro="Lễ hội quanh năm.")
        ArticlePageFactory(parent=portal.news, title="Lễ hội đền Hùng", slug="den-hung")

        form = soup_of(client.get(URL, {"q": "lễ hội"})).find("select", id="search-filter-type")
        assert [option["value"] for option in form.find_all("option")] == ["", "articles", "about", "pages"]
        assert result_titles(client.get(URL, {"q": "lễ hội", "type": "about"})) == ["Giới thiệu lễ hội"]
        assert result_titles(client.get(URL, {"q": "lễ hội", "type": "pages"})) == ["Lễ hội"]
        assert result_titles(client.get(URL, {"q": "lễ hội", "type": "articles"})) == ["Lễ hội đền Hùng"]

    @pytest.mark.parametrize("key", ["pages", "có dấu", ""])
    def test_unusable_keys_are_refused(self, key):
        with pytest.raises(ValueError):
            search_filters.register_content_type(key, "Thử", AboutPage)


class TestParseDate:
    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("2025-09-02", datetime.date(2025, 9, 2)),
            ("02/09/2025", datetime.date(2025, 9, 2)),
            ("2/9/2025", datetime.date(2025, 9, 2)),
            ("02.09.2025", datetime.date(2025, 9, 2)),
            ("02-09-2025", datetime.date(2025, 9, 2)),
            ("29/02/2024", datetime.date(2024, 2, 29)),
        ],
    )
    def test_readable_dates(self, typed, expected):
        assert parse_date(typed) == expected

    @pytest.mark.parametrize(
        "typed", ["29/02/2025", "2025-13-01", "32/01/2025", "09/2025", "2/9/25", "2025/09/02", "ngày 2/9"]
    )
    def test_unreadable_dates(self, typed):
        assert parse_date(typed) is None
