"""The activity report in the admin (Báo cáo hoạt động): a page of accessible bar charts for a month, a quarter
or a year, and the same figures as XLSX and CSV downloads. The figures themselves live in editorial.reports."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from editorial.reports import QUARTER_NUMERALS, Period, build_report, report_csv, report_xlsx

PERMISSION = "editorial.view_activity_report"
FIRST_YEAR, LAST_YEAR = 2000, 2100
PERIOD_FIELDS = ("kind", "year", "month", "quarter")


def can_view_activity_report(user):
    return user.has_perm(PERMISSION)


class PeriodForm(forms.Form):
    """The period picker. Without JavaScript every field shows; the kind of period says which one applies."""

    kind = forms.ChoiceField(
        label=_("Kỳ báo cáo"),
        choices=[(Period.MONTH, _("Tháng")), (Period.QUARTER, _("Quý")), (Period.YEAR, _("Năm"))],
        error_messages={
            "required": _("Hãy chọn kỳ báo cáo: tháng, quý hoặc năm."),
            "invalid_choice": _("Kỳ báo cáo phải là tháng, quý hoặc năm."),
        },
    )
    year = forms.IntegerField(
        label=_("Năm"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "required": _("Hãy nhập năm, ví dụ 2025."),
            "invalid": _("Năm phải là một số, ví dụ 2025."),
            "min_value": _("Năm phải từ %(limit_value)s trở đi."),
            "max_value": _("Năm không được sau %(limit_value)s."),
        },
    )
    month = forms.TypedChoiceField(
        label=_("Tháng"),
        choices=[(number, str(number)) for number in range(1, 13)],
        coerce=int,
        required=False,
        help_text=_("Dùng khi kỳ báo cáo là tháng."),
        error_messages={"invalid_choice": _("Tháng phải từ 1 đến 12.")},
    )
    quarter = forms.TypedChoiceField(
        label=_("Quý"),
        choices=list(QUARTER_NUMERALS.items()),
        coerce=int,
        required=False,
        help_text=_("Dùng khi kỳ báo cáo là quý."),
        error_messages={"invalid_choice": _("Quý phải từ I đến IV (1 đến 4).")},
    )

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if kind == Period.MONTH and not cleaned_data.get("month") and "month" not in self.errors:
            self.add_error("month", _("Hãy chọn tháng."))
        if kind == Period.QUARTER and not cleaned_data.get("quarter") and "quarter" not in self.errors:
            self.add_error("quarter", _("Hãy chọn quý."))
        return cleaned_data

    def period(self):
        data = self.cleaned_data
        number = {Period.MONTH: data.get("month"), Period.QUARTER: data.get("quarter")}.get(data["kind"], 1)
        return Period(data["kind"], data["year"], number)

    @classmethod
    def initial_for(cls, period):
        initial = {"kind": period.kind, "year": period.year}
        if period.kind == Period.MONTH:
            initial["month"] = period.number
        elif period.kind == Period.QUARTER:
            initial["quarter"] = period.number
        return initial


def read_period(query):
    """The period asked for in the query string, or the last complete month when nothing (valid) was asked."""
    default = Period.last_complete_month()
    if not any(name in query for name in PERIOD_FIELDS):
        return PeriodForm(initial=PeriodForm.initial_for(default)), default
    form = PeriodForm(query)
    if form.is_valid():
        return form, form.period()
    return form, default


class ActivityReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/reports/activity_report.html"
    page_title = _("Báo cáo hoạt động")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_activity_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form, self.period = read_period(request.GET)
        self.report = build_report(self.period)
        export = request.GET.get("export")
        if export == "xlsx":
            return self.download(
                report_xlsx(self.report), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
        if export == "csv":
            return self.download(report_csv(self.report), "csv", "text/csv; charset=utf-8")
        return super().get(request, *args, **kwargs)

    def download(self, content, extension, content_type):
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="bao-cao-hoat-dong-{self.period.slug}.{extension}"'
        return response

    def export_url(self, extension):
        period = self.period
        query = {"kind": period.kind, "year": period.year, "export": extension}
        if period.kind == Period.MONTH:
            query["month"] = period.number
        elif period.kind == Period.QUARTER:
            query["quarter"] = period.number
        return f"{reverse('editorial_activity_report')}?{urlencode(query)}"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @property
    def header_buttons(self):
        return [
            HeaderButton(_("Tải Excel (.xlsx)"), url=self.export_url("xlsx"), icon_name="download", priority=10),
            HeaderButton(_("Tải CSV (.csv)"), url=self.export_url("csv"), icon_name="download", priority=20),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            period=self.period,
            charts=[chart_rows(result) for result in self.report.results],
            xlsx_url=self.export_url("xlsx"),
            csv_url=self.export_url("csv"),
        )
        return context


def chart_rows(result):
    """A figure ready for the bar chart: each bar's width is relative to the largest count, so the largest row
    fills the track; the share is of the total."""
    largest = max((count for _label, count in result.rows), default=0)
    total = result.total
    rows = [
        {
            "label": label,
            "count": count,
            "share": count * 100 / total if total else 0,
            # A CSS length, written with a dot whatever the interface language's decimal separator.
            "width": f"{count * 100 / largest if largest else 0:.1f}%",
        }
        for label, count in result.rows
    ]
    return {"figure": result.figure, "rows": rows, "total": total}


class ActivityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_activity_report(request.user)


@hooks.register("register_admin_urls")
def register_activity_report_urls():
    return [path("editorial/reports/activity/", ActivityReportView.as_view(), name="editorial_activity_report")]


@hooks.register("register_reports_menu_item")
def register_activity_report_menu_item():
    return ActivityReportMenuItem(
        _("Báo cáo hoạt động"),
        reverse("editorial_activity_report"),
        name="activity-report",
        icon_name="table",
        order=100,
    )
