"""Admin hooks that keep the roles (editorial/roles.py) within their powers where Wagtail's permissions alone
would let them stray:

- contributors, who may only add pages, do not see other people's drafts in the page explorer;
- the technical team manages accounts but cannot use that to approve content: a non-administrator cannot grant
  administrator status, cannot edit or switch off an administrator's account (and so cannot reset its password),
  and cannot change their own groups.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page
from wagtail.permissions import policy_registry

from sections.models import SectionPage


def editable_subtree_paths(user):
    """Tree paths under which the user may edit any page (Wagtail's `change_page`)."""
    policy = policy_registry.get_by_type(Page)
    return [
        perm.page.path
        for perm in policy.get_cached_permissions_for_user(user)
        if perm.permission.codename == "change_page"
    ]


@hooks.register("construct_explorer_page_queryset")
def hide_other_peoples_drafts(parent_page, pages, request):
    """A draft belongs to its author until it is published: someone who may only add pages sees live pages, their
    own drafts, and drafts under pages where they may edit anything."""
    user = request.user
    if user.is_superuser:
        return pages
    visible = Q(live=True) | Q(owner=user)
    for path in editable_subtree_paths(user):
        visible |= Q(path__startswith=path)
    return pages.filter(visible)


def _ticks_administrator(request):
    return forms.BooleanField(required=False).clean(request.POST.get("is_superuser"))


def _refuse(request, message, to):
    messages.error(request, message)
    return redirect(to)


@hooks.register("before_create_user")
def refuse_creating_administrators(request):
    if request.user.is_superuser or request.method != "POST" or not _ticks_administrator(request):
        return None
    return _refuse(
        request,
        _("Chỉ quản trị toàn quyền mới cấp được quyền quản trị toàn quyền."),
        request.get_full_path(),
    )


@hooks.register("before_edit_user")
def refuse_escalation_on_edit(request, user):
    if request.user.is_superuser:
        return None
    if user.is_superuser:
        return _refuse(
            request,
            _("Chỉ quản trị toàn quyền mới sửa được tài khoản quản trị toàn quyền."),
            "wagtailusers_users:index",
        )
    if request.method != "POST":
        return None
    if _ticks_administrator(request):
        return _refuse(
            request, _("Chỉ quản trị toàn quyền mới cấp được quyền quản trị toàn quyền."), request.get_full_path()
        )
    if user == request.user:
        current = {str(pk) for pk in user.groups.values_list("pk", flat=True)}
        if set(request.POST.getlist("groups")) != current:
            return _refuse(
                request,
                _("Không thể tự đổi nhóm quyền của chính mình; hãy nhờ một người khác trong Tổ kỹ thuật."),
                request.get_full_path(),
            )
    return None


@hooks.register("before_bulk_action")
def refuse_escalation_in_bulk(request, action_type, objects, action_class_instance):
    if request.user.is_superuser or action_class_instance.model is not get_user_model():
        return None
    if any(user.is_superuser for user in objects):
        return _refuse(
            request,
            _("Chỉ quản trị toàn quyền mới thao tác được trên tài khoản quản trị toàn quyền."),
            "wagtailusers_users:index",
        )
    if action_type == "assign_role" and request.user in objects:
        return _refuse(
            request,
            _("Không thể tự đổi nhóm quyền của chính mình; hãy nhờ một người khác trong Tổ kỹ thuật."),
            "wagtailusers_users:index",
        )
    return None


@hooks.register("before_create_page")
def only_the_board_creates_sections(request, parent_page, page_class):
    """A section is part of the portal's structure, not a contributor's article: Wagtail offers "Chuyên mục"
    beside "Bài viết" to anyone who may add pages under a section, so those without the right to publish there
    (contributors, the secretariat) are sent to the article form instead."""
    if not issubclass(page_class, SectionPage) or parent_page.permissions_for_user(request.user).can_publish_subpage():
        return None
    messages.warning(
        request,
        _("Chỉ Ban biên tập tạo chuyên mục mới. Bạn đang viết một bài trong “%(section)s”.")
        % {"section": parent_page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:add", "sections", "articlepage", parent_page.pk)
