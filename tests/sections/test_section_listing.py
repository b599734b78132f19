"""A section page lists its articles 20 to a page; bad page numbers and unknown filters never break it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from sections.listings import PAGE_SIZE
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

TOTAL = PAGE_SIZE + 5  # two pages: 20 and 5


@pytest.fixture
def news_articles(portal):
    now = timezone.now()
    formats = [ArticlePage.Format.NEWS, ArticlePage.Format.VIDEO]
    return [
        ArticlePageFactory(
            parent=portal.news,
            title=f"Tin số {n:02d}",
            slug=f"tin-so-{n:02d}",
            format=formats[n % 2],
            first_published_at=now - datetime.timedelta(hours=n),
        )
        for n in range(TOTAL)
    ]


def listed_titles(response):
    """Titles of the articles the page links to, in page order, from the article links' own URLs."""
    soup = BeautifulSoup(response.content, "html.parser")
    titles = []
    for link in soup.find_all("a", href=True):
        text = link.get_text(" ", strip=True)
        if "/tin-so-" in link["href"] and text.startswith("Tin số") and text not in titles:
            titles.append(text)
    return titles


@pytest.mark.django_db
class TestSectionListing:
    url = "/vi/tin-tuc-su-kien/"

    def test_first_page_shows_the_20_newest(self, client, news_articles):
        response = client.get(self.url)

        assert response.status_code == 200
        assert listed_titles(response) == [f"Tin số {n:02d}" for n in range(PAGE_SIZE)]

    def test_second_page_shows_the_rest(self, client, news_articles):
        response = client.get(self.url, {"page": 2})

        assert listed_titles(response) == [f"Tin số {n:02d}" for n in range(PAGE_SIZE, TOTAL)]

    def test_page_that_is_not_a_number_gives_the_first_page(self, client, news_articles):
        response = client.get(self.url, {"page": "abc"})

        assert response.status_code == 200
        assert listed_titles(response)[0] == "Tin số 00"

    def test_page_beyond_the_end_gives_the_last_page(self, client, news_articles):
        response = client.get(self.url, {"page": 999999})

        assert response.status_code == 200
        assert listed_titles(response) == [f"Tin số {n:02d}" for n in range(PAGE_SIZE, TOTAL)]

    def test_format_filter_keeps_only_that_format(self, client, news_articles):
        response = client.get(self.url, {"format": ArticlePage.Format.VIDEO})

        assert response.status_code == 200
        titles = listed_titles(response)
        assert titles == [f"Tin số {n:02d}" for n in range(1, TOTAL, 2)][:PAGE_SIZE]

    def test_unknown_format_is_ignored(self, client, news_articles):
        response = client.get(self.url, {"format": "nonsense"})

        assert response.status_code == 200
        assert listed_titles(response) == [f"Tin số {n:02d}" for n in range(PAGE_SIZE)]

    def test_unknown_topic_is_ignored(self, client, news_articles):
        response = client.get(self.url, {"topic": "khong-co-chu-de-nay"})

        assert response.status_code == 200
        assert len(listed_titles(response)) == PAGE_SIZE

    def test_drafts_and_other_sections_are_not_listed(self, client, portal):
        ArticlePageFactory(parent=portal.news, title="Tin số 01 đã đăng", slug="tin-so-01")
        ArticlePageFactory(parent=portal.news, title="Tin số 02 nháp", slug="tin-so-02", live=False)
        ArticlePageFactory(parent=portal.culture, title="Tin số 03 văn hóa", slug="tin-so-03")

        response = client.get(self.url)

        assert listed_titles(response) == ["Tin số 01 đã đăng"]


@pytest.mark.django_db
def test_unknown_page_is_the_portal_404(client, portal):
    response = client.get("/vi/khong-ton-tai/")

    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "vi"
    assert soup.h1.get_text(strip=True) == "Không tìm thấy trang"
