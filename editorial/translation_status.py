"""Where the English portal stands against the Vietnamese one: the figures and lists behind the translators' admin
views (editorial/admin_views/translation_status.py).

Words used here:
- a source page is a live Vietnamese page; its English version is the English page with the same translation key
  (an alias is no translation, so it does not count);
- in review: a workflow is in progress on the English version ("Duyệt bản dịch");
- draft: the English version is not live, or has changes not yet published, and is not in review;
- out of date: the English version is synced with its source by wagtail-localize (an enabled Translation) and
  either the Vietnamese page was published after the TranslationSource was last updated from it (the translator
  has not synced since), or the English version is public and the synced source has strings with no usable English
  yet (synced, re-translation pending). A draft translation still being made has untranslated strings too: that is
  work in progress, counted as a draft, not as out of date.

Legally required pages: Decree 42/2022/NĐ-CP, Art. 7(2), makes English mandatory for the department's introduction,
functions and tasks, organisation and contacts. They are the About pages (about.AboutPage), identified by type, not
by slug, so a renamed or added About page keeps the rule.

Every figure is an aggregate query (correlated subqueries per page, grouped per section in the database): the
number of queries does not grow with the number of articles. Only "what changed" reads page content, for the one
page of the list being shown."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import BooleanField, CharField, Count, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Substr
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from about.models import AboutPage
from home.models import HomePage
from sections.models import ArticlePage, SectionPage

TARGET_LANGUAGE = "en"
PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class Languages:
    source: Locale
    target: Locale


def languages():
    """The Vietnamese source locale and the English one (one query), or None while either does not exist."""
    found = {
        locale.language_code: locale
        for locale in Locale.objects.filter(language_code__in=[settings.LANGUAGE_CODE, TARGET_LANGUAGE])
    }
    if settings.LANGUAGE_CODE not in found or TARGET_LANGUAGE not in found:
        return None
    return Languages(found[settings.LANGUAGE_CODE], found[TARGET_LANGUAGE])


def source_home(langs):
    """The Vietnamese home page, whose children are the sections and the About pages; None before it exists."""
    return HomePage.objects.filter(locale=langs.source).order_by("path").first()


def _content_type(model):
    return ContentType.objects.get_for_model(model)


def _counted_types():
    return [_content_type(ArticlePage).pk, _content_type(AboutPage).pk]


def is_legally_required():
    return ExpressionWrapper(Q(content_type=_content_type(AboutPage)), output_field=BooleanField())


def top_level_pages(home):
    """The eight sections and the About root, in tree order: the rows of the status table."""
    return list(
        Page.objects.child_of(home)
        .filter(content_type__in=[_content_type(SectionPage), _content_type(AboutPage)])
        .order_by("path")
        .only("id", "title", "path", "depth", "content_type", "live")
    )


class Versions:
    """Boolean expressions about the English version of the Vietnamese page of the outer query."""

    def __init__(self, target):
        self.target = target
        english = self.english_pages()
        synced = Translation.objects.filter(
            enabled=True,
            target_locale=target,
            source__object_id=OuterRef("translation_key"),
            source__locale_id=OuterRef("locale_id"),
        )
        self.exists = Exists(english)
        self.live = Exists(english.filter(live=True))
        english_ids = (
            self.english_pages(OuterRef(OuterRef("translation_key")))
            .annotate(text_id=Cast("pk", output_field=CharField()))
            .values("text_id")
        )
        self.in_review = Exists(
            WorkflowState.objects.active().filter(base_content_type=_content_type(Page), object_id__in=english_ids)
        )
        self.draft = Exists(english.filter(Q(live=False) | Q(has_unpublished_changes=True))) & ~self.in_review
        # The Vietnamese page was published after the translator last synced its TranslationSource.
        self.source_changed = Exists(synced.filter(source__last_updated_at__lt=OuterRef("last_published_at")))
        has_english = Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale=target,
                has_error=False,
            )
        )
        untranslated = Exists(
            StringSegment.objects.filter(
                source__object_id=OuterRef("translation_key"), source__locale_id=OuterRef("locale_id")
            ).filter(~has_english)
        )
        self.out_of_date = self.exists & (self.source_changed | (self.live & Exists(synced) & untranslated))

    def english_pages(self, translation_key=None):
        return Page.objects.filter(
            translation_key=translation_key or OuterRef("translation_key"),
            locale=self.target,
            alias_of__isnull=True,
        )


# 1. "Tình trạng bản dịch": per section.


@dataclass
class SectionStatus:
    page: Page | None  # None for the total
    legally_required: bool = False
    pages: int = 0  # live Vietnamese articles (About pages on the About row)
    without_english: int = 0  # of them, with no English version at all
    live_english: int = 0
    out_of_date: int = 0
    in_review: int = 0
    drafts: int = 0

    FIGURES = ("pages", "without_english", "live_english", "out_of_date", "in_review", "drafts")

    def add(self, other):
        for name in self.FIGURES:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def section_status(home, langs):
    """(rows, total): one row per top-level section, child sections rolled up, and one for the About pages.

    Two queries whatever the number of articles: the top-level pages, then one grouped count."""
    tops = top_level_pages(home)
    versions = Versions(langs.target)
    top_path = Substr("path", 1, len(home.path) + Page.steplen)
    counts = (
        Page.objects.filter(
            locale=langs.source,
            live=True,
            content_type__in=_counted_types(),
            path__startswith=home.path,
            depth__gt=home.depth,
        )
        .annotate(top_path=top_path)
        .order_by()
        .values("top_path")
        .annotate(
            pages=Count("pk"),
            without_english=Count("pk", filter=~versions.exists),
            live_english=Count("pk", filter=versions.live),
            out_of_date=Count("pk", filter=versions.out_of_date),
            in_review=Count("pk", filter=versions.in_review),
            drafts=Count("pk", filter=versions.exists & versions.draft),
        )
    )
    by_path = {row.pop("top_path"): row for row in counts}
    about = _content_type(AboutPage).pk
    rows = [
        SectionStatus(page=top, legally_required=top.content_type_id == about, **by_path.get(top.path, {}))
        for top in tops
    ]
    total = SectionStatus(page=None)
    for row in rows:
        total.add(row)
    return rows, total


# 2. "Cần cập nhật": English versions whose source changed.


def needs_update(home, langs):
    """The Vietnamese pages (of every type) whose English version is out of date: About pages first, then the
    longest-waiting change first. Each is annotated with what the list shows about its English version."""
    versions = Versions(langs.target)
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    english = versions.english_pages()
    return (
        Page.objects.filter(locale=langs.source, live=True, path__startswith=home.path)
        .filter(versions.out_of_date)
        .annotate(
            legally_required=is_legally_required(),
            translation_source_id=Subquery(source.values("pk")[:1]),
            synced_at=Subquery(source.values("last_updated_at")[:1]),
            english_id=Subquery(english.values("pk")[:1]),
            english_title=Subquery(english.values("title")[:1]),
            english_live=Subquery(english.values("live")[:1]),
            english_in_review=ExpressionWrapper(versions.in_review, output_field=BooleanField()),
            source_changed=ExpressionWrapper(versions.source_changed, output_field=BooleanField()),
        )
        .order_by("-legally_required", F("last_published_at").asc(nulls_first=True), "path")
    )


def needs_update_counts(home, langs):
    """{"total": n, "legally_required": m} in one query, for the dashboard."""
    return (
        needs_update(home, langs)
        .order_by()
        .aggregate(total=Count("pk"), legally_required=Count("pk", filter=Q(content_type=_content_type(AboutPage))))
    )


@dataclass
class SegmentChange:
    path: str
    label: str
    text: str  # plain text, as the translator reads it
    before: str = ""  # for a changed string: the text the English translation was made from


@dataclass
class Changes:
    changed: list = field(default_factory=list)  # SegmentChange: new strings, and strings whose text changed
    removed: int = 0  # strings the source no longer has
    untranslated: list = field(default_factory=list)  # SegmentChange: synced strings with no English yet


def _minus(items, others):
    """`items` without one occurrence of each of `others`, in the order of `items`."""
    left = Counter(others)
    kept = []
    for item in items:
        if left[item]:
            left[item] -= 1
        else:
            kept.append(item)
    return kept


def diff_segments(live, stored):
    """Compare the strings of the page now with the strings the translation was made from, both lists of
    (content path, string data) in page order. Returns ([(path, new data, old data or None)], removed count).

    A path is a field, or a block by its id: a paragraph edited in place keeps its path, so its new text is paired
    with its old one (changed); a string at a path the source did not have is new; the rest are removed."""
    live_by_path, stored_by_path = defaultdict(list), defaultdict(list)
    for path, data in live:
        live_by_path[path].append(data)
    for path, data in stored:
        stored_by_path[path].append(data)
    changes, removed = [], 0
    for path, now in live_by_path.items():
        before = stored_by_path.get(path, [])
        added, gone = _minus(now, before), _minus(before, now)
        changes += [(path, data, gone[index] if index < len(gone) else None) for index, data in enumerate(added)]
        removed += max(0, len(gone) - len(added))
    removed += sum(len(strings) for path, strings in stored_by_path.items() if path not in live_by_path)
    return changes, removed


def _plain(data):
    return StringValue(data).render_text()


def segment_label(instance, path):
    """Where a string sits, for people: "Nội dung › Đoạn văn (khối 2)" for "body.<block id>"; the path itself
    where the walk finds nothing better."""
    parts = path.split(".")
    try:
        model_field = instance._meta.get_field(parts[0])
    except FieldDoesNotExist:
        return path
    labels = [capfirst(str(model_field.verbose_name))]
    if isinstance(model_field, StreamField):
        labels += _block_labels(model_field.stream_block, model_field.value_from_object(instance), parts[1:])
    elif len(parts) > 1:
        labels += parts[1:]
    return PATH_SEPARATOR.join(labels)


def _block_labels(block, value, parts):
    if not parts:
        return []
    head, rest = parts[0], parts[1:]
    if isinstance(block, blocks.StreamBlock):
        for position, child in enumerate(value or [], start=1):
            if child.id == head:
                label = _("%(block)s (khối %(position)d)") % {
                    "block": capfirst(str(child.block.label)),
                    "position": position,
                }
                return [label, *_block_labels(child.block, child.value, rest)]
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(getattr(value, "bound_blocks", []), start=1):
            if item.id == head:
                label = _("%(item)s số %(position)d") % {
                    "item": capfirst(str(block.child_block.label)),
                    "position": position,
                }
                return [label, *_block_labels(block.child_block, item.value, rest)]
    elif isinstance(block, blocks.StructBlock) and head in block.child_blocks:
        child = block.child_blocks[head]
        return [capfirst(str(child.label)), *_block_labels(child, value.get(head) if value else None, rest)]
    elif isinstance(block, TableBlock):
        return [_table_label(head), *rest]
    return parts


def _table_label(part):
    if part == "caption":
        return _("Chú thích bảng")
    kind, _sep, position = part.partition("-")
    row, _sep, column = position.partition("-")
    if kind == "cell" and row.isdigit() and column.isdigit():
        return _("Ô hàng %(row)d, cột %(column)d") % {"row": int(row) + 1, "column": int(column) + 1}
    return part


def describe_changes(rows, langs):
    """Fill `row.changes` (a Changes) for the rows of `needs_update()` being shown: the strings of the live
    Vietnamese page compared with those its translation source holds, and the source's strings with no English.

    Queries: one per page type for the pages, one for the stored strings; no query per row."""
    rows = list(rows)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[row.pk for row in rows]).specific()}
    stored = defaultdict(list)
    segments = (
        StringSegment.objects.filter(source_id__in=[row.translation_source_id for row in rows])
        .annotate_translation(langs.target)
        .select_related("string", "context")
        .order_by("source_id", "order")
    )
    for segment in segments:
        stored[segment.source_id].append(segment)
    for row in rows:
        page = pages.get(row.pk, row)
        changes = Changes()
        live = [
            (segment.path, segment.string.data)
            for segment in extract_segments(page)
            if isinstance(segment, StringSegmentValue)
        ]
        old = stored[row.translation_source_id]
        differences, changes.removed = diff_segments(live, [(s.context.path, s.string.data) for s in old])
        for path, data, before in differences:
            changes.changed.append(
                SegmentChange(path, segment_label(page, path), _plain(data), _plain(before) if before else "")
            )
        changes.untranslated = [
            SegmentChange(s.context.path, segment_label(page, s.context.path), _plain(s.string.data))
            for s in old
            if s.translation is None
        ]
        row.changes = changes
        row.source_page = page
    return rows


# 3. "Bài chờ dịch": live Vietnamese articles with no English version.


def waiting_for_translation(home, langs, within=None):
    """Live Vietnamese articles (and About pages, which the law wants in English) with no English version yet,
    About pages first, then newest first; `within` narrows to one top-level section and its child sections."""
    versions = Versions(langs.target)
    return (
        Page.objects.filter(
            locale=langs.source,
            live=True,
            content_type__in=_counted_types(),
            path__startswith=(within or home).path,
            depth__gt=home.depth,
        )
        .filter(~versions.exists)
        .annotate(legally_required=is_legally_required())
        .order_by("-legally_required", "-first_published_at", "path")
    )
