"""The moderation workflows as the editorial board lives them: a contributor submits, the secretariat returns
with a comment or passes the article on, the board approves (now or at a set time); translations go to the
board alone; no one approves their own work; notifications arrive in Vietnamese; two editors saving the same
page never lose each other's work."""

import datetime
import json
from types import SimpleNamespace
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import (
    Comment,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from editorial.models import NoSelfApprovalTask
from editorial.workflows import WAGTAIL_DEFAULT_WORKFLOW, apply_workflows
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory

SECRETARIAT, BOARD, TRANSLATORS = "Tổ thư ký", "Ban biên tập", "Biên dịch viên"
ARTICLES, TRANSLATIONS, OFFICE = "Duyệt tin, bài", "Duyệt bản dịch", "Duyệt của Văn phòng Sở"
SECRETARIAT_TASK, BOARD_TASK, OFFICE_TASK = "Tổ thư ký duyệt", "Ban biên tập phê duyệt", "Văn phòng Sở phê duyệt"


# --- people and pages -------------------------------------------------------------------------------------------


def grant(group_name, page, *permission_types):
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )
    return group


def person(django_user_model, username, *groups, superuser=False):
    """A real account: an e-mail address, Vietnamese as the admin language, every notification on."""
    user = django_user_model.objects.create_user(
        username,
        f"{username}@example.gov.vn",
        "mat-khau-thu-nghiem",
        first_name=username.capitalize(),
        is_superuser=superuser,
    )
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.submitted_notifications = profile.approved_notifications = profile.rejected_notifications = True
    profile.save()
    return user


@pytest.fixture
def newsroom(portal, django_user_model):
    """The portal with its workflows assigned, and two people in each role that reviews."""
    apply_workflows()
    contributors = grant("Cộng tác viên – Tin tức - Sự kiện", portal.news, "add")
    secretariat = grant(SECRETARIAT, portal.home, "change")
    board = grant(BOARD, portal.home, "add", "change", "publish")
    translators = grant(TRANSLATORS, portal.home_en, "change")
    return SimpleNamespace(
        portal=portal,
        writer=person(django_user_model, "phongvien", contributors),
        colleague=person(django_user_model, "dongnghiep", contributors),
        secretary=person(django_user_model, "thuky", secretariat),
        secretary2=person(django_user_model, "thuky2", secretariat),
        editor=person(django_user_model, "bientapvien", board),
        editor2=person(django_user_model, "bientapvien2", board),
        translator=person(django_user_model, "bienDich", translators),
        chief=person(django_user_model, "tongbientap", superuser=True),
    )


@pytest.fixture
def draft(newsroom):
    """A contributor's draft article in "Tin tức - Sự kiện", written by them (its only revision is theirs)."""
    page = ArticlePageFactory(
        parent=newsroom.portal.news,
        title="Lễ hội hoa Hà Nội 2025",
        slug="le-hoi-hoa-ha-noi-2025",
        live=False,
        first_published_at=None,
        owner=newsroom.writer,
    )
    page.save_revision(user=newsroom.writer)
    return page


def client_for(client, user):
    client.force_login(user)
    return client


def latest(page):
    """The page's newest version, read afresh (the test's own instance goes stale as others save)."""
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


def page_form(page, **overrides):
    """The article edit form as the browser posts it for `page`'s latest version: every field as it stands,
    with the StreamField blocks' ids kept (an untouched field is posted back unchanged), then `overrides`."""
    current = latest(page)
    body = streamfield([(block.block_type, rich_text(block.value.source)) for block in current.body])
    for index, block in enumerate(current.body):
        body[str(index)]["id"] = block.id
    go_live_at = overrides.pop("go_live_at", current.go_live_at)
    fields = {
        "title": current.title,
        "slug": current.slug,
        "format": current.format,
        "lead": current.lead,
        "cover_image": current.cover_image_id or "",
        "byline": current.byline,
        "unit": current.unit_id or "",
        "body": body,
        "go_live_at": timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M") if go_live_at else "",
        "topic_links": inline_formset([]),
        "locality_links": inline_formset([]),
        "comments": overrides.pop("comments", inline_formset([])),
    }
    fields.update(overrides)
    return nested_form_data(fields)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit(client, page, **overrides):
    return client.post(edit_url(page), page_form(page, **{"action-submit": "action-submit", **overrides}))


def act_in_editor(client, page, action, comment=None, **overrides):
    """The reviewer's footer button in the editor ("Phê duyệt", "Yêu cầu chỉnh sửa"), saving their edits too."""
    extra = {"comment": comment} if comment is not None else {}
    data = page_form(page, **overrides)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": action,
            "workflow-action-extra-data": json.dumps(extra),
        }
    )
    return client.post(edit_url(page), data)


def act_from_dashboard(client, page, action, comment=""):
    """The approve / request-changes modal of the dashboard's "awaiting your review" list."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def current_task_name(page):
    state = WorkflowState.objects.active().for_instance(page).first()
    return state.current_task_state.task.name if state and state.current_task_state else None


def messages_of(response):
    return [
        " ".join(BeautifulSoup(str(message), "html.parser").get_text(" ").split())
        for message in response.wsgi_request._messages
    ]


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def action_names(page, user):
    page = Page.objects.get(pk=page.pk).specific
    return [name for name, _label, _modal in page.current_workflow_task.get_actions(page, user)]


def hidden_inputs(response, *names):
    form = BeautifulSoup(response.content, "html.parser")
    return {name: form.find("input", attrs={"name": name})["value"] for name in names}


# --- the workflows themselves -------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestWorkflowSetup:
    def test_a_fresh_database_has_the_three_workflows_and_not_wagtails_default(self):
        # State left by the migrations alone: no home page exists, the root holds the articles workflow.
        active = dict(Workflow.objects.filter(active=True).values_list("name", "pk"))
        assert set(active) == {ARTICLES, TRANSLATIONS, OFFICE}
        assert not Workflow.objects.get(name=WAGTAIL_DEFAULT_WORKFLOW).active
        assert not Task.objects.get(name=WAGTAIL_DEFAULT_WORKFLOW).active
        assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == ARTICLES
        assert not WorkflowPage.objects.filter(workflow__name=WAGTAIL_DEFAULT_WORKFLOW).exists()

    def test_each_step_is_taken_by_its_group_in_order(self, newsroom):
        steps = {
            workflow.name: [
                (task.name, [group.name for group in task.specific.groups.all()]) for task in workflow.tasks
            ]
            for workflow in Workflow.objects.filter(active=True)
        }
        assert steps == {
            ARTICLES: [(SECRETARIAT_TASK, [SECRETARIAT]), (BOARD_TASK, [BOARD])],
            TRANSLATIONS: [(BOARD_TASK, [BOARD])],
            OFFICE: [(OFFICE_TASK, ["Văn phòng Sở"])],
        }
        assert all(isinstance(task.specific, NoSelfApprovalTask) for task in Task.objects.filter(active=True))

    def test_vietnamese_sections_inherit_articles_and_the_english_tree_translations(self, newsroom):
        portal = newsroom.portal
        english_news = portal.news.copy_for_translation(portal.locales.en)
        nested = SectionPageFactory(parent=portal.news, title="Thời sự", slug="thoi-su")

        assert portal.home.get_workflow().name == ARTICLES
        assert portal.culture.get_workflow().name == ARTICLES
        assert nested.get_workflow().name == ARTICLES
        assert portal.home_en.get_workflow().name == TRANSLATIONS
        assert english_news.get_workflow().name == TRANSLATIONS

    def test_office_approval_waits_unassigned_for_documents_and_questions(self, newsroom):
        office = Workflow.objects.get(name=OFFICE)
        assert office.active
        assert not office.workflow_pages.exists()
        assert not office.workflow_content_types.exists()

    def test_applying_again_changes_nothing_and_brings_back_what_was_undone(self, newsroom):
        assert apply_workflows() == []

        Group.objects.filter(name="Văn phòng Sở").delete()
        Workflow.objects.get(name=TRANSLATIONS).deactivate()
        Workflow.objects.get(name=ARTICLES).workflow_tasks.filter(task__name=SECRETARIAT_TASK).delete()

        changes = apply_workflows()

        assert ("group", True) in changes
        assert Task.objects.get(name=OFFICE_TASK).specific.groups.get().name == "Văn phòng Sở"
        assert [task.name for task in Workflow.objects.get(name=ARTICLES).tasks] == [SECRETARIAT_TASK, BOARD_TASK]
        assert newsroom.portal.home_en.get_workflow().name == TRANSLATIONS
        assert apply_workflows() == []

    def test_the_demo_seed_assigns_the_home_pages(self, portal):
        from demo.steps.workflows import build_workflows

        WorkflowPage.objects.filter(page__in=[portal.home, portal.home_en]).delete()
        context = SimpleNamespace(counts=[], count=lambda label, created: context.counts.append((label, created)))

        build_workflows(context)

        assert portal.home.get_workflow().name == ARTICLES
        assert portal.home_en.get_workflow().name == TRANSLATIONS
        assert context.counts == [("Gán quy trình cho trang", True), ("Gán quy trình cho trang", True)]

    def test_editors_see_the_workflows_by_their_vietnamese_names(self, admin_client, newsroom):
        response = admin_client.get(reverse("wagtailadmin_workflows:index"))

        text = BeautifulSoup(response.content, "html.parser").get_text(" ")
        for name in (ARTICLES, TRANSLATIONS, OFFICE):
            assert name in text
        assert WAGTAIL_DEFAULT_WORKFLOW not in text


# --- an article's way to publication --------------------------------------------------------------------------


@pytest.mark.django_db
class TestArticleWorkflow:
    def test_returned_with_a_comment_fixed_resubmitted_then_passed_and_published(self, client, newsroom, draft):
        writer, secretary, secretary2, editor = (
            newsroom.writer,
            newsroom.secretary,
            newsroom.secretary2,
            newsroom.editor,
        )

        response = submit(client_for(client, writer), draft)

        assert response.status_code == 302
        assert current_task_name(draft) == SECRETARIAT_TASK
        assert [m.subject for m in mails_to(secretary)] == [
            'Trang "Lễ hội hoa Hà Nội 2025" đã được gửi chờ phê duyệt ở bước duyệt "Tổ thư ký duyệt"'
        ]
        assert not mails_to(editor)

        mail.outbox.clear()
        response = act_from_dashboard(client_for(client, secretary), draft, "reject", "Sapo quá dài, hãy rút gọn.")

        assert response.status_code == 302
        state = WorkflowState.objects.for_instance(draft).get()
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
        (notice,) = mails_to(writer)
        assert notice.subject == 'Trang "Lễ hội hoa Hà Nội 2025" đã được trả lại để chỉnh sửa trong "Duyệt tin, bài".'
        returned = 'đã được Thuky trả lại để chỉnh sửa ở bước "Tổ thư ký duyệt" của quy trình "Duyệt tin, bài"'
        assert returned in notice.body
        assert 'Nhận xét kèm theo: "Sapo quá dài, hãy rút gọn."' in notice.body
        assert f"/admin/pages/{draft.pk}/edit/" in notice.body

        mail.outbox.clear()
        response = submit(client_for(client, writer), draft, lead="Ba ngày hội hoa bên hồ Hoàn Kiếm.")

        assert response.status_code == 302
        assert WorkflowState.objects.for_instance(draft).get() == state  # the same review, resumed
        assert current_task_name(draft) == SECRETARIAT_TASK

        response = act_in_editor(client_for(client, secretary2), draft, "approve")

        assert response.status_code == 302
        assert current_task_name(draft) == BOARD_TASK
        assert {m.subject for m in mails_to(editor)} == {
            'Trang "Lễ hội hoa Hà Nội 2025" đã được gửi chờ phê duyệt ở bước duyệt "Ban biên tập phê duyệt"'
        }

        mail.outbox.clear()
        response = act_from_dashboard(client_for(client, editor), draft, "approve")

        assert response.status_code == 302
        page = ArticlePage.objects.get(pk=draft.pk)
        assert page.live
        assert page.lead == "Ba ngày hội hoa bên hồ Hoàn Kiếm."
        assert WorkflowState.objects.for_instance(draft).get().status == WorkflowState.STATUS_APPROVED
        (approval,) = mails_to(writer)
        assert approval.subject == 'Trang "Lễ hội hoa Hà Nội 2025" đã được phê duyệt trong "Duyệt tin, bài".'
        assert "/vi/tin-tuc-su-kien/le-hoi-hoa-ha-noi-2025/" in approval.body
        history = list(
            PageLogEntry.objects.filter(page=draft, action__startswith="wagtail.workflow")
            .order_by("pk")
            .values_list("action", "user__username")
        )
        assert history == [
            ("wagtail.workflow.start", "phongvien"),
            ("wagtail.workflow.reject", "thuky"),
            ("wagtail.workflow.resume", "phongvien"),
            ("wagtail.workflow.approve", "thuky2"),
            ("wagtail.workflow.approve", "bientapvien"),
        ]

    def test_the_models_api_walks_the_same_path(self, newsroom, draft):
        workflow = draft.get_workflow()
        state = workflow.start(draft, newsroom.writer)
        secretariat = draft.current_workflow_task

        secretariat.on_action(draft.current_workflow_task_state, newsroom.secretary, "approve")
        page = Page.objects.get(pk=draft.pk).specific
        page.current_workflow_task.on_action(page.current_workflow_task_state, newsroom.editor, "approve")

        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert [(ts.task.name, ts.finished_by) for ts in state.task_states.order_by("pk")] == [
            (SECRETARIAT_TASK, newsroom.secretary),
            (BOARD_TASK, newsroom.editor),
        ]
        assert ArticlePage.objects.get(pk=draft.pk).live

    def test_a_writer_who_did_not_submit_is_told_too_when_the_article_is_returned(self, newsroom, draft):
        # A colleague of the same unit submits the writer's draft as it stands.
        draft.get_workflow().start(draft, newsroom.colleague)

        draft.current_workflow_task.on_action(
            draft.current_workflow_task_state, newsroom.secretary, "reject", comment="Thiếu nguồn ảnh."
        )

        assert {tuple(message.to) for message in mail.outbox if "trả lại để chỉnh sửa" in message.subject} == {
            ("dongnghiep@example.gov.vn",),
            ("phongvien@example.gov.vn",),
        }
        for message in mails_to(newsroom.writer):
            assert 'Nhận xét kèm theo: "Thiếu nguồn ảnh."' in message.body

    def test_board_approval_with_a_publication_time_waits_for_that_time(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)
        act_from_dashboard(client_for(client, newsroom.secretary), draft, "approve")
        go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(minutes=2)

        # The board member sets the time in the editor and approves in the same click.
        response = act_in_editor(client_for(client, newsroom.editor), draft, "approve", go_live_at=go_live_at)

        assert response.status_code == 302
        assert any(
            "bài sẽ tự xuất bản lúc " + timezone.localtime(go_live_at).strftime("%H:%M %d/%m/%Y") in message
            for message in messages_of(response)
        )
        page = ArticlePage.objects.get(pk=draft.pk)
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at == go_live_at
        assert WorkflowState.objects.for_instance(draft).get().status == WorkflowState.STATUS_APPROVED
        assert client.get(f"/vi/tin-tuc-su-kien/{draft.slug}/").status_code == 404

        call_command("publish_scheduled")
        assert not ArticlePage.objects.get(pk=draft.pk).live

        with mock.patch("django.utils.timezone.now", return_value=go_live_at + datetime.timedelta(seconds=30)):
            call_command("publish_scheduled")

        assert ArticlePage.objects.get(pk=draft.pk).live
        assert client.get(f"/vi/tin-tuc-su-kien/{draft.slug}/").status_code == 200


@pytest.mark.django_db
class TestTranslationWorkflow:
    def test_an_english_translation_goes_only_to_the_board(self, client, newsroom):
        source = ArticlePageFactory(parent=newsroom.portal.news, title="Hội sách Hà Nội", slug="hoi-sach-ha-noi")
        english = source.copy_for_translation(newsroom.portal.locales.en, copy_parents=True)
        english.title, english.slug = "Hanoi Book Fair", "hanoi-book-fair"
        english.save_revision(user=newsroom.translator)

        response = submit(client_for(client, newsroom.translator), english)

        assert response.status_code == 302
        state = WorkflowState.objects.for_instance(english).get()
        assert state.workflow.name == TRANSLATIONS
        assert current_task_name(english) == BOARD_TASK
        assert action_names(english, newsroom.translator) == []
        assert action_names(english, newsroom.secretary) == []

        english.current_workflow_task.on_action(english.current_workflow_task_state, newsroom.editor, "approve")

        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert list(state.task_states.values_list("task__name", flat=True)) == [BOARD_TASK]
        assert ArticlePage.objects.get(pk=english.pk).live


# --- two people behind every publication ----------------------------------------------------------------------


@pytest.mark.django_db
class TestNoSelfApproval:
    def test_a_submitter_in_the_reviewing_group_cannot_approve_or_return_their_own(self, client, newsroom, draft):
        secretary = newsroom.secretary
        draft.owner = secretary
        draft.save()
        draft.save_revision(user=secretary)
        submit(client_for(client, secretary), draft)
        assert current_task_name(draft) == SECRETARIAT_TASK

        assert action_names(draft, secretary) == []
        assert set(action_names(draft, newsroom.secretary2)) == {"approve", "reject"}

        editor_page = BeautifulSoup(client.get(edit_url(draft)).content, "html.parser")
        assert editor_page.find(attrs={"data-workflow-action-name": True}) is None

        # The dashboard's review list leaves their own submission out; a colleague's shows it.
        assert not TaskState.objects.reviewable_by(secretary).filter(workflow_state__object_id=str(draft.pk)).exists()
        assert TaskState.objects.reviewable_by(newsroom.secretary2).filter(workflow_state__object_id=str(draft.pk))

        # Forcing it: the modal's address, the editor's button, the models API.
        response = act_from_dashboard(client, draft, "approve")
        assert "Rất tiếc, bạn không có quyền truy cập khu vực này." in messages_of(response)
        act_in_editor(client, draft, "approve")
        assert current_task_name(draft) == SECRETARIAT_TASK
        with pytest.raises(PermissionDenied, match="Bạn đã gửi duyệt nội dung này nên không thể tự duyệt"):
            draft.current_workflow_task.on_action(draft.current_workflow_task_state, secretary, "approve")
        with pytest.raises(PermissionDenied):
            draft.current_workflow_task.on_action(draft.current_workflow_task_state, secretary, "reject")
        assert current_task_name(draft) == SECRETARIAT_TASK

        act_from_dashboard(client_for(client, newsroom.secretary2), draft, "approve")
        assert current_task_name(draft) == BOARD_TASK

    def test_superusers_are_not_exempt(self, newsroom, draft):
        chief = newsroom.chief
        draft.save_revision(user=chief)
        draft.get_workflow().start(draft, chief)

        assert action_names(draft, chief) == []
        with pytest.raises(PermissionDenied):
            draft.current_workflow_task.on_action(draft.current_workflow_task_state, chief, "approve")

        draft.current_workflow_task.on_action(draft.current_workflow_task_state, newsroom.secretary, "approve")
        assert current_task_name(draft) == BOARD_TASK
        assert action_names(draft, chief) == []

    def test_the_writer_cannot_approve_what_a_colleague_submitted(self, newsroom, draft):
        newsroom.writer.groups.add(Group.objects.get(name=SECRETARIAT))
        draft.get_workflow().start(draft, newsroom.colleague)

        assert action_names(draft, newsroom.writer) == ["reject"]
        with pytest.raises(PermissionDenied, match="Bạn đã viết hoặc sửa nội dung này"):
            draft.current_workflow_task.on_action(draft.current_workflow_task_state, newsroom.writer, "approve")

    def test_a_reviewer_who_rewrites_the_article_needs_a_colleague_to_approve_it(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)

        # Edits and clicks "Phê duyệt" at once: the edit is kept, the approval is not given.
        act_in_editor(client_for(client, newsroom.secretary), draft, "approve", title="Lễ hội hoa Hà Nội năm 2025")

        assert latest(draft).title == "Lễ hội hoa Hà Nội năm 2025"
        assert latest(draft).get_latest_revision().user == newsroom.secretary
        assert current_task_name(draft) == SECRETARIAT_TASK
        assert action_names(draft, newsroom.secretary) == ["reject"]

        act_from_dashboard(client_for(client, newsroom.secretary2), draft, "approve")
        assert current_task_name(draft) == BOARD_TASK

    def test_comments_and_the_publication_time_do_not_make_a_reviewer_an_author(self, newsroom, draft):
        draft.get_workflow().start(draft, newsroom.writer)
        page = latest(draft)
        page.go_live_at = timezone.now() + datetime.timedelta(days=1)
        page.wagtail_admin_comments.add(
            Comment(contentpath="lead", text="Ghi rõ ngày khai mạc.", user=newsroom.secretary)
        )
        page.save_revision(user=newsroom.secretary)

        assert set(action_names(draft, newsroom.secretary)) == {"approve", "reject"}

    def test_people_outside_the_steps_group_cannot_act(self, newsroom, draft):
        draft.get_workflow().start(draft, newsroom.writer)

        assert action_names(draft, newsroom.editor) == []
        with pytest.raises(PermissionDenied, match="Bạn không thuộc nhóm được giao bước duyệt “Tổ thư ký duyệt”"):
            draft.current_workflow_task.on_action(draft.current_workflow_task_state, newsroom.editor, "approve")


# --- reviewing with comments on fields ------------------------------------------------------------------------


@pytest.mark.django_db
class TestReviewComments:
    def test_a_reviewer_comments_on_the_lead_and_the_writer_sees_it_there(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)
        comment = {
            "id": "",
            "contentpath": "lead",
            "text": "Sapo cần nêu thời gian và địa điểm.",
            "position": "",
            "resolved": "",
            "replies": inline_formset([]),
        }

        response = act_in_editor(
            client_for(client, newsroom.secretary),
            draft,
            "reject",
            comment="Xem góp ý ở phần sapo.",
            comments=inline_formset([comment]),
        )

        assert response.status_code == 302
        stored = Comment.objects.get(page=draft)
        assert (stored.contentpath, stored.text, stored.user) == (
            "lead",
            "Sapo cần nêu thời gian và địa điểm.",
            newsroom.secretary,
        )
        assert WorkflowState.objects.for_instance(draft).get().status == WorkflowState.STATUS_NEEDS_CHANGES
        assert 'Nhận xét kèm theo: "Xem góp ý ở phần sapo."' in mails_to(newsroom.writer)[-1].body

        editor_page = client_for(client, newsroom.writer).get(edit_url(draft))
        comments = json.loads(BeautifulSoup(editor_page.content, "html.parser").find(id="comments-data").string)
        authors = comments["authors"]
        assert [(c["contentpath"], c["text"], authors[str(c["user"])]["name"]) for c in comments["comments"]] == [
            ("lead", "Sapo cần nêu thời gian và địa điểm.", "Thuky")
        ]


@pytest.mark.django_db
class TestReviewersAreToldWhatTheyDid:
    def test_returning_and_passing_on_are_named_and_the_author_sees_the_note(self, client, newsroom, draft):
        submit(client_for(client, newsroom.writer), draft)

        returned = act_in_editor(client_for(client, newsroom.secretary), draft, "reject", comment="Thiếu nguồn ảnh.")

        assert any("cho người viết để chỉnh sửa" in message for message in messages_of(returned))
        author_view = client_for(client, newsroom.writer).get(edit_url(draft))
        (note,) = [m for m in messages_of(author_view) if "đã trả bài ở bước" in m]
        assert "Thuky đã trả bài ở bước “Tổ thư ký duyệt”" in note
        assert "Nhận xét: “Thiếu nguồn ảnh.”" in note

        submit(client_for(client, newsroom.writer), draft)
        passed_on = act_in_editor(client_for(client, newsroom.secretary2), draft, "approve")

        assert any("chuyển sang bước “Ban biên tập phê duyệt”" in message for message in messages_of(passed_on))
        assert not [m for m in messages_of(client_for(client, newsroom.writer).get(edit_url(draft))) if "trả bài" in m]


# --- two editors, one page ------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestConcurrentEditing:
    @pytest.fixture
    def article(self, newsroom):
        page = ArticlePageFactory(parent=newsroom.portal.news, title="Giải chạy Hà Nội", slug="giai-chay-ha-noi")
        page.save_revision(user=newsroom.writer).publish()
        return page

    def test_a_stale_save_is_flagged_and_both_versions_stay_in_history(self, client, newsroom, article):
        from django.test import Client

        first, second = client_for(client, newsroom.editor), client_for(Client(), newsroom.editor2)
        loaded_names = ("loaded_revision_id", "loaded_revision_created_at")
        loaded_by_first = hidden_inputs(first.get(edit_url(article)), *loaded_names)
        second_page = second.get(edit_url(article))
        loaded_by_second = hidden_inputs(second_page, *loaded_names)
        assert loaded_by_first == loaded_by_second
        stale_form = page_form(article, title="Giải chạy Hà Nội 2025 – bản của người thứ hai", **loaded_by_second)

        response = first.post(edit_url(article), page_form(article, title="Giải chạy Hà Nội 2025", **loaded_by_first))
        assert response.status_code == 302
        assert not [m for m in messages_of(response) if "Trong lúc bạn sửa" in m]
        first_revision = latest(article).get_latest_revision()

        # While the second editor types, the editing-session ping names who saved a newer version.
        session = BeautifulSoup(second_page.content, "html.parser").find(attrs={"data-w-swap-src-value": True})
        ping = second.post(
            session["data-w-swap-src-value"],
            {
                "revision_id": loaded_by_second["loaded_revision_id"],
                "revision_created_at": loaded_by_second["loaded_revision_created_at"],
            },
        ).json()
        assert [(s["user"], s["revision_id"]) for s in ping["other_sessions"]] == [("Bientapvien", first_revision.pk)]

        # An autosave from the stale form is refused outright.
        autosave = second.post(edit_url(article), stale_form, HTTP_ACCEPT="application/json")
        assert autosave.status_code == 400
        assert autosave.json()["error_code"] == "invalid_revision"
        assert latest(article).get_latest_revision() == first_revision

        # Saving the stale form is kept as a new version, with a warning and a comparison link.
        response = second.post(edit_url(article), stale_form)

        assert response.status_code == 302
        titles = [r.as_object().title for r in article.revisions.order_by("created_at", "pk")]
        assert titles[-2:] == ["Giải chạy Hà Nội 2025", "Giải chạy Hà Nội 2025 – bản của người thứ hai"]
        (warning,) = [m for m in messages_of(response) if "Trong lúc bạn sửa" in m]
        assert "Bientapvien đã lưu một phiên bản khác của trang này" in warning
        assert warning.endswith("So sánh hai phiên bản")
        compare_url = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[article.pk, first_revision.pk, latest(article).get_latest_revision().pk],
        )
        assert compare_url in str(list(response.wsgi_request._messages))
        assert second.get(compare_url).status_code == 200

    def test_the_editors_own_autosave_just_before_a_save_is_not_someone_elses_version(self, client, newsroom, article):
        writer = client_for(client, newsroom.editor)
        loaded = hidden_inputs(writer.get(edit_url(article)), "loaded_revision_id", "loaded_revision_created_at")
        # Wagtail's autosave lands a moment before the editor presses a button in the same form.
        form = page_form(article, title="Giải chạy Hà Nội 2025", **loaded)
        autosave = writer.post(edit_url(article), form, HTTP_ACCEPT="application/json")
        assert autosave.status_code == 200

        response = writer.post(edit_url(article), page_form(article, title="Giải chạy Hà Nội 2025 (sửa)", **loaded))

        assert response.status_code == 302
        assert not [m for m in messages_of(response) if "Trong lúc bạn sửa" in m]
        assert latest(article).title == "Giải chạy Hà Nội 2025 (sửa)"
