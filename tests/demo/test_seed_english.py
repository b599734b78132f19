"""The seed's English portal looks alive: translated articles across the sections, a photo report and a table in
English, English featured stories, and not one Vietnamese article title where English readers look."""

import dataclasses
import re
import unicodedata
from io import StringIO

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from demo.content.articles import ARTICLES
from demo.content.english import ARTICLES as ENGLISH_ARTICLES
from demo.steps.english import article_strings
from home.models import HomePage
from sections.blocks import DataTableBlock
from sections.models import ArticlePage, SectionPage

SUMMARY_LINE = re.compile(r"^  \S.*: \d+ ")


def _seed():
    out = StringIO()
    # As from a terminal: the requests below leave English active in this thread.
    with translation.override("vi"):
        call_command("seed_demo", stdout=out)
    return out.getvalue()


def _is_vietnamese(text):
    """Vietnamese letters carry tone marks or are đ; English text does not."""
    return "đ" in text.lower() or any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", text))


def _source(page, locales):
    return page.get_translation(locales.vi).specific


def _blocks(page, block_type):
    return [block.value for block in page.body if block.block_type == block_type]


def _visible_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


SPECS = {spec.title: spec for spec in ARTICLES}


@pytest.mark.parametrize("title", sorted(ENGLISH_ARTICLES))
def test_every_english_article_matches_its_vietnamese_original_part_for_part(title):
    strings = article_strings(SPECS[title], ENGLISH_ARTICLES[title])
    assert strings[title] == ENGLISH_ARTICLES[title].title
    assert all(english.strip() for english in strings.values())


def test_an_english_text_missing_a_paragraph_is_named_in_the_error():
    title = "Hà Nội đẹp: những con đường rợp bóng cây"
    english = ENGLISH_ARTICLES[title]
    shortened = dataclasses.replace(english, body=english.body.strip().split("\n\n")[0])
    with pytest.raises(CommandError, match="không khớp bài tiếng Việt ở phần nội dung: 2 đoạn, bản dịch có 1 đoạn"):
        article_strings(SPECS[title], shortened)


# One test: the seed takes a while, and a transactional test empties the database when it ends. The serialized
# rollback gives it the migrations' data back (locales, roles) whatever ran before it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_builds_a_living_english_portal_and_a_second_run_changes_nothing(settings, locales, client):
    settings.DEBUG = False
    _seed()

    home_en = HomePage.objects.get(locale=locales.en)
    articles = ArticlePage.objects.live().filter(locale=locales.en)
    assert articles.count() >= 15
    sections_with_articles = [
        section.slug for section in SectionPage.objects.child_of(home_en) if articles.descendant_of(section).exists()
    ]
    assert len(sections_with_articles) >= 6, sections_with_articles
    for article in articles:
        source = _source(article, locales)
        assert article.title != source.title and not _is_vietnamese(article.slug), article.slug
        assert article.lead != source.lead and article.cover_image_alt != source.cover_image_alt, article.slug
        assert article.first_published_at == source.first_published_at, article.slug

    # A photo report whose every caption and alt text is English.
    photo_report = next(article for article in articles if article.format == "photo_report")
    gallery = _blocks(photo_report, "gallery")[0]["images"]
    source_gallery = _blocks(_source(photo_report, locales), "gallery")[0]["images"]
    assert len(gallery) == len(source_gallery) >= 4
    for item, source_item in zip(gallery, source_gallery, strict=True):
        assert item["image"] == source_item["image"]
        for field in ("caption", "alt_text"):
            assert item[field] and item[field] != source_item[field], (field, item[field])
            assert not _is_vietnamese(item[field]), (field, item[field])
    assert not _is_vietnamese(photo_report.cover_image_alt)

    # Tables keep their shape and numbers; at least one has English in every text cell.
    tables = [(article, table) for article in articles for table in _blocks(article, "table")]
    assert tables
    all_english = []
    for article, table in tables:
        source_table = _blocks(_source(article, locales), "table")[0]
        assert [len(row) for row in table["data"]] == [len(row) for row in source_table["data"]], article.slug
        pairs = list(zip(sum(table["data"], []), sum(source_table["data"], []), strict=True))
        assert all(cell == source for cell, source in pairs if not DataTableBlock.cell_needs_translation(source))
        text_cells = [table["table_caption"]] + [cell for cell, source in pairs if any(ch.isalpha() for ch in source)]
        all_english.append(not any(_is_vietnamese(cell) for cell in text_cells))
    assert any(all_english)

    # The English home page features English stories only; pinned articles are English or absent.
    stories = list(home_en.featured_stories.select_related("page"))
    assert stories and all(story.page.locale_id == locales.en.pk and story.page.live for story in stories)
    sections_en = SectionPage.objects.filter(locale=locales.en)
    pinned = [section.featured_article for section in sections_en if section.featured_article is not None]
    assert pinned and all(article.locale_id == locales.en.pk for article in pinned)

    # What readers see under /en/: not one Vietnamese article title.
    vietnamese_titles = list(ArticlePage.objects.filter(locale=locales.vi).values_list("title", flat=True))
    for url in ["/en/", *(section.url for section in sections_en)]:
        text = _visible_text(client, url)
        leaked = [title for title in vietnamese_titles if title in text]
        assert not leaked, (url, leaked)
    assert photo_report.title in _visible_text(client, photo_report.get_parent().url)

    counts = (Page.objects.count(), Revision.objects.count(), StringTranslation.objects.count())
    output = _seed()
    summary = [line for line in output.splitlines() if SUMMARY_LINE.match(line)]
    assert summary and all(line.endswith("giữ nguyên") for line in summary), summary
    assert (Page.objects.count(), Revision.objects.count(), StringTranslation.objects.count()) == counts
