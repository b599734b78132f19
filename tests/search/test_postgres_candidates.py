"""PostgreSQL ranks a capped set of candidates (search/postgres_backend.py): what readers get from it.

The cap is lowered to a few results so that a handful of articles stands for an archive; both ways of finding the
newest matches (walking the pages, collecting the matches) are run for every rule."""

import datetime

import pytest
from modelsearch.backends import get_search_backend

from django.db import connection
from django.utils import timezone

from wagtail.models import Page

from search.backend import run_search
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

CAP = 4


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's candidate ranking; SQLite ranks every match (run with DATABASE_URL to test it)")


@pytest.fixture(params=["walk", "collect"])
def strategy(request, monkeypatch):
    from search import postgres_backend

    monkeypatch.setattr(postgres_backend, "MAX_RESULTS", CAP)
    # Walking free: every query walks; walking dear: none does.
    monkeypatch.setattr(postgres_backend, "WALK_COST", 0 if request.param == "walk" else 10**9)
    return request.param


def _article(parent, title, days_ago, body="Buổi sinh hoạt văn hóa cộng đồng diễn ra sôi nổi."):
    article = ArticlePageFactory(
        parent=parent,
        title=title,
        lead="Tin từ cơ sở.",
        body=[("paragraph", f"<p>{body}</p>")],
    )
    published = timezone.now() - datetime.timedelta(days=days_ago)
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=published)
    article.refresh_from_db()
    get_search_backend().add(article)
    return article


def _search(portal, text, sort="relevance"):
    pages = Page.objects.live().descendant_of(portal.home).filter(locale=portal.home.locale)
    return run_search(pages, text, sort=sort)


def _titles(results):
    return [page.title for page in results]


@pytest.fixture
def archive(portal):
    """Ten body matches of "đình làng" from the last ten days, and older articles that must still come first."""
    newer = [
        _article(portal.culture, f"Sinh hoạt cộng đồng số {number}", days_ago=number, body="Tu bổ đình làng Đông.")
        for number in range(1, 11)
    ]
    title_match = _article(portal.culture, "Đình làng Chuông được xếp hạng di tích", days_ago=400)
    # Written without diacritics in a body; "đình làng" typed with them must find the exact one first.
    exact_old = _article(portal.news, "Lễ hội mùa xuân", days_ago=500, body="Dân làng rước kiệu ra đình làng cổ.")
    return {"newer": newer, "title_match": title_match, "exact_old": exact_old}


def test_more_matches_than_the_cap_are_counted_as_more(archive, portal, strategy):
    results = _search(portal, "dinh lang")
    assert results.count() == CAP + 1


def test_a_few_matches_are_counted_exactly(portal, strategy):
    for number in range(3):
        _article(portal.culture, f"Giải bơi lội thiếu niên lần {number}", days_ago=number)
    assert _search(portal, "boi loi").count() == 3


def test_an_older_title_match_still_comes_first(archive, portal, strategy):
    # It is older than the newest CAP matches, which are body matches only.
    assert _titles(_search(portal, "dinh lang")[:1]) == [archive["title_match"].title]


def test_an_older_exact_match_outranks_newer_folded_ones(portal, strategy):
    for number in range(1, 8):
        _article(portal.culture, f"Hoạt động hè số {number}", days_ago=number, body="Đội múa rối nước biểu diễn.")
    old = _article(portal.culture, "Mùa thu Hà Nội", days_ago=300, body="Phố phường vào mùa thu.")
    # "múa" folds to "mua", as "mùa" does: only the old article is written as the reader typed.
    assert _titles(_search(portal, "mùa")[:1]) == [old.title]


def test_newest_first_lists_the_newest_matches_in_order(archive, portal, strategy):
    results = _search(portal, "dinh lang", sort="newest")
    expected = [page.title for page in archive["newer"][:CAP]]
    assert _titles(results[:CAP]) == expected
    # The second page of the same search continues where the first stopped.
    assert _titles(results[2:4]) == expected[2:4]


def test_only_the_filtered_pages_are_candidates(archive, portal, strategy):
    pages = Page.objects.live().descendant_of(portal.news)
    assert _titles(run_search(pages, "đình làng")) == [archive["exact_old"].title]


def test_wagtail_searches_outside_the_search_page_are_not_capped(archive, portal, strategy):
    # The admin's page search goes through Wagtail's own query: every match, counted exactly.
    results = Page.objects.live().search("dinh lang")
    assert results.count() == len(archive["newer"]) + 2


def test_the_body_vector_holds_the_title(portal):
    # So that a page matches when its body vector does (one vector to read, one GIN index).
    from django.contrib.postgres.search import SearchQuery

    from search.postgres_backend import IndexEntry

    article = _article(portal.culture, "Khánh thành nhà văn hóa Xuân Đỉnh", days_ago=1, body="Nội dung khác.")
    entries = IndexEntry.objects.filter(object_id=str(article.pk))
    for words in ("khánh & xuân & đỉnh", "khanh & xuan & dinh"):
        assert entries.filter(body=SearchQuery(words, search_type="raw", config="simple")).exists(), words


def test_a_step_over_its_time_budget_is_cancelled_and_the_request_goes_on(portal):
    from search.postgres_backend import _within

    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        before = cursor.fetchone()[0]

        def slow():
            cursor.execute("SELECT pg_sleep(1)")
            return "finished"

        assert _within(20_000, slow) is None
        assert _within(20_000, lambda: "quick") == "quick"
        # The transaction is still usable, and the timeout is back to what it was.
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == before


def test_a_walk_out_of_time_gives_way_to_collecting_the_same_pages(archive, portal, monkeypatch):
    from search import postgres_backend

    monkeypatch.setattr(postgres_backend, "MAX_RESULTS", CAP)
    monkeypatch.setattr(postgres_backend, "WALK_COST", 0)
    walked = _titles(_search(portal, "dinh lang", sort="newest")[:CAP])
    monkeypatch.setattr(postgres_backend.CandidatePostgresQueryCompiler, "_walk", lambda *args, **kwargs: None)
    assert _titles(_search(portal, "dinh lang", sort="newest")[:CAP]) == walked
