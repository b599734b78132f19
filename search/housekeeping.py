"""Search statistics kept no longer than they serve: run once a day by the scheduler (`manage.py run_scheduler`).

Every distinct query a reader types becomes a row of Wagtail's search promotions `Query`, with a row of daily hits
for each day it is searched, and every query that finds nothing a `NoResultQuery`: on a public portal that is
thousands of rows a day, most of them typed once. Kept are the last WAGTAILSEARCH_HITS_MAX_AGE days of daily hits
(the admin's popular searches report and the suggestions read 30), the queries editors promote results for, and
the no-result queries searched again within NO_RESULT_MAX_AGE_DAYS."""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import NoResultQuery

logger = logging.getLogger(__name__)

DEFAULT_NO_RESULT_MAX_AGE_DAYS = 90


@dataclass
class PruneReport:
    daily_hits: int = 0
    queries: int = 0
    no_result_queries: int = 0


def prune_search_statistics():
    """Delete the search statistics that have aged out; returns what was deleted."""
    hits_before = QueryDailyHits.objects.count()
    QueryDailyHits.garbage_collect()
    queries_before = Query.objects.count()
    # Wagtail keeps a query while editors promote results for it.
    Query.garbage_collect()
    max_age = getattr(settings, "NO_RESULT_MAX_AGE_DAYS", DEFAULT_NO_RESULT_MAX_AGE_DAYS)
    cutoff = timezone.now() - datetime.timedelta(days=max_age)
    no_result_deleted, _by_model = NoResultQuery.objects.filter(last_seen__lt=cutoff).delete()
    report = PruneReport(
        daily_hits=hits_before - QueryDailyHits.objects.count(),
        queries=queries_before - Query.objects.count(),
        no_result_queries=no_result_deleted,
    )
    logger.info(
        _("Thống kê tìm kiếm: đã xóa %(hits)s lượt theo ngày, %(queries)s từ khóa, %(gaps)s từ khóa không có kết quả."),
        {"hits": report.daily_hits, "queries": report.queries, "gaps": report.no_result_queries},
    )
    return report
