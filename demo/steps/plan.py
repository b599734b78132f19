"""The editorial plan of the demo: about twenty assignments due this month and last. Some are already
published (linked to seeded articles, on time or late), the others are still to be written, and a few of
those are overdue, so that every view of the plan has something to show.

No draft is started here: a page added under a section after the English step has run would change the
section's translation source, and a second seed would then publish the English sections again."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.models import Assignment
from editorial.plan import can_write_in, sync_assignment
from sections.models import ArticlePage

CONTRIBUTORS_GROUP = "Cộng tác viên"
BOARD_GROUP = "Ban biên tập"
PUBLISHED_COUNT = 10  # seeded articles of the two months that the plan had asked for


@dataclass(frozen=True)
class Topic:
    title: str
    section: str  # slug path under the home page
    format: str
    unit: str  # key in taxonomy.UNITS
    due_in: int  # days from today (negative: already past), kept inside this month and the last
    notes: str


OPEN_TOPICS = (
    Topic(
        "Phóng sự ảnh: Mùa lúa chín ở làng cổ Đường Lâm",
        "van-hoa/di-san",
        "photo_report",
        "di-san",
        -6,
        "6–8 ảnh ngang, có chú thích đầy đủ; phỏng vấn một hộ dân đang giữ nhà cổ.",
    ),
    Topic(
        "Lễ hội Thu Hà Nội: chương trình nghệ thuật đường phố",
        "tin-tuc-su-kien",
        "news",
        "van-hoa-nghe-thuat",
        -3,
        "Tin ngắn 300–400 chữ, lịch biểu diễn từng tối, ảnh đêm khai mạc.",
    ),
    Topic(
        "Kết quả kiểm tra phòng cháy, chữa cháy tại các rạp chiếu phim",
        "tin-tuc-su-kien",
        "news",
        "van-hoa-nghe-thuat",
        -2,
        "Số cơ sở được kiểm tra, vi phạm và hình thức xử lý; không nêu tên cá nhân.",
    ),
    Topic(
        "Kết quả Giải Bóng đá thanh niên các phường, xã",
        "the-thao/the-thao-quan-chung",
        "news",
        "the-duc-the-thao",
        -1,
        "Đăng ngay sau trận chung kết; bảng xếp hạng cuối cùng dạng bảng.",
    ),
    Topic(
        "Hướng dẫn xin phép tổ chức biểu diễn nghệ thuật qua Cổng Dịch vụ công",
        "cai-cach-hanh-chinh",
        "article",
        "van-phong",
        0,
        "Từng bước nộp hồ sơ trực tuyến, có ảnh chụp màn hình; dẫn thủ tục hành chính liên quan.",
    ),
    Topic(
        "Hội nghị tổng kết công tác văn hóa, thể thao và gia đình năm nay",
        "tin-tuc-su-kien",
        "news",
        "van-phong",
        2,
        "Tin trong ngày, kèm ảnh lãnh đạo thành phố phát biểu; số liệu lấy từ báo cáo của Văn phòng Sở.",
    ),
    Topic(
        "Video: Một ngày ở Thư viện Hà Nội",
        "van-hoa",
        "video",
        "thu-vien",
        2,
        "Clip 2–3 phút, có phụ đề tiếng Việt; giới thiệu không gian đọc mở cho thanh thiếu niên.",
    ),
    Topic(
        "Gương người tốt việc tốt ở phường Cửa Nam",
        "nguoi-ha-noi-thanh-lich-van-minh",
        "article",
        "nep-song-gia-dinh",
        3,
        "Bài 800–1.000 chữ; xin ý kiến UBND phường trước khi gửi duyệt.",
    ),
    Topic(
        "Cập nhật xử lý quảng cáo rao vặt sai quy định trên các tuyến phố",
        "ha-noi-dep-va-chua-dep",
        "update",
        "thanh-tra",
        4,
        "Số liệu kiểm tra trong tháng theo phường; ảnh trước và sau khi xử lý.",
    ),
    Topic(
        "Không gian sáng tạo mới trong lòng phố cổ",
        "tieu-diem-ha-noi",
        "article",
        "thong-tin-trien-lam",
        5,
        "Gắn với Nghị quyết về phát triển công nghiệp văn hóa; phỏng vấn đơn vị vận hành.",
    ),
    Topic(
        "Triển lãm hiện vật thời bao cấp tại Bảo tàng Hà Nội",
        "van-hoa",
        "news",
        "bao-tang",
        6,
        "Tin kèm 3 ảnh hiện vật tiêu biểu; giờ mở cửa và giá vé.",
    ),
    Topic(
        "Đội tuyển điền kinh Hà Nội chuẩn bị cho mùa giải mới",
        "the-thao/the-thao-thanh-tich-cao",
        "news",
        "huan-luyen-thi-dau",
        8,
        "Phỏng vấn huấn luyện viên trưởng; danh sách vận động viên tập trung.",
    ),
)

NOTES_BY_FORMAT = {
    "news": "Tin ngắn, đăng trong ngày diễn ra sự kiện, kèm một ảnh.",
    "article": "Bài 800–1.200 chữ, có ý kiến chuyên gia hoặc người dân.",
    "update": "Cập nhật số liệu mới nhất, ghi rõ nguồn.",
    "photo_report": "6–8 ảnh ngang có chú thích, một đoạn dẫn ngắn.",
    "video": "Clip dưới 3 phút, có phụ đề tiếng Việt.",
}


def plan_window(today):
    """First day of last month and last day of this month: the demo plan stays inside them."""
    first_this = today.replace(day=1)
    first_last = (first_this - timedelta(days=1)).replace(day=1)
    last_this = (first_this + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first_last, last_this


def members(group_name):
    return list(get_user_model().objects.filter(groups__name=group_name, is_active=True).order_by("username"))


def pick_writer(contributors, section, number):
    """A contributor who may write in the section, taking turns; nobody otherwise: the unit is then
    responsible as a whole, and anyone who may write in the section can start the article."""
    writers = [user for user in contributors if can_write_in(user, section)]
    return writers[number % len(writers)] if writers else None


def _differs(assignment, name, value):
    field = Assignment._meta.get_field(name)
    if field.is_relation:  # compare keys: a new assignment has no related objects to read yet
        return getattr(assignment, field.attname) != (value.pk if value is not None else None)
    return getattr(assignment, name) != value


def save_assignment(title, fields):
    """Create or update the assignment with this title; returns it and True/False/None (new/updated/same)."""
    assignment = Assignment.objects.filter(title=title).first()
    created = assignment is None
    if created:
        assignment = Assignment(title=title)
    changed = [name for name, value in fields.items() if _differs(assignment, name, value)]
    for name in changed:
        setattr(assignment, name, fields[name])
    if created or changed:
        assignment.save()
    return assignment, True if created else (False if changed else None)


def published_topics(context, today, first_day):
    """Seeded Vietnamese articles published in the window, spread evenly, oldest first."""
    articles = list(
        ArticlePage.objects.live()
        .filter(locale=context.vi, first_published_at__date__gte=first_day, first_published_at__date__lt=today)
        .select_related("unit")
        .order_by("first_published_at")
    )
    step = max(len(articles) // PUBLISHED_COUNT, 1)
    return articles[::step][:PUBLISHED_COUNT]


def build_plan(context):
    today = timezone.localdate()
    first_day, last_day = plan_window(today)
    contributors = members(CONTRIBUTORS_GROUP)
    board = members(BOARD_GROUP)
    creator = board[0] if board else context.user
    what = _("Đề tài kế hoạch")

    for number, page in enumerate(published_topics(context, today, first_day)):
        published_on = timezone.localtime(page.first_published_at).date()
        # Two in three on time (due a few days after they went live), one in three late.
        if number % 3 == 1:
            due = max(published_on - timedelta(days=2 + number % 4), first_day)
        else:
            due = published_on + timedelta(days=number % 3)
        section = page.get_parent().specific
        linked_elsewhere = Assignment.objects.filter(page=page).exclude(title=page.title).exists()
        if linked_elsewhere:
            continue
        with transaction.atomic():
            assignment, created = save_assignment(
                page.title,
                {
                    "section": section,
                    "format": page.format,
                    "unit": page.unit,
                    "assignee": pick_writer(contributors, section, number),
                    "due_date": due,
                    "notes": NOTES_BY_FORMAT.get(page.format, ""),
                    "page": page,
                    "created_by": creator,
                },
            )
            before = (assignment.status, assignment.published_at)
            sync_assignment(page, assignment)
            if created is None and before != (assignment.status, assignment.published_at):
                created = False
        context.count(what, created)

    for number, topic in enumerate(OPEN_TOPICS):
        section = context.sections[topic.section]
        due = min(max(today + timedelta(days=topic.due_in), first_day), last_day)
        _assignment, created = save_assignment(
            topic.title,
            {
                "section": section,
                "format": topic.format,
                "unit": context.units[topic.unit],
                "assignee": pick_writer(contributors, section, number),
                "due_date": due,
                "notes": topic.notes,
                "created_by": creator,
            },
        )
        context.count(what, created)
