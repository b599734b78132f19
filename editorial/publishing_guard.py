"""Every publication has two people behind it, even outside the workflow.

Wagtail lets anyone with the publish permission (the editorial board, superusers) publish a page directly: the
editor's "Xuất bản", a revision's "publish this version", scheduling from the editor, the listing's bulk
publish. Under a page governed by a workflow those would let someone publish their own work with no second
pair of eyes, so they are refused there unless the content being published is exactly the content a workflow
approved, and approved by someone other than its author (republishing an approved page after an unpublish).
New content is published only through the workflow, whose final approval publishes it.

What stays open: unpublishing, moving, locking, approving workflow tasks, and code that publishes on its own
account (the take-down's withdrawal notice), as none of them goes through the admin's publish actions."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import TaskState, WorkflowState

from editorial.models import NoSelfApprovalTask

REFUSAL = _(
    "Bài viết phải qua quy trình duyệt: hãy bấm “Gửi duyệt” để một đồng nghiệp phê duyệt và xuất bản. "
    "Không ai tự xuất bản nội dung chưa được người khác phê duyệt, kể cả Ban biên tập và quản trị viên."
)
DRAFT_KEPT = _("Các thay đổi đã được lưu thành bản nháp, trang chưa được xuất bản.")
BULK_REFUSAL = _(
    "Không xuất bản được: %(pages)s phải qua quy trình duyệt. Hãy mở từng trang và bấm “Gửi duyệt” để một "
    "đồng nghiệp phê duyệt và xuất bản."
)
SELF_APPROVAL_AFTER_EDIT = _(
    "Các thay đổi của bạn đã được lưu, nhưng bước duyệt này chưa được thông qua: bạn vừa sửa nội dung nên "
    "không thể tự phê duyệt. Một đồng nghiệp khác trong nhóm phải phê duyệt bước này."
)


def is_governed(page):
    """Whether publishing `page` is a matter for a workflow (its own or an ancestor's)."""
    return page.get_workflow() is not None


def approved_revision(page):
    """The revision of `page` that the most recent completed workflow approved, if the one who gave the final
    approval is not that revision's author; else None."""
    state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .order_by("-created_at", "-pk")
        .first()
    )
    if state is None:
        return None
    final = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_APPROVED)
        .select_related("revision")
        .order_by("-finished_at", "-pk")
        .first()
    )
    if final is None or final.revision is None or final.finished_by_id is None:
        return None
    if final.finished_by_id in {final.revision.user_id, state.requested_by_id}:
        return None
    return final.revision


def may_publish_directly(page, revision=None):
    """Whether `revision` (by default the page's latest) may be published by an admin publish action: always
    for a page outside any workflow, else only when it holds what a colleague approved."""
    if not is_governed(page):
        return True
    revision = revision or page.get_latest_revision()
    approved = approved_revision(page)
    if revision is None or approved is None:
        return False
    if revision.pk == approved.pk:
        return True
    return NoSelfApprovalTask.authored_content(revision.content) == NoSelfApprovalTask.authored_content(
        approved.content
    )


def pages_refused_in_bulk(pages, include_descendants=False):
    """The pages a bulk publish of `pages` would publish without a colleague's approval."""
    refused = []
    for page in pages:
        if not may_publish_directly(page):
            refused.append(page)
        if include_descendants:
            # The bulk action also publishes every draft below the selected page.
            for descendant in page.get_descendants().not_live().specific(defer=True):
                if not may_publish_directly(descendant):
                    refused.append(descendant)
    return refused
