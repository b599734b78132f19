"""The English portal: translations of the home page, the sections, the About pages and the shared snippets,
made through wagtail-localize so that translators can keep them in step with the Vietnamese source.

Articles are not translated here; translators choose which ones to translate."""

from django.utils.translation import gettext as _

from demo.content.about import CHILDREN, ROOT
from demo.content.site import HOME, SECTIONS
from demo.content.taxonomy import BANNERS, DIRECTORS, TOPICS, UNITS
from demo.localize import translate
from demo.pages import update_page
from demo.steps.about import about_strings
from home.models import HomeFeaturedStory


def build_english(context):
    en = context.en
    for slug, name, slug_en, name_en, _kind, _featured, description, description_en in TOPICS:
        strings = {name: name_en, slug: slug_en, description: description_en}
        _topic, state = translate(context.topics[slug], en, strings, user=context.user)
        context.count(_("Chủ đề (tiếng Anh)"), state)

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

    home_en, state = translate(
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

    _keep_vietnamese_articles_off(context, home_en)


def _translate_section(context, section, path):
    strings = dict((section.title, section.slug, section.intro))
    _page, state = translate(context.sections[path], context.en, strings, user=context.user)
    context.count(_("Chuyên mục (tiếng Anh)"), state)


def _keep_vietnamese_articles_off(context, home_en):
    """Page links are synchronised, not translated, so a fresh translation points at Vietnamese articles:
    the English home page's featured stories and the sections' pinned articles. Clear them until the
    articles themselves are translated."""
    if home_en.featured_stories.exists():
        update_page(home_en, {}, children=[("featured_stories", HomeFeaturedStory, [])], user=context.user)
    for section in context.sections.values():
        section_en = section.get_translation(context.en).specific
        pinned = section_en.featured_article
        if pinned is not None and pinned.locale_id != context.en.pk:
            update_page(section_en, {"featured_article": None}, user=context.user)
