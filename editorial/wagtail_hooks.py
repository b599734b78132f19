"""Wagtail hooks of the editorial app, one module per concern so each stays small."""

from editorial.admin_views import handbook, plan, reports, roles, takedown, translation_review, workflows  # noqa: F401
