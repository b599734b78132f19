"""Admin views of the sections app: the CSV import of wards and communes (localities)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic.edit import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from sections.locality_import import MAX_FILE_SIZE, ImportFileError, import_localities, sample_csv
from sections.taxonomy import Locality

LOCALITY_LIST_URL_NAME = "wagtailsnippets_sections_locality:list"


def can_import_localities(user):
    """Importing both creates and changes localities, so it needs both permissions."""
    opts = Locality._meta
    return user.has_perms([f"{opts.app_label}.add_{opts.model_name}", f"{opts.app_label}.change_{opts.model_name}"])


class LocalityImportForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp CSV"),
        help_text=_("Mã hóa UTF-8, phân tách bằng dấu phẩy hoặc dấu chấm phẩy, tối đa 1 MB."),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
        error_messages={
            "required": _("Hãy chọn tệp CSV cần nhập."),
            "empty": _("Tệp rỗng: không có dòng tiêu đề và dữ liệu nào."),
        },
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("Tệp “%(name)s” có dung lượng %(size)s, vượt giới hạn 1 MB."),
                params={"name": upload.name, "size": filesizeformat(upload.size)},
                code="file_too_large",
            )
        return upload


class LocalityPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_import_localities(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LocalityImportView(LocalityPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Upload form, then a report of what the import created, updated, left unchanged and refused."""

    form_class = LocalityImportForm
    template_name = "sections/admin/locality_import.html"
    result_template_name = "sections/admin/locality_import_result.html"
    page_title = _("Nhập địa bàn từ tệp CSV")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(LOCALITY_LIST_URL_NAME), "label": Locality._meta.verbose_name_plural},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sample_url"] = reverse("sections_locality_import_sample")
        context["list_url"] = reverse(LOCALITY_LIST_URL_NAME)
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            result = import_localities(upload.read(), user=self.request.user)
        except ImportFileError as error:
            form.add_error("file", error.message)
            return self.form_invalid(form)
        context = self.get_context_data(form=LocalityImportForm(), result=result, file_name=upload.name)
        return self.response_class(
            request=self.request,
            template=[self.result_template_name],
            context=context,
            using=self.template_engine,
        )


class LocalitySampleCsvView(LocalityPermissionMixin, View):
    """A small file with the header and three example rows, to fill in with the full list."""

    def get(self, request):
        response = HttpResponse(sample_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="mau-dia-ban-phuong-xa.csv"'
        return response
