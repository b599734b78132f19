"""Take-down (gỡ bỏ): the editorial board removes a published article for one of the reasons a public body
needs, and every take-down is written to the register (TakeDown) and to Wagtail's audit log.

- Published in error: the page is unpublished. With a replacement page its address redirects there
  (temporarily: the corrected article may come back at the same address); without one it answers 404. Not
  410 Gone, for the same reason: the page stays in the tree, unpublished, and may be republished once
  corrected (a Wagtail redirect could not say "gone" anyway).
- Consolidated into another page: the replacement is required and the address redirects there for good (301).
- Withdrawn: the page stays at its address, republished with a withdrawal notice and the reason, and leaves
  every listing, feed and the home page."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import LogContext, LogFormatter, log
from wagtail.models import Site

from editorial.models import TakeDown
from sections.models import ArticlePage

LOG_ACTION = "editorial.take_down"

# The page types that can be taken down from the admin; each must carry `withdrawn_at` and `withdrawal_notice`.
TAKE_DOWN_PAGE_TYPES = (ArticlePage,)


def supports_take_down(page):
    """Whether `page` is of a type taken down from the admin; works on a generic Page without a query."""
    page_type = page.specific_class
    return page_type is not None and issubclass(page_type, TAKE_DOWN_PAGE_TYPES)


def can_take_down(page, user):
    """Whether `user` may take `page` down now: a live article, and the right to unpublish it (not locked)."""
    return supports_take_down(page) and page.live and page.permissions_for_user(user).can_unpublish()


def validate_take_down(page, reason, explanation, replacement=None):
    """Raises ValidationError, keyed by form field, when the request cannot be carried out as asked."""
    errors = {}
    if reason not in TakeDown.Reason.values:
        errors["reason"] = _("Hãy chọn lý do gỡ bỏ.")
    if not (explanation or "").strip():
        errors["explanation"] = _("Hãy ghi rõ lý do gỡ bỏ: nội dung này được lưu vào sổ gỡ bỏ.")
    if reason == TakeDown.Reason.CONSOLIDATED and replacement is None:
        errors["replacement"] = _("Bài đã gộp vào trang khác phải có trang thay thế để chuyển người đọc tới đó.")
    elif reason == TakeDown.Reason.WITHDRAWN and replacement is not None:
        errors["replacement"] = _(
            "Bài thu hồi vẫn giữ ở địa chỉ cũ nên không chuyển hướng: hãy bỏ chọn trang thay thế hoặc chọn lý do khác."
        )
    elif replacement is not None:
        if replacement.pk == page.pk:
            errors["replacement"] = _("Trang thay thế phải là một trang khác với trang bị gỡ.")
        elif not replacement.live:
            errors["replacement"] = _("Trang thay thế chưa được xuất bản: người đọc sẽ gặp trang lỗi.")
        elif replacement.locale_id != page.locale_id:
            errors["replacement"] = _("Trang thay thế phải cùng ngôn ngữ với trang bị gỡ.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def take_down(page, user, reason, explanation, replacement=None):
    """Takes `page` down for `reason`, as `user`; returns the register entry."""
    page = page.specific
    if not can_take_down(page, user):
        raise PermissionDenied
    validate_take_down(page, reason, explanation, replacement)
    explanation = explanation.strip()
    site_id, _root_url, page_path = page.get_url_parts()
    page_url = page.get_full_url()
    # One user action: the unpublish or publish entry and the take-down entry share a UUID in the audit log.
    with LogContext(user=user):
        redirect = None
        if reason == TakeDown.Reason.WITHDRAWN:
            _withdraw(page, user, explanation)
        else:
            if replacement is not None:
                permanent = reason == TakeDown.Reason.CONSOLIDATED
                redirect = _redirect(page_path, Site.objects.get(pk=site_id), replacement, permanent)
            page.unpublish(user=user)
        record = TakeDown.objects.create(
            page=page,
            page_title=page.title,
            page_url=page_url,
            locale_id=page.locale_id,
            reason=reason,
            explanation=explanation,
            replacement=replacement,
            redirect=redirect,
            taken_down_by=user,
        )
        log(
            instance=page,
            action=LOG_ACTION,
            user=user,
            data={
                "take_down": record.pk,
                "reason": reason,
                "explanation": explanation,
                "replacement": {"id": replacement.pk, "title": replacement.title} if replacement else None,
                "redirect": {"old_path": redirect.old_path, "permanent": redirect.is_permanent} if redirect else None,
            },
        )
    return record


def _redirect(page_path, site, replacement, permanent):
    # An address can hold one redirect per site: a second take-down of the same address points it anew.
    redirect, _created = Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(page_path),
        site=site,
        defaults={
            "redirect_page": replacement,
            "redirect_page_route_path": "",
            "redirect_link": "",
            "is_permanent": permanent,
            "automatically_created": False,
        },
    )
    return redirect


def _withdraw(page, user, explanation):
    # Built from the live row, not the latest draft: a draft waiting for review must not go public with the notice.
    live = type(page).objects.get(pk=page.pk)
    live.withdrawn_at = timezone.now()
    live.withdrawal_notice = explanation
    # clean=False: a rule added since the article was published must not stand in the way of withdrawing it.
    revision = live.save_revision(user=user, clean=False)
    revision.publish(user=user, skip_permission_checks=True)


class TakeDownLogFormatter(LogFormatter):
    label = _("Gỡ bỏ")

    def format_message(self, log_entry):
        data = log_entry.data
        reason = TakeDown.Reason(data["reason"]).label
        replacement = data.get("replacement")
        if replacement:
            return _("Gỡ bỏ, lý do: %(reason)s; chuyển người đọc tới “%(replacement)s”") % {
                "reason": reason,
                "replacement": replacement["title"],
            }
        return _("Gỡ bỏ, lý do: %(reason)s") % {"reason": reason}

    def format_comment(self, log_entry):
        return log_entry.data.get("explanation", "")
