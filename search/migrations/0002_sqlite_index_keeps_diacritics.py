"""On SQLite, rebuild Wagtail's FTS5 search table with a tokenizer that keeps diacritics.

Wagtail creates the table with FTS5's default tokenizer, which removes most diacritics ("hạ" and "hà" both become
"ha"), so a search for "hạ" could not rank the pages about "hạ" first. The folded form every page is also indexed
in (see search/backend.py) is what lets "ha" find "hạ". The table's columns, and the triggers that fill it from
the index entries, stay as Wagtail made them. Nothing is done on other databases.
"""

from django.db import migrations

KEEP_DIACRITICS = "tokenize = 'unicode61 remove_diacritics 0'"
WAGTAIL_DEFAULT = ""


def _rebuild_fts_table(schema_editor, tokenizer_option):
    if schema_editor.connection.vendor != "sqlite":
        return
    entries = "wagtailsearch_indexentry"
    fts = f"{entries}_fts"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [fts])
        if cursor.fetchone() is None:
            # SQLite without FTS5: Wagtail searches with its fallback backend and there is no table to change.
            return
    options = f", {tokenizer_option}" if tokenizer_option else ""
    schema_editor.execute(f"DROP TABLE {fts}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(autocomplete, body, title{options})")
    schema_editor.execute(
        f"INSERT INTO {fts} (rowid, autocomplete, body, title) SELECT id, autocomplete, body, title FROM {entries}"  # noqa: S608
    )


def keep_diacritics(apps, schema_editor):
    _rebuild_fts_table(schema_editor, KEEP_DIACRITICS)


def remove_diacritics(apps, schema_editor):
    _rebuild_fts_table(schema_editor, WAGTAIL_DEFAULT)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_no_result_queries"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_diacritics, remove_diacritics)]
