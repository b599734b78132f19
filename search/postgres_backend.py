"""Wagtail's PostgreSQL search backend indexing folded text too, with titles ranked alike whatever their length.

Imported only on PostgreSQL. Why: see search/backend.py."""

from modelsearch.backends.database.postgres import postgres

from django.db.models import F

from search.backend import FoldingIndexerMixin, add_items_with_indexer


class FoldingPostgresObjectIndexer(FoldingIndexerMixin, postgres.ObjectIndexer):
    pass


class FoldingPostgresIndex(postgres.PostgresIndex):
    add_items = add_items_with_indexer(postgres.PostgresIndex.add_items, FoldingPostgresObjectIndexer)


class TitleWeightedPostgresQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def get_index_vectors(self, search_query):
        # Wagtail multiplies the title's rank by a "title norm" (average title length / this title's length),
        # which favours short titles so much that a long title's match can weigh less than a body's. The fields'
        # weights (B for the title, D for the rest) already rank a title match well above a body match.
        return [(F("index_entries__title"), 1.0), (F("index_entries__body"), 1.0)]


class FoldingPostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = TitleWeightedPostgresQueryCompiler
    index_class = FoldingPostgresIndex
