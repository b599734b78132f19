"""An outside translator works on a PO file: download it from wagtail-localize's translation editor, fill it in,
upload it, and the board approves the English page made of it. The editor's own strings are Vietnamese."""

import json
import re

import polib
import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation

from tests.editorial import test_translation_review
from tests.editorial.test_translation_review import (
    ENGLISH,
    fresh,
    in_progress,
    messages_of,
    submit_url,
)

team = test_translation_review.team
english = test_translation_review.english


def download(client, translation):
    return client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))


def parse_po(response):
    # polib takes a string holding a newline as the file's content, never as a file name.
    return polib.pofile(response.content.decode("utf-8"))


def upload(client, translation, content, name="hoi-sach-ha-noi-2025-en.po", next_url=None):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    next_url = next_url or reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(f"{url}?next={next_url}", {"file": SimpleUploadedFile(name, content)})


def english_for(entry):
    return ENGLISH.get(entry.msgctxt, f"In English: {entry.msgid}")


def english_strings(english):
    return dict(
        StringTranslation.objects.filter(locale=english.page.locale, context__object_id=english.source.object_id)
        .values_list("context__path", "data")
        .order_by("context__path")
    )


@pytest.mark.django_db
class TestPORoundTrip:
    def test_the_file_carries_the_vietnamese_source_strings_for_this_translation(self, client, team, english):
        client.force_login(team.translator)

        response = download(client, english.translation)

        assert response.status_code == 200
        assert response["Content-Disposition"] == "attachment; filename=hoi-sach-ha-noi-2025-en.po"
        po = parse_po(response)
        assert po.metadata["X-WagtailLocalize-TranslationID"] == str(english.translation.uuid)
        segments = StringSegment.objects.filter(source=english.source).order_by("order").select_related("string")
        assert [(entry.msgctxt, entry.msgid) for entry in po] == [
            (segment.context.path, segment.string.data) for segment in segments
        ]
        by_context = {entry.msgctxt: entry.msgid for entry in po}
        assert by_context["title"] == "Hội sách Hà Nội 2025"
        assert by_context["lead"].startswith("Sáng nay, tại Hoàng thành Thăng Long")
        assert "Lễ hội diễn ra trong ba ngày với nhiều hoạt động trình diễn nghệ thuật." in by_context.values()
        assert all(entry.msgstr == "" for entry in po)

    def test_a_filled_file_becomes_the_english_page_the_board_approves(self, client, team, english):
        client.force_login(team.translator)
        po = parse_po(download(client, english.translation))
        for entry in po:
            entry.msgstr = english_for(entry)
        editor = reverse("wagtailadmin_pages:edit", args=[english.page.pk])

        response = upload(client, english.translation, str(po).encode("utf-8"), next_url=editor)

        assert response.status_code == 302
        assert response["Location"] == editor
        (message,) = messages_of(response)
        assert message == (
            f"Đã nhập {len(po)} đoạn dịch từ tệp “hoi-sach-ha-noi-2025-en.po” vào bản dịch “Hội sách Hà Nội 2025” "
            "(Tiếng Anh). Dịch xong, hãy bấm “Gửi duyệt bản dịch” để Ban biên tập phê duyệt."
        )
        assert english_strings(english) == {entry.msgctxt: english_for(entry) for entry in po}
        assert StringTranslation.objects.filter(tool_name="PO File", last_translated_by=team.translator).count() == len(
            po
        )

        # The file comes back with the translations in it, for a second round with the outside translator.
        again = parse_po(download(client, english.translation))
        assert {entry.msgctxt: entry.msgstr for entry in again} == {entry.msgctxt: english_for(entry) for entry in po}

        submitted = client.post(submit_url(english.page))
        assert submitted.status_code == 302
        assert in_progress(english.page) is not None
        client.force_login(team.editor)
        page = fresh(english.page)
        task_state = page.current_workflow_task_state
        client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {})

        page = fresh(english.page)
        assert page.live
        assert (page.title, page.slug, page.lead) == (ENGLISH["title"], ENGLISH["slug"], ENGLISH["lead"])
        client.logout()
        public = client.get(page.get_url())
        assert public.status_code == 200
        text = " ".join(BeautifulSoup(public.content, "html.parser").get_text(" ").split())
        assert ENGLISH["title"] in text
        assert ENGLISH["lead"] in text
        assert "In English: Lễ hội diễn ra trong ba ngày với nhiều hoạt động trình diễn nghệ thuật." in text
        assert "Hội sách Hà Nội 2025" not in text

    def test_a_partly_filled_file_imports_what_is_there_and_the_rest_stays_untranslated(self, client, team, english):
        client.force_login(team.translator)
        po = parse_po(download(client, english.translation))
        for entry in po:
            if entry.msgctxt in ("title", "lead"):
                entry.msgstr = english_for(entry)

        response = upload(client, english.translation, str(po).encode("utf-8"))

        assert messages_of(response)[0].startswith("Đã nhập 2 đoạn dịch từ tệp")
        assert english_strings(english) == {"lead": ENGLISH["lead"], "title": ENGLISH["title"]}
        refused = client.post(submit_url(english.page))
        assert refused.status_code == 409
        assert f"Còn {len(po) - 2} đoạn chưa dịch" in " ".join(messages_of(refused))


def javascript_catalogue(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1))


@pytest.mark.django_db
class TestTranslationEditorSpeaksVietnamese:
    def test_the_editor_offers_the_po_file_and_loads_the_vietnamese_catalogue(self, client, team, english):
        client.force_login(team.translator)

        response = client.get(reverse("wagtailadmin_pages:edit", args=[english.page.pk]))

        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.find("script", src=reverse("wagtail_localize:javascript_catalog"))
        props = json.loads(soup.find(attrs={"data-props": True})["data-props"])
        assert props["links"]["downloadPofile"] == reverse(
            "wagtail_localize:download_pofile", args=[english.translation.pk]
        )
        assert props["links"]["uploadPofile"] == reverse(
            "wagtail_localize:upload_pofile", args=[english.translation.pk]
        )
        assert props["tabs"][0]["label"] == "Nội dung"

    def test_the_editor_buttons_and_statuses_are_vietnamese(self, client, team):
        # Our catalogue (cms/admin_locale) is merged into the one wagtail-localize's React editor reads.
        client.force_login(team.translator)

        catalogue = javascript_catalogue(client, "wagtail_localize:javascript_catalog")

        assert catalogue["Download PO file"] == "Tải xuống tệp PO"
        assert catalogue["Download PO file and input translations offline"] == "Tải xuống tệp PO để dịch ngoại tuyến"
        assert catalogue["Upload PO file"] == "Tải lên tệp PO"
        assert catalogue["Upload translated PO file to submit translations"] == "Tải lên tệp PO đã dịch để gửi bản dịch"
        assert catalogue["Not translated"] == "Chưa dịch"
        assert catalogue["segments translated"] == "đoạn đã dịch"
        assert catalogue["Save"] == "Lưu"
        assert catalogue["Saving..."] == "Đang lưu..."
        assert catalogue["Server error"] == "Lỗi máy chủ"
        # Where upstream has its own Vietnamese, ours is the one served: one spelling across the admin.
        assert catalogue["Delete"] == "Xóa"
        assert catalogue["Edit"] == "Sửa"
