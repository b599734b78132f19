"""Activity reports (báo cáo tháng, quý, năm): every figure against a hand-counted portal, the period picker, the
charts page, the XLSX and CSV downloads, the permission, and a query count that does not grow with the content.

The hand-counted portal (March 2025, Hanoi time):

| #  | language | section (top level)    | format       | unit   | first published              | in March? |
| 1  | vi       | Tin tức - Sự kiện      | news         | A      | 01/03 00:00 (first second)   | yes       |
| 2  | vi       | Tin tức - Sự kiện      | article      | B      | 15/03                        | yes       |
| 3  | vi       | Văn hóa                | photo report | A      | 20/03                        | yes       |
| 4  | vi       | Văn hóa › Di sản       | video        | B      | 31/03 23:59:59 (last second) | yes       |
| 5  | vi       | Văn hóa › Di sản       | news         | none   | 10/03, since unpublished     | yes       |
| 6  | en       | News (translates #1)   | news         | A (en) | 16/03                        | yes       |
| 7  | en       | Culture (translates #3)| photo report | none   | 25/03                        | yes       |
| 8  | vi       | Tin tức - Sự kiện      | news         | A      | 01/04 00:00 (April's first)  | no        |
| 9  | vi       | Văn hóa                | article      | B      | 28/02 23:59                  | no        |
| –  | vi, en   | drafts never published | news         |        |                              | no        |
Assignments due in March: on time 2 (one published at 23:30 on its due day), late 2 (one published ten minutes
after midnight, one never published); one due in April. Take-downs in March: 1 published in error, 2 withdrawn;
one consolidated on 1 April.
"""

import csv
import io
from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from editorial import reports
from editorial.models import Assignment, TakeDown
from editorial.reports import Period, build_report, register_figure, registered_figures
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory, UnitFactory

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
REPORT_URL = "/admin/editorial/reports/activity/"
MARCH_2025 = {"kind": "month", "year": "2025", "month": "3"}
LATE = "Trễ hạn (đăng sau hạn hoặc quá hạn chưa đăng)"
UNIT_A = "Phòng Quản lý Di sản văn hóa"
UNIT_B = "Trung tâm Thông tin Triển lãm Hà Nội"
UNIT_C = "Thư viện Hà Nội"

MARCH_FIGURES = {
    "articles_by_section": [("Tin tức - Sự kiện", 3), ("Văn hóa", 4), ("Thể thao", 0)],
    "articles_by_format": [("Tin", 3), ("Bài viết", 1), ("Cập nhật", 0), ("Phóng sự ảnh", 2), ("Video clip", 1)],
    "articles_by_unit": [(UNIT_A, 3), (UNIT_B, 2), (UNIT_C, 0), ("Không ghi đơn vị", 2)],
    "articles_by_language": [("Tiếng Việt", 5), ("Tiếng Anh", 2)],
    "translations_by_section": [("Tin tức - Sự kiện", 1), ("Văn hóa", 1), ("Thể thao", 0)],
    "assignments_by_deadline": [("Đăng đúng hạn", 2), (LATE, 2), ("Chưa đến hạn, chưa đăng", 0)],
    "take_downs_by_reason": [
        ("Đăng nhầm", 1),
        ("Đã gộp vào trang khác", 0),
        ("Thu hồi (giữ trang kèm thông báo)", 2),
    ],
}


def hanoi(*args):
    return datetime(*args, tzinfo=HANOI)


def figures_of(report):
    return {result.figure.key: [(str(label), count) for label, count in result.rows] for result in report.results}


def figure_label(key):
    return next(str(figure.label) for figure in registered_figures() if figure.key == key)


def article(parent, published_at, **kwargs):
    live = kwargs.pop("live", published_at is not None)
    return ArticlePageFactory(
        parent=parent, first_published_at=published_at, last_published_at=published_at, live=live, **kwargs
    )


def english_copy(page, locales):
    translation = page.copy_for_translation(locales.en)
    translation.save_revision().publish()
    return translation.specific


@pytest.fixture
def march(portal, locales):
    """The hand-counted portal of the module docstring, with the plan's assignments and take-downs."""
    heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
    sports = SectionPageFactory(parent=portal.home, title="Thể thao", slug="the-thao")
    news_en = english_copy(portal.news, locales)
    culture_en = english_copy(portal.culture, locales)
    unit_a = UnitFactory(name=UNIT_A, sort_order=1)
    unit_b = UnitFactory(name=UNIT_B, sort_order=2)
    UnitFactory(name=UNIT_C, sort_order=3)
    unit_a_en = unit_a.copy_for_translation(locales.en)
    unit_a_en.name = "Cultural Heritage Management Division"
    unit_a_en.save()

    NEWS, ARTICLE, PHOTO, VIDEO = ArticlePage.Format.NEWS, ArticlePage.Format.ARTICLE, "photo_report", "video"
    first = article(portal.news, hanoi(2025, 3, 1, 0, 0, 0), format=NEWS, unit=unit_a)
    article(portal.news, hanoi(2025, 3, 15, 9), format=ARTICLE, unit=unit_b)
    third = article(portal.culture, hanoi(2025, 3, 20, 14), format=PHOTO, unit=unit_a)
    article(heritage, hanoi(2025, 3, 31, 23, 59, 59), format=VIDEO, unit=unit_b)
    article(heritage, hanoi(2025, 3, 10, 8), format=NEWS, live=False)
    english = {"locale": locales.en}
    article(
        news_en, hanoi(2025, 3, 16, 10), format=NEWS, unit=unit_a_en, translation_key=first.translation_key, **english
    )
    article(culture_en, hanoi(2025, 3, 25, 10), format=PHOTO, translation_key=third.translation_key, **english)
    article(portal.news, hanoi(2025, 4, 1, 0, 0, 0), format=NEWS, unit=unit_a)
    article(portal.culture, hanoi(2025, 2, 28, 23, 59), format=ARTICLE, unit=unit_b)
    article(portal.news, None, format=NEWS, unit=unit_a)
    article(news_en, None, format=NEWS, **english)

    def assignment(title, due, published_at=None):
        return Assignment.objects.create(title=title, section=portal.news, due_date=due, published_at=published_at)

    assignment("Đăng trong ngày hạn, trước nửa đêm", date(2025, 3, 10), hanoi(2025, 3, 10, 23, 30))
    assignment("Đăng sớm", date(2025, 3, 5), hanoi(2025, 3, 1, 9))
    assignment("Đăng sau nửa đêm ngày hạn", date(2025, 3, 20), hanoi(2025, 3, 21, 0, 10))
    assignment("Quá hạn, chưa đăng", date(2025, 3, 25))
    assignment("Hạn tháng Tư, chưa đăng", date(2025, 4, 2))

    def take_down(reason, at):
        record = TakeDown.objects.create(
            page_title="Bài đã gỡ",
            page_url="/vi/tin-tuc-su-kien/bai-da-go/",
            locale=locales.vi,
            reason=reason,
            explanation="Theo quyết định của Ban biên tập.",
        )
        # taken_down_at is set on creation; the register's history is what the report reads.
        TakeDown.objects.filter(pk=record.pk).update(taken_down_at=at)

    take_down(TakeDown.Reason.PUBLISHED_IN_ERROR, hanoi(2025, 3, 5, 10))
    take_down(TakeDown.Reason.WITHDRAWN, hanoi(2025, 3, 12, 15))
    take_down(TakeDown.Reason.WITHDRAWN, hanoi(2025, 3, 31, 20))
    take_down(TakeDown.Reason.CONSOLIDATED, hanoi(2025, 4, 1, 0, 30))
    return SimpleNamespace(portal=portal, sports=sports, unit_a=unit_a)


# The figures.


@pytest.mark.django_db
def test_every_figure_of_march_matches_the_hand_count(march):
    assert figures_of(build_report(Period(Period.MONTH, 2025, 3))) == MARCH_FIGURES


@pytest.mark.django_db
def test_the_figures_of_articles_agree_on_the_total(march):
    report = build_report(Period(Period.MONTH, 2025, 3))
    totals = {result.figure.key: result.total for result in report.results}
    assert totals["articles_by_section"] == totals["articles_by_format"] == totals["articles_by_unit"] == 7
    assert totals["articles_by_language"] == 7


@pytest.mark.django_db
def test_a_quarter_and_a_year_add_up_their_months(march):
    first_quarter = figures_of(build_report(Period(Period.QUARTER, 2025, 1)))
    assert first_quarter["articles_by_section"] == [("Tin tức - Sự kiện", 3), ("Văn hóa", 5), ("Thể thao", 0)]
    assert first_quarter["articles_by_language"] == [("Tiếng Việt", 6), ("Tiếng Anh", 2)]

    year = figures_of(build_report(Period(Period.YEAR, 2025)))
    assert year["articles_by_section"] == [("Tin tức - Sự kiện", 4), ("Văn hóa", 5), ("Thể thao", 0)]
    assert year["articles_by_unit"] == [(UNIT_A, 4), (UNIT_B, 3), (UNIT_C, 0), ("Không ghi đơn vị", 2)]
    # The April assignment was never published and its due date has passed: late.
    assert year["assignments_by_deadline"] == [("Đăng đúng hạn", 2), (LATE, 3), ("Chưa đến hạn, chưa đăng", 0)]
    assert year["take_downs_by_reason"] == [
        ("Đăng nhầm", 1),
        ("Đã gộp vào trang khác", 1),
        ("Thu hồi (giữ trang kèm thông báo)", 2),
    ]


@pytest.mark.django_db
def test_an_assignment_not_yet_due_is_neither_on_time_nor_late(portal):
    Assignment.objects.create(title="Tổng kết năm", section=portal.news, due_date=date(2099, 12, 20))
    figures = figures_of(build_report(Period(Period.YEAR, 2099)))
    assert figures["assignments_by_deadline"] == [("Đăng đúng hạn", 0), (LATE, 0), ("Chưa đến hạn, chưa đăng", 1)]


@pytest.mark.django_db
def test_a_section_added_later_gets_its_own_row_and_sub_sections_do_not(march):
    SectionPageFactory(parent=march.sports, title="Thể thao quần chúng", slug="the-thao-quan-chung")
    article(march.sports, hanoi(2025, 3, 2, 8))
    rows = figures_of(build_report(Period(Period.MONTH, 2025, 3)))["articles_by_section"]
    assert rows == [("Tin tức - Sự kiện", 3), ("Văn hóa", 4), ("Thể thao", 1)]


def test_periods_run_from_the_first_to_the_last_second_in_hanoi_time():
    february = Period(Period.MONTH, 2024, 2)
    assert (february.first_day, february.last_day) == (date(2024, 2, 1), date(2024, 2, 29))
    assert february.start.astimezone(ZoneInfo("UTC")) == datetime(2024, 1, 31, 17, tzinfo=ZoneInfo("UTC"))
    assert february.end == hanoi(2024, 3, 1)
    fourth_quarter = Period(Period.QUARTER, 2025, 4)
    assert (fourth_quarter.first_day, fourth_quarter.last_day) == (date(2025, 10, 1), date(2025, 12, 31))
    assert (fourth_quarter.label, fourth_quarter.slug) == ("Quý IV/2025", "2025-q4")
    assert (february.label, Period(Period.YEAR, 2025).label) == ("Tháng 02/2024", "Năm 2025")
    assert Period.last_complete_month(date(2026, 1, 15)) == Period(Period.MONTH, 2025, 12)
    assert Period.last_complete_month(date(2026, 3, 31)) == Period(Period.MONTH, 2026, 2)


def test_period_labels_read_naturally_in_english():
    with translation.override("en"):
        assert Period(Period.MONTH, 2024, 2).label == "February 2024"
        assert Period(Period.QUARTER, 2025, 4).label == "Q4 2025"
        assert Period(Period.YEAR, 2025).label == "Year 2025"


# The registry.


@pytest.fixture
def spare_registry(monkeypatch):
    """Registrations made by a test disappear with it."""
    monkeypatch.setattr(reports, "_figures", dict(reports._figures))


@pytest.mark.django_db
def test_a_new_content_type_adds_a_figure_with_one_registration(spare_registry, admin_client, march):
    def documents_by_kind(period):
        return [("Văn bản quy phạm pháp luật", 4), ("Văn bản chỉ đạo điều hành", 1)]

    register_figure("documents_by_kind", "Văn bản đăng theo loại", documents_by_kind, category_label="Loại văn bản")

    page = BeautifulSoup(admin_client.get(REPORT_URL, MARCH_2025).content, "html.parser")
    table = page.find(id="figure-documents_by_kind").table
    assert table.caption.get_text(" ", strip=True) == "Văn bản đăng theo loại"
    assert table.thead.th.get_text(strip=True) == "Loại văn bản"
    assert table.tfoot.td.get_text(strip=True) == "5"
    rows = list(csv.reader(io.StringIO(admin_client.get(REPORT_URL, {**MARCH_2025, "export": "csv"}).content.decode())))
    assert rows[-2:] == [
        ["Văn bản đăng theo loại", "Văn bản quy phạm pháp luật", "4"],
        ["Văn bản đăng theo loại", "Văn bản chỉ đạo điều hành", "1"],
    ]


def test_a_figure_key_is_registered_once(spare_registry):
    with pytest.raises(ValueError, match="articles_by_section"):
        register_figure("articles_by_section", "Trùng", lambda period: [])


# Queries.


def query_count(action):
    with CaptureQueriesContext(connection) as queries:
        action()
    return len(queries)


@pytest.mark.django_db
def test_the_report_costs_one_query_per_figure_however_many_articles(portal, admin_client):
    period = Period(Period.MONTH, 2025, 3)
    unit = UnitFactory()
    for day in range(1, 6):
        article(portal.news, hanoi(2025, 3, day, 9), unit=unit)
    assert query_count(lambda: build_report(period)) == len(registered_figures())
    page_queries = query_count(lambda: admin_client.get(REPORT_URL, MARCH_2025))
    xlsx_queries = query_count(lambda: admin_client.get(REPORT_URL, {**MARCH_2025, "export": "xlsx"}))

    for number in range(45):
        section = portal.culture if number % 2 else portal.news
        article(section, hanoi(2025, 3, 1 + number % 28, 10), unit=unit, format="video" if number % 3 else "news")
    report = build_report(period)
    assert sum(count for _label, count in figures_of(report)["articles_by_section"]) == 50
    assert query_count(lambda: build_report(period)) == len(registered_figures())
    assert query_count(lambda: admin_client.get(REPORT_URL, MARCH_2025)) == page_queries
    assert query_count(lambda: admin_client.get(REPORT_URL, {**MARCH_2025, "export": "xlsx"})) == xlsx_queries


# The admin page.


def report_page(client, query):
    response = client.get(REPORT_URL, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chart_rows(table):
    return [
        (row.th.get_text(strip=True), int(row.find("td").get_text(strip=True)))
        for row in table.tbody.find_all("tr", recursive=False)
    ]


@pytest.mark.django_db
def test_the_page_shows_each_figure_as_an_accessible_bar_chart(admin_client, march):
    page = report_page(admin_client, MARCH_2025)
    assert "Tháng 03/2025" in page.find(class_="activity-report__summary").get_text()
    assert "Từ ngày 01/03/2025 đến ngày 31/03/2025" in page.find(class_="activity-report__summary").get_text()
    report = page.find(class_="activity-report")
    assert not report.find_all(["script", "img", "svg", "canvas"])

    for key, expected in MARCH_FIGURES.items():
        table = page.find(id=f"figure-{key}").table
        assert table.caption.h2.get_text(strip=True) == figure_label(key)
        assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
        assert all(row.th["scope"] == "row" for row in table.tbody.find_all("tr"))
        assert chart_rows(table) == expected
        assert table.tfoot.th.get_text(strip=True) == "Tổng cộng"
        assert int(table.tfoot.td.get_text(strip=True)) == sum(count for _label, count in expected)

    sections = page.find(id="figure-articles_by_section").table
    bars = [row.find(class_="activity-chart__bar")["style"] for row in sections.tbody.find_all("tr")]
    # 3 and 4 articles and none: the largest fills the track; the text beside it says the share of the total.
    assert bars == ["width: 75.0%", "width: 100.0%", "width: 0.0%"]
    shares = [row.find_all("td")[1].get_text(strip=True) for row in sections.tbody.find_all("tr")]
    assert shares == ["42,9 %", "57,1 %", "0,0 %"]


@pytest.mark.django_db
def test_without_a_period_the_page_shows_the_last_complete_month(admin_client, portal):
    default = Period.last_complete_month()
    page = report_page(admin_client, {})
    assert page.find(class_="activity-report__summary").strong.get_text() == default.label
    assert page.find("select", attrs={"name": "kind"}).find("option", selected=True)["value"] == "month"
    assert page.find("input", attrs={"name": "year"})["value"] == str(default.year)
    assert page.find("select", attrs={"name": "month"}).find("option", selected=True)["value"] == str(default.number)
    assert not page.find(class_="error-message")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"kind": "month", "year": "2025", "month": "13"}, "month", "Tháng phải từ 1 đến 12."),
        ({"kind": "month", "year": "abc", "month": "3"}, "year", "Năm phải là một số, ví dụ 2025."),
        ({"kind": "quarter", "year": "2025", "quarter": "5"}, "quarter", "Quý phải từ I đến IV (1 đến 4)."),
        ({"kind": "week", "year": "2025"}, "kind", "Kỳ báo cáo phải là tháng, quý hoặc năm."),
        ({"kind": "year", "year": "99999"}, "year", "Năm không được sau 2100."),
        ({"kind": "quarter", "year": "2025"}, "quarter", "Hãy chọn quý."),
    ],
)
def test_an_invalid_period_gets_a_vietnamese_error_and_the_default_period(admin_client, portal, query, field, message):
    page = report_page(admin_client, query)
    wrapper = page.find(attrs={"name": field}).find_parent(class_="w-field")
    assert message in wrapper.get_text(" ", strip=True)
    assert page.find(class_="activity-report__summary").strong.get_text() == Period.last_complete_month().label
    assert page.find(id="figure-articles_by_section").table


@pytest.mark.django_db
def test_the_viewer_s_own_time_zone_does_not_move_the_period(admin_client, admin_user, march):
    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "Europe/London"
    profile.save()
    page = report_page(admin_client, MARCH_2025)
    assert chart_rows(page.find(id="figure-articles_by_section").table) == MARCH_FIGURES["articles_by_section"]
    assert chart_rows(page.find(id="figure-assignments_by_deadline").table) == MARCH_FIGURES["assignments_by_deadline"]


@pytest.mark.django_db
def test_a_quarter_is_chosen_in_the_form(admin_client, march):
    page = report_page(admin_client, {"kind": "quarter", "year": "2025", "quarter": "1", "month": "7"})
    assert page.find(class_="activity-report__summary").strong.get_text() == "Quý I/2025"
    table = page.find(id="figure-articles_by_section").table
    assert chart_rows(table) == [("Tin tức - Sự kiện", 3), ("Văn hóa", 5), ("Thể thao", 0)]
    download = page.find("a", string="bảng tính Excel (.xlsx)")["href"]
    assert "kind=quarter" in download and "quarter=1" in download and "month" not in download


# Downloads.


def xlsx_figures(sheet):
    """{figure label: (rows, total)} read back from the sheet the way a person reads it."""
    figures, current, rows = {}, None, None
    for label, count, *_rest in sheet.iter_rows(min_row=3, values_only=True):
        if count is None:
            # The figure's title, then possibly its description: the title comes first.
            if label and current is None:
                current = label
            continue
        if count == "Số lượng":
            rows = []
        elif label == "Tổng cộng":
            figures[current] = (rows, count)
            current, rows = None, None
        else:
            rows.append((label, count))
    return figures


@pytest.mark.django_db
def test_the_xlsx_download_holds_the_same_numbers(admin_client, march):
    response = admin_client.get(REPORT_URL, {**MARCH_2025, "export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-hoat-dong-2025-03.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "Báo cáo hoạt động Cổng thông tin điện tử — Tháng 03/2025"
    assert sheet["A2"].value.startswith("Từ ngày 01/03/2025 đến ngày 31/03/2025")
    expected = {figure_label(key): (rows, sum(count for _label, count in rows)) for key, rows in MARCH_FIGURES.items()}
    assert xlsx_figures(sheet) == expected
    headers = [row[:2] for row in sheet.iter_rows(values_only=True) if row[1] == "Số lượng"]
    assert headers[0] == ("Chuyên mục", "Số lượng")
    assert ("Lý do gỡ", "Số lượng") in headers


@pytest.mark.django_db
def test_the_csv_download_opens_in_excel_with_vietnamese_intact(admin_client, march):
    response = admin_client.get(REPORT_URL, {**MARCH_2025, "export": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-hoat-dong-2025-03.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Chỉ tiêu", "Mục", "Số lượng"]
    assert rows[1:] == [
        [figure_label(key), label, str(count)]
        for key, figure_rows in MARCH_FIGURES.items()
        for label, count in figure_rows
    ]


# Who may see it.


@pytest.fixture
def office_user(django_user_model):
    """An admin user with no report permission yet."""
    user = django_user_model.objects.create_user("vanphong", "vanphong@example.gov.vn", "mat-khau-thu-nghiem")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


@pytest.mark.django_db
def test_without_the_permission_there_is_no_menu_item_no_page_and_no_download(client, portal, office_user):
    client.force_login(office_user)
    assert REPORT_URL not in client.get("/admin/").content.decode()
    for query in ({}, {**MARCH_2025, "export": "xlsx"}, {**MARCH_2025, "export": "csv"}):
        response = client.get(REPORT_URL, query)
        assert response.status_code in (302, 403)
        assert "attachment" not in response.get("Content-Disposition", "")
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_a_group_with_the_permission_sees_the_menu_item_and_the_report(client, portal, office_user):
    group = Group.objects.create(name="Nhóm báo cáo thử nghiệm")
    group.permissions.add(Permission.objects.get(content_type__app_label="editorial", codename="view_activity_report"))
    office_user.groups.add(group)
    client.force_login(office_user)
    assert REPORT_URL in client.get("/admin/").content.decode()
    assert client.get(REPORT_URL, MARCH_2025).status_code == 200
    assert client.get(REPORT_URL, {**MARCH_2025, "export": "csv"}).status_code == 200


@pytest.mark.django_db
def test_a_superuser_sees_the_menu_item(admin_client, portal):
    assert REPORT_URL in admin_client.get("/admin/").content.decode()
