from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AboutConfig(AppConfig):
    name = "about"
    verbose_name = _("Giới thiệu Sở")
