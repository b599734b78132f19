"""The editors' handbook (issue 3, "Training"): reachable from the dashboard and the Help menu, every chapter
read inside the admin, the Markdown files kept to the subset the admin renders, and one line of help text on
every field an editor fills in, so the form says in short what the handbook says at length."""

import re

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, PublishingPanel, get_edit_handler
from wagtail.users.models import UserProfile

from about.models import AboutPage, Director
from editorial.admin_views.handbook import (
    HANDBOOK_DIR,
    INDEX_FILE,
    LINK,
    chapters,
    render_markdown,
    resolve_link,
)
from home.models import HomePage, PortalSettings
from sections.blocks import ArticleBodyBlock, StandardBodyBlock
from sections.models import ArticlePage, SectionPage
from sections.taxonomy import Banner, ContributingUnit, Locality, Topic

CHAPTERS = chapters()


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def editor_client(client, django_user_model):
    """A contributor: no superuser powers, only the right to enter the admin, working in Vietnamese."""
    user = django_user_model.objects.create_user("ctv.vanhoa", "ctv@example.gov.vn", "mat-khau-thu-nghiem")
    group, _created = Group.objects.get_or_create(name="Cộng tác viên")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    client.force_login(user)
    return client


def test_the_handbook_has_the_chapters_the_training_needs():
    titles = [chapter.title for chapter in CHAPTERS]

    assert len(titles) == 12
    assert all(titles), "every chapter starts with a `# ` title"
    for topic in ("Quy trình", "sapo", "Ảnh", "Văn bản thay thế", "phóng sự ảnh", "video", "Hẹn giờ", "Gỡ bỏ"):
        assert any(topic.lower() in title.lower() for title in titles), topic


@pytest.mark.django_db
def test_dashboard_panel_links_to_every_chapter_for_an_editor(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    panel = soup_of(response).find(id="editorial-handbook-section")
    assert panel is not None, "no handbook panel on the dashboard"
    assert text_of(panel.find("h2")) == "Sổ tay biên tập"
    links = [(a["href"], text_of(a)) for a in panel.select("a[href]") if not a["href"].startswith("#")]
    assert links == [(reverse("editorial_handbook"), "Mở sổ tay")] + [(c.url, c.title) for c in CHAPTERS]

    followed = editor_client.get(links[1][0])
    assert followed.status_code == 200
    assert text_of(soup_of(followed).find("h1")) == CHAPTERS[0].title


@pytest.mark.django_db
def test_help_menu_offers_the_handbook(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))

    sidebar = soup_of(response).find(id="wagtail-sidebar-props")
    assert sidebar is not None
    props = sidebar.string
    assert "Sổ tay biên tập" in props or "S\\u1ed5 tay bi\\u00ean t\\u1eadp" in props
    assert reverse("editorial_handbook") in props


@pytest.mark.django_db
@pytest.mark.parametrize("chapter", CHAPTERS, ids=[chapter.slug for chapter in CHAPTERS])
def test_each_chapter_renders_inside_the_admin(editor_client, chapter):
    response = editor_client.get(chapter.url)

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find(attrs={"data-wagtail-sidebar": True}) is not None, "not inside the admin layout"
    assert soup.find("html")["lang"] == "vi"
    assert text_of(soup.find("title")).startswith(chapter.title)
    headings = soup.find_all("h1")
    assert [text_of(h) for h in headings] == [chapter.title]
    article = soup.find("article", class_="handbook")
    assert len(article.find_all("h2")) >= 2
    assert article.find(["ol", "ul"]) is not None
    # Nothing of the Markdown syntax is left for the reader to see.
    body_text = article.get_text()
    for leftover in ("**", "](", "`", "\n#"):
        assert leftover not in body_text, leftover
    crumbs = [text_of(a) for a in soup.select("nav[aria-label] ol a, nav[aria-label] ol span")]
    assert "Sổ tay biên tập" in crumbs


@pytest.mark.django_db
def test_index_page_lists_every_chapter_in_order(editor_client):
    response = editor_client.get(reverse("editorial_handbook"))

    assert response.status_code == 200
    article = soup_of(response).find("article", class_="handbook")
    assert text_of(article.find("h1")) == "Sổ tay biên tập"
    chapter_urls = {chapter.url for chapter in CHAPTERS}
    listed = [a["href"] for a in article.select("ol a") if a["href"] in chapter_urls]
    assert listed == [chapter.url for chapter in CHAPTERS]


@pytest.mark.django_db
def test_chapters_link_to_their_neighbours(editor_client):
    response = editor_client.get(CHAPTERS[1].url)

    pager = soup_of(response).find("nav", class_="handbook__pager")
    hrefs = [a["href"] for a in pager.select("a")]
    assert hrefs == [CHAPTERS[0].url, reverse("editorial_handbook"), CHAPTERS[2].url]
    assert soup_of(editor_client.get(CHAPTERS[-1].url)).select_one("a[rel=next]") is None


@pytest.mark.django_db
@pytest.mark.parametrize("args", [(), (CHAPTERS[0].slug,)], ids=["index", "chapter"])
def test_anonymous_visitors_are_sent_to_the_login(client, args):
    response = client.get(reverse("editorial_handbook_chapter" if args else "editorial_handbook", args=args))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "next=" in response["Location"]


@pytest.mark.django_db
def test_an_unknown_chapter_is_not_found(editor_client):
    # LocaleMiddleware first tries the address under /vi/; the answer is still "not found".
    response = editor_client.get(reverse("editorial_handbook_chapter", args=["khong-co-chuong-nay"]), follow=True)

    assert response.status_code == 404


def test_every_link_in_the_handbook_goes_somewhere():
    chapter_urls = {chapter.slug: chapter.url for chapter in CHAPTERS}
    files = [HANDBOOK_DIR / INDEX_FILE, *(chapter.path for chapter in CHAPTERS)]
    for file in files:
        for match in LINK.finditer(file.read_text(encoding="utf-8")):
            assert resolve_link(match["target"], chapter_urls), f"{file.name}: broken link {match['target']}"


def test_markdown_subset_renders_the_structure_editors_read():
    html = render_markdown(
        "Đoạn **một**\ndòng hai.\n\n## Các bước\n\n1. Bấm **Lưu bản nháp**.\n2. Xem [sapo](04-tieu-de-va-sapo.md),"
        " [trang ngoài](https://dichvucong.gov.vn/).\n   còn tiếp\n\n- tệp `phu-de.vtt`\n\n```\nWEBVTT\n<b>\n```\n",
        {"tieu-de-va-sapo": "/admin/so-tay-bien-tap/tieu-de-va-sapo/"},
    )

    assert html == (
        "<p>Đoạn <strong>một</strong> dòng hai.</p>\n"
        "<h2>Các bước</h2>\n"
        "<ol><li>Bấm <strong>Lưu bản nháp</strong>.</li>"
        '<li>Xem <a href="/admin/so-tay-bien-tap/tieu-de-va-sapo/">sapo</a>,'
        ' <a href="https://dichvucong.gov.vn/" rel="noopener noreferrer">trang ngoài</a>. còn tiếp</li></ol>\n'
        "<ul><li>tệp <code>phu-de.vtt</code></li></ul>\n"
        "<pre><code>WEBVTT\n&lt;b&gt;</code></pre>"
    )


def test_markdown_cannot_put_markup_or_scripts_into_the_admin():
    html = render_markdown(
        '<script>alert(1)</script>\n\n[bấm](javascript:alert(1)) [x](khong-ton-tai.md) <img src=x onerror="a">', {}
    )

    assert "<script" not in html and "<img" not in html
    assert "href" not in html
    assert "&lt;script&gt;" in html
    assert "bấm" in html


def editor_fields(model):
    """(label, help text) of every field an editor fills in on the model's edit form, inline rows included.

    The publishing schedule's two fields are left out: they live in Wagtail's own dialog, which explains them."""
    # Pages build their tabbed editor themselves; snippets and settings use the generic panel lookup.
    edit_handler = model.get_edit_handler() if hasattr(model, "get_edit_handler") else get_edit_handler(model)
    form_class = edit_handler.get_form_class()
    found = []

    def walk(panel, fields, prefix):
        if isinstance(panel, PublishingPanel):
            return
        if isinstance(panel, InlinePanel):
            child_fields = form_class.formsets[panel.relation_name].form.base_fields
            for child in panel.panel_definitions:
                walk(child, child_fields, f"{prefix}.{panel.relation_name}")
        elif isinstance(panel, FieldPanel):
            found.append((f"{prefix}.{panel.field_name}", fields[panel.field_name].help_text))
        for child in getattr(panel, "children", []):
            walk(child, fields, prefix)

    walk(edit_handler, form_class.base_fields, model.__name__)
    return found


PAGES = [ArticlePage, SectionPage, HomePage, AboutPage]
SNIPPETS_AND_SETTINGS = [Topic, Locality, ContributingUnit, Banner, Director, PortalSettings]


@pytest.mark.parametrize("model", PAGES + SNIPPETS_AND_SETTINGS, ids=lambda model: model.__name__)
def test_every_editor_facing_field_has_one_line_of_help(model):
    fields = editor_fields(model)

    assert fields, "no fields found: the panel walk is broken"
    missing = [name for name, help_text in fields if not str(help_text).strip()]
    assert missing == []
    too_long = [name for name, help_text in fields if "\n" in str(help_text) or len(str(help_text)) > 140]
    assert too_long == []


def block_fields(block, path=""):
    """Every block an editor fills in, with its help text: the leaves of the stream, struct and list blocks."""
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_fields(child, f"{path}.{name}" if path else name)
        return
    help_text = getattr(block.meta, "help_text", None) or getattr(getattr(block, "field", None), "help_text", "")
    yield path, help_text
    if isinstance(block, blocks.ListBlock):
        yield from block_fields(block.child_block, f"{path}[]")


@pytest.mark.parametrize("stream", [ArticleBodyBlock(), StandardBodyBlock()], ids=lambda s: type(s).__name__)
def test_every_block_field_has_one_line_of_help(stream):
    fields = list(block_fields(stream))

    assert len(fields) > 15
    missing = [name for name, help_text in fields if not str(help_text or "").strip()]
    assert missing == []


def test_help_text_and_handbook_give_the_same_numbers():
    """The limits an editor reads in the form are the ones the handbook teaches."""
    lead = str(ArticlePage._meta.get_field("lead").help_text)
    cover = str(ArticlePage._meta.get_field("cover_image").help_text)
    handbook = " ".join(chapter.source for chapter in CHAPTERS)

    assert re.search(r"500 ký tự", lead) and "500 ký tự" in handbook
    assert "1200 × 675" in cover and "1200 × 675" in handbook
    assert "10 MB" in handbook and "40 megapixel" in handbook
