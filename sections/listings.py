"""Article listings that cost a fixed number of queries, however many articles, images or topics they show."""

import operator
from functools import reduce

from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber, Substr

from sections.taxonomy import Topic
from sections.visibility import public_q

PAGE_SIZE = 20


def article_queryset(renditions=True):
    """Live, public articles with everything a teaser shows fetched up front.

    `renditions=False` leaves the cover images' renditions to the caller, who may fetch them together with
    other pictures on the page in a single query."""
    from sections.models import ArticlePage

    queryset = (
        ArticlePage.objects.live()
        .filter(public_q(), withdrawn_at__isnull=True)
        .defer_streamfields()
        .select_related("cover_image", "unit")
        .order_by("-first_published_at", "-pk")
    )
    return queryset.prefetch_related("cover_image__renditions") if renditions else queryset


def in_language(articles, locale_id):
    """`articles` as readers of the language `locale_id` may see them: each article itself when it is in that
    language, else its live, public translation, else nothing; in the same order.

    wagtail-localize synchronises page links (a home page's featured stories, a section's pinned article) instead
    of translating them, so the English home page may point at Vietnamese articles. One query, and only when an
    article is in another language; the translations come with what a teaser shows, renditions left to the caller.
    """
    foreign_keys = {article.translation_key for article in articles if article.locale_id != locale_id}
    if not foreign_keys:
        return list(articles)
    translations = {
        translation.translation_key: translation
        for translation in article_queryset(renditions=False).filter(
            locale_id=locale_id, translation_key__in=foreign_keys
        )
    }
    shown = {}
    for article in articles:
        readable = article if article.locale_id == locale_id else translations.get(article.translation_key)
        # A story featured in both languages would otherwise show twice once mapped.
        if readable is not None:
            shown.setdefault(readable.pk, readable)
    return list(shown.values())


def with_topics(queryset):
    """Adds each article's topics, in editor order, for listings that show them (one more query)."""
    from sections.models import ArticleTopic

    topics = ArticleTopic.objects.select_related("topic").order_by("sort_order")
    return queryset.prefetch_related(Prefetch("topic_links", queryset=topics))


def paginate(queryset, page_number, per_page=PAGE_SIZE):
    """A page of results; a bad or out-of-range number gives the nearest valid page, never an error."""
    return Paginator(queryset, per_page).get_page(page_number)


def latest_per_section(sections, per_section, renditions=True):
    """The newest articles under each of `sections`, in one query: a window over each section's path prefix."""
    if not sections:
        return {}
    depth = sections[0].depth
    prefix_length = depth * 4  # treebeard's materialised path uses four characters per level
    ranked = (
        article_queryset(renditions=renditions)
        .filter(reduce(operator.or_, (Q(path__startswith=section.path) for section in sections)))
        .annotate(
            section_path=Substr("path", 1, prefix_length),
            rank=Window(
                RowNumber(),
                partition_by=[Substr("path", 1, prefix_length)],
                order_by=[F("first_published_at").desc(), F("pk").desc()],
            ),
        )
        .filter(rank__lte=per_section)
    )
    by_section = {section.path: [] for section in sections}
    for article in ranked:
        by_section[article.section_path].append(article)
    return {section.pk: by_section[section.path] for section in sections}


def topics_for_locale(locale):
    return Topic.objects.filter(locale=locale).order_by("name")
