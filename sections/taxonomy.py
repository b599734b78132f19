"""Taxonomy snippets shared by every article: topics and campaigns, localities, contributing units, banners."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject or a campaign that runs across sections; each has a public page listing its articles."""

    class Kind(models.TextChoices):
        TOPIC = "topic", _("Chủ đề")
        CAMPAIGN = "campaign", _("Chiến dịch tuyên truyền")

    name = models.CharField(_("tên"), max_length=150, help_text=_("Tên hiển thị, ví dụ: 80 năm Quốc khánh."))
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=150,
        allow_unicode=False,
        help_text=_("Phần cuối địa chỉ trang chủ đề, không dấu, ví dụ: 80-nam-quoc-khanh."),
    )
    kind = models.CharField(
        _("loại"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.TOPIC,
        help_text=_("Chiến dịch tuyên truyền chạy qua nhiều chuyên mục trong một thời gian; chủ đề là mảng lâu dài."),
    )
    description = models.TextField(
        _("giới thiệu"), blank=True, max_length=1000, help_text=_("Vài câu giới thiệu, hiện đầu trang chủ đề.")
    )
    is_featured = models.BooleanField(
        _("nổi bật trên trang chủ"),
        default=False,
        help_text=_("Chọn để chủ đề hiện trong mục chiến dịch trên trang chủ."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("is_featured"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chủ đề / chiến dịch")
        verbose_name_plural = _("chủ đề / chiến dịch")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name


class Locality(TranslatableMixin, index.Indexed, models.Model):
    """A ward (phường) or commune (xã): Hanoi's local units since 1 July 2025. Data, never a hard-coded list."""

    class Kind(models.TextChoices):
        WARD = "phuong", _("Phường")
        COMMUNE = "xa", _("Xã")

    code = models.CharField(_("mã đơn vị hành chính"), max_length=10, help_text=_("Mã theo danh mục hành chính."))
    name = models.CharField(_("tên"), max_length=150, help_text=_("Tên không kèm “Phường”/“Xã”, ví dụ: Hoàn Kiếm."))
    kind = models.CharField(
        _("loại"), max_length=10, choices=Kind.choices, default=Kind.WARD, help_text=_("Phường hay xã.")
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("kind")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("địa bàn (phường, xã)")
        verbose_name_plural = _("địa bàn (phường, xã)")
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["locale", "code"], name="unique_locality_code_per_locale")]

    def __str__(self):
        # Whole phrases per kind: English puts the kind after the name ("Hoan Kiem Ward").
        if self.kind == self.Kind.COMMUNE:
            return _("Xã %(name)s") % {"name": self.name}
        return _("Phường %(name)s") % {"name": self.name}


class ContributingUnit(TranslatableMixin, index.Indexed, ClusterableModel):
    """A division or unit of the department that writes for the portal; also the organisation chart."""

    name = models.CharField(
        _("tên đơn vị"), max_length=255, help_text=_("Tên đầy đủ, ví dụ: Phòng Quản lý Di sản văn hóa.")
    )
    short_name = models.CharField(
        _("tên viết tắt"), max_length=50, blank=True, help_text=_("Tên ngắn dùng ở nơi chật chỗ; có thể để trống.")
    )
    functions = models.TextField(
        _("chức năng, nhiệm vụ"),
        blank=True,
        max_length=3000,
        help_text=_("Hiện ở trang Cơ cấu tổ chức; mỗi nhiệm vụ một câu."),
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True, help_text=_("Địa chỉ trụ sở của đơn vị."))
    phone = models.CharField(
        _("điện thoại"), max_length=50, blank=True, help_text=_("Số điện thoại công khai của đơn vị.")
    )
    email = models.EmailField(_("thư điện tử"), blank=True, help_text=_("Địa chỉ thư điện tử công khai của đơn vị."))
    sort_order = models.PositiveIntegerField(
        _("thứ tự hiển thị"), default=100, help_text=_("Số nhỏ hiện trước trong danh sách đơn vị.")
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("short_name"), FieldPanel("sort_order")], _("Đơn vị")),
        FieldPanel("functions"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], _("Liên hệ")),
        InlinePanel("leaders", label=_("Lãnh đạo đơn vị")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class UnitLeader(TranslatableMixin, Orderable):
    unit = ParentalKey(ContributingUnit, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("họ và tên"), max_length=150, help_text=_("Họ và tên đầy đủ, có dấu."))
    position = models.CharField(_("chức vụ"), max_length=150, help_text=_("Ví dụ: Trưởng phòng, Phó Trưởng phòng."))
    phone = models.CharField(
        _("điện thoại"), max_length=50, blank=True, help_text=_("Số điện thoại công vụ; để trống nếu không công khai.")
    )
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Thư điện tử công vụ; để trống nếu không công khai.")
    )

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("lãnh đạo đơn vị")

    def __str__(self):
        return f"{self.name} — {self.position}"


class Banner(TranslatableMixin, models.Model):
    """A home-page banner or quick link: other city portals, the national public-service portal, campaigns."""

    class Placement(models.TextChoices):
        BANNER = "banner", _("Banner trang chủ")
        QUICK_LINK = "quick_link", _("Liên kết nhanh")

    title = models.CharField(
        _("tiêu đề"), max_length=150, help_text=_("Tên ngắn hiện trên banner hoặc liên kết nhanh.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang trong cổng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Trang trong cổng mà banner mở ra; chỉ chọn một trong ba nơi liên kết."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("hoặc chủ đề / chiến dịch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Banner mở trang của chủ đề; bản tiếng Anh tự trỏ tới chủ đề tiếng Anh."),
    )
    url = models.URLField(
        _("hoặc địa chỉ bên ngoài"),
        max_length=500,
        blank=True,
        help_text=_("Địa chỉ đầy đủ bắt đầu bằng https://, ví dụ Cổng Dịch vụ công quốc gia."),
    )
    description = models.CharField(
        _("mô tả ngắn"), max_length=255, blank=True, help_text=_("Một dòng ngắn hiện dưới tên liên kết nhanh.")
    )
    image = models.ForeignKey(
        "sections.PortalImage",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Banner: ảnh ngang rộng tối thiểu 1200 điểm ảnh; liên kết nhanh: biểu tượng vuông."),
    )
    placement = models.CharField(
        _("vị trí"),
        max_length=20,
        choices=Placement.choices,
        default=Placement.QUICK_LINK,
        help_text=_("Banner lớn trên trang chủ, hoặc liên kết nhanh trong hàng biểu tượng."),
    )
    sort_order = models.PositiveIntegerField(_("thứ tự hiển thị"), default=100, help_text=_("Số nhỏ hiện trước."))
    is_active = models.BooleanField(
        _("đang hiển thị"), default=True, help_text=_("Bỏ chọn để tạm ẩn mà không phải xóa.")
    )

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("page"), FieldPanel("topic"), FieldPanel("url")],
            _("Liên kết tới (chọn một)"),
        ),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("placement"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("banner / liên kết nhanh")
        verbose_name_plural = _("banner / liên kết nhanh")
        ordering = ["placement", "sort_order", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        targets = [name for name in ("page", "topic", "url") if getattr(self, name if name == "url" else f"{name}_id")]
        if len(targets) != 1:
            message = _("Hãy chọn đúng một nơi để liên kết tới: một trang, một chủ đề hoặc một địa chỉ bên ngoài.")
            raise ValidationError(dict.fromkeys(targets[1:] if targets else ["page"], message))
