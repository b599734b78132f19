"""`python manage.py run_scheduler`: publish and unpublish on schedule, every `--interval` seconds, until stopped."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from editorial.scheduler import Scheduler


def positive_seconds(value):
    seconds = float(value)
    if seconds <= 0:
        raise ValueError(value)
    return int(seconds) if seconds.is_integer() else seconds


class Command(BaseCommand):
    @property
    def help(self):
        # Translated when the parser is built: argparse cannot format a lazy string.
        return _(
            "Xuất bản các bài đã hẹn giờ và gỡ các bài đã hết hạn (lệnh publish_scheduled của Wagtail), lặp lại "
            "cho đến khi nhận SIGTERM hoặc Ctrl-C. Lỗi cơ sở dữ liệu được ghi lại rồi thử lại ở lượt sau."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=positive_seconds,
            default=30,
            help=_("Số giây giữa hai lượt kiểm tra (mặc định 30)."),
        )
        parser.add_argument("--once", action="store_true", help=_("Chạy một lượt rồi thoát."))
        parser.add_argument(
            "--heartbeat",
            metavar="PATH",
            help=_("Tệp được cập nhật sau mỗi lượt thành công, để kiểm tra sức khỏe của tiến trình."),
        )

    def handle(self, *args, interval, once, heartbeat, **options):
        scheduler = Scheduler(interval=interval, heartbeat=heartbeat)
        if once:
            # A single pass is what cron or a one-off job runs: it must say so when it failed.
            if not scheduler.run_once():
                raise CommandError(_("Lượt xuất bản theo lịch không chạy được vì lỗi cơ sở dữ liệu."))
            return
        scheduler.run()
