"""Table cells are translation segments: a translator translates a table's caption and text cells in
wagtail-localize's editor, and the English page shows the same table in English."""

import pytest
from bs4 import BeautifulSoup

from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

CAPTION = ("Lịch thi đấu và kết quả", "Fixtures and results")
ROWS = [
    [("Môn thi", "Sport"), ("Địa điểm", "Venue"), ("Huy chương", "Medals"), ("Điểm", "Score")],
    [("Bơi lội", "Swimming"), ("Cung thể thao Quần Ngựa", "Quần Ngựa Sports Palace"), "152", ("9,5", "9.5")],
    [("Điền kinh", "Athletics"), ("Sân vận động Mỹ Đình", "Mỹ Đình Stadium"), "89%", ""],
]


def _cells(rows, language):
    """The table's cells in one language: a pair is (Vietnamese, English), a plain string the same in both."""
    index = 0 if language == "vi" else 1
    return [[cell[index] if isinstance(cell, tuple) else cell for cell in row] for row in rows]


def _table_value():
    return {
        "data": _cells(ROWS, "vi"),
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": CAPTION[0],
        "table_header_choice": "row",
    }


@pytest.fixture
def submitted(portal, admin_user, without_workflows, settings):
    """A live Vietnamese article with a table, submitted for translation into English as "Dịch trang này" does."""
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
    en = portal.locales.en
    section_en = portal.news.copy_for_translation(en)
    section_en.title, section_en.slug = "News and Events", "news-and-events"
    section_en.save_revision(user=admin_user).publish()
    article = ArticlePageFactory(
        parent=portal.news,
        title="Kết quả Đại hội Thể dục thể thao",
        slug="ket-qua-dai-hoi",
        body=[
            ("paragraph", "<p>Đoàn Hà Nội dẫn đầu bảng tổng sắp huy chương.</p>"),
            ("table", _table_value()),
        ],
    )
    TranslationCreator(admin_user, [en]).create_translations(article)
    source = TranslationSource.objects.get_for_instance(article)
    return article, source, source.translations.get(target_locale=en)


def _segments(source):
    return {
        segment.context.path: segment
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
    }


def test_the_caption_and_every_text_cell_are_segments_and_bare_numbers_are_not(submitted):
    article, source, _translation = submitted
    table_id = next(block.id for block in article.body if block.block_type == "table")
    segments = _segments(source)
    texts = {path.removeprefix(f"body.{table_id}."): segment.string.data for path, segment in segments.items()}

    assert texts["caption"] == "Lịch thi đấu và kết quả"
    assert texts["cell-0-0"] == "Môn thi" and texts["cell-2-1"] == "Sân vận động Mỹ Đình"
    # A decimal comma reads differently in English, so "9,5" is the translator's to rewrite; "152" and "89%" are not.
    assert texts["cell-1-3"] == "9,5"
    table_paths = {path for path in segments if path.startswith(f"body.{table_id}.")}
    assert len(table_paths) == 1 + 9
    assert not {f"body.{table_id}.cell-1-2", f"body.{table_id}.cell-2-2", f"body.{table_id}.cell-2-3"} & table_paths


def test_the_translated_table_shows_english_cells_in_the_same_shape(
    submitted, admin_user, client, django_capture_on_commit_callbacks
):
    article, source, translation = submitted
    english = {vi: en for row in ROWS for vi, en in (cell for cell in row if isinstance(cell, tuple))}
    english[CAPTION[0]] = CAPTION[1]
    english.update({"Kết quả Đại hội Thể dục thể thao": "Games results", "ket-qua-dai-hoi": "games-results"})
    for segment in _segments(source).values():
        text = segment.string.data
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=english.get(text, f"In English: {text}"),
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=admin_user,
        )

    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)

    page = ArticlePage.objects.get(translation_key=article.translation_key, locale=translation.target_locale)
    table = next(block.value for block in page.body if block.block_type == "table")
    assert table["table_caption"] == "Fixtures and results"
    assert table["data"] == _cells(ROWS, "en")
    assert table["first_row_is_table_header"] is True

    response = client.get(page.url)
    assert response.status_code == 200
    html_table = BeautifulSoup(response.content, "html.parser").find("table", class_="data-table")
    assert html_table.caption.get_text(strip=True) == "Fixtures and results"
    shown = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in html_table.find_all("tr")]
    assert shown == _cells(ROWS, "en")

    # The Vietnamese article keeps its Vietnamese table.
    article.refresh_from_db()
    source_table = next(block.value for block in article.body if block.block_type == "table")
    assert source_table["data"] == _cells(ROWS, "vi") and source_table["table_caption"] == CAPTION[0]
