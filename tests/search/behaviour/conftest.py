"""The corpus, built once per test class, and the search backends the suite runs against.

`SEARCH_BEHAVIOUR_BACKENDS` (comma-separated aliases of WAGTAILSEARCH_BACKENDS, default "database") chooses the
backends: by default the database backend of the database the tests run on (SQLite or PostgreSQL).
tests/search/test_elasticsearch_live.py runs the same classes against an Elasticsearch cluster when
ELASTICSEARCH_URL is set."""

import os

import pytest
from modelsearch.backends import get_search_backend

from django.db import transaction

from tests.search.behaviour.corpus import build_corpus


def backend_aliases():
    return [alias.strip() for alias in os.environ.get("SEARCH_BEHAVIOUR_BACKENDS", "database").split(",") if alias]


def refresh(alias):
    """Make what was just indexed searchable: Elasticsearch only sees new documents after a refresh."""
    backend = get_search_backend(alias)
    if hasattr(backend, "refresh_indexes"):
        backend.refresh_indexes()
    else:
        for index in getattr(backend, "get_indexes", lambda: [])():
            if hasattr(index, "refresh"):
                index.refresh()


@pytest.fixture(params=backend_aliases(), scope="class")
def search_backend(request):
    return request.param


@pytest.fixture(scope="class")
def corpus(django_db_setup, django_db_blocker, search_backend):
    """The corpus in a transaction of its own, rolled back once the class's tests have run (each test runs in a
    savepoint inside it, so what a test changes is undone after it)."""
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
