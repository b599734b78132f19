"""What the technical team sees in the admin: the popular search terms and the searches that find nothing, as
reports they may open (they manage the promoted results), in Vietnamese, with a CSV export."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.menu import reports_menu
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.users.models import UserProfile

from editorial.roles import BOARD, TECHNICAL, apply_roles
from search.models import NoResultQuery
from tests.factories import ArticlePageFactory

URL = "/vi/search/"
TERMS_REPORT = reverse("search_terms_report")
NO_RESULTS_REPORT = reverse("no_result_queries_report")


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.gov.vn", "mat-khau-thu-nghiem")
    user.groups.set([Group.objects.get(name=group_name)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def roles(portal):
    apply_roles()


@pytest.fixture
def technician(roles):
    return user_in(TECHNICAL, "kythuat")


@pytest.fixture
def editor(roles):
    return user_in(BOARD, "bientapvien")


def denied(response):
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def report_rows(response):
    # The report's own table; the admin's keyboard shortcuts dialog holds another.
    table = BeautifulSoup(response.content, "html.parser").find("table", class_="listing")
    if table is None:
        return []
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")] for row in table.find("tbody").find_all("tr")
    ]


def reports_menu_labels(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return [str(item.label) for item in reports_menu.menu_items_for_request(request)]


@pytest.mark.django_db
class TestRecordingSearchesThatFindNothing:
    def test_a_search_that_finds_nothing_is_counted_with_its_language(self, client, portal):
        client.get(URL, {"q": "Lịch thi đấu bóng bàn"})
        client.get(URL, {"q": "lịch thi  đấu bóng bàn"})
        client.get("/en/search/", {"q": "table tennis"})

        rows = {(row.query_string, row.locale.language_code): row.hits for row in NoResultQuery.objects.all()}
        assert rows == {("lịch thi đấu bóng bàn", "vi"): 2, ("table tennis", "en"): 1}

    def test_a_search_that_finds_something_is_not_recorded(self, client, portal):
        ArticlePageFactory(parent=portal.news, title="Lịch thi đấu bóng bàn Hà Nội mở rộng", slug="bong-ban")

        client.get(URL, {"q": "bóng bàn"})

        assert not NoResultQuery.objects.exists()

    def test_the_gap_closes_once_the_query_finds_something(self, client, portal):
        client.get(URL, {"q": "bóng bàn"})
        assert NoResultQuery.objects.count() == 1

        ArticlePageFactory(parent=portal.news, title="Giải bóng bàn các câu lạc bộ", slug="giai-bong-ban")
        client.get(URL, {"q": "bóng bàn"})

        assert not NoResultQuery.objects.exists()

    def test_a_filtered_search_that_finds_nothing_is_not_a_gap(self, client, portal):
        ArticlePageFactory(parent=portal.news, title="Giải bóng bàn các câu lạc bộ", slug="giai-bong-ban")

        client.get(URL, {"q": "bóng bàn", "format": "video"})
        client.get(URL, {"q": "cầu lông", "section": "van-hoa"})

        assert not NoResultQuery.objects.exists()

    def test_a_query_answered_by_a_promotion_only_is_not_a_gap(self, client, portal):
        SearchPromotion.objects.create(
            query=Query.get("dịch vụ công"),
            external_link_url="https://dichvucong.gov.vn",
            external_link_text="Cổng Dịch vụ công quốc gia",
        )

        client.get(URL, {"q": "dịch vụ công"})

        assert not NoResultQuery.objects.exists()

    @pytest.mark.parametrize("q", ["", "   ", "?!…"])
    def test_nothing_is_recorded_without_a_word(self, client, portal, q):
        client.get(URL, {"q": q})

        assert not NoResultQuery.objects.exists()

    def test_later_pages_do_not_count_again(self, client, portal):
        client.get(URL, {"q": "bóng bàn"})
        client.get(URL, {"q": "bóng bàn", "page": "2"})

        assert NoResultQuery.objects.get().hits == 1


@pytest.mark.django_db
class TestNoResultsReport:
    @pytest.fixture
    def gaps(self, portal):
        now = timezone.now()
        NoResultQuery.objects.create(
            query_string="lịch thi đấu bóng bàn",
            locale=portal.locales.vi,
            hits=7,
            last_seen=now - datetime.timedelta(days=3),
        )
        NoResultQuery.objects.create(
            query_string="thủ tục cấp phép karaoke", locale=portal.locales.vi, hits=2, last_seen=now
        )
        NoResultQuery.objects.create(
            query_string="table tennis", locale=portal.locales.en, hits=1, last_seen=now - datetime.timedelta(days=1)
        )

    def test_technical_team_finds_both_reports_in_the_menu(self, technician):
        labels = reports_menu_labels(technician)

        assert "Từ khóa tìm kiếm" in labels
        assert "Tìm kiếm không có kết quả" in labels
        # Wagtail's own superuser-only "Search terms" item is replaced, not shown twice.
        assert "Search terms" not in labels

    def test_editors_do_not_see_them(self, editor, client):
        labels = reports_menu_labels(editor)
        assert "Từ khóa tìm kiếm" not in labels
        assert "Tìm kiếm không có kết quả" not in labels

        client.force_login(editor)
        assert denied(client.get(NO_RESULTS_REPORT))
        assert denied(client.get(TERMS_REPORT))

    def test_lists_newest_first_with_count_and_language(self, client, technician, gaps):
        client.force_login(technician)

        response = client.get(NO_RESULTS_REPORT)

        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert "Tìm kiếm không có kết quả" in soup.find("h1").get_text()
        rows = report_rows(response)
        assert [row[0] for row in rows] == ["thủ tục cấp phép karaoke", "table tennis", "lịch thi đấu bóng bàn"]
        assert rows[0][1] == "2"
        # Language names in the admin's language.
        assert rows[1][3] == "Tiếng Anh"
        assert rows[2][3] == "Tiếng Việt"

    def test_most_searched_first_on_request(self, client, technician, gaps):
        client.force_login(technician)

        rows = report_rows(client.get(NO_RESULTS_REPORT, {"ordering": "-hits"}))

        assert [row[0] for row in rows] == ["lịch thi đấu bóng bàn", "thủ tục cấp phép karaoke", "table tennis"]

    def test_each_query_links_to_what_citizens_see(self, client, technician, gaps):
        client.force_login(technician)

        soup = BeautifulSoup(client.get(NO_RESULTS_REPORT).content, "html.parser")

        link = soup.find("a", string=lambda text: text and "table tennis" in text)
        assert link["href"] == "/en/search/?q=table+tennis"

    def test_filter_by_language_and_search(self, client, technician, gaps, portal):
        client.force_login(technician)

        english = report_rows(client.get(NO_RESULTS_REPORT, {"locale": portal.locales.en.pk}))
        karaoke = report_rows(client.get(NO_RESULTS_REPORT, {"q": "karaoke"}))

        assert [row[0] for row in english] == ["table tennis"]
        assert [row[0] for row in karaoke] == ["thủ tục cấp phép karaoke"]

    def test_csv_export(self, client, technician, gaps):
        client.force_login(technician)

        response = client.get(NO_RESULTS_REPORT, {"export": "csv", "ordering": "-hits"})

        assert response.status_code == 200
        assert "tim-kiem-khong-co-ket-qua-" in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        assert rows[0] == ["Từ khóa", "Số lần tìm", "Lần tìm đầu tiên", "Lần tìm gần nhất", "Ngôn ngữ"]
        assert [(row[0], row[1], row[4]) for row in rows[1:]] == [
            ("lịch thi đấu bóng bàn", "7", "Tiếng Việt"),
            ("thủ tục cấp phép karaoke", "2", "Tiếng Việt"),
            ("table tennis", "1", "Tiếng Anh"),
        ]

    def test_empty_report(self, client, technician):
        client.force_login(technician)

        response = client.get(NO_RESULTS_REPORT)

        assert response.status_code == 200
        assert report_rows(response) == []


@pytest.mark.django_db
class TestSearchTermsReport:
    def test_technical_team_sees_the_most_searched_terms_first(self, client, technician):
        for text, times in (("lễ hội", 3), ("bảo tàng", 5), ("vé xem múa rối", 1)):
            for _ in range(times):
                Query.get(text).add_hit()
        client.force_login(technician)

        response = client.get(TERMS_REPORT)

        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert "Từ khóa tìm kiếm" in soup.find("h1").get_text()
        assert [th.get_text(strip=True) for th in soup.find("table", class_="listing").find("thead").find_all("th")][
            :2
        ] == ["Từ khóa", "Số lần tìm"]
        assert [row[:2] for row in report_rows(response)] == [
            ["bảo tàng", "5"],
            ["lễ hội", "3"],
            ["vé xem múa rối", "1"],
        ]

    def test_searches_from_the_public_page_arrive_in_the_report(self, client, technician):
        client.get(URL, {"q": "Bảo tàng Hà Nội"})
        client.get(URL, {"q": "bảo tàng hà nội"})
        client.force_login(technician)

        assert report_rows(client.get(TERMS_REPORT))[0][:2] == ["bảo tàng hà nội", "2"]
