"""A translator sends a synced English translation to the editorial board from wagtail-localize's world, without
publish rights and without stopping the sync; and the demo has two people in each reviewing group."""

from io import StringIO
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management.color import no_style
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from demo.runner import SeedContext
from demo.steps import accounts
from editorial.workflows import apply_workflows
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

SECRETARIAT, BOARD, TRANSLATORS = "Tổ thư ký", "Ban biên tập", "Biên dịch viên"
TRANSLATIONS_WORKFLOW = "Duyệt bản dịch"

ENGLISH = {
    "title": "Hanoi Book Fair 2025",
    "slug": "hanoi-book-fair-2025",
    "lead": "The Hanoi Book Fair opens this morning at the Thang Long Imperial Citadel.",
    "byline": "Minh Anh – Information and Exhibition Centre",
}


def grant(group_name, page, *permission_types, model_permissions=()):
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, codename in model_permissions:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )
    return group


def person(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.gov.vn", "mat-khau-thu-nghiem", first_name=username.capitalize()
    )
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.submitted_notifications = profile.approved_notifications = profile.rejected_notifications = True
    profile.save()
    return user


@pytest.fixture
def team(portal, django_user_model, settings):
    # Translating a live Vietnamese page must not put its untranslated English copy online before the board
    # has seen it.
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
    apply_workflows()
    board = grant(BOARD, portal.home, "add", "change", "publish")
    grant(BOARD, portal.home_en, "add", "change", "publish")
    translators = grant(
        TRANSLATORS, portal.home_en, "change", model_permissions=[("wagtail_localize", "submit_translation")]
    )
    # The role groups come from a migration with powers on the whole tree; this one edits the Vietnamese tree only.
    vietnamese_editors = grant("Biên tập tiếng Việt", portal.home, "change")
    return SimpleNamespace(
        portal=portal,
        translator=person(django_user_model, "biendich", translators),
        editor=person(django_user_model, "bientap", board),
        vietnamese_editor=person(django_user_model, "bientapviet", vietnamese_editors),
    )


@pytest.fixture
def english(team):
    """A live Vietnamese article submitted for synced translation into English, as wagtail-localize's "Dịch trang
    này" does; its English section is translated and published already."""
    en = team.portal.locales.en
    section_en = team.portal.news.copy_for_translation(en)
    section_en.title, section_en.slug = "News and Events", "news-and-events"
    section_en.save_revision(user=team.editor).publish()
    article = ArticlePageFactory(parent=team.portal.news, title="Hội sách Hà Nội 2025", slug="hoi-sach-ha-noi-2025")
    TranslationCreator(team.editor, [en]).create_translations(article)
    source = TranslationSource.objects.get_for_instance(article)
    page = ArticlePage.objects.get(translation_key=article.translation_key, locale=en)
    return SimpleNamespace(page=page, source=source, translation=source.translations.get(target_locale=en))


def translate(english, user, leave_out=()):
    """Type an English string for every segment, as the translator does in the translation editor."""
    for segment in StringSegment.objects.filter(source=english.source).select_related("string", "context"):
        path = segment.context.path
        if path in leave_out:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english.page.locale,
            context=segment.context,
            defaults={
                "data": ENGLISH.get(path, f"In English: {segment.string.data}"),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )


def submit_url(page, next_url=None):
    url = reverse("editorial_submit_translation", args=[page.pk])
    return f"{url}?next={next_url}" if next_url else url


def messages_of(response):
    return [
        " ".join(BeautifulSoup(str(message), "html.parser").get_text(" ").split())
        for message in response.wsgi_request._messages
    ]


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def in_progress(page):
    return WorkflowState.objects.active().for_instance(page).first()


@pytest.mark.django_db
class TestSubmitTranslation:
    def test_the_translator_submits_the_board_is_told_and_approves_and_it_goes_live(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)
        home = reverse("wagtailadmin_home")

        confirmation = client.get(submit_url(english.page, home))
        assert confirmation.status_code == 200
        assert "Hội sách Hà Nội 2025" in confirmation.text
        assert TRANSLATIONS_WORKFLOW in confirmation.text

        response = client.post(submit_url(english.page, home))

        assert response.status_code == 302
        assert response["Location"] == home
        assert any("Đã gửi bản dịch" in message for message in messages_of(response))
        state = in_progress(english.page)
        assert state.workflow.name == TRANSLATIONS_WORKFLOW
        assert state.requested_by == team.translator
        page = fresh(english.page)
        assert not page.live
        draft = page.get_latest_revision_as_object()
        assert (draft.title, draft.lead) == (ENGLISH["title"], ENGLISH["lead"])
        assert state.current_task_state.revision == page.get_latest_revision()
        assert english.translation.__class__.objects.get(pk=english.translation.pk).enabled  # the sync is kept
        assert [message.to for message in mail.outbox] == [[team.editor.email]]

        client.force_login(team.editor)
        task_state = page.current_workflow_task_state
        approved = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
        )
        assert approved.status_code in (200, 302)
        page = fresh(page)
        assert page.live
        assert page.title == ENGLISH["title"]
        url = page.get_url()
        assert url.startswith("/en/")
        client.logout()
        public = client.get(url)
        assert public.status_code == 200
        assert ENGLISH["lead"] in public.text

    def test_untranslated_strings_are_refused_and_nothing_is_saved(self, client, team, english):
        translate(english, team.translator, leave_out=("lead",))
        revisions = fresh(english.page).revisions.count()
        client.force_login(team.translator)

        response = client.post(submit_url(english.page))

        assert response.status_code == 409
        assert "Còn 1 đoạn chưa dịch (hoặc dịch lỗi)" in " ".join(messages_of(response))
        assert in_progress(english.page) is None
        assert fresh(english.page).revisions.count() == revisions
        assert mail.outbox == []
        assert "Còn 1 đoạn chưa dịch." in client.get(submit_url(english.page)).text

    def test_a_translation_that_makes_an_invalid_page_shows_why(self, client, team, english):
        translate(english, team.translator)
        # The lead's length limit is a validator, so the page is refused the same way on every database.
        StringTranslation.objects.filter(locale=english.page.locale, context__path="lead").update(data="Hanoi " * 100)
        client.force_login(team.translator)

        response = client.post(submit_url(english.page))

        assert response.status_code == 409
        assert "Chưa lưu được bản dịch" in " ".join(messages_of(response))
        assert "tối đa 500 ký tự" in " ".join(messages_of(response))
        assert in_progress(english.page) is None
        # wagtail-localize marks the string in error, so the translator is sent back to fix it.
        assert "Còn 1 đoạn chưa dịch." in client.get(submit_url(english.page)).text

    def test_a_translation_longer_than_its_column_is_refused_not_a_server_error(self, client, team, english):
        translate(english, team.translator)
        StringTranslation.objects.filter(locale=english.page.locale, context__path="byline").update(data="Hanoi " * 60)
        client.force_login(team.translator)

        response = client.post(submit_url(english.page))

        assert response.status_code == 409
        assert "Chưa lưu được bản dịch" in " ".join(messages_of(response))
        assert in_progress(english.page) is None

    def test_a_page_already_in_review_is_refused(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)
        client.post(submit_url(english.page))

        again = client.post(submit_url(english.page))

        assert again.status_code == 409
        assert "đang chờ duyệt" in " ".join(messages_of(again))
        assert WorkflowState.objects.for_instance(english.page).count() == 1
        assert len(mail.outbox) == 1

    def test_an_editor_of_the_vietnamese_tree_alone_is_refused(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.vietnamese_editor)

        response = client.post(submit_url(english.page))

        assert response.status_code == 403
        assert "Bạn không có quyền sửa trang" in " ".join(messages_of(response))
        assert in_progress(english.page) is None

    def test_pages_outside_a_synced_translation_have_no_such_action(self, client, team, english):
        client.force_login(team.translator)
        assert client.get(submit_url(team.portal.home_en), follow=True).status_code == 404
        english.translation.enabled = False
        english.translation.save()
        assert client.get(submit_url(english.page), follow=True).status_code == 404


@pytest.mark.django_db
class TestWhereTranslatorsFindIt:
    def test_the_button_is_on_the_page_header_and_in_the_listing_until_it_is_in_review(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)
        link = reverse("editorial_submit_translation", args=[english.page.pk])

        assert link in client.get(reverse("wagtailadmin_explore", args=[english.page.pk])).text
        assert link in client.get(reverse("wagtailadmin_explore", args=[english.page.get_parent().pk])).text

        client.force_login(team.vietnamese_editor)
        assert link not in client.get(reverse("wagtailadmin_explore", args=[team.portal.news.pk])).text

        client.force_login(team.translator)
        client.post(submit_url(english.page))
        assert link not in client.get(reverse("wagtailadmin_explore", args=[english.page.pk])).text

    def test_the_dashboard_lists_translations_with_work_not_yet_submitted(self, client, team, english):
        client.force_login(team.translator)
        home = reverse("wagtailadmin_home")
        link = reverse("editorial_submit_translation", args=[english.page.pk])

        dashboard = client.get(home)
        assert "Bản dịch chờ gửi duyệt" in dashboard.text  # a draft copy waiting for its translation
        assert link in dashboard.text

        translate(english, team.translator)
        dashboard = client.get(home)
        assert "Có đoạn dịch mới chưa lưu vào trang" in dashboard.text

        client.post(submit_url(english.page))
        assert "Bản dịch chờ gửi duyệt" not in client.get(home).text

        client.force_login(team.vietnamese_editor)
        assert "Bản dịch chờ gửi duyệt" not in client.get(home).text


def test_the_demo_has_two_people_in_each_reviewing_group(portal, django_user_model):
    out = StringIO()
    context = SeedContext(stdout=out, style=no_style(), accounts_allowed=True)
    accounts.build_accounts(context)
    for username, group in (("thuky", SECRETARIAT), ("thuky2", SECRETARIAT), ("bientap", BOARD), ("bientap2", BOARD)):
        user = django_user_model.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(f"demo-{username}-2025")
        assert f"{username} / demo-{username}-2025" in out.getvalue()


@pytest.mark.django_db
class TestReviewBarInTheTranslationEditor:
    def bar(self, client, page):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        return BeautifulSoup(response.content, "html.parser").select_one(".editorial-review-bar")

    def test_the_translator_submits_from_the_editor_and_the_board_approves_there(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)
        bar = self.bar(client, english.page)
        (submit_link,) = [link for link in bar.select("a") if "Gửi duyệt bản dịch" in link.get_text()]
        assert submit_link["href"].startswith(submit_url(english.page))
        client.post(submit_link["href"])
        assert in_progress(english.page) is not None

        client.force_login(team.editor)
        bar = self.bar(client, english.page)
        assert "đang chờ duyệt" in bar.get_text()
        (approve,) = [form for form in bar.select("form") if "Phê duyệt và xuất bản" in form.get_text()]
        data = {field["name"]: field.get("value", "") for field in approve.find_all("input")}
        response = client.post(approve["action"], data)

        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[english.page.pk])
        assert fresh(english.page).live

    def test_the_editors_publish_during_review_points_at_the_review_bar(self, client, team, english):
        translate(english, team.translator)
        client.force_login(team.translator)
        client.post(submit_url(english.page))
        client.force_login(team.editor)

        response = client.post(reverse("wagtailadmin_pages:edit", args=[english.page.pk]), {"action": "publish"})

        assert any("Phê duyệt và xuất bản" in message for message in messages_of(response))
        assert not fresh(english.page).live

    def test_a_translation_with_gaps_says_how_many_are_left(self, client, team, english):
        translate(english, team.translator, leave_out=("lead",))
        client.force_login(team.translator)

        assert "Còn 1 đoạn chưa dịch." in self.bar(client, english.page).get_text()
