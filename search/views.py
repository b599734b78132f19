"""The citizen search page: `/<lang>/search/?q=…` over the live, public pages of the reader's language."""

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from urllib.parse import unquote_to_bytes, urlencode

from django.conf import settings
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.db import DataError, OperationalError, ProgrammingError, transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.utils import normalise_query_string

from search.backend import MAX_RESULTS, run_search
from search.filters import RELEVANCE, SORTS, content_types, read_filters
from search.highlight import highlight, query_terms, snippet
from search.models import NoResultQuery, popular_queries
from search.query import MAX_QUERY_LENGTH, build_search_query, clean_query
from search.resilience import search_with_fallback
from sections.listings import paginate, topics_for_locale
from sections.models import ArticlePage, SectionPage
from sections.visibility import public_q

logger = logging.getLogger(__name__)

# What a database backend raises for a query it cannot run (an FTS5 or tsquery syntax error). The reader then
# gets "no results" and we get a log line; any other exception is a fault of ours and is left to surface.
MALFORMED_QUERY_ERRORS = (DataError, OperationalError, ProgrammingError)

# Filters that mean the same in every language and so survive a switch of language; a section or a topic is a
# page or a snippet of one language and does not.
LANGUAGE_NEUTRAL_FILTERS = ("type", "format", "from", "to", "sort")


@dataclass
class SearchHit:
    """One result as the page shows it."""

    title: str
    url: str
    # The title and the snippet as HTML: escaped, with the reader's words in <mark>.
    title_html: str = ""
    snippet: str = ""
    # Title of the top-level section the page sits in; empty for a section itself and outside any section.
    section: str = ""
    # The format label of an article ("Tin", "Phóng sự ảnh"); empty for other pages.
    format_label: str = ""
    # An article's publication date, or when another page was last updated.
    date: datetime | None = None
    is_article: bool = False
    is_external: bool = False


def _query_string_is_utf8(request):
    """False when the query string's bytes are not UTF-8 (a link cut in the middle of a letter, or written by
    software using another encoding): Django would silently replace them and search for "�"."""
    try:
        raw = get_bytes_from_wsgi(request.META, "QUERY_STRING", "")
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeError:
        return False
    return True


def _locale_home(request, locale):
    """The home page of the reader's language on this site: results and sections come from below it."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return Page.objects.live().filter(translation_key=root.translation_key, locale=locale).first()


def _top_level_pages(home):
    if home is None:
        return []
    return list(Page.objects.child_of(home).live().filter(public_q()).order_by("path"))


def live_public_pages(locale, home, model=Page):
    # Withdrawn articles stay readable at their URL with a notice, but are no longer offered to readers. The search
    # backends filter on indexed fields only, so the (few) withdrawn pages are excluded by id.
    withdrawn = list(ArticlePage.objects.filter(withdrawn_at__isnull=False).values_list("pk", flat=True))
    pages = model.objects.live().filter(public_q(), locale=locale).exclude(pk__in=withdrawn)
    # Under the home page of this site only: another site's pages in the same language are not ours to show.
    return pages.descendant_of(home) if home is not None else pages


def _summary_text(page, description=""):
    """The text a result's snippet is cut from: the editors' promotion text, the lead or introduction, the search
    description, else the page's body."""
    text = description or getattr(page, "lead", "") or getattr(page, "intro", "") or page.search_description
    if text:
        return text
    body = getattr(page, "body", None)
    if not body:
        return ""
    return " ".join(str(part) for part in body.stream_block.get_searchable_content(body))


def _hit(page, request, sections_by_path, home, terms, description=""):
    section = None
    if home is not None:
        # Treebeard paths grow by a fixed step a level, so a page's top-level section is a prefix of its path.
        section = sections_by_path.get(page.path[: len(home.path) + Page.steplen])
    is_article = isinstance(page, ArticlePage)
    return SearchHit(
        title=page.title,
        url=page.get_url(request) or "",
        title_html=highlight(page.title, terms),
        snippet=snippet(_summary_text(page, description), terms),
        section=section.title if section is not None and section.pk != page.pk else "",
        format_label=page.get_format_display() if is_article else "",
        date=page.first_published_at if is_article else page.last_published_at,
        is_article=is_article,
    )


def _promotions(text, pages, with_external_links):
    """Editors' promoted results for this query, in their order: pages that pass the reader's filters, and
    external links unless the reader is filtering (a link out has no section, date or format to match)."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text)).order_by("sort_order", "pk")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    promoted_pages = {}
    if page_ids:
        promoted_pages = {page.pk: page for page in pages.filter(pk__in=page_ids).defer_streamfields().specific()}
    return [
        (promotion, promoted_pages.get(promotion.page_id))
        for promotion in promotions
        if promotion.page_id in promoted_pages
        or (with_external_links and not promotion.page_id and promotion.external_link_url)
    ]


class CappedResults:
    """The first MAX_RESULTS of a backend's results, for the paginator; `more` is true when there were more. Past
    ten pages a reader narrows the search rather than reading on (PostgreSQL does not even rank more, see
    search/postgres_backend.py), on every backend alike."""

    def __init__(self, results, limit=None):
        self.results = results
        self.limit = limit or MAX_RESULTS

    @cached_property
    def total(self):
        return self.results.count()

    @property
    def more(self):
        return self.total > self.limit

    def count(self):
        return min(self.total, self.limit)

    def __getitem__(self, key):
        return self.results[key]


def _search(pages, text, sort, page_number):
    """A page of results, best match (or newest) first; a query the backend rejects gives an empty page, never an
    error. A page number past the end gives the last page."""
    try:
        # A savepoint, so that a rejected query does not leave an enclosing PostgreSQL transaction unusable.
        with transaction.atomic():
            results = CappedResults(search_with_fallback(run_search, pages.defer_streamfields(), text, sort=sort))
            page_obj = paginate(results, page_number)
            # Run the query here, where its errors are caught, rather than in the template.
            page_obj.object_list = list(page_obj.object_list)
            page_obj.more_results = results.more
    except MALFORMED_QUERY_ERRORS:
        logger.warning("search: the backend rejected the query %r", text, exc_info=True)
        page_obj = paginate([], page_number)
        page_obj.more_results = False
    return page_obj


def _search_url(params):
    query_string = urlencode({name: value for name, value in params.items() if value})
    return reverse("search") + (f"?{query_string}" if query_string else "")


def _search_in_every_language(text, query_values):
    """The same search in each language, for the language switcher: a reader who switches keeps the query and
    the filters that mean the same there."""
    params = {"q": text, **{name: query_values[name] for name in LANGUAGE_NEUTRAL_FILTERS}}
    if params["sort"] == RELEVANCE:
        del params["sort"]
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = _search_url(params)
    return urls


def _asks_for_first_page(value):
    """False for a page number past the first: a short result list answers it with its first (and last) page,
    which must not count the same search twice."""
    try:
        return int(value) <= 1
    except (TypeError, ValueError):
        return True


def _bad_encoding(request):
    context = {"language_urls": _search_in_every_language("", dict.fromkeys(LANGUAGE_NEUTRAL_FILTERS, ""))}
    return render(request, "search/bad_request.html", context, status=400)


@require_safe
def search_view(request):
    if not _query_string_is_utf8(request):
        return _bad_encoding(request)
    locale = Locale.get_active()
    query = clean_query(request.GET.get("q", ""))
    searched = build_search_query(query.text) is not None
    home = _locale_home(request, locale)
    top_level = _top_level_pages(home)
    sections = [page for page in top_level if page.specific_class is SectionPage]
    filters = read_filters(request.GET, sections=sections, locale=locale)
    context = {
        "query": query.text,
        "search_box_query": query.text,
        "truncated": query.truncated,
        "max_length": MAX_QUERY_LENGTH,
        "searched": searched,
        "suggestions": sections,
        "language_urls": _search_in_every_language(query.text, filters.query_values()),
        "filters": filters,
        "filter_values": filters.form_values(),
        "active_filters": filters.descriptions(),
        "ignored_filters": filters.ignored_labels,
        "clear_filters_url": _search_url({"q": query.text}),
        "sections": sections,
        "content_types": content_types(),
        "formats": ArticlePage.Format.choices,
        "topics": topics_for_locale(locale),
        "sorts": SORTS,
    }
    if not searched:
        return render(request, "search/search_results.html", context)

    sections_by_path = {page.path: page for page in top_level}
    pages = filters.apply(live_public_pages(locale, home, filters.page_model or Page))
    terms = query_terms(query.text)
    promotions = _promotions(query.text, pages, with_external_links=not filters.active)
    promoted = [
        _hit(page, request, sections_by_path, home, terms, description=promotion.description)
        if page is not None
        else SearchHit(
            title=promotion.external_link_text or promotion.external_link_url,
            url=promotion.external_link_url,
            title_html=highlight(promotion.external_link_text or promotion.external_link_url, terms),
            snippet=snippet(promotion.description, terms),
            is_external=True,
        )
        for promotion, page in promotions
    ]
    # A promoted page is shown once, above the others.
    promoted_ids = [page.pk for _promotion, page in promotions if page is not None]
    if promoted_ids:
        pages = pages.exclude(pk__in=promoted_ids)
    page_obj = _search(pages, query.text, filters.sort, request.GET.get("page"))
    result_count = page_obj.paginator.count + len(promoted)
    if page_obj.number == 1 and _asks_for_first_page(request.GET.get("page")):
        # Counted once per search, not once per page of it, for the popular searches report.
        Query.get(query.text).add_hit()
        # With filters, "nothing found" says more about the filters than about the portal's content.
        if not filters.active:
            if result_count:
                NoResultQuery.forget(query.text, locale)
            else:
                NoResultQuery.record(query.text, locale)
    context.update(
        page_obj=page_obj,
        results=[_hit(page, request, sections_by_path, home, terms) for page in page_obj.object_list],
        promoted=promoted,
        result_count=result_count,
        more_results=page_obj.more_results,
        max_results=MAX_RESULTS,
    )
    if not result_count:
        context["popular"] = [
            {"text": text, "url": _search_url({"q": text})} for text in popular_queries(locale, exclude=query.text)
        ]
    return render(request, "search/search_results.html", context)
