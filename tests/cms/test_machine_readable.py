"""What machines read: sitemap.xml, robots.txt, the read-only API, /healthz, and the redirect from /."""

import xml.etree.ElementTree as ET
from unittest import mock

import pytest

from django.db.utils import OperationalError

from tests.factories import ArticlePageFactory, DocumentFactory, ImageFactory

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.mark.django_db
def test_root_redirects_to_the_vietnamese_home(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/vi/"


@pytest.mark.django_db
def test_sitemap_lists_live_pages_in_both_languages_and_no_drafts(client, portal):
    ArticlePageFactory(parent=portal.news, title="Giải chạy Hà Nội Marathon", slug="ha-noi-marathon")
    ArticlePageFactory(parent=portal.news, title="Bản nháp", slug="ban-nhap", live=False, first_published_at=None)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    tree = ET.fromstring(response.content)  # noqa: S314 - our own server's response, not untrusted input
    locations = [loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]
    paths = {location.split("://", 1)[1].split("/", 1)[1] for location in locations}
    assert paths >= {"vi/", "vi/tin-tuc-su-kien/", "vi/van-hoa/", "vi/tin-tuc-su-kien/ha-noi-marathon/", "en/"}
    assert not any("ban-nhap" in location for location in locations)


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api_endpoints_answer_json(client, portal, endpoint):
    ArticlePageFactory(parent=portal.news, title="Ngày hội Văn hóa các dân tộc")
    ImageFactory()
    DocumentFactory()

    response = client.get(f"/api/v2/{endpoint}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["meta"]["total_count"] >= 1
    assert len(body["items"]) == body["meta"]["total_count"]


@pytest.mark.django_db
def test_api_lists_only_live_pages(client, portal):
    ArticlePageFactory(parent=portal.news, title="Bài đã đăng", slug="bai-da-dang")
    ArticlePageFactory(parent=portal.news, title="Bài nháp", slug="bai-nhap", live=False, first_published_at=None)

    response = client.get("/api/v2/pages/", {"type": "sections.ArticlePage", "fields": "lead"})

    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Bài đã đăng"]
    assert items[0]["lead"] == ArticlePageFactory.lead


@pytest.mark.django_db
def test_healthz_reports_every_dependency_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "search": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_unreachable(client):
    with mock.patch("cms.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["database"] == "error"
    assert body["status"] == "error"
