"""Admin forms that enforce the portal's editorial rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class PortalImageForm(BaseImageForm):
    """Every image in the library carries alt text, so a picture is never shown to a screen reader as a blank."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            field = self.fields["description"]
            field.required = True
            field.label = _("Văn bản thay thế (alt)")
            field.help_text = _(
                "Mô tả ngắn nội dung ảnh cho người khiếm thị, ví dụ: “Nghệ nhân biểu diễn múa rối nước ở Thủy Đình”."
            )
            field.error_messages["required"] = _("Vui lòng nhập văn bản thay thế (alt) mô tả nội dung ảnh.")
            field.widget = forms.TextInput()
