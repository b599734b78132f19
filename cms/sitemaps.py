"""sitemap.xml covering every language tree of the site, not only the default locale's."""

import operator
from functools import reduce

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        # Each locale's home page is a translation of the site root, a sibling in the tree.
        roots = [root, *root.get_translations()]
        in_any_tree = reduce(operator.or_, (Q(path__startswith=page.path) for page in roots))
        return Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
