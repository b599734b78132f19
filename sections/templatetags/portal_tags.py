"""Template tags for the public site.

The header, footer and language switcher on every page share one `PortalNavigation`, built with a single
query per request and kept on the request, so the page furniture costs the same however big the tree grows.

The language switcher never leads to a 404: it offers the page's live translation, else the other language's
nearest translated live ancestor (section, parent section, home page) with a note in that language saying so.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from django import template
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import get_language_info, gettext

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
    # The language's own name ("English", "Tiếng Việt").
    name: str
    url: str
    # False when the page has no live translation and the link falls back to that language's nearest translated
    # ancestor; `note` and `link_text` then say so, written in that language (the reader who follows it reads it).
    is_translation: bool
    note: str = ""
    link_text: str = ""


@dataclass
class PortalNavigation:
    # The home page of the current language (a plain Page), None when no site answers the request.
    home: Page | None = None
    home_url: str = "/"
    home_is_current: bool = False
    items: list = field(default_factory=list)
    language_links: list = field(default_factory=list)
    # (hreflang, absolute URL) of every live translation of the current page, itself included, then "x-default"
    # for the default language's version; empty when the page has no other live translation.
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


def _build_navigation(request, page, topic=None, language_urls=None):
    current_language = translation.get_language()
    site = Site.find_for_request(request)
    if site is None:
        return PortalNavigation(home_url=f"/{current_language}/")
    root = site.root_page
    keys = {root.translation_key}
    ancestor_paths = []
    scope = Q(depth=root.depth + 1, show_in_menus=True)
    if page is not None:
        keys.add(page.translation_key)
        # Treebeard paths grow by four characters a level, so the ancestors' paths are known without a query.
        step = Page.steplen
        ancestor_paths = [page.path[:end] for end in range(step * root.depth, len(page.path or ""), step)]
    if ancestor_paths:
        # The ancestors in every language, through their translation keys: a subquery, not a second round trip.
        # The switcher needs the other languages' ones only when the page itself is untranslated, but asking
        # for them always costs a few rows, while asking for them later would cost a query.
        scope |= Q(translation_key__in=Page.objects.filter(path__in=ancestor_paths).values("translation_key"))
    # One query answers four questions: the home page of every locale (translations of the site root), the
    # menu candidates one level below them, the translations of the page shown and those of its ancestors.
    rows = list(
        Page.objects.live()
        .filter(Q(translation_key__in=keys) | scope)
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
    ancestor_paths = set(ancestor_paths)
    breadcrumbs = [row for row in rows if row.path in ancestor_paths]
    by_key = {(row.translation_key, row.language_code): row for row in rows}
    translations = {}
    if page is not None:
        translations = {row.language_code: row for row in rows if row.translation_key == page.translation_key}
    if topic is not None:
        language_urls = _topic_urls(topic, homes)
    if language_urls is not None:
        language_links = _links_to_equivalents(request, page, language_urls, current_language, homes)
    else:
        language_links = [
            _language_link(request, page, code, translations, breadcrumbs, by_key, homes)
            for code, _name in settings.LANGUAGES
            if code != current_language
        ]
    alternates = []
    if language_urls is None and len(translations) > 1:
        alternates = _alternates(request, {code: row.get_url(request) for code, row in translations.items()})
    elif topic is not None and len(language_urls) > 1:
        alternates = _alternates(request, language_urls)
    return PortalNavigation(
        home=home,
        home_url=home.get_url(request) or f"/{current_language}/",
        home_is_current=page is not None and page.pk == home.pk and topic is None,
        items=items,
        language_links=language_links,
        alternates=alternates,
        breadcrumbs=breadcrumbs,
    )


def _language_name(code):
    # Django spells "Tiếng Việt" with combining accents (NFD); composed, it matches the text around it.
    return unicodedata.normalize("NFC", get_language_info(code)["name_local"])


def _language_link(request, page, code, translations, ancestors, by_key, homes):
    """The link to `code`: the page's live translation, else the nearest live translation of an ancestor."""
    name = _language_name(code)
    if code in translations:
        return LanguageLink(code=code, name=name, url=translations[code].get_url(request), is_translation=True)
    target = next(
        (by_key[key] for key in ((a.translation_key, code) for a in reversed(ancestors)) if key in by_key),
        homes.get(code),
    )
    return _fallback_link(request, page, code, target, is_home=target is not None and target is homes.get(code))


def _fallback_link(request, page, code, target, is_home):
    name = _language_name(code)
    if target is None:
        # No live page at all in that language: its home URL still answers (Wagtail serves the default root).
        return LanguageLink(code=code, name=name, url=f"/{code}/", is_translation=False)
    note, link_text = "", ""
    if page is not None:
        note, link_text = _fallback_wording(page, target, code, is_home)
    return LanguageLink(
        code=code, name=name, url=target.get_url(request), is_translation=False, note=note, link_text=link_text
    )


def _fallback_wording(page, target, code, is_home):
    """The note and the link text, in the language the link leads to, for a page that has no version in it."""
    from sections.models import ArticlePage, SectionPage

    with translation.override(code):
        if page.specific_class is ArticlePage:
            # Translators: shown in the language the reader is switching to, so "tiếng Việt" names that language:
            # "This article is not available in English".
            note = gettext("Bài viết này chưa có bản tiếng Việt")
        else:
            # Translators: as above, "tiếng Việt" names the language of the note itself.
            note = gettext("Trang này chưa có bản tiếng Việt")
        if is_home:
            # Translators: the link to the home page in the language of the note.
            link_text = gettext("xem trang chủ tiếng Việt")
        elif target.specific_class is SectionPage:
            # Translators: the link to the nearest translated section, in the language of the note: name that
            # language ("go to the English “Culture” section").
            link_text = gettext("xem chuyên mục “%(title)s”") % {"title": target.title}
        else:
            # Translators: as above, for a translated page that is not a section ("About the Department").
            link_text = gettext("xem trang “%(title)s”") % {"title": target.title}
    return note, link_text


def _topic_urls(topic, homes):
    """The topic's page in every language it is translated into and whose home page is live (one query)."""
    from sections.taxonomy import Topic

    urls = {}
    for translated in Topic.objects.filter(translation_key=topic.translation_key).select_related("locale"):
        home = homes.get(translated.locale.language_code)
        if home is not None:
            # The route's name depends on the active language ("chu-de/" or "topics/").
            with translation.override(translated.locale.language_code):
                urls[translated.locale.language_code] = home.specific_deferred.topic_url(translated)
    return urls


def _links_to_equivalents(request, page, language_urls, current_language, homes):
    """Links for a view whose equivalents are not translations of `page` (search, a topic's page): the
    equivalent in each language, else that language's home page with a note."""
    return [
        LanguageLink(code=code, name=_language_name(code), url=language_urls[code], is_translation=True)
        if code in language_urls
        else _fallback_link(request, page, code, homes.get(code), is_home=True)
        for code, _name in settings.LANGUAGES
        if code != current_language
    ]


def _alternates(request, urls):
    """hreflang alternates: every language's version, then x-default for the default language's one."""
    alternates = [(code, request.build_absolute_uri(urls[code])) for code, _name in settings.LANGUAGES if code in urls]
    if settings.LANGUAGE_CODE in urls:
        alternates.append(("x-default", request.build_absolute_uri(urls[settings.LANGUAGE_CODE])))
    return alternates


def _shown_topic(context, page):
    """The topic or campaign whose page is shown: a home page's route with `topic` in its context."""
    from sections.taxonomy import Topic

    topic = context.get("topic")
    return topic if isinstance(topic, Topic) and hasattr(page, "topic_url") else None


def _navigation(context):
    request = context.get("request")
    if request is None:
        return PortalNavigation(home_url=f"/{translation.get_language()}/")
    page = _current_page(context)
    topic = _shown_topic(context, page)
    cache_key = (translation.get_language(), page.pk if page is not None else None, topic.pk if topic else None)
    cached = getattr(request, "_portal_navigation", None)
    if cached is None or cached[0] != cache_key:
        # A view that is not a Wagtail page (search) names its equivalent in each language in `language_urls`.
        navigation = _build_navigation(request, page, topic=topic, language_urls=context.get("language_urls"))
        cached = (cache_key, navigation)
        request._portal_navigation = cached
    return cached[1]


@register.simple_tag(takes_context=True)
def portal_navigation(context):
    """`{% portal_navigation as nav %}`: home_url, items (title, url, current), language_links, breadcrumbs."""
    return _navigation(context)


@register.simple_tag(takes_context=True)
def language_links(context):
    """`{% language_links as links %}`: a link per other language, to the page's translation or else that
    language's nearest translated ancestor (with `note` and `link_text` in that language)."""
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
        return _in_reader_language(context, banner.page).get_url(request=context.get("request")) or ""
    return banner.url


def _in_reader_language(context, page):
    """The page's live translation in the language of the page shown, else the page itself.

    wagtail-localize synchronises page links instead of translating them, so an English banner points at the
    Vietnamese page it was translated from. A query only in that case."""
    home = _navigation(context).home
    if home is None or page.locale_id == home.locale_id:
        return page
    translation_in_language = (
        Page.objects.live().filter(translation_key=page.translation_key, locale_id=home.locale_id).first()
    )
    return translation_in_language or page
