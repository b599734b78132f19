"""Wagtail's read-only API v2: pages, images and documents, as DESIGN.md's contract points list.

Languages in `/api/v2/pages/`: `?locale=en` lists only English pages and `?locale=vi` only Vietnamese ones
(Wagtail's locale filter, combinable with `type`, `child_of`, `search`…); `?translation_of=<id>` gives a page's
translations. Without `locale` the listing covers both language trees of the site, as the sitemap does, and every
item names its language in `meta.locale`: the API is not under a language prefix, so it has no language of its
own to default to, and hiding the English tree from a client that did not ask would make it undiscoverable. An
unknown locale code answers 404. Only live, public pages are listed in any case.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
