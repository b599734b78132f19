"""sitemap.xml covering every language tree of the site, not only the default locale's.

Each URL is a live, public page at its own language's address (`/vi/…`, `/en/…`). A page that has live, public
translations lists them, itself included, as `xhtml:link rel="alternate" hreflang` entries, with `x-default`
on the default language's version, the same set the page's own `<head>` announces.
"""

import operator
from functools import reduce

from django.conf import settings
from django.db.models import Count, F, Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    def pages(self):
        root = self.get_wagtail_site().root_page
        # Each locale's home page is a translation of the site root, a sibling in the tree.
        roots = [root, *root.get_translations()]
        in_any_tree = reduce(operator.or_, (Q(path__startswith=page.path) for page in roots))
        return Page.objects.filter(in_any_tree).live().public()

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates(pages)
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates.get(item.translation_key, [])) > 1:
                    url_info["alternates"] = alternates[item.translation_key]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        # As Wagtail's own sitemap: a lastmod for the whole sitemap only when every URL has one.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, pages):
        """{translation key: [{"lang_code", "location"}, …, x-default]} for the translated pages among `pages`.

        One query for the pages that exist in more than one language (a translation may sit on another page of a
        long sitemap); untranslated pages, most of the portal, are never fetched twice."""
        wanted = {page.translation_key for page in pages}
        translated_keys = (
            self.pages().order_by().values("translation_key").annotate(versions=Count("pk")).filter(versions__gt=1)
        )
        translations = (
            self.pages()
            .filter(translation_key__in=translated_keys.values("translation_key"))
            .annotate(language_code=F("locale__language_code"))
        )
        by_key = {}
        for translation in translations:
            if translation.translation_key in wanted:
                by_key.setdefault(translation.translation_key, {})[translation.language_code] = translation
        alternates = {}
        for key, versions in by_key.items():
            urls = {code: page.get_full_url(self.request) for code, page in versions.items()}
            entries = [{"lang_code": code, "location": urls[code]} for code, _ in settings.LANGUAGES if code in urls]
            if settings.LANGUAGE_CODE in urls:
                entries.append({"lang_code": "x-default", "location": urls[settings.LANGUAGE_CODE]})
            alternates[key] = entries
        return alternates
