"""Admin hooks for the moderation workflows: two editors saving the same page never lose each other's work.

Wagtail already warns an editor, while they type, that someone else saved a newer version (the editing
sessions ping), and refuses an autosave made on a stale version. A full form submission made on a stale
version is still saved, as a new revision on top of the other editor's one. These hooks make that visible:
the editor is told whose version theirs was saved over and gets a link comparing the two, both of which stay
in the page's history."""

import logging

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Page, Revision, TaskState, WorkflowState

from editorial import publishing_guard

logger = logging.getLogger(__name__)

OVERTAKEN_ATTRIBUTE = "editorial_overtaken_by"


def newer_revision_than_loaded(request, page):
    """The page's latest revision when it is newer than the one the submitted form was loaded from (the
    same test as Wagtail's EditView.is_out_of_date), else None."""
    latest = page.get_latest_revision()
    if latest is None:
        return None
    if overwrite_revision_id := request.POST.get("overwrite_revision_id"):
        return latest if overwrite_revision_id != str(latest.pk) else None
    loaded_revision_id = request.POST.get("loaded_revision_id")
    if not loaded_revision_id:
        return None
    if loaded_revision_id != str(latest.pk):
        return latest
    if request.POST.get("loaded_revision_created_at", "") != latest.created_at.isoformat():
        return latest
    return None


@hooks.register("before_edit_page")
def remember_newer_revision(request, page):
    # Autosaves ask for JSON, and Wagtail refuses a stale one before it reaches the form.
    if request.method == "POST" and request.accepts("text/html"):
        setattr(request, OVERTAKEN_ATTRIBUTE, newer_revision_than_loaded(request, page))


@hooks.register("after_edit_page")
def warn_about_overtaken_revision(request, page):
    overtaken = getattr(request, OVERTAKEN_ATTRIBUTE, None)
    # The editor's own autosave, landing a moment before they press a button, is not someone else's version.
    if overtaken is None or overtaken.user_id == request.user.pk:
        return
    latest = page.get_latest_revision()
    if latest is None or latest.pk == overtaken.pk:
        return
    compare_url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, overtaken.pk, latest.pk])
    messages.warning(
        request,
        _(
            "Trong lúc bạn sửa, %(user)s đã lưu một phiên bản khác của trang này lúc %(time)s. Bản của bạn được "
            "lưu thành phiên bản mới nhất; bản của %(user)s vẫn còn trong lịch sử phiên bản. Hãy so sánh hai bản "
            "để không bỏ sót thay đổi nào."
        )
        % {
            "user": get_user_display_name(overtaken.user) if overtaken.user else _("hệ thống"),
            "time": timezone.localtime(overtaken.created_at).strftime("%H:%M %d/%m/%Y"),
        },
        buttons=[messages.button(compare_url, _("So sánh hai phiên bản"))],
    )


# --- every publication has two people behind it (editorial.publishing_guard) ----------------------------------

REENTERED_ATTRIBUTE = "editorial_edit_and_approve"


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    """Under a workflow the footer offers "Gửi duyệt", not "Xuất bản"; the server refuses it anyway."""
    if context.get("view") == "create":
        if publishing_guard.is_governed(context["parent_page"]):
            menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
        return
    page = context.get("page")
    if page is None:
        return
    revision = None
    if context.get("view") == "revisions_revert" and request.resolver_match:
        revision = Revision.objects.for_instance(page).filter(pk=request.resolver_match.kwargs.get("revision_id"))
        revision = revision.first()
    if not publishing_guard.may_publish_directly(page, revision):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    # Runs in the editor (create, edit, "publish this version") after the new revision is saved: refusing here
    # keeps the editor's work as a draft instead of throwing it away.
    if publishing_guard.may_publish_directly(page, page.get_latest_revision()):
        return None
    logger.warning("Refused a direct publish of %r by %s: not approved by a colleague", page, request.user)
    messages.error(request, f"{publishing_guard.REFUSAL} {publishing_guard.DRAFT_KEPT}")
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish" or not issubclass(action_class_instance.model, Page):
        return None
    include_descendants = bool(action_class_instance.get_execution_context().get("include_descendants"))
    refused = publishing_guard.pages_refused_in_bulk(objects, include_descendants=include_descendants)
    if not refused:
        return None
    logger.warning("Refused a bulk publish by %s of %d unapproved pages", request.user, len(refused))
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in refused[:5])
    if len(refused) > 5:
        titles += _(" và %(count)d trang khác") % {"count": len(refused) - 5}
    messages.error(request, publishing_guard.BULK_REFUSAL % {"pages": titles})
    return redirect(action_class_instance.next_url)


@hooks.register("before_edit_page")
def explain_refused_approval_after_edit(request, page):
    """A reviewer who edits and presses "Phê duyệt" in one go becomes one of the change's authors: Wagtail
    saves the edit, then the task refuses the approval with PermissionDenied, which the admin turns into a
    generic "no permission" page. The editor view is run here once more so that refusal can be explained."""
    if (
        request.method != "POST"
        or not request.POST.get("action-workflow-action")
        or request.POST.get("workflow-action-name") != "approve"
        or getattr(request, REENTERED_ATTRIBUTE, False)
        or request.resolver_match is None
        or request.resolver_match.view_name != "wagtailadmin_pages:edit"
    ):
        return None
    setattr(request, REENTERED_ATTRIBUTE, True)
    try:
        return EditView.as_view()(request, page_id=page.pk)
    except PermissionDenied:
        logger.info("Saved the edit of %r by %s but refused its self-approval", page, request.user)
        messages.warning(request, publishing_guard.SELF_APPROVAL_AFTER_EDIT)
        return redirect("wagtailadmin_pages:edit", page.pk)


# --- saying what a workflow action did ---------------------------------------------------------------------------


def workflow_outcome(page):
    """What just happened to `page` after a reviewer's action, in the words the newsroom uses."""
    page = Page.objects.get(pk=page.pk).specific
    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    if state is None:
        return None
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Đã trả “%(title)s” cho người viết để chỉnh sửa; người viết nhận được thư báo kèm nhận xét.") % {
            "title": page.get_admin_display_title()
        }
    if state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state is not None:
        return _("Đã duyệt xong bước này; “%(title)s” chuyển sang bước “%(task)s”.") % {
            "title": page.get_admin_display_title(),
            "task": state.current_task_state.task.name,
        }
    if state.status == WorkflowState.STATUS_APPROVED:
        scheduled = page.scheduled_revision
        if scheduled is not None and scheduled.approved_go_live_at:
            return _("Đã phê duyệt “%(title)s”; bài sẽ tự xuất bản lúc %(time)s.") % {
                "title": page.get_admin_display_title(),
                "time": timezone.localtime(scheduled.approved_go_live_at).strftime("%H:%M %d/%m/%Y"),
            }
        if page.live and not page.has_unpublished_changes:
            return _("Đã phê duyệt và xuất bản “%(title)s”.") % {"title": page.get_admin_display_title()}
    return None


@hooks.register("after_edit_page")
def say_what_the_workflow_action_did(request, page):
    if not request.POST.get("action-workflow-action"):
        return
    if outcome := workflow_outcome(page):
        messages.success(request, outcome)


@hooks.register("before_edit_page")
def show_the_reviewers_note_to_the_author(request, page):
    """The note a reviewer typed when returning the page is otherwise only in the e-mail and behind "details"."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    returned = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .select_related("finished_by", "task")
        .order_by("-finished_at", "-pk")
        .first()
    )
    if returned is None:
        return None
    note = returned.get_comment()
    text = _("%(who)s đã trả bài ở bước “%(task)s” để chỉnh sửa.") % {
        "who": get_user_display_name(returned.finished_by) if returned.finished_by else _("Người duyệt"),
        "task": returned.task.name,
    }
    if note:
        text += " " + _("Nhận xét: “%(note)s”") % {"note": note}
    text += " " + _("Góp ý theo từng trường nằm trong bảng Nhận xét (biểu tượng bong bóng ở cạnh phải).")
    messages.warning(request, text)
    return None
