"""The portal's own error pages: a 404 in the reader's language with a way home, and a 500 page that renders
even when the database is gone."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.db.utils import OperationalError
from django.test import Client, RequestFactory

from wagtail.models import Page

from cms import urls, views
from tests.factories import ArticlePageFactory


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return tag.get_text(" ", strip=True)


@pytest.mark.django_db
class TestNotFound:
    @pytest.fixture
    def menu(self, portal):
        Page.objects.filter(pk__in=[portal.news.pk, portal.culture.pk]).update(show_in_menus=True)
        return portal

    @pytest.mark.parametrize(
        "path",
        [
            "/vi/trang-khong-ton-tai/",
            "/vi/tin-tuc-su-kien/bai-viet-khong-ton-tai/",
            "/vi/tin-tuc-su-kien/du-thao-chua-duyet/",  # a draft is not public
        ],
    )
    def test_vietnamese_404_page_leads_home(self, client, menu, path):
        ArticlePageFactory(parent=menu.news, slug="du-thao-chua-duyet", live=False, first_published_at=None)

        response = client.get(path)

        assert response.status_code == 404
        soup = parse(response)
        assert soup.html["lang"] == "vi"
        assert text_of(soup.h1) == "Không tìm thấy trang"
        assert text_of(soup.title).startswith("Không tìm thấy trang")
        home_link = soup.main.find("a", string="Về trang chủ")
        assert home_link["href"] == "/vi/"
        assert [(text_of(a), a["href"]) for a in soup.main.select(".chip-list a")] == [
            ("Tin tức - Sự kiện", "/vi/tin-tuc-su-kien/"),
            ("Văn hóa", "/vi/van-hoa/"),
        ]
        # A foreign reader who followed a Vietnamese link is told, in English, where to go.
        english = soup.main.find(lang="en")
        assert english.find("a")["href"] == "/en/"

    def test_english_404_page_leads_to_the_english_home(self, client, portal):
        response = client.get("/en/no-such-page/")

        assert response.status_code == 404
        soup = parse(response)
        assert soup.html["lang"] == "en"
        assert soup.main.find("a", class_="button")["href"] == "/en/"
        assert soup.main.find(lang="vi").find("a")["href"] == "/vi/"


def assert_is_the_portal_500_page(response):
    assert response.status_code == 500
    soup = parse(response)
    assert soup.html["lang"] == "vi"
    assert text_of(soup.h1) == "Hệ thống đang gặp sự cố"
    assert text_of(soup.find(lang="en").h2) == "Something went wrong"
    assert soup.find("main", id="main").find("a", href="/") is not None
    assert settings.WAGTAIL_SITE_NAME in text_of(soup.title)


def test_500_handler_is_the_portals():
    assert urls.handler500 == "cms.views.server_error"
    assert urls.handler404 == "cms.views.page_not_found"


@pytest.mark.django_db
def test_500_page_renders_without_a_database():
    request = RequestFactory().get("/vi/tin-tuc-su-kien/")
    outage = OperationalError("could not connect to server: Connection refused")
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection", side_effect=outage
    ) as ensure_connection:
        with pytest.raises(OperationalError):
            Page.objects.count()  # the outage is real for anything that asks the database
        ensure_connection.reset_mock()

        response = views.server_error(request)

    assert_is_the_portal_500_page(response)
    assert not ensure_connection.called


@pytest.mark.django_db
def test_an_error_while_serving_a_page_gives_the_500_page_and_no_details(portal):
    client = Client(raise_request_exception=False)
    failure = OperationalError("server closed the connection unexpectedly")
    with mock.patch("home.models.HomePage.get_context", side_effect=failure):
        response = client.get("/vi/")

    assert_is_the_portal_500_page(response)
    assert b"server closed the connection" not in response.content


@pytest.mark.django_db
def test_the_500_page_on_the_english_portal_is_english_first(portal):
    client = Client(raise_request_exception=False)
    with mock.patch("home.models.HomePage.get_context", side_effect=OperationalError("boom")):
        response = client.get("/en/")

    assert response.status_code == 500
    soup = parse(response)
    assert soup.html["lang"] == "en"
    assert text_of(soup.h1) == "Something went wrong"
    assert text_of(soup.find(lang="vi").h2) == "Hệ thống đang gặp sự cố"
