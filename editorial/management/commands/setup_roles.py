"""`python manage.py setup_roles`: the six editorial roles with exactly their powers, and one contributor group per
Vietnamese section. Idempotent: a second run changes nothing and says so."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from editorial.roles import ROLES, apply_roles


class Command(BaseCommand):
    help = gettext_lazy(
        "Tạo hoặc cập nhật sáu nhóm quyền biên tập (Cộng tác viên, Tổ thư ký, Ban biên tập, Biên dịch viên, Văn phòng "
        "Sở, Tổ kỹ thuật) và một nhóm cộng tác viên cho mỗi chuyên mục tiếng Việt. Quyền được đưa về đúng như quy "
        "định trong editorial/roles.py; chạy lại nhiều lần vẫn cho cùng một kết quả."
    )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                report = apply_roles()
        except LookupError as error:
            raise CommandError(str(error)) from error
        for line in report.changes:
            self.stdout.write(f"  {line}")
        for line in report.warnings:
            self.stdout.write(self.style.WARNING(f"  {line}"))
        self.stdout.write(_("Nhóm quyền:"))
        for role in ROLES:
            self.stdout.write(f"  {role.name}: {role.summary}")
        sections = sorted({group.name for group in report.section_groups.values()})
        if sections:
            self.stdout.write(
                _(
                    "Nhóm cộng tác viên theo chuyên mục (thêm người viết vào nhóm “Cộng tác viên” và nhóm "
                    "chuyên mục của họ):"
                )
            )
            for name in sections:
                self.stdout.write(f"  {name}")
        if report.changes:
            self.stdout.write(
                self.style.SUCCESS(_("Đã cập nhật nhóm quyền: %(count)d thay đổi.") % {"count": len(report.changes)})
            )
        else:
            self.stdout.write(self.style.SUCCESS(_("Các nhóm quyền đã đúng, không có gì thay đổi.")))
