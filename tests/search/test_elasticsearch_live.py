"""The shared search behaviour suite (tests/search/behaviour) against a real Elasticsearch cluster.

Runs only with ELASTICSEARCH_URL set (as in production: `https://user:password@host:9243`, ELASTICSEARCH_VERSION
for a 9 cluster), e.g. `ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python -m pytest
tests/search/test_elasticsearch_live.py`. Each test class gets indexes of its own, under a random prefix, created
with the portal's mappings and analyzers (`update_index --schema-only`), filled as editors fill them (pages indexed
as they are saved), and deleted afterwards; the cluster's other indexes are not touched."""

import io
import os
import uuid

import pytest
from modelsearch.backends import get_search_backend

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from tests.search.behaviour import test_behaviour as behaviour
from tests.search.behaviour.conftest import refresh
from tests.search.behaviour.corpus import build_corpus

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: the behaviour suite runs on Elasticsearch only with a cluster to talk to",
)


@pytest.fixture(scope="class")
def search_backend():
    return "default"


@pytest.fixture(scope="class")
def elasticsearch_indexes(django_db_setup, django_db_blocker):
    """Elasticsearch as "default", configured from the environment as cms.settings.base does, with empty indexes
    of this class's own."""
    prefix = f"test_{uuid.uuid4().hex[:12]}_"
    backends = {
        "default": {**settings.ELASTICSEARCH_SEARCH_BACKEND, "INDEX_PREFIX": prefix, "AUTO_UPDATE": True},
        "database": {"BACKEND": "search.backend", "AUTO_UPDATE": False},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), django_db_blocker.unblock():
        call_command("update_index", backend_name="default", schema_only=True, stdout=io.StringIO())
        try:
            yield prefix
        finally:
            client = get_search_backend("default").index_es
            # By name: clusters refuse wildcard deletes by default (action.destructive_requires_name).
            for name in client.indices.get(index=f"{prefix}*"):
                client.indices.delete(index=name)


@pytest.fixture(scope="class")
def corpus(django_db_setup, django_db_blocker, elasticsearch_indexes, search_backend):
    """The behaviour suite's corpus, indexed in Elasticsearch as it is saved, rolled back after the class."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            corpus = build_corpus()
            refresh(search_backend)
            yield corpus
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


class TestQueriesOnElasticsearch(behaviour.TestQueries):
    pass


class TestIndexKeptUpToDateOnElasticsearch(behaviour.TestIndexKeptUpToDate):
    pass


class TestQueriesWithoutWordsOnElasticsearch(behaviour.TestQueriesWithoutWords):
    pass
