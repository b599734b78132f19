"""The project's system checks: the real project passes them, and a page type or snippet that breaks a
convention is caught."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from cms import checks
from sections.images import PortalImage
from sections.taxonomy import Locality


class PageWithoutTemplate(Page):
    """Abstract, so defining it registers no model in the app registry used by the rest of the suite."""

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    class Meta:
        abstract = True
        app_label = "sections"


class PageWithoutTreeRules(Page):
    template = "sections/article_page.html"

    class Meta:
        abstract = True
        app_label = "sections"


class ThirdPartyPage(Page):
    """Pages of apps that are not ours are not held to our conventions."""

    class Meta:
        abstract = True
        app_label = "wagtailcore"


def test_project_passes_its_own_checks():
    assert checks.pages_set_template_and_parents(None) == []
    assert checks.public_snippets_are_translatable(None) == []


def test_manage_py_check_is_clean():
    call_command("check", fail_level="WARNING")


def test_page_without_template_is_reported(monkeypatch):
    monkeypatch.setattr(checks.apps, "get_models", lambda: [PageWithoutTemplate, ThirdPartyPage])

    errors = checks.pages_set_template_and_parents(None)

    assert [(error.id, error.obj) for error in errors] == [("cms.E001", PageWithoutTemplate)]
    assert "PageWithoutTemplate must set `template`" in errors[0].msg


def test_page_without_parent_and_subpage_types_is_reported(monkeypatch):
    monkeypatch.setattr(checks.apps, "get_models", lambda: [PageWithoutTreeRules])

    errors = checks.pages_set_template_and_parents(None)

    assert [error.id for error in errors] == ["cms.E002"]


def test_untranslatable_public_snippet_is_reported(monkeypatch):
    monkeypatch.setattr(checks, "get_snippet_models", lambda: [Locality, PortalImage])

    errors = checks.public_snippets_are_translatable(None)

    assert [(error.id, error.obj) for error in errors] == [("cms.E003", PortalImage)]


@pytest.mark.parametrize("check", [checks.pages_set_template_and_parents, checks.public_snippets_are_translatable])
def test_checks_are_registered(check):
    from django.core.checks.registry import registry

    assert check in registry.get_checks()
