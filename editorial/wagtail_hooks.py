"""Wagtail hooks of the editorial app, one module per concern so each stays small."""

from editorial.admin_views import (  # noqa: F401
    handbook,
    plan,
    publishing_paths,
    reports,
    roles,
    takedown,
    translation_guards,
    translation_review,
    translation_status,
    workflows,
)
