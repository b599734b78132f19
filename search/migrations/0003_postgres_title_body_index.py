"""On PostgreSQL, a GIN index on the search index entries' `title || body`, for Wagtail's own searches (the admin's).

Wagtail's PostgreSQL backend matches a query with `(title || body) @@ query` but indexes `title` and `body` apart,
which that expression cannot use: without this index every search in the admin reads every page's body vector
(2 s at 100,000 articles, bench/). The search page matches on the body alone, which holds the title too
(search/postgres_backend.py). Nothing is done on other databases.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"
TABLE = "wagtailsearch_indexentry"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_sqlite_index_keeps_diacritics"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
