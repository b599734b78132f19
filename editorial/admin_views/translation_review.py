"""Admin hooks for sending a synced translation to the board (editorial/translation_review.py): the "Gửi duyệt bản
dịch" button on such pages (page header and listing menu), its confirmation page, and the translators' dashboard
panel "Bản dịch chờ gửi duyệt". wagtail-localize's translation editor is a React app with no hook for extra
actions, so the button lives where Wagtail lets every page have one."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from editorial.translation_review import (
    SubmissionRefused,
    awaiting_submission,
    can_submit,
    refusal,
    submit_for_review,
    translation_of,
    untranslated_count,
)

URL_NAME = "editorial_submit_translation"
DASHBOARD_LIMIT = 10


class SubmitTranslationMenuItem(PageMenuItem):
    label = gettext_lazy("Gửi duyệt bản dịch")
    icon_name = "resubmit"
    url_name = URL_NAME

    def is_shown(self, user):
        return can_submit(self.page, user)


@hooks.register("register_page_header_buttons")
def page_header_submit_translation_button(page, user, view_name, next_url=None):
    yield SubmitTranslationMenuItem(page=page, next_url=next_url, priority=58)


@hooks.register("register_page_listing_more_buttons")
def page_listing_submit_translation_button(page, user, next_url=None):
    yield SubmitTranslationMenuItem(page=page, next_url=next_url, priority=38)


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """GET explains what will happen (and why it cannot, when it cannot); POST does it."""

    template_name = "editorial/translation_review/submit.html"
    page_title = gettext_lazy("Gửi duyệt bản dịch")
    header_icon = "resubmit"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        self.translation = translation_of(self.page)
        if self.translation is None:
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        total, translated = self.translation.get_progress()
        workflow = self.page.get_workflow()
        context.update(
            page=self.page,
            source=self.translation.source.get_source_instance(),
            total_segments=total,
            translated_segments=translated,
            untranslated=untranslated_count(self.translation),
            workflow=workflow,
            first_task=workflow.tasks.first() if workflow else None,
            reason=kwargs.get("reason", refusal(self.page, self.request.user)),
            action_url=self.request.get_full_path(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context

    def post(self, request, page_id):
        try:
            state = submit_for_review(self.page, request.user)
        except SubmissionRefused as refused:
            messages.error(request, refused.message)
            allowed = self.page.permissions_for_user(request.user).can_edit()
            return self.render_to_response(
                self.get_context_data(reason=refused.message), status=409 if allowed else 403
            )
        messages.success(
            request,
            _("Đã gửi bản dịch “%(title)s” đi duyệt theo quy trình “%(workflow)s”; Ban biên tập đã được báo.")
            % {"title": self.page.get_admin_display_title(), "workflow": state.workflow.name},
            buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[self.page.pk]), _("Mở bản dịch"))],
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


@hooks.register("register_admin_urls")
def register_submit_translation_url():
    return [path("ban-dich/<int:page_id>/gui-duyet/", SubmitTranslationView.as_view(), name=URL_NAME)]


class TranslationsAwaitingSubmissionPanel(Component):
    name = "translations_awaiting_submission"
    template_name = "editorial/translation_review/dashboard_panel.html"
    order = 160  # just below "Việc của tôi": both are the translator's own unfinished work

    def __init__(self, pages):
        self.pages = pages

    def get_context_data(self, parent_context):
        return {"pages": self.pages, "home_url": reverse("wagtailadmin_home")}


@hooks.register("construct_homepage_panels")
def add_translations_awaiting_submission_panel(request, panels):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        return
    pages = list(awaiting_submission(request.user)[:DASHBOARD_LIMIT])
    if pages:
        panels.append(TranslationsAwaitingSubmissionPanel(pages))
