"""The benchmark archive generator and the search benchmark, on a small archive."""

import datetime

from django.test import Client

from wagtail.models import Page

from bench.archive import build_index, generate_archive
from bench.search import benchmark, make_queries
from search.folding import fold
from sections.models import ArticlePage

END = datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)


def _written(articles):
    return [
        (article.title, article.lead, article.format, article.first_published_at, article.get_parent().pk)
        for article in articles
    ]


def test_archive_holds_live_vietnamese_articles_across_sections_and_years(portal):
    report = generate_archive(50, seed=3, end=END)

    articles = list(ArticlePage.objects.live().filter(locale=portal.home.locale).order_by("path"))
    assert report.created == len(articles) == 50
    # Under both sections of the portal, over most of the ten years, in several formats.
    assert {article.get_parent().pk for article in articles} == {portal.news.pk, portal.culture.pk}
    assert len({article.first_published_at.year for article in articles}) >= 6
    assert all(END - datetime.timedelta(days=3660) <= article.first_published_at < END for article in articles)
    assert len({article.format for article in articles}) >= 3
    for article in articles:
        assert 6 <= len(article.title.split()) <= 14
        assert 25 <= len(article.lead.split()) <= 45
        assert 3 <= len([block for block in article.body if block.block_type == "paragraph"]) <= 6
    # Written with diacritics: the folded text differs from the text itself.
    assert sum(fold(article.title) != article.title.lower() for article in articles) >= 45
    # The tree is sound (paths, depths, children counts) and every article is served at its URL.
    assert Page.find_problems() == ([], [], [], [], [])
    client = Client()
    for article in articles[:5]:
        assert client.get(article.url).status_code == 200


def test_same_seed_writes_the_same_archive(portal):
    generate_archive(10, seed=5, end=END)
    first = _written(ArticlePage.objects.order_by("path")[:10])
    generate_archive(10, seed=5, end=END)
    generate_archive(10, seed=6, end=END)
    by_publication = ArticlePage.objects.order_by("first_published_at", "title")
    same_seed = [row for row in _written(by_publication) if row in first]

    # Every article of the first run has its twin in the second; the other seed wrote other articles.
    assert len(same_seed) == 20
    assert len(ArticlePage.objects.values("title").distinct()) >= 18


def test_queries_mix_diacritics_phrases_and_filters():
    queries = make_queries(200, seed=1, sections=["tin-tuc-su-kien", "van-hoa"])

    assert queries == make_queries(200, seed=1, sections=["tin-tuc-su-kien", "van-hoa"])
    texts = [query.text for query in queries]
    assert all(1 <= len(text.replace('"', " ").split()) <= 5 for text in texts)
    folded = sum(fold(text) == text for text in texts)
    assert 60 <= folded <= 160
    assert any(text.startswith('"') for text in texts)
    assert any(query.section for query in queries)
    assert any(query.format for query in queries)
    assert any(query.date_from for query in queries)
    assert 60 <= sum(not query.params.keys() - {"q"} for query in queries) <= 140


def test_benchmark_reports_median_and_p95_on_the_archive(portal):
    generate_archive(50, seed=1, end=END)
    assert build_index().indexed == 50

    figures = benchmark(12, seed=2, warm_up=1, today=END.date())

    assert figures["queries"] == 12
    assert 0 < figures["search"]["median_ms"] <= figures["search"]["p95_ms"] <= figures["search"]["max_ms"]
    assert figures["page"]["median_ms"] > 0
    assert figures["sql_queries_per_search"]["median"] >= 1
    # The queries come from the archive's own words: most of them find something.
    assert figures["results"]["none"] < 6
