"""The review bar shown above wagtail-localize's translation editor.

The editor is wagtail-localize's own React app: its only way forward is "Publish", which this project refuses
under a workflow (editorial.admin_views.publishing_paths). Translators submit for review and the board approves
or returns from this bar, on the page they are looking at, instead of hunting for the same actions in menus."""

from django import template
from django.urls import reverse

from editorial.translation_review import can_submit, refusal, translation_of, untranslated_count

register = template.Library()


@register.inclusion_tag("editorial/translation_review/review_bar.html", takes_context=True)
def translation_review_bar(context, page):
    request = context["request"]
    user = request.user
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    bar = {"page": page, "request": request, "csrf_token": context.get("csrf_token")}
    translation = translation_of(page)
    if translation is None:
        return bar
    state = page.current_workflow_state
    task_state = page.current_workflow_task_state if state is not None else None
    if task_state is not None:
        bar["in_review"] = True
        bar["task_name"] = task_state.task.name
        actions = {name for name, _label, _modal in task_state.task.specific.get_actions(page, user)}
        if "approve" in actions:
            bar["approve_url"] = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        if "reject" in actions:
            bar["reject_url"] = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
        bar["next"] = edit_url
        return bar
    bar["missing"] = untranslated_count(translation)
    if can_submit(page, user):
        bar["submit_url"] = f"{reverse('editorial_submit_translation', args=[page.pk])}?next={edit_url}"
    else:
        bar["reason"] = refusal(page, user)
    return bar
