"""Shared fixtures: a small portal (Vietnamese home page as the default site root, two sections, the English
home page) and an admin client that works in Vietnamese, as the department's editors do."""

from types import SimpleNamespace

import pytest

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from tests.factories import HomePageFactory, SectionPageFactory


def pytest_configure(config):
    # Tests serve no collected static files; WhiteNoise would warn on every request.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Wagtail keeps site root paths and renditions in the cache; a test must not see the previous test's tree."""
    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def _vietnamese_by_default():
    """A request that ends in an error leaves its URL's language active in the thread (LocaleMiddleware never
    deactivates it): every test starts and ends in the portal's default language, Vietnamese."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def locales(db):
    return SimpleNamespace(vi=Locale.objects.get(language_code="vi"), en=Locale.objects.get(language_code="en"))


@pytest.fixture
def portal(locales):
    """root → vi HomePage (the default site's root) → sections "Tin tức - Sự kiện" and "Văn hóa";
    the English home page is the Vietnamese one's translation, a sibling under the root."""
    root = Page.get_first_root_node()
    # Wagtail's initial "Welcome" page would otherwise hold the default site.
    Page.objects.filter(depth__gt=1).delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = "localhost", 80, home, "Cổng TTĐT Sở VHTT Hà Nội"
    site.save()
    news = SectionPageFactory(parent=home, title="Tin tức - Sự kiện", slug="tin-tuc-su-kien")
    culture = SectionPageFactory(parent=home, title="Văn hóa", slug="van-hoa")
    home_en = home.copy_for_translation(locales.en)
    home_en.title = "Hanoi Department of Culture and Sports"
    home_en.save_revision().publish()
    return SimpleNamespace(
        root=root,
        site=site,
        home=home,
        home_en=home_en.specific,
        news=news,
        culture=culture,
        locales=locales,
    )


@pytest.fixture
def admin_user(db, django_user_model):
    """A superuser whose admin interface language is Vietnamese."""
    user = django_user_model.objects.create_superuser("bientap", "bientap@example.gov.vn", "mat-khau-thu-nghiem")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def without_workflows(db):
    """For tests of Wagtail's own editor behaviour (publishing from the editor): no workflow governs the tree.
    The two-person rule that normally forbids direct publishing is tested in tests/editorial/."""
    from wagtail.models import WorkflowPage

    WorkflowPage.objects.all().delete()
