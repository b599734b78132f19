from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Portal"

    def ready(self):
        from cms import checks  # noqa: F401 - registers the project's system checks
