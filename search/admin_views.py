"""Admin reports for the technical team: what citizens search for, and what they search for and do not find.

Both are open to whoever manages the promoted results (the "Tổ kỹ thuật" group, see editorial/roles.py): they
are the people who act on them, by promoting a page for a popular query or asking the editors for what is missing.
Wagtail's own "Search terms" report is for superusers only, so the same report is served again here with that
permission check, in Vietnamese.
"""

import datetime
from urllib.parse import urlencode

import django_filters

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportFilterSet, SearchTermsReportView
from wagtail.models import Locale

from search.models import NoResultQuery

PROMOTION_PERMISSIONS = tuple(
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
)


def can_view_search_reports(user):
    return user.is_active and (
        user.is_superuser or any(user.has_perm(permission) for permission in PROMOTION_PERMISSIONS)
    )


def public_search_url(query_string, language_code):
    """The citizen search page for this query in that language, to see what readers see."""
    with translation.override(language_code):
        return f"{reverse('search')}?{urlencode({'q': query_string})}"


class SearchTermsFilterSet(SearchTermsReportFilterSet):
    hit_date = django_filters.DateFromToRangeFilter(
        label=_("Ngày tìm"), field_name="daily_hits__date", widget=DateRangePickerWidget
    )

    class Meta(SearchTermsReportFilterSet.Meta):
        pass


class SearchTermsReport(SearchTermsReportView):
    page_title = _("Từ khóa tìm kiếm")
    filterset_class = SearchTermsFilterSet
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    columns = [
        Column("query_string", label=_("Từ khóa"), sort_key="query_string"),
        NumberColumn("_hits", label=_("Số lần tìm"), sort_key="_hits"),
    ]
    export_headings = {"query_string": _("Từ khóa"), "_hits": _("Số lần tìm")}

    def get_filename(self):
        return f"tu-khoa-tim-kiem-{datetime.date.today():%Y-%m-%d}"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_reports(request.user):
            return permission_denied(request)
        # Past Wagtail's superuser-only check, to the report itself.
        return super(SearchTermsReportView, self).dispatch(request, *args, **kwargs)


class NoResultQueryFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Ngôn ngữ"), empty_label=_("Mọi ngôn ngữ"), queryset=Locale.objects.all()
    )
    last_seen = django_filters.DateFromToRangeFilter(label=_("Lần tìm gần nhất"), widget=DateRangePickerWidget)

    class Meta:
        model = NoResultQuery
        fields = ["locale", "last_seen"]


class NoResultQueriesReport(ReportView):
    """Queries that find nothing today, newest first (or most searched first, by the column heading); a query
    leaves the list as soon as it finds something."""

    page_title = _("Tìm kiếm không có kết quả")
    header_icon = "warning"
    index_url_name = "no_result_queries_report"
    index_results_url_name = "no_result_queries_report_results"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = NoResultQueryFilterSet
    default_ordering = "-last_seen"
    columns = [
        TitleColumn(
            "query_string",
            label=_("Từ khóa"),
            sort_key="query_string",
            get_url=lambda row: public_search_url(row.query_string, row.locale.language_code),
        ),
        NumberColumn("hits", label=_("Số lần tìm"), sort_key="hits"),
        DateColumn("last_seen", label=_("Lần tìm gần nhất"), sort_key="last_seen"),
        Column("language_name", label=_("Ngôn ngữ")),
    ]
    list_export = ["query_string", "hits", "first_seen", "last_seen", "language_name"]
    export_headings = {
        "query_string": _("Từ khóa"),
        "hits": _("Số lần tìm"),
        "first_seen": _("Lần tìm đầu tiên"),
        "last_seen": _("Lần tìm gần nhất"),
        "language_name": _("Ngôn ngữ"),
    }

    def get_base_queryset(self):
        return NoResultQuery.objects.select_related("locale")

    def get_filename(self):
        return f"tim-kiem-khong-co-ket-qua-{datetime.date.today():%Y-%m-%d}"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_reports(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
