"""The six editorial roles and their powers (editorial/roles.py).

On a fresh database Django has not created the permissions of the apps yet (it does so after all migrations),
so they are created first. Page permissions land on the home pages when they exist, on the root page otherwise;
`manage.py setup_roles` applies the roles again once the page tree is built.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

APPS_WITH_ROLE_PERMISSIONS = (
    "auth",
    "wagtailadmin",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtail_localize",
    "home",
    "sections",
    "about",
    "editorial",
)


def create_roles(apps, schema_editor):
    from editorial.roles import apply_roles

    for label in APPS_WITH_ROLE_PERMISSIONS:
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=schema_editor.connection.alias)
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0003_locales"),
        ("sections", "0003_article_withdrawal"),
        ("about", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
