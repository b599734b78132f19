"""Wagtail's SQLite FTS5 search backend indexing folded text too, with the title column weighted.

Imported only on SQLite: Wagtail defines the model of the FTS5 table there and nowhere else. Why: see
search/backend.py."""

from modelsearch.backends.database.sqlite import sqlite

from django.db.models import FloatField, Func

from search.backend import FoldingIndexerMixin, add_items_with_indexer

# How much more a word in the title counts than the same word elsewhere. BM25 saturates (a word counts less and
# less each time it recurs), so a large weight is needed for a single title word to outweigh a body that repeats
# the word: with 3 the behaviour suite's title-over-body cases fail, with 10 every case holds.
TITLE_WEIGHT = 10.0


class FoldingSQLiteObjectIndexer(FoldingIndexerMixin, sqlite.ObjectIndexer):
    pass


class FoldingSQLiteIndex(sqlite.SQLiteIndex):
    add_items = add_items_with_indexer(sqlite.SQLiteIndex.add_items, FoldingSQLiteObjectIndexer)


class _TitleWeightedBM25(Func):
    """FTS5's bm25() with the title column weighted; the FTS5 table's columns are (autocomplete, body, title).
    Lower is better, as with Wagtail's ranking."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        return f"bm25({sqlite.SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class TitleWeightedSQLiteQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # Wagtail's ranking is bm25() over all columns alike, times a factor favouring short titles, whether or not
        # the words are in the title.
        return _TitleWeightedBM25()


class FoldingSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = TitleWeightedSQLiteQueryCompiler
    index_class = FoldingSQLiteIndex
