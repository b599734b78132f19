"""The admin's other ways to publish or remove content, closed where they would skip the editorial board.

- wagtail-localize's translation editor has its own "Publish", which publishes the translation at once; under a
  workflow the translation goes to the board instead ("Gửi duyệt bản dịch", editorial.translation_review).
- "Update translations" (sync from the Vietnamese source) offers "Publish immediately"; under a workflow the
  updated translations are saved for translators to finish and submit.
- Copying a page can "publish copies"; under a workflow the copies are drafts that go through review.
- Deleting content the public can read would remove it without a reason in the take-down register: live
  pages are taken down ("Gỡ bỏ") or unpublished first, then deleted."""

import logging

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.models import SourceDeletedError
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial import publishing_guard, takedown
from editorial.admin_views.translation_guards import unpublished_source_notice
from editorial.translation_review import translation_of

logger = logging.getLogger(__name__)

TRANSLATION_PUBLISH_REFUSAL = gettext_lazy(
    "Bản dịch phải được Ban biên tập phê duyệt trước khi công khai: hãy bấm “Gửi duyệt bản dịch”. "
    "Các đoạn đã dịch vẫn được giữ nguyên."
)
TRANSLATION_IN_REVIEW = gettext_lazy(
    "Bản dịch đang chờ duyệt: người duyệt dùng nút “Phê duyệt và xuất bản” hoặc “Trả lại để sửa” ở đầu trang này."
)
COPIES_KEPT_AS_DRAFTS = gettext_lazy(
    "Các bản sao được lưu thành bản nháp, chưa xuất bản: nơi nhận phải qua quy trình duyệt, hãy gửi duyệt từng trang."
)


@hooks.register("before_edit_page", order=-10)
def refuse_translation_editor_publish(request, page):
    # Runs before wagtail-localize's own before_edit_page hook, which handles the translation editor's POST.
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not publishing_guard.is_governed(page) or translation_of(page) is None:
        return None
    logger.warning("Refused a translation-editor publish of %r by %s", page, request.user)
    if page.workflow_in_progress:
        messages.error(request, TRANSLATION_IN_REVIEW)
    else:
        messages.error(request, TRANSLATION_PUBLISH_REFUSAL)
    return redirect("wagtailadmin_pages:edit", page.pk)


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's sync view without "Publish immediately" when the translations are under a workflow."""

    def publishing_goes_through_review(self):
        if not hasattr(self, "_through_review"):
            model = self.object.specific_content_type.model_class()
            targets = Page.objects.none()
            if model is not None and issubclass(model, Page):
                targets = Page.objects.filter(
                    translation_key=self.object.object_id,
                    locale__in=self.object.translations.filter(enabled=True).values("target_locale"),
                )
            self._through_review = any(publishing_guard.is_governed(page) for page in targets)
        return self._through_review

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Syncing, like translating, reads the Vietnamese page as published, not a newer draft.
        try:
            context["source_notice"] = unpublished_source_notice(self.object.get_source_instance())
        except SourceDeletedError:
            context["source_notice"] = None
        return context

    def get_form(self):
        form = super().get_form()
        if self.publishing_goes_through_review():
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        through_review = self.publishing_goes_through_review()
        if through_review:
            form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if through_review:
            messages.info(
                self.request,
                _(
                    "Bản dịch đã nhận các thay đổi của bản tiếng Việt nhưng chưa công khai: biên dịch viên dịch các "
                    "đoạn mới rồi bấm “Gửi duyệt bản dịch” để Ban biên tập phê duyệt."
                ),
            )
        return response


def guarded_update_translations_urls():
    """Served ahead of the admin's URLs (cms/urls.py) at wagtail-localize's own address, so every link to
    "Update translations" reaches this view."""
    return [
        path(
            "admin/localize/update/<int:translation_source_id>/",
            require_admin_access(ReviewedUpdateTranslationsView.as_view()),
        )
    ]


@hooks.register("before_copy_page")
def copies_under_review_stay_drafts(request, page):
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    destination = Page.objects.filter(pk=request.POST.get("new_parent_page")).first()
    if destination is None or not publishing_guard.is_governed(destination):
        return None
    post = request.POST.copy()
    post.pop("publish_copies")
    request.POST = post
    messages.warning(request, COPIES_KEPT_AS_DRAFTS)
    return None


def live_pages_removed_by_deleting(page):
    """The live pages that deleting `page` would remove: itself, its descendants and (as Wagtail deletes
    them with it) its translations and theirs."""
    pages = Page.objects.none()
    for member in [page, *page.get_translations()]:
        pages |= Page.objects.descendant_of(member, inclusive=True)
    return pages.filter(live=True).exclude(depth__lte=1)


def deletion_refusal(page):
    live = live_pages_removed_by_deleting(page)
    count = live.count()
    if not count:
        return None
    if takedown.supports_take_down(page) and page.live and count == 1:
        return _(
            "“%(title)s” đang công khai nên không xóa thẳng được: hãy dùng “Gỡ bỏ” để ghi lý do vào sổ gỡ bỏ. "
            "Sau khi gỡ (đăng nhầm hoặc đã gộp), có thể xóa trang."
        ) % {"title": page.get_admin_display_title()}
    return _(
        "Không xóa được “%(title)s”: việc xóa sẽ gỡ %(count)d trang đang công khai (kể cả trang con và bản dịch). "
        "Hãy gỡ bỏ hoặc ngừng xuất bản các trang đó trước, để mỗi lần gỡ đều có lý do trong sổ gỡ bỏ."
    ) % {"title": page.get_admin_display_title(), "count": count}


@hooks.register("before_delete_page")
def refuse_deleting_live_content(request, page):
    refusal = deletion_refusal(page)
    if refusal is None:
        return None
    messages.error(request, refusal)
    if takedown.can_take_down(page, request.user):
        return redirect(reverse("editorial_take_down", args=[page.pk]))
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_live_content(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not issubclass(action_class_instance.model, Page):
        return None
    refusals = [refusal for page in objects if (refusal := deletion_refusal(page))]
    if not refusals:
        return None
    for refusal in refusals[:5]:
        messages.error(request, refusal)
    return redirect(action_class_instance.next_url)
