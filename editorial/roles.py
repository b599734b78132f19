"""The six editorial roles (nhóm quyền) and exactly what each may do, expressed in Wagtail's own permissions.

Every role is a Django group. `apply_roles()` brings each group to exactly the powers defined here: model
permissions, permissions on the root collection (images and documents) and page permissions on the home pages.
It is idempotent and it also removes what is not defined here, so powers are changed in this file (and applied
with `manage.py setup_roles`), never by ticking boxes in the admin.

Contributing units (`Cộng tác viên`). Wagtail grants page permissions per group and per subtree, so one group
cannot say "each unit in its own section". The design is therefore two layers:
- the base group `Cộng tác viên` lets its members into the admin and lets them upload and choose images and
  documents; it holds no page permission at all;
- one group per Vietnamese top-level section, named `Cộng tác viên – <section title>` and created by
  `apply_roles()` for every section that exists, holds `add_page` on that section only.
A contributor belongs to the base group and to the group of each section they write for. `add_page` is Wagtail's
"add, and edit the pages you own": a contributor creates articles, edits their own drafts and submits them for
review, but cannot edit another person's page, cannot publish or unpublish (no `publish_page` anywhere), and
Wagtail's workflow report and dashboard show them only their own pages. `change_page` is deliberately not given:
it would let a unit edit and delete another unit's drafts in the same section and list them in the workflow report.
The explorer also hides other people's drafts from them (editorial/admin_views/roles.py).

Workflow reviewers (the secretariat, the board, the office) act through group membership in the workflow tasks;
the page permissions below are what they may do outside a task.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

CONTRIBUTORS = "Cộng tác viên"
SECRETARIAT = "Tổ thư ký"
BOARD = "Ban biên tập"
TRANSLATORS = "Biên dịch viên"
OFFICE = "Văn phòng Sở"
TECHNICAL = "Tổ kỹ thuật"

SECTION_GROUP_PREFIX = f"{CONTRIBUTORS} – "
GROUP_NAME_MAX_LENGTH = 150  # django.contrib.auth.models.Group.name

# Where a role's page permissions go.
EVERY_HOME_PAGE = "home"  # every HomePage, whatever its locale; the root page while none exists yet
ENGLISH_HOME_PAGES = "en"  # the English HomePages; nothing while none exists yet

# Wagtail's sample groups from its first migration: they hold publish rights on the whole tree, which no role
# of the department should receive by picking the wrong box in the user form.
WAGTAIL_SAMPLE_GROUPS = ("Moderators", "Editors")

ACCESS_ADMIN = "wagtailadmin.access_admin"
IMAGES_CONTRIBUTE = ("wagtailimages.add_image", "wagtailimages.choose_image")
IMAGES_EDIT = (*IMAGES_CONTRIBUTE, "wagtailimages.change_image")
DOCUMENTS_CONTRIBUTE = ("wagtaildocs.add_document", "wagtaildocs.choose_document")
DOCUMENTS_EDIT = (*DOCUMENTS_CONTRIBUTE, "wagtaildocs.change_document")
PUBLIC_SNIPPETS = tuple(
    f"{app}.{action}_{model}"
    for app, model in (
        ("sections", "topic"),
        ("sections", "banner"),
        ("sections", "contributingunit"),
        ("sections", "locality"),
        ("about", "director"),
    )
    for action in ("add", "change", "delete")
)


@dataclass(frozen=True)
class Role:
    name: str
    summary: str
    model_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()  # on the root collection, so every collection inherits them
    page_permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # scope -> page codenames


ROLES = (
    Role(
        CONTRIBUTORS,
        gettext_lazy("viết và sửa bản nháp trong chuyên mục được giao, gửi duyệt; không xuất bản"),
        model_permissions=(ACCESS_ADMIN,),
        collection_permissions=IMAGES_CONTRIBUTE + DOCUMENTS_CONTRIBUTE,
    ),
    Role(
        SECRETARIAT,
        gettext_lazy("sửa mọi bài đang chờ duyệt, trả lại kèm góp ý, chuyển Ban biên tập"),
        model_permissions=(ACCESS_ADMIN,),
        collection_permissions=IMAGES_EDIT + DOCUMENTS_EDIT,
        page_permissions={EVERY_HOME_PAGE: ("change_page",)},
    ),
    Role(
        BOARD,
        gettext_lazy("duyệt và xuất bản, hẹn giờ đăng, gỡ bài, di chuyển trang; sửa danh mục dùng chung"),
        model_permissions=(
            ACCESS_ADMIN,
            *PUBLIC_SNIPPETS,
            "editorial.view_takedown",
            "editorial.add_assignment",
            "editorial.change_assignment",
            "editorial.delete_assignment",
            "editorial.view_assignment",
        ),
        collection_permissions=IMAGES_EDIT + DOCUMENTS_EDIT,
        # Moving a live page needs change + publish where it is and add + publish where it goes.
        page_permissions={
            EVERY_HOME_PAGE: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        },
    ),
    Role(
        TRANSLATORS,
        gettext_lazy("dịch sang tiếng Anh và gửi duyệt bản dịch"),
        model_permissions=(ACCESS_ADMIN, "wagtail_localize.submit_translation"),
        page_permissions={ENGLISH_HOME_PAGES: ("change_page",)},
    ),
    Role(
        OFFICE,
        gettext_lazy("văn bản, tài liệu; duyệt nội dung của Văn phòng; báo cáo hoạt động"),
        model_permissions=(ACCESS_ADMIN, "editorial.view_activity_report"),
        collection_permissions=DOCUMENTS_EDIT,
    ),
    Role(
        TECHNICAL,
        gettext_lazy("tài khoản và nhóm, cài đặt cổng, chuyển hướng, gợi ý tìm kiếm; không duyệt nội dung"),
        model_permissions=(
            ACCESS_ADMIN,
            "auth.add_user",
            "auth.change_user",
            "auth.delete_user",
            "auth.view_group",
            "home.change_portalsettings",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
            # The ward and commune list is reference data kept in step with the city's administrative changes,
            # imported from CSV (sections/views.py), not editorial content.
            "sections.add_locality",
            "sections.change_locality",
        ),
    ),
)
ROLE_NAMES = tuple(role.name for role in ROLES)
CONTRIBUTOR_SECTION_PAGE_PERMISSIONS = ("add_page",)

# Hook point for content types that arrive later. The procedures app (administrative procedures, schedules,
# licences and sanctions) and the Q&A app grant their model permissions to a role by calling
# `grant_model_permissions(OFFICE, "procedures.add_procedure", ...)` from their AppConfig.ready(), then apply
# them with a data migration that calls apply_roles() (or with `manage.py setup_roles`).
_granted_later = defaultdict(list)


def grant_model_permissions(role_name, *permissions):
    """Add "app_label.codename" model permissions to a role, on top of its definition above."""
    if role_name not in ROLE_NAMES:
        raise ValueError(f"Unknown role {role_name!r}")
    for permission in permissions:
        if permission not in _granted_later[role_name]:
            _granted_later[role_name].append(permission)


def model_permissions_of(role):
    return (*role.model_permissions, *_granted_later.get(role.name, ()))


def section_group_name(section_title):
    return f"{SECTION_GROUP_PREFIX}{section_title}"[:GROUP_NAME_MAX_LENGTH]


@dataclass
class RolesReport:
    changes: list = field(default_factory=list)  # what apply_roles() changed, one line each
    warnings: list = field(default_factory=list)  # what it left for a person to decide
    section_groups: dict = field(default_factory=dict)  # section page id -> its contributor group


class _Tree:
    """The pages the roles are anchored on, read with the given app registry (historical in a migration)."""

    def __init__(self, apps):
        content_type = apps.get_model("contenttypes", "ContentType")
        page = apps.get_model("wagtailcore", "Page")
        home_type = content_type.objects.filter(app_label="home", model="homepage").first()
        section_type = content_type.objects.filter(app_label="sections", model="sectionpage").first()
        self.root = page.objects.filter(depth=1).order_by("path").first()
        self.homes = (
            list(page.objects.filter(content_type=home_type).select_related("locale").order_by("path"))
            if home_type
            else []
        )
        vi_homes = [home for home in self.homes if home.locale.language_code == "vi"]
        self.vi_sections = []
        if section_type:
            for home in vi_homes:
                self.vi_sections.extend(
                    page.objects.filter(
                        content_type=section_type, path__startswith=home.path, depth=home.depth + 1
                    ).order_by("path")
                )

    def pages_for(self, scope):
        if scope == EVERY_HOME_PAGE:
            return self.homes or ([self.root] if self.root else [])
        if scope == ENGLISH_HOME_PAGES:
            return [home for home in self.homes if home.locale.language_code == "en"]
        raise ValueError(f"Unknown page scope {scope!r}")


class _Permissions:
    """ "app_label.codename" -> Permission, loaded once."""

    def __init__(self, apps):
        self.model = apps.get_model("auth", "Permission")
        self._cache = {}

    def __getitem__(self, dotted):
        if dotted not in self._cache:
            app_label, codename = dotted.split(".", 1)
            try:
                self._cache[dotted] = self.model.objects.get(content_type__app_label=app_label, codename=codename)
            except self.model.DoesNotExist:
                raise LookupError(
                    _("Chưa có quyền %(permission)s: hãy chạy “manage.py migrate” trước.") % {"permission": dotted}
                ) from None
        return self._cache[dotted]


def _label(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def _sync_model_permissions(group, wanted, report):
    current = set(group.permissions.select_related("content_type"))
    wanted = set(wanted)
    if current == wanted:
        return
    group.permissions.set(wanted)
    for permission in sorted(wanted - current, key=_label):
        report.changes.append(
            _("Nhóm “%(group)s”: thêm quyền %(permission)s") % {"group": group.name, "permission": _label(permission)}
        )
    for permission in sorted(current - wanted, key=_label):
        report.changes.append(
            _("Nhóm “%(group)s”: bỏ quyền %(permission)s") % {"group": group.name, "permission": _label(permission)}
        )


def _target_name(target):
    return target.title if hasattr(target, "title") else target.name  # a page, or a collection


def _sync_object_permissions(manager, group, target_field, wanted, report):
    """Make the group's (page or collection, permission) rows exactly `wanted`, a set of (object, Permission)."""
    current = {
        (getattr(row, target_field), row.permission): row
        for row in manager.filter(group=group).select_related(target_field, "permission")
    }

    def ordered(keys):
        return sorted(keys, key=lambda key: (key[0].path, key[1].codename))

    for target, permission in ordered(set(current) - wanted):
        current[target, permission].delete()
        report.changes.append(
            _("Nhóm “%(group)s”: bỏ quyền %(permission)s trên “%(target)s”")
            % {"group": group.name, "permission": permission.codename, "target": _target_name(target)}
        )
    for target, permission in ordered(wanted - set(current)):
        manager.create(group=group, permission=permission, **{target_field: target})
        report.changes.append(
            _("Nhóm “%(group)s”: thêm quyền %(permission)s trên “%(target)s”")
            % {"group": group.name, "permission": permission.codename, "target": _target_name(target)}
        )


def _get_or_create_group(group_model, name, report):
    group, created = group_model.objects.get_or_create(name=name)
    if created:
        report.changes.append(_("Tạo nhóm “%(group)s”") % {"group": name})
    return group


def _section_groups(apps, tree, report):
    """One contributor group per Vietnamese top-level section, found by the section it holds rights on (so a
    renamed section keeps its group and members) or else by name."""
    group_model = apps.get_model("auth", "Group")
    page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    sections_of = defaultdict(list)
    for section in tree.vi_sections:
        name = section_group_name(section.title)
        group = (
            group_model.objects.filter(name__startswith=SECTION_GROUP_PREFIX, page_permissions__page=section)
            .order_by("pk")
            .first()
        )
        if group is None:
            group = _get_or_create_group(group_model, name, report)
        elif group.name != name and not group_model.objects.filter(name=name).exists():
            report.changes.append(
                _("Đổi tên nhóm “%(old)s” thành “%(new)s” theo tên chuyên mục") % {"old": group.name, "new": name}
            )
            group.name = name
            group.save(update_fields=["name"])
        sections_of[group].append(section)
        report.section_groups[section.pk] = group
    for group in group_model.objects.filter(name__startswith=SECTION_GROUP_PREFIX).exclude(
        pk__in=[group.pk for group in sections_of]
    ):
        kept = page_permission.objects.filter(group=group).exists()
        report.warnings.append(
            (
                _("Nhóm “%(group)s” không còn gắn với chuyên mục cấp một nào; giữ nguyên quyền cũ để quản trị xem lại.")
                if kept
                else _("Nhóm “%(group)s” không còn chuyên mục nào; có thể xóa nhóm này.")
            )
            % {"group": group.name}
        )
    return sections_of


def apply_roles(apps=None):
    """Create or update the six role groups and one contributor group per Vietnamese section; returns what changed.

    Works on any database state: on a fresh database (no HomePage yet) the roles that act on every home page get
    their page permissions on the root page, and the translators none; running it again once the home pages
    exist moves them there. `apps` is the migration's app registry when called from a data migration.
    """
    apps = apps or global_apps
    group_model = apps.get_model("auth", "Group")
    page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    collection_permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    collection = apps.get_model("wagtailcore", "Collection")
    permissions = _Permissions(apps)
    tree = _Tree(apps)
    root_collection = collection.objects.filter(depth=1).order_by("path").first()
    report = RolesReport()

    for role in ROLES:
        group = _get_or_create_group(group_model, role.name, report)
        _sync_model_permissions(group, [permissions[name] for name in model_permissions_of(role)], report)
        wanted_collections = {
            (root_collection, permissions[name]) for name in role.collection_permissions if root_collection
        }
        _sync_object_permissions(collection_permission.objects, group, "collection", wanted_collections, report)
        wanted_pages = {
            (page, permissions[f"wagtailcore.{codename}"])
            for scope, codenames in role.page_permissions.items()
            for page in tree.pages_for(scope)
            for codename in codenames
        }
        _sync_object_permissions(page_permission.objects, group, "page", wanted_pages, report)

    for group, sections in _section_groups(apps, tree, report).items():
        _sync_model_permissions(group, [], report)
        _sync_object_permissions(collection_permission.objects, group, "collection", set(), report)
        wanted_pages = {
            (section, permissions[f"wagtailcore.{codename}"])
            for section in sections
            for codename in CONTRIBUTOR_SECTION_PAGE_PERMISSIONS
        }
        _sync_object_permissions(page_permission.objects, group, "page", wanted_pages, report)

    for group in group_model.objects.filter(name__in=WAGTAIL_SAMPLE_GROUPS):
        if group.user_set.exists():
            report.warnings.append(
                _(
                    "Nhóm mẫu “%(group)s” của Wagtail còn thành viên: hãy chuyển họ sang nhóm quyền phù hợp "
                    "rồi xóa nhóm."
                )
                % {"group": group.name}
            )
        else:
            group.delete()
            report.changes.append(
                _("Xóa nhóm mẫu “%(group)s” của Wagtail (không có thành viên)") % {"group": group.name}
            )
    return report


def contributor_group_for(section):
    """The contributor group of a Vietnamese top-level section, or None before apply_roles() has seen it."""
    return (
        Group.objects.filter(name__startswith=SECTION_GROUP_PREFIX, page_permissions__page=section)
        .order_by("pk")
        .first()
    )
