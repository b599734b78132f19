"""The citizen search page: `/<lang>/search/?q=…` over the live, public pages of the reader's language."""

import logging
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.db import DataError, OperationalError, ProgrammingError, transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.utils import normalise_query_string

from search.query import MAX_QUERY_LENGTH, build_search_query, clean_query
from sections.listings import paginate
from sections.models import ArticlePage, SectionPage
from sections.visibility import public_q

logger = logging.getLogger(__name__)

# What a database backend raises for a query it cannot run (an FTS5 or tsquery syntax error). The reader then
# gets "no results" and we get a log line; any other exception is a fault of ours and is left to surface.
MALFORMED_QUERY_ERRORS = (DataError, OperationalError, ProgrammingError)


@dataclass
class SearchHit:
    """One result as the page shows it."""

    title: str
    url: str
    # Title of the top-level section the page sits in; empty for a section itself and outside any section.
    section: str = ""
    # The format label of an article ("Tin", "Phóng sự ảnh"); empty for other pages.
    format_label: str = ""
    # An article's publication date, or when another page was last updated.
    date: datetime | None = None
    is_article: bool = False
    snippet: str = ""
    is_external: bool = False


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


def _live_public_pages(locale, home):
    # Withdrawn articles stay readable at their URL with a notice, but are no longer offered to readers. The search
    # backends filter on indexed fields only, so the (few) withdrawn pages are excluded by id.
    withdrawn = list(ArticlePage.objects.filter(withdrawn_at__isnull=False).values_list("pk", flat=True))
    pages = Page.objects.live().filter(public_q(), locale=locale).exclude(pk__in=withdrawn)
    # Under the home page of this site only: another site's pages in the same language are not ours to show.
    return pages.descendant_of(home) if home is not None else pages


def _hit(page, request, sections_by_path, home, description=""):
    section = None
    if home is not None:
        # Treebeard paths grow by a fixed step a level, so a page's top-level section is a prefix of its path.
        section = sections_by_path.get(page.path[: len(home.path) + Page.steplen])
    is_article = isinstance(page, ArticlePage)
    return SearchHit(
        title=page.title,
        url=page.get_url(request) or "",
        section=section.title if section is not None and section.pk != page.pk else "",
        format_label=page.get_format_display() if is_article else "",
        date=page.first_published_at if is_article else page.last_published_at,
        is_article=is_article,
        snippet=description or getattr(page, "lead", "") or getattr(page, "intro", "") or page.search_description or "",
    )


def _promotions(text, pages):
    """Editors' promoted results for this query, in their order: external links and live, public pages only."""
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
        if promotion.page_id in promoted_pages or (not promotion.page_id and promotion.external_link_url)
    ]


def _search(pages, search_query, text, page_number):
    """A page of results, best match first; a query the backend rejects gives an empty page, never an error."""
    try:
        # A savepoint, so that a rejected query does not leave an enclosing PostgreSQL transaction unusable.
        with transaction.atomic():
            page_obj = paginate(pages.defer_streamfields().specific().search(search_query), page_number)
            # Run the query here, where its errors are caught, rather than in the template.
            page_obj.object_list = list(page_obj.object_list)
    except MALFORMED_QUERY_ERRORS:
        logger.warning("search: the backend rejected the query %r", text, exc_info=True)
        page_obj = paginate([], page_number)
    return page_obj


def _search_in_every_language(text):
    """The same search in each language, for the language switcher: a reader who switches keeps the query."""
    query_string = f"?{urlencode({'q': text})}" if text else ""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("search") + query_string
    return urls


@require_safe
def search_view(request):
    locale = Locale.get_active()
    query = clean_query(request.GET.get("q", ""))
    search_query = build_search_query(query.text)
    home = _locale_home(request, locale)
    top_level = _top_level_pages(home)
    context = {
        "query": query.text,
        "search_box_query": query.text,
        "truncated": query.truncated,
        "max_length": MAX_QUERY_LENGTH,
        "searched": search_query is not None,
        "suggestions": [page for page in top_level if page.specific_class is SectionPage],
        "language_urls": _search_in_every_language(query.text),
    }
    if search_query is not None:
        sections_by_path = {page.path: page for page in top_level}
        pages = _live_public_pages(locale, home)
        promotions = _promotions(query.text, pages)
        promoted = [
            _hit(page, request, sections_by_path, home, description=promotion.description)
            if page is not None
            else SearchHit(
                title=promotion.external_link_text or promotion.external_link_url,
                url=promotion.external_link_url,
                snippet=promotion.description,
                is_external=True,
            )
            for promotion, page in promotions
        ]
        # A promoted page is shown once, above the others.
        promoted_ids = [page.pk for _promotion, page in promotions if page is not None]
        if promoted_ids:
            pages = pages.exclude(pk__in=promoted_ids)
        page_obj = _search(pages, search_query, query.text, request.GET.get("page"))
        if page_obj.number == 1:
            # Counted once per search, not once per page of it, for the popular searches report.
            Query.get(query.text).add_hit()
        context.update(
            page_obj=page_obj,
            results=[_hit(page, request, sections_by_path, home) for page in page_obj.object_list],
            promoted=promoted,
            result_count=page_obj.paginator.count + len(promoted),
        )
    return render(request, "search/search_results.html", context)
