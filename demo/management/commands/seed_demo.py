"""`python manage.py seed_demo`: build the whole demo portal. Idempotent: a second run changes nothing."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from demo.runner import SeedContext, run_steps
from demo.steps import STEPS


class Command(BaseCommand):
    # argparse cannot format lazy translations: the help is resolved when the parser is built.
    help_text = _(
        "Tạo cổng thông tin mẫu: trang chủ, tám chuyên mục, bài viết mọi thể loại, giới thiệu, danh mục, bản "
        "tiếng Anh; khi phát triển (DEBUG) kèm tài khoản mẫu. Chạy lại nhiều lần vẫn cho cùng một kết quả."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        self.help = str(self.help_text)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help=gettext(
                "Tạo cả tài khoản mẫu khi DEBUG tắt (chỉ dùng cho máy thử nghiệm, không dùng cho hệ thống thật)."
            ),
        )

    def handle(self, *args, with_accounts=False, **options):
        context = SeedContext(
            stdout=self.stdout, style=self.style, accounts_allowed=bool(settings.DEBUG or with_accounts)
        )
        # The seed reports its own progress; Wagtail's audit line for every page would bury it.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            run_steps(STEPS, context)
        finally:
            wagtail_logger.setLevel(level)
