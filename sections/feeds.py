"""An RSS feed per section: its newest live, public articles in the section's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from sections.listings import with_topics

FEED_SIZE = 30


class SectionFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, section):
        super().__init__()
        self.section = section
        self.language = section.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.section.title

    def link(self):
        return self.section.get_full_url(self.request)

    def description(self):
        return self.section.intro or self.section.title

    def items(self):
        return with_topics(self.section.articles())[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.byline or (item.unit.name if item.unit else None)

    def item_categories(self, item):
        # Page links are synchronised between languages, and a topic can be picked from the other language: only
        # topics in the article's own language name its categories.
        return [link.topic.name for link in item.topic_links.all() if link.topic.locale_id == item.locale_id]
