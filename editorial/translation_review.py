"""Sending a synced translation (wagtail-localize) to the editorial board for approval.

wagtail-localize replaces the page editor of a translated page with its own translation editor, whose only way
forward is "Publish" — a permission translators do not have (editorial/roles.py). Without this module a translator
would have to stop the synced translation and use Wagtail's normal editor to submit the page, losing the sync with
the Vietnamese source. Submitting here does in one step what the board needs: the translation's current strings
are saved as a draft revision of the English page, and the page's workflow ("Duyệt bản dịch") starts on that
revision, which notifies the board.

A translation with strings still untranslated is refused rather than saved: wagtail-localize would fill the gaps
with the Vietnamese source text, and the board would be asked to approve an English page that is partly Vietnamese.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError, transaction
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import SourceDeletedError, StringSegment, StringTranslation, Translation


class SubmissionRefused(Exception):
    """Why a translation cannot be sent for approval, in words the translator reads."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def translation_of(page):
    """The enabled wagtail-localize translation whose target is `page`, or None for a page edited in Wagtail's
    own editor (a source page, or a translation whose sync was stopped)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_count(translation):
    """How many of the source's strings have no usable translation yet (missing, or marked in error)."""
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def refusal(page, user):
    """Why `user` cannot send `page` for approval now, or None when they can. Cheap enough for a button."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return _("Bạn không có quyền sửa trang “%(title)s” nên không gửi duyệt được bản dịch này.") % {
            "title": page.get_admin_display_title()
        }
    if page.workflow_in_progress:
        return _("Bản dịch “%(title)s” đang chờ duyệt; hãy đợi Ban biên tập phê duyệt hoặc trả lại.") % {
            "title": page.get_admin_display_title()
        }
    if page.get_workflow() is None:
        return _("Trang “%(title)s” không thuộc quy trình duyệt nào; hãy báo Tổ kỹ thuật.") % {
            "title": page.get_admin_display_title()
        }
    if permissions.page_locked():
        return _("Trang “%(title)s” đang bị khóa nên chưa gửi duyệt được.") % {"title": page.get_admin_display_title()}
    return None


def can_submit(page, user):
    return translation_of(page) is not None and refusal(page, user) is None


def _validation_messages(page, error):
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    labelled = []
    for name, messages in error.message_dict.items():
        try:
            label = page._meta.get_field(name).verbose_name
        except FieldDoesNotExist:
            label = name
        labelled += [f"{label}: {message}" for message in messages]
    return labelled


def submit_for_review(page, user):
    """Save the translation as a draft revision of `page` and start the page's workflow on it.

    Returns the new WorkflowState; raises SubmissionRefused with the reason when nothing was submitted."""
    translation = translation_of(page)
    if translation is None:
        raise SubmissionRefused(
            _("Trang “%(title)s” không phải bản dịch đồng bộ; hãy gửi duyệt ngay trong trình sửa trang.")
            % {"title": page.get_admin_display_title()}
        )
    if reason := refusal(page, user):
        raise SubmissionRefused(reason)
    missing = untranslated_count(translation)
    if missing:
        raise SubmissionRefused(
            ngettext(
                "Còn %(count)d đoạn chưa dịch (hoặc dịch lỗi) trong “%(title)s”. Hãy dịch hết rồi gửi duyệt.",
                "Còn %(count)d đoạn chưa dịch (hoặc dịch lỗi) trong “%(title)s”. Hãy dịch hết rồi gửi duyệt.",
                missing,
            )
            % {"count": missing, "title": page.get_admin_display_title()}
        )
    invalid = None
    try:
        # A savepoint: on PostgreSQL a value longer than its column fails in the database, before Wagtail's
        # validation runs, and must not break the request's transaction. A validation error is caught inside it,
        # so the strings wagtail-localize marks in error stay marked for the translator.
        with transaction.atomic():
            try:
                translation.save_target(user=user, publish=False)
            except ValidationError as error:
                invalid = error
    except DataError as error:
        raise SubmissionRefused(
            _(
                "Chưa lưu được bản dịch “%(title)s”: một đoạn dịch dài hơn độ dài tối đa của trường "
                "(ví dụ tiêu đề, tác giả: 255 ký tự). Hãy rút gọn rồi gửi lại."
            )
            % {"title": page.get_admin_display_title()}
        ) from error
    except SourceDeletedError as error:
        raise SubmissionRefused(
            _("Trang tiếng Việt gốc của “%(title)s” đã bị xóa nên không gửi duyệt bản dịch được.")
            % {"title": page.get_admin_display_title()}
        ) from error
    if invalid is not None:
        # wagtail-localize marks the offending strings in its editor; the translator also needs to know why here.
        raise SubmissionRefused(
            _("Chưa lưu được bản dịch “%(title)s” thành trang hợp lệ: %(errors)s")
            % {"title": page.get_admin_display_title(), "errors": "; ".join(_validation_messages(page, invalid))}
        ) from invalid
    page = Page.objects.get(pk=page.pk).specific
    return page.get_workflow().start(page, user)


def awaiting_submission(user):
    """Synced translations `user` may edit that have work the board has not been asked to approve yet: a draft
    newer than the live version, or strings translated since the page was last saved. Pages in review are left
    out: they are the board's now."""
    is_synced_translation = Exists(
        Translation.objects.filter(
            enabled=True, source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
        )
    )
    last_string_edit = Subquery(
        StringTranslation.objects.filter(
            locale_id=OuterRef("locale_id"), context__object_id=OuterRef("translation_key")
        )
        .order_by("-updated_at")
        .values("updated_at")[:1]
    )
    in_review = Exists(
        WorkflowState.objects.active().filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )
    return (
        PagePermissionPolicy()
        .instances_user_has_any_permission_for(user, ["change"])
        .filter(is_synced_translation)
        .annotate(last_string_edit=last_string_edit)
        .filter(Q(has_unpublished_changes=True) | Q(last_string_edit__gt=F("latest_revision_created_at")))
        .exclude(in_review)
        .select_related("locale")
        .order_by("-last_string_edit", "-latest_revision_created_at")
    )
