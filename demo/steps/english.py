"""The English portal: translations of the home page, the sections, the About pages, the shared snippets and a
selection of articles, made through wagtail-localize so that translators can keep them in step with the
Vietnamese source. The other articles stay Vietnamese only: translators choose which ones to translate."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail.models import Page

from demo.content.about import CHILDREN, ROOT
from demo.content.english import ARTICLES as ENGLISH_ARTICLES
from demo.content.english.media import ALT_TEXTS, CLIPS, CREDIT, RELATED_HEADING
from demo.content.media import CLIPS as VIETNAMESE_CLIPS
from demo.content.media import CREDIT as VIETNAMESE_CREDIT
from demo.content.media import SCENES
from demo.content.site import HOME, SECTIONS
from demo.content.taxonomy import BANNERS, DIRECTORS, LOCALITIES, TOPICS, UNITS
from demo.localize import translate
from demo.pages import update_page
from demo.steps.about import about_strings
from demo.steps.articles import article_slug, parse_body
from home.models import HomeFeaturedStory
from sections.models import SectionPage


def build_english(context):
    en = context.en
    for slug, name, slug_en, name_en, _kind, _featured, description, description_en in TOPICS:
        strings = {name: name_en, slug: slug_en, description: description_en}
        _topic, state = translate(context.topics[slug], en, strings, user=context.user)
        context.count(_("Chủ đề (tiếng Anh)"), state)

    # Articles name their wards and communes, so the places need English versions before the articles. The names
    # stay as they are; the interface translation words them "Hoàn Kiếm Ward".
    for key, code, name, _kind in LOCALITIES:
        _locality, state = translate(context.localities[key], en, {name: name, code: code}, user=context.user)
        context.count(_("Địa bàn (tiếng Anh)"), state)

    for unit in UNITS:
        strings = dict((unit.name, unit.short_name, unit.functions, unit.address))
        strings[unit.phone] = unit.phone
        for leader in unit.leaders:
            strings.update(
                {leader.name: leader.name, leader.position[0]: leader.position[1], leader.phone: leader.phone}
            )
        _unit, state = translate(context.units[unit.key], en, strings, user=context.user)
        context.count(_("Đơn vị (tiếng Anh)"), state)

    for director in DIRECTORS:
        source = context.directors[director.name]
        strings = dict((director.position, director.responsibilities))
        strings.update({director.name: director.name, director.phone: director.phone})
        _director, state = translate(source, en, strings, user=context.user)
        context.count(_("Lãnh đạo Sở (tiếng Anh)"), state)

    _home_en, state = translate(
        context.home,
        en,
        {HOME["title"][0]: HOME["title"][1], HOME["slug"][0]: HOME["slug"][1], HOME["intro"][0]: HOME["intro"][1]},
        user=context.user,
    )
    context.count(_("Trang chủ (tiếng Anh)"), state)
    for section in SECTIONS:
        _translate_section(context, section, section.slug[0])
        for child in section.children:
            _translate_section(context, child, f"{section.slug[0]}/{child.slug[0]}")
    for entry in (ROOT, *CHILDREN):
        _page, state = translate(context.about_pages[entry.slug[0]], en, about_strings(entry), user=context.user)
        context.count(_("Trang giới thiệu (tiếng Anh)"), state)

    for banner in BANNERS:
        source = context.banners[banner.title[0]]
        strings = dict((banner.title, banner.description))
        overrides = {}
        if banner.image[1]:
            overrides["image"] = context.images[banner.image[1]].pk
        _banner, state = translate(source, en, strings, overrides=overrides, user=context.user)
        context.count(_("Banner (tiếng Anh)"), state)


def _translate_section(context, section, path):
    strings = dict((section.title, section.slug, section.intro))
    _page, state = translate(context.sections[path], context.en, strings, user=context.user)
    context.count(_("Chuyên mục (tiếng Anh)"), state)


def translate_articles(context):
    """The selected articles in English, dated as their Vietnamese originals; then the English home page's
    featured stories and the English sections' pinned articles point at them."""
    position = {spec.title: index for index, (spec, _page) in enumerate(context.articles)}
    unknown = [title for title in ENGLISH_ARTICLES if title not in position]
    if unknown:
        raise CommandError(
            _("Có bản tiếng Anh cho bài không có trong các bài mẫu tiếng Việt: %(titles)s")
            % {"titles": "; ".join(unknown)}
        )
    # In the Vietnamese order: an article's related links lead to earlier articles, translated by then.
    titles = sorted(ENGLISH_ARTICLES, key=position.get)
    english_pages = {}
    for number, title in enumerate(titles, start=1):
        spec, page = context.articles[position[title]]
        strings = article_strings(spec, ENGLISH_ARTICLES[title])
        strings.update(_related_link_titles(page))
        overrides = _related_link_overrides(page, english_pages)
        page_en, state = translate(page, context.en, strings, overrides=overrides, user=context.user)
        _keep_publication_dates(page, page_en)
        english_pages[page.pk] = page_en
        context.count(_("Bài viết (tiếng Anh)"), state)
        context.progress(_("Bài viết (tiếng Anh)"), number, len(titles))
    _point_at_english_articles(context)


def article_strings(spec, english):
    """Every Vietnamese text of the article built from `spec` (demo/steps/articles.py), with its English."""

    def mismatch(part):
        return CommandError(
            _("Bản tiếng Anh của bài “%(title)s” không khớp bài tiếng Việt ở phần %(part)s.")
            % {"title": spec.title, "part": part}
        )

    strings = {
        spec.title: english.title,
        article_slug(spec.title): article_slug(english.title),
        spec.lead: english.lead,
        spec.byline: english.byline or spec.byline,
        RELATED_HEADING[0]: RELATED_HEADING[1],
        VIETNAMESE_CREDIT: CREDIT,
    }
    # The alt texts are the library's descriptions, copied into the article (cover, gallery, picture).
    pictures = [spec.cover, *(key for key, _caption in spec.gallery), *([spec.picture[0]] if spec.picture else [])]
    for key in pictures:
        if key not in ALT_TEXTS:
            raise mismatch(_("văn bản thay thế của ảnh “%(key)s”") % {"key": key})
        strings[SCENES[key][-1]] = ALT_TEXTS[key]

    parts, english_parts = parse_body(spec.body), parse_body(english.body)
    if len(parts) != len(english_parts):
        raise mismatch(
            _("nội dung: %(vi)d đoạn, bản dịch có %(en)d đoạn") % {"vi": len(parts), "en": len(english_parts)}
        )
    for number, ((kind, value), (english_kind, english_value)) in enumerate(
        zip(parts, english_parts, strict=True), start=1
    ):
        if kind != english_kind or (kind == "ul" and len(value) != len(english_value)):
            raise mismatch(_("nội dung, đoạn thứ %(number)d") % {"number": number})
        if kind in ("quote", "ul"):
            strings.update(zip(value, english_value, strict=True))
        else:
            strings[value] = english_value

    pairs = [
        (_("bộ ảnh"), [caption for _key, caption in spec.gallery], list(english.gallery)),
        (_("ảnh trong bài"), [spec.picture[1]] if spec.picture else [], [english.picture] if english.picture else []),
        (_("liên kết liên quan"), [title for title, _url in spec.links], list(english.links)),
    ]
    if spec.table or english.table:
        (caption, rows), (english_caption, english_rows) = spec.table or ("", ()), english.table or ("", ())
        if [len(row) for row in rows] != [len(row) for row in english_rows]:
            raise mismatch(_("bảng"))
        pairs.append(
            (
                _("bảng"),
                [caption, *(cell for row in rows for cell in row)],
                [english_caption, *(cell for row in english_rows for cell in row)],
            )
        )
    if spec.clip:
        _video, _captions, title, transcript = VIETNAMESE_CLIPS[spec.clip]
        pairs.append((_("video"), [title, transcript], list(CLIPS.get(spec.clip, ()))))
    for part, texts, english_texts in pairs:
        if len(texts) != len(english_texts):
            raise mismatch(part)
        strings.update(zip(texts, english_texts, strict=True))
    return strings


def _related_links(page):
    """(content path of the link's page, the linked page, its title) for each page link in the article."""
    for block in page.body:
        if block.block_type != "related_links":
            continue
        for item in block.value["links"].bound_blocks:
            if item.value["page"] is not None:
                yield f"body.{block.id}.links.{item.id}.page", item.value["page"], item.value["title"]


def _related_link_titles(page):
    strings = {}
    for _path, linked, title in _related_links(page):
        if title and linked.title in ENGLISH_ARTICLES:
            strings[title] = ENGLISH_ARTICLES[linked.title].title
    return strings


def _related_link_overrides(page, english_pages):
    """Page links are synchronised with the source: point each at the linked article's English version."""
    overrides = {}
    for path, linked, _title in _related_links(page):
        if linked.pk not in english_pages:
            raise CommandError(
                _("Bài “%(title)s” liên kết tới bài “%(linked)s”, bài này chưa có bản tiếng Anh.")
                % {"title": page.title, "linked": linked.title}
            )
        overrides[path] = english_pages[linked.pk].pk
    return overrides


def _keep_publication_dates(page, page_en):
    """English listings order by date: the translation appears as of its original, not as of the seed's run."""
    dates = Page.objects.filter(pk=page.pk).values_list("first_published_at", "last_published_at").get()
    if (page_en.first_published_at, page_en.last_published_at) != dates:
        Page.objects.filter(pk=page_en.pk).update(first_published_at=dates[0], last_published_at=dates[1])


def _point_at_english_articles(context):
    """Page links are synchronised, not translated, so the English home page and sections copy the Vietnamese
    featured stories and pinned articles. Each becomes its English version, or is left out when there is none."""
    home = type(context.home).objects.get(pk=context.home.pk)
    stories = []
    for story in home.featured_stories.select_related("page"):
        english = _live_english(story.page, context.en)
        if english is not None:
            stories.append({"page": english})
    home_en = home.get_translation(context.en).specific
    _home_en, changed = update_page(
        home_en, {}, children=[("featured_stories", HomeFeaturedStory, stories)], user=context.user
    )
    context.count(_("Tin nổi bật trang chủ (tiếng Anh)"), False if changed else None)

    for section in SectionPage.objects.filter(pk__in=[page.pk for page in context.sections.values()]):
        pinned = section.featured_article
        english = _live_english(pinned, context.en) if pinned is not None else None
        section_en = section.get_translation(context.en).specific
        _section_en, changed = update_page(section_en, {"featured_article": english}, user=context.user)
        context.count(_("Bài ghim chuyên mục (tiếng Anh)"), False if changed else None)


def _live_english(page, locale):
    english = page.get_translation_or_none(locale)
    return english.specific if english is not None and english.live else None
