"""The editorial board's moderation workflows as data: the approval steps, the group that takes each one, and
which part of the page tree goes through which workflow.

- "Duyệt tin, bài" (articles): the secretariat's review, then the editorial board's approval. Assigned to the
  Vietnamese home page, so every section and article below it inherits it, and to the root page, so a page
  made before the home page exists (a fresh install) is never published without review.
- "Duyệt bản dịch" (translations): the editorial board's approval only. Assigned to the home page's
  translations (the English home page), so the whole English tree goes through it.
- "Duyệt của Văn phòng Sở" (office approval): the department office's own approval. Created now and assigned
  to nothing yet: legal documents, administrative procedures and Q&A answers attach to it (by content type
  or page) when those content types arrive.

`apply_workflows()` is idempotent. The data migration 0003_workflows runs it on a fresh database, before any
home page exists; `seed_demo` runs it again once the home pages are there. Wagtail's default "Moderators
approval" workflow is switched off so that editors never meet it."""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.mail import WorkflowStateRejectionEmailNotifier

from editorial.roles import BOARD, OFFICE, SECRETARIAT

# The name Wagtail's migration 0048 gives the workflow (and its task) it derives from the "Moderators" group.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


@dataclass(frozen=True)
class TaskSpec:
    name: str
    group: str


@dataclass(frozen=True)
class WorkflowSpec:
    name: str
    tasks: tuple[str, ...]


TASKS = {
    "secretariat": TaskSpec(_("Tổ thư ký duyệt"), SECRETARIAT),
    "board": TaskSpec(_("Ban biên tập phê duyệt"), BOARD),
    "office": TaskSpec(_("Văn phòng Sở phê duyệt"), OFFICE),
}

ARTICLES = WorkflowSpec(_("Duyệt tin, bài"), ("secretariat", "board"))
TRANSLATIONS = WorkflowSpec(_("Duyệt bản dịch"), ("board",))
OFFICE_APPROVAL = WorkflowSpec(_("Duyệt của Văn phòng Sở"), ("office",))
WORKFLOWS = (ARTICLES, TRANSLATIONS, OFFICE_APPROVAL)


def stored_name(text):
    """Names live in the database in the portal's source language, whatever language the caller runs in."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def apply_workflows(apps=global_apps):
    """Create or bring back the tasks and workflows above, and assign them to the home pages that exist.

    Works on a migration's historical models (`apps` from RunPython) as well as on the real ones, so it uses
    managers and fields only. Returns what it changed, as (kind, created) pairs for the seed's summary: kind is
    "group", "task", "workflow" or "assignment", created is True for new and False for brought back."""
    group_model = apps.get_model("auth", "Group")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    task_model = apps.get_model("editorial", "NoSelfApprovalTask")
    base_task_model = apps.get_model("wagtailcore", "Task")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    changes = []

    def changed(kind, created=False):
        changes.append((kind, created))

    # Historical models have no Task.__init__ to fill the content type in, so it is given explicitly.
    task_type, _created = content_type_model.objects.get_or_create(app_label="editorial", model="noselfapprovaltask")
    tasks = {}
    for key, spec in TASKS.items():
        group, created = group_model.objects.get_or_create(name=spec.group)
        if created:
            changed("group", created=True)
        task = task_model.objects.filter(name=stored_name(spec.name)).first()
        if task is None:
            task = task_model.objects.create(name=stored_name(spec.name), content_type=task_type, active=True)
            changed("task", created=True)
        elif not task.active:
            task.active = True
            task.save(update_fields=["active"])
            changed("task")
        if not task.groups.filter(pk=group.pk).exists():
            task.groups.add(group)
            changed("task")
        tasks[key] = task

    workflows = {}
    for spec in WORKFLOWS:
        workflow = workflow_model.objects.filter(name=stored_name(spec.name)).first()
        if workflow is None:
            workflow = workflow_model.objects.create(name=stored_name(spec.name), active=True)
            changed("workflow", created=True)
        elif not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
            changed("workflow")
        wanted = [tasks[key].pk for key in spec.tasks]
        current = list(
            workflow_task_model.objects.filter(workflow=workflow)
            .order_by("sort_order")
            .values_list("task_id", flat=True)
        )
        if current != wanted:
            workflow_task_model.objects.filter(workflow=workflow).delete()
            for order, task_id in enumerate(wanted):
                workflow_task_model.objects.create(workflow=workflow, task_id=task_id, sort_order=order)
            changed("workflow")
        workflows[spec] = workflow

    for workflow in workflow_model.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        _switch_off(apps, workflow)
        changed("workflow")
    base_task_model.objects.filter(
        name=WAGTAIL_DEFAULT_WORKFLOW, active=True, content_type__app_label="wagtailcore"
    ).update(active=False)

    for page, spec in _assignments(apps):
        assignment = workflow_page_model.objects.filter(page=page).first()
        if assignment is None or assignment.workflow_id != workflows[spec].pk:
            workflow_page_model.objects.update_or_create(page=page, defaults={"workflow": workflows[spec]})
            changed("assignment", created=assignment is None)
    return changes


def _assignments(apps):
    """(page, workflow spec) pairs: the root page and the default site's home page get the articles workflow,
    the home page's translations get the translations workflow."""
    page_model = apps.get_model("wagtailcore", "Page")
    site_model = apps.get_model("wagtailcore", "Site")
    root = page_model.objects.filter(depth=1).first()
    if root is not None:
        yield root, ARTICLES
    site = site_model.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page.depth < 2:
        return
    home = site.root_page
    yield home, ARTICLES
    for translation_of_home in page_model.objects.filter(translation_key=home.translation_key).exclude(pk=home.pk):
        yield translation_of_home, TRANSLATIONS


def _switch_off(apps, workflow):
    """What Workflow.deactivate() does, with fields only: in-progress reviews are cancelled and the workflow
    is taken off every page and content type."""
    workflow_state_model = apps.get_model("wagtailcore", "WorkflowState")
    task_state_model = apps.get_model("wagtailcore", "TaskState")
    in_progress = workflow_state_model.objects.filter(workflow=workflow, status="in_progress")
    task_state_model.objects.filter(workflow_state__in=in_progress, status="in_progress").update(status="cancelled")
    in_progress.update(status="cancelled")
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(workflow=workflow).delete()
    apps.get_model("wagtailcore", "WorkflowContentType").objects.filter(workflow=workflow).delete()
    workflow.active = False
    workflow.save(update_fields=["active"])


class ReturnedToAuthorNotifier(WorkflowStateRejectionEmailNotifier):
    """Wagtail tells the person who submitted a page that it was returned; its writer hears too when someone
    else submitted it: the page's owner and the author of the revision under review."""

    def get_recipient_users(self, workflow_state, **kwargs):
        already_told = {workflow_state.requested_by, kwargs.get("user")}
        task_state = workflow_state.current_task_state
        writers = {getattr(workflow_state.content_object, "owner", None), task_state.revision.user}
        return {writer for writer in writers if writer is not None and writer not in already_told}


returned_to_author_notifier = ReturnedToAuthorNotifier()


def notify_authors_of_return(workflow_state, user):
    returned_to_author_notifier(instance=workflow_state, user=user)
