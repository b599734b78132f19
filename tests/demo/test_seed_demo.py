"""`seed_demo` builds the whole demo portal, and a second run changes nothing (DESIGN.md contract)."""

from collections import Counter
from io import StringIO

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

from about.models import AboutPage, Director
from home.models import HomePage
from sections.models import ArticlePage, SectionPage
from sections.taxonomy import Banner, ContributingUnit, Locality, Topic

SECTION_SLUGS = [
    "tin-tuc-su-kien",
    "van-hoa",
    "the-thao",
    "quy-tac-ung-xu",
    "nguoi-ha-noi-thanh-lich-van-minh",
    "ha-noi-dep-va-chua-dep",
    "tieu-diem-ha-noi",
    "cai-cach-hanh-chinh",
]
COUNTED = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "sections.PortalImage",
    "wagtaildocs.Document",
    "sections.Topic",
    "sections.Locality",
    "sections.ContributingUnit",
    "sections.UnitLeader",
    "sections.Banner",
    "sections.ArticleTopic",
    "sections.ArticleLocality",
    "about.Director",
    "home.HomeFeaturedStory",
    "wagtail_localize.StringTranslation",
]


def _counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def _seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_demo_builds_the_portal_and_is_idempotent(settings, locales):
    settings.DEBUG = False
    output = _seed()
    assert "Bỏ qua" in output and not get_user_model().objects.exists()

    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(locale=locales.vi)
    assert site.root_page_id == home.pk and (site.hostname, site.port) == ("127.0.0.1", 8000)  # WAGTAILADMIN_BASE_URL
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    sections = SectionPage.objects.child_of(home)
    assert list(sections.values_list("slug", flat=True)) == SECTION_SLUGS
    assert all(sections.values_list("show_in_menus", flat=True))

    articles = ArticlePage.objects.live().filter(locale=locales.vi)
    assert articles.count() >= 64
    for section in sections:
        formats = Counter(articles.descendant_of(section).values_list("format", flat=True))
        assert sum(formats.values()) >= 6 and len(formats) >= 3, section.slug
    photo_reports = [a for a in articles if a.format == "photo_report"]
    videos = [a for a in articles if a.format == "video"]
    assert len(photo_reports) >= 8 and len(videos) >= 6
    assert all(a.body[0].block_type == "gallery" and 4 <= len(a.body[0].value["images"]) <= 8 for a in photo_reports)
    assert all(a.body[0].block_type == "video" and a.body[0].value["captions"] for a in videos)
    assert all(a.cover_image.description for a in articles)

    assert Topic.objects.filter(locale=locales.vi, kind="campaign", is_featured=True).exists()
    assert 12 <= Locality.objects.filter(locale=locales.vi).count() <= 15
    assert ContributingUnit.objects.filter(locale=locales.vi).count() == 10
    assert Director.objects.filter(locale=locales.vi).count() == 4
    assert Banner.objects.filter(locale=locales.vi, placement="banner").count() == 2

    home_en = home.get_translation(locales.en).specific
    # Only English articles are featured on the English home page (tests/demo/test_seed_english.py has the rest).
    assert set(home_en.featured_stories.values_list("page__locale", flat=True)) == {locales.en.pk}
    en_slugs = SectionPage.objects.child_of(home_en).values_list("slug", flat=True)
    assert list(en_slugs)[:2] == ["news-events", "culture"]
    about_en = AboutPage.objects.get(locale=locales.en, depth=3)
    assert about_en.slug == "about"
    assert sorted(about_en.get_children().values_list("slug", flat=True)) == [
        "contacts",
        "directors",
        "functions-and-tasks",
        "organisation",
    ]
    assert ArticlePage.objects.filter(locale=locales.en).count() >= 15

    before = _counts()
    revisions = Revision.objects.count()
    _seed()
    assert _counts() == before and Revision.objects.count() == revisions

    output = _seed("--with-accounts")
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("demo-admin-2025") and "demo-admin-2025" in output
