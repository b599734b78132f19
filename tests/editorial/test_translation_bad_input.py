"""Every bad input around translation gets a clear Vietnamese message, and nothing is lost or left orphaned: PO files
for another page or not PO files at all, a source with an unpublished draft, an empty required segment, and
deleting pages that have translations."""

import json

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from editorial.translation_review import untranslated_count
from tests.editorial import test_translation_review
from tests.editorial.test_po_roundtrip import download, english_strings, parse_po, upload
from tests.editorial.test_translation_review import (
    ENGLISH,
    fresh,
    in_progress,
    messages_of,
    submit_url,
    translate,
)
from tests.factories import ArticlePageFactory

team = test_translation_review.team
english = test_translation_review.english

NOTHING_CHANGED = "Không có đoạn dịch nào thay đổi."


def strings_snapshot():
    return sorted(StringTranslation.objects.values_list("pk", "context__path", "data", "has_error", "updated_at"))


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def translated_into_english(team, article):
    TranslationCreator(team.editor, [team.portal.locales.en]).create_translations(article)
    source = TranslationSource.objects.get_for_instance(article)
    return source.translations.get(target_locale=team.portal.locales.en)


@pytest.fixture
def chief(django_user_model):
    """Deletes pages: Wagtail's delete confirmation is what this part checks, not who may delete."""
    user = django_user_model.objects.create_superuser("quantri", "quantri@example.gov.vn", "mat-khau-thu-nghiem")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def half_translated(team, english):
    """Work the translator must not lose to a bad upload: title and lead already in English."""
    translate(english, team.translator)
    StringTranslation.objects.filter(locale=english.page.locale).exclude(context__path__in=["title", "lead"]).delete()
    return english


def header(translation_uuid):
    return (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n'
        f'"X-WagtailLocalize-TranslationID: {translation_uuid}\\n"\n\n'
    )


def filled_po(client, translation):
    po = parse_po(download(client, translation))
    for entry in po:
        entry.msgstr = f"In English: {entry.msgid}"
    return po


@pytest.mark.django_db
class TestBadPOFiles:
    @pytest.mark.parametrize(
        ("content", "expected"),
        [
            (b"", "Tệp “ban-dich.po” trống."),
            (b"\n   \n\t\n", "Tệp “ban-dich.po” trống."),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "Không đọc được tệp “ban-dich.po”"),
            (b"PK\x03\x04 this is a word processor file, not a PO file", "Tệp “ban-dich.po” không phải tệp PO hợp lệ"),
            (
                b'msgctxt "title"\nmsgid "Hi"\nmsgstr "Hello"\n',
                "Tệp “ban-dich.po” không phải tệp PO tải xuống từ trình dịch (thiếu mã bản dịch).",
            ),
        ],
        ids=["empty", "blank-lines", "a-picture", "another-kind-of-file", "not-from-the-editor"],
    )
    def test_a_file_that_is_not_a_po_for_this_page_is_refused(self, client, team, half_translated, content, expected):
        client.force_login(team.translator)
        before = strings_snapshot()

        response = upload(client, half_translated.translation, content, name="ban-dich.po")

        assert response.status_code == 302
        (message,) = messages_of(response)
        assert message.startswith(expected), message
        assert message.endswith(NOTHING_CHANGED)
        assert strings_snapshot() == before

    def test_a_po_file_with_broken_syntax_is_refused_with_the_line(self, client, team, half_translated):
        client.force_login(team.translator)
        # A translator typed quotation marks without escaping them, on line 8.
        broken = (
            header(half_translated.translation.uuid) + 'msgctxt "title"\nmsgid "Hội sách"\nmsgstr "The "Book" Fair"\n'
        )
        before = strings_snapshot()

        response = upload(client, half_translated.translation, broken.encode("utf-8"), name="ban-dich.po")

        assert messages_of(response) == [
            f"Tệp “ban-dich.po” không phải tệp PO hợp lệ: lỗi cú pháp ở dòng 8. {NOTHING_CHANGED}"
        ]
        assert strings_snapshot() == before

    @pytest.mark.parametrize("encoding", ["utf-16", "cp1258"])
    def test_a_po_file_saved_in_another_encoding_is_refused(self, client, team, half_translated, encoding):
        client.force_login(team.translator)
        po = filled_po(client, half_translated.translation)
        before = strings_snapshot()

        response = upload(client, half_translated.translation, str(po).encode(encoding, "replace"), name="ban-dich.po")

        (message,) = messages_of(response)
        assert message == (
            "Không đọc được tệp “ban-dich.po”: tệp không được lưu theo mã UTF-8. Hãy lưu lại tệp PO với mã UTF-8 rồi "
            f"tải lên lại. {NOTHING_CHANGED}"
        )
        assert strings_snapshot() == before

    def test_no_file_at_all_is_refused(self, client, team, half_translated):
        client.force_login(team.translator)
        url = reverse("wagtail_localize:upload_pofile", args=[half_translated.translation.pk])

        response = client.post(url, {})

        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[half_translated.page.pk])
        assert messages_of(response) == [f"Chưa chọn tệp PO để tải lên. {NOTHING_CHANGED}"]

    def test_the_po_file_of_another_pages_translation_is_refused_and_named(self, client, team, half_translated):
        other = ArticlePageFactory(parent=team.portal.news, title="Giải chạy Hà Nội Marathon", slug="marathon")
        client.force_login(team.translator)
        other_po = filled_po(client, translated_into_english(team, other))
        before = strings_snapshot()

        response = upload(client, half_translated.translation, str(other_po).encode("utf-8"), name="marathon-en.po")

        assert response.status_code == 302
        assert messages_of(response) == [
            "Tệp “marathon-en.po” được tạo cho bản dịch “Giải chạy Hà Nội Marathon” (Tiếng Anh), không phải bản dịch "
            "“Hội sách Hà Nội 2025” (Tiếng Anh). Hãy tải lên đúng tệp của trang này. " + NOTHING_CHANGED
        ]
        assert strings_snapshot() == before

    def test_the_po_file_of_a_translation_that_no_longer_exists_is_refused(self, client, team, half_translated):
        client.force_login(team.translator)
        po = filled_po(client, half_translated.translation)
        po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-4000-8000-000000000000"
        before = strings_snapshot()

        response = upload(client, half_translated.translation, str(po).encode("utf-8"), name="ban-dich.po")

        (message,) = messages_of(response)
        assert message.startswith("Tệp “ban-dich.po” được tạo cho một bản dịch khác (có thể đã bị xóa)")
        assert strings_snapshot() == before

    def test_a_file_with_nothing_translated_changes_nothing(self, client, team, half_translated):
        client.force_login(team.translator)
        po = parse_po(download(client, half_translated.translation))
        for entry in po:
            entry.msgstr = "   " if entry.msgctxt == "title" else ""
        before = strings_snapshot()

        response = upload(client, half_translated.translation, str(po).encode("utf-8"), name="ban-dich.po")

        assert messages_of(response) == [f"Tệp “ban-dich.po” chưa có đoạn nào được dịch. {NOTHING_CHANGED}"]
        assert strings_snapshot() == before

    def test_strings_the_vietnamese_page_no_longer_has_are_reported_not_dropped_silently(
        self, client, team, half_translated
    ):
        client.force_login(team.translator)
        po = filled_po(client, half_translated.translation)
        title = next(entry for entry in po if entry.msgctxt == "title")
        title.msgid = "Hội sách Hà Nội 2024"  # the source's title when the file was downloaded

        response = upload(client, half_translated.translation, str(po).encode("utf-8"), name="ban-dich.po")

        imported, skipped = messages_of(response)
        assert imported.startswith(f"Đã nhập {len(po) - 1} đoạn dịch từ tệp “ban-dich.po”")
        assert skipped == (
            "1 đoạn trong tệp không khớp với nội dung tiếng Việt hiện tại nên không được nhập (bản tiếng Việt có thể "
            "đã thay đổi sau khi tải tệp xuống): “Hội sách Hà Nội 2024”. Hãy tải tệp PO mới và dịch lại các đoạn này."
        )
        strings = english_strings(half_translated)
        assert strings["title"] == ENGLISH["title"]  # the earlier translation is kept
        assert strings["lead"].startswith("In English: ")

    def test_a_file_whose_only_translation_no_longer_matches_imports_nothing(self, client, team, half_translated):
        client.force_login(team.translator)
        po = parse_po(download(client, half_translated.translation))
        for entry in po:
            entry.msgstr = ""
            if entry.msgctxt == "title":
                entry.msgid, entry.msgstr = "Hội sách Hà Nội 2024", "Hanoi Book Fair 2024"
        before = strings_snapshot()

        response = upload(client, half_translated.translation, str(po).encode("utf-8"), name="ban-dich.po")

        (message,) = messages_of(response)
        assert message.startswith("1 đoạn trong tệp không khớp với nội dung tiếng Việt hiện tại nên không được nhập")
        assert strings_snapshot() == before

    def test_only_those_who_may_edit_the_english_page_touch_its_po_file(self, client, team, half_translated):
        client.force_login(team.vietnamese_editor)
        before = strings_snapshot()

        po = header(half_translated.translation.uuid) + 'msgctxt "title"\nmsgid "Hội sách Hà Nội 2025"\nmsgstr "X"\n'
        for response in (
            download(client, half_translated.translation),
            upload(client, half_translated.translation, po.encode("utf-8")),
        ):
            assert response.status_code == 302
            assert set(messages_of(response)) == {"Rất tiếc, bạn không có quyền truy cập khu vực này."}
        assert strings_snapshot() == before


def translate_form_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


@pytest.fixture
def english_section(team):
    en = team.portal.locales.en
    section = team.portal.news.copy_for_translation(en)
    section.title, section.slug = "News and Events", "news-and-events"
    section.save_revision(user=team.editor).publish()
    return section


@pytest.mark.django_db
@pytest.mark.usefixtures("english_section")
class TestTranslatingASourceWithAnUnpublishedDraft:
    LIVE_NOTICE = (
        "Bản tiếng Việt có thay đổi chưa xuất bản; bản dịch được tạo từ phiên bản đang công khai, chưa gồm các thay "
        "đổi đó. Khi các thay đổi được xuất bản, hãy dùng “Đồng bộ các trang đã dịch” để đưa chúng vào bản dịch."
    )

    @pytest.fixture
    def article_with_draft(self, team):
        article = ArticlePageFactory(parent=team.portal.news, title="Lễ hội Gióng 2025", slug="le-hoi-giong")
        article.title = "Lễ hội Gióng 2025 (cập nhật lịch rước)"
        article.save_revision(user=team.vietnamese_editor)
        return fresh(article)

    def test_the_translator_is_told_before_and_after_and_gets_the_published_version(
        self, client, team, article_with_draft
    ):
        client.force_login(team.translator)

        form = client.get(translate_form_url(article_with_draft))

        assert form.status_code == 200
        notice = BeautifulSoup(form.content, "html.parser").select_one("form .help-warning")
        assert " ".join(notice.get_text(" ").split()) == self.LIVE_NOTICE

        response = client.post(translate_form_url(article_with_draft), {"locales": [team.portal.locales.en.pk]})

        assert response.status_code == 302
        assert messages_of(response) == [
            "Trang 'Lễ hội Gióng 2025 (cập nhật lịch rước)' đã được gửi dịch sang Tiếng Anh",
            self.LIVE_NOTICE,
        ]
        source = TranslationSource.objects.get_for_instance(article_with_draft)
        title = StringSegment.objects.get(source=source, context__path="title")
        assert title.string.data == "Lễ hội Gióng 2025"
        assert not StringSegment.objects.filter(string__data__contains="cập nhật lịch rước").exists()

    def test_a_source_without_a_draft_gets_no_notice(self, client, team):
        article = ArticlePageFactory(parent=team.portal.news, title="Lễ hội Gióng 2025", slug="le-hoi-giong")
        client.force_login(team.translator)

        form = client.get(translate_form_url(article))
        response = client.post(translate_form_url(article), {"locales": [team.portal.locales.en.pk]})

        assert "chưa xuất bản" not in text_of(form)
        assert not any("chưa xuất bản" in message for message in messages_of(response))

    def test_a_source_never_published_is_flagged_too(self, client, team):
        article = ArticlePageFactory(
            parent=team.portal.news, title="Bản nháp", slug="ban-nhap", live=False, first_published_at=None
        )
        article.save_revision(user=team.vietnamese_editor)  # as the page editor saves a draft
        client.force_login(team.translator)

        form = client.get(translate_form_url(article))

        assert "Bản tiếng Việt chưa được xuất bản; bản dịch được tạo từ nội dung đã lưu của trang" in text_of(form)

    def test_the_translate_form_is_vietnamese(self, client, team, article_with_draft):
        client.force_login(team.translator)

        form = BeautifulSoup(client.get(translate_form_url(article_with_draft)).content, "html.parser")

        assert form.title.get_text(" ", strip=True).startswith("Dịch trang")
        assert any(label.get_text(" ", strip=True).startswith("Ngôn ngữ") for label in form.select("label"))
        assert form.select_one('form input[type="submit"]')["value"] == "Gửi"


def put_segment(client, translation, segment, value, **headers):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT, headers=headers
    )


def title_segment(english):
    return StringSegment.objects.get(source=english.source, context__path="title")


@pytest.mark.django_db
class TestAnEmptyTitle:
    def test_an_untranslated_title_is_refused_and_nothing_is_submitted(self, client, team, english):
        translate(english, team.translator, leave_out=("title",))
        revisions = fresh(english.page).revisions.count()
        client.force_login(team.translator)

        response = client.post(submit_url(english.page))

        assert response.status_code == 409
        assert messages_of(response) == [
            "Còn 1 đoạn chưa dịch (hoặc dịch lỗi) trong “Hội sách Hà Nội 2025”. Hãy dịch hết rồi gửi duyệt."
        ]
        assert in_progress(english.page) is None
        assert fresh(english.page).revisions.count() == revisions

    @pytest.mark.parametrize("who", ["translator", "editor"])
    def test_the_editors_own_publish_does_not_put_a_vietnamese_title_online(self, client, team, english, who):
        translate(english, team.translator, leave_out=("title",))
        client.force_login(getattr(team, who))

        response = client.post(reverse("wagtailadmin_pages:edit", args=[english.page.pk]), {"action": "publish"})

        assert response.status_code == 302
        assert messages_of(response) == [
            "Bản dịch phải được Ban biên tập phê duyệt trước khi công khai: hãy bấm “Gửi duyệt bản dịch”. "
            "Các đoạn đã dịch vẫn được giữ nguyên."
        ]
        page = fresh(english.page)
        assert not page.live
        assert page.live_revision is None
        assert english_strings(english)["lead"] == ENGLISH["lead"]

    def test_a_title_of_spaces_is_marked_in_error_in_vietnamese_and_counts_as_untranslated(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)

        response = put_segment(client, english.translation, title_segment(english), "   ")

        assert response.status_code == 200
        reason = "Đoạn dịch chỉ có khoảng trắng nên vẫn tính là chưa dịch. Hãy nhập bản dịch cho đoạn này."
        assert response.json()["error"] == reason
        assert untranslated_count(english.translation) == 1
        assert fresh(english.page).get_admin_display_title() == "Hội sách Hà Nội 2025"  # not a blank name
        refused = client.post(submit_url(english.page))
        assert refused.status_code == 409
        assert "Còn 1 đoạn chưa dịch (hoặc dịch lỗi)" in " ".join(messages_of(refused))
        # The translator finds the reason beside the segment when opening the editor again.
        editor = BeautifulSoup(
            client.get(reverse("wagtailadmin_pages:edit", args=[english.page.pk])).content, "html.parser"
        )
        props = json.loads(editor.find(attrs={"data-props": True})["data-props"])
        title = next(s for s in props["initialStringTranslations"] if s["segment_id"] == title_segment(english).pk)
        assert title["error"] == reason

    def test_a_real_title_still_saves_through_the_editor(self, team, english):
        # As the browser does it: the CSRF token from the editor page in the header of a multipart PUT.
        client = Client(enforce_csrf_checks=True)
        client.force_login(team.translator)
        client.get(reverse("wagtailadmin_pages:edit", args=[english.page.pk]))
        token = client.cookies["csrftoken"].value

        response = put_segment(
            client, english.translation, title_segment(english), "Hanoi Book Fair 2025", X_CSRFToken=token
        )

        assert response.status_code == 201
        assert response.json()["data"] == "Hanoi Book Fair 2025"
        assert response.json()["error"] is None
        assert english_strings(english) == {"title": "Hanoi Book Fair 2025"}

    def test_clearing_a_segment_leaves_it_untranslated(self, client, team, english):
        # The editor sends an emptied segment as a DELETE; it is shown as "Chưa dịch" again.
        translate(english, team.translator)
        client.force_login(team.translator)
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[english.translation.pk, title_segment(english).pk]
        )

        response = client.delete(url)

        assert response.status_code == 200
        assert "title" not in english_strings(english)
        assert untranslated_count(english.translation) == 1


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


@pytest.fixture
def unpublished(team, english):
    """The Vietnamese article and its English translation, neither of them public (live pages are taken down
    before they are deleted: editorial.admin_views.publishing_paths)."""
    translate(english, team.translator)
    vietnamese = english.source.get_source_instance()
    vietnamese.unpublish()
    english.vietnamese = fresh(vietnamese)
    return english


def assert_translation_admin_still_opens(client):
    assert client.get(reverse("wagtail_localize:translations_report")).status_code == 200


@pytest.mark.django_db
class TestDeletingTranslatedPages:
    def test_the_confirmation_names_the_english_version_that_goes_with_the_vietnamese_page(
        self, client, chief, unpublished
    ):
        client.force_login(chief)

        response = client.get(delete_url(unpublished.vietnamese))

        assert response.status_code == 200
        assert messages_of(response) == [
            "Xóa “Hội sách Hà Nội 2025” sẽ xóa luôn bản dịch của trang: “Hanoi Book Fair 2025” (Tiếng Anh), cùng các "
            "đoạn đã dịch."
        ]
        assert "Xóa trang này cũng sẽ xóa 1 bản dịch của trang." in text_of(response)

    def test_deleting_the_vietnamese_page_deletes_its_translation_and_leaves_nothing_behind(
        self, client, chief, unpublished
    ):
        client.force_login(chief)
        key = unpublished.vietnamese.translation_key
        english_parent = unpublished.page.get_parent()

        response = client.post(delete_url(unpublished.vietnamese))

        assert response.status_code == 302
        assert messages_of(response) == [
            "Đã xóa trang 'Hội sách Hà Nội 2025'.",
            "Đã xóa cả bản dịch của trang: “Hanoi Book Fair 2025” (Tiếng Anh).",
        ]
        assert not Page.objects.filter(translation_key=key).exists()
        assert not TranslatableObject.objects.filter(translation_key=key).exists()
        assert not TranslationSource.objects.filter(object_id=key).exists()
        assert not Translation.objects.exists()
        assert not StringTranslation.objects.filter(context__object_id=key).exists()
        assert_translation_admin_still_opens(client)
        for parent in (english_parent, unpublished.vietnamese.get_parent()):
            assert client.get(reverse("wagtailadmin_explore", args=[parent.pk])).status_code == 200

    def test_deleting_only_the_english_translation_leaves_the_vietnamese_page_alone(self, client, chief, unpublished):
        client.force_login(chief)
        english_parent = unpublished.page.get_parent()

        confirmation = client.get(delete_url(unpublished.page))
        response = client.post(delete_url(unpublished.page))

        assert messages_of(confirmation) == [
            "Chỉ bản dịch này bị xóa, cùng các đoạn đã dịch của nó; bản tiếng Việt “Hội sách Hà Nội 2025” vẫn giữ "
            "nguyên và có thể được dịch lại."
        ]
        assert "bản dịch của trang" not in text_of(confirmation)
        assert response.status_code == 302
        assert not Page.objects.filter(pk=unpublished.page.pk).exists()
        vietnamese = fresh(unpublished.vietnamese)
        assert vietnamese.title == "Hội sách Hà Nội 2025"
        assert not Translation.objects.exists()
        assert_translation_admin_still_opens(client)
        assert client.get(reverse("wagtailadmin_explore", args=[english_parent.pk])).status_code == 200
        assert client.get(reverse("wagtailadmin_pages:edit", args=[vietnamese.pk])).status_code == 200
        # It can be translated again from scratch.
        form = BeautifulSoup(client.get(translate_form_url(vietnamese)).content, "html.parser")
        assert form.select('input[name="locales"]')

    def test_a_live_page_with_a_live_translation_is_refused_and_the_translation_is_mentioned(
        self, client, chief, team, english
    ):
        translate(english, team.translator)
        english.page.save_revision(user=team.editor).publish()
        vietnamese = english.source.get_source_instance()
        client.force_login(chief)

        response = client.get(delete_url(vietnamese))

        assert response.status_code == 302
        (message,) = messages_of(response)
        assert "2 trang đang công khai (kể cả trang con và bản dịch)" in message
        assert Page.objects.filter(translation_key=vietnamese.translation_key, live=True).count() == 2

    def test_bulk_delete_cannot_take_the_translations_along_so_it_is_refused(self, client, chief, unpublished):
        client.force_login(chief)
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])

        response = client.post(f"{url}?id={unpublished.vietnamese.pk}&next=/admin/pages/", {})

        assert response.status_code == 302
        assert messages_of(response) == [
            "Không xóa hàng loạt được “Hội sách Hà Nội 2025” vì trang có bản dịch “Hanoi Book Fair 2025” (Tiếng Anh) "
            "mà xóa hàng loạt sẽ bỏ lại. Hãy xóa riêng trang này: trang xác nhận nêu rõ các bản dịch bị xóa cùng."
        ]
        assert Page.objects.filter(translation_key=unpublished.vietnamese.translation_key).count() == 2
        assert Translation.objects.filter(enabled=True).exists()

    def test_bulk_deleting_a_page_together_with_its_translations_is_allowed(self, client, chief, unpublished):
        client.force_login(chief)
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        ids = f"id={unpublished.vietnamese.pk}&id={unpublished.page.pk}"

        response = client.post(f"{url}?{ids}&next=/admin/pages/", {})

        assert response.status_code == 302
        assert not Page.objects.filter(translation_key=unpublished.vietnamese.translation_key).exists()
        assert not TranslationSource.objects.exists()
        assert_translation_admin_still_opens(client)
