"""Demo accounts for a developer's machine, printed with their passwords. Never run against production:
the command only runs this step with DEBUG on or when asked with --with-accounts.

One account per editorial role (editorial/roles.py), in that role's group, working in Vietnamese. The contributor
also writes for one section, through the section's contributor group, which exists only once the sections do:
`build_roles` runs after the page tree is built and puts them there."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.users.models import UserProfile

from editorial.roles import (
    BOARD,
    CONTRIBUTORS,
    OFFICE,
    SECRETARIAT,
    TECHNICAL,
    TRANSLATORS,
    apply_roles,
    contributor_group_for,
)
from home.models import HomePage
from sections.models import SectionPage

ADMIN_LANGUAGE = "vi"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    first_name: str
    last_name: str
    superuser: bool = False
    groups: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()  # slugs of the Vietnamese top-level sections the account writes for


DEMO_ACCOUNTS = [
    DemoAccount(
        "admin",
        "demo-admin-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("quản trị toàn quyền"),
        "Quản trị",
        "Cổng thông tin",
        superuser=True,
    ),
    DemoAccount(
        "congtacvien",
        "demo-ctv-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("cộng tác viên, viết cho chuyên mục Tin tức - Sự kiện"),
        "Nguyễn Thu",
        "Hà",
        groups=(CONTRIBUTORS,),
        sections=("tin-tuc-su-kien",),
    ),
    DemoAccount(
        "thuky",
        "demo-thuky-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("tổ thư ký"),
        "Trần Minh",
        "Đức",
        groups=(SECRETARIAT,),
    ),
    DemoAccount(
        "bientap",
        "demo-bientap-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("ban biên tập"),
        "Lê Hồng",
        "Nhung",
        groups=(BOARD,),
    ),
    DemoAccount(
        "biendich",
        "demo-biendich-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("biên dịch viên tiếng Anh"),
        "Phạm Quỳnh",
        "Anh",
        groups=(TRANSLATORS,),
    ),
    DemoAccount(
        "vanphong",
        "demo-vanphong-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("văn phòng Sở"),
        "Đỗ Văn",
        "Thành",
        groups=(OFFICE,),
    ),
    DemoAccount(
        "kythuat",
        "demo-kythuat-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("tổ kỹ thuật"),
        "Vũ Hoàng",
        "Long",
        groups=(TECHNICAL,),
    ),
    # A second secretary and a second board member: no one approves their own work (editorial/models.py), so
    # trying a whole review with the demo accounts alone takes two people in each reviewing group.
    DemoAccount(
        "thuky2",
        "demo-thuky2-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("tổ thư ký (người thứ hai)"),
        "Hoàng Thị",
        "Mai",
        groups=(SECRETARIAT,),
    ),
    DemoAccount(
        "bientap2",
        "demo-bientap2-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("ban biên tập (người thứ hai)"),
        "Ngô Quang",
        "Huy",
        groups=(BOARD,),
    ),
]


def section_groups(account):
    """The contributor groups of the account's sections, for the sections that exist and have their group."""
    groups = []
    for home in HomePage.objects.filter(locale__language_code="vi"):
        for section in SectionPage.objects.child_of(home).filter(slug__in=account.sections):
            group = contributor_group_for(section)
            if group is not None:
                groups.append(group)
    return groups


def ensure_account(account):
    """Create the account or bring it back to its demo state; True new, False updated, None unchanged."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=account.username).first()
    created = user is None
    if created:
        user = user_model(username=account.username)
    wanted = {
        "first_name": account.first_name,
        "last_name": account.last_name,
        "email": f"{account.username}@example.com",
        "is_active": True,
        "is_staff": True,
        "is_superuser": account.superuser,
    }
    changed = [name for name, value in wanted.items() if getattr(user, name) != value]
    for name in changed:
        setattr(user, name, wanted[name])
    if created or not user.check_password(account.password):
        user.set_password(account.password)
        changed.append("password")
    if created or changed:
        user.save()
    groups = list(Group.objects.filter(name__in=account.groups))
    if len(groups) != len(account.groups):
        missing = set(account.groups) - {group.name for group in groups}
        raise CommandError(_("Chưa có nhóm quyền: %(groups)s") % {"groups": ", ".join(sorted(missing))})
    groups += section_groups(account)
    if set(user.groups.all()) != set(groups):
        user.groups.set(groups)
        changed.append("groups")
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != ADMIN_LANGUAGE:
        profile.preferred_language = ADMIN_LANGUAGE
        profile.save(update_fields=["preferred_language"])
        changed.append("preferred_language")
    return user, True if created else (False if changed else None)


def _say_roles_report(context, report):
    for line in report.changes:
        context.say(line)
    for line in report.warnings:
        context.say(context.style.WARNING(line))


def build_accounts(context):
    """Runs first, so that the demo pages' history shows them published by the demo administrator. The role groups
    come from a migration; they are applied again here in case the database was emptied since."""
    _say_roles_report(context, apply_roles())
    context.notes.append(_("Tài khoản mẫu (chỉ dùng trên máy phát triển), đăng nhập tại /admin/:"))
    for account in DEMO_ACCOUNTS:
        user, created = ensure_account(account)
        context.count(_("Tài khoản"), created)
        context.notes.append(
            _("  %(username)s / %(password)s – %(role)s")
            % {"username": account.username, "password": account.password, "role": account.role}
        )
        if account.superuser and context.user is None:
            context.user = user
    for line in context.notes:
        context.say(line)


def build_roles(context):
    """Runs once the page tree is built (after the English version): the roles' page permissions move from the
    root page onto the home pages, every Vietnamese section gets its contributor group, and on a developer's
    machine the demo contributor joins the group of their section. Not an account step: the groups are needed
    in production too."""
    _say_roles_report(context, apply_roles())
    if not context.accounts_allowed:
        return
    for account in DEMO_ACCOUNTS:
        if account.sections:
            _user, state = ensure_account(account)
            context.count(_("Tài khoản cộng tác viên theo chuyên mục"), state)
