"""Each section's RSS feed: its own live articles, newest first, in the section's language."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.utils import timezone

from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory


def published(days_ago):
    return timezone.now() - datetime.timedelta(days=days_ago)


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own server's response
    return channel, [item.findtext("title") for item in channel.findall("item")]


@pytest.mark.django_db
def test_section_feed_lists_its_live_articles_newest_first(client, portal):
    ArticlePageFactory(parent=portal.news, title="Tin cũ nhất", first_published_at=published(3))
    ArticlePageFactory(parent=portal.news, title="Tin mới nhất", first_published_at=published(0))
    ArticlePageFactory(parent=portal.news, title="Tin hôm qua", first_published_at=published(1))
    ArticlePageFactory(parent=portal.news, title="Bản nháp chưa duyệt", live=False, first_published_at=None)
    ArticlePageFactory(parent=portal.culture, title="Tin của chuyên mục Văn hóa", first_published_at=published(0))

    channel, titles = read_feed(client, "/vi/tin-tuc-su-kien/rss/")

    assert titles == ["Tin mới nhất", "Tin hôm qua", "Tin cũ nhất"]
    assert channel.findtext("title") == "Tin tức - Sự kiện"
    assert channel.findtext("language") == "vi"
    first = channel.find("item")
    assert first.findtext("link").endswith("/vi/tin-tuc-su-kien/tin-moi-nhat/")
    assert first.findtext("description") == ArticlePageFactory.lead


@pytest.mark.django_db
def test_feed_includes_sub_sections_and_leaves_out_unpublished_pages(client, portal):
    heritage = SectionPageFactory(parent=portal.culture, title="Di sản", slug="di-san")
    ArticlePageFactory(parent=heritage, title="Hoàng thành Thăng Long đón khách", first_published_at=published(1))
    expired = ArticlePageFactory(parent=portal.culture, title="Bài đã gỡ", first_published_at=published(2))
    expired.unpublish()

    _channel, titles = read_feed(client, "/vi/van-hoa/rss/")

    assert titles == ["Hoàng thành Thăng Long đón khách"]


@pytest.mark.django_db
def test_feed_categories_are_the_article_topics(client, portal):
    from sections.models import ArticleTopic
    from tests.factories import TopicFactory

    article = ArticlePageFactory(parent=portal.news, format=ArticlePage.Format.VIDEO)
    ArticleTopic.objects.create(page=article, topic=TopicFactory(name="50 năm Giải phóng miền Nam"))

    channel, _titles = read_feed(client, "/vi/tin-tuc-su-kien/rss/")

    assert [c.text for c in channel.find("item").findall("category")] == ["50 năm Giải phóng miền Nam"]


@pytest.mark.django_db
def test_feed_of_an_unknown_section_is_not_found(client, portal):
    assert client.get("/vi/khong-ton-tai/rss/").status_code == 404
