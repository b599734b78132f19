"""The editorial plan (kế hoạch viết tin, bài) as the board and the writers use it: the head of the board
assigns topics in the admin, a writer presses "Viết bài" and gets a linked draft, the status follows the article
through review to publication, overdue work is derived from the calendar, and each person sees their own work."""

import datetime
import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from editorial.models import Assignment
from editorial.plan import DraftRefused, overdue, overdue_by_unit, start_draft, sync_assignment, with_deadline_flags
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory, UnitFactory

Status = Assignment.Status
PLAN = "editorial_plan"


# --- people, places and topics -----------------------------------------------------------------------------------


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return " ".join(soup_of(response).get_text(" ").split())


def messages_of(response):
    return [
        " ".join(BeautifulSoup(str(message), "html.parser").get_text(" ").split())
        for message in get_messages(response.wsgi_request)
    ]


def admin_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def person(django_user_model, username, *groups, first_name=""):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.gov.vn", "mat-khau-thu-nghiem", first_name=first_name
    )
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def newsroom(portal, django_user_model):
    """The head of the board (may add and change assignments, and write anywhere under the home page), a
    contributor who writes for "Tin tức - Sự kiện" only and has no permission on the plan, a second contributor,
    and a unit."""
    head_group = Group.objects.create(name="Thử nghiệm – trưởng ban")
    head_group.permissions.add(
        admin_permission(),
        *Permission.objects.filter(
            content_type__app_label="editorial",
            codename__in=["add_assignment", "change_assignment", "view_assignment", "delete_assignment"],
        ),
    )
    for permission_type in ("add", "change", "publish"):
        GroupPagePermission.objects.create(group=head_group, page=portal.home, permission_type=permission_type)
    writers = Group.objects.create(name="Thử nghiệm – người viết tin tức")
    writers.permissions.add(admin_permission())
    GroupPagePermission.objects.create(group=writers, page=portal.news, permission_type="add")
    return SimpleNamespace(
        **vars(portal),
        head=person(django_user_model, "truongban", head_group, first_name="Lan"),
        writer=person(django_user_model, "phongvien", writers, first_name="Minh"),
        colleague=person(django_user_model, "congtacvien2", writers, first_name="Hoa"),
        unit=UnitFactory(name="Trung tâm Thông tin Triển lãm Hà Nội"),
    )


def assign(room, title="Khai mạc Lễ hội Đền Hùng tại Hà Nội", section=None, due_in=5, **fields):
    fields.setdefault("assignee", room.writer)
    fields.setdefault("unit", room.unit)
    return Assignment.objects.create(
        title=title,
        section=section or room.news,
        format=fields.pop("format", ArticlePage.Format.NEWS),
        due_date=timezone.localdate() + datetime.timedelta(days=due_in),
        **fields,
    )


def client_for(client, user):
    client.force_login(user)
    return client


def write(client, assignment):
    return client.post(reverse(f"{PLAN}:write", args=[assignment.pk]))


def article_form(page, **overrides):
    """The article editor's form as a browser posts it, with the lead written."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "format": page.format,
        "lead": "Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa truyền thống.",
        "cover_image": "",
        "byline": "Minh – Trung tâm Thông tin Triển lãm",
        "unit": page.unit_id or "",
        "body": streamfield([("paragraph", rich_text("<p>Đông đảo người dân tham dự.</p>"))]),
        "topic_links": inline_formset([]),
        "locality_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    return nested_form_data(fields)


@pytest.fixture
def review(newsroom):
    """A one-step review of the news section by a reviewers' group, so the test controls who approves."""
    reviewers = Group.objects.create(name="Thử nghiệm – người duyệt")
    task = GroupApprovalTask.objects.create(name="Duyệt thử")
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Duyệt tin thử nghiệm")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=newsroom.news)
    newsroom.head.groups.add(reviewers)
    return workflow


# --- the board assigns ----------------------------------------------------------------------------------------------


def test_head_of_board_assigns_a_topic_in_the_admin(client, newsroom, locales):
    english_news = newsroom.news.copy_for_translation(locales.en)
    client_for(client, newsroom.head)
    form = client.get(reverse(f"{PLAN}:add"))
    assert form.status_code == 200
    section_options = {option["value"] for option in soup_of(form).select("select[name=section] option")}
    assert str(newsroom.news.pk) in section_options and str(english_news.pk) not in section_options
    assignee_options = {option.get_text(strip=True) for option in soup_of(form).select("select[name=assignee] option")}
    assert "Minh (phongvien)" in assignee_options

    due = timezone.localdate() + datetime.timedelta(days=7)
    response = client.post(
        reverse(f"{PLAN}:add"),
        {
            "title": "Phóng sự ảnh: Mùa hoa sưa trên phố",
            "section": newsroom.news.pk,
            "format": ArticlePage.Format.PHOTO_REPORT,
            "unit": newsroom.unit.pk,
            "assignee": newsroom.writer.pk,
            "due_date": due.isoformat(),
            "notes": "6–8 ảnh ngang, chú thích đầy đủ.",
            "page": "",
        },
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get(title="Phóng sự ảnh: Mùa hoa sưa trên phố")
    assert (assignment.section_id, assignment.format, assignment.unit, assignment.assignee) == (
        newsroom.news.pk,
        "photo_report",
        newsroom.unit,
        newsroom.writer,
    )
    assert assignment.due_date == due and assignment.status == Status.ASSIGNED
    assert assignment.created_by == newsroom.head

    listing = client.get(reverse(f"{PLAN}:index"))
    row = next(tr for tr in soup_of(listing).select("tbody tr") if "Mùa hoa sưa" in tr.get_text())
    cells = " ".join(row.get_text(" ").split())
    assert "Tin tức - Sự kiện" in cells and "Phóng sự ảnh" in cells and due.strftime("%d/%m/%Y") in cells
    assert "Đã giao" in cells and "Quá hạn" not in cells


def test_board_links_an_existing_article_and_the_status_follows_it(client, newsroom):
    article = ArticlePageFactory(parent=newsroom.news, title="Hà Nội khai mạc Tuần lễ Văn hóa")
    assignment = assign(newsroom, title="Tuần lễ Văn hóa")
    client_for(client, newsroom.head)
    response = client.post(
        reverse(f"{PLAN}:edit", args=[assignment.pk]),
        {
            "title": assignment.title,
            "section": newsroom.news.pk,
            "format": "news",
            "unit": newsroom.unit.pk,
            "assignee": newsroom.writer.pk,
            "due_date": assignment.due_date.isoformat(),
            "notes": "",
            "page": article.pk,
        },
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.page_id == article.pk and assignment.status == Status.PUBLISHED
    assert assignment.published_at == ArticlePage.objects.get(pk=article.pk).first_published_at


# --- "Viết bài" -----------------------------------------------------------------------------------------------------


def test_write_creates_a_linked_draft_and_opens_the_editor(client, newsroom):
    ArticlePageFactory(parent=newsroom.news, title="Bài cũ", slug="khai-mac-le-hoi-den-hung-tai-ha-noi")
    assignment = assign(newsroom, format=ArticlePage.Format.ARTICLE)
    client_for(client, newsroom.writer)

    confirm = client.get(reverse(f"{PLAN}:write", args=[assignment.pk]))
    assert confirm.status_code == 200 and "Tạo bản nháp và bắt đầu viết" in text_of(confirm)

    response = write(client, assignment)
    page = ArticlePage.objects.get(title="Khai mạc Lễ hội Đền Hùng tại Hà Nội")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    # Vietnamese letters folded (Đ → d), unique beside the older article with the same slug.
    assert page.slug == "khai-mac-le-hoi-den-hung-tai-ha-noi-2"
    assert page.get_parent().pk == newsroom.news.pk and not page.live
    assert (page.format, page.unit, page.owner) == ("article", newsroom.unit, newsroom.writer)
    assignment.refresh_from_db()
    assert assignment.page_id == page.pk and assignment.status == Status.DRAFT

    editor = client.get(response["Location"])
    assert editor.status_code == 200


def test_write_again_links_to_the_existing_article_instead(client, newsroom):
    assignment = assign(newsroom)
    page = start_draft(assignment, newsroom.writer)
    client_for(client, newsroom.writer)
    response = write(client, assignment)
    assert response.status_code == 302
    [message] = messages_of(response)
    assert "đã có bài viết" in message and "Mở bài viết" in message
    assert ArticlePage.objects.filter(title=assignment.title).count() == 1
    assert Assignment.objects.get(pk=assignment.pk).page_id == page.pk


def test_write_on_a_published_topic_points_to_the_public_article(client, newsroom):
    article = ArticlePageFactory(parent=newsroom.news, title="Bài đã đăng của Ban biên tập")
    assignment = assign(newsroom, title="Đề tài đã có bài", page=article, status=Status.PUBLISHED)
    client_for(client, newsroom.writer)
    [message] = messages_of(write(client, assignment))
    # The writer may not edit someone else's live article: the message leads to the public page instead.
    assert "đã có bài viết" in message and "Xem bài đã đăng" in message and "Mở bài viết" not in message


def test_write_is_refused_where_the_writer_may_not_add_pages(client, newsroom):
    assignment = assign(newsroom, title="Triển lãm ảnh di sản", section=newsroom.culture)
    client_for(client, newsroom.writer)
    response = write(client, assignment)
    assert response.status_code == 302 and response["Location"] == reverse(f"{PLAN}:mine")
    [message] = messages_of(response)
    assert "Bạn không có quyền tạo bài viết trong chuyên mục “Văn hóa”" in message
    assert not ArticlePage.objects.filter(title="Triển lãm ảnh di sản").exists()
    assert Assignment.objects.get(pk=assignment.pk).status == Status.ASSIGNED
    with pytest.raises(DraftRefused):
        start_draft(assignment, newsroom.writer)


def test_anyone_who_may_write_in_the_section_can_start_someone_elses_topic(client, newsroom):
    assignment = assign(newsroom, assignee=newsroom.writer)
    client_for(client, newsroom.colleague)
    response = write(client, assignment)
    assert response.status_code == 302
    assert Assignment.objects.get(pk=assignment.pk).page.owner == newsroom.colleague


# --- the status follows the article ----------------------------------------------------------------------------------


def test_status_follows_review_and_publication(client, newsroom, review):
    assignment = assign(newsroom)
    client_for(client, newsroom.writer)
    write(client, assignment)
    page = Assignment.objects.get(pk=assignment.pk).page

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {**article_form(page), "action-submit": "1"}
    )
    assert response.status_code == 302
    assert Assignment.objects.get(pk=assignment.pk).status == Status.IN_REVIEW

    # Returned with changes: the writer has it again; resubmitted: back in review.
    state = page.current_workflow_state
    state.current_task_state.specific.reject(user=newsroom.head)
    assert Assignment.objects.get(pk=assignment.pk).status == Status.DRAFT
    state.refresh_from_db()
    state.resume(user=newsroom.writer)
    assert Assignment.objects.get(pk=assignment.pk).status == Status.IN_REVIEW

    state.refresh_from_db()
    state.current_task_state.specific.approve(user=newsroom.head)
    page = ArticlePage.objects.get(pk=page.pk)
    assignment.refresh_from_db()
    assert page.live and assignment.status == Status.PUBLISHED
    assert assignment.published_at == page.first_published_at is not None


def test_cancelling_the_review_puts_the_article_back_in_draft(newsroom, review):
    assignment = assign(newsroom)
    page = start_draft(assignment, newsroom.writer)
    review.start(page, newsroom.writer)
    assert Assignment.objects.get(pk=assignment.pk).status == Status.IN_REVIEW
    page.current_workflow_state.cancel(user=newsroom.writer)
    assert Assignment.objects.get(pk=assignment.pk).status == Status.DRAFT


def test_publishing_directly_records_the_publication_time(newsroom):
    assignment = assign(newsroom)
    page = start_draft(assignment, newsroom.head)
    page.lead = "Sapo đầy đủ."
    page.save_revision(user=newsroom.head).publish(user=newsroom.head)
    assignment.refresh_from_db()
    page.refresh_from_db()
    assert assignment.status == Status.PUBLISHED and assignment.published_at == page.first_published_at
    # Taking the page down later does not undo the work the plan records.
    page.unpublish(user=newsroom.head)
    assert sync_assignment(page).status == Status.PUBLISHED


def test_deleting_the_draft_gives_the_topic_back(newsroom):
    assignment = assign(newsroom)
    page = start_draft(assignment, newsroom.writer)
    page.delete()
    assignment.refresh_from_db()
    assert assignment.page is None and assignment.status == Status.ASSIGNED


# --- overdue ---------------------------------------------------------------------------------------------------------


def test_overdue_is_derived_from_the_due_date_around_today(newsroom):
    today = timezone.localdate()
    yesterday = assign(newsroom, title="Hạn hôm qua", due_in=-1)
    due_today = assign(newsroom, title="Hạn hôm nay", due_in=0)
    assign(newsroom, title="Hạn ngày mai", due_in=1)
    assign(newsroom, title="Hạn hôm qua, đang viết", due_in=-1, status=Status.DRAFT)
    assign(
        newsroom,
        title="Hạn hôm qua, đã đăng hôm nay",
        due_in=-1,
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    assign(
        newsroom,
        title="Hạn hôm nay, đã đăng hôm qua",
        due_in=0,
        status=Status.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=1),
    )

    flags = {a.title: (a.is_overdue, a.is_late) for a in with_deadline_flags(Assignment.objects.all(), today)}
    assert flags == {
        "Hạn hôm qua": (True, False),
        "Hạn hôm nay": (False, False),
        "Hạn ngày mai": (False, False),
        "Hạn hôm qua, đang viết": (True, False),
        "Hạn hôm qua, đã đăng hôm nay": (False, True),
        "Hạn hôm nay, đã đăng hôm qua": (False, False),
    }
    # Nothing is stored: tomorrow the topic due today is overdue too.
    tomorrow = today + datetime.timedelta(days=1)
    assert set(overdue(Assignment.objects.all(), tomorrow).values_list("title", flat=True)) == {
        yesterday.title,
        due_today.title,
        "Hạn hôm qua, đang viết",
    }
    assert not Assignment.objects.filter(status="overdue").exists()


def test_listing_marks_and_filters_overdue_work(client, newsroom):
    assign(newsroom, title="Lễ hội hoa xuân", due_in=-3)
    assign(newsroom, title="Giải chạy Hồ Tây", due_in=3)
    client_for(client, newsroom.head)
    listing = soup_of(client.get(reverse(f"{PLAN}:index")))
    rows = {" ".join(tr.get_text(" ").split()) for tr in listing.select("tbody tr")}
    late_row = next(row for row in rows if "Lễ hội hoa xuân" in row)
    assert "Quá hạn" in late_row
    assert "Quá hạn" not in next(row for row in rows if "Giải chạy Hồ Tây" in row)

    filtered = soup_of(client.get(reverse(f"{PLAN}:index"), {"status": "overdue"}))
    titles = " ".join(filtered.select_one("tbody").get_text(" ").split())
    assert "Lễ hội hoa xuân" in titles and "Giải chạy Hồ Tây" not in titles

    searched = soup_of(client.get(reverse(f"{PLAN}:index"), {"q": "Hồ Tây"}))
    titles = " ".join(searched.select_one("tbody").get_text(" ").split())
    assert "Giải chạy Hồ Tây" in titles and "Lễ hội hoa xuân" not in titles


# --- the three views and the dashboard ------------------------------------------------------------------------------


def test_my_assignments_lists_only_mine(client, newsroom):
    assign(newsroom, title="Việc của phóng viên", due_in=-2)
    assign(newsroom, title="Việc của phóng viên đã xong", status=Status.PUBLISHED, published_at=timezone.now())
    assign(newsroom, title="Việc của cộng tác viên khác", assignee=newsroom.colleague)
    client_for(client, newsroom.writer)
    response = client.get(reverse(f"{PLAN}:mine"))
    assert response.status_code == 200
    page = soup_of(response)
    open_work = " ".join(page.select_one("#my-open-assignments").get_text(" ").split())
    assert "Việc của phóng viên" in open_work and "Quá hạn" in open_work and "Viết bài" in open_work
    assert "Việc của phóng viên đã xong" in page.select_one("#my-published-assignments").get_text()
    assert "Việc của cộng tác viên khác" not in text_of(response)


def test_overdue_by_unit_counts_exactly(client, newsroom, django_assert_num_queries):
    heritage = UnitFactory(name="Phòng Quản lý Di sản văn hóa", sort_order=1)
    sport = UnitFactory(name="Phòng Quản lý Thể dục thể thao", sort_order=2)
    for number in range(3):
        assign(newsroom, title=f"Di sản quá hạn {number}", unit=heritage, due_in=-1 - number)
    assign(newsroom, title="Di sản còn hạn", unit=heritage, due_in=2)
    assign(
        newsroom,
        title="Di sản đăng trễ",
        unit=heritage,
        due_in=-5,
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    assign(newsroom, title="Thể thao quá hạn", unit=sport, due_in=-1, status=Status.IN_REVIEW)
    assign(newsroom, title="Chưa có đơn vị", unit=None, due_in=-4)

    with django_assert_num_queries(1):
        groups = overdue_by_unit()
    assert [(group["unit_name"], group["count"]) for group in groups] == [
        ("Phòng Quản lý Di sản văn hóa", 3),
        ("Phòng Quản lý Thể dục thể thao", 1),
        (None, 1),
    ]
    assert groups[0]["oldest_due"] == timezone.localdate() - datetime.timedelta(days=3)

    client_for(client, newsroom.head)
    response = client.get(reverse(f"{PLAN}:overdue"))
    summary = {
        row.th.get_text(strip=True): int(row.select_one("[data-count]").get_text())
        for row in soup_of(response).select("#overdue-summary tbody tr")
    }
    assert summary == {"Phòng Quản lý Di sản văn hóa": 3, "Phòng Quản lý Thể dục thể thao": 1, "Chưa giao đơn vị": 1}
    text = text_of(response)
    assert "Di sản còn hạn" not in text and "Di sản đăng trễ" not in text and "Thể thao quá hạn" in text


def test_this_months_plan_by_due_date(client, newsroom):
    today = timezone.localdate()
    first = today.replace(day=1)
    last_month = first - datetime.timedelta(days=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)

    def due_on(title, day, **fields):
        return assign(newsroom, title=title, due_in=(day - today).days, **fields)

    due_on("Cuối tháng", first + datetime.timedelta(days=27))
    due_on("Đầu tháng", first, status=Status.PUBLISHED, published_at=timezone.now())
    due_on("Giữa tháng", first + datetime.timedelta(days=14))
    due_on("Tháng trước", last_month)
    due_on("Tháng sau", next_month)

    client_for(client, newsroom.head)
    response = client.get(reverse(f"{PLAN}:month"))
    rows = [" ".join(tr.get_text(" ").split()) for tr in soup_of(response).select("#month-plan tbody tr")]
    assert [next(t for t in ("Đầu tháng", "Giữa tháng", "Cuối tháng") if t in row) for row in rows] == [
        "Đầu tháng",
        "Giữa tháng",
        "Cuối tháng",
    ]
    summary = {dd["data-figure"]: int(dd.get_text()) for dd in soup_of(response).select("#month-summary dd")}
    assert summary["total"] == 3 and summary["published"] == 1

    previous = client.get(reverse(f"{PLAN}:month"), {"month": f"{last_month:%Y-%m}"})
    text = text_of(previous)
    assert "Tháng trước" in text and "Đầu tháng" not in text


def test_dashboard_panel_shows_my_open_work_only_to_those_who_have_some(client, newsroom):
    for number in range(6):
        assign(newsroom, title=f"Đề tài số {number}", due_in=number - 1)
    assign(newsroom, title="Đề tài đã đăng", due_in=-9, status=Status.PUBLISHED, published_at=timezone.now())
    client_for(client, newsroom.writer)
    panel = soup_of(client.get(reverse("wagtailadmin_home"))).select_one("#my-assignments-section")
    assert panel is not None
    rows = panel.select("tbody tr")
    assert len(rows) == 5 and "Đề tài đã đăng" not in panel.get_text()
    assert "Đề tài số 0" in rows[0].get_text() and "Quá hạn" in rows[0].get_text()
    assert "Quá hạn" not in rows[1].get_text()

    client_for(client, newsroom.colleague)
    assert soup_of(client.get(reverse("wagtailadmin_home"))).select_one("#my-assignments-section") is None


# --- permissions -----------------------------------------------------------------------------------------------------


def menu_labels(response):
    """Every label of the admin's sidebar menu (it is sent to the browser as JSON)."""

    def strings(value):
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            return [text for item in value for text in strings(item)]
        return [value] if isinstance(value, str) else []

    return set(strings(json.loads(soup_of(response).select_one("#wagtail-sidebar-props").string)))


def test_the_plan_menu_shows_each_person_what_they_may_open(client, newsroom):
    client_for(client, newsroom.head)
    board_menu = menu_labels(client.get(reverse("wagtailadmin_home")))
    assert {"Kế hoạch viết tin, bài", "Tất cả đề tài", "Việc của tôi", "Kế hoạch tháng này", "Quá hạn theo đơn vị"} <= (
        board_menu
    )
    client_for(client, newsroom.writer)
    writer_menu = menu_labels(client.get(reverse("wagtailadmin_home")))
    assert "Việc của tôi" in writer_menu
    assert not writer_menu & {"Tất cả đề tài", "Kế hoạch tháng này", "Quá hạn theo đơn vị"}


def test_a_contributor_cannot_edit_the_plan_but_sees_their_own_work(client, newsroom):
    assignment = assign(newsroom, title="Việc được giao cho phóng viên")
    client_for(client, newsroom.writer)
    for name, args in [("index", []), ("add", []), ("edit", [assignment.pk]), ("month", []), ("overdue", [])]:
        response = client.get(reverse(f"{PLAN}:{name}", args=args))
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), name
    response = client.post(
        reverse(f"{PLAN}:edit", args=[assignment.pk]),
        {"title": "Đổi tên", "section": newsroom.news.pk, "format": "news", "due_date": "2030-01-01"},
    )
    assert Assignment.objects.get(pk=assignment.pk).title == "Việc được giao cho phóng viên"

    mine = client.get(reverse(f"{PLAN}:mine"))
    assert mine.status_code == 200 and "Việc được giao cho phóng viên" in text_of(mine)
    # Their own topic's title is plain text: there is no plan form for them to open.
    assert not soup_of(mine).select("#my-open-assignments td.title a")


def test_the_board_sees_the_write_action_in_the_listing(client, newsroom):
    assignment = assign(newsroom, assignee=newsroom.colleague)
    client_for(client, newsroom.head)
    listing = client.get(reverse(f"{PLAN}:index"))
    write_url = reverse(f"{PLAN}:write", args=[assignment.pk])
    assert any(link["href"].startswith(write_url) for link in soup_of(listing).select("a[href]"))


def test_plan_pages_cost_no_query_per_row(client, newsroom):
    """The writer's page and the board's listing read the linked articles (and whether the writer may still
    open them) together, not one article at a time."""

    def add_published(count):
        for _number in range(count):
            article = ArticlePageFactory(parent=newsroom.news)
            assign(newsroom, title=article.title, page=article, status=Status.PUBLISHED, published_at=timezone.now())
            assign(newsroom, title=f"Chưa viết {article.title}")

    def queries(user, url):
        client_for(client, user)
        client.get(url)  # caches warmed: site root paths, permissions
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def both():
        return queries(newsroom.writer, reverse(f"{PLAN}:mine")), queries(newsroom.head, reverse(f"{PLAN}:index"))

    add_published(2)
    few = both()
    add_published(4)
    assert both() == few
