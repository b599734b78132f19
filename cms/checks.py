"""System checks for the project's conventions, so a new page type or snippet cannot quietly break them."""

from django.apps import apps
from django.core.checks import Error, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

OUR_APPS = {"home", "sections", "about", "procedures", "editorial", "search"}


@register()
def pages_set_template_and_parents(app_configs, **kwargs):
    errors = []
    for model in apps.get_models():
        if not issubclass(model, Page) or model._meta.app_label not in OUR_APPS:
            continue
        try:
            get_template(model.template)
        except TemplateDoesNotExist:
            errors.append(
                Error(
                    f"{model.__name__} must set `template` to an existing template"
                    f" ({model.template!r} does not exist).",
                    obj=model,
                    id="cms.E001",
                )
            )
        if "parent_page_types" not in model.__dict__ or "subpage_types" not in model.__dict__:
            errors.append(
                Error(f"{model.__name__} must set parent_page_types and subpage_types.", obj=model, id="cms.E002")
            )
    return errors


@register()
def public_snippets_are_translatable(app_configs, **kwargs):
    return [
        Error(
            f"Snippet {model.__name__} is shown to the public and must use TranslatableMixin.", obj=model, id="cms.E003"
        )
        for model in get_snippet_models()
        if model._meta.app_label in OUR_APPS and not issubclass(model, TranslatableMixin)
    ]
