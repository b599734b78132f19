"""A withdrawn article stays readable at its URL but is no longer offered to readers by search."""

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from tests.factories import ArticlePageFactory


@pytest.mark.django_db
def test_withdrawn_article_leaves_search_results(client, portal):
    kept = ArticlePageFactory(parent=portal.culture, title="Hội Gióng đền Sóc được bảo tồn")
    withdrawn = ArticlePageFactory(parent=portal.culture, title="Hội Gióng đền Phù Đổng khai mạc")
    for page in (kept, withdrawn):
        page.save_revision().publish()

    withdrawn.withdrawn_at = timezone.now()
    withdrawn.withdrawal_notice = "Thông tin về thời gian khai mạc chưa chính xác."
    withdrawn.save_revision().publish()

    soup = BeautifulSoup(client.get("/vi/search/", {"q": "Hội Gióng"}).content, "html.parser")
    # Titles carry <mark> around the matched words: compare their text.
    titles = [" ".join(heading.get_text().split()) for heading in soup.find_all("h3")]
    assert kept.title in titles
    assert withdrawn.title not in titles
    assert client.get(withdrawn.url).status_code == 200
