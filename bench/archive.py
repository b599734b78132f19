"""A realistic archive for the search benchmark: thousands of live Vietnamese articles under the seeded portal's
sections, over ten years, written in batches straight into the page tables.

`python -m bench archive --articles 100000 [--seed 1]` (after `manage.py seed_demo`, which builds the sections).

Why not `section.add_child(instance=article)` and a revision per article, as an editor's save does: that is
several queries, a lock on the parent and a search-index update per page, about 100 ms each, so three hours for
100,000 articles. Here each batch of pages is one INSERT into wagtailcore_page and one into sections_articlepage,
with the tree built by hand the way treebeard's materialised path does it (`Page._get_path`), and the parents'
`numchild` raised once per batch. The pages have no revisions (`latest_revision` is empty), which is all the
search benchmark needs: the search index is built from the rows (`build_index`), not from revisions.
"""

import datetime
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F, Max
from django.utils.text import slugify

from wagtail.models import Locale, Page

from bench import writer
from search.folding import fold
from sections.models import ArticlePage, SectionPage

ARCHIVE_YEARS = 10
BATCH_SIZE = 1000
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
# Most of what the Department publishes is short news; photo reports and video clips are a small share.
FORMAT_SHARES = {
    ArticlePage.Format.NEWS: 45,
    ArticlePage.Format.ARTICLE: 22,
    ArticlePage.Format.UPDATE: 15,
    ArticlePage.Format.PHOTO_REPORT: 10,
    ArticlePage.Format.VIDEO: 8,
}
# The news section publishes every day, the others a few times a week.
SECTION_WEIGHTS = {"tin-tuc-su-kien": 4, "tieu-diem-ha-noi": 2}
# A section's articles are mostly about its own theme, the rest about anything the Department covers.
OWN_THEME_SHARE = 0.8
# Which theme a section writes about, from the words of its slug; sections matching none write about everything.
THEMES_BY_SLUG_WORD = (
    ("di-san", "heritage"),
    ("the-thao", "sports"),
    ("hanh-chinh", "administration"),
    ("ung-xu", "civility"),
    ("thanh-lich", "civility"),
    ("gia-dinh", "civility"),
    ("dep", "city"),
    ("nghe-thuat", "culture"),
    ("van-hoa", "culture"),
)


class NoSections(Exception):
    pass


@dataclass
class ArchiveReport:
    created: int
    seconds: float
    per_section: Counter = field(default_factory=Counter)
    per_format: Counter = field(default_factory=Counter)


@dataclass
class IndexReport:
    indexed: int
    seconds: float


def theme_for(section):
    for word, theme in THEMES_BY_SLUG_WORD:
        if word in section.slug:
            return theme
    return None


def archive_sections(locale):
    """Every live section of the language, top-level and sub-sections alike: where the archive's articles go."""
    sections = list(SectionPage.objects.live().filter(locale=locale).order_by("path"))
    if not sections:
        raise NoSections(f"No live section in {locale.language_code}: run `manage.py seed_demo` first.")
    return sections


def _next_steps(sections):
    """For each section, the treebeard step its next child gets: one past its last child's."""
    steps = {}
    for section in sections:
        last = Page.objects.filter(path__startswith=section.path, depth=section.depth + 1).aggregate(Max("path"))
        last_path = last["path__max"]
        steps[section.pk] = Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1
    return steps


def _publication_time(rng, start, span_seconds):
    moment = start + datetime.timedelta(seconds=rng.uniform(0, span_seconds))
    # Published in office hours, Hanoi time, as the Department's editors work.
    local = moment.astimezone(HANOI).replace(hour=rng.randint(7, 21), minute=rng.randint(0, 59), microsecond=0)
    return local.astimezone(datetime.UTC)


def _insert_articles(articles):
    """One INSERT of the sections_articlepage rows of pages already in wagtailcore_page.

    Django's bulk_create refuses models with multi-table inheritance because it would have to insert the parent
    rows first and read their ids back; the parent rows are in already, so this is the one INSERT per batch that
    bulk_create would have made for a plain model, through the same internal the ORM uses to save one row."""
    fields = ArticlePage._meta.local_concrete_fields
    batch = connection.ops.bulk_batch_size(fields, articles) or len(articles)
    for start in range(0, len(articles), batch):
        ArticlePage._base_manager._insert(articles[start : start + batch], fields=fields, using=connection.alias)


def generate_archive(count, *, seed=1, end=None, years=ARCHIVE_YEARS, batch_size=BATCH_SIZE, progress=None):
    """Create `count` live Vietnamese ArticlePages under the Vietnamese sections, published over the `years`
    before `end` (the start of today by default). The same seed and end give the same articles (titles, text,
    sections, dates, formats); only their translation keys are new each time.

    `progress(created, count, seconds)` is called after every batch."""
    started = time.perf_counter()
    rng = random.Random(seed)
    locale = Locale.objects.get(language_code="vi")
    sections = archive_sections(locale)
    weights = [SECTION_WEIGHTS.get(section.slug, 1) for section in sections]
    themes = {section.pk: theme_for(section) for section in sections}
    formats, format_weights = list(FORMAT_SHARES), list(FORMAT_SHARES.values())
    content_type_id = ContentType.objects.get_for_model(ArticlePage).pk
    if end is None:
        end = datetime.datetime.combine(datetime.date.today(), datetime.time.min, tzinfo=HANOI)
    start = end - datetime.timedelta(days=365 * years)
    span_seconds = (end - start).total_seconds()
    steps = _next_steps(sections)
    report = ArchiveReport(created=0, seconds=0.0)

    while report.created < count:
        size = min(batch_size, count - report.created)
        pages, specifics, added = [], [], Counter()
        for _ in range(size):
            section = rng.choices(sections, weights)[0]
            theme = themes[section.pk]
            if theme is None or rng.random() > OWN_THEME_SHARE:
                theme = rng.choice(writer.THEMES)
            article_format = rng.choices(formats, format_weights)[0]
            published = _publication_time(rng, start, span_seconds)
            written = writer.article(
                rng, theme, published.astimezone(HANOI).year, long_read=article_format == ArticlePage.Format.ARTICLE
            )
            step = steps[section.pk]
            steps[section.pk] += 1
            # The step keeps the slug unique among the section's children whatever the title.
            slug = f"{slugify(fold(written.title))[:80].strip('-')}-{step}"
            pages.append(
                Page(
                    title=written.title,
                    draft_title=written.title,
                    slug=slug,
                    content_type_id=content_type_id,
                    path=Page._get_path(section.path, section.depth + 1, step),
                    depth=section.depth + 1,
                    numchild=0,
                    url_path=f"{section.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                    locale_id=locale.pk,
                    # Unique per (key, locale), so not drawn from the seed: a second run with the same seed adds
                    # the same articles again rather than failing.
                    translation_key=uuid.uuid4(),
                )
            )
            specifics.append(
                {"format": article_format, "lead": written.lead, "body": written.body, "byline": written.byline}
            )
            added[section.pk] += 1
            report.per_format[article_format] += 1
        with transaction.atomic():
            Page.objects.bulk_create(pages)
            _insert_articles(
                [
                    ArticlePage(page_ptr_id=page.pk, content_type_id=content_type_id, **fields)
                    for page, fields in zip(pages, specifics, strict=True)
                ]
            )
            for section_pk, number in added.items():
                Page.objects.filter(pk=section_pk).update(numchild=F("numchild") + number)
        report.per_section.update(added)
        report.created += size
        report.seconds = time.perf_counter() - started
        if progress:
            progress(report.created, count, report.seconds)
    return report


def build_index(*, backend_name="default", chunk_size=1000, progress=None):
    """(Re)index every ArticlePage in the search backend, as `manage.py update_index` does for that one model;
    `progress(indexed, total, seconds)` after every chunk."""
    started = time.perf_counter()
    backend = get_search_backend(backend_name)
    index = backend.get_index_for_model(ArticlePage)
    rebuilder = backend.rebuilder_class(index) if backend.rebuilder_class else None
    if rebuilder is not None:
        index = rebuilder.start()
    index.add_model(ArticlePage)
    objects = ArticlePage.get_indexed_objects().order_by("pk")
    total = objects.count()
    indexed, last_pk = 0, 0
    while True:
        # Keyset pagination: an OFFSET would rescan the pages already indexed at every chunk.
        chunk = list(objects.filter(pk__gt=last_pk)[:chunk_size])
        if not chunk:
            break
        index.add_items(ArticlePage, chunk)
        indexed += len(chunk)
        last_pk = chunk[-1].pk
        if progress:
            progress(indexed, total, time.perf_counter() - started)
    if rebuilder is not None:
        rebuilder.finish()
    return IndexReport(indexed=indexed, seconds=time.perf_counter() - started)


def search_index_size():
    """Bytes the database search index takes (table, TOAST and indexes), or None where it is not measurable."""
    if connection.vendor != "postgresql":
        return None
    entries_table = get_app_config().get_model("IndexEntry")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_total_relation_size(%s)", [entries_table])
        return cursor.fetchone()[0]
