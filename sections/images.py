"""The portal's image model: Wagtail's image plus a photographer credit; alt text is required on upload."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    credit = models.CharField(
        _("nguồn ảnh / tác giả"),
        max_length=255,
        blank=True,
        help_text=_("Ai chụp hoặc nguồn của ảnh, ví dụ: “Ảnh: Trung tâm Thông tin Triển lãm Hà Nội”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")

    @property
    def alt_text(self):
        return self.description or ""


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
