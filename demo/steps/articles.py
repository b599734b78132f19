"""The articles of every section and format, then the home page's featured stories and pinned articles."""

import re
from datetime import datetime, time, timedelta

from anyascii import anyascii

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page

from demo.content.articles import ARTICLES
from demo.content.media import CLIPS
from demo.pages import StreamBuilder, page_state, sync_page, update_page
from home.models import HomeFeaturedStory
from sections.models import ArticleLocality, ArticlePage, ArticleTopic

SLUG_MAX_LENGTH = 80
RELATED_IN_SECTION = 3


def article_slug(title):
    slug = slugify(anyascii(title))
    if len(slug) > SLUG_MAX_LENGTH:
        slug = slug[:SLUG_MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def published_at(spec, number):
    """When the article appeared: `days_ago` days before today, or before the last occurrence of the event
    it reports (`around`), so that a National Day story is dated early September whatever today is. The time
    of day is fixed per article: a second run on the same day changes nothing."""
    today = timezone.localdate()
    if spec.around:
        day, month = spec.around
        event = today.replace(month=month, day=day)
        if event >= today:
            event = event.replace(year=event.year - 1)
        date = event - timedelta(days=spec.days_ago)
        if date >= today:
            date = today - timedelta(days=1)
    else:
        date = today - timedelta(days=max(spec.days_ago, 1))
    moment = datetime.combine(date, time(7 + number * 5 % 11, number * 17 % 60))
    return timezone.make_aware(moment)


def parse_body(text):
    """The text as (kind, value) parts: ("p", text), ("h2"/"h3", text), ("quote", (text, who)), ("ul", items)."""
    parts = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        joined = " ".join(lines)
        if joined.startswith("### "):
            parts.append(("h3", joined[4:]))
        elif joined.startswith("## "):
            parts.append(("h2", joined[3:]))
        elif joined.startswith("> "):
            quote, _sep, who = joined[2:].rpartition(" — ")
            parts.append(("quote", (quote, who) if quote else (who, "")))
        elif joined.startswith("- "):
            items = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:])
                else:
                    items[-1] += f" {line}"
            parts.append(("ul", items))
        else:
            parts.append(("p", joined))
    return parts


def article_body(context, spec, slug, earlier):
    stream = StreamBuilder(f"{spec.section}/{slug}")
    if spec.gallery:
        stream.gallery("", [(context.images[key], caption) for key, caption in spec.gallery])
    if spec.clip:
        video, captions = context.clips[spec.clip]
        _video, _captions, title, transcript = CLIPS[spec.clip]
        stream.video(title, video, captions, context.images[spec.cover], transcript)

    parts = parse_body(spec.body)
    # Pictures and tables go after the opening paragraphs, before the first sub-heading.
    first_heading = next((i for i, (kind, _value) in enumerate(parts) if kind in ("h2", "h3")), len(parts))
    paragraphs = []
    for index, (kind, value) in enumerate(parts):
        if index == first_heading:
            _flush(stream, paragraphs)
            _extras(context, stream, spec)
        if kind == "p":
            paragraphs.append(value)
            continue
        _flush(stream, paragraphs)
        if kind in ("h2", "h3"):
            stream.heading(value, kind)
        elif kind == "quote":
            stream.quote(*value)
        elif kind == "ul":
            stream.bullets(value)
    _flush(stream, paragraphs)
    if first_heading == len(parts):
        _extras(context, stream, spec)

    if spec.document:
        stream.document(context.documents[spec.document])
    links = [(page.title, page, "") for page in earlier[-RELATED_IN_SECTION:][::-1]]
    links += [(title, None, url) for title, url in spec.links]
    if links:
        stream.related_links("Tin liên quan", links)
    return stream.blocks


def _flush(stream, paragraphs):
    if paragraphs:
        stream.paragraphs(paragraphs)
        paragraphs.clear()


def _extras(context, stream, spec):
    if spec.picture:
        key, caption = spec.picture
        stream.image(context.images[key], caption)
    if spec.table:
        caption, rows = spec.table
        stream.table(caption, rows)


def build_articles(context):
    earlier_by_section = {}
    total = len(ARTICLES)
    for number, spec in enumerate(ARTICLES, start=1):
        parent = context.sections[spec.section]
        slug = article_slug(spec.title)
        earlier = earlier_by_section.setdefault(spec.section, [])
        fields = {
            "title": spec.title,
            "format": spec.format,
            "lead": spec.lead,
            "cover_image": context.images[spec.cover],
            "cover_image_alt": context.images[spec.cover].description,
            "byline": spec.byline,
            "unit": context.units[spec.unit],
            "body": article_body(context, spec, slug, earlier),
        }
        children = [
            ("topic_links", ArticleTopic, [{"topic": context.topics[key]} for key in spec.topics]),
            ("locality_links", ArticleLocality, [{"locality": context.localities[key]} for key in spec.places]),
        ]
        with transaction.atomic():
            page, created, changed = sync_page(parent, ArticlePage, slug, fields, children, user=context.user)
            # Listings order by publication date: spread the articles over the past months, as a real portal's.
            moment = published_at(spec, number)
            Page.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)
        earlier.append(page)
        context.articles.append((spec, page))
        context.count(_("Bài viết"), page_state(created, changed))
        context.progress(_("Bài viết"), number, total)


def feature_articles(context):
    stories = sorted(((spec.home, page) for spec, page in context.articles if spec.home), key=lambda pair: pair[0])
    context.home, changed = update_page(
        context.home,
        {},
        children=[("featured_stories", HomeFeaturedStory, [{"page": page} for _rank, page in stories])],
        user=context.user,
    )
    context.count(_("Tin nổi bật trang chủ"), False if changed else None)
    for path, section in context.sections.items():
        pinned = next((page for spec, page in context.articles if spec.section == path and spec.featured), None)
        if pinned is not None:
            context.sections[path], changed = update_page(section, {"featured_article": pinned}, user=context.user)
            context.count(_("Bài ghim chuyên mục"), False if changed else None)
