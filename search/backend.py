"""One search for every backend: Vietnamese found with or without its diacritics, exact matches and titles first.

`run_search(pages, text)` is what the search page calls. `SearchBackend` is the database backend, for SQLite and
PostgreSQL alike (`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}, …}`).

Why an indexed folded copy of the text, and not an `unaccent` text search configuration
---------------------------------------------------------------------------------------
The ranking rules need both forms of every word in the index. "hạ" (summer), "hà" (river) and "ha" fold to the same
"ha", and a reader who types "hạ" must get the pages about summer first. An index that holds only the folded form
(PostgreSQL with `unaccent`, or SQLite FTS5's own `remove_diacritics`) cannot tell them apart, and so neither can
its ranking. So the database backends index every text twice, in the same place (title, body or autocomplete) and
with the same weight: as written, and folded by `search.folding.fold` (lower case, no diacritics, đ → d). This is
done by the backends' indexer (`FoldingIndexerMixin`), so it holds for every indexed model (pages, images,
documents, snippets, and the content types still to come) without a field on any of them, and it costs nothing
on Elasticsearch, which folds in its own analyzers (search/elasticsearch.py).

A query is searched as typed OR folded (`search_query_for`): "ha noi" meets the folded copy of a page about
"Hà Nội"; "Hà Nội" meets its exact text and, folded, a page that writes "Ha Noi"; and a page that matches the
query as typed matches both halves and scores above a page that matches only the folded half. The same Python
function folds both sides, so the database needs no extension (`unaccent` needs a superuser to install), and SQLite
and PostgreSQL fold exactly alike, "đ" included, which FTS5 never folds.

What else each database backend needs, done in search/sqlite_backend.py and search/postgres_backend.py:

- SQLite: Wagtail creates the FTS5 table with `remove_diacritics 1`, which folds most diacritics (so "hạ" could
  not rank above "hà") but not "đ" nor letters with two marks ("ộ", "ồ"). Migration `search.0002` rebuilds it
  with `remove_diacritics 0`. Wagtail ranks with one `bm25()` over all columns alike, so a title match weighs no
  more than a body match: the title column is weighted `TITLE_WEIGHT` (10) times the body.
- PostgreSQL: the server's default text search configuration is usually `english`, whose stop words drop
  Vietnamese words ("an" of "Quảng An", "do", "in") and whose stemmer mangles them; `SEARCH_CONFIG` defaults to
  `simple` (lower case, nothing dropped, nothing stemmed; English pages lose stemming). The title (boost 2) weighs B
  and the other fields D, about 1:20 in `ts_rank`; Wagtail's "title norm", which divides a title's rank by its
  length and let a long title's match rank below a body's, is left out.

After deploying this, or changing folding, rebuild the index: `manage.py update_index`.

Measured cost on the seeded demo (`seed_demo`: 270 index entries, 86 articles of ~1.4 KB of text; this shared
machine, best of several runs), Wagtail's database backend → this one:

- SQLite: `update_index` 0.19 s → 0.23 s; index (entries and FTS5 tables, optimized) 0.54 MB → 1.0 MB.
- PostgreSQL: `update_index` 0.35 s → 0.58 s; index table with its GIN indexes 0.79 MB → 1.2 MB.

Linearly extrapolated to 100,000 articles of that size: about 0.5 GB more index on either database, and some
50 s (SQLite) to 4 min (PostgreSQL) more for a full `update_index`; publishing one article costs a few
milliseconds more. Folding itself runs at ~13 million characters a second; the rest is the database indexing
twice the text. bench/ measures the real figures for the 100,000-article archive.
"""

import types
import unicodedata

from modelsearch.backends import database as database_backends
from modelsearch.index import RelatedFields

from django.db import connection

from wagtail.search.query import Or

from search.folding import fold
from search.query import build_search_query

# PostgreSQL text search configuration unless WAGTAILSEARCH_BACKENDS says otherwise.
DEFAULT_POSTGRES_SEARCH_CONFIG = "simple"

# The most results a search lists (ten pages). Beyond it the page says "more than 200 results" and the reader
# narrows the search with words or filters; PostgreSQL ranks no more than this many of the newest matches, and a
# few more (search/postgres_backend.py), which is what keeps a search of a large archive fast.
MAX_RESULTS = 200


class ReaderQuery(Or):
    """What a reader typed, for every backend an `Or` of the words as typed (`exact`) and, when folding changes
    them, the same words folded (`folded`). PostgreSQL tells a reader's search from Wagtail's own (the admin's) by
    this class (search/postgres_backend.py)."""

    def __init__(self, exact, folded=None):
        super().__init__([exact] if folded is None else [exact, folded])
        self.exact = exact
        self.folded = folded


def search_query_for(text):
    """The backend query for what the reader typed: the words as typed, or the same words folded; None when the
    text holds no word."""
    text = unicodedata.normalize("NFC", text)
    exact = build_search_query(text)
    if exact is None:
        return None
    folded_text = fold(text)
    # A query typed without diacritics is its own folded form (every backend lower-cases the words).
    if folded_text == text.lower():
        return ReaderQuery(exact)
    return ReaderQuery(exact, build_search_query(folded_text))


def run_search(pages, text, *, sort="relevance", backend="default"):
    """Search the already filtered Page queryset `pages` for `text`: the best matches first, or the newest first
    with sort="newest". Returns the backend's SearchResults of specific pages; the backend's errors propagate."""
    query = search_query_for(text)
    if query is None:
        # An empty query string is the backends' own way of finding nothing.
        query = ""
    if sort == "newest":
        # The id breaks ties between pages published at the same moment, so pagination is stable.
        return (
            pages.order_by("-first_published_at", "-id")
            .specific()
            .search(query, order_by_relevance=False, backend=backend)
        )
    return pages.specific().search(query, backend=backend)


class FoldingIndexerMixin:
    """For the `ObjectIndexer` of a Wagtail database backend: every text indexed is followed by its folded copy,
    in the same column (title, body or autocomplete) with the same weight, and all of it is in NFC, as queries
    are (text pasted in decomposed form by an editor then still matches exactly)."""

    def prepare_value(self, value):
        return unicodedata.normalize("NFC", super().prepare_value(value))

    def prepare_field(self, obj, field):
        if obj is not self.obj:
            # A related object's field, reached through the RelatedFields of one of this object's fields.
            yield from self._prepare_folded(obj, field)
            return
        # Wagtail's indexer prepares every field once for each column it fills (five on PostgreSQL, three on
        # SQLite), and a StreamField's searchable text is slow to extract: each field is prepared once.
        prepared = self.__dict__.setdefault("_prepared_fields", {})
        if field not in prepared:
            prepared[field] = list(self._prepare_folded(obj, field))
        yield from prepared[field]

    def _prepare_folded(self, obj, field):
        prepared = super().prepare_field(obj, field)
        if isinstance(field, RelatedFields):
            # Its sub-fields come back through this method and are folded there.
            yield from prepared
            return
        # (field, value) on SQLite, (field, weight, value) on PostgreSQL.
        for *field_and_weight, value in prepared:
            yield (*field_and_weight, value)
            yield (*field_and_weight, fold(value))


def _global_names(code):
    # Names in the function and in the comprehensions inside it, which have code objects of their own.
    nested = (const for const in code.co_consts if isinstance(const, types.CodeType))
    return set(code.co_names).union(*(_global_names(inner) for inner in nested))


def add_items_with_indexer(add_items, indexer_class):
    """Wagtail's `Index.add_items` for a database backend, using `indexer_class` where it names its module's
    `ObjectIndexer`. Wagtail offers no hook for the indexer; this keeps the rest of its add_items (the SQL, the
    title norms) Wagtail's own, as it evolves, instead of a copy of it."""
    if "ObjectIndexer" not in _global_names(add_items.__code__):  # pragma: no cover - a Wagtail upgrade changed it
        raise RuntimeError(f"{add_items.__qualname__} no longer uses ObjectIndexer: update search/backend.py")
    return types.FunctionType(
        add_items.__code__,
        {**add_items.__globals__, "ObjectIndexer": indexer_class},
        add_items.__name__,
        add_items.__defaults__,
        add_items.__closure__,
    )


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Wagtail's database backend for the database in use, set up to find and rank Vietnamese as the portal needs
    (see the module docstring)."""
    # The vendor's module is imported here only: Wagtail defines the FTS5 table's model on SQLite only, and
    # PostgreSQL's search needs its driver.
    if connection.vendor == "postgresql":
        from search.postgres_backend import FoldingPostgresSearchBackend

        return FoldingPostgresSearchBackend({"SEARCH_CONFIG": DEFAULT_POSTGRES_SEARCH_CONFIG, **params})
    backend = database_backends.SearchBackend(params)
    if connection.vendor == "sqlite" and database_backends.USE_SQLITE_FTS:
        from search.sqlite_backend import FoldingSQLiteSearchBackend

        return FoldingSQLiteSearchBackend(params)
    return backend
