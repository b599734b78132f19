"""The editorial board's way of working: the approval task no one passes on their own work, the take-down
register, and the editorial plan (kế hoạch viết tin, bài)."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_user_display_name
from wagtail.models import COMMENTS_RELATION_NAME, AbstractGroupApprovalTask, Revision, WorkflowState

from sections.models import ArticlePage

logger = logging.getLogger(__name__)


class NoSelfApprovalTask(AbstractGroupApprovalTask):
    """Group approval in which no one passes a change they had a hand in: every publication has two people
    behind it, superusers included.

    Having a hand in a change means having submitted it (the workflow's `requested_by`) or having written any
    of its content: a revision since the last published one that changes more than the publishing schedule
    or the review comments. Such a person sees the page but no "Approve" at this step; the submitter cannot
    "Request changes" on their own submission either (they can cancel it). A reviewer who corrected the text
    may still return it to its author. `on_action` enforces the same rule, whichever view calls it."""

    # What a reviewer may change without becoming one of the authors: when the page goes live or expires, the
    # review comments, and Wagtail's own bookkeeping. Anything else in a revision is the page's content.
    not_authorship_fields = frozenset(
        {
            "pk",
            "path",
            "depth",
            "numchild",
            "url_path",
            "content_type",
            "locale",
            "translation_key",
            "alias_of",
            "owner",
            "live",
            "has_unpublished_changes",
            "first_published_at",
            "last_published_at",
            "live_revision",
            "latest_revision",
            "latest_revision_created_at",
            "draft_title",
            "locked",
            "locked_at",
            "locked_by",
            "go_live_at",
            "expire_at",
            "expired",
            COMMENTS_RELATION_NAME,
        }
    )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return actions
        involvement = self.involvement(obj, user)
        if involvement == "submitted":
            return []
        if involvement == "wrote":
            return [action for action in actions if action[0] != "approve"]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name in {"approve", "reject"}:
            obj = task_state.workflow_state.content_object
            if action_name not in {name for name, _label, _modal in self.get_actions(obj, user)}:
                logger.warning("Refused %r by %s on %r at task %r", action_name, user, obj, self.name)
                raise PermissionDenied(str(self.refusal_message(obj, user)))
        super().on_action(task_state, user, action_name, **kwargs)
        if action_name == "reject":
            from editorial.workflows import notify_authors_of_return  # the notifier needs the admin app loaded

            notify_authors_of_return(task_state.workflow_state, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # Their own submissions hold nothing for them to do at this step.
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    def refusal_message(self, obj, user):
        involvement = self.involvement(obj, user)
        if involvement == "submitted":
            return _("Bạn đã gửi duyệt nội dung này nên không thể tự duyệt hay trả lại: cần một thành viên khác.")
        if involvement == "wrote":
            return _("Bạn đã viết hoặc sửa nội dung này nên không thể tự phê duyệt: cần một thành viên khác.")
        return _("Bạn không thuộc nhóm được giao bước duyệt “%(task)s”.") % {"task": self.name}

    def involvement(self, obj, user):
        """The part `user` took in the change awaiting approval on `obj`: "submitted", "wrote" or None.
        Remembered on `obj` for the request, as the admin asks several times while drawing one page."""
        remembered = obj.__dict__.setdefault("_editorial_involvement", {})
        if user.pk not in remembered:
            if WorkflowState.objects.active().for_instance(obj).filter(requested_by=user).exists():
                remembered[user.pk] = "submitted"
            elif self._wrote_pending_content(obj, user):
                remembered[user.pk] = "wrote"
            else:
                remembered[user.pk] = None
        return remembered[user.pk]

    @classmethod
    def authored_content(cls, revision_content):
        return {name: value for name, value in revision_content.items() if name not in cls.not_authorship_fields}

    @classmethod
    def _wrote_pending_content(cls, obj, user):
        live_revision_id = getattr(obj, "live_revision_id", None) or 0
        revisions = Revision.objects.for_instance(obj).filter(pk__gte=live_revision_id)
        if not revisions.filter(pk__gt=live_revision_id, user=user).exists():
            return False
        previous = None
        for revision_id, author_id, content in revisions.order_by("pk").values_list("pk", "user_id", "content"):
            authored = cls.authored_content(content)
            if author_id == user.pk and revision_id != live_revision_id and authored != previous:
                return True
            previous = authored
        return False

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

    def get_taken_down_by_display(self):
        # The person's name, as the board knows them, rather than their login.
        return get_user_display_name(self.taken_down_by) if self.taken_down_by else ""


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
