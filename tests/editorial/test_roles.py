"""The six editorial roles have exactly their powers (issue 3, "Roles").

The matrix below is the contract: every role × every action, asked of Wagtail's own permission checks (page
permission testers, collection permission policies, `user.has_perm`). Then a few of the same actions through the
admin as that user, the guards against the technical team granting itself content approval, the idempotent
`setup_roles` command, the data migration on an empty database and the demo accounts.
"""

import importlib
from io import StringIO
from types import SimpleNamespace

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from demo.runner import SeedContext
from demo.steps import accounts
from editorial import roles
from editorial.roles import (
    BOARD,
    CONTRIBUTORS,
    OFFICE,
    ROLE_NAMES,
    SECRETARIAT,
    TECHNICAL,
    TRANSLATORS,
    apply_roles,
    contributor_group_for,
    grant_model_permissions,
)
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, DocumentFactory, HomePageFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Mat-khau-thu-nghiem-2025"
COLUMNS = (CONTRIBUTORS, SECRETARIAT, BOARD, TRANSLATORS, OFFICE, TECHNICAL)


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.gov.vn", PASSWORD, first_name="Người", last_name="Thử"
    )
    user.groups.set(groups)
    return user


def article(parent, title, owner=None, live=True, **fields):
    if not live:
        fields.update(live=False, first_published_at=None, last_published_at=None)
    return ArticlePageFactory(parent=parent, title=title, owner=owner, **fields)


def build_world():
    """The tree of the shared `portal` fixture (tests/conftest.py) plus an English section and article, a workflow
    on the Vietnamese home page, the roles applied to it, one user per role (the contributor writing for "Tin tức -
    Sự kiện"), and a second contributor of the same section whose draft the first must not touch."""
    locales = SimpleNamespace(vi=Locale.objects.get(language_code="vi"), en=Locale.objects.get(language_code="en"))
    root = Page.get_first_root_node()
    Page.objects.filter(depth__gt=1).delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    news = SectionPageFactory(parent=home, title="Tin tức - Sự kiện", slug="tin-tuc-su-kien")
    culture = SectionPageFactory(parent=home, title="Văn hóa", slug="van-hoa")
    home_en = home.copy_for_translation(locales.en)
    home_en.save_revision().publish()
    news_en = news.copy_for_translation(locales.en)
    news_en.title = "News & Events"
    news_en.save_revision().publish()

    apply_roles()
    workflow = Workflow.objects.create(name="Duyệt bài viết (thử nghiệm)")
    task = GroupApprovalTask.objects.create(name="Tổ thư ký duyệt")
    task.groups.set([Group.objects.get(name=SECRETARIAT)])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)

    base = Group.objects.get(name=CONTRIBUTORS)
    news_group = contributor_group_for(news)
    users = {
        name: make_user(f"user-{index}", Group.objects.get(name=name))
        for index, name in enumerate(COLUMNS)
        if name != CONTRIBUTORS
    }
    users[CONTRIBUTORS] = make_user("congtacvien", base, news_group)
    colleague = make_user("dongnghiep", base, news_group)
    return SimpleNamespace(
        locales=locales,
        site=site,
        home=home,
        news=news,
        culture=culture,
        news_en=news_en,
        users=users,
        colleague=colleague,
        colleague_draft=article(news, "Bản nháp của đơn vị bạn", owner=colleague, live=False),
        news_live=article(news, "Khai mạc Lễ hội Áo dài Hà Nội", owner=colleague),
        news_locked=article(news, "Bài đang được khóa", locked=True, locked_by=colleague, locked_at=timezone.now()),
        culture_live=article(culture, "Triển lãm di sản Hoàng thành Thăng Long"),
        en_article=article(news_en, "Hanoi Ao Dai Festival opens", locale=locales.en),
        image=ImageFactory(),  # uploaded by no one in particular: "edit any image" is needed to change it
        document=DocumentFactory(),
    )


@pytest.fixture(scope="class")
def world(django_db_setup, django_db_blocker):
    """Built once for the class that uses it and rolled back at its end; each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def own_draft(world, user, parent):
    return article(parent, f"Bản nháp của {user.username}", owner=user, live=False)


def page_perms(page, user):
    return Page.objects.get(pk=page.pk).permissions_for_user(user)


def collection_policy(model):
    return policy_registry.get_by_type(model)


def has_all(*permissions):
    return lambda world, user: user.has_perms(permissions)


ACTIONS = {
    # pages, Vietnamese tree
    "add_article_in_own_section": lambda w, u: page_perms(w.news, u).can_add_subpage(),
    "add_article_in_other_section": lambda w, u: page_perms(w.culture, u).can_add_subpage(),
    "add_section_under_home_page": lambda w, u: page_perms(w.home, u).can_add_subpage(),
    "edit_own_draft": lambda w, u: page_perms(own_draft(w, u, w.news), u).can_edit(),
    "submit_own_draft_for_review": lambda w, u: (
        (perms := page_perms(own_draft(w, u, w.news), u)).can_edit() and perms.can_submit_for_moderation()
    ),
    "edit_colleagues_draft": lambda w, u: page_perms(w.colleague_draft, u).can_edit(),
    "edit_live_article": lambda w, u: page_perms(w.news_live, u).can_edit(),
    "edit_article_in_other_section": lambda w, u: page_perms(w.culture_live, u).can_edit(),
    "publish_now_or_scheduled": lambda w, u: (
        page_perms(w.news_live, u).can_publish() and page_perms(w.news_live, u).can_unschedule()
    ),
    "unpublish_take_down": lambda w, u: page_perms(w.news_live, u).can_unpublish(),
    "move_article_to_other_section": lambda w, u: page_perms(w.news_live, u).can_move_to(w.culture),
    "lock_article": lambda w, u: page_perms(w.news_live, u).can_lock(),
    "unlock_article_locked_by_another": lambda w, u: page_perms(w.news_locked, u).can_unlock(),
    "delete_section_with_articles": lambda w, u: page_perms(w.news, u).can_delete(),
    # pages, English tree and translation
    "edit_english_article": lambda w, u: page_perms(w.en_article, u).can_edit(),
    "publish_english_article": lambda w, u: page_perms(w.en_article, u).can_publish(),
    "submit_translation": has_all("wagtail_localize.submit_translation"),
    # images and documents (root collection)
    "upload_image": lambda w, u: collection_policy(get_image_model()).user_has_permission(u, "add"),
    "choose_image": lambda w, u: collection_policy(get_image_model()).user_has_permission(u, "choose"),
    "edit_any_image": lambda w, u: collection_policy(get_image_model()).user_has_permission_for_instance(
        u, "change", w.image
    ),
    "upload_document": lambda w, u: collection_policy(get_document_model()).user_has_permission(u, "add"),
    "choose_document": lambda w, u: collection_policy(get_document_model()).user_has_permission(u, "choose"),
    "edit_any_document": lambda w, u: collection_policy(get_document_model()).user_has_permission_for_instance(
        u, "change", w.document
    ),
    # snippets shown to the public, the take-down register, the plan and the reports
    "edit_topics_banners_units": has_all(
        *(
            f"sections.{action}_{model}"
            for model in ("topic", "banner", "contributingunit")
            for action in ("add", "change", "delete")
        )
    ),
    "edit_directors": has_all("about.add_director", "about.change_director", "about.delete_director"),
    "import_localities_csv": has_all("sections.add_locality", "sections.change_locality"),
    "view_takedown_register": has_all("editorial.view_takedown"),
    "assign_editorial_plan": has_all("editorial.add_assignment", "editorial.change_assignment"),
    "view_activity_report": has_all("editorial.view_activity_report"),
    # the technical team's ground
    "manage_users": has_all("auth.add_user", "auth.change_user", "auth.delete_user"),
    "view_groups": has_all("auth.view_group"),
    "edit_portal_settings": has_all("home.change_portalsettings"),
    "manage_redirects": has_all(
        "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect"
    ),
    "manage_search_promotions": has_all(
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
    ),
    "access_admin": has_all("wagtailadmin.access_admin"),
}

Y, N = True, False
# fmt: off
# Columns: CTV Cộng tác viên, TTK Tổ thư ký, BBT Ban biên tập, BDV Biên dịch viên, VPS Văn phòng Sở,
# TKT Tổ kỹ thuật.
MATRIX = [
    # action                               CTV  TTK  BBT  BDV  VPS  TKT
    ("access_admin",                       Y,   Y,   Y,   Y,   Y,   Y),
    ("add_article_in_own_section",         Y,   N,   Y,   N,   N,   N),
    ("add_article_in_other_section",       N,   N,   Y,   N,   N,   N),
    ("add_section_under_home_page",        N,   N,   Y,   N,   N,   N),
    ("edit_own_draft",                     Y,   Y,   Y,   N,   N,   N),
    ("submit_own_draft_for_review",        Y,   Y,   Y,   N,   N,   N),
    ("edit_colleagues_draft",              N,   Y,   Y,   N,   N,   N),
    ("edit_live_article",                  N,   Y,   Y,   N,   N,   N),
    ("edit_article_in_other_section",      N,   Y,   Y,   N,   N,   N),
    ("publish_now_or_scheduled",           N,   N,   Y,   N,   N,   N),
    ("unpublish_take_down",                N,   N,   Y,   N,   N,   N),
    ("move_article_to_other_section",      N,   N,   Y,   N,   N,   N),
    ("lock_article",                       N,   N,   Y,   N,   N,   N),
    ("unlock_article_locked_by_another",   N,   N,   Y,   N,   N,   N),
    ("delete_section_with_articles",       N,   N,   N,   N,   N,   N),
    ("edit_english_article",               N,   Y,   Y,   Y,   N,   N),
    ("publish_english_article",            N,   N,   Y,   N,   N,   N),
    ("submit_translation",                 N,   N,   N,   Y,   N,   N),
    ("upload_image",                       Y,   Y,   Y,   N,   N,   N),
    ("choose_image",                       Y,   Y,   Y,   N,   N,   N),
    ("edit_any_image",                     N,   Y,   Y,   N,   N,   N),
    ("upload_document",                    Y,   Y,   Y,   N,   Y,   N),
    ("choose_document",                    Y,   Y,   Y,   N,   Y,   N),
    ("edit_any_document",                  N,   Y,   Y,   N,   Y,   N),
    ("edit_topics_banners_units",          N,   N,   Y,   N,   N,   N),
    ("edit_directors",                     N,   N,   Y,   N,   N,   N),
    ("import_localities_csv",              N,   N,   Y,   N,   N,   Y),
    ("view_takedown_register",             N,   N,   Y,   N,   N,   N),
    ("assign_editorial_plan",              N,   N,   Y,   N,   N,   N),
    ("view_activity_report",               N,   N,   N,   N,   Y,   N),
    ("manage_users",                       N,   N,   N,   N,   N,   Y),
    ("view_groups",                        N,   N,   N,   N,   N,   Y),
    ("edit_portal_settings",               N,   N,   N,   N,   N,   Y),
    ("manage_redirects",                   N,   N,   N,   N,   N,   Y),
    ("manage_search_promotions",           N,   N,   N,   N,   N,   Y),
]
# fmt: on


def test_the_matrix_covers_every_role_and_every_action():
    assert set(COLUMNS) == set(ROLE_NAMES) and len(COLUMNS) == len(ROLE_NAMES) == 6
    assert [row[0] for row in MATRIX] == list(dict.fromkeys(row[0] for row in MATRIX))
    assert {row[0] for row in MATRIX} == set(ACTIONS)
    assert all(len(row) == len(COLUMNS) + 1 for row in MATRIX)


# Helpers for the same actions through the admin, as that user.


def denied(response):
    """Wagtail answers a forbidden admin page with a redirect to the dashboard (or 403 for XHR)."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def add_article_url(parent):
    return reverse("wagtailadmin_pages:add", args=("sections", "articlepage", parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def user_form(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "password1": "",
        "password2": "",
    }
    data.update(changes)
    return data


class TestAsEachRole:
    """The matrix, then the same powers through the admin, then the guards that keep the technical team from
    handing itself content approval. Every test here shares one `world`, built once for the class."""

    @pytest.mark.parametrize(
        ("action", "expected"), [(row[0], row[1:]) for row in MATRIX], ids=[row[0] for row in MATRIX]
    )
    def test_permission_matrix(self, world, action, expected):
        actual = tuple(bool(ACTIONS[action](world, world.users[role])) for role in COLUMNS)
        assert dict(zip(COLUMNS, actual, strict=True)) == dict(zip(COLUMNS, expected, strict=True))

    def test_no_group_but_the_board_may_publish_anywhere(self, world):
        publishers = set(
            GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
                "group__name", flat=True
            )
        )
        assert publishers == {BOARD}

    def test_only_the_board_creates_sections(self, client, world):
        add_section = reverse("wagtailadmin_pages:add", args=["sections", "sectionpage", world.news.pk])

        client.force_login(world.users[CONTRIBUTORS])
        response = client.get(add_section)
        assert response.status_code == 302
        assert response.url == add_article_url(world.news)
        assert any("Chỉ Ban biên tập tạo chuyên mục mới" in str(m) for m in response.wsgi_request._messages)

        client.force_login(world.users[BOARD])
        assert client.get(add_section).status_code == 200

    def test_contributor_in_the_admin(self, client, world):
        contributor = world.users[CONTRIBUTORS]
        client.force_login(contributor)
        mine = own_draft(world, contributor, world.news)

        assert client.get(add_article_url(world.news)).status_code == 200
        assert denied(client.get(add_article_url(world.culture)))
        assert client.get(edit_url(mine)).status_code == 200
        assert denied(client.get(edit_url(world.colleague_draft)))
        assert denied(client.get(edit_url(world.culture_live)))
        assert denied(client.get(reverse("wagtailadmin_pages:unpublish", args=[world.news_live.pk])))

        listing = client.get(reverse("wagtailadmin_explore", args=[world.news.pk])).content.decode()
        assert mine.title in listing and world.news_live.title in listing
        assert world.colleague_draft.title not in listing

    def test_secretariat_sees_and_edits_every_draft_but_cannot_take_down(self, client, world):
        client.force_login(world.users[SECRETARIAT])
        listing = client.get(reverse("wagtailadmin_explore", args=[world.news.pk])).content.decode()
        assert world.colleague_draft.title in listing
        assert client.get(edit_url(world.colleague_draft)).status_code == 200
        assert client.get(edit_url(world.en_article)).status_code == 200
        assert denied(client.get(reverse("wagtailadmin_pages:unpublish", args=[world.news_live.pk])))

    def test_board_publishes_takes_down_and_moves(self, client, world):
        client.force_login(world.users[BOARD])
        assert client.get(edit_url(world.news_live)).status_code == 200
        assert client.get(reverse("wagtailadmin_pages:unpublish", args=[world.news_live.pk])).status_code == 200
        assert client.get(reverse("wagtailadmin_pages:move", args=[world.news_live.pk])).status_code == 200
        assert denied(client.get(reverse("wagtailusers_users:index")))

    def test_translator_translates_into_english_and_cannot_publish(self, client, world):
        translator = world.users[TRANSLATORS]
        client.force_login(translator)
        assert denied(client.get(edit_url(world.news_live)))
        assert client.get(edit_url(world.en_article)).status_code == 200

        submit = reverse("wagtail_localize:submit_page_translation", args=[world.news_live.pk])
        assert client.get(submit).status_code == 200
        response = client.post(submit, {"locales": [world.locales.en.pk]})
        translated = ArticlePage.objects.get(translation_key=world.news_live.translation_key, locale=world.locales.en)
        assert response.status_code == 302 and response.url == edit_url(translated)
        assert client.get(edit_url(translated)).status_code == 200
        perms = page_perms(translated, translator)
        assert perms.can_edit() and not perms.can_publish()

    def test_office_works_with_documents_only(self, client, world):
        client.force_login(world.users[OFFICE])
        assert client.get(reverse("wagtaildocs:add")).status_code == 200
        assert denied(client.get(reverse("wagtailimages:add")))
        assert denied(client.get(edit_url(world.news_live)))

    def test_technical_team_opens_users_and_settings_but_not_content(self, client, world):
        client.force_login(world.users[TECHNICAL])
        for url in (
            reverse("wagtailusers_users:index"),
            reverse("wagtailusers_groups:index"),
            reverse("wagtailsettings:edit", args=("home", "portalsettings", world.site.pk)),
            reverse("wagtailredirects:index"),
            reverse("wagtailsearchpromotions:index"),
        ):
            assert client.get(url).status_code == 200, url
        assert denied(client.get(edit_url(world.news_live)))
        assert denied(client.get(reverse("wagtailadmin_pages:unpublish", args=[world.news_live.pk])))
        assert denied(client.get(add_article_url(world.news)))

    def test_technical_team_assigns_roles_to_others(self, client, world, django_user_model):
        client.force_login(world.users[TECHNICAL])
        newcomer = make_user("bientapvien-moi")
        board = Group.objects.get(name=BOARD)
        response = client.post(
            reverse("wagtailusers_users:edit", args=[newcomer.pk]), user_form(newcomer, groups=[str(board.pk)])
        )
        assert response.status_code == 302
        assert list(newcomer.groups.all()) == [board]

    def test_technical_team_cannot_make_administrators(self, client, world, django_user_model):
        client.force_login(world.users[TECHNICAL])
        response = client.post(
            reverse("wagtailusers_users:add"),
            {
                "username": "quantri-moi",
                "email": "quantri-moi@example.gov.vn",
                "first_name": "Quản trị",
                "last_name": "Mới",
                "password1": "Mot-mat-khau-dai-2025",
                "password2": "Mot-mat-khau-dai-2025",
                "is_superuser": "on",
            },
        )
        assert response.status_code == 302
        assert not django_user_model.objects.filter(username="quantri-moi").exists()

        someone = world.users[OFFICE]
        client.post(reverse("wagtailusers_users:edit", args=[someone.pk]), user_form(someone, is_superuser="on"))
        someone.refresh_from_db()
        assert not someone.is_superuser

        administrator = django_user_model.objects.create_superuser("quantri", "quantri@example.gov.vn", PASSWORD)
        response = client.get(reverse("wagtailusers_users:edit", args=[administrator.pk]))
        assert response.status_code == 302 and response.url == reverse("wagtailusers_users:index")
        client.post(
            reverse("wagtailusers_users:edit", args=[administrator.pk]),
            user_form(administrator, password1="Mat-khau-bi-doi-2025", password2="Mat-khau-bi-doi-2025"),
        )
        administrator.refresh_from_db()
        assert administrator.check_password(PASSWORD)

    def test_technical_team_cannot_change_its_own_groups(self, client, world):
        technician = world.users[TECHNICAL]
        client.force_login(technician)
        board = Group.objects.get(name=BOARD)
        own_groups = [str(pk) for pk in technician.groups.values_list("pk", flat=True)]

        client.post(
            reverse("wagtailusers_users:edit", args=[technician.pk]),
            user_form(technician, groups=[*own_groups, str(board.pk)]),
        )
        assert not technician.groups.filter(name=BOARD).exists()

        bulk = reverse("wagtail_bulk_action", args=("auth", "user", "assign_role"))
        response = client.post(f"{bulk}?id={technician.pk}", {"role": board.pk})
        assert response.status_code == 302
        assert not technician.groups.filter(name=BOARD).exists()

        # Editing their own name is still fine.
        response = client.post(
            reverse("wagtailusers_users:edit", args=[technician.pk]), user_form(technician, first_name="Kỹ thuật")
        )
        technician.refresh_from_db()
        assert response.status_code == 302 and technician.first_name == "Kỹ thuật"


# setup_roles, the migration and the hook point.


def snapshot():
    return {
        group.name: (
            sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()),
            sorted(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
        )
        for group in Group.objects.all()
    }


def setup_roles():
    out = StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


def test_setup_roles_is_idempotent(portal):
    first = setup_roles()
    after_first = snapshot()
    second = setup_roles()
    assert snapshot() == after_first
    assert "không có gì thay đổi" in second and "không có gì thay đổi" not in first
    assert {CONTRIBUTORS, SECRETARIAT, BOARD, TRANSLATORS, OFFICE, TECHNICAL} <= set(after_first)
    assert {"Cộng tác viên – Tin tức - Sự kiện", "Cộng tác viên – Văn hóa"} <= set(after_first)
    assert len(after_first) == 8
    # The board acts on both home pages, not on the root page it held before the tree existed.
    board_pages = {page_id for page_id, _ in after_first[BOARD][1]}
    assert board_pages == {portal.home.pk, portal.home_en.pk}


def test_setup_roles_restores_the_defined_powers(portal, django_user_model):
    apply_roles()
    board = Group.objects.get(name=BOARD)
    board.permissions.add(Permission.objects.get(codename="add_user"))
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=TRANSLATORS),
        page=portal.home,
        permission=Permission.objects.get(codename="publish_page"),
    )
    output = setup_roles()
    assert "Nhóm “Ban biên tập”: bỏ quyền auth.add_user" in output
    assert "Nhóm “Biên dịch viên”: bỏ quyền publish_page trên “" in output
    assert not board.permissions.filter(codename="add_user").exists()


def test_section_groups_follow_the_sections(portal, django_user_model):
    apply_roles()
    group = contributor_group_for(portal.news)
    writer = make_user("phongvien", Group.objects.get(name=CONTRIBUTORS), group)

    portal.news.title = "Tin tức"
    portal.news.save_revision().publish()
    sports = SectionPageFactory(parent=portal.home, title="Thể thao", slug="the-thao")
    output = setup_roles()

    group.refresh_from_db()
    assert group.name == "Cộng tác viên – Tin tức" and writer.groups.filter(pk=group.pk).exists()
    assert "Đổi tên nhóm “Cộng tác viên – Tin tức - Sự kiện” thành “Cộng tác viên – Tin tức”" in output
    assert contributor_group_for(sports).name == "Cộng tác viên – Thể thao"
    assert page_perms(portal.news, writer).can_add_subpage() and not page_perms(sports, writer).can_add_subpage()


def test_migration_creates_the_roles_on_an_empty_database(db, locales):
    Page.objects.filter(depth__gt=1).delete()
    Group.objects.all().delete()
    migration = importlib.import_module("editorial.migrations.0002_roles")
    historical_apps = MigrationExecutor(connection).loader.project_state(("editorial", "0002_roles")).apps
    migration.create_roles(historical_apps, SimpleNamespace(connection=connection))

    root = Page.get_first_root_node()
    assert set(Group.objects.values_list("name", flat=True)) == set(ROLE_NAMES)
    board_pages = GroupPagePermission.objects.filter(group__name=BOARD)
    assert set(board_pages.values_list("page_id", flat=True)) == {root.pk}
    assert set(board_pages.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert not GroupPagePermission.objects.filter(group__name=TRANSLATORS).exists()

    # Once the home pages exist, running the roles again moves the page permissions onto them.
    home = HomePageFactory(parent=root)
    home_en = home.copy_for_translation(locales.en)
    apply_roles()
    assert set(GroupPagePermission.objects.filter(group__name=BOARD).values_list("page_id", flat=True)) == {
        home.pk,
        home_en.pk,
    }
    assert set(GroupPagePermission.objects.filter(group__name=TRANSLATORS).values_list("page_id", flat=True)) == {
        home_en.pk
    }


def test_wagtails_sample_groups_go_unless_someone_is_in_them(portal, django_user_model):
    Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    make_user("kiemduyet", moderators)
    report = apply_roles()
    assert set(Group.objects.filter(name__in=["Editors", "Moderators"]).values_list("name", flat=True)) == {
        "Moderators"
    }
    assert any("Moderators" in line for line in report.warnings)


def test_later_content_types_grant_their_permissions_through_the_hook_point(portal, django_user_model, monkeypatch):
    monkeypatch.setattr(roles, "_granted_later", type(roles._granted_later)(list))
    apply_roles()
    office_user = make_user("vanthu", Group.objects.get(name=OFFICE))
    assert not office_user.has_perm("wagtaildocs.delete_document")

    grant_model_permissions(OFFICE, "wagtaildocs.delete_document")
    apply_roles()
    office_user = type(office_user).objects.get(pk=office_user.pk)
    assert office_user.has_perm("wagtaildocs.delete_document")
    with pytest.raises(ValueError):
        grant_model_permissions("Phòng không tồn tại", "wagtaildocs.delete_document")


# Demo accounts (seed_demo, in dev settings).


def seed_context(accounts_allowed=True):
    out = StringIO()
    return SeedContext(stdout=out, style=no_style(), accounts_allowed=accounts_allowed), out


def test_demo_accounts_one_per_role(portal, django_user_model):
    context, out = seed_context()
    accounts.build_accounts(context)
    accounts.build_roles(context)
    output = out.getvalue()

    expected_groups = {
        "admin": set(),
        "congtacvien": {CONTRIBUTORS, "Cộng tác viên – Tin tức - Sự kiện"},
        "thuky": {SECRETARIAT},
        "thuky2": {SECRETARIAT},
        "bientap": {BOARD},
        "bientap2": {BOARD},
        "biendich": {TRANSLATORS},
        "vanphong": {OFFICE},
        "kythuat": {TECHNICAL},
    }
    for account in accounts.DEMO_ACCOUNTS:
        user = django_user_model.objects.get(username=account.username)
        assert set(user.groups.values_list("name", flat=True)) == expected_groups[account.username]
        assert user.check_password(account.password)
        assert f"{account.username} / {account.password}" in output
        assert UserProfile.get_for_user(user).preferred_language == "vi"
    assert len(accounts.DEMO_ACCOUNTS) == len(expected_groups)

    contributor = django_user_model.objects.get(username="congtacvien")
    assert page_perms(portal.news, contributor).can_add_subpage()
    assert not page_perms(portal.culture, contributor).can_add_subpage()

    again, _out = seed_context()
    accounts.build_accounts(again)
    accounts.build_roles(again)
    assert all(set(tally) == {"giữ nguyên"} for tally in again.counts.values()), again.counts


def test_no_demo_accounts_outside_development(portal, django_user_model):
    context, _out = seed_context(accounts_allowed=False)
    accounts.build_roles(context)
    assert not django_user_model.objects.exists()
    assert contributor_group_for(portal.news) is not None
