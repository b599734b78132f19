"""The moderation workflows (editorial/workflows.py): articles, translations and office approval, and Wagtail's
default "Moderators approval" switched off.

On a fresh database no home page exists yet: the articles workflow then holds the root page only, and
`seed_demo` (or a later run of `apply_workflows()`) assigns the home pages. The reviewing groups are created
here when the roles migration has not made them, so the order of the two never matters."""

from django.db import migrations


def create_workflows(apps, schema_editor):
    from editorial.workflows import apply_workflows

    apply_workflows(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflows, migrations.RunPython.noop)]
