"""The admin's side doors are closed too: wagtail-localize's "Publish" and "Publish immediately", copying with
"publish copies", and deleting live content without a reason in the take-down register."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from editorial.models import TakeDown
from editorial.takedown import take_down
from tests.editorial import test_publishing_guard, test_translation_review, test_workflows
from tests.editorial.test_workflows import client_for, messages_of
from tests.factories import ArticlePageFactory

newsroom = test_workflows.newsroom
live_article = test_publishing_guard.live_article
team = test_translation_review.team
english = test_translation_review.english
translate = test_translation_review.translate


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


@pytest.mark.django_db
class TestTranslationsGoToTheBoard:
    def test_the_translation_editors_publish_is_refused_and_the_strings_are_kept(self, client, team, english):
        translate(english, team.translator)
        client = client_for(client, team.editor)  # the board: wagtail-localize shows it "Publish"

        response = client.post(reverse("wagtailadmin_pages:edit", args=[english.page.pk]), {"action": "publish"})

        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_pages:edit", args=[english.page.pk])
        assert not fresh(english.page).live
        assert any("phải được Ban biên tập phê duyệt" in message for message in messages_of(response))
        assert StringTranslation.objects.filter(locale=english.page.locale).count() > 0

    def test_updating_translations_from_the_source_offers_no_publish_and_publishes_nothing(self, client, team, english):
        translate(english, team.translator)
        # Whoever may sync translations was offered "Publish immediately", translators included.
        client = client_for(client, team.translator)
        url = reverse("wagtail_localize:update_translations", args=[english.source.pk])

        form = client.get(url)
        assert form.status_code == 200
        assert BeautifulSoup(form.content, "html.parser").select('input[name="publish_translations"]') == []

        response = client.post(url, {"publish_translations": "on"})

        assert response.status_code == 302
        assert not fresh(english.page).live
        assert any("chưa công khai" in message for message in messages_of(response))


@pytest.mark.django_db
class TestCopies:
    def test_publish_copies_under_a_workflow_makes_drafts(self, client, newsroom, live_article):
        client = client_for(client, newsroom.chief)
        response = client.post(
            reverse("wagtailadmin_pages:copy", args=[live_article.pk]),
            {
                "new_title": "Khai mạc Tuần văn hóa (bản sao)",
                "new_slug": "khai-mac-tuan-van-hoa-ban-sao",
                "new_parent_page": newsroom.portal.news.pk,
                "publish_copies": "on",
            },
        )

        assert response.status_code == 302
        copy = Page.objects.get(slug="khai-mac-tuan-van-hoa-ban-sao")
        assert not copy.live
        assert any("bản nháp" in message for message in messages_of(response))


@pytest.mark.django_db
class TestDeleting:
    def delete(self, client, page):
        return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    def test_a_live_article_is_sent_to_take_down_instead(self, client, newsroom, live_article):
        client = client_for(client, newsroom.chief)

        response = self.delete(client, live_article)

        assert response.status_code == 302
        assert response.url == reverse("editorial_take_down", args=[live_article.pk])
        assert Page.objects.filter(pk=live_article.pk, live=True).exists()
        assert any("Gỡ bỏ" in message for message in messages_of(response))

    def test_after_its_take_down_the_article_can_be_deleted_and_the_register_keeps_it(
        self, client, newsroom, live_article
    ):
        take_down(live_article, newsroom.editor, TakeDown.Reason.PUBLISHED_IN_ERROR, "Đăng trùng bài.")
        client = client_for(client, newsroom.chief)

        response = self.delete(client, live_article)

        assert response.status_code == 302
        assert not Page.objects.filter(pk=live_article.pk).exists()
        entry = TakeDown.objects.get()
        assert entry.page_title == "Khai mạc Tuần văn hóa"

    def test_a_draft_that_never_went_public_is_deleted(self, client, newsroom):
        draft = ArticlePageFactory(parent=newsroom.portal.news, live=False, first_published_at=None)
        response = self.delete(client_for(client, newsroom.chief), draft)

        assert response.status_code == 302
        assert not Page.objects.filter(pk=draft.pk).exists()

    def test_a_section_with_live_articles_is_not_deleted(self, client, newsroom, live_article):
        section = newsroom.portal.news
        response = self.delete(client_for(client, newsroom.chief), section)

        assert response.status_code == 302
        assert Page.objects.filter(pk=section.pk).exists()
        assert any("đang công khai" in message for message in messages_of(response))

    def test_bulk_delete_of_a_live_article_is_refused(self, client, newsroom, live_article):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        response = client_for(client, newsroom.chief).post(f"{url}?id={live_article.pk}&next=/admin/pages/", {})

        assert response.status_code == 302
        assert Page.objects.filter(pk=live_article.pk, live=True).exists()
        assert any("Gỡ bỏ" in message for message in messages_of(response))


@pytest.mark.django_db
def test_syncing_translations_warns_when_the_vietnamese_page_has_an_unpublished_draft(client, team, english):
    source_page = Page.objects.get(translation_key=english.page.translation_key, locale=team.portal.locales.vi)
    draft = source_page.specific
    draft.title = "Hội sách Hà Nội 2025 (bản nháp)"
    draft.save_revision(user=team.editor)
    client = client_for(client, team.translator)

    form = client.get(reverse("wagtail_localize:update_translations", args=[english.source.pk]))

    assert "Bản tiếng Việt có thay đổi chưa xuất bản" in form.content.decode()
