"""The editorial plan (kế hoạch viết tin, bài) in the admin: the board's list of assignments, the "Viết bài"
action that starts an article from an assignment, "Việc của tôi", "Quá hạn theo đơn vị", "Kế hoạch tháng này"
and the dashboard panel of the signed-in writer's open work."""

import calendar
from datetime import date, timedelta

import django_filters

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Count, ExpressionWrapper, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column, UserColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from editorial import reports
from editorial.models import Assignment
from editorial.plan import (
    DraftRefused,
    can_write_in,
    check_can_start,
    late_condition,
    open_assignments,
    overdue,
    overdue_by_unit,
    overdue_condition,
    page_status,
    start_draft,
    with_deadline_flags,
)
from sections.models import ArticlePage, SectionPage
from sections.taxonomy import ContributingUnit

Status = Assignment.Status
OVERDUE = "overdue"  # the status filter's extra choice: derived, never stored
DASHBOARD_LIMIT = 5
RECENTLY_PUBLISHED_LIMIT = 10


def field_label(name):
    return capfirst(Assignment._meta.get_field(name).verbose_name)


def can_view_plan(user):
    """The board and whoever was given any permission on assignments (view, add, change, delete)."""
    return policy_registry.get_by_type(Assignment).user_has_any_permission(user, ["add", "change", "delete", "view"])


def vietnamese_sections():
    return SectionPage.objects.filter(locale=Locale.get_default()).order_by("path")


def section_label(section):
    # Sections nest (Văn hóa › Di sản): indent by depth, top-level sections sit right under a home page.
    return "— " * max(section.depth - 3, 0) + section.title


def plan_url(instance, user):
    """Where an assignment's title leads: its edit form for the board, its read-only view for other readers."""
    policy = policy_registry.get_by_type(Assignment)
    if policy.user_has_permission(user, "change"):
        return reverse(AssignmentViewSet.url_name("edit"), args=[instance.pk])
    if can_view_plan(user):
        return reverse(AssignmentViewSet.url_name("inspect"), args=[instance.pk])
    return ""


def with_pages(queryset):
    """Assignments with their articles and the articles' open workflows: deciding whether a writer may open an
    article in review reads them, and fetching them together avoids a query per row."""
    return queryset.prefetch_related(Prefetch("page", queryset=ArticlePage.objects.prefetch_workflow_states()))


def mark_writable(assignments, user):
    """Set `can_write` (may start its article here) and `page_url` (the article's editor) on each assignment."""
    for assignment in assignments:
        assignment.can_write = assignment.page_id is None and (
            assignment.assignee_id == user.pk or can_write_in(user, assignment.section)
        )
        assignment.page_url = (
            reverse("wagtailadmin_pages:edit", args=[assignment.page_id])
            if assignment.page_id and assignment.page.permissions_for_user(user).can_edit()
            else ""
        )
    return assignments


# The board's form.


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return section_label(obj)


def admin_users():
    """People who can sign in to the admin, the only ones who can write an assigned article."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(
                groups__permissions__codename="access_admin",
                groups__permissions__content_type__app_label="wagtailadmin",
            )
            | Q(
                user_permissions__codename="access_admin",
                user_permissions__content_type__app_label="wagtailadmin",
            )
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class AssigneeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        name = obj.get_full_name().strip()
        return f"{name} ({obj.get_username()})" if name else obj.get_username()


class AssignmentForm(WagtailAdminModelForm):
    section = SectionChoiceField(
        queryset=SectionPage.objects.none(),
        label=pgettext_lazy("một chuyên mục", "Chuyên mục"),
        help_text=gettext_lazy("Chuyên mục tiếng Việt nơi bài viết sẽ được đăng."),
    )
    assignee = AssigneeChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        label=gettext_lazy("Người thực hiện"),
        help_text=gettext_lazy("Người viết bài; đề tài hiện trong mục “Việc của tôi” của người này."),
    )

    field_help = {
        "title": gettext_lazy("Tên đề tài; bài viết tạo từ đề tài lấy tên này làm tiêu đề ban đầu."),
        "format": gettext_lazy("Tin, bài viết, cập nhật, phóng sự ảnh hay video clip."),
        "unit": gettext_lazy("Đơn vị chịu trách nhiệm viết và cung cấp bài."),
        "due_date": gettext_lazy("Ngày bài phải được đăng; qua ngày này mà chưa đăng thì đề tài bị tính là quá hạn."),
        "notes": gettext_lazy("Yêu cầu của Ban biên tập: góc độ, nguồn tin, ảnh, độ dài."),
        "page": gettext_lazy("Để trống: bài viết được gắn tự động khi người thực hiện bấm “Viết bài”."),
    }

    class Meta:
        model = Assignment
        fields = ["title", "section", "format", "unit", "assignee", "due_date", "notes", "page"]
        # A one-to-one link misses Wagtail's page-chooser default for page foreign keys: a select of every
        # article of the portal would be unusable.
        widgets = {"page": AdminPageChooser(target_models=[ArticlePage])}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = vietnamese_sections()
        self.fields["assignee"].queryset = admin_users()
        self.fields["unit"].queryset = ContributingUnit.objects.filter(locale=Locale.get_default())
        for name, text in self.field_help.items():
            self.fields[name].help_text = text

    def save(self, commit=True):
        assignment = super().save(commit=False)
        # The board linked an article by hand (or removed the link): the status follows the page from now on.
        if "page" in self.changed_data:
            if assignment.page is None:
                assignment.status, assignment.published_at = Status.ASSIGNED, None
            else:
                assignment.status, assignment.published_at = page_status(assignment.page)
        if commit:
            assignment.save()
            self.save_m2m()
        return assignment


# The board's listing.


class DueDateColumn(Column):
    cell_template_name = "editorial/plan/cells/due_date.html"


class StatusColumn(Column):
    cell_template_name = "editorial/plan/cells/status.html"


def month_label(day):
    return reports.month_label(day.month, day.year)


def due_months():
    return [(f"{day:%Y-%m}", month_label(day)) for day in Assignment.objects.dates("due_date", "month", order="DESC")]


class SectionFilterField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return section_label(obj)


class SectionFilter(django_filters.ModelChoiceFilter):
    field_class = SectionFilterField


class AssignmentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Trạng thái"),
        choices=[*Status.choices, (OVERDUE, gettext_lazy("Quá hạn"))],
        method="filter_status",
        empty_label=gettext_lazy("Tất cả"),
        widget=forms.RadioSelect,
    )
    unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Đơn vị thực hiện"),
        queryset=lambda request: ContributingUnit.objects.filter(locale=Locale.get_default()),
        empty_label=gettext_lazy("Tất cả"),
    )
    section = SectionFilter(
        label=pgettext_lazy("một chuyên mục", "Chuyên mục"),
        queryset=lambda request: vietnamese_sections(),
        empty_label=gettext_lazy("Tất cả"),
    )
    due_month = django_filters.ChoiceFilter(
        label=gettext_lazy("Tháng đến hạn"),
        choices=due_months,
        method="filter_due_month",
        empty_label=gettext_lazy("Tất cả"),
    )

    class Meta:
        model = Assignment
        fields = []

    def filter_status(self, queryset, name, value):
        if value == OVERDUE:
            return overdue(queryset)
        return queryset.filter(status=value)

    def filter_due_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(due_date__year=year, due_date__month=month)


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        # Unless a column is clicked: open work first, the nearest deadline (so the overdue) on top.
        published_last = ExpressionWrapper(Q(status=Status.PUBLISHED), output_field=BooleanField())
        return (
            with_pages(with_deadline_flags(super().get_base_queryset()))
            # The assignee column shows each person's avatar, kept in their Wagtail profile.
            .select_related("section", "unit", "assignee__wagtail_userprofile")
            .order_by(published_last, "due_date", "title")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if instance.page_id is None:
            if instance.assignee_id == user.pk or can_write_in(user, instance.section):
                buttons.append(
                    ListingMenuItem(
                        _("Viết bài"),
                        url=f"{reverse(AssignmentViewSet.url_name('write'), args=[instance.pk])}?next={self.index_url}",
                        icon_name="edit",
                        priority=5,
                    )
                )
        elif instance.page.permissions_for_user(user).can_edit():
            buttons.append(
                ListingMenuItem(
                    _("Mở bài viết"),
                    url=reverse("wagtailadmin_pages:edit", args=[instance.page_id]),
                    icon_name="doc-full",
                    priority=5,
                )
            )
        return buttons


class AssignmentCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


# The plan's own pages.


class PlanPageMixin(WagtailAdminTemplateMixin):
    """An admin page of the plan under the dashboard's breadcrumb; `plan_readers_only` pages need a permission on
    assignments, the others are every admin user's own."""

    plan_readers_only = True

    def dispatch(self, request, *args, **kwargs):
        if self.plan_readers_only and not can_view_plan(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        return context


class MyAssignmentsView(PlanPageMixin, TemplateView):
    template_name = "editorial/plan/my_assignments.html"
    page_title = gettext_lazy("Việc của tôi")
    header_icon = "tasks"
    plan_readers_only = False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        mine = with_pages(Assignment.objects.filter(assignee=user).select_related("section", "unit"))
        context["open_assignments"] = mark_writable(list(with_deadline_flags(open_assignments(mine))), user)
        context["published_assignments"] = mark_writable(
            list(
                with_deadline_flags(mine.filter(status=Status.PUBLISHED)).order_by("-published_at")[
                    :RECENTLY_PUBLISHED_LIMIT
                ]
            ),
            user,
        )
        context["here"] = reverse(AssignmentViewSet.url_name("mine"))
        for assignment in context["open_assignments"]:
            assignment.plan_url = plan_url(assignment, user)
        return context


class OverdueByUnitView(PlanPageMixin, TemplateView):
    template_name = "editorial/plan/overdue_by_unit.html"
    page_title = gettext_lazy("Quá hạn theo đơn vị")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = context["today"]
        groups = overdue_by_unit(today=today)
        items = overdue(Assignment.objects.select_related("section", "assignee"), today).order_by("due_date", "title")
        by_unit = {}
        for assignment in items:
            assignment.days_late = (today - assignment.due_date).days
            assignment.plan_url = plan_url(assignment, self.request.user)
            by_unit.setdefault(assignment.unit_id, []).append(assignment)
        for group in groups:
            group["assignments"] = by_unit.get(group["unit"], [])
        context["groups"] = groups
        context["total"] = sum(group["count"] for group in groups)
        return context


class MonthPlanView(PlanPageMixin, TemplateView):
    template_name = "editorial/plan/month_plan.html"
    page_title = gettext_lazy("Kế hoạch tháng này")
    header_icon = "calendar"

    def month(self):
        """The month asked for (?month=YYYY-MM), this month otherwise."""
        try:
            year, month = (int(part) for part in self.request.GET.get("month", "").split("-"))
            return date(year, month, 1)
        except ValueError:
            return timezone.localdate().replace(day=1)

    def get_page_title(self):
        first = self.month()
        if first == timezone.localdate().replace(day=1):
            return super().get_page_title()
        return _("Kế hoạch %(month)s") % {"month": month_label(first).lower()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = context["today"]
        first = self.month()
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        in_month = Assignment.objects.filter(due_date__range=(first, last))
        context["summary"] = in_month.aggregate(
            total=Count("pk"),
            published=Count("pk", filter=Q(status=Status.PUBLISHED)),
            late=Count("pk", filter=late_condition()),
            overdue=Count("pk", filter=overdue_condition(today)),
            in_review=Count("pk", filter=Q(status=Status.IN_REVIEW)),
        )
        assignments = list(with_deadline_flags(in_month, today).select_related("section", "unit", "assignee"))
        for assignment in assignments:
            assignment.plan_url = plan_url(assignment, self.request.user)
        context["assignments"] = assignments
        context["month"] = first
        context["month_name"] = month_label(first)
        base = reverse(AssignmentViewSet.url_name("month"))
        previous = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
        following = last + timedelta(days=1)
        context["previous_url"] = f"{base}?month={previous:%Y-%m}"
        context["next_url"] = f"{base}?month={following:%Y-%m}"
        context["previous_name"], context["next_name"] = month_label(previous), month_label(following)
        return context


class WriteArticleView(PlanPageMixin, TemplateView):
    """The "Viết bài" action: asks once (GET), then creates the draft under the section and opens it (POST)."""

    template_name = "editorial/plan/write.html"
    page_title = gettext_lazy("Viết bài")
    header_icon = "edit"
    plan_readers_only = False

    def dispatch(self, request, pk):
        self.assignment = get_object_or_404(
            Assignment.objects.select_related("section", "unit", "assignee", "page"), pk=pk
        )
        return super().dispatch(request, pk)

    @cached_property
    def next_url(self):
        if url := get_valid_next_url_from_request(self.request):
            return url
        if self.assignment.assignee_id != self.request.user.pk and can_view_plan(self.request.user):
            return reverse(AssignmentViewSet.url_name("index"))
        return reverse(AssignmentViewSet.url_name("mine"))

    def refuse(self, refusal):
        buttons, page = [], refusal.page
        if page is not None and page.permissions_for_user(self.request.user).can_edit():
            buttons.append(messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Mở bài viết")))
        elif page is not None and page.live:
            buttons.append(messages.button(page.get_url(self.request), _("Xem bài đã đăng"), new_window=True))
        messages.error(self.request, refusal.message, buttons=buttons)
        return redirect(self.next_url)

    def get(self, request, *args, **kwargs):
        try:
            check_can_start(self.assignment, request.user)
        except DraftRefused as refusal:
            return self.refuse(refusal)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            page = start_draft(self.assignment, request.user)
        except DraftRefused as refusal:
            return self.refuse(refusal)
        messages.success(
            request,
            _("Đã tạo bản nháp “%(title)s” trong chuyên mục “%(section)s”. Hãy viết sapo, nội dung rồi gửi duyệt.")
            % {"title": page.title, "section": self.assignment.section.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assignment"] = self.assignment
        context["next_url"] = self.next_url
        return context


# Registration: the viewset, the plan's submenu and the dashboard panel.


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    name = "editorial_plan"
    url_prefix = "editorial/plan"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Tất cả đề tài")
    index_view_class = AssignmentIndexView
    add_view_class = AssignmentCreateView
    # Also registers the "view" permission, so a group can be given read-only access to the plan.
    inspect_view_enabled = True
    list_display = [
        "title",
        Column("section", label=field_label("section"), accessor="section.title", sort_key="section__title"),
        "format",
        Column("unit", label=field_label("unit"), accessor="unit.name", sort_key="unit__name"),
        UserColumn("assignee", label=field_label("assignee"), sort_key="assignee__first_name"),
        DueDateColumn("due_date", label=field_label("due_date"), sort_key="due_date"),
        StatusColumn("status", label=field_label("status"), sort_key="status"),
    ]
    filterset_class = AssignmentFilterSet
    search_fields = ["title"]
    search_backend_name = None  # not an indexed model: the database's own title search
    inspect_view_fields = ["title", "section", "format", "unit", "assignee", "due_date", "notes", "page", "status"]
    panels = [
        FieldPanel("title"),
        FieldPanel("section"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("assignee"), FieldPanel("due_date")]),
        FieldPanel("notes"),
        FieldPanel("page"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=AssignmentForm).bind_to_model(Assignment)

    @classmethod
    def url_name(cls, view_name):
        return f"{cls.name}:{view_name}"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("write/<int:pk>/", WriteArticleView.as_view(), name="write"),
            path("mine/", MyAssignmentsView.as_view(), name="mine"),
            path("overdue/", OverdueByUnitView.as_view(), name="overdue"),
            path("month/", MonthPlanView.as_view(), name="month"),
        ]


class PlanReaderMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_plan(request.user)


class PlanMenu(ViewSetGroup):
    menu_label = gettext_lazy("Kế hoạch viết tin, bài")
    menu_icon = "calendar-alt"
    menu_order = 260
    items = (AssignmentViewSet,)

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            # Lazy labels: the menu is built once and then shown to each user in their own language.
            MenuItem(
                gettext_lazy("Việc của tôi"), reverse(AssignmentViewSet.url_name("mine")), icon_name="tasks", order=2
            ),
            PlanReaderMenuItem(
                gettext_lazy("Kế hoạch tháng này"),
                reverse(AssignmentViewSet.url_name("month")),
                icon_name="calendar",
                order=3,
            ),
            PlanReaderMenuItem(
                gettext_lazy("Quá hạn theo đơn vị"),
                reverse(AssignmentViewSet.url_name("overdue")),
                icon_name="warning",
                order=4,
            ),
        ]


@hooks.register("register_admin_viewset")
def register_plan():
    return PlanMenu()


class MyAssignmentsPanel(Component):
    name = "my_assignments"
    template_name = "editorial/plan/dashboard_panel.html"
    order = 150  # above Wagtail's moderation panels: the writer's own deadlines come first

    def __init__(self, assignments):
        self.assignments = assignments

    def get_context_data(self, parent_context):
        return {
            "assignments": self.assignments,
            "mine_url": reverse(AssignmentViewSet.url_name("mine")),
            "home_url": reverse("wagtailadmin_home"),
            "today": timezone.localdate(),
        }


@hooks.register("construct_homepage_panels")
def add_my_assignments_panel(request, panels):
    mine = with_pages(open_assignments(Assignment.objects.filter(assignee=request.user)).select_related("section"))
    assignments = mark_writable(list(with_deadline_flags(mine)[:DASHBOARD_LIMIT]), request.user)
    if assignments:
        panels.append(MyAssignmentsPanel(assignments))
