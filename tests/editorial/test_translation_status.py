"""The translators' admin views: "Tình trạng bản dịch" counts per section, "Cần cập nhật" says which English pages fell
behind their Vietnamese source and what changed (the legally required About pages first), syncing keeps every
unchanged string's English, and "Bài chờ dịch" is where a translator starts a translation."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from editorial.translation_review import submit_for_review, untranslated_count
from editorial.translation_status import diff_segments, languages, section_status, source_home
from sections.models import ArticlePage
from tests.editorial import test_translation_review
from tests.editorial.test_translation_review import fresh, messages_of, person
from tests.factories import AboutPageFactory, ArticlePageFactory, SectionPageFactory

team = test_translation_review.team

STATUS = reverse("editorial_translation_status")
NEEDS_UPDATE = reverse("editorial_translations_needing_update")
WAITING = reverse("editorial_translations_waiting")
FIGURES = ("pages", "without_english", "live_english", "out_of_date", "in_review", "drafts")

PARAGRAPH_ONE = "<p>Hội sách mở cửa từ 8 giờ đến 22 giờ hằng ngày.</p>"
PARAGRAPH_TWO = "<p>Có hơn 200 gian hàng của các nhà xuất bản.</p>"
PARAGRAPH_TWO_NEW = "<p>Có hơn 250 gian hàng của 60 nhà xuất bản và công ty sách.</p>"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def english_section(portal, section, title, slug):
    page = section.copy_for_translation(portal.locales.en)
    page.title, page.slug = title, slug
    page.save_revision().publish()
    return page


def article(parent, **kwargs):
    kwargs.setdefault(
        "body",
        [
            ("paragraph", RichText(PARAGRAPH_ONE)),
            ("heading", {"text": "Chương trình giao lưu tác giả", "level": "h2"}),
            ("paragraph", RichText(PARAGRAPH_TWO)),
        ],
    )
    return ArticlePageFactory(parent=parent, **kwargs)


def translate_into_english(page, user, *, publish=True, leave_out=0):
    """What a translator does: "Translate", an English string for every segment (but the last `leave_out`), and
    (here, for the fixture) the translation published."""
    en = languages().target
    TranslationCreator(user, [en]).create_translations(page)
    source = TranslationSource.objects.get_for_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"))
    for segment in segments[: len(segments) - leave_out]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=en,
            context=segment.context,
            defaults={
                "data": f"EN {segment.string.data}",
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    translation = source.translations.get(target_locale=en)
    if publish:
        # wagtail-localize publishes on commit, which a test's transaction never reaches.
        with TestCase.captureOnCommitCallbacks(execute=True):
            translation.save_target(user=user, publish=True)
    return SimpleNamespace(
        page=Page.objects.get(translation_key=page.translation_key, locale=en).specific,
        source=source,
        translation=translation,
    )


def republish(page, **changes):
    page = fresh(page)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return fresh(page)


def change_second_paragraph(page):
    page = fresh(page)
    block = page.body[2]
    page.body[2] = ("paragraph", RichText(PARAGRAPH_TWO_NEW), block.id)
    page.save_revision().publish()
    return fresh(page), block.id


@pytest.fixture
def crew(team, django_user_model):
    contributors, _created = Group.objects.get_or_create(name="Cộng tác viên")
    contributors.permissions.add(Permission.objects.get(codename="access_admin"))
    portal = team.portal
    return SimpleNamespace(
        **vars(team),
        contributor=person(django_user_model, "congtacvien", contributors),
        news_en=english_section(portal, portal.news, "News and Events", "news-events"),
        culture_en=english_section(portal, portal.culture, "Culture", "culture"),
    )


@pytest.fixture
def counted(crew):
    """A small portal, hand-counted below: news (five live articles), culture with a child section (two), and the
    About pages (two)."""
    portal, translator = crew.portal, crew.translator
    heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
    english_section(portal, heritage, "Heritage", "heritage")

    up_to_date = article(portal.news, title="Bài đã dịch")
    translate_into_english(up_to_date, translator)
    behind = article(portal.news, title="Bài tiếng Việt đã sửa")
    translate_into_english(behind, translator)
    republish(behind, lead="Sapo mới của bài sau khi bản dịch đã đăng.")
    in_review = article(portal.news, title="Bài đang duyệt bản dịch")
    submit_for_review(translate_into_english(in_review, translator, publish=False).page, translator)
    draft = article(portal.news, title="Bài đang dịch dở")
    translate_into_english(draft, translator, publish=False, leave_out=2)
    article(portal.news, title="Bài chưa dịch")
    article(portal.news, title="Bài chưa đăng", live=False, first_published_at=None)

    article(portal.culture, title="Bài văn hóa chưa dịch")
    translate_into_english(article(heritage, title="Bài di sản đã dịch"), translator)

    about = AboutPageFactory(parent=portal.home)
    translate_into_english(about, translator)
    republish(about, intro="Sở Văn hóa và Thể thao Hà Nội tham mưu cho Ủy ban nhân dân thành phố.")
    AboutPageFactory(parent=about, title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu")
    return SimpleNamespace(crew=crew, about=about)


def figures(cells_of_row):
    return {cell["data-figure"]: int(cell.get_text(strip=True)) for cell in cells_of_row.select("[data-figure]")}


@pytest.mark.django_db
class TestTranslationStatus:
    def test_counts_per_section_roll_child_sections_up_and_count_the_about_pages(self, client, counted):
        client.force_login(counted.crew.translator)
        response = client.get(STATUS)

        assert response.status_code == 200
        table = soup(response).find("table", id="translation-status")
        assert table.find("caption") is not None
        assert all(header.get("scope") == "col" for header in table.select("thead th"))
        rows = {row.find("th").get_text(" ", strip=True): figures(row) for row in table.select("tbody tr")}
        # pages, without English, live English, out of date, in review, drafts
        assert rows == {
            "Tin tức - Sự kiện": dict(zip(FIGURES, (5, 1, 2, 1, 1, 1), strict=True)),
            "Văn hóa": dict(zip(FIGURES, (2, 1, 1, 0, 0, 0), strict=True)),
            "Giới thiệu Bắt buộc song ngữ": dict(zip(FIGURES, (2, 1, 1, 1, 0, 0), strict=True)),
        }
        assert figures(table.select_one("tfoot tr")) == dict(zip(FIGURES, (9, 3, 4, 2, 1, 1), strict=True))

    def test_the_count_takes_the_same_queries_for_3_and_12_articles(self, client, crew):
        def add_articles(count):
            for number in range(count):
                page = article(crew.portal.news if number % 2 else crew.portal.culture)
                if number % 3 == 0:
                    translate_into_english(page, crew.translator, publish=number % 2 == 0)

        def queries(url):
            client.get(url)  # caches warmed: site root paths, permissions, content types
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            return len(captured)

        client.force_login(crew.translator)
        home = source_home(languages())
        add_articles(3)
        few = (queries(STATUS), queries(WAITING))
        with CaptureQueriesContext(connection) as direct:
            rows, total = section_status(home, languages())
        assert total.pages == 3

        add_articles(9)
        assert (queries(STATUS), queries(WAITING)) == few
        with CaptureQueriesContext(connection) as direct_again:
            rows, total = section_status(home, languages())
        assert total.pages == 12
        assert len(direct_again) == len(direct) == 3  # the locales, the top-level pages, one grouped count


@pytest.mark.django_db
class TestNeedsUpdate:
    def test_a_republished_paragraph_flags_the_english_page_and_is_the_only_change_listed(self, client, crew):
        source_page = article(crew.portal.news, title="Hội sách Hà Nội 2025")
        english = translate_into_english(source_page, crew.translator)
        client.force_login(crew.translator)
        assert soup(client.get(NEEDS_UPDATE)).find("tr", attrs={"data-page": str(english.page.pk)}) is None

        _page, block_id = change_second_paragraph(source_page)
        response = client.get(NEEDS_UPDATE)

        row = soup(response).find("tr", attrs={"data-page": str(english.page.pk)})
        assert row is not None
        changes = row.select("[data-changes] li")
        assert [item["data-path"] for item in changes] == [f"body.{block_id}"]
        assert "Có hơn 250 gian hàng của 60 nhà xuất bản và công ty sách." in text(changes[0])
        assert "Trước đây: Có hơn 200 gian hàng của các nhà xuất bản." in text(changes[0])
        assert "Nội dung › Đoạn văn (khối 3)" in text(changes[0])
        assert row.select("[data-removed]") == []
        actions = {link.get_text(strip=True): link["href"] for link in row.select("a")}
        update_url = reverse("wagtail_localize:update_translations", args=[english.source.pk])
        assert actions["Cập nhật bản dịch"].startswith(f"{update_url}?next=")
        assert actions["Mở trình dịch"] == reverse("wagtailadmin_pages:edit", args=[english.page.pk])

        status = soup(client.get(STATUS)).find("tr", attrs={"data-section": str(crew.portal.news.pk)})
        assert figures(status)["out_of_date"] == 1

    def test_syncing_leaves_only_the_changed_paragraph_to_translate(self, client, crew):
        source_page = article(crew.portal.news, title="Hội sách Hà Nội 2025")
        english = translate_into_english(source_page, crew.translator)
        english_before = dict(
            StringTranslation.objects.filter(
                locale=english.page.locale, context__object_id=source_page.translation_key
            ).values_list("context__path", "data")
        )
        _page, block_id = change_second_paragraph(source_page)
        client.force_login(crew.translator)
        row = soup(client.get(NEEDS_UPDATE)).find("tr", attrs={"data-page": str(english.page.pk)})
        update_url = row.find("a", string="Cập nhật bản dịch")["href"]

        assert client.get(update_url).status_code == 200
        response = client.post(update_url)

        assert response.status_code == 302
        assert response["Location"] == NEEDS_UPDATE
        assert untranslated_count(english.translation) == 1
        segments = (
            StringSegment.objects.filter(source=english.source)
            .annotate_translation(english.page.locale)
            .select_related("string", "context")
        )
        left = [segment for segment in segments if segment.translation is None]
        assert [(segment.context.path, segment.string.data) for segment in left] == [
            (f"body.{block_id}", "Có hơn 250 gian hàng của 60 nhà xuất bản và công ty sách.")
        ]
        kept = {segment.context.path: segment.translation for segment in segments if segment.translation}
        assert len(kept) == len(segments) - 1
        assert all(kept[path] == english_before[path] for path in kept)
        page = fresh(english.page)
        assert page.live and not page.has_unpublished_changes  # the sync never publishes

        # Still listed: the English page is public and one string has no English yet.
        row = soup(client.get(NEEDS_UPDATE)).find("tr", attrs={"data-page": str(english.page.pk)})
        assert [item["data-path"] for item in row.select("[data-untranslated] li")] == [f"body.{block_id}"]

    def test_the_legally_required_about_page_comes_first(self, client, crew):
        older = article(crew.portal.news, title="Bài sửa từ trước")
        older_english = translate_into_english(older, crew.translator)
        about = AboutPageFactory(parent=crew.portal.home)
        about_english = translate_into_english(about, crew.translator)
        change_second_paragraph(older)  # changed first: by date alone it would lead the list
        republish(about, intro="Sở Văn hóa và Thể thao Hà Nội là cơ quan chuyên môn của thành phố.")
        client.force_login(crew.translator)

        response = client.get(NEEDS_UPDATE)

        rows = soup(response).select("#needs-update tbody tr")
        assert [row["data-page"] for row in rows] == [str(about_english.page.pk), str(older_english.page.pk)]
        assert "Bắt buộc theo Nghị định 42/2022/NĐ-CP" in text(rows[0])
        assert "Bắt buộc theo Nghị định 42/2022/NĐ-CP" not in text(rows[1])
        assert [item["data-path"] for item in rows[0].select("[data-changes] li")] == ["intro"]


def test_diff_pairs_an_edited_string_with_its_old_text_and_counts_removed_ones():
    live = [("title", "Tiêu đề"), ("body.a", "Một"), ("body.a", "Hai mới"), ("body.c", "Mới hẳn")]
    stored = [("title", "Tiêu đề"), ("body.a", "Một"), ("body.a", "Hai"), ("body.b", "Bỏ đi")]

    assert diff_segments(live, stored) == ([("body.a", "Hai mới", "Hai"), ("body.c", "Mới hẳn", None)], 1)


@pytest.mark.django_db
class TestWaitingForTranslation:
    def test_a_translator_starts_a_translation_from_the_list(self, client, crew):
        older = article(crew.portal.news, title="Bài đăng hôm qua")
        newer = article(crew.portal.news, title="Bài đăng hôm nay")
        translate_into_english(article(crew.portal.news, title="Bài đã có bản tiếng Anh"), crew.translator)
        newer.title = "Bài đăng hôm nay (đang sửa)"
        newer.save_revision(user=crew.vietnamese_editor)
        client.force_login(crew.translator)

        response = client.get(WAITING)

        rows = soup(response).select("#waiting-for-translation tbody tr")
        assert [row["data-page"] for row in rows] == [str(newer.pk), str(older.pk)]
        assert rows[0].select("[data-unpublished-changes]") and not rows[1].select("[data-unpublished-changes]")
        link = rows[1].find("a", string="Dịch sang tiếng Anh")["href"]
        assert link.startswith(reverse("wagtail_localize:submit_page_translation", args=[older.pk]))
        assert client.get(link).status_code == 200

        started = client.post(link, {"locales": [crew.portal.locales.en.pk]})

        english = Page.objects.get(translation_key=older.translation_key, locale=crew.portal.locales.en)
        assert started.status_code == 302
        assert started["Location"] == reverse("wagtailadmin_pages:edit", args=[english.pk])
        assert not english.live
        assert english.get_parent().pk == crew.news_en.pk
        assert client.get(started["Location"]).status_code == 200  # the translation editor opens for them
        remaining = soup(client.get(WAITING)).select("#waiting-for-translation tbody tr")
        assert [row["data-page"] for row in remaining] == [str(newer.pk)]

    def test_the_section_filter_narrows_the_list_and_a_wrong_section_is_explained(self, client, crew):
        news = article(crew.portal.news, title="Bài tin tức")
        heritage = SectionPageFactory(parent=crew.portal.culture, title="Di sản", slug="di-san")
        culture = article(heritage, title="Bài di sản")
        client.force_login(crew.translator)

        filtered = soup(client.get(WAITING, {"section": crew.portal.culture.pk}))
        assert [row["data-page"] for row in filtered.select("#waiting-for-translation tbody tr")] == [str(culture.pk)]
        assert [row.get_text(strip=True) for row in filtered.select("tbody tr td:nth-of-type(2)")] == ["Văn hóa"]

        wrong = client.get(WAITING, {"section": "99999"})
        assert wrong.status_code == 200
        assert any("Không có chuyên mục này" in message for message in messages_of(wrong))
        shown = {row["data-page"] for row in soup(wrong).select("#waiting-for-translation tbody tr")}
        assert shown == {str(news.pk), str(culture.pk)}

    def test_the_format_filter_finds_the_photo_reports(self, client, crew):
        article(crew.portal.news, title="Tin ngắn")
        report = article(crew.portal.news, title="Phóng sự ảnh phố cổ", format=ArticlePage.Format.PHOTO_REPORT)
        client.force_login(crew.translator)

        filtered = soup(client.get(WAITING, {"format": ArticlePage.Format.PHOTO_REPORT}))

        rows = filtered.select("#waiting-for-translation tbody tr")
        assert [row["data-page"] for row in rows] == [str(report.pk)]
        assert rows[0].select("td")[2].get_text(strip=True) == "Phóng sự ảnh"
        wrong = client.get(WAITING, {"format": "podcast", "section": crew.portal.news.pk})
        assert any("Không có thể loại này" in message for message in messages_of(wrong))
        assert len(soup(wrong).select("#waiting-for-translation tbody tr")) == 2


@pytest.mark.django_db
class TestWhoSeesIt:
    def test_translators_and_the_board_see_the_lists_and_a_contributor_is_refused(self, client, crew):
        article(crew.portal.news, title="Bài chưa dịch")

        client.force_login(crew.translator)
        for url in (STATUS, NEEDS_UPDATE, WAITING):
            assert client.get(url).status_code == 200
        assert STATUS in client.get(reverse("wagtailadmin_home")).text  # the "Bản dịch" menu

        client.force_login(crew.editor)
        board_view = client.get(WAITING)
        assert board_view.status_code == 200
        assert "Dịch sang tiếng Anh" not in board_view.text  # the board follows the work; translators do it

        client.force_login(crew.contributor)
        for url in (STATUS, NEEDS_UPDATE, WAITING):
            response = client.get(url)
            assert response.status_code == 403 or (
                response.status_code == 302 and response.url == reverse("wagtailadmin_home")
            )
        assert STATUS not in client.get(reverse("wagtailadmin_home")).text
