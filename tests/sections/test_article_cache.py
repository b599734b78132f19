"""The article body is served from the fragment cache, yet readers see a new publication at once and editors'
previews always show the draft they are looking at."""

import pytest

from tests.factories import ArticlePageFactory


def _body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def article(portal):
    page = ArticlePageFactory(parent=portal.culture, title="Lễ hội Gióng", body=_body("Bản đầu tiên của bài."))
    page.save_revision().publish()
    return page


def test_a_new_publication_replaces_the_cached_body_at_once(client, article):
    assert "Bản đầu tiên của bài." in client.get(article.url).content.decode()
    article.body = _body("Bản đã sửa sau khi xuất bản.")
    article.save_revision().publish()

    html = client.get(article.url).content.decode()

    assert "Bản đã sửa sau khi xuất bản." in html
    assert "Bản đầu tiên của bài." not in html


def test_a_preview_shows_the_draft_not_the_cached_live_body(client, article):
    client.get(article.url)  # the live body is now in the cache
    article.body = _body("Bản nháp đang chờ duyệt.")
    article.save_revision()

    draft = article.get_latest_revision_as_object()
    html = draft.make_preview_request().content.decode()

    assert "Bản nháp đang chờ duyệt." in html
    assert "Bản nháp đang chờ duyệt." not in client.get(article.url).content.decode()
