"""The page tree editors see: sections and the about page under home, articles and sub-sections under a
section, nothing under an article."""

from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from about.models import AboutPage
from home.models import HomePage
from sections.models import ArticlePage, SectionPage
from tests.factories import HomePageFactory, SectionPageFactory


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_holds_only_sections_and_the_about_page(self):
        self.assertAllowedSubpageTypes(HomePage, {SectionPage, AboutPage})
        self.assertCanCreateAt(HomePage, SectionPage)
        self.assertCanCreateAt(HomePage, AboutPage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_home_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(SectionPage, HomePage)

    def test_section_holds_articles_and_sub_sections(self):
        self.assertAllowedSubpageTypes(SectionPage, {SectionPage, ArticlePage})
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})
        self.assertCanNotCreateAt(SectionPage, AboutPage)

    def test_article_holds_nothing_and_lives_only_in_a_section(self):
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        for child in (ArticlePage, SectionPage, AboutPage):
            self.assertCanNotCreateAt(ArticlePage, child)
        self.assertCanNotCreateAt(AboutPage, ArticlePage)


class CreateThroughTheAdminTests(WagtailPageTestCase):
    """An editor fills in the add-page form under a section, as in the admin."""

    @classmethod
    def setUpTestData(cls):
        Page.objects.filter(depth__gt=1).delete()
        home = HomePageFactory(parent=Page.get_first_root_node(), locale=Locale.objects.get(language_code="vi"))
        Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
        cls.section = SectionPageFactory(parent=home, title="Văn hóa", slug="van-hoa")

    def setUp(self):
        self.login()

    def test_editor_creates_a_sub_section_and_an_article_under_a_section(self):
        # Saved as drafts: under the articles workflow nobody publishes directly (tests/editorial covers that rule).
        self.assertCanCreate(
            self.section,
            SectionPage,
            nested_form_data(
                {"title": "Di sản", "slug": "di-san", "intro": "Di sản văn hóa Thủ đô.", "comments": inline_formset([])}
            ),
            publish=False,
        )
        self.assertCanCreate(
            self.section,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Phố cổ Hà Nội đón du khách dịp Tết",
                    "slug": "pho-co-ha-noi-don-du-khach",
                    "format": ArticlePage.Format.NEWS,
                    "lead": "Khu phố cổ đón hàng vạn lượt khách trong những ngày đầu năm.",
                    "body": streamfield([("paragraph", rich_text("<p>Nhiều hoạt động văn hóa được tổ chức.</p>"))]),
                    "topic_links": inline_formset([]),
                    "locality_links": inline_formset([]),
                    "comments": inline_formset([]),
                }
            ),
            publish=False,
        )
        article = ArticlePage.objects.get(slug="pho-co-ha-noi-don-du-khach")
        self.assertFalse(article.live)  # a draft, waiting for the workflow
        self.assertEqual(article.get_parent().specific, self.section)
