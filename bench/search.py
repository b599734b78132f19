"""Search benchmark: median and p95 latency of varied citizen queries on the portal's Vietnamese pages.

`python -m bench search [--queries 200] [--backend default]`, best on the archive of `python -m bench archive`.

Each query goes through the search page's own steps: the live public pages of the language under its home page
without withdrawn articles, the reader's filters (`search.filters.SearchFilters`), then
`search_with_fallback(run_search, …)` counted and sliced to the first page of results, as the page's paginator
does. "search" times that; "page" times the whole search page over HTTP (promotions, highlighted snippets, the
popular-queries counter and the template) for the same query.

The queries are made from the archive's own vocabulary (bench/vocabulary.py), deterministically from a seed: one
to five words, half of them typed without diacritics, some quoted phrases, names of places and people, half of
them with a filter (section, format, a date range) and some sorted newest first."""

import datetime
import math
import os
import random
import statistics
import time
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from wagtail.models import Locale, Page, Site

from bench import vocabulary as words
from bench.writer import person_name
from search.backend import run_search
from search.filters import NEWEST, RELEVANCE, SearchFilters
from search.folding import fold
from search.resilience import search_with_fallback
from search.views import live_public_pages
from sections.listings import PAGE_SIZE
from sections.models import ArticlePage, SectionPage
from sections.visibility import public_q

QUERY_COUNT = 200
WARM_UP = 5
SQL_COUNT_SAMPLE = 20
MAX_WORDS = 5
# The target for the 95th percentile at 100,000 articles.
P95_TARGET_MS = 150
FOLDED_SHARE = 0.5
FILTERED_SHARE = 0.5
NEWEST_SHARE = 0.15
QUERY_KINDS = {"word": 15, "phrase": 25, "place": 15, "person": 10, "mixed": 15, "quoted": 20}
FORMATS = [value for value, _label in ArticlePage.Format.choices]


@dataclass(frozen=True)
class BenchQuery:
    text: str
    kind: str
    section: str = ""  # slug of a top-level section
    format: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = RELEVANCE

    @property
    def params(self):
        """The search page's query string for this query."""
        values = {
            "q": self.text,
            "section": self.section,
            "format": self.format,
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort if self.sort != RELEVANCE else "",
        }
        return {name: value for name, value in values.items() if value}

    def describe(self):
        return urlencode(self.params)


@dataclass
class Timing:
    query: BenchQuery
    search_ms: float
    page_ms: float | None
    results: int
    sql_queries: int


def _words_of(phrase):
    return [word.strip(",.:;–") for word in phrase.split() if any(char.isalpha() for char in word)]


def _first_words(rng, phrase, low=1, high=MAX_WORDS):
    found = _words_of(phrase)
    return " ".join(found[: rng.randint(min(low, len(found)), min(high, len(found)))])


def _all_topics():
    return [topic for topics in words.TOPICS.values() for topic in topics]


def _text(rng, kind):
    topics = _all_topics()
    if kind == "word":
        return rng.choice([word for phrase in topics + words.EVENTS for word in _words_of(phrase) if len(word) > 2])
    if kind == "phrase":
        return _first_words(rng, rng.choice(topics + words.EVENTS), low=2)
    if kind == "place":
        return _first_words(rng, rng.choice(words.DISTRICTS + words.LANDMARKS), low=2)
    if kind == "person":
        return rng.choice(words.WELL_KNOWN_PEOPLE) if rng.random() < 0.7 else person_name(rng)
    if kind == "mixed":
        return f"{_first_words(rng, rng.choice(topics), low=2, high=3)} {rng.choice(words.DISTRICTS)}"
    # A quoted phrase, alone or after a word.
    found = _words_of(rng.choice(topics + words.LANDMARKS))
    start = rng.randrange(max(1, len(found) - 1))
    phrase = " ".join(found[start : start + rng.randint(2, 4)])
    if rng.random() < 0.3:
        return f'{rng.choice(words.DISTRICTS).split()[0]} "{phrase}"'
    return f'"{phrase}"'


def _date_range(rng, today):
    days = rng.choice((30, 365, 3 * 365))
    start = today - datetime.timedelta(days=rng.randint(days, 10 * 365))
    return start, start + datetime.timedelta(days=days)


def make_queries(count=QUERY_COUNT, *, seed=1, sections=(), today=None):
    """`count` varied queries, the same ones for the same seed; `sections` are the slugs the section filter may
    use. Dates are relative to `today` (today by default)."""
    rng = random.Random(seed)
    today = today or datetime.date.today()
    kinds, weights = list(QUERY_KINDS), list(QUERY_KINDS.values())
    queries = []
    while len(queries) < count:
        kind = rng.choices(kinds, weights)[0]
        text = _text(rng, kind)
        if len(_words_of(text)) > MAX_WORDS or not text.strip('" '):
            continue
        if rng.random() < FOLDED_SHARE:
            text = fold(text)
        filters = {}
        if rng.random() < FILTERED_SHARE:
            available = ["format", "dates", *(["section"] if sections else [])]
            for name in rng.sample(available, rng.choice((1, 1, 2))):
                if name == "section":
                    filters["section"] = rng.choice(sections)
                elif name == "format":
                    filters["format"] = rng.choice(FORMATS)
                else:
                    filters["date_from"], filters["date_to"] = _date_range(rng, today)
        sort = NEWEST if rng.random() < NEWEST_SHARE else RELEVANCE
        queries.append(BenchQuery(text=text, kind=kind, sort=sort, **filters))
    return queries


class SearchContext:
    """What the search page looks up before it searches: the language, its home page and top-level sections."""

    def __init__(self, language_code="vi", hostname="localhost"):
        self.locale = Locale.objects.get(language_code=language_code)
        site = Site.objects.filter(hostname=hostname).first() or Site.objects.get(is_default_site=True)
        root = site.root_page
        if root.locale_id != self.locale.pk:
            root = Page.objects.get(translation_key=root.translation_key, locale=self.locale)
        self.home = root
        self.sections = {
            section.slug: section
            for section in SectionPage.objects.child_of(self.home).live().filter(public_q()).order_by("path")
        }

    def pages(self, query):
        """The pages the search page would search for `query`: live, public, of this language, under its home,
        without withdrawn articles, narrowed by the query's filters."""
        filters = SearchFilters(
            section=self.sections.get(query.section),
            format=query.format,
            date_from=query.date_from,
            date_to=query.date_to,
            sort=query.sort,
        )
        pages = live_public_pages(self.locale, self.home, filters.page_model or Page)
        return filters.apply(pages).defer_streamfields(), filters.sort


def run_one(context, query, backend="default"):
    """One search as the page runs it: (number of results, the first page of them)."""
    pages, sort = context.pages(query)
    if backend == "default":
        results = search_with_fallback(run_search, pages, query.text, sort=sort)
    else:
        results = run_search(pages, query.text, sort=sort, backend=backend)
    # The paginator counts first, then takes its slice.
    count = results.count()
    return count, list(results[:PAGE_SIZE])


def percentile(values, share):
    """Nearest-rank percentile: the smallest value that `share` percent of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * share / 100) - 1)]


def _timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - start) * 1000, result


def benchmark(
    count=QUERY_COUNT, *, seed=1, backend="default", with_page=True, warm_up=WARM_UP, today=None, progress=None
):
    """Run `count` queries and return the figures (a dict, ready for JSON). Query logging is off while timing."""
    context = SearchContext()
    queries = make_queries(count, seed=seed, sections=list(context.sections), today=today)
    client = Client(HTTP_HOST="localhost")
    timings = []
    with override_settings(DEBUG=False):
        for query in make_queries(warm_up, seed=seed + 1, sections=list(context.sections), today=today):
            run_one(context, query, backend)
            if with_page:
                client.get("/vi/search/", query.params)
        for number, query in enumerate(queries, start=1):
            search_ms, (results, _hits) = _timed(run_one, context, query, backend)
            page_ms = None
            if with_page:
                page_ms, response = _timed(client.get, "/vi/search/", query.params)
                assert response.status_code == 200, (query, response.status_code)
            timings.append(Timing(query, search_ms, page_ms, results, 0))
            if progress:
                progress(number, count)
    # Counted apart from the timed runs (capturing queries has a cost of its own), on a sample: the number of
    # statements depends on the code path, not on the words.
    for timing in timings[:SQL_COUNT_SAMPLE]:
        with CaptureQueriesContext(connection) as captured:
            run_one(context, timing.query, backend)
        timing.sql_queries = len(captured)
    return summarise(timings, backend=backend)


def _figures(values):
    return {
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 95), 1),
        "max_ms": round(max(values), 1),
        "mean_ms": round(statistics.fmean(values), 1),
    }


def summarise(timings, *, backend="default"):
    search_ms = [timing.search_ms for timing in timings]
    slowest = sorted(timings, key=lambda timing: timing.search_ms, reverse=True)[:10]
    summary = {
        "database": connection.vendor,
        "backend": backend,
        "queries": len(timings),
        "articles": ArticlePage.objects.count(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "search": _figures(search_ms),
        "p95_target_ms": P95_TARGET_MS,
        "p95_met": percentile(search_ms, 95) < P95_TARGET_MS,
        "sql_queries_per_search": {
            "median": statistics.median(timing.sql_queries for timing in timings[:SQL_COUNT_SAMPLE]),
            "max": max(timing.sql_queries for timing in timings[:SQL_COUNT_SAMPLE]),
        },
        "results": {
            "median": statistics.median(timing.results for timing in timings),
            "none": sum(1 for timing in timings if not timing.results),
        },
        "slowest": [
            {"query": asdict(timing.query), "search_ms": round(timing.search_ms, 1), "results": timing.results}
            for timing in slowest
        ],
        "all": [
            {"query": timing.query.describe(), "search_ms": round(timing.search_ms, 1), "results": timing.results}
            for timing in timings
        ],
    }
    page_ms = [timing.page_ms for timing in timings if timing.page_ms is not None]
    if page_ms:
        summary["page"] = _figures(page_ms)
    return summary
