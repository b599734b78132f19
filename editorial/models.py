"""The editorial board's way of working: the approval task no one passes on their own work, the take-down
register, and the editorial plan (kế hoạch viết tin, bài)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask

from sections.models import ArticlePage


class NoSelfApprovalTask(AbstractGroupApprovalTask):
    """Group approval in which the person who submitted the revision cannot approve it: every publication has
    two people behind it."""

    class Meta:
        verbose_name = _("duyệt bởi nhóm (không tự duyệt)")
        verbose_name_plural = _("duyệt bởi nhóm (không tự duyệt)")


class TakeDown(models.Model):
    """A record in the take-down register (sổ gỡ bỏ): what was taken down, why, by whom and where it leads now."""

    class Reason(models.TextChoices):
        PUBLISHED_IN_ERROR = "error", _("Đăng nhầm")
        CONSOLIDATED = "consolidated", _("Đã gộp vào trang khác")
        WITHDRAWN = "withdrawn", _("Thu hồi (giữ trang kèm thông báo)")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="take_downs",
    )
    # Kept as text so the register still reads right after the page is moved, renamed or deleted.
    page_title = models.CharField(_("tiêu đề trang"), max_length=255)
    page_url = models.CharField(_("địa chỉ trang"), max_length=1000)
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("ngôn ngữ"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(_("lý do"), max_length=20, choices=Reason.choices)
    explanation = models.TextField(_("giải thích"), max_length=2000)
    replacement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang thay thế"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    redirect = models.ForeignKey(
        "wagtailredirects.Redirect", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    taken_down_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người gỡ"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    taken_down_at = models.DateTimeField(_("thời điểm gỡ"), auto_now_add=True)

    class Meta:
        verbose_name = _("bản ghi gỡ bỏ")
        verbose_name_plural = _("sổ gỡ bỏ")
        ordering = ["-taken_down_at"]
        indexes = [models.Index(fields=["taken_down_at"])]

    def __str__(self):
        return f"{self.page_title} — {self.get_reason_display()}"


class Assignment(models.Model):
    """An item of the editorial plan: who writes what, for which section, by when."""

    class Status(models.TextChoices):
        ASSIGNED = "assigned", _("Đã giao")
        DRAFT = "draft", _("Đang viết")
        IN_REVIEW = "in_review", _("Đang duyệt")
        PUBLISHED = "published", _("Đã đăng")

    title = models.CharField(_("đề tài"), max_length=255)
    section = models.ForeignKey(
        "sections.SectionPage", verbose_name=_("chuyên mục"), on_delete=models.PROTECT, related_name="assignments"
    )
    format = models.CharField(_("thể loại"), max_length=20, choices=ArticlePage.Format.choices, default="news")
    unit = models.ForeignKey(
        "sections.ContributingUnit",
        verbose_name=_("đơn vị thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
    )
    due_date = models.DateField(_("hạn hoàn thành"))
    notes = models.TextField(_("ghi chú"), blank=True, max_length=3000)
    page = models.OneToOneField(
        "sections.ArticlePage",
        verbose_name=_("bài viết"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignment",
    )
    status = models.CharField(_("trạng thái"), max_length=20, choices=Status.choices, default=Status.ASSIGNED)
    published_at = models.DateTimeField(_("thời điểm đăng"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("đề tài được giao")
        verbose_name_plural = _("kế hoạch viết tin, bài")
        ordering = ["due_date", "title"]
        permissions = [("view_activity_report", _("Xem và tải báo cáo hoạt động của cổng"))]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.title
