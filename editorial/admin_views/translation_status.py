"""The translators' admin views, under the menu "Bản dịch": "Tình trạng bản dịch" (per section), "Cần cập nhật"
(English pages whose Vietnamese source changed, and what changed) and "Bài chờ dịch" (live Vietnamese articles with
no English version, each with wagtail-localize's "Translate"), and a dashboard panel with the translator's counts.

Translators have no permission on the Vietnamese tree, so the page explorer never shows them a Vietnamese article
to translate: "Bài chờ dịch" is their way in. wagtail-localize's "Translate page" needs only the model permission
`wagtail_localize.submit_translation` (and the English page it creates is theirs to edit through `change_page` on
the English home page), so the action is offered to whoever holds that permission. The editorial board sees the
same lists to follow the work, without the actions it cannot take.

The figures and lists come from editorial.translation_status."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial.roles import BOARD
from editorial.translation_status import (
    TARGET_LANGUAGE,
    describe_changes,
    languages,
    needs_update,
    needs_update_counts,
    section_status,
    source_home,
    top_level_pages,
    waiting_for_translation,
)
from sections.models import ArticlePage

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
STATUS_URL = "editorial_translation_status"
NEEDS_UPDATE_URL = "editorial_translations_needing_update"
WAITING_URL = "editorial_translations_waiting"
ICON = "wagtail-localize-language"
NEEDS_UPDATE_PER_PAGE = 20  # each row reads its page's content to say what changed
WAITING_PER_PAGE = 50


def can_view_translation_work(user):
    """Translators (who hold wagtail-localize's submit permission), the editorial board and superusers."""
    if not user.is_active:
        return False
    if not hasattr(user, "_editorial_sees_translation_work"):
        user._editorial_sees_translation_work = (
            user.is_superuser or user.has_perm(SUBMIT_TRANSLATION) or user.groups.filter(name=BOARD).exists()
        )
    return user._editorial_sees_translation_work


def can_translate(user):
    return user.is_active and user.has_perm(SUBMIT_TRANSLATION)


class TranslationWorkView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = ICON

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_work(request.user):
            raise PermissionDenied
        self.langs = languages()
        self.home = source_home(self.langs) if self.langs else None
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            ready=self.home is not None,
            can_translate=can_translate(self.request.user),
            status_url=reverse(STATUS_URL),
            needs_update_url=reverse(NEEDS_UPDATE_URL),
            waiting_url=reverse(WAITING_URL),
        )
        if self.home is not None:
            context.update(self.get_work_context())
        return context

    def get_work_context(self):
        return {}

    def paginate(self, queryset, per_page):
        paginator = Paginator(queryset, per_page)
        page = paginator.get_page(self.request.GET.get("p"))
        return page, paginator.get_elided_page_range(page.number)


class TranslationStatusView(TranslationWorkView):
    template_name = "editorial/translation_status/status.html"
    page_title = gettext_lazy("Tình trạng bản dịch")

    def get_work_context(self):
        rows, total = section_status(self.home, self.langs)
        waiting_url = reverse(WAITING_URL)
        for row in rows:
            row.waiting_url = f"{waiting_url}?{urlencode({'section': row.page.pk})}"
        return {"rows": rows, "total": total}


class NeedsUpdateView(TranslationWorkView):
    template_name = "editorial/translation_status/needs_update.html"
    page_title = gettext_lazy("Cần cập nhật")

    def get_work_context(self):
        page_obj, page_range = self.paginate(needs_update(self.home, self.langs), NEEDS_UPDATE_PER_PAGE)
        rows = describe_changes(page_obj.object_list, self.langs)
        back = urlencode({"next": self.request.get_full_path()})
        for row in rows:
            row.update_url = (
                f"{reverse('wagtail_localize:update_translations', args=[row.translation_source_id])}?{back}"
            )
            row.editor_url = reverse("wagtailadmin_pages:edit", args=[row.english_id])
        return {"rows": rows, "page_obj": page_obj, "elided_page_range": page_range}


class SectionFilterForm(forms.Form):
    section = forms.TypedChoiceField(
        label=pgettext_lazy("một chuyên mục", "Chuyên mục"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": gettext_lazy("Không có chuyên mục này. Danh sách đang hiện bài của mọi chuyên mục.")
        },
    )

    format = forms.ChoiceField(
        label=gettext_lazy("Thể loại"),
        required=False,
        choices=[("", gettext_lazy("Mọi thể loại")), *ArticlePage.Format.choices],
        error_messages={"invalid_choice": gettext_lazy("Không có thể loại này. Danh sách đang hiện mọi thể loại.")},
    )

    def __init__(self, *args, tops, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [
            ("", gettext_lazy("Mọi chuyên mục")),
            *((top.pk, top.title) for top in tops),
        ]


class WaitingForTranslationView(TranslationWorkView):
    template_name = "editorial/translation_status/waiting.html"
    page_title = gettext_lazy("Bài chờ dịch")

    def get_work_context(self):
        tops = top_level_pages(self.home)
        form = SectionFilterForm(self.request.GET, tops=tops)
        within, article_format = None, ""
        if form.is_valid():
            within = next((top for top in tops if top.pk == form.cleaned_data["section"]), None)
            article_format = form.cleaned_data["format"]
        else:
            for name in ("section", "format"):
                for error in form.errors.get(name, []):
                    messages.error(self.request, error)
            # One bad value must not throw away the other: keep whichever is valid.
            if "section" not in form.errors:
                within = next((top for top in tops if str(top.pk) == self.request.GET.get("section")), None)
            if "format" not in form.errors:
                article_format = self.request.GET.get("format", "")
        waiting = waiting_for_translation(self.home, self.langs, within=within).annotate(
            article_format=Subquery(ArticlePage.objects.filter(pk=OuterRef("pk")).values("format")[:1])
        )
        if article_format:
            waiting = waiting.filter(article_format=article_format)
        page_obj, page_range = self.paginate(waiting, WAITING_PER_PAGE)
        format_labels = dict(ArticlePage.Format.choices)
        titles = {top.path: top.title for top in tops}
        prefix = len(self.home.path) + self.home.steplen
        may_translate = can_translate(self.request.user)
        for page in page_obj.object_list:
            page.section_title = titles.get(page.path[:prefix], "")
            page.format_label = format_labels.get(page.article_format, "")
            if may_translate:
                page.translate_url = (
                    f"{reverse('wagtail_localize:submit_page_translation', args=[page.pk])}?"
                    f"{urlencode({'select_locale': TARGET_LANGUAGE})}"
                )
        return {
            "form": form,
            "within": within,
            "pages": page_obj,
            "page_obj": page_obj,
            "elided_page_range": page_range,
        }


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("ban-dich/tinh-trang/", TranslationStatusView.as_view(), name=STATUS_URL),
        path("ban-dich/can-cap-nhat/", NeedsUpdateView.as_view(), name=NEEDS_UPDATE_URL),
        path("ban-dich/cho-dich/", WaitingForTranslationView.as_view(), name=WAITING_URL),
    ]


class TranslationWorkMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_translation_work(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_menu():
    # Lazy labels: the menu is built once and then shown to each user in their own language.
    items = [
        TranslationWorkMenuItem(
            gettext_lazy("Tình trạng bản dịch"),
            reverse(STATUS_URL),
            name="translation-status",
            icon_name="table",
            order=1,
        ),
        TranslationWorkMenuItem(
            gettext_lazy("Cần cập nhật"),
            reverse(NEEDS_UPDATE_URL),
            name="translations-to-update",
            icon_name="resubmit",
            order=2,
        ),
        TranslationWorkMenuItem(
            gettext_lazy("Bài chờ dịch"),
            reverse(WAITING_URL),
            name="translations-waiting",
            icon_name="doc-full",
            order=3,
        ),
    ]
    return SubmenuMenuItem(
        pgettext_lazy("menu", "Bản dịch"), Menu(items=items), name="translations", icon_name=ICON, order=265
    )


class TranslationWorkPanel(Component):
    name = "translation_work"
    template_name = "editorial/translation_status/dashboard_panel.html"
    order = 165  # below "Bản dịch chờ gửi duyệt": finish what is started before taking on more

    def __init__(self, to_update, legally_required, waiting):
        self.to_update, self.legally_required, self.waiting = to_update, legally_required, waiting

    def get_context_data(self, parent_context):
        return {
            "to_update": self.to_update,
            "legally_required": self.legally_required,
            "waiting": self.waiting,
            "needs_update_url": reverse(NEEDS_UPDATE_URL),
            "waiting_url": reverse(WAITING_URL),
        }


@hooks.register("construct_homepage_panels")
def add_translation_work_panel(request, panels):
    if not can_translate(request.user):
        return
    langs = languages()
    home = source_home(langs) if langs else None
    if home is None:
        return
    counts = needs_update_counts(home, langs)
    waiting = waiting_for_translation(home, langs).count()
    if counts["total"] or waiting:
        panels.append(TranslationWorkPanel(counts["total"], counts["legally_required"], waiting))
