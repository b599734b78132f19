"""Which pages are public, answered from a cached list of view restrictions instead of a query per listing.

Wagtail's `.public()` and its serve-time restriction check each cost queries on every request, although a
public portal almost never has a private page. We keep the restricted paths in the shared cache and drop
them whenever a restriction or the tree changes, so a page made private is hidden at once."""

import operator
from functools import reduce

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_slug_changed, post_page_move

CACHE_KEY = "portal:restricted-page-paths"
# A safety net for caches that other processes cannot clear (local memory in a multi-process deployment
# without Redis): a stale list lives at most this long.
CACHE_SECONDS = 60


def restricted_paths():
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def public_q():
    """A filter for pages outside every restricted subtree (empty when nothing is restricted)."""
    paths = restricted_paths()
    if not paths:
        return Q()
    return ~reduce(operator.or_, (Q(path__startswith=path) for path in paths))


def is_under_restriction(page):
    return any(page.path.startswith(path) for path in restricted_paths())


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_delete, sender=Page)
@receiver(post_page_move)
@receiver(page_slug_changed)
def forget_restricted_paths(**kwargs):
    cache.delete(CACHE_KEY)
