from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sections.taxonomy import Banner, ContributingUnit, Locality, Topic
from sections.views import LocalityImportView, LocalitySampleCsvView, can_import_localities


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "kind", "slug", "is_featured"]
    list_filter = ["kind", "is_featured"]
    search_fields = ["name"]


class LocalityViewSet(SnippetViewSet):
    model = Locality
    icon = "site"
    list_display = ["name", "kind", "code"]
    list_filter = ["kind"]
    search_fields = ["name"]


class ContributingUnitViewSet(SnippetViewSet):
    model = ContributingUnit
    icon = "group"
    list_display = ["name", "short_name", "phone", "email"]
    search_fields = ["name"]


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "link"
    list_display = ["title", "placement", "sort_order", "is_active"]
    list_filter = ["placement", "is_active"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Danh mục dùng chung")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (TopicViewSet, ContributingUnitViewSet, LocalityViewSet, BannerViewSet)


register_snippet(TaxonomyGroup)


# CSV import of wards and communes (localities) for the technical team.


@hooks.register("register_admin_urls")
def register_locality_import_urls():
    return [
        path("sections/localities/import/", LocalityImportView.as_view(), name="sections_locality_import"),
        path(
            "sections/localities/import/sample.csv",
            LocalitySampleCsvView.as_view(),
            name="sections_locality_import_sample",
        ),
    ]


class LocalityIndexView(SnippetIndexView):
    """The locality listing with an "import from CSV" button beside "add", for users who may import."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if can_import_localities(self.request.user):
            buttons.append(
                HeaderButton(_("Nhập từ tệp CSV"), url=reverse("sections_locality_import"), icon_name="upload")
            )
        return buttons


# Set after the class body so this feature stays in one block; snippet views are built from the viewset
# when the admin URLs load, after this module has run.
LocalityViewSet.index_view_class = LocalityIndexView


@hooks.register("insert_global_admin_js")
def vietnamese_slugs_js():
    return format_html('<script src="{}"></script>', static("sections/admin/vietnamese-slugs.js"))
