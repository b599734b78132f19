from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from about.models import Director


class DirectorViewSet(SnippetViewSet):
    model = Director
    icon = "user"
    list_display = ["name", "position", "sort_order"]
    menu_order = 260
    add_to_admin_menu = True


register_snippet(DirectorViewSet)
