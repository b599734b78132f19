"""Search statistics are pruned once a day (search/housekeeping.py, run by the scheduler)."""

import datetime

import pytest

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from editorial.scheduler import Scheduler
from search.models import NoResultQuery

pytestmark = pytest.mark.django_db


def _searched(text, days_ago, hits=1):
    query = Query.get(text)
    QueryDailyHits.objects.create(query=query, date=timezone.localdate() - datetime.timedelta(days=days_ago), hits=hits)
    return query


def _no_result(text, locale, days_ago):
    seen = timezone.now() - datetime.timedelta(days=days_ago)
    return NoResultQuery.objects.create(query_string=text, locale=locale, hits=1, first_seen=seen, last_seen=seen)


def test_the_scheduler_prunes_what_has_aged_out_and_keeps_the_rest(portal):
    vi = portal.locales.vi
    recent = _searched("lễ hội gióng", days_ago=3, hits=40)
    _searched("lễ hội gióng", days_ago=200, hits=5)
    _searched("số điện thoại 0912", days_ago=120)
    promoted = _searched("lịch tiếp dân", days_ago=150)
    SearchPromotion.objects.create(query=promoted, page=portal.news, sort_order=0)
    _no_result("ve xem mua roi", vi, days_ago=10)
    _no_result("giai bong da 2019", vi, days_ago=100)

    Scheduler(pass_function=lambda: None).run_once()

    # The last 90 days of hits stay, for the popular searches report; older ones and queries left without hits go.
    assert list(QueryDailyHits.objects.values_list("query__query_string", "hits")) == [("lễ hội gióng", 40)]
    assert set(Query.objects.values_list("query_string", flat=True)) == {recent.query_string, "lịch tiếp dân"}
    # A query editors promote results for stays, hits or not.
    assert SearchPromotion.objects.filter(query__query_string="lịch tiếp dân").exists()
    assert list(NoResultQuery.objects.values_list("query_string", flat=True)) == ["ve xem mua roi"]
