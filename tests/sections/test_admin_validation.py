"""Bad input in the admin, entered as an editor would: every mistake gets a clear Vietnamese message where it
happened, and the form comes back with everything else the editor typed."""

import io
import json
import re

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from sections.images import PortalImage
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, DocumentFactory, ImageFactory

# Letters only Vietnamese writes; an English message has none of them.
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def is_vietnamese(text):
    return bool(VIETNAMESE_LETTERS.search(text))


def article_form(**overrides):
    """The article edit form as the browser posts it, with valid values unless overridden."""
    fields = {
        "title": "Hà Nội khai mạc Tuần lễ Văn hóa - Du lịch",
        "slug": "tuan-le-van-hoa-du-lich",
        "format": ArticlePage.Format.NEWS,
        "lead": "Tuần lễ diễn ra từ ngày 10 đến 16/10 tại khu vực hồ Hoàn Kiếm.",
        "cover_image": "",
        "byline": "Thu Hà",
        "unit": "",
        "body": [("paragraph", rich_text("<p>Nhiều hoạt động nghệ thuật đặc sắc.</p>"))],
        "topic_links": [],
        "locality_links": [],
    }
    fields.update(overrides)
    fields["body"] = streamfield(fields["body"])
    fields["topic_links"] = inline_formset(fields["topic_links"])
    fields["locality_links"] = inline_formset(fields["locality_links"])
    fields["comments"] = inline_formset([])
    return nested_form_data(fields)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def field_errors(response, name):
    """The error text shown beside a form field."""
    field = soup_of(response).find(["input", "textarea", "select"], attrs={"name": name})
    assert field is not None, f"no field {name} in the form"
    wrapper = field.find_parent(class_="w-field")
    return " ".join(p.get_text(" ", strip=True) for p in wrapper.select(".error-message"))


def stream_block_errors(response):
    """The body's block errors, as the admin hands them to its StreamField editor: {index: {field: [messages]}}."""
    container = soup_of(response).find(attrs={"data-w-block-arguments-value": True})
    values, errors = json.loads(container["data-w-block-arguments-value"])
    return values, {
        int(index): {name: error["messages"] for name, error in block["blockErrors"].items()}
        for index, block in errors.get("blockErrors", {}).items()
    }


def edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.fixture
def article(portal):
    return ArticlePageFactory(parent=portal.news, title="Bài gốc", slug="bai-goc")


@pytest.mark.django_db
class TestArticleEditor:
    def test_lead_over_500_characters_keeps_the_draft_and_says_why(self, admin_client, article):
        response = edit(admin_client, article, article_form(lead="Sapo quá dài. " * 39 + "Hết."))

        assert response.status_code == 200
        assert "Sapo dài tối đa 500 ký tự (hiện có 550)" in field_errors(response, "lead")
        form = soup_of(response)
        assert form.find("input", attrs={"name": "title"})["value"] == "Hà Nội khai mạc Tuần lễ Văn hóa - Du lịch"
        assert form.find("input", attrs={"name": "byline"})["value"] == "Thu Hà"
        assert form.find("textarea", attrs={"name": "lead"}).get_text().strip().startswith("Sapo quá dài.")
        article.refresh_from_db()
        assert article.title == "Bài gốc"

    def test_image_block_without_alt_text_on_an_image_without_description(self, admin_client, article):
        bare_image = ImageFactory(description="")
        body = [
            ("paragraph", rich_text("<p>Đoạn mở đầu.</p>")),
            ("image", {"image": bare_image.pk, "alt_text": "", "caption": "Phố đi bộ", "credit": ""}),
        ]

        response = edit(admin_client, article, article_form(body=body))

        assert response.status_code == 200
        values, errors = stream_block_errors(response)
        assert errors == {1: {"alt_text": ["Ảnh này chưa có văn bản thay thế (alt). Hãy mô tả ngắn nội dung ảnh."]}}
        assert values[1]["value"]["caption"] == "Phố đi bộ"
        assert soup_of(response).find("input", attrs={"name": "title"})["value"].startswith("Hà Nội khai mạc")

    @pytest.mark.usefixtures("without_workflows")
    def test_image_block_accepts_alt_text_from_the_block_or_the_library(self, admin_client, article):
        described = ImageFactory(description="Đường phố Hà Nội ngày lễ")
        bare = ImageFactory(description="")
        body = [
            ("image", {"image": described.pk, "alt_text": "", "caption": "", "credit": ""}),
            ("image", {"image": bare.pk, "alt_text": "Cờ đỏ sao vàng trên phố Hàng Mã", "caption": "", "credit": ""}),
        ]

        response = edit(admin_client, article, article_form(body=body, **{"action-publish": "action-publish"}))

        assert response.status_code == 302
        article.refresh_from_db()
        assert [block.block_type for block in article.body] == ["image", "image"]
        # The library's alt text is kept in the block so a translator gets it as a segment to translate.
        assert [block.value["alt_text"] for block in article.body] == [
            "Đường phố Hà Nội ngày lễ",
            "Cờ đỏ sao vàng trên phố Hàng Mã",
        ]

    def test_the_cover_images_alt_text_is_kept_on_the_article(self, admin_client, article, without_workflows):
        cover = ImageFactory(description="Khán giả xem múa rối nước ở nhà hát Thăng Long")
        form = article_form(cover_image=cover.pk, **{"action-publish": "action-publish"})

        response = edit(admin_client, article, form)

        assert response.status_code == 302
        article.refresh_from_db()
        assert article.cover_image_alt == "Khán giả xem múa rối nước ở nhà hát Thăng Long"
        page = admin_client.get(article.url)
        assert 'alt="Khán giả xem múa rối nước ở nhà hát Thăng Long"' in page.text

    def test_video_block_with_a_pdf_file(self, admin_client, article):
        pdf = DocumentFactory(file__filename="bao-cao-tong-ket.pdf")
        body = [
            (
                "video",
                {"title": "Lễ diễu binh", "video_file": pdf.pk, "embed_url": "", "poster": "", "captions": ""},
            )
        ]

        response = edit(admin_client, article, article_form(body=body, format=ArticlePage.Format.VIDEO))

        assert response.status_code == 200
        _values, errors = stream_block_errors(response)
        (message,) = errors[0]["video_file"]
        assert "bao-cao-tong-ket" in message
        assert "không phải video MP4 hoặc WebM" in message

    def test_duplicate_slug_under_the_same_section(self, admin_client, portal, article):
        other = ArticlePageFactory(parent=portal.news, title="Bài khác", slug="bai-khac")

        response = edit(admin_client, other, article_form(slug="bai-goc"))

        assert response.status_code == 200
        message = field_errors(response, "slug")
        assert "bai-goc" in message or "Tin tức - Sự kiện" in message
        assert is_vietnamese(message), f"slug message is not in Vietnamese: {message!r}"
        other.refresh_from_db()
        assert other.slug == "bai-khac"

    @pytest.mark.usefixtures("without_workflows")
    def test_same_slug_in_another_section_is_fine(self, admin_client, portal, article):
        elsewhere = ArticlePageFactory(parent=portal.culture, title="Bài văn hóa", slug="bai-van-hoa")

        response = edit(admin_client, elsewhere, article_form(slug="bai-goc", **{"action-publish": "action-publish"}))

        assert response.status_code == 302
        elsewhere.refresh_from_db()
        assert elsewhere.slug == "bai-goc"


def jpeg_upload(name="le-hoi.jpg", size=(1200, 800)):
    buffer = io.BytesIO()
    # Noise does not compress: the file is large enough to pass a small size limit.
    PILImage.effect_noise(size, 90).convert("RGB").save(buffer, "JPEG", quality=95)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.mark.django_db
class TestImageLibrary:
    url = reverse("wagtailimages:add")

    def test_image_without_alt_text_is_refused_in_vietnamese(self, admin_client):
        response = admin_client.post(self.url, {"title": "Lễ hội đền Gióng", "file": jpeg_upload(), "description": ""})

        assert response.status_code == 200
        assert "Vui lòng nhập văn bản thay thế (alt)" in field_errors(response, "description")
        assert soup_of(response).find("input", attrs={"name": "title"})["value"] == "Lễ hội đền Gióng"
        assert not PortalImage.objects.exists()

    def test_image_with_alt_text_is_saved(self, admin_client):
        response = admin_client.post(
            self.url,
            {"title": "Lễ hội đền Gióng", "file": jpeg_upload(), "description": "Rước kiệu ở đền Gióng Sóc Sơn"},
        )

        assert response.status_code == 302
        assert PortalImage.objects.get().description == "Rước kiệu ở đền Gióng Sóc Sơn"

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=20 * 1024)
    def test_image_over_the_upload_limit_is_refused(self, admin_client):
        upload = jpeg_upload()
        assert upload.size > 20 * 1024

        response = admin_client.post(
            self.url, {"title": "Ảnh quá lớn", "file": upload, "description": "Toàn cảnh hồ Gươm"}
        )

        assert response.status_code == 200
        message = field_errors(response, "file")
        assert "20" in message  # the limit the editor must respect
        assert is_vietnamese(message), f"upload-size message is not in Vietnamese: {message!r}"
        assert not PortalImage.objects.exists()

    @override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100 * 100)
    def test_image_over_the_pixel_limit_is_refused(self, admin_client):
        response = admin_client.post(
            self.url, {"title": "Ảnh quá nhiều điểm ảnh", "file": jpeg_upload(), "description": "Toàn cảnh hồ Gươm"}
        )

        assert response.status_code == 200
        message = field_errors(response, "file")
        assert "10000" in message.replace(".", "").replace(",", "")
        assert is_vietnamese(message), f"pixel-limit message is not in Vietnamese: {message!r}"
        assert not PortalImage.objects.exists()
