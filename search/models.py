"""What readers searched for and did not find, for the technical team, and the popular searches offered instead
of a blank page."""

import datetime

from django.db import IntegrityError, models, transaction
from django.db.models import Exists, F, OuterRef, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

POPULAR_DAYS = 30
POPULAR_LIMIT = 5
# A query typed by one or two people is not "popular" and may hold what they would not want shown to everyone
# (a name, a phone number); it takes this many searches in the period to be suggested.
POPULAR_MIN_HITS = 3


class NoResultQuery(models.Model):
    """A query that currently finds nothing in a language: how often it was searched and when last.

    A search with filters is not counted (the filters, not the portal's content, may be what excludes everything),
    and the row is removed as soon as the same query finds something again, so the report lists only the gaps that
    are still open."""

    query_string = models.CharField(_("từ khóa"), max_length=MAX_QUERY_STRING_LENGTH)
    locale = models.ForeignKey(Locale, verbose_name=_("ngôn ngữ"), on_delete=models.CASCADE, related_name="+")
    hits = models.PositiveIntegerField(_("số lần tìm"), default=0)
    first_seen = models.DateTimeField(_("lần đầu"), default=timezone.now)
    last_seen = models.DateTimeField(_("lần gần nhất"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("tìm kiếm không có kết quả")
        verbose_name_plural = _("tìm kiếm không có kết quả")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "locale"], name="unique_no_result_query_per_locale")
        ]

    def __str__(self):
        return self.query_string

    @property
    def language_name(self):
        return self.locale.get_display_name()

    @classmethod
    def record(cls, text, locale):
        """Count one more search for `text` in `locale` that found nothing."""
        query_string = normalise_query_string(text)
        now = timezone.now()
        rows = cls.objects.filter(query_string=query_string, locale=locale)
        if rows.update(hits=F("hits") + 1, last_seen=now):
            return
        try:
            # A savepoint: two readers may search the same new query at the same moment.
            with transaction.atomic():
                cls.objects.create(query_string=query_string, locale=locale, hits=1, first_seen=now, last_seen=now)
        except IntegrityError:
            rows.update(hits=F("hits") + 1, last_seen=now)

    @classmethod
    def forget(cls, text, locale):
        """`text` found something in `locale`: the gap, if there was one, is closed."""
        cls.objects.filter(query_string=normalise_query_string(text), locale=locale).delete()


def popular_queries(locale, *, exclude="", limit=POPULAR_LIMIT, days=POPULAR_DAYS):
    """The most searched queries of the last `days` days, most searched first, as typed (normalised).

    Wagtail counts searches per query string, not per language; a query that currently finds nothing in `locale`
    is left out, which also keeps the other language's searches from being suggested where they find nothing."""
    since = timezone.localdate() - datetime.timedelta(days=days)
    failing = NoResultQuery.objects.filter(locale=locale, query_string=OuterRef("query_string"))
    return list(
        Query.objects.filter(daily_hits__date__gte=since)
        .exclude(query_string=normalise_query_string(exclude))
        .exclude(Exists(failing))
        .annotate(recent_hits=Sum("daily_hits__hits"))
        .filter(recent_hits__gte=POPULAR_MIN_HITS)
        .order_by("-recent_hits", "query_string")
        .values_list("query_string", flat=True)[:limit]
    )
