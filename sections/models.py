"""The portal's content core: the abstract BasePage, sections (chuyên mục) and articles in every format."""

from rest_framework import serializers

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from sections.blocks import ArticleBodyBlock
from sections.images import PortalImage, PortalRendition  # noqa: F401 - registers the image model
from sections.listings import article_queryset, paginate
from sections.routing import SpecificChildRoutingMixin
from sections.taxonomy import Banner, ContributingUnit, Locality, Topic, UnitLeader  # noqa: F401
from sections.visibility import is_under_restriction, public_q

LEAD_MAX_LENGTH = 500


class BasePage(Page):
    """What every public page of the portal shares: a summary for listings, search and social previews."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Most pages sit under no restriction: answer that from the cached list without a query.
        if not self.alias_of_id and not is_under_restriction(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @cached_property
    def breadcrumbs(self):
        """Ancestors below the site root, for the breadcrumb trail (one query)."""
        return list(self.get_ancestors().filter(depth__gt=1).specific(defer=True).live())


class SectionPage(SpecificChildRoutingMixin, RoutablePageMixin, BasePage):
    """A section (chuyên mục) or sub-section: lists its articles newest first, with an editor-pinned article."""

    intro = models.TextField(
        _("giới thiệu chuyên mục"),
        blank=True,
        max_length=1000,
        help_text=_("Một hai câu nói chuyên mục đăng gì, hiện dưới tên chuyên mục."),
    )
    featured_article = models.ForeignKey(
        "sections.ArticlePage",
        verbose_name=_("bài nổi bật được ghim"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bài hiện đầu trang chuyên mục, phía trên danh sách tin mới."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured_article"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "sections.SectionPage"]
    subpage_types = ["sections.SectionPage", "sections.ArticlePage"]
    template = "sections/section_page.html"

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    def specific_child_models(self):
        # Articles first: almost every URL below a section is an article.
        return [ArticlePage, SectionPage]

    def articles(self):
        return article_queryset().descendant_of(self)

    def subsections(self):
        return SectionPage.objects.child_of(self).live().filter(public_q()).order_by("path")

    @path("")
    def listing(self, request):
        articles = self.articles()
        filters, ignored = self._read_filters(request)
        if filters.get("format"):
            articles = articles.filter(format=filters["format"])
        if filters.get("topic"):
            articles = articles.filter(topic_links__topic=filters["topic"])
        featured = None
        if self.featured_article_id and not filters:
            featured = articles.filter(pk=self.featured_article_id).first()
            if featured:
                articles = articles.exclude(pk=featured.pk)
        page_obj = paginate(articles, request.GET.get("page"))
        topics = Topic.objects.filter(locale_id=self.locale_id, article_links__page__in=self.articles()).distinct()
        return self.render(
            request,
            context_overrides={
                "featured": featured,
                "page_obj": page_obj,
                "articles": page_obj.object_list,
                "filters": filters,
                "ignored_filters": ignored,
                "formats": ArticlePage.Format.choices,
                "topics": topics,
                "subsections": self.subsections(),
            },
        )

    def _read_filters(self, request):
        """Valid filters from the query string; unknown values are reported and ignored, never an error."""
        filters, ignored = {}, []
        format_value = request.GET.get("format", "").strip()
        if format_value:
            if format_value in ArticlePage.Format.values:
                filters["format"] = format_value
            else:
                ignored.append("format")
        topic_slug = request.GET.get("topic", "").strip()
        if topic_slug:
            topic = Topic.objects.filter(locale_id=self.locale_id, slug=topic_slug).first()
            if topic:
                filters["topic"] = topic
            else:
                ignored.append("topic")
        return filters, ignored

    @path("rss/")
    def rss(self, request):
        from sections.feeds import SectionFeed

        return SectionFeed(self)(request)


class ArticleTopic(TranslatableMixin, Orderable):
    page = ParentalKey("sections.ArticlePage", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("chủ đề"),
        on_delete=models.CASCADE,
        related_name="article_links",
        help_text=_("Bài sẽ hiện trên trang của chủ đề hoặc chiến dịch này."),
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("chủ đề của bài")


class ArticleLocality(TranslatableMixin, Orderable):
    page = ParentalKey("sections.ArticlePage", on_delete=models.CASCADE, related_name="locality_links")
    locality = models.ForeignKey(
        Locality,
        verbose_name=_("địa bàn"),
        on_delete=models.CASCADE,
        related_name="article_links",
        help_text=_("Phường, xã nơi diễn ra sự việc."),
    )

    panels = [FieldPanel("locality")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("địa bàn của bài")


class ArticlePage(BasePage):
    """A news item, article, update, photo report or video clip: one page type, its format a field."""

    class Format(models.TextChoices):
        NEWS = "news", _("Tin")
        ARTICLE = "article", _("Bài viết")
        UPDATE = "update", _("Cập nhật")
        PHOTO_REPORT = "photo_report", _("Phóng sự ảnh")
        VIDEO = "video", _("Video clip")

    format = models.CharField(
        _("thể loại"),
        max_length=20,
        choices=Format.choices,
        default=Format.NEWS,
        help_text=_("Phóng sự ảnh mở đầu bằng khối Bộ ảnh; Video clip mở đầu bằng khối Video."),
    )
    lead = models.TextField(
        _("sapo"),
        validators=[
            MaxLengthValidator(
                LEAD_MAX_LENGTH,
                message=_("Sapo dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d). Hãy rút gọn."),
            )
        ],
        help_text=_("Một đến ba câu, tối đa 500 ký tự, không định dạng: ai, làm gì, khi nào, ở đâu."),
    )
    cover_image = models.ForeignKey(
        PortalImage,
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh ngang 16:9, tối thiểu 1200 × 675 điểm ảnh, có văn bản thay thế và điểm trọng tâm."),
    )
    cover_image_alt = models.CharField(
        _("văn bản thay thế của ảnh đại diện"),
        max_length=255,
        blank=True,
        help_text=_(
            "Để trống thì khi lưu sẽ lấy văn bản thay thế của ảnh trong thư viện; sửa khi bài này cần tả khác."
        ),
    )
    byline = models.CharField(
        _("tác giả"),
        max_length=255,
        blank=True,
        help_text=_("Tên người viết và nơi công tác, ví dụ: “Minh Anh – Trung tâm Thông tin Triển lãm”."),
    )
    unit = models.ForeignKey(
        ContributingUnit,
        verbose_name=_("đơn vị cung cấp tin"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("Đơn vị của người viết; báo cáo hoạt động đếm bài theo đơn vị này."),
    )
    body = StreamField(
        ArticleBodyBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Bấm dấu cộng để thêm khối: đoạn văn, tiêu đề mục, ảnh, bộ ảnh, video, bảng, tài liệu."),
    )
    # Set by the editorial board's take-down action (reason "withdrawn"): the page stays at its URL with a notice.
    withdrawn_at = models.DateTimeField(_("thời điểm thu hồi"), null=True, blank=True, editable=False)
    withdrawal_notice = models.TextField(_("thông báo thu hồi"), blank=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("format"),
        FieldPanel("lead"),
        FieldPanel("cover_image"),
        FieldPanel("cover_image_alt"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("byline"), FieldPanel("unit")])],
            heading=_("Tác giả và đơn vị"),
        ),
        InlinePanel("topic_links", label=_("Chủ đề / chiến dịch"), heading=_("Chủ đề / chiến dịch")),
        InlinePanel("locality_links", label=_("Địa bàn"), heading=_("Địa bàn")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.FilterField("format"),
        index.FilterField("first_published_at"),
    ]

    api_fields = [
        APIField("format"),
        APIField("lead"),
        APIField("cover_image"),
        APIField("cover_image_thumbnail", serializer=ImageRenditionField("fill-800x450", source="cover_image")),
        APIField("byline"),
        APIField("unit", serializer=serializers.StringRelatedField()),
        APIField("body"),
    ]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []
    routing_select_related = ("cover_image", "unit")
    template = "sections/article_page.html"

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        indexes = [
            # Every search and listing leaves out the few withdrawn articles: found by this small index, not by
            # reading every article.
            models.Index(
                fields=["withdrawn_at"],
                name="sections_article_withdrawn",
                condition=models.Q(withdrawn_at__isnull=False),
            ),
            # The format filter of sections and search (?format=video) on a large archive.
            models.Index(fields=["format"], name="sections_article_format"),
        ]

    def clean(self):
        super().clean()
        if self.cover_image_id and not (self.cover_image.description or "").strip():
            raise ValidationError(
                {
                    "cover_image": _(
                        "Ảnh đại diện chưa có văn bản thay thế (alt). Hãy thêm mô tả cho ảnh trong thư viện ảnh."
                    )
                }
            )
        # Kept on the page so the English translation has it as a segment to translate (see ImageBlock.clean).
        if self.cover_image_id and not self.cover_image_alt.strip():
            self.cover_image_alt = self.cover_image.description

    @property
    def cover_alt(self):
        """The cover image's alt text in the page's language: the page's own, else the image library's."""
        if self.cover_image is None:
            return ""
        return self.cover_image_alt or self.cover_image.description

    @property
    def is_photo_report(self):
        return self.format == self.Format.PHOTO_REPORT

    @property
    def is_video(self):
        return self.format == self.Format.VIDEO

    def lead_block(self):
        """The block shown first: the gallery of a photo report or the video of a clip."""
        wanted = {self.Format.PHOTO_REPORT: "gallery", self.Format.VIDEO: "video"}.get(self.format)
        if not wanted:
            return None
        return next((block for block in self.body if block.block_type == wanted), None)

    def body_after_lead(self):
        first = self.lead_block()
        return [block for block in self.body if first is None or block.id != first.id]

    def related_articles(self, limit=4):
        return article_queryset().child_of(self.get_parent()).exclude(pk=self.pk)[:limit]

    def linked_in_page_language(self, model, link_model, field):
        """The topics (or localities) linked to this article, in the page's language and the editor's order, in
        one query. A translation may still link the Vietnamese topic when the topic had no English version yet:
        the reader gets its translation, or nothing, never a link into the other language."""
        links = link_model.objects.filter(page=self, **{f"{field}__translation_key": OuterRef("translation_key")})
        return (
            model.objects.filter(
                locale_id=self.locale_id,
                translation_key__in=link_model.objects.filter(page=self).values(f"{field}__translation_key"),
            )
            .annotate(position=Subquery(links.values("sort_order")[:1]))
            .order_by("position")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Querysets, not lists: they are only run when the cached tags fragment of the template is rendered.
        context["topics"] = self.linked_in_page_language(Topic, ArticleTopic, "topic")
        context["localities"] = self.linked_in_page_language(Locality, ArticleLocality, "locality")
        context["related_articles"] = self.related_articles()
        return context
