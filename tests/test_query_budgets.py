"""Query budgets: the home page, a section page and an article page each render warm in at most
QUERY_BUDGET queries, and the count does not grow with the number of articles, images, topics or blocks."""

import io
import itertools
import uuid

import pytest
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site

from home.models import HomeFeaturedStory, HomePage
from sections.images import PortalImage
from sections.models import ArticlePage, ArticleTopic, SectionPage
from sections.taxonomy import Banner, ContributingUnit, Topic

QUERY_BUDGET = 15
SECTION_COUNT = 8
# Exact counts, warm. A change that adds a query must update these on purpose (and stay within the budget).
EXPECTED_QUERIES = {"home": 10, "section": 12, "article": 8}


def _image(n):
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), (40 + n % 200, 90, 120)).save(buffer, "JPEG")
    return PortalImage.objects.create(
        title=f"Ảnh {n}", description=f"Ảnh minh họa số {n}", file=ImageFile(buffer, name=f"budget-{n}.jpg")
    )


def _document(name, content):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def _body(images, files, linked_pages):
    """A body that grows with the item count and uses every block type."""
    video, captions, attachment = files
    blocks = []
    for n, image in enumerate(images):
        blocks.append(("heading", {"text": f"Phần {n}", "level": "h2"}))
        blocks.append(("paragraph", f"<p>Đoạn văn số {n} về di sản Hà Nội.</p>"))
        blocks.append(("image", {"image": image, "alt_text": "", "caption": f"Chú thích {n}", "credit": ""}))
        blocks.append(("quote", {"text": "Văn hóa soi đường cho quốc dân đi.", "attribution": "Hồ Chí Minh"}))
        blocks.append(("document", {"document": attachment, "title": f"Văn bản {n}"}))
        blocks.append(
            (
                "video",
                {
                    "title": f"Video {n}",
                    "video_file": video,
                    "embed_url": None,
                    "poster": image,
                    "captions": captions,
                    "transcript": "",
                },
            )
        )
        table = {"data": [["Năm", "Số lượt"], [str(2020 + n), "1.200"]], "first_row_is_table_header": True}
        blocks.append(("table", {**table, "first_col_is_header": False, "table_caption": "Số liệu"}))
    gallery = [{"image": image, "alt_text": "", "caption": "Ảnh", "credit": ""} for image in images]
    blocks.append(("gallery", {"title": "Bộ ảnh", "images": gallery}))
    links = [{"title": "", "page": page, "url": ""} for page in linked_pages]
    if links:
        blocks.append(("related_links", {"heading": "Tin liên quan", "links": links}))
    return blocks


def build_portal(items):
    """A home page, eight sections and `items` articles, images and topics spread over them."""
    vi = Locale.objects.get(language_code="vi")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Trang chủ", slug=f"trang-chu-{uuid.uuid4().hex[:6]}", locale=vi))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    sections = [
        home.add_child(instance=SectionPage(title=f"Chuyên mục {n}", slug=f"chuyen-muc-{n}", show_in_menus=True))
        for n in range(SECTION_COUNT)
    ]
    images = [_image(n) for n in range(items)]
    topics = [Topic.objects.create(name=f"Chủ đề {n}", slug=f"chu-de-{n}", locale=vi) for n in range(items)]
    unit = ContributingUnit.objects.create(name="Văn phòng Sở", locale=vi)
    files = (
        _document("clip.mp4", b"\x00\x00\x00\x18ftypmp42"),
        _document("phu-de.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n"),
        _document("ke-hoach.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    for n in range(items):
        Banner.objects.create(
            title=f"Liên kết {n}",
            url="https://dichvucong.gov.vn",
            image=images[n],
            placement=Banner.Placement.BANNER if n % 2 else Banner.Placement.QUICK_LINK,
            locale=vi,
        )
    formats = itertools.cycle(ArticlePage.Format.values)
    articles = []
    for n in range(items):
        # The first three go to the first section so that even the small portal has a listing and related articles.
        section = sections[0] if n < 3 else sections[n % SECTION_COUNT]
        article = ArticlePage(
            title=f"Bài viết số {n}",
            slug=f"bai-viet-{n}",
            format=next(formats),
            lead="Sapo ngắn gọn của bài viết.",
            cover_image=images[n],
            unit=unit,
            body=_body(images[: max(1, n % 6)], files, articles[-3:]),
        )
        section.add_child(instance=article)
        for topic in topics[: 1 + n % 4]:
            ArticleTopic.objects.create(page=article, topic=topic)
        article.save_revision().publish()
        articles.append(article)
    for article in articles[:5]:
        HomeFeaturedStory.objects.create(home=home, page=article)
    big_section = sections[0]
    big_section.featured_article = articles[0]
    big_section.save()
    # The article with the most blocks, topics and related articles: its section holds every eighth article.
    busiest = max((a for a in articles if a.get_parent().id == big_section.id), key=lambda a: len(a.body))
    return {"home": home.url, "section": big_section.url, "article": busiest.url}


def warm_query_count(client, url):
    assert client.get(url).status_code == 200  # cold: fills renditions and the per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["home", "section", "article"])
def test_page_renders_within_budget_whatever_the_content_size(client, page, django_db_blocker):
    counts = {}
    for items in (5, 50):
        Page.objects.filter(depth__gt=1).delete()
        for model in (Topic, Banner, ContributingUnit, PortalImage, Document):
            model.objects.all().delete()
        urls = build_portal(items)
        counts[items] = warm_query_count(client, urls[page])
    assert counts[5] == counts[50], f"{page}: {counts[5]} queries with 5 items, {counts[50]} with 50"
    assert counts[5] == EXPECTED_QUERIES[page] <= QUERY_BUDGET, f"{page}: {counts[5]} queries"
