"""The editorial plan's rules: what an assignment's status is, when it is overdue, and how its article is started.

The stored status follows the linked page through Wagtail's signals (`sync_assignment`); "overdue" is never
stored, because it changes with the calendar, not with the work: it is derived in queries from the due date.
"""

from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Min, Q
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import string_to_ascii
from wagtail.models import PageSubscription, get_default_page_content_type
from wagtail.signals import (
    page_published,
    task_submitted,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
    workflow_submitted,
)

from editorial.models import Assignment
from sections.models import ArticlePage

Status = Assignment.Status
SLUG_MAX_LENGTH = 80


# Overdue and late, as query conditions, so listings and reports count them in the database.


def overdue_condition(today=None):
    """Due before today and not published yet; the due day itself still counts as on time."""
    today = today or timezone.localdate()
    return Q(due_date__lt=today) & ~Q(status=Status.PUBLISHED)


def with_deadline_flags(queryset, today=None):
    """The queryset with `is_overdue` (not published, due day passed) and `is_late` (published after the due
    day) on every row."""
    return queryset.annotate(
        is_overdue=ExpressionWrapper(overdue_condition(today), output_field=BooleanField()),
        is_late=ExpressionWrapper(late_condition(), output_field=BooleanField()),
    )


def overdue(queryset, today=None):
    return queryset.filter(overdue_condition(today))


def open_assignments(queryset):
    """What is still to be written or approved."""
    return queryset.exclude(status=Status.PUBLISHED)


def late_condition():
    """Published after the due day (the day in the portal's time zone)."""
    return Q(status=Status.PUBLISHED, published_at__date__gt=F("due_date"))


def overdue_by_unit(queryset=None, today=None):
    """One row per unit with overdue work: unit id and name, how many, and the oldest due date; one query.
    Work with no unit comes last, as `unit=None`."""
    queryset = Assignment.objects.all() if queryset is None else queryset
    rows = (
        overdue(queryset, today)
        .values("unit", "unit__name", "unit__sort_order")
        .annotate(count=Count("pk"), oldest_due=Min("due_date"))
        .order_by(F("unit__sort_order").asc(nulls_last=True), "unit__name")
    )
    return [
        {"unit": row["unit"], "unit_name": row["unit__name"], "count": row["count"], "oldest_due": row["oldest_due"]}
        for row in rows
    ]


# Status that follows the page.


def page_status(page):
    """(status, published_at) that the state of an assignment's page stands for.

    Once a page has gone live the assignment is done, even if the page is later taken down: the plan records
    the work, the take-down register records the removal. An approved revision waiting for its publication
    time is still "in review" for the plan: nothing is public yet."""
    if page.live or page.first_published_at:
        return Status.PUBLISHED, page.first_published_at or timezone.now()
    if page.workflow_in_progress or page.scheduled_revision is not None:
        return Status.IN_REVIEW, None
    return Status.DRAFT, None


def sync_assignment(page, assignment=None):
    """Bring the status of the assignment linked to `page` in line with the page; returns the assignment, or
    None when no assignment points at the page."""
    if assignment is None:
        assignment = Assignment.objects.filter(page_id=page.pk).first()
        if assignment is None:
            return None
    status, published_at = page_status(page)
    if (assignment.status, assignment.published_at) != (status, published_at):
        assignment.status, assignment.published_at = status, published_at
        assignment.save(update_fields=["status", "published_at"])
    return assignment


@receiver(page_published, dispatch_uid="editorial_plan_page_published")
def _page_published(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        sync_assignment(instance)


@receiver(
    [workflow_submitted, workflow_rejected, workflow_cancelled, workflow_approved, task_submitted],
    dispatch_uid="editorial_plan_workflow_changed",
)
def _workflow_changed(sender, instance, **kwargs):
    # Workflow signals carry the workflow state, task signals the task state (a resubmission after "needs
    # changes" only sends task_submitted).
    state = getattr(instance, "workflow_state", instance)
    if state.base_content_type_id != get_default_page_content_type().id:
        return
    assignment = Assignment.objects.select_related("page").filter(page_id=state.object_id).first()
    if assignment is not None:
        sync_assignment(assignment.page, assignment)


@receiver(pre_delete, sender=ArticlePage, dispatch_uid="editorial_plan_article_deleted")
def _article_deleted(sender, instance, **kwargs):
    # The link is cleared by the foreign key; an unpublished draft that is gone leaves the topic to be written.
    Assignment.objects.filter(page_id=instance.pk).exclude(status=Status.PUBLISHED).update(status=Status.ASSIGNED)


# Starting the article ("Viết bài").


class DraftRefused(Exception):
    """Why an article cannot be started from an assignment, in words for the person who asked."""

    def __init__(self, message, page=None):
        super().__init__(message)
        self.message = message
        self.page = page


def can_write_in(user, section):
    """Whether the user may create an article under the section (page permissions and allowed page types)."""
    return (
        ArticlePage.can_create_at(section)
        and ArticlePage in section.specific_class.creatable_subpage_models()
        and section.permissions_for_user(user).can_add_subpage()
    )


def free_slug(parent, title):
    """A slug from the title with Vietnamese letters folded ("Đền Hùng" → "den-hung"), unique under the parent."""
    base = slugify(string_to_ascii(title)) or "bai-viet"
    if len(base) > SLUG_MAX_LENGTH:
        base = base[:SLUG_MAX_LENGTH].rsplit("-", 1)[0]
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def check_can_start(assignment, user):
    """Raise DraftRefused when the assignment already has its article or the user may not create one there."""
    if assignment.page_id:
        page = assignment.page
        raise DraftRefused(_("Đề tài này đã có bài viết: “%(title)s”.") % {"title": page.title}, page)
    if not can_write_in(user, assignment.section):
        raise DraftRefused(
            _("Bạn không có quyền tạo bài viết trong chuyên mục “%(section)s”. Hãy liên hệ Ban biên tập.")
            % {"section": assignment.section.title}
        )


def start_draft(assignment, user):
    """Create the draft article of an assignment under its section, link it and return it (see check_can_start
    for when it refuses)."""
    check_can_start(assignment, user)
    section = assignment.section
    with transaction.atomic():
        page = ArticlePage(
            title=assignment.title,
            slug=free_slug(section, assignment.title),
            format=assignment.format,
            unit=assignment.unit,
            owner=user,
            live=False,
        )
        section.add_child(instance=page)
        # A draft may leave required fields (the lead) empty, as the page editor allows when saving a draft.
        page.save_revision(user=user, log_action=True, clean=False)
        # The writer hears about the secretariat's comments, as with a page created in the editor.
        PageSubscription.objects.get_or_create(page=page, user=user, defaults={"comment_notifications": True})
        assignment.page = page
        assignment.status = Status.DRAFT
        assignment.published_at = None
        assignment.save(update_fields=["page", "status", "published_at"])
    return page
