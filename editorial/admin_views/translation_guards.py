"""Bad input around wagtail-localize, answered in the admin's language and without losing or orphaning anything.

- Uploading a PO file: wagtail-localize's own view fails with a server error on an empty file, a file without its
  translation id or no file at all, and says only "valid PO file" otherwise. Here every refusal names the problem
  and the file, nothing is imported from a refused file, and strings that no longer match the Vietnamese source are
  reported instead of dropped silently.
- A segment saved as spaces only would count as translated (and could make an English title of blanks); it is kept
  but marked in error, with the reason shown next to the segment in the translation editor.
- "Translate" copies the Vietnamese page as stored, i.e. its published version, not a newer draft: the translator is
  told before submitting and again after.
- Deleting a Vietnamese page deletes its translations with it (Wagtail only cascades when a hook says so; without it
  the English pages would stay behind with their translation data wiped), and the confirmation names them. Bulk
  delete cannot cascade, so it is refused for such pages.

The wrapped views are served at wagtail-localize's own addresses: admin URLs registered before wagtail-localize's
(hook order) match first, so every link and `reverse("wagtail_localize:…")` reaches them."""

import re
import tempfile
from io import BytesIO

import polib

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import Http404, JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import edit_translation as localize_editor
from wagtail_localize.views.edit_translation import StringTranslationSerializer, user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

NAMES_SHOWN = 3


class RefusedUpload(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _nothing_changed(message):
    return f"{message} {_('Không có đoạn dịch nào thay đổi.')}"


def read_po_upload(upload, translation):
    """The uploaded PO file as a polib.POFile made for `translation`; RefusedUpload says why it is not."""
    if upload is None:
        raise RefusedUpload(_nothing_changed(_("Chưa chọn tệp PO để tải lên.")))
    name = upload.name
    data = upload.read()
    if not data.strip():
        raise RefusedUpload(_nothing_changed(_("Tệp “%(name)s” trống.") % {"name": name}))
    # polib reads a string as a file name when such a file exists, so the upload goes through a file of its own.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        copy.write(data.removeprefix(b"\xef\xbb\xbf"))
        copy.flush()
        try:
            po = polib.pofile(copy.name)
        except (UnicodeDecodeError, LookupError):
            raise RefusedUpload(
                _nothing_changed(
                    _(
                        "Không đọc được tệp “%(name)s”: tệp không được lưu theo mã UTF-8. Hãy lưu lại tệp PO với "
                        "mã UTF-8 rồi tải lên lại."
                    )
                    % {"name": name}
                )
            ) from None
        except OSError as error:  # polib reports syntax errors as OSError
            line = re.search(r"\(line (\d+)\)", str(error))
            message = (
                _("Tệp “%(name)s” không phải tệp PO hợp lệ: lỗi cú pháp ở dòng %(line)s.")
                % {"name": name, "line": line.group(1)}
                if line
                else _("Tệp “%(name)s” không phải tệp PO hợp lệ.") % {"name": name}
            )
            raise RefusedUpload(_nothing_changed(message)) from None
    made_for = po.metadata.get("X-WagtailLocalize-TranslationID")
    if not made_for:
        raise RefusedUpload(
            _nothing_changed(
                _(
                    "Tệp “%(name)s” không phải tệp PO tải xuống từ trình dịch (thiếu mã bản dịch). Hãy bấm “Tải "
                    "xuống tệp PO” trong trình dịch của trang này, dịch trong tệp đó rồi tải lên."
                )
                % {"name": name}
            )
        )
    if made_for != str(translation.uuid):
        raise RefusedUpload(_nothing_changed(_other_translation_message(name, made_for, translation)))
    return po


def _describe(translation):
    return f"“{translation.source.object_repr}” ({translation.target_locale.get_display_name()})"


def _other_translation_message(name, made_for, translation):
    other = Translation.objects.filter(uuid=made_for).select_related("source", "target_locale").first()
    if other is None:
        return _("Tệp “%(name)s” được tạo cho một bản dịch khác (có thể đã bị xóa), không phải bản dịch %(this)s.") % {
            "name": name,
            "this": _describe(translation),
        }
    return _(
        "Tệp “%(name)s” được tạo cho bản dịch %(other)s, không phải bản dịch %(this)s. Hãy tải lên đúng tệp của "
        "trang này."
    ) % {"name": name, "other": _describe(other), "this": _describe(translation)}


def _quoted(strings):
    shown = ", ".join(f"“{string[:60]}”" for string in strings[:NAMES_SHOWN])
    return shown + (", …" if len(strings) > NAMES_SHOWN else "")


def _editor_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse("wagtailadmin_home")


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), id=translation_id)
    instance = translation.get_target_instance()
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or _editor_url(instance)
    upload = request.FILES.get("file")
    try:
        po = read_po_upload(upload, translation)
    except RefusedUpload as refusal:
        messages.error(request, refusal.message)
        return redirect(next_url)

    for entry in po:
        # Spaces are no translation; left out, the segment stays untranslated instead of becoming blank.
        if not entry.msgstr.strip():
            entry.msgstr = ""
    translated = [index for index, entry in enumerate(po) if entry.msgstr and not entry.obsolete]
    if not translated:
        messages.warning(
            request, _nothing_changed(_("Tệp “%(name)s” chưa có đoạn nào được dịch.") % {"name": upload.name})
        )
        return redirect(next_url)
    with transaction.atomic():
        warnings = translation.import_po(po, user=request.user, tool_name="PO File")
    skipped = sorted({warning.index for warning in warnings} & set(translated))
    imported = len(translated) - len(skipped)
    if imported:
        messages.success(
            request,
            ngettext(
                "Đã nhập %(count)d đoạn dịch từ tệp “%(name)s” vào bản dịch %(this)s. Dịch xong, hãy bấm "
                "“Gửi duyệt bản dịch” để Ban biên tập phê duyệt.",
                "Đã nhập %(count)d đoạn dịch từ tệp “%(name)s” vào bản dịch %(this)s. Dịch xong, hãy bấm "
                "“Gửi duyệt bản dịch” để Ban biên tập phê duyệt.",
                imported,
            )
            % {"count": imported, "name": upload.name, "this": _describe(translation)},
        )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(count)d đoạn trong tệp không khớp với nội dung tiếng Việt hiện tại nên không được nhập (bản "
                "tiếng Việt có thể đã thay đổi sau khi tải tệp xuống): %(strings)s. Hãy tải tệp PO mới và dịch lại "
                "các đoạn này.",
                "%(count)d đoạn trong tệp không khớp với nội dung tiếng Việt hiện tại nên không được nhập (bản "
                "tiếng Việt có thể đã thay đổi sau khi tải tệp xuống): %(strings)s. Hãy tải tệp PO mới và dịch lại "
                "các đoạn này.",
                len(skipped),
            )
            % {"count": len(skipped), "strings": _quoted([po[index].msgid for index in skipped])},
        )
    return redirect(next_url)


@require_http_methods(["PUT", "DELETE"])
def edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's segment save, except that a value of spaces only is kept marked in error (the editor
    shows the reason beside the segment) instead of counting as a translation."""
    if request.method == "PUT" and (value := _put_value(request)) is not None and not value.strip():
        return _blank_segment(request, translation_id, string_segment_id, value)
    return localize_editor.edit_string_translation(
        request, translation_id=translation_id, string_segment_id=string_segment_id
    )


def _put_value(request):
    """The "value" field of a PUT, or None when there is none to read (wagtail-localize's view answers that).
    Read from a copy of the body, so that wagtail-localize's view can read the body again."""
    body = request.body
    if request.content_type != "multipart/form-data":
        return QueryDict(body, encoding=request.encoding).get("value")
    try:
        fields, _files = request.parse_file_upload(request.META, BytesIO(body))
    except MultiPartParserError:
        return None
    return fields.get("value")


def _blank_segment(request, translation_id, string_segment_id, value):
    translation = get_object_or_404(Translation, id=translation_id)
    segment = get_object_or_404(StringSegment, id=string_segment_id)
    if segment.context.object_id != translation.source.object_id:
        raise Http404
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    string_translation, created = StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=translation.target_locale_id,
        context_id=segment.context_id,
        defaults={
            "data": value,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": "",
            "last_translated_by": request.user,
            "has_error": True,
            "field_error": _(
                "Đoạn dịch chỉ có khoảng trắng nên vẫn tính là chưa dịch. Hãy nhập bản dịch cho đoạn này."
            ),
        },
    )
    if segment.context.path == "title":
        # wagtail-localize copies every saved title into the page's draft title; a blank one would leave the page
        # nameless in listings and messages, so the title goes back to the page's own, as for an untranslated one.
        Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.target_locale_id
        ).update(draft_title=F("title"))
    data = StringTranslationSerializer(string_translation, context={"translation_source": translation.source}).data
    return JsonResponse(data, status=201 if created else 200)


def unpublished_source_notice(page):
    """What a translation of `page` leaves out when the Vietnamese page has changes not yet published, or None.

    wagtail-localize translates the page as stored: the live version of a live page, and for a page never
    published the content it was created with, never the latest draft."""
    if not getattr(page, "has_unpublished_changes", False):
        return None
    if page.live:
        return _(
            "Bản tiếng Việt có thay đổi chưa xuất bản; bản dịch được tạo từ phiên bản đang công khai, chưa gồm các "
            "thay đổi đó. Khi các thay đổi được xuất bản, hãy dùng “Đồng bộ các trang đã dịch” để đưa chúng vào "
            "bản dịch."
        )
    return _(
        "Bản tiếng Việt chưa được xuất bản; bản dịch được tạo từ nội dung đã lưu của trang và có thể chưa gồm bản "
        "nháp mới nhất. Nên dịch sau khi bản tiếng Việt đã được duyệt và xuất bản."
    )


class SubmitPageTranslationWithDraftNotice(SubmitPageTranslationView):
    """wagtail-localize's "Translate page", telling the translator when the Vietnamese page has an unpublished
    draft: on the form (templates/wagtail_localize/admin/submit_translation.html) and once submitted."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "source_notice": unpublished_source_notice(self.object)}

    def form_valid(self, form):
        response = super().form_valid(form)
        if notice := unpublished_source_notice(self.object):
            messages.warning(self.request, notice)
        return response


@hooks.register("register_admin_urls", order=-1)
def serve_guarded_localize_views():
    # Ahead of wagtail-localize's own URLs (its hook has the default order), at the same addresses.
    return [
        path("localize/submit/page/<int:page_id>/", SubmitPageTranslationWithDraftNotice.as_view()),
        path("localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/", edit_string_translation),
        path("localize/translate/<int:translation_id>/pofile/upload/", upload_pofile),
    ]


def translations_of_source(page):
    """(deleted with it, left behind): the other-language versions of a Vietnamese source page, split the way
    Wagtail's delete view treats the pages a cascade hook returns — it deletes those under a translation of the
    page's parent and leaves the others."""
    if page.locale_id != Locale.get_default().pk or page.depth <= 1:
        return [], []
    others = list(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    if not others:
        return [], []
    parents = set(page.get_parent().get_translations().values_list("path", flat=True))
    deleted = [other for other in others if other.path[: -other.steplen] in parents]
    return deleted, [other for other in others if other not in deleted]


def _named(pages):
    return ", ".join(f"“{page.get_admin_display_title()}” ({page.locale.get_display_name()})" for page in pages)


@hooks.register("construct_translated_pages_to_cascade_actions")
def delete_translations_with_their_source(pages, action):
    if action != "delete":
        return None
    return {page: translations_of_source(page)[0] for page in pages}


@hooks.register("before_delete_page", order=10)
def tell_what_goes_with_the_page(request, page):
    # Order 10: after the hooks that refuse the deletion outright (editorial.admin_views.publishing_paths).
    deleted, left = translations_of_source(page)
    if request.method == "POST":
        request.editorial_translations_deleted = _named(deleted)
        return None
    if deleted:
        messages.warning(
            request,
            ngettext(
                "Xóa “%(title)s” sẽ xóa luôn bản dịch của trang: %(translations)s, cùng các đoạn đã dịch.",
                "Xóa “%(title)s” sẽ xóa luôn %(count)d bản dịch của trang: %(translations)s, cùng các đoạn đã dịch.",
                len(deleted),
            )
            % {"title": page.get_admin_display_title(), "count": len(deleted), "translations": _named(deleted)},
        )
    if left:
        messages.warning(
            request,
            _(
                "Bản dịch %(translations)s nằm ngoài mục tương ứng nên không bị xóa; sau khi xóa “%(title)s”, bản "
                "dịch đó thành trang độc lập, không còn đồng bộ với bản tiếng Việt."
            )
            % {"title": page.get_admin_display_title(), "translations": _named(left)},
        )
    if page.locale_id != Locale.get_default().pk and (source := _source_page(page)) is not None:
        messages.info(
            request,
            _(
                "Chỉ bản dịch này bị xóa, cùng các đoạn đã dịch của nó; bản tiếng Việt “%(source)s” vẫn giữ nguyên "
                "và có thể được dịch lại."
            )
            % {"source": source.get_admin_display_title()},
        )
    return None


def _source_page(page):
    return Page.objects.filter(translation_key=page.translation_key, locale=Locale.get_default()).first()


@hooks.register("after_delete_page")
def confirm_translations_deleted(request, page):
    if deleted := getattr(request, "editorial_translations_deleted", ""):
        messages.success(request, _("Đã xóa cả bản dịch của trang: %(translations)s.") % {"translations": deleted})


@hooks.register("before_bulk_action", order=10)
def refuse_bulk_deleting_sources_of_translations(request, action_type, objects, action_class_instance):
    # Bulk delete runs no cascade hook: the translations would stay behind with their translation data wiped.
    if action_type != "delete" or not issubclass(action_class_instance.model, Page):
        return None
    selected = {page.pk for page in objects}
    refusals = []
    for page in objects:
        deleted, _left = translations_of_source(page)
        if missing := [translation for translation in deleted if translation.pk not in selected]:
            refusals.append(
                _(
                    "Không xóa hàng loạt được “%(title)s” vì trang có bản dịch %(translations)s mà xóa hàng loạt sẽ "
                    "bỏ lại. Hãy xóa riêng trang này: trang xác nhận nêu rõ các bản dịch bị xóa cùng."
                )
                % {"title": page.get_admin_display_title(), "translations": _named(missing)}
            )
    if not refusals:
        return None
    for refusal in refusals[:5]:
        messages.error(request, refusal)
    return redirect(action_class_instance.next_url)
