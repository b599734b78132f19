"""Admin hooks for the moderation workflows: two editors saving the same page never lose each other's work.

Wagtail already warns an editor, while they type, that someone else saved a newer version (the editing
sessions ping), and refuses an autosave made on a stale version. A full form submission made on a stale
version is still saved, as a new revision on top of the other editor's one. These hooks make that visible:
the editor is told whose version theirs was saved over and gets a link comparing the two, both of which stay
in the page's history."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name

OVERTAKEN_ATTRIBUTE = "editorial_overtaken_by"


def newer_revision_than_loaded(request, page):
    """The page's latest revision when it is newer than the one the submitted form was loaded from (the
    same test as Wagtail's EditView.is_out_of_date), else None."""
    latest = page.get_latest_revision()
    if latest is None:
        return None
    if overwrite_revision_id := request.POST.get("overwrite_revision_id"):
        return latest if overwrite_revision_id != str(latest.pk) else None
    loaded_revision_id = request.POST.get("loaded_revision_id")
    if not loaded_revision_id:
        return None
    if loaded_revision_id != str(latest.pk):
        return latest
    if request.POST.get("loaded_revision_created_at", "") != latest.created_at.isoformat():
        return latest
    return None


@hooks.register("before_edit_page")
def remember_newer_revision(request, page):
    # Autosaves ask for JSON, and Wagtail refuses a stale one before it reaches the form.
    if request.method == "POST" and request.accepts("text/html"):
        setattr(request, OVERTAKEN_ATTRIBUTE, newer_revision_than_loaded(request, page))


@hooks.register("after_edit_page")
def warn_about_overtaken_revision(request, page):
    overtaken = getattr(request, OVERTAKEN_ATTRIBUTE, None)
    if overtaken is None:
        return
    latest = page.get_latest_revision()
    if latest is None or latest.pk == overtaken.pk:
        return
    compare_url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, overtaken.pk, latest.pk])
    messages.warning(
        request,
        _(
            "Trong lúc bạn sửa, %(user)s đã lưu một phiên bản khác của trang này lúc %(time)s. Bản của bạn được "
            "lưu thành phiên bản mới nhất; bản của %(user)s vẫn còn trong lịch sử phiên bản. Hãy so sánh hai bản "
            "để không bỏ sót thay đổi nào."
        )
        % {
            "user": get_user_display_name(overtaken.user) if overtaken.user else _("hệ thống"),
            "time": timezone.localtime(overtaken.created_at).strftime("%H:%M %d/%m/%Y"),
        },
        buttons=[messages.button(compare_url, _("So sánh hai phiên bản"))],
    )
