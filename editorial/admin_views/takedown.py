"""Take-down in the admin: the "Gỡ bỏ" button on live articles, the form that asks for the reason, the audit log
action, and the take-down register (sổ gỡ bỏ), read-only for everyone."""

import django_filters

from django import forms
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import UserColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editorial.models import TakeDown
from editorial.takedown import (
    LOG_ACTION,
    TakeDownLogFormatter,
    can_take_down,
    supports_take_down,
    take_down,
    validate_take_down,
)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The register is written by the take-down action alone: nobody adds, edits or deletes its entries by hand,
    superusers included. Reading it takes Django's `view` permission."""

    WRITE_ACTIONS = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.WRITE_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in self.WRITE_ACTIONS])


# At import, before anything asks the registry for TakeDown's policy and gets the default one.
register_permission_policy(TakeDown, ReadOnlyPermissionPolicy(TakeDown))


@hooks.register("register_log_actions")
def register_take_down_log_action(actions):
    actions.register_action(LOG_ACTION)(TakeDownLogFormatter)


# --- The button on live articles ----------------------------------------------------------------------------------


class TakeDownMenuItem(PageMenuItem):
    label = _("Gỡ bỏ")
    icon_name = "warning"
    url_name = "editorial_take_down"

    def is_shown(self, user):
        return can_take_down(self.page, user)


@hooks.register("register_page_header_buttons")
def page_header_take_down_button(page, user, view_name, next_url=None):
    yield TakeDownMenuItem(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def page_listing_take_down_button(page, user, next_url=None):
    yield TakeDownMenuItem(page=page, next_url=next_url, priority=42)


# --- The take-down form -------------------------------------------------------------------------------------------


class TakeDownForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Lý do gỡ bỏ"),
        choices=TakeDown.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn lý do gỡ bỏ.")},
    )
    explanation = forms.CharField(
        label=_("Giải thích"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Ghi vào sổ gỡ bỏ; với bài thu hồi, bạn đọc thấy lời giải thích này ngay dưới tiêu đề bài."),
        error_messages={"required": _("Hãy ghi rõ lý do gỡ bỏ: nội dung này được lưu vào sổ gỡ bỏ.")},
    )
    replacement = forms.ModelChoiceField(
        label=_("Trang thay thế"),
        queryset=Page.objects.all(),
        required=False,
        widget=AdminPageChooser(can_choose_root=False),
        help_text=_(
            "Bắt buộc khi đã gộp vào trang khác (chuyển hướng vĩnh viễn); tùy chọn khi đăng nhầm (chuyển hướng tạm "
            "thời, không chọn thì địa chỉ cũ báo không tìm thấy); không dùng khi thu hồi."
        ),
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page

    def clean(self):
        cleaned_data = super().clean()
        if "reason" in cleaned_data and "explanation" in cleaned_data:
            replacement = cleaned_data.get("replacement")
            try:
                validate_take_down(self.page, cleaned_data["reason"], cleaned_data["explanation"], replacement)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned_data


class TakeDownView(WagtailAdminTemplateMixin, FormView):
    form_class = TakeDownForm
    template_name = "editorial/takedown/take_down.html"
    page_title = _("Gỡ bỏ")
    header_icon = "warning"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not supports_take_down(self.page):
            raise Http404
        permissions = self.page.permissions_for_user(request.user)
        if not self.page.live and permissions.can_publish():
            messages.warning(request, _("Trang “%(title)s” đang không xuất bản.") % {"title": self.page.title})
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        if not can_take_down(self.page, request.user):
            # A real 403 that says why, where Wagtail would send the user to the dashboard with a generic message.
            self.template_name = "editorial/takedown/forbidden.html"
            return self.render_to_response(self.get_context_data(), status=403)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.page}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            media=context["form"].media,
            action_url=self.request.get_full_path(),
            submit_button_label=_("Gỡ bỏ"),
            submit_button_active_label=_("Đang gỡ bỏ…"),
            reasons=TakeDown.Reason,
        )
        return context

    def form_valid(self, form):
        record = take_down(
            self.page,
            self.request.user,
            reason=form.cleaned_data["reason"],
            explanation=form.cleaned_data["explanation"],
            replacement=form.cleaned_data["replacement"],
        )
        messages.success(
            self.request,
            _("Đã gỡ bỏ “%(title)s”, lý do: %(reason)s. Việc gỡ đã được ghi vào sổ gỡ bỏ.")
            % {"title": record.page_title, "reason": record.get_reason_display()},
        )
        next_url = get_valid_next_url_from_request(self.request)
        return redirect(next_url or reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]))


@hooks.register("register_admin_urls")
def register_take_down_url():
    return [path("go-bo/<int:page_id>/", TakeDownView.as_view(), name="editorial_take_down")]


# --- The register -------------------------------------------------------------------------------------------------


class TakeDownFilterSet(WagtailFilterSet):
    reason = django_filters.ChoiceFilter(
        label=_("Lý do"), choices=TakeDown.Reason.choices, widget=forms.RadioSelect, empty_label=_("Tất cả")
    )
    taken_down_at = django_filters.DateFromToRangeFilter(label=_("Ngày gỡ"), widget=DateRangePickerWidget)
    locale = django_filters.ModelChoiceFilter(label=_("Ngôn ngữ"), queryset=Locale.objects.all())

    class Meta:
        model = TakeDown
        fields = ["reason", "taken_down_at", "locale"]


class TakeDownRegisterViewSet(ModelViewSet):
    model = TakeDown
    name = "take_downs"
    url_prefix = "so-go-bo"
    menu_label = _("Sổ gỡ bỏ")
    icon = "clipboard-list"
    menu_order = 270
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "page_title",
        "reason",
        "taken_down_at",
        "locale",
        UserColumn("taken_down_by", label=_("Người gỡ")),
        "replacement",
    ]
    filterset_class = TakeDownFilterSet
    search_fields = ["page_title", "page_url", "explanation"]
    list_export = [
        "taken_down_at",
        "page_title",
        "page_url",
        "locale",
        "get_reason_display",
        "explanation",
        "replacement",
        "get_taken_down_by_display",
    ]
    export_headings = {"get_reason_display": _("Lý do"), "get_taken_down_by_display": _("Người gỡ")}
    export_filename = "so-go-bo"
    inspect_view_fields = [
        "page_title",
        "page_url",
        "locale",
        "reason",
        "explanation",
        "replacement",
        "redirect",
        "taken_down_by",
        "taken_down_at",
    ]

    def get_urlpatterns(self):
        # Read-only: the listing, its results and the detail view; no add, edit, copy or delete view exists.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{self.pk_path_converter}:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        # The group editor offers the one permission that means something here: reading the register.
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(TakeDown), codename="view_takedown"
        )


@hooks.register("register_admin_viewset")
def register_take_down_register():
    return TakeDownRegisterViewSet()
