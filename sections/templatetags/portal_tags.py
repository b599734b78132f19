"""Template tags for the public site.

The header, footer and language switcher on every page share one `PortalNavigation`, built with a single
query per request and kept on the request, so the page furniture costs the same however big the tree grows.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django import template
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import get_language_info

from wagtail.models import Page, Site

from sections.visibility import is_under_restriction

register = template.Library()

# Vietnamese dates are written the way Vietnamese papers print them ("Thứ Hai, 03/02/2025 08:30"); Django's
# own Vietnamese catalogue spells weekdays differently ("Thứ 2"), so the names live here.
VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass
class NavItem:
    title: str
    url: str
    # The aria-current value: "page" on the section itself, "true" on a page inside it, "" elsewhere.
    current: str


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    # False when the page has no live translation and the link falls back to that language's home page.
    is_translation: bool


@dataclass
class PortalNavigation:
    # The home page of the current language (a plain Page), None when no site answers the request.
    home: Page | None = None
    home_url: str = "/"
    home_is_current: bool = False
    items: list = field(default_factory=list)
    language_links: list = field(default_factory=list)
    # (language code, absolute URL) of every live translation of the current page, for hreflang links.
    alternates: list = field(default_factory=list)
    # Live ancestors of the current page from the site root (its home page) down, as plain pages: title and URL.
    breadcrumbs: list = field(default_factory=list)


def _current_page(context):
    # Other apps' templates may put a paginator page under the name "page"; only a Wagtail page counts here.
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _aria_current(page, item):
    # A page previewed before its first save has no path yet.
    if page is None or not page.path or not page.path.startswith(item.path):
        return ""
    return "page" if page.pk == item.pk else "true"


def _build_navigation(request, page):
    current_language = translation.get_language()
    site = Site.find_for_request(request)
    if site is None:
        return PortalNavigation(home_url=f"/{current_language}/")
    root = site.root_page
    keys = {root.translation_key}
    ancestor_paths = []
    if page is not None:
        keys.add(page.translation_key)
        # Treebeard paths grow by four characters a level, so the ancestors' paths are known without a query.
        step = Page.steplen
        ancestor_paths = [page.path[:end] for end in range(step * root.depth, len(page.path or ""), step)]
    # One query answers four questions: the home page of every locale (translations of the site root), the
    # menu candidates one level below them, the translations of the page shown and its ancestors.
    rows = list(
        Page.objects.live()
        .filter(Q(translation_key__in=keys) | Q(depth=root.depth + 1, show_in_menus=True) | Q(path__in=ancestor_paths))
        .annotate(language_code=F("locale__language_code"))
        .order_by("path")
    )
    homes = {row.language_code: row for row in rows if row.translation_key == root.translation_key}
    # Without a live home page in this language Wagtail serves the default one, and so does the menu.
    home = homes.get(current_language, root)
    items = [
        NavItem(
            title=row.title,
            url=row.get_url(request),
            current=_aria_current(page, row),
        )
        for row in rows
        if row.show_in_menus
        and row.depth == home.depth + 1
        and row.path.startswith(home.path)
        # Private sections stay out of the menu; the restricted paths are cached, so this costs no query.
        and not is_under_restriction(row)
    ]
    translations = {}
    if page is not None:
        translations = {row.language_code: row for row in rows if row.translation_key == page.translation_key}
    language_links = []
    for code, _name in settings.LANGUAGES:
        if code == current_language:
            continue
        target = translations.get(code) or homes.get(code)
        language_links.append(
            LanguageLink(
                code=code,
                name=get_language_info(code)["name_local"],
                url=target.get_url(request) if target else f"/{code}/",
                is_translation=code in translations,
            )
        )
    alternates = [(code, request.build_absolute_uri(row.get_url(request))) for code, row in translations.items()]
    ancestor_paths = set(ancestor_paths)
    breadcrumbs = [row for row in rows if row.path in ancestor_paths]
    return PortalNavigation(
        home=home,
        home_url=home.get_url(request) or f"/{current_language}/",
        home_is_current=page is not None and page.pk == home.pk,
        items=items,
        language_links=language_links,
        alternates=alternates,
        breadcrumbs=breadcrumbs,
    )


def _navigation(context):
    request = context.get("request")
    if request is None:
        return PortalNavigation(home_url=f"/{translation.get_language()}/")
    page = _current_page(context)
    cache_key = (translation.get_language(), page.pk if page is not None else None)
    cached = getattr(request, "_portal_navigation", None)
    if cached is None or cached[0] != cache_key:
        cached = (cache_key, _build_navigation(request, page))
        request._portal_navigation = cached
    return cached[1]


@register.simple_tag(takes_context=True)
def portal_navigation(context):
    """`{% portal_navigation as nav %}`: home_url, items (title, url, current), language_links, breadcrumbs."""
    return _navigation(context)


@register.simple_tag(takes_context=True)
def language_links(context):
    """`{% language_links as links %}`: a link per other language, to the translation or else its home page."""
    return _navigation(context).language_links


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """The absolute URL of `path` (default: the current page without its query string) on the host the reader used."""
    request = context.get("request")
    if request is None:
        return path or ""
    return request.build_absolute_uri(path or request.path)


@register.simple_tag(takes_context=True)
def topic_url(context, topic):
    """The public page of a topic or campaign, served by the home page of the current language."""
    page = _current_page(context)
    home = page if page is not None and hasattr(page, "topic_url") else _navigation(context).home
    if home is None:
        return ""
    # specific_deferred gives the HomePage class without another query; only its URL and routes are used.
    home = home if hasattr(home, "topic_url") else home.specific_deferred
    return home.topic_url(topic) if hasattr(home, "topic_url") else ""


@register.filter
def portal_date(value, style="full"):
    """A date as citizens read it: "Thứ Hai, 03/02/2025 08:30" on /vi/, "Monday, 3 February 2025" on /en/.

    `style` "short" drops the weekday (and time): "03/02/2025", "3 Feb 2025".
    """
    if not value:
        return ""
    has_time = isinstance(value, datetime)
    if has_time and timezone.is_aware(value):
        value = timezone.localtime(value)
    if not isinstance(value, date):
        return ""
    if (translation.get_language() or settings.LANGUAGE_CODE).startswith("vi"):
        if style == "short":
            return value.strftime("%d/%m/%Y")
        text = f"{VI_WEEKDAYS[value.weekday()]}, {value.strftime('%d/%m/%Y')}"
        return f"{text} {value.strftime('%H:%M')}" if has_time else text
    if style == "short":
        return date_format(value, "j M Y")
    return date_format(value, "l, j F Y")


@register.filter
def tel_href(value):
    """A phone number as written ("024 3825 1234") turned into a `tel:` target ("02438251234")."""
    return re.sub(r"[^\d+]", "", value or "")


@register.simple_tag(takes_context=True)
def banner_href(context, banner):
    """Where a banner or quick link leads: a topic's page, a page of the portal, or an outside address."""
    if banner.topic_id:
        return topic_url(context, banner.topic)
    if banner.page_id:
        return banner.page.get_url(request=context.get("request")) or ""
    return banner.url
