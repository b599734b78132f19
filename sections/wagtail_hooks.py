from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sections.taxonomy import Banner, ContributingUnit, Locality, Topic


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
