"""A dead or failing Elasticsearch cluster costs citizens nothing: the database backend answers, one warning is
logged, /healthz says "degraded" (still 200), the cluster is left alone for a while, and editors can still publish.

Clusters used here: a closed local port (the connection is refused at once), a local socket that accepts and never
answers (every request times out), and a stubbed client for a cluster that answers or returns an error."""

import logging
import socket
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, Urllib3HttpNode
from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError

from django.db import OperationalError
from django.test import override_settings

from wagtail.models import Page

import search.views
from search import resilience
from search.backend import run_search
from search.resilience import FallbackSearchResults, search_status, search_with_fallback
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

ELASTICSEARCH_8 = "search.elasticsearch.VietnameseElasticsearch8Backend"
SEARCH_TIMEOUT = 0.5


def cluster_at(url, *, auto_update=False, **settings):
    """WAGTAILSEARCH_BACKENDS with Elasticsearch at `url` as "default" and the database backend as "database"."""
    backends = {
        "default": {
            "BACKEND": ELASTICSEARCH_8,
            "URLS": [url],
            "SEARCH_TIMEOUT": SEARCH_TIMEOUT,
            "WRITE_TIMEOUT": SEARCH_TIMEOUT,
            "TIMEOUT": 1,
            "AUTO_UPDATE": auto_update,
        },
        "database": {"BACKEND": "search.backend", "AUTO_UPDATE": auto_update},
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends, **settings)


@pytest.fixture
def refused_url():
    """A local port nobody listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def silent_url():
    """A local port that accepts connections (the kernel does, from the backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture
def connection_attempts():
    """Every HTTP request the Elasticsearch client makes, still made for real."""
    original = Urllib3HttpNode.perform_request
    with mock.patch.object(Urllib3HttpNode, "perform_request", autospec=True, side_effect=original) as spy:
        yield spy


@pytest.fixture
def puppetry(portal):
    return ArticlePageFactory(
        parent=portal.culture,
        title="Múa rối nước Thăng Long trở lại phố cổ",
        slug="mua-roi-nuoc-thang-long",
        lead="Những buổi diễn múa rối nước miễn phí mỗi tối cuối tuần bên hồ Hoàn Kiếm.",
    )


@pytest.fixture
def pages(portal, puppetry):
    """The live public Vietnamese pages, as the search page filters them; indexed in the database beforehand."""
    return Page.objects.live().public().filter(locale=portal.locales.vi)


def titles(results):
    return [page.title for page in results[:10]]


def result_titles(response):
    listing = BeautifulSoup(response.content, "html.parser").find("section", class_="search-listing")
    return [" ".join(h3.get_text().split()) for h3 in listing.find_all("h3")] if listing else []


def warnings_from(caplog, logger="search.resilience"):
    return [record for record in caplog.records if record.name == logger and record.levelno == logging.WARNING]


def api_error(cls, status, error_type):
    meta = ApiResponseMeta(
        status=status,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.01,
        node=NodeConfig("http", "127.0.0.1", 9200),
    )
    return cls(error_type, meta=meta, body={"error": {"type": error_type}, "status": status})


def answering_cluster(*pages_found):
    """The client's search and count answering with `pages_found`, as a healthy cluster would."""
    hits = {"hits": {"hits": [{"fields": {"pk": [str(page.pk)]}, "_score": 2.5} for page in pages_found]}}
    return (
        mock.patch.object(Elasticsearch, "search", return_value=hits),
        mock.patch.object(Elasticsearch, "count", return_value={"count": len(pages_found)}),
    )


@pytest.mark.django_db
class TestFallback:
    def test_a_refused_connection_is_answered_from_the_database_with_one_warning(self, pages, refused_url, caplog):
        with cluster_at(refused_url):
            results = search_with_fallback(run_search, pages, "múa rối", sort="relevance")

            assert titles(results) == ["Múa rối nước Thăng Long trở lại phố cổ"]
            assert results.count() == 1
            assert results.degraded
            assert search_status() == "degraded"

        [warning] = warnings_from(caplog)
        assert "ConnectionError" in warning.getMessage()
        assert "Connection refused" in warning.getMessage()
        assert "the database answers searches for the next 60 s" in warning.getMessage()
        assert warning.exc_info is None  # a line, not a traceback

    def test_a_cluster_that_does_not_answer_costs_no_more_than_the_search_timeout(self, pages, silent_url, caplog):
        with cluster_at(silent_url):
            started = time.monotonic()
            results = search_with_fallback(run_search, pages, "múa rối")
            found = titles(results)
            elapsed = time.monotonic() - started

        assert found == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert elapsed < SEARCH_TIMEOUT + 1.0
        [warning] = warnings_from(caplog)
        assert "ConnectionTimeout" in warning.getMessage()

    def test_a_search_tries_the_cluster_once_with_the_short_timeout(self, pages, refused_url, connection_attempts):
        with cluster_at(refused_url):
            titles(search_with_fallback(run_search, pages, "múa rối"))

        assert connection_attempts.call_count == 1  # no retries
        assert connection_attempts.call_args.kwargs["request_timeout"] == SEARCH_TIMEOUT

    def test_while_the_circuit_is_open_searches_do_not_call_the_cluster(self, pages, refused_url, connection_attempts):
        with cluster_at(refused_url):
            titles(search_with_fallback(run_search, pages, "múa rối"))
            attempts_after_failure = connection_attempts.call_count

            later = search_with_fallback(run_search, pages, "hồ Hoàn Kiếm")
            found = titles(later)

        assert attempts_after_failure == 1
        assert connection_attempts.call_count == 1
        assert found == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert later.degraded

    def test_when_the_open_period_ends_one_request_tries_the_cluster_again(
        self, pages, refused_url, connection_attempts, caplog
    ):
        with cluster_at(refused_url, ELASTICSEARCH_CIRCUIT_SECONDS=1):
            titles(search_with_fallback(run_search, pages, "múa rối"))
            time.sleep(1.1)

            # Another worker is probing the cluster right now: this search does not wait for it.
            assert resilience._may_call_elasticsearch() == (True, True)
            assert titles(search_with_fallback(run_search, pages, "múa rối"))
            assert connection_attempts.call_count == 1

            # The probe failed (as this one will); the probe after it finds the cluster still down.
            resilience._cache("delete", resilience._PROBE_KEY)
            assert titles(search_with_fallback(run_search, pages, "múa rối"))

        assert connection_attempts.call_count == 2
        assert len(warnings_from(caplog)) == 2

    def test_a_cluster_that_answers_again_is_used_again(self, pages, puppetry, refused_url, caplog):
        search_patch, count_patch = answering_cluster(puppetry)
        with cluster_at(refused_url, ELASTICSEARCH_CIRCUIT_SECONDS=1, ELASTICSEARCH_HEALTH_CHECK_SECONDS=0):
            titles(search_with_fallback(run_search, pages, "múa rối"))
            time.sleep(1.1)
            with search_patch as cluster_search, count_patch:
                probe = search_with_fallback(run_search, pages, "múa rối")
                found = titles(probe)
                # No probe to wait for any more: every search goes to the cluster.
                assert resilience._may_call_elasticsearch() == (True, False)
                assert titles(search_with_fallback(run_search, pages, "rối nước")) == found
                status = search_status()

        assert found == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert not probe.degraded
        assert cluster_search.call_count == 2
        assert status == "ok"
        assert any("answers again" in record.getMessage() for record in caplog.records)

    @pytest.mark.parametrize(
        "error",
        [
            api_error(ApiError, 503, "cluster_block_exception"),
            api_error(NotFoundError, 404, "index_not_found_exception"),
        ],
        ids=["unavailable", "index-missing"],
    )
    def test_a_cluster_answering_with_an_error_is_replaced_by_the_database(self, pages, refused_url, caplog, error):
        with cluster_at(refused_url), mock.patch.object(Elasticsearch, "search", side_effect=error):
            results = search_with_fallback(run_search, pages, "múa rối")

            assert titles(results) == ["Múa rối nước Thăng Long trở lại phố cổ"]
            assert search_status() == "degraded"
        assert len(warnings_from(caplog)) == 1

    def test_an_error_while_building_the_search_falls_back_too(self, refused_url):
        calls = []

        def run(text, *, backend):
            calls.append(backend)
            if backend == "default":
                raise ValueError("mapping for a page type that is not indexed")
            return ["kết quả từ cơ sở dữ liệu"]

        with cluster_at(refused_url):
            results = search_with_fallback(run, "lễ hội")
            found = list(results)

        assert calls == ["default", "database"]
        assert found == ["kết quả từ cơ sở dữ liệu"]

    def test_a_database_error_is_not_blamed_on_the_cluster(self, refused_url):
        class BrokenResults:
            def count(self):
                raise OperationalError("the database connection was lost")

        def run(text, *, backend):
            assert backend == "default"
            return BrokenResults()

        with cluster_at(refused_url, ELASTICSEARCH_HEALTH_CHECK_SECONDS=0):
            results = search_with_fallback(run, "lễ hội")
            with pytest.raises(OperationalError):
                results.count()

            assert search_status() == "ok"

    def test_without_elasticsearch_the_database_results_come_back_untouched(self):
        calls = []
        database_results = object()

        def run(text, *, sort, backend):
            calls.append((text, sort, backend))
            return database_results

        assert search_with_fallback(run, "lễ hội Gióng", sort="newest") is database_results
        assert calls == [("lễ hội Gióng", "newest", "default")]
        assert search_status() == "ok"

    def test_results_can_be_paginated_and_iterated(self, pages, refused_url):
        with cluster_at(refused_url):
            results = search_with_fallback(run_search, pages, "múa rối")

            assert isinstance(results, FallbackSearchResults)
            assert len(results) == 1
            assert [page.title for page in results] == ["Múa rối nước Thăng Long trở lại phố cổ"]
            assert results[0].title == "Múa rối nước Thăng Long trở lại phố cổ"
            assert results[5:10] == []


@pytest.mark.django_db
class TestHealthz:
    def test_healthz_says_degraded_while_the_database_stands_in_and_stays_200(self, client, pages, refused_url):
        with cluster_at(refused_url):
            titles(search_with_fallback(run_search, pages, "múa rối"))
            response = client.get("/healthz")

        assert response.status_code == 200
        assert response.json()["search"] == "degraded"
        assert response.json()["database"] == "ok"
        assert response.json()["status"] == "ok"

    def test_healthz_notices_a_dead_cluster_before_any_citizen_searches(
        self, client, pages, refused_url, connection_attempts, caplog
    ):
        with cluster_at(refused_url):
            response = client.get("/healthz")
            attempts_by_healthz = connection_attempts.call_count
            found = titles(search_with_fallback(run_search, pages, "múa rối"))

        assert response.status_code == 200
        assert response.json()["search"] == "degraded"
        assert attempts_by_healthz == 1
        # The citizen's search went straight to the database.
        assert connection_attempts.call_count == 1
        assert found == ["Múa rối nước Thăng Long trở lại phố cổ"]
        [warning] = warnings_from(caplog)
        assert "checking its health" in warning.getMessage()

    def test_healthz_checks_a_healthy_cluster_at_most_once_per_interval(self, client, refused_url, puppetry):
        search_patch, count_patch = answering_cluster(puppetry)
        with cluster_at(refused_url), search_patch, count_patch as cluster_count:
            first = client.get("/healthz").json()["search"]
            second = client.get("/healthz").json()["search"]

        assert first == second == "ok"
        assert cluster_count.call_count == 1
        assert cluster_count.call_args.kwargs == {"index": "wagtailcore_page"}


@pytest.mark.django_db
class TestIndexing:
    """Wagtail catches indexing errors of Elasticsearch backends; ours also keep them short and quiet."""

    def test_publishing_while_the_cluster_is_down_succeeds_and_the_database_can_find_it(
        self, portal, refused_url, caplog
    ):
        with cluster_at(refused_url, auto_update=True):
            article = ArticlePageFactory(
                parent=portal.news,
                title="Khởi công tu bổ đình Kim Liên",
                slug="khoi-cong-tu-bo-dinh-kim-lien",
                live=False,
                first_published_at=None,
            )
            article.save_revision().publish()
            pages = Page.objects.live().public().filter(locale=portal.locales.vi)
            found = titles(search_with_fallback(run_search, pages, "đình Kim Liên"))

        assert ArticlePage.objects.get(pk=article.pk).live
        assert found == ["Khởi công tu bổ đình Kim Liên"]
        [warning] = warnings_from(caplog)
        assert "trying to index" in warning.getMessage()
        assert warning.exc_info is None
        assert not [record for record in caplog.records if record.levelno >= logging.ERROR]

    def test_while_the_circuit_is_open_saving_does_not_call_the_cluster(
        self, portal, refused_url, connection_attempts, caplog
    ):
        with cluster_at(refused_url, auto_update=True):
            article = ArticlePageFactory(parent=portal.news, title="Hội thao ngành Văn hóa", slug="hoi-thao")
            attempts_after_failure = connection_attempts.call_count
            article.title = "Hội thao ngành Văn hóa và Thể thao năm 2025"
            article.save_revision().publish()
            article.unpublish()
            article.delete()

        assert attempts_after_failure == 1
        assert connection_attempts.call_count == 1
        assert not ArticlePage.objects.filter(pk=article.pk).exists()
        assert any("update_index" in record.getMessage() for record in warnings_from(caplog, "search.elasticsearch"))

    def test_a_document_the_cluster_refuses_does_not_stop_searches(self, portal, refused_url, caplog):
        refusal = api_error(BadRequestError, 400, "mapper_parsing_exception")
        with cluster_at(refused_url, auto_update=True), mock.patch.object(Elasticsearch, "index", side_effect=refusal):
            ArticlePageFactory(parent=portal.news, title="Triển lãm ảnh Hà Nội xưa", slug="trien-lam-anh")

            assert not resilience.circuit_is_open()
        [warning] = warnings_from(caplog, "search.elasticsearch")
        assert "refused to index" in warning.getMessage()


def view_uses_fallback():
    return getattr(search.views, "search_with_fallback", None) is search_with_fallback


@pytest.mark.django_db
@pytest.mark.skipif(not view_uses_fallback(), reason="search.views does not call search.resilience yet")
class TestSearchPage:
    def test_the_search_page_answers_from_the_database_when_the_cluster_is_down(
        self, client, puppetry, refused_url, connection_attempts, caplog
    ):
        with cluster_at(refused_url):
            response = client.get("/vi/search/", {"q": "múa rối"})
            health = client.get("/healthz").json()
            again = client.get("/vi/search/", {"q": "rối nước"})

        assert response.status_code == 200
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert again.status_code == 200
        assert result_titles(again) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert health["search"] == "degraded"
        assert connection_attempts.call_count == 1
        assert len(warnings_from(caplog)) == 1

    def test_the_search_page_does_not_wait_for_a_silent_cluster(self, client, puppetry, silent_url):
        with cluster_at(silent_url):
            started = time.monotonic()
            response = client.get("/vi/search/", {"q": "múa rối"})
            elapsed = time.monotonic() - started

        assert response.status_code == 200
        assert result_titles(response) == ["Múa rối nước Thăng Long trở lại phố cổ"]
        assert elapsed < SEARCH_TIMEOUT + 1.5
