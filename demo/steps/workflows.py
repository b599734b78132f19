"""The moderation workflows on the demo portal: run once the home pages and the English tree exist, so the
articles workflow lands on the Vietnamese home page and the translations workflow on the English one."""

from django.utils.translation import gettext as _

from editorial.workflows import apply_workflows


def build_workflows(context):
    labels = {
        "group": _("Nhóm duyệt"),
        "task": _("Bước duyệt"),
        "workflow": _("Quy trình duyệt"),
        "assignment": _("Gán quy trình cho trang"),
    }
    changes = apply_workflows()
    for kind, created in changes:
        context.count(labels[kind], created)
    if not changes:
        context.count(labels["workflow"], None)
