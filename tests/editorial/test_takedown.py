"""Take-down (gỡ bỏ) as the editorial board does it in the admin: the button on live articles, the three
reasons end to end (published in error, consolidated into another page, withdrawn), what citizens then see at
the old address and in every listing, the audit log, the read-only take-down register, and who may do it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.users.models import UserProfile

from editorial.models import TakeDown
from editorial.takedown import LOG_ACTION, take_down
from sections.templatetags.portal_tags import portal_date
from tests.factories import ArticlePageFactory, SectionPageFactory

Reason = TakeDown.Reason
PASSWORD = "mat-khau-thu-nghiem"


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def take_down_url(page):
    return reverse("editorial_take_down", args=[page.pk])


def post_take_down(client, page, reason, explanation, replacement=None):
    data = {"reason": reason, "explanation": explanation, "replacement": replacement.pk if replacement else ""}
    return client.post(take_down_url(page), data)


def admin_user_with(django_user_model, username, *, page_permissions=(), permissions=(), on_page=None):
    """An admin user in a group of its own: page permissions on `on_page` and its subtree, plus model permissions."""
    group = Group.objects.create(name=f"Nhóm {username}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, codename in permissions:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    for codename in page_permissions:
        GroupPagePermission.objects.create(
            group=group,
            page=on_page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{codename}_page"),
        )
    user = django_user_model.objects.create_user(username, f"{username}@example.gov.vn", PASSWORD)
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def board_member(django_user_model, portal):
    """Publishes and unpublishes in the Vietnamese portal and reads the register, without being a superuser."""
    return admin_user_with(
        django_user_model,
        "ban-bien-tap",
        page_permissions=("add", "change", "publish"),
        permissions=[("editorial", "view_takedown")],
        on_page=portal.home,
    )


@pytest.fixture
def contributor(django_user_model, portal):
    """Writes and edits, but may not publish or unpublish."""
    return admin_user_with(django_user_model, "cong-tac-vien", page_permissions=("add", "change"), on_page=portal.home)


@pytest.fixture
def article(portal):
    return ArticlePageFactory(
        parent=portal.news, title="Lịch bắn pháo hoa dịp Quốc khánh", slug="lich-ban-phao-hoa-quoc-khanh"
    )


@pytest.fixture
def replacement(portal):
    return ArticlePageFactory(
        parent=portal.news, title="Lịch bắn pháo hoa dịp Quốc khánh (cập nhật)", slug="lich-ban-phao-hoa-cap-nhat"
    )


def take_down_entries(page):
    return list(PageLogEntry.objects.filter(page=page, action=LOG_ACTION))


@pytest.mark.django_db
class TestTheButton:
    def test_live_articles_offer_take_down_in_the_page_header_and_the_listing(self, admin_client, portal, article):
        edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
        listing = admin_client.get(reverse("wagtailadmin_explore", args=[portal.news.pk])).content.decode()

        assert take_down_url(article) in edit
        assert take_down_url(article) in listing

    def test_drafts_and_sections_do_not(self, admin_client, portal):
        draft = ArticlePageFactory(parent=portal.news, title="Bản nháp", live=False, first_published_at=None)

        draft_edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
        section_edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[portal.news.pk])).content.decode()

        assert take_down_url(draft) not in draft_edit
        assert take_down_url(portal.news) not in section_edit

    def test_users_who_cannot_unpublish_are_not_offered_it(self, client, contributor, article):
        client.force_login(contributor)

        edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))

        assert edit.status_code == 200
        assert take_down_url(article) not in edit.content.decode()

    def test_the_form_explains_the_three_reasons(self, admin_client, article):
        soup = parse(admin_client.get(take_down_url(article)))

        reasons = [label.get_text(strip=True) for label in soup.select("input[name=reason]")]
        assert len(reasons) == 3
        text = soup.get_text(" ", strip=True)
        for label in Reason.labels:
            assert str(label) in text
        assert "Lịch bắn pháo hoa dịp Quốc khánh" in text
        assert soup.find("textarea", attrs={"name": "explanation"}) is not None
        assert soup.find("input", attrs={"name": "replacement"}) is not None


@pytest.mark.django_db
class TestPublishedInError:
    def test_without_replacement_the_address_answers_not_found(self, admin_client, admin_user, portal, article):
        url, full_url = article.url, article.full_url

        response = post_take_down(admin_client, article, Reason.PUBLISHED_IN_ERROR, "Đăng nhầm bản nháp chưa duyệt.")

        assert response.status_code == 302
        article.refresh_from_db()
        assert not article.live
        assert admin_client.get(url).status_code == 404
        record = TakeDown.objects.get()
        assert (record.page_id, record.page_title, record.page_url) == (article.pk, article.title, full_url)
        assert (record.reason, record.explanation) == (Reason.PUBLISHED_IN_ERROR, "Đăng nhầm bản nháp chưa duyệt.")
        assert (record.locale, record.taken_down_by) == (portal.locales.vi, admin_user)
        assert record.replacement is None and record.redirect is None
        assert not Redirect.objects.exists()

    def test_with_replacement_the_address_redirects_there_temporarily(self, admin_client, article, replacement):
        url = article.url

        post_take_down(admin_client, article, Reason.PUBLISHED_IN_ERROR, "Sai giờ bắn.", replacement=replacement)

        response = admin_client.get(url)
        assert response.status_code == 302
        assert response["Location"] == replacement.url
        record = TakeDown.objects.get()
        assert record.replacement.pk == replacement.pk
        assert record.redirect.redirect_page.pk == replacement.pk
        assert not record.redirect.is_permanent

    def test_a_page_already_taken_down_sends_the_editor_back_to_it(self, admin_client, article):
        post_take_down(admin_client, article, Reason.PUBLISHED_IN_ERROR, "Đăng nhầm.")

        again = admin_client.get(take_down_url(article), follow=True)

        assert again.redirect_chain[0][0] == reverse("wagtailadmin_pages:edit", args=[article.pk])
        assert "đang không xuất bản" in again.content.decode()
        assert TakeDown.objects.count() == 1


@pytest.mark.django_db
class TestConsolidated:
    def test_the_replacement_is_required(self, admin_client, article):
        response = post_take_down(admin_client, article, Reason.CONSOLIDATED, "Gộp vào bài tổng hợp.")

        assert response.status_code == 200
        assert "phải có trang thay thế" in response.content.decode()
        article.refresh_from_db()
        assert article.live
        assert not TakeDown.objects.exists()

    def test_the_address_redirects_for_good_and_the_page_is_unpublished(
        self, client, admin_client, article, replacement
    ):
        url = article.url

        post_take_down(admin_client, article, Reason.CONSOLIDATED, "Gộp vào bài cập nhật.", replacement=replacement)

        article.refresh_from_db()
        assert not article.live
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == replacement.url
        followed = client.get(url, follow=True)
        assert parse(followed).find("h1").get_text(strip=True) == "Lịch bắn pháo hoa dịp Quốc khánh (cập nhật)"
        assert TakeDown.objects.get().redirect.is_permanent

    def test_the_replacement_must_be_live(self, admin_client, portal, article):
        draft = ArticlePageFactory(parent=portal.news, title="Bài chưa đăng", live=False, first_published_at=None)

        response = post_take_down(admin_client, article, Reason.CONSOLIDATED, "Gộp.", replacement=draft)

        assert "Trang thay thế chưa được xuất bản" in response.content.decode()
        assert not TakeDown.objects.exists()


@pytest.mark.django_db
class TestWithdrawn:
    EXPLANATION = "Số liệu về điểm bắn chưa được Ủy ban nhân dân thành phố phê duyệt."

    def test_the_page_stays_at_its_address_with_a_notice_under_the_title(self, client, admin_client, article):
        response = post_take_down(admin_client, article, Reason.WITHDRAWN, self.EXPLANATION)

        assert response.status_code == 302
        article.refresh_from_db()
        assert article.live
        assert article.withdrawn_at is not None
        soup = parse(client.get(article.url))
        h1 = soup.find("h1")
        notice = h1.find_next_sibling()
        assert notice["role"] == "note"
        date = article.withdrawn_at.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y")
        assert f"Bài viết đã được thu hồi ngày {date}." in notice.get_text(" ", strip=True)
        assert f"Lý do: {self.EXPLANATION}" in " ".join(notice.get_text(" ", strip=True).split())
        record = TakeDown.objects.get()
        assert record.reason == Reason.WITHDRAWN and record.redirect is None and record.replacement is None

    def test_the_notice_is_published_as_a_new_revision_and_survives_the_next_edit(self, admin_client, article):
        revisions_before = article.revisions.count()

        post_take_down(admin_client, article, Reason.WITHDRAWN, self.EXPLANATION)

        article.refresh_from_db()
        assert article.revisions.count() == revisions_before + 1
        assert article.live_revision == article.latest_revision
        assert article.latest_revision.as_object().withdrawal_notice == self.EXPLANATION
        # An editor fixing a typo later works from that revision: the notice stays.
        later = article.get_latest_revision_as_object()
        later.title = "Lịch bắn pháo hoa dịp Quốc khánh 2/9"
        later.save_revision().publish()
        article.refresh_from_db()
        assert article.withdrawal_notice == self.EXPLANATION

    def test_a_pending_draft_is_not_published_with_the_notice(self, admin_client, article):
        draft = article.get_latest_revision_as_object()
        draft.lead = "Sapo chưa được duyệt."
        draft.save_revision()

        post_take_down(admin_client, article, Reason.WITHDRAWN, self.EXPLANATION)

        article.refresh_from_db()
        assert article.lead != "Sapo chưa được duyệt."
        assert article.withdrawal_notice == self.EXPLANATION

    def test_it_leaves_the_section_listing_the_feed_the_home_page_and_related_articles(
        self, client, admin_client, portal, article
    ):
        sibling = ArticlePageFactory(parent=portal.news, title="Hướng dẫn phân luồng giao thông")
        pages = {
            "section": portal.news.url,
            "feed": portal.news.url + "rss/",
            "home": portal.home.url,
            "related": sibling.url,
        }
        before = {name: client.get(url).content.decode() for name, url in pages.items()}
        assert all(article.title in content for content in before.values())

        post_take_down(admin_client, article, Reason.WITHDRAWN, self.EXPLANATION)

        after = {name: client.get(url).content.decode() for name, url in pages.items()}
        assert {name for name, content in after.items() if article.title in content} == set()
        feed = ET.fromstring(after["feed"])  # noqa: S314 - our own server's response
        feed_titles = [item.findtext("title") for item in feed.iter("item")]
        assert feed_titles == ["Hướng dẫn phân luồng giao thông"]

    def test_a_replacement_is_refused(self, admin_client, article, replacement):
        response = post_take_down(admin_client, article, Reason.WITHDRAWN, self.EXPLANATION, replacement=replacement)

        assert "Bài thu hồi vẫn giữ ở địa chỉ cũ" in response.content.decode()
        article.refresh_from_db()
        assert article.withdrawn_at is None

    def test_the_notice_adds_no_query_to_the_article_page(self, client, admin_user, portal):
        ArticlePageFactory(parent=portal.news, title="Bài thứ ba")
        kept = ArticlePageFactory(parent=portal.news, title="Bài giữ nguyên")
        withdrawn = ArticlePageFactory(parent=portal.news, title="Bài thu hồi")
        take_down(withdrawn, admin_user, Reason.WITHDRAWN, self.EXPLANATION)

        counts = {}
        for page in (kept, withdrawn):
            assert client.get(page.url).status_code == 200  # warm the caches
            with CaptureQueriesContext(connection) as queries:
                response = client.get(page.url)
            assert response.status_code == 200
            counts[page.title] = len(queries)

        assert 'role="note"' in response.content.decode()
        assert counts["Bài thu hồi"] == counts["Bài giữ nguyên"]


@pytest.mark.django_db
class TestEveryTakeDown:
    def test_requires_an_explanation(self, admin_client, article):
        response = post_take_down(admin_client, article, Reason.PUBLISHED_IN_ERROR, "   ")

        assert response.status_code == 200
        assert "Hãy ghi rõ lý do gỡ bỏ" in response.content.decode()
        article.refresh_from_db()
        assert article.live
        assert not TakeDown.objects.exists()

    @pytest.mark.parametrize("reason", Reason.values)
    def test_is_written_to_the_audit_log_with_its_reason(self, admin_client, admin_user, article, replacement, reason):
        chosen = replacement if reason != Reason.WITHDRAWN else None

        post_take_down(admin_client, article, reason, "Theo chỉ đạo của Ban biên tập.", replacement=chosen)

        (entry,) = take_down_entries(article)
        assert entry.user == admin_user
        assert entry.data["reason"] == reason
        assert str(Reason(reason).label) in entry.message
        assert entry.comment == "Theo chỉ đạo của Ban biên tập."
        history = admin_client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).content.decode()
        assert f"Gỡ bỏ, lý do: {Reason(reason).label}" in history

    def test_is_refused_to_users_who_cannot_unpublish(self, client, contributor, article):
        client.force_login(contributor)

        form = client.get(take_down_url(article))
        submitted = post_take_down(client, article, Reason.PUBLISHED_IN_ERROR, "Muốn gỡ.")

        assert (form.status_code, submitted.status_code) == (403, 403)
        assert "cần quyền ngừng xuất bản" in form.content.decode()
        article.refresh_from_db()
        assert article.live
        assert not TakeDown.objects.exists()
        assert take_down_entries(article) == []

    def test_a_board_member_who_is_not_a_superuser_can_take_down(self, client, board_member, article):
        client.force_login(board_member)

        response = post_take_down(client, article, Reason.PUBLISHED_IN_ERROR, "Đăng nhầm chuyên mục.")

        assert response.status_code == 302
        article.refresh_from_db()
        assert not article.live
        assert TakeDown.objects.get().taken_down_by == board_member

    def test_works_for_english_pages(self, client, admin_client, portal):
        en = portal.locales.en
        news_en = SectionPageFactory(parent=portal.home_en, title="News and events", slug="news-events", locale=en)
        old = ArticlePageFactory(parent=news_en, title="Fireworks schedule", slug="fireworks", locale=en)
        new = ArticlePageFactory(parent=news_en, title="Fireworks schedule (updated)", slug="fireworks-2", locale=en)
        withdrawn = ArticlePageFactory(parent=news_en, title="Festival programme", slug="festival", locale=en)
        old_url = old.url
        assert old_url.startswith("/en/")

        post_take_down(admin_client, old, Reason.CONSOLIDATED, "Merged into the updated schedule.", replacement=new)
        post_take_down(admin_client, withdrawn, Reason.WITHDRAWN, "The programme was cancelled.")

        moved = client.get(old_url)
        assert (moved.status_code, moved["Location"]) == (301, new.url)
        withdrawn.refresh_from_db()
        notice = parse(client.get(withdrawn.url)).find(attrs={"role": "note"})
        with translation.override("en"):
            date = portal_date(withdrawn.withdrawn_at, "short")
        assert date in notice.get_text(" ", strip=True)
        assert "The programme was cancelled." in notice.get_text(" ", strip=True)
        assert set(TakeDown.objects.values_list("locale__language_code", flat=True)) == {"en"}

    def test_a_replacement_in_another_language_is_refused(self, admin_client, portal, article):
        en = portal.locales.en
        news_en = SectionPageFactory(parent=portal.home_en, title="News and events", slug="news-events", locale=en)
        english = ArticlePageFactory(parent=news_en, title="Fireworks", slug="fireworks", locale=en)

        response = post_take_down(admin_client, article, Reason.CONSOLIDATED, "Gộp.", replacement=english)

        assert "cùng ngôn ngữ" in response.content.decode()
        assert not TakeDown.objects.exists()


@pytest.mark.django_db
class TestRegister:
    @pytest.fixture
    def entries(self, admin_user, portal, replacement):
        pages = [ArticlePageFactory(parent=portal.news, title=f"Bài cần gỡ {n}") for n in range(3)]
        take_down(pages[0], admin_user, Reason.PUBLISHED_IN_ERROR, "Đăng nhầm.")
        take_down(pages[1], admin_user, Reason.CONSOLIDATED, "Gộp bài.", replacement=replacement)
        take_down(pages[2], admin_user, Reason.WITHDRAWN, "Thu hồi theo yêu cầu.")
        # The first was taken down last month.
        TakeDown.objects.filter(page=pages[0]).update(taken_down_at=timezone.now() - datetime.timedelta(days=40))
        return pages

    def register_titles(self, client, **params):
        response = client.get(reverse("take_downs:index"), params)
        assert response.status_code == 200
        return sorted(
            link.get_text(strip=True)
            for link in parse(response).select("table.listing tbody td.title .title-wrapper a")
        )

    def test_lists_every_take_down_and_filters_by_reason_and_date(self, admin_client, entries):
        today = timezone.localdate()

        assert self.register_titles(admin_client) == ["Bài cần gỡ 0", "Bài cần gỡ 1", "Bài cần gỡ 2"]
        assert self.register_titles(admin_client, reason=Reason.CONSOLIDATED) == ["Bài cần gỡ 1"]
        since_last_week = {"taken_down_at_from": (today - datetime.timedelta(days=7)).isoformat()}
        assert self.register_titles(admin_client, **since_last_week) == ["Bài cần gỡ 1", "Bài cần gỡ 2"]

    def test_shows_the_reason_and_who_took_it_down_by_name(self, admin_client, admin_user, entries):
        admin_user.first_name, admin_user.last_name = "Lê Hồng", "Nhung"
        admin_user.save()
        text = (
            parse(admin_client.get(reverse("take_downs:index")))
            .find("table", class_="listing")
            .get_text(" ", strip=True)
        )

        for label in Reason.labels:
            assert str(label) in text
        assert "Lê Hồng Nhung" in text
        detail = admin_client.get(reverse("take_downs:inspect", args=[TakeDown.objects.first().pk]))
        assert "Lê Hồng Nhung" in detail.content.decode()

    def test_is_read_only_even_for_superusers(self, admin_client, entries):
        response = admin_client.get(reverse("take_downs:index"))
        record = TakeDown.objects.first()

        assert response.context["can_add"] is False
        for name, args in (("add", []), ("edit", [record.pk]), ("delete", [record.pk])):
            with pytest.raises(NoReverseMatch):
                reverse(f"take_downs:{name}", args=args)
        detail = admin_client.get(reverse("take_downs:inspect", args=[record.pk]))
        assert detail.status_code == 200
        assert record.explanation in detail.content.decode()

    def test_board_members_see_it_in_the_menu_and_others_do_not(self, client, board_member, contributor, entries):
        register_url = reverse("take_downs:index")

        client.force_login(board_member)
        assert register_url in client.get(reverse("wagtailadmin_home")).content.decode()
        assert self.register_titles(client) == ["Bài cần gỡ 0", "Bài cần gỡ 1", "Bài cần gỡ 2"]

        client.force_login(contributor)
        assert register_url not in client.get(reverse("wagtailadmin_home")).content.decode()
        assert client.get(register_url).status_code in (302, 403)
