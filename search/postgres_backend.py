"""Wagtail's PostgreSQL search backend indexing folded text too, with titles ranked alike whatever their length, and
fast on a large archive.

Imported only on PostgreSQL. Why folded text: see search/backend.py.

Why the search page ranks a capped set of candidates
----------------------------------------------------
Wagtail's backend ranks every page that matches, with `ts_rank` over each page's body vector. Vietnamese is
written in syllables, and the syllables of "Hà Nội", "văn hóa" or "lễ hội" are in nearly every article: at 100,000
articles such a search ranked 100,000 body vectors, each read from TOAST, and took two seconds (bench/). Here a
reader's search (a `ReaderQuery`, from the search page; the admin's searches keep Wagtail's behaviour) gathers
candidates first, with what PostgreSQL can find quickly, and ranks only them:

- the newest `MAX_RESULTS` + 1 matches (after the reader's filters). When there are no more than `MAX_RESULTS`,
  these are all the matches, and the ranking and the count are exact;
- when there are more, the page says "more than 200 results" and asks for more words or a filter, and the
  candidates also get the newest `MAX_RESULTS` pages whose title matches and, for a query typed with diacritics,
  that match it exactly, so that an older article named by the query, or written as the reader wrote, still comes
  first. Those are looked for only while PostgreSQL expects them to be few (`POOL_ESTIMATE_LIMIT`); when they are
  many, the newest matches already hold plenty of them.

Sorted newest first, the newest matches are the answer itself.

A page matches when its body vector does: the body holds the title too (`FoldingPostgresObjectIndexer.body`), so
one vector is read, and Wagtail's GIN index on it serves. The newest matches are found one of two ways, chosen by
their cost as estimated from PostgreSQL's statistics (one EXPLAIN, well under a millisecond):

- walk: the pages are read newest first and each one's entry tested until enough match. Cheap for a common query.
  A walk has a time budget (a statement timeout, twice the estimate) and, past it, gives way to collecting:
  PostgreSQL takes a query's words to be independent, and expected five times too few matches for "múa rối nước".
  Both ways find the same pages; only the time differs;
- collect: every match comes from the GIN index, then the newest of them. PostgreSQL would rather read the whole
  table than the index when many entries match, not counting that it then reads every body vector from TOAST
  (0.7 s instead of 15 ms for 33,000 matches), so sequential scans are off for this query, and with few matches
  each one's page is looked up by its key.

The extra candidates (title, exact) have a budget of their own (POOL_TIMEOUT_MS): when PostgreSQL misjudges them
and they take longer, the search goes on without them. Parallel workers are off for all of this: each one would
build the same hash of matches, which on two cores costs more than it saves.

A quoted phrase is special: the GIN index cannot tell whether the words follow each other, so collecting reads the
body of every page holding the words, and PostgreSQL's estimate counts those pages, not the phrase's matches. A
phrase is therefore walked first, for no longer than collecting would take, unless its words are rare.

Measured with bench/ on the 2-core development machine, 100,000 articles, 200 varied searches: median 2.1 s →
40 ms, p95 3.1 s → 135 ms (figures in the README).
"""

import json
import math
from contextlib import contextmanager
from functools import cached_property

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import SearchField, class_is_indexed

from django.db import DatabaseError, OperationalError, connection, transaction
from django.db.models import BooleanField, CharField, ExpressionWrapper, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast

from wagtail.models import Page
from wagtail.search.query import Phrase

from search.backend import MAX_RESULTS, FoldingIndexerMixin, ReaderQuery, add_items_with_indexer

# Wagtail's index entries (table wagtailsearch_indexentry), as the backend itself finds them.
IndexEntry = postgres.IndexEntry

# Measured at 100,000 articles on the 2-core development machine: testing one page's entry while walking the pages
# costs ~6 µs (its body vector is read from TOAST), collecting one match from the GIN index ~1.5 µs.
WALK_COST = 10
COLLECT_COST = 1.5
# A walk may take this many times as long as PostgreSQL's estimate says, then gives way to collecting the
# matches: PostgreSQL takes the words of a query to be independent, and expected five times too few matches for
# "múa rối nước". (Both find the same pages; only the time differs.)
WALK_SLACK = 2
# The shortest time budget, in milliseconds, for a walk or for the extra candidates.
MIN_BUDGET_MS = 10
# Reading a body vector from TOAST to check a phrase costs ~10 µs; a phrase whose words are in so few pages that
# checking them all costs less than PHRASE_COLLECT_AT_ONCE µs is collected without a walk.
PHRASE_RECHECK_COST = 10
PHRASE_COLLECT_AT_ONCE = 30_000
# How long the extra candidates may take to find, in milliseconds: they improve the order, the search works without.
POOL_TIMEOUT_MS = 25
# PostgreSQL's error code for a query cancelled by its statement timeout.
QUERY_CANCELED = "57014"
# Up to this many matches expected, their pages are looked up one by one when collecting.
FEW_MATCHES = 5000
# Title or exact matches are gathered as extra candidates only when PostgreSQL expects no more than this many.
POOL_ESTIMATE_LIMIT = 3000


class FoldingPostgresObjectIndexer(FoldingIndexerMixin, postgres.ObjectIndexer):
    @cached_property
    def body(self):
        """Every searched field, the title included (Wagtail's body leaves the title out): a page matches when its
        body vector does, which PostgreSQL tests three times faster than `title || body`, and the body's GIN
        index finds it."""
        texts = [
            (value, weight)
            for field in self.search_fields
            for current_field, weight, value in self.prepare_field(self.obj, field)
            if isinstance(current_field, SearchField)
        ]
        return self.as_vector(texts)


class FoldingPostgresIndex(postgres.PostgresIndex):
    add_items = add_items_with_indexer(postgres.PostgresIndex.add_items, FoldingPostgresObjectIndexer)


def _estimated_rows(queryset):
    """PostgreSQL's estimate of the rows `queryset` returns, without running it."""
    plan = json.loads(queryset.explain(format="json"))
    return plan[0]["Plan"]["Plan Rows"]


@contextmanager
def _planner_settings(**settings):
    """PostgreSQL planner settings for the queries run inside, restored after them. (Inside a transaction that fails
    meanwhile, rolling it back to its savepoint restores them.)"""
    with connection.cursor() as cursor:
        for name, value in settings.items():
            cursor.execute(f"SET {name} = {value}")
        try:
            yield
        finally:
            try:
                for name in settings:
                    cursor.execute(f"RESET {name}")
            except DatabaseError:
                # A query inside failed and aborted the transaction: rolling it back restores the settings, and
                # the query's own error is the one to report.
                pass


def _within(budget_us, run):
    """`run()`, or None when its queries take longer than `budget_us` microseconds (at least MIN_BUDGET_MS)."""
    milliseconds = max(MIN_BUDGET_MS, math.ceil(budget_us / 1000))
    try:
        # A savepoint: a query cancelled by its timeout aborts it, not the reader's whole request.
        with transaction.atomic(), _planner_settings(statement_timeout=milliseconds):
            return run()
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) != QUERY_CANCELED:
            raise
        return None


def _has_phrase(query):
    if isinstance(query, Phrase):
        return True
    return any(_has_phrase(subquery) for subquery in getattr(query, "subqueries", ()))


def _estimated_entries():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [IndexEntry._meta.db_table])
        row = cursor.fetchone()
    return max(row[0], 1) if row else 1


class CandidatePostgresQueryCompiler(postgres.PostgresSearchQueryCompiler):
    """Ranks titles alike whatever their length, and searches pages through capped candidates (module docstring)."""

    def get_index_vectors(self, search_query):
        # Wagtail multiplies the title's rank by a "title norm" (average title length / this title's length),
        # which favours short titles so much that a long title's match can weigh less than a body's. The fields'
        # weights (B for the title, D for the rest) already rank a title match well above a body match.
        return [(F("index_entries__title"), 1.0), (F("index_entries__body"), 1.0)]

    def _searches_candidates(self):
        return (
            self.fields is None
            and issubclass(self.queryset.model, Page)
            and class_is_indexed(self.queryset.model)
            and isinstance(self.query, ReaderQuery)
        )

    # --- the newest matches -------------------------------------------------------------------------------

    def _newest(self, pages):
        return pages.order_by("-first_published_at", "-pk").values_list("pk", flat=True)

    def _walk(self, tsquery, limit, budget_us):
        """The newest `limit` pages whose body matches, testing each page's own entry, newest page first; None when
        that takes longer than `budget_us` microseconds: the query is rarer than PostgreSQL expected."""
        own_entry = (
            IndexEntry.objects.filter(
                content_type_id=OuterRef("content_type_id"), object_id=Cast(OuterRef("pk"), CharField())
            )
            .annotate(_matches_=ExpressionWrapper(Q(body=tsquery), output_field=BooleanField()))
            .values("_matches_")[:1]
        )
        # A scalar subquery, which PostgreSQL cannot turn into a join: each page is tested as it is reached.
        pages = self.queryset.annotate(_entry_matches_=Subquery(own_entry, output_field=BooleanField()))
        return _within(budget_us, lambda: list(self._newest(pages.filter(_entry_matches_=True))[:limit]))

    def _collect(self, entries, limit, estimate):
        """The newest `limit` pages among those of the index `entries`, found through the GIN index."""
        page_ids = entries.annotate(_page_id_=Cast("object_id", IntegerField())).values("_page_id_")
        newest = self._newest(self.queryset.filter(pk__in=Subquery(page_ids)))[:limit]
        # Where many entries match, PostgreSQL prefers reading the whole table to the GIN index, not counting
        # that it then reads every body vector from TOAST: 0.7 s instead of 15 ms for 33,000 matches.
        settings = {"enable_seqscan": "off"}
        if estimate <= FEW_MATCHES:
            # Few matches: each one's page is looked up by its key, rather than every page passing the filters
            # (a section, a format) read to be joined with them (9 ms instead of 50 for 3,000 matches).
            settings.update(enable_hashjoin="off", enable_mergejoin="off")
        with _planner_settings(**settings):
            return list(newest)

    def _newest_matches(self, tsquery, limit, field="body", estimate_limit=None, has_phrase=False):
        """The newest `limit` pages whose `field` (body: the whole page) matches; None when PostgreSQL expects more
        than `estimate_limit` matches."""
        entries = IndexEntry.objects.filter(**{field: tsquery})
        estimate = max(_estimated_rows(entries), 1)
        if estimate_limit is not None and estimate > estimate_limit:
            return None
        if field == "body":
            # Pages to walk to meet `limit` matches, if the matches are spread evenly over time.
            pages_to_walk = limit * max(_estimated_entries() / estimate, 1)
            if has_phrase:
                # The GIN index cannot tell whether a phrase's words follow each other, so collecting reads the body
                # of every page that has the words (~10 µs each), and PostgreSQL's estimate counts those pages, not
                # the phrase's matches. Unless they are few, the pages are walked first, for no longer than
                # collecting would take.
                collect_cost = PHRASE_RECHECK_COST * estimate
                if collect_cost > PHRASE_COLLECT_AT_ONCE:
                    found = self._walk(tsquery, limit, budget_us=collect_cost)
                    if found is not None:
                        return found
            elif WALK_COST * pages_to_walk < COLLECT_COST * estimate:
                found = self._walk(tsquery, limit, budget_us=WALK_SLACK * WALK_COST * pages_to_walk)
                if found is not None:
                    return found
        return self._collect(entries, limit, estimate)

    def candidates(self, config):
        """(candidate page ids, count): the count is exact up to MAX_RESULTS and MAX_RESULTS + 1 beyond."""
        cached = getattr(self, "_candidates_cache", None)
        if cached is not None:
            return cached
        # Parallel workers each build the same hash of matches: on two cores they cost more than they save.
        with _planner_settings(max_parallel_workers_per_gather=0):
            self._candidates_cache = self._find_candidates(config)
        return self._candidates_cache

    def _find_candidates(self, config):
        tsquery = self.build_tsquery(self.query, config=config)
        has_phrase = _has_phrase(self.query)
        newest = self._newest_matches(tsquery, MAX_RESULTS + 1, has_phrase=has_phrase)
        count = len(newest)
        candidates = newest
        if count > MAX_RESULTS and self.order_by_relevance:
            pools = [self._pool(tsquery, field="title")]
            # Not for a phrase: PostgreSQL's estimate of its matches means nothing (see _newest_matches).
            if self.query.folded is not None and not has_phrase:
                pools.append(self._pool(self.build_tsquery(self.query.exact, config=config)))
            candidates = list(dict.fromkeys([*newest, *(pk for pool in pools for pk in pool)]))
        return candidates, count

    def _pool(self, tsquery, field="body"):
        """Extra candidates: the newest MAX_RESULTS pages whose `field` matches, if PostgreSQL expects them to be
        few; none when it does not, or when they take longer than POOL_TIMEOUT_MS to find (PostgreSQL took the
        words of "lụa Vạn" to be independent, and expected seven times too few pages with both)."""
        found = _within(
            POOL_TIMEOUT_MS * 1000,
            lambda: self._newest_matches(tsquery, MAX_RESULTS, field=field, estimate_limit=POOL_ESTIMATE_LIMIT),
        )
        return found or []

    # --- Wagtail's entry points ---------------------------------------------------------------------------

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._searches_candidates():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        candidates, _count = self.candidates(config)
        queryset = self.queryset.filter(pk__in=candidates)
        if not self.order_by_relevance:
            # The queryset's own order (newest first), which is the candidates' order.
            return queryset[start:stop]
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class CandidatePostgresSearchResults(postgres.PostgresSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if not compiler._searches_candidates():
            return super()._do_count()
        _candidates, count = compiler.candidates(compiler.get_config(self.backend))
        count = max(count - self.start, 0)
        return min(count, self.stop - self.start) if self.stop is not None else count


class FoldingPostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = CandidatePostgresQueryCompiler
    results_class = CandidatePostgresSearchResults
    index_class = FoldingPostgresIndex
