"""The portal's front page and the site-wide settings shown in every footer."""

from django.core.cache import cache
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin

from sections.listings import article_queryset, in_language, latest_per_section, paginate
from sections.models import BasePage, SectionPage
from sections.routing import SpecificChildRoutingMixin
from sections.taxonomy import Banner, Topic
from sections.visibility import is_under_restriction, public_q

LATEST_PER_SECTION = 4
SETTINGS_CACHE_SECONDS = 60 * 60


class HomePage(SpecificChildRoutingMixin, RoutablePageMixin, BasePage):
    """The front page: featured stories, the latest of every section, banners and quick links."""

    intro = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        max_length=500,
        help_text=_("Một hai câu giới thiệu cổng, hiện trên trang chủ."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_stories", label=_("Tin nổi bật"), heading=_("Tin nổi bật"), max_num=7),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["sections.SectionPage", "about.AboutPage"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.featured_stories.select_related("page", "page__cover_image", "page__unit")
        featured = [
            story.page
            for story in stories
            if story.page.live and not story.page.withdrawn_at and not is_under_restriction(story.page)
        ]
        # A translated home page's stories may still point at the Vietnamese articles (see in_language).
        featured = in_language(featured, self.locale_id)
        sections = list(SectionPage.objects.child_of(self).live().filter(public_q()).order_by("path"))
        # Ask for enough per section that the featured stories can be left out and four still remain.
        latest = latest_per_section(sections, LATEST_PER_SECTION + len(featured), renditions=False)
        shown = {page.pk for page in featured}
        section_blocks = [
            (section, [a for a in latest[section.pk] if a.pk not in shown][:LATEST_PER_SECTION]) for section in sections
        ]
        banners = list(
            Banner.objects.filter(locale_id=self.locale_id, is_active=True)
            .select_related("image", "page", "topic")
            .order_by("sort_order", "title")
        )
        # Every picture on the page gets its renditions in one query.
        teasers = featured + [article for _, articles in section_blocks for article in articles]
        images = {image.pk: image for image in [a.cover_image for a in teasers] + [b.image for b in banners] if image}
        prefetch_related_objects(list(images.values()), "renditions")
        context.update(
            featured=featured,
            section_blocks=section_blocks,
            banners=[b for b in banners if b.placement == Banner.Placement.BANNER],
            quick_links=[b for b in banners if b.placement == Banner.Placement.QUICK_LINK],
            campaigns=Topic.objects.filter(locale_id=self.locale_id, is_featured=True).order_by("name"),
        )
        return context

    @path("chu-de/<slug:slug>/", name="topic")
    @path("topics/<slug:slug>/", name="topic_en")
    def topic(self, request, slug):
        topic = Topic.objects.filter(locale_id=self.locale_id, slug=slug).first()
        if topic is None:
            raise Http404
        articles = article_queryset().filter(locale_id=self.locale_id, topic_links__topic=topic)
        page_obj = paginate(articles, request.GET.get("page"))
        return self.render(
            request,
            template="home/topic_page.html",
            context_overrides={"topic": topic, "page_obj": page_obj, "articles": page_obj.object_list},
        )

    def topic_url(self, topic):
        name = "topic_en" if translation.get_language() == "en" else "topic"
        return self.url + self.reverse_subpage(name, kwargs={"slug": topic.slug})


class HomeFeaturedStory(TranslatableMixin, Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    page = models.ForeignKey(
        "sections.ArticlePage",
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Bài nổi bật đầu trang chủ; bài đầu tiên hiện lớn nhất."),
    )

    panels = [FieldPanel("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tin nổi bật")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """The department's identity shown in every footer; Vietnamese and English side by side."""

    department_name = models.CharField(
        _("tên cơ quan"),
        max_length=255,
        default="Sở Văn hóa và Thể thao thành phố Hà Nội",
        help_text=_("Tên đầy đủ của cơ quan, hiện ở đầu và chân mọi trang."),
    )
    department_name_en = models.CharField(
        _("tên cơ quan (tiếng Anh)"),
        max_length=255,
        default="Hanoi Department of Culture and Sports",
        help_text=_("Tên tiếng Anh chính thức, hiện trên cổng tiếng Anh."),
    )
    address = models.CharField(
        _("địa chỉ"), max_length=255, blank=True, help_text=_("Địa chỉ trụ sở, hiện ở chân trang.")
    )
    address_en = models.CharField(
        _("địa chỉ (tiếng Anh)"),
        max_length=255,
        blank=True,
        help_text=_("Hiện ở chân trang tiếng Anh; để trống thì dùng bản tiếng Việt."),
    )
    phone = models.CharField(
        _("điện thoại"), max_length=50, blank=True, help_text=_("Số điện thoại của cơ quan, hiện ở chân trang.")
    )
    hotline = models.CharField(
        _("đường dây nóng"),
        max_length=50,
        blank=True,
        help_text=_("Số đường dây nóng tiếp nhận phản ánh, hiện ở chân trang."),
    )
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Thư điện tử công khai của cơ quan, hiện ở chân trang.")
    )
    responsible_editor = models.CharField(
        _("người chịu trách nhiệm chính"),
        max_length=255,
        blank=True,
        help_text=_("Người chịu trách nhiệm nội dung cổng, ví dụ: Ông Nguyễn Văn A – Giám đốc Sở."),
    )
    responsible_editor_en = models.CharField(
        _("người chịu trách nhiệm chính (tiếng Anh)"),
        max_length=255,
        blank=True,
        help_text=_("Hiện ở chân trang tiếng Anh; để trống thì dùng bản tiếng Việt."),
    )
    licence = models.CharField(
        _("giấy phép"),
        max_length=500,
        blank=True,
        help_text=_("Dòng giấy phép thiết lập cổng thông tin, ví dụ: “Giấy phép số …/GP-TTĐT do … cấp ngày …”."),
    )
    licence_en = models.CharField(
        _("giấy phép (tiếng Anh)"),
        max_length=500,
        blank=True,
        help_text=_("Hiện ở chân trang tiếng Anh; để trống thì dùng bản tiếng Việt."),
    )
    copyright_notice = models.CharField(
        _("ghi chú bản quyền"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: “Ghi rõ nguồn Cổng thông tin điện tử Sở … khi phát hành lại thông tin từ website này.”"),
    )
    copyright_notice_en = models.CharField(
        _("ghi chú bản quyền (tiếng Anh)"),
        max_length=500,
        blank=True,
        help_text=_("Hiện ở chân trang tiếng Anh; để trống thì dùng bản tiếng Việt."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("department_name"), FieldPanel("department_name_en")], _("Cơ quan")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("hotline"),
                FieldPanel("email"),
            ],
            _("Liên hệ"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("responsible_editor"),
                FieldPanel("responsible_editor_en"),
                FieldPanel("licence"),
                FieldPanel("licence_en"),
                FieldPanel("copyright_notice"),
                FieldPanel("copyright_notice_en"),
            ],
            _("Thông tin pháp lý ở chân trang"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")

    @classmethod
    def for_site(cls, site):
        # Read on every page for the footer, changed a few times a year: kept in the shared cache.
        if site is None:
            return super().for_site(site)
        key = f"portal-settings:{site.pk}"
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, SETTINGS_CACHE_SECONDS)
        return instance

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(f"portal-settings:{self.site_id}")

    def localized(self, field):
        """The English value on /en/ when it is filled in, the Vietnamese one otherwise."""
        if translation.get_language() == "en":
            return getattr(self, f"{field}_en", "") or getattr(self, field)
        return getattr(self, field)

    @property
    def name_display(self):
        return self.localized("department_name")

    @property
    def address_display(self):
        return self.localized("address")

    @property
    def responsible_editor_display(self):
        return self.localized("responsible_editor")

    @property
    def licence_display(self):
        return self.localized("licence")

    @property
    def copyright_display(self):
        return self.localized("copyright_notice")
