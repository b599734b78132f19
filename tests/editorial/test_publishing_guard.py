"""Every publication has two people behind it, even outside the workflow: under a workflow the board and
superusers cannot publish directly (editor, bulk action, an old version), but can still unpublish, move, take
down and give the final approval to a colleague's submission; a reviewer who edits and approves at once is told
their edit was saved and a colleague must approve."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowPage, WorkflowState

from editorial.models import TakeDown
from editorial.takedown import take_down
from tests.editorial import test_workflows
from tests.editorial.test_workflows import (
    BOARD_TASK,
    SECRETARIAT_TASK,
    act_from_dashboard,
    act_in_editor,
    client_for,
    current_task_name,
    edit_url,
    latest,
    messages_of,
    page_form,
    submit,
)
from tests.factories import ArticlePageFactory, SectionPageFactory

# The people and the draft of the workflow tests: a writer, two secretaries, two board members, a superuser.
newsroom = test_workflows.newsroom
draft = test_workflows.draft

REFUSED = "Bài viết phải qua quy trình duyệt: hãy bấm “Gửi duyệt”"


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def publish_in_editor(client, page, **overrides):
    return client.post(edit_url(page), page_form(page, **{"action-publish": "action-publish", **overrides}))


def footer_actions(client, page):
    soup = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    footer = soup.select_one("footer") or soup
    return {button.get("name") for button in footer.select("button[name]")}


def bulk_publish(client, *pages, include_descendants=False):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    query = "&".join(f"id={page.pk}" for page in pages)
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(f"{url}?{query}&next=/admin/pages/", data)


def approve_through_workflow(client, newsroom, page):
    submit(client_for(client, newsroom.writer), page)
    act_from_dashboard(client_for(client, newsroom.secretary), page, "approve")
    return act_from_dashboard(client_for(client, newsroom.editor), page, "approve")


@pytest.fixture
def live_article(newsroom, client):
    """A writer's article that went through the whole workflow and is live."""
    page = ArticlePageFactory(
        parent=newsroom.portal.news,
        title="Khai mạc Tuần văn hóa",
        slug="khai-mac-tuan-van-hoa",
        live=False,
        first_published_at=None,
        owner=newsroom.writer,
    )
    page.save_revision(user=newsroom.writer)
    approve_through_workflow(client, newsroom, page)
    assert fresh(page).live
    client.logout()
    return fresh(page)


class TestDirectPublishingIsRefused:
    @pytest.mark.parametrize("who", ["editor", "chief"])
    def test_the_editor_offers_submit_not_publish_and_refuses_a_posted_publish(self, client, newsroom, draft, who):
        client = client_for(client, getattr(newsroom, who))
        actions = footer_actions(client, draft)
        assert "action-submit" in actions
        assert "action-publish" not in actions

        response = publish_in_editor(client, draft, lead="Sapo mới do Ban biên tập viết.")

        assert response.status_code == 302
        assert response.url == edit_url(draft)
        assert not fresh(draft).live
        assert latest(draft).lead == "Sapo mới do Ban biên tập viết."  # kept as a draft, not thrown away
        assert any(REFUSED in message and "bản nháp" in message for message in messages_of(response))

    def test_a_board_member_cannot_publish_their_own_new_article(self, client, newsroom):
        client = client_for(client, newsroom.editor)
        url = reverse("wagtailadmin_pages:add", args=["sections", "articlepage", newsroom.portal.news.pk])
        assert "action-publish" not in {
            button.get("name") for button in BeautifulSoup(client.get(url).content, "html.parser").select("button")
        }

    def test_scheduling_a_publication_from_the_editor_is_refused_too(self, client, newsroom, draft):
        tomorrow = timezone.now() + datetime.timedelta(days=1)
        response = publish_in_editor(client_for(client, newsroom.chief), draft, go_live_at=tomorrow)

        page = fresh(draft)
        assert not page.live
        assert page.scheduled_revision is None
        assert any(REFUSED in message for message in messages_of(response))

    def test_edits_to_a_live_article_are_not_published_directly(self, client, newsroom, live_article):
        response = publish_in_editor(client_for(client, newsroom.chief), live_article, title="Tiêu đề tự sửa")

        page = fresh(live_article)
        assert page.title == "Khai mạc Tuần văn hóa"
        assert page.has_unpublished_changes
        assert any(REFUSED in message for message in messages_of(response))

    @pytest.mark.parametrize("who", ["editor", "chief"])
    def test_bulk_publish_is_refused(self, client, newsroom, draft, who):
        response = bulk_publish(client_for(client, getattr(newsroom, who)), draft)

        assert response.status_code == 302
        assert not fresh(draft).live
        assert any("Lễ hội hoa Hà Nội 2025" in m and "quy trình duyệt" in m for m in messages_of(response))

    def test_bulk_publish_of_a_section_refuses_its_drafts_below(self, client, newsroom, draft):
        response = bulk_publish(client_for(client, newsroom.chief), newsroom.portal.news, include_descendants=True)

        assert not fresh(draft).live
        assert any("Lễ hội hoa Hà Nội 2025" in message for message in messages_of(response))

    def test_publishing_an_old_version_is_refused(self, client, newsroom, live_article):
        old_revision = live_article.live_revision
        edited = fresh(live_article)
        edited.title = "Tiêu đề chưa duyệt"
        unapproved = edited.save_revision(user=newsroom.chief)
        client = client_for(client, newsroom.chief)
        url = reverse("wagtailadmin_pages:revisions_revert", args=[live_article.pk, unapproved.pk])
        assert "action-publish" not in {
            button.get("name") for button in BeautifulSoup(client.get(url).content, "html.parser").select("button")
        }

        response = client.post(url, page_form(live_article, title="Tiêu đề chưa duyệt", **{"action-publish": "1"}))

        assert fresh(live_article).title == "Khai mạc Tuần văn hóa"
        assert fresh(live_article).live_revision_id == old_revision.pk
        assert any(REFUSED in message for message in messages_of(response))


class TestWhatTheBoardStillDoes:
    def test_the_final_approval_of_a_colleagues_submission_publishes(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)
        act_from_dashboard(client_for(client, newsroom.secretary), draft, "approve")
        assert current_task_name(draft) == BOARD_TASK

        response = act_in_editor(client_for(client, newsroom.chief), draft, "approve")

        assert response.status_code == 302
        assert fresh(draft).live
        assert WorkflowState.objects.for_instance(draft).get().status == WorkflowState.STATUS_APPROVED

    def test_an_approved_article_unpublished_can_be_republished_as_it_was(self, client, newsroom, live_article):
        client = client_for(client, newsroom.editor)
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[live_article.pk]))

        assert response.status_code == 302
        assert not fresh(live_article).live
        assert "action-publish" in footer_actions(client, live_article)

        response = publish_in_editor(client, live_article)

        assert fresh(live_article).live
        assert not any(REFUSED in message for message in messages_of(response))

    def test_the_board_can_move_an_article(self, client, newsroom, live_article):
        other = SectionPageFactory(parent=newsroom.portal.home, title="Thông báo", slug="thong-bao")
        client = client_for(client, newsroom.editor)
        url = reverse("wagtailadmin_pages:move_confirm", args=[live_article.pk, other.pk])

        response = client.post(url)

        assert response.status_code == 302
        assert fresh(live_article).get_parent().pk == other.pk
        assert fresh(live_article).live

    def test_a_withdrawal_notice_is_still_published_by_the_take_down(self, newsroom, live_article):
        take_down(live_article, newsroom.editor, TakeDown.Reason.WITHDRAWN, "Thông tin sai về thời gian.")

        page = fresh(live_article)
        assert page.live
        assert page.withdrawn_at is not None
        assert page.live_revision.user == newsroom.editor

    def test_pages_without_a_workflow_publish_as_wagtail_does(self, client, newsroom, draft):
        WorkflowPage.objects.all().delete()

        response = publish_in_editor(client_for(client, newsroom.editor), draft)

        assert fresh(draft).live
        assert not any(REFUSED in message for message in messages_of(response))


class TestEditAndApproveAtOnce:
    def test_the_reviewer_learns_their_edit_was_saved_and_a_colleague_must_approve(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)

        response = act_in_editor(
            client_for(client, newsroom.secretary), draft, "approve", title="Lễ hội hoa Hà Nội năm 2025"
        )

        assert response.status_code == 302
        assert response.url == edit_url(draft)
        assert latest(draft).title == "Lễ hội hoa Hà Nội năm 2025"
        assert current_task_name(draft) == SECRETARIAT_TASK
        *_earlier, message = messages_of(response)
        assert "Các thay đổi của bạn đã được lưu" in message
        assert "Một đồng nghiệp khác" in message
        assert not any("permission" in text or "không có quyền" in text for text in messages_of(response))

    def test_an_approval_without_edits_goes_through_unchanged(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)

        response = act_in_editor(client_for(client, newsroom.secretary), draft, "approve")

        assert response.status_code == 302
        assert current_task_name(draft) == BOARD_TASK
        assert not any("Các thay đổi của bạn đã được lưu" in message for message in messages_of(response))
