from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Biên tập")

    def ready(self):
        # The plan follows pages through Wagtail's signals in every process (web, scheduler, shell), not only
        # where the admin hooks happen to be imported.
        from editorial import plan  # noqa: F401
