"""The search reports in the admin's Reports menu, for whoever manages the promoted search results."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import NoResultQueriesReport, SearchTermsReport, can_view_search_reports

# Wagtail's own "Search terms" item, shown to superusers only; ours replaces it for everyone who may see it.
WAGTAIL_SEARCH_TERMS_ITEM = "search-terms"


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_search_reports(request.user)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("search-reports/terms/", SearchTermsReport.as_view(), name="search_terms_report"),
        path(
            "search-reports/terms/results/",
            SearchTermsReport.as_view(results_only=True),
            name="search_terms_report_results",
        ),
        path("search-reports/no-results/", NoResultQueriesReport.as_view(), name="no_result_queries_report"),
        path(
            "search-reports/no-results/results/",
            NoResultQueriesReport.as_view(results_only=True),
            name="no_result_queries_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchReportMenuItem(
        _("Từ khóa tìm kiếm"),
        reverse("search_terms_report"),
        name="search-terms-report",
        icon_name="search",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_no_result_queries_menu_item():
    return SearchReportMenuItem(
        _("Tìm kiếm không có kết quả"),
        reverse("no_result_queries_report"),
        name="no-result-searches",
        icon_name="warning",
        order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_item(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_ITEM]
