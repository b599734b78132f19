"""The search page's filters, read from the query string so a filtered result page can be shared and bookmarked.

Every filter is optional. A value the page does not understand (a section of another language, a topic that was
deleted, 31/02/2025) is dropped and named in a note on the page, never an error: links to the search page are
pasted, shortened and edited by hand, and a reader must still get results.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sections.models import ArticlePage, ArticleTopic
from sections.taxonomy import Topic

RELEVANCE = "relevance"
NEWEST = "newest"
SORTS = ((RELEVANCE, _("Phù hợp nhất")), (NEWEST, _("Mới nhất")))

# The content type filter's entry for every page no registered type claims (sections, about pages, home pages).
OTHER_PAGES = "pages"

# A value longer than this is no slug, key or date of ours; it is not looked up at all.
MAX_VALUE_LENGTH = 100
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# As Vietnamese readers write dates: day first, with slashes (or dots or dashes).
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# Far enough for any archive; it also keeps the day boundaries clear of datetime's year 1 and year 9999 limits.
MIN_YEAR, MAX_YEAR = 1900, 2999

LABELS = {
    "section": _("Chuyên mục"),
    "format": _("Thể loại"),
    "topic": _("Chủ đề"),
    "type": _("Loại nội dung"),
    "from": _("Từ ngày"),
    "to": _("Đến ngày"),
    "sort": _("Sắp xếp"),
}


@dataclass(frozen=True)
class ContentTypeOption:
    """An entry of the "Loại nội dung" filter: its query-string key, its label and the page models it covers
    (subclasses included). The entry OTHER_PAGES covers no model of its own: everything the others do not."""

    key: str
    label: str
    models: tuple = ()

    def apply(self, pages):
        if self.key == OTHER_PAGES:
            claimed = [model for content_type in CONTENT_TYPES.values() for model in content_type.models]
            return pages.not_type(*claimed) if claimed else pages
        return pages.type(*self.models)


CONTENT_TYPES: dict[str, ContentTypeOption] = {}


def register_content_type(key, label, *page_models):
    """Offer a kind of page in the search page's "Loại nội dung" filter; one call from the app that brings it,
    e.g. in its AppConfig.ready(): `register_content_type("procedures", _("Thủ tục hành chính"), ProcedurePage)`.

    The new type is listed before "Trang khác", which from then on leaves its pages out."""
    if key == OTHER_PAGES or not _SLUG.match(key):
        raise ValueError(f"Unusable content type key {key!r}")
    if not page_models:
        raise ValueError(f"Content type {key!r} needs at least one page model")
    CONTENT_TYPES[key] = ContentTypeOption(key, label, tuple(page_models))


register_content_type("articles", _("Tin, bài"), ArticlePage)


def content_types():
    """The filter's choices, in order: the registered types, then the pages none of them covers."""
    return [*CONTENT_TYPES.values(), ContentTypeOption(OTHER_PAGES, _("Trang khác"))]


@dataclass
class SearchFilters:
    """The filters a reader chose, already checked against this language's sections and topics."""

    section: object = None  # a top-level SectionPage of the current language
    format: str = ""
    topic: Topic | None = None
    content_type: ContentTypeOption | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: str = RELEVANCE
    # Query-string names of the filters whose value was not understood and is ignored, in LABELS order.
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        """True when a filter narrows the results (the sort order narrows nothing)."""
        return any((self.section, self.format, self.topic, self.content_type, self.date_from, self.date_to))

    @property
    def in_use(self):
        """True when the reader changed anything from the defaults, or tried to: the page then lists the filters in
        use and offers to clear them."""
        return self.active or bool(self.ignored) or self.sort != RELEVANCE

    @property
    def ignored_labels(self):
        return [LABELS[name] for name in self.ignored]

    @property
    def page_model(self):
        """The model to search: format and topic are properties of articles, which only the article index can
        filter on; every other filter works on any page."""
        return ArticlePage if self.format or self.topic else None

    def apply(self, pages):
        """`pages` narrowed by every filter except the sort, with filters the search backends can apply."""
        if self.section is not None:
            # The section's own page is not a result of searching inside it; its sub-sections are.
            pages = pages.descendant_of(self.section)
        if self.content_type is not None:
            pages = self.content_type.apply(pages)
        if self.format:
            pages = pages.filter(format=self.format)
        if self.topic is not None:
            pages = pages.filter(pk__in=self._topic_page_ids())
        if self.date_from is not None:
            pages = pages.filter(first_published_at__gte=_start_of(self.date_from))
        if self.date_to is not None:
            pages = pages.filter(first_published_at__lt=_start_of(self.date_to + timedelta(days=1)))
        return pages

    def _topic_page_ids(self):
        # A translation may still link the Vietnamese topic when the topic had no English version yet, so the
        # link is followed through the topic's translation key. A list, not a subquery: Elasticsearch filters on
        # values, not on SQL.
        return list(
            ArticleTopic.objects.filter(
                topic__translation_key=self.topic.translation_key, page__locale_id=self.topic.locale_id
            )
            .values_list("page_id", flat=True)
            .distinct()
        )

    def query_values(self):
        """The filters as query-string values, dates in ISO form: for links to this search."""
        return {
            "section": self.section.slug if self.section is not None else "",
            "format": self.format,
            "topic": self.topic.slug if self.topic is not None else "",
            "type": self.content_type.key if self.content_type is not None else "",
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort,
        }

    def form_values(self):
        """What the filter form shows as chosen: the query values, dates written day first as readers type them."""
        return {
            **self.query_values(),
            "from": _day_first(self.date_from),
            "to": _day_first(self.date_to),
        }

    def descriptions(self):
        """The filters in use in a few words each, for the line above the results: "Văn hóa", "từ 01/09/2025"."""
        described = [
            self.section.title if self.section is not None else "",
            self.content_type.label if self.content_type is not None else "",
            ArticlePage.Format(self.format).label if self.format else "",
            self.topic.name if self.topic is not None else "",
            _("từ %(date)s") % {"date": _day_first(self.date_from)} if self.date_from else "",
            _("đến %(date)s") % {"date": _day_first(self.date_to)} if self.date_to else "",
            _("mới nhất trước") if self.sort == NEWEST else "",
        ]
        return [str(text) for text in described if text]


def _day_first(day):
    return day.strftime("%d/%m/%Y") if day else ""


def _start_of(day):
    """Midnight at the start of `day` in the portal's time zone: a reader's "2 September" is Hanoi's."""
    return timezone.make_aware(datetime.combine(day, time.min))


def parse_date(value):
    """A date typed as 2025-09-02 (what <input type="date"> sends) or 02/09/2025 (how it is written in
    Vietnam); None for anything else, an impossible day included."""
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_FIRST_DATE.match(value)
        if not match:
            return None
        day, month, year = (int(part) for part in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _value(params, name):
    value = params.get(name, "")
    value = value.strip() if isinstance(value, str) else ""
    # Nothing of ours is that long or holds a null byte, and PostgreSQL refuses null bytes in a query parameter.
    if len(value) > MAX_VALUE_LENGTH or "\x00" in value:
        return None
    return value


def read_filters(params, *, sections, locale):
    """The filters in `params` (request.GET). `sections` are the top-level sections the reader may pick from
    (current language, live, public); topics are looked up in `locale`. Empty values mean "no filter"."""
    filters = SearchFilters()
    raw = {}
    for name in LABELS:
        value = _value(params, name)
        if value is None:
            filters.ignored.append(name)
        raw[name] = value or ""

    def ignore(name):
        filters.ignored.append(name)

    if raw["section"]:
        filters.section = next((section for section in sections if section.slug == raw["section"]), None)
        if filters.section is None:
            ignore("section")
    if raw["format"]:
        if raw["format"] in ArticlePage.Format.values:
            filters.format = raw["format"]
        else:
            ignore("format")
    if raw["topic"]:
        if _SLUG.match(raw["topic"]):
            filters.topic = Topic.objects.filter(locale=locale, slug=raw["topic"]).first()
        if filters.topic is None:
            ignore("topic")
    if raw["type"]:
        filters.content_type = next((kind for kind in content_types() if kind.key == raw["type"]), None)
        if filters.content_type is None:
            ignore("type")
    for name, attribute in (("from", "date_from"), ("to", "date_to")):
        if raw[name]:
            setattr(filters, attribute, parse_date(raw[name]))
            if getattr(filters, attribute) is None:
                ignore(name)
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        # Typed the wrong way round: the reader still means the days in between.
        filters.date_from, filters.date_to = filters.date_to, filters.date_from
    if raw["sort"]:
        if raw["sort"] in dict(SORTS):
            filters.sort = raw["sort"]
        else:
            ignore("sort")
    # In the order the form shows them, whatever order they were found in.
    filters.ignored.sort(key=list(LABELS).index)
    return filters
