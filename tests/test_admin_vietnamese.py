"""The admin speaks Vietnamese to the department's editors: labels, buttons, statuses and, above all, every
message a mistake produces. Upstream Wagtail translates only a small part of its admin into Vietnamese; the
rest comes from cms/admin_locale/vi, whose catalogues are also checked here string by string."""

import io
import json
import re
from datetime import timedelta
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from django.apps import apps
from django.conf import global_settings, settings
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from sections.images import PortalImage
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, ImageFactory

CATALOGUE_DIR = Path(settings.PROJECT_DIR) / "admin_locale" / "vi" / "LC_MESSAGES"
CATALOGUES = [CATALOGUE_DIR / "django.po", CATALOGUE_DIR / "djangojs.po"]


@pytest.fixture(scope="module")
def compiled_catalogues():
    """Django reads the .mo files; a stale one would make every assertion below fail for the wrong reason."""
    for po_path in CATALOGUES:
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            pytest.fail(f"{mo_path.name} is missing or older than its .po: run `make translations` first.")


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def page_text(response):
    return " ".join(soup_of(response).get_text(" ").split())


def messages_of(response):
    """The flash messages as the editor reads them (Wagtail's carry HTML: buttons, error lists)."""
    return [
        " ".join(BeautifulSoup(str(message), "html.parser").get_text(" ").split())
        for message in get_messages(response.wsgi_request)
    ]


def field_errors(response, name):
    field = soup_of(response).find(["input", "textarea", "select"], attrs={"name": name})
    assert field is not None, f"no field {name} in the form"
    return " ".join(p.get_text(" ", strip=True) for p in field.find_parent(class_="w-field").select(".error-message"))


def body_errors(response):
    """The StreamField's errors exactly as the admin hands them to its JavaScript editor, as one text."""
    container = soup_of(response).find(attrs={"data-w-block-arguments-value": True})
    _values, errors = json.loads(container["data-w-block-arguments-value"])
    return json.dumps(errors, ensure_ascii=False)


def article_form(**overrides):
    fields = {
        "title": "Hà Nội khai mạc Tuần lễ Văn hóa - Du lịch",
        "slug": "tuan-le-van-hoa-du-lich",
        "format": ArticlePage.Format.NEWS,
        "lead": "Tuần lễ diễn ra từ ngày 10 đến 16/10 tại khu vực hồ Hoàn Kiếm.",
        "cover_image": "",
        "byline": "Thu Hà",
        "unit": "",
        "body": [("paragraph", rich_text("<p>Nhiều hoạt động nghệ thuật đặc sắc.</p>"))],
    }
    fields.update(overrides)
    fields["body"] = streamfield(fields["body"])
    for formset in ("topic_links", "locality_links", "comments"):
        fields[formset] = inline_formset([])
    return nested_form_data(fields)


def gallery(images):
    return (
        "gallery",
        {
            "title": "Lễ hội đền Gióng",
            "images": streamfield(
                [("item", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}) for image in images]
            ),
        },
    )


@pytest.fixture
def article(portal):
    return ArticlePageFactory(parent=portal.news, title="Bài gốc", slug="bai-goc")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogues")
class TestPageEditor:
    @pytest.mark.usefixtures("without_workflows")
    def test_tabs_fields_and_actions_are_vietnamese(self, admin_client, article):
        response = admin_client.get(edit_url(article))

        assert response.status_code == 200
        soup = soup_of(response)
        tabs = [" ".join(tab.get_text(" ").split()) for tab in soup.select("[role=tab]")]
        assert any(tab.startswith("Nội dung") for tab in tabs), tabs
        assert any(tab.startswith("Quảng bá") for tab in tabs), tabs
        labels = {label.get("for"): " ".join(label.get_text(" ").split()) for label in soup.select("label[for]")}
        assert labels["id_slug"].startswith("Đường dẫn (slug)")
        assert labels["id_seo_title"].startswith("Thẻ tiêu đề")
        assert labels["id_show_in_menus"].startswith("Hiện trong menu")
        actions = [" ".join(b.get_text(" ").split()) for b in soup.select("footer button, footer a")]
        for action in ("Lưu bản nháp", "Xuất bản", "Hủy xuất bản"):
            assert action in actions, actions
        text = page_text(response)
        for english in ("Save draft", "Promote", "Unpublish", "Content metrics"):
            assert english not in text

    def test_invalid_page_is_not_saved_and_the_editor_reads_why(self, admin_client, article):
        response = admin_client.post(edit_url(article), article_form(title=""))

        assert response.status_code == 200
        assert "Không thể lưu trang vì có lỗi dữ liệu. Vui lòng kiểm tra các trường được đánh dấu." in messages_of(
            response
        )
        assert field_errors(response, "title") == "Trường này là bắt buộc."
        assert "could not be saved" not in page_text(response)

    def test_invalid_new_page_is_not_created_and_the_editor_reads_why(self, admin_client, portal):
        url = reverse("wagtailadmin_pages:add", args=["sections", "articlepage", portal.news.pk])

        # Wagtail lets a draft go without most required fields, but never without a title.
        response = admin_client.post(url, article_form(title=""))

        assert response.status_code == 200
        assert "Không thể tạo trang vì có lỗi dữ liệu. Vui lòng kiểm tra các trường được đánh dấu." in messages_of(
            response
        )
        assert field_errors(response, "title") == "Trường này là bắt buộc."
        assert not ArticlePage.objects.filter(slug="tuan-le-van-hoa-du-lich").exists()

    def test_publishing_without_a_lead_names_the_missing_field(self, admin_client, article):
        response = admin_client.post(edit_url(article), article_form(lead="", **{"action-publish": "action-publish"}))

        assert response.status_code == 200
        assert field_errors(response, "lead") == "Trường này là bắt buộc."
        assert "Không thể lưu trang vì có lỗi dữ liệu. Vui lòng kiểm tra các trường được đánh dấu." in messages_of(
            response
        )

    def test_duplicate_slug_is_explained_in_vietnamese(self, admin_client, portal, article):
        other = ArticlePageFactory(parent=portal.news, title="Bài khác", slug="bai-khac")

        response = admin_client.post(edit_url(other), article_form(slug="bai-goc"))

        assert response.status_code == 200
        message = field_errors(response, "slug")
        assert message.startswith("Đường dẫn (slug)"), message
        assert "đã được dùng" in message

    @pytest.mark.usefixtures("without_workflows")
    def test_publishing_is_confirmed_in_vietnamese(self, admin_client, article):
        response = admin_client.post(edit_url(article), article_form(**{"action-publish": "action-publish"}))

        assert response.status_code == 302
        (message,) = messages_of(response)
        assert message.startswith("Trang 'Hà Nội khai mạc Tuần lễ Văn hóa - Du lịch' đã được xuất bản.")
        assert message.endswith("Xem bản đang xuất bản Sửa")

    def test_saving_a_draft_is_confirmed_in_vietnamese(self, admin_client, article):
        response = admin_client.post(edit_url(article), article_form(title="Bản nháp mới"))

        assert response.status_code == 302
        assert "Đã cập nhật trang 'Bản nháp mới'." in messages_of(response)

    def test_submitting_for_review_is_confirmed_in_vietnamese(self, admin_client, article):
        response = admin_client.post(edit_url(article), article_form(**{"action-submit": "action-submit"}))

        assert response.status_code == 302
        (message,) = messages_of(response)
        assert message.startswith("Trang 'Hà Nội khai mạc Tuần lễ Văn hóa - Du lịch' đã được gửi duyệt.")
        response = admin_client.get(edit_url(article))
        assert "Đang chờ duyệt" in page_text(response)

    def test_page_locked_by_someone_else_cannot_be_saved(self, admin_client, article, django_user_model):
        colleague = django_user_model.objects.create_user("thuky", "thuky@example.gov.vn", "mat-khau-thu-ky")
        Page.objects.filter(pk=article.pk).update(locked=True, locked_by=colleague, locked_at=timezone.now())

        response = admin_client.post(edit_url(article), article_form(title="Sửa khi đang khóa"))

        assert "Không thể lưu trang vì trang đang bị khóa." in messages_of(response)
        article.refresh_from_db()
        assert article.title == "Bài gốc"

    # Block counts are checked when publishing; a draft may still be incomplete.
    def test_gallery_with_too_few_photos(self, admin_client, article):
        data = article_form(body=[gallery([ImageFactory()])], **{"action-publish": "action-publish"})

        response = admin_client.post(edit_url(article), data)

        assert response.status_code == 200
        assert "Cần có ít nhất 2 mục" in body_errors(response)

    def test_too_many_galleries_in_one_article(self, admin_client, article):
        photos = [ImageFactory(), ImageFactory()]

        data = article_form(body=[gallery(photos) for _ in range(4)], **{"action-publish": "action-publish"})

        response = admin_client.post(edit_url(article), data)

        assert response.status_code == 200
        assert "Bộ ảnh: Chỉ được có tối đa 3 mục" in body_errors(response)


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogues")
class TestExplorerAndDashboard:
    def test_explorer_lists_children_with_vietnamese_columns_and_statuses(self, admin_client, portal):
        ArticlePageFactory(parent=portal.news, title="Bài đã đăng")
        draft = ArticlePageFactory(parent=portal.news, title="Bài chưa đăng", live=False, first_published_at=None)
        Page.objects.filter(pk=draft.pk).update(latest_revision_created_at=timezone.now() - timedelta(days=3))

        response = admin_client.get(reverse("wagtailadmin_explore", args=[portal.news.pk]))

        assert response.status_code == 200
        soup = soup_of(response)
        headers = [" ".join(th.get_text(" ").split()) for th in soup.select("thead th")]
        assert any(header.startswith("Tiêu đề") for header in headers), headers
        assert any(header.startswith("Trạng thái") for header in headers), headers
        statuses = {" ".join(tag.get_text(" ").split()) for tag in soup.select(".w-status")}
        assert {"Trạng thái hiện tại của trang: đã xuất bản", "Trạng thái hiện tại của trang: bản nháp"} <= statuses
        assert "3 ngày trước" in page_text(response)

    def test_dashboard_and_sidebar_menu(self, admin_client, portal):
        response = admin_client.get(reverse("wagtailadmin_home"))

        assert response.status_code == 200
        assert soup_of(response).title.get_text().startswith("Bảng điều khiển")
        props = json.loads(soup_of(response).find(id="wagtail-sidebar-props").get_text())
        labels = set(re.findall(r'"label": "([^"]*)"', json.dumps(props, ensure_ascii=False)))
        assert {"Trang", "Ảnh", "Tài liệu", "Báo cáo", "Cài đặt", "Trợ giúp", "Đăng xuất"} <= labels, labels
        assert not {"Pages", "Images", "Documents", "Reports", "Help"} & labels

    def test_page_editor_javascript_strings(self, admin_client):
        response = admin_client.get(reverse("wagtailadmin_javascript_catalog"))

        assert response.status_code == 200
        catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1))
        assert catalog["Move up"] == "Chuyển lên"
        assert catalog["Duplicate"] == "Nhân bản"
        assert catalog["Changes have been autosaved."] == "Các thay đổi đã được tự động lưu."
        assert catalog["The minimum number of items is %(min_num)d"] == "Cần có ít nhất %(min_num)d mục"


def jpeg(size=(1200, 800), name="le-hoi.jpg"):
    buffer = io.BytesIO()
    # Noise does not compress, so the file outgrows a small size limit.
    PILImage.effect_noise(size, 90).convert("RGB").save(buffer, "JPEG", quality=95)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def bmp():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#b5452b").save(buffer, "BMP")
    return SimpleUploadedFile("ban-do.bmp", buffer.getvalue(), content_type="image/bmp")


def broken_jpeg():
    return SimpleUploadedFile("hong.jpg", b"\xff\xd8 not really a photo", content_type="image/jpeg")


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogues")
class TestUploads:
    def upload_image(self, client, upload):
        data = {"title": "Lễ hội đền Gióng", "file": upload, "description": "Rước kiệu ở đền Gióng Sóc Sơn"}
        return client.post(reverse("wagtailimages:add"), data)

    @pytest.mark.parametrize(
        ("limits", "upload", "expected"),
        [
            ({"WAGTAILIMAGES_MAX_UPLOAD_SIZE": 20 * 1024}, jpeg, "Tệp quá lớn ("),
            ({"WAGTAILIMAGES_MAX_IMAGE_PIXELS": 10_000}, jpeg, "Ảnh có quá nhiều điểm ảnh (960000)"),
            ({}, bmp, "Định dạng ảnh không được hỗ trợ. Các định dạng được hỗ trợ: GIF, JPG, JPEG, PNG, WEBP, AVIF."),
            ({}, broken_jpeg, "Vui lòng tải lên một ảnh hợp lệ."),
        ],
        ids=["too-big", "too-many-pixels", "unsupported-format", "not-an-image"],
    )
    def test_bad_image_is_refused_in_vietnamese(self, admin_client, limits, upload, expected):
        with override_settings(**limits):
            response = self.upload_image(admin_client, upload())

        assert response.status_code == 200
        assert expected in field_errors(response, "file")
        assert "Không thể tạo ảnh vì có lỗi." in " ".join(messages_of(response))
        assert soup_of(response).find("input", attrs={"name": "title"})["value"] == "Lễ hội đền Gióng"
        assert not PortalImage.objects.exists()

    def test_image_too_big_states_both_sizes(self, admin_client):
        with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=20 * 1024):
            response = self.upload_image(admin_client, jpeg())

        message = field_errors(response, "file")
        assert re.fullmatch(r"Tệp quá lớn \([\d,.]+\s*KB\)\. Kích thước tệp tối đa là 20[,.]0\s*KB\.", message), message

    @pytest.mark.parametrize(
        ("limits", "upload", "expected"),
        [
            (
                {},
                lambda: SimpleUploadedFile("cai-dat.exe", b"MZ", content_type="application/octet-stream"),
                "Không chấp nhận tệp có phần mở rộng “exe”.",
            ),
            (
                {"WAGTAILDOCS_MAX_UPLOAD_SIZE": 10},
                lambda: SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n" + b"0" * 64, content_type="application/pdf"),
                "Tệp quá lớn (",
            ),
        ],
        ids=["forbidden-extension", "too-big"],
    )
    def test_bad_document_is_refused_in_vietnamese(self, admin_client, limits, upload, expected):
        with override_settings(**limits):
            response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Kế hoạch 2025", "file": upload()})

        assert response.status_code == 200
        assert expected in field_errors(response, "file")
        assert "Không thể tạo tài liệu vì có lỗi." in " ".join(messages_of(response))


# Catalogue checks: a wrong placeholder raises KeyError or prints garbage at the moment an editor needs the message.
PRINTF = re.compile(r"%(?:\((?P<name>[^)]+)\))?[#0 +\-]*(?:\*|\d+)?(?:\.\d+)?(?P<conversion>[diouxXeEfFgGcrsa%])")
BRACES = re.compile(r"\{[A-Za-z0-9_]*\}")
TAGS = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def placeholders(text):
    """Named placeholders ({"%(x)s", "{x}"}) and the ordered list of positional ones (["%s", "%d"])."""
    named, positional = set(), []
    for match in PRINTF.finditer(text):
        if match["name"]:
            named.add(f"%({match['name']}){match['conversion']}")
        else:
            positional.append(match.group(0))
    named.update(BRACES.findall(text))
    return named, positional


def placeholder_problem(entry):
    """What is wrong with an entry's placeholders or markup, or None."""
    if entry.msgid_plural:
        if list(entry.msgstr_plural) != [0]:
            return "Vietnamese has exactly one plural form"
        translation = entry.msgstr_plural[0]
        (singular, _), (plural, plural_positional) = placeholders(entry.msgid), placeholders(entry.msgid_plural)
        named, positional = placeholders(translation)
        # One Vietnamese form serves every count, so it may use what either English form uses (usually the
        # plural's %(count)s), but must keep what both share and use nothing the code does not pass.
        if not singular & plural <= named <= singular | plural or positional != plural_positional:
            return f"placeholders {sorted(named)} {positional}"
        source = entry.msgid_plural
    else:
        translation, source = entry.msgstr, entry.msgid
        if placeholders(translation) != placeholders(source):
            return f"placeholders {placeholders(translation)} instead of {placeholders(source)}"
    if sorted(TAGS.findall(translation)) != sorted(TAGS.findall(source)):
        return f"markup {sorted(TAGS.findall(translation))}"
    return None


def upstream_sources():
    """Every (domain, msgctxt, msgid, msgid_plural) of the English catalogues of Django and the installed apps."""
    roots = [Path(global_settings.__file__).parent] + [Path(app.path) for app in apps.get_app_configs()]
    sources = set()
    for root in roots:
        for domain in ("django", "djangojs"):
            path = root / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                sources.update((domain, e.msgctxt, e.msgid, e.msgid_plural) for e in polib.pofile(str(path)))
    return sources


class TestCatalogues:
    @pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
    def test_header_declares_vietnamese_with_one_plural_form(self, path):
        catalogue = polib.pofile(str(path))

        assert catalogue.metadata["Language"] == "vi"
        assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
        assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
        keys = [(entry.msgctxt, entry.msgid) for entry in catalogue]
        assert len(keys) == len(set(keys)), "a msgid appears twice"
        assert not catalogue.untranslated_entries()
        assert not catalogue.fuzzy_entries()
        assert len(catalogue.translated_entries()) >= (100 if path.stem == "djangojs" else 1500)

    def test_every_msgid_is_an_upstream_source_string(self):
        sources = upstream_sources()
        unknown = [
            entry.msgid
            for path in CATALOGUES
            for entry in polib.pofile(str(path))
            if (path.stem, entry.msgctxt, entry.msgid, entry.msgid_plural or "") not in sources
        ]

        assert not unknown, f"not a string Wagtail, wagtail-localize or Django asks for: {unknown[:10]}"

    def test_placeholders_and_markup_match_the_source(self):
        mismatches = [
            f"{path.name}: {entry.msgid!r} -> {problem}"
            for path in CATALOGUES
            for entry in polib.pofile(str(path))
            if (problem := placeholder_problem(entry))
        ]

        assert not mismatches, "\n".join(mismatches)
