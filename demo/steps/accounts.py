"""Demo accounts for a developer's machine, printed with their passwords. Never run against production:
the command only runs this step with DEBUG on or when asked with --with-accounts.

The role accounts of the editorial workflow are added to DEMO_ACCOUNTS with the groups they belong to."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    first_name: str
    last_name: str
    superuser: bool = False
    groups: tuple[str, ...] = ()


DEMO_ACCOUNTS = [
    DemoAccount(
        "admin",
        "demo-admin-2025",  # noqa: S106 - a published demo password, created only in dev settings
        gettext_lazy("quản trị toàn quyền"),
        "Quản trị",
        "Cổng thông tin",
        superuser=True,
    ),
]


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
    if set(user.groups.all()) != set(groups):
        user.groups.set(groups)
        changed.append("groups")
    return user, True if created else (False if changed else None)


def build_accounts(context):
    """Runs first, so that the demo pages' history shows them published by the demo administrator."""
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
