"""About the department (Giới thiệu): introduction, functions and tasks, organisation, directors, contacts.
Decree 42/2022/NĐ-CP Art. 4(1)(e) and 7(2) require this content in Vietnamese and English."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from sections.blocks import StandardBodyBlock
from sections.models import BasePage
from sections.taxonomy import ContributingUnit


class Director(TranslatableMixin, models.Model):
    """A member of the department's board of directors (Ban Giám đốc)."""

    name = models.CharField(_("họ và tên"), max_length=150, help_text=_("Họ và tên đầy đủ, có dấu."))
    position = models.CharField(_("chức vụ"), max_length=150, help_text=_("Ví dụ: Giám đốc Sở, Phó Giám đốc Sở."))
    responsibilities = models.TextField(
        _("lĩnh vực phụ trách"),
        blank=True,
        max_length=2000,
        help_text=_("Các lĩnh vực được phân công phụ trách, mỗi lĩnh vực một dòng."),
    )
    photo = models.ForeignKey(
        "sections.PortalImage",
        verbose_name=_("ảnh chân dung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh dọc 3:4, tối thiểu 600 × 800 điểm ảnh; đặt điểm trọng tâm vào khuôn mặt."),
    )
    phone = models.CharField(
        _("điện thoại"), max_length=50, blank=True, help_text=_("Số điện thoại công vụ; để trống nếu không công khai.")
    )
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Thư điện tử công vụ; để trống nếu không công khai.")
    )
    sort_order = models.PositiveIntegerField(
        _("thứ tự hiển thị"), default=100, help_text=_("Số nhỏ hiện trước: Giám đốc Sở, rồi các Phó Giám đốc.")
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("position"), FieldPanel("sort_order")], _("Lãnh đạo")),
        FieldPanel("responsibilities"),
        FieldPanel("photo"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], _("Liên hệ")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("lãnh đạo Sở")
        verbose_name_plural = _("Ban Giám đốc Sở")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} — {self.position}"


class AboutPage(BasePage):
    """A page about the department; the section root "Giới thiệu" and its children share this type."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Nội dung")
        ORGANISATION = "organisation", _("Cơ cấu tổ chức (danh sách đơn vị)")
        DIRECTORS = "directors", _("Ban Giám đốc")

    kind = models.CharField(
        _("loại trang"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.TEXT,
        help_text=_("“Cơ cấu tổ chức” và “Ban Giám đốc” tự hiện danh sách từ dữ liệu đơn vị và lãnh đạo."),
    )
    intro = models.TextField(
        _("giới thiệu ngắn"),
        blank=True,
        max_length=1000,
        help_text=_("Một hai câu tóm tắt, hiện dưới tiêu đề trang."),
    )
    body = StreamField(
        StandardBodyBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Bấm dấu cộng để thêm khối: đoạn văn, tiêu đề mục, ảnh, bảng, tài liệu."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("kind"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "about.AboutPage"]
    subpage_types = ["about.AboutPage"]
    template = "about/about_page.html"

    class Meta:
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific(defer=True)
        if self.kind == self.Kind.ORGANISATION:
            context["units"] = ContributingUnit.objects.filter(locale_id=self.locale_id).prefetch_related("leaders")
        elif self.kind == self.Kind.DIRECTORS:
            context["directors"] = (
                Director.objects.filter(locale_id=self.locale_id)
                .select_related("photo")
                .prefetch_related("photo__renditions")
            )
        return context
