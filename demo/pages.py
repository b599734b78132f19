"""Building pages the way an editor does, idempotently: find the page by its slug under its parent, bring its
fields in line with the seed, and save a revision and publish only when something changed."""

import json
import uuid
from html import escape

from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext as _

from wagtail.fields import StreamField

# Block ids derive from the page and the block's position, so an unchanged seed gives an unchanged body.
BLOCK_NAMESPACE = uuid.UUID("6f1d3c52-3f0e-4a0b-9a57-2f6a3c1d8e41")


class StreamBuilder:
    """Raw StreamField data with stable block ids, one method per block type of sections/blocks.py."""

    def __init__(self, key):
        self.key = key
        self.blocks = []
        self._ids = 0

    def _id(self):
        self._ids += 1
        return str(uuid.uuid5(BLOCK_NAMESPACE, f"{self.key}/{self._ids}"))

    def add(self, block_type, value):
        self.blocks.append({"type": block_type, "value": value, "id": self._id()})

    def _items(self, values):
        return [{"type": "item", "value": value, "id": self._id()} for value in values]

    def paragraphs(self, texts):
        self.add("paragraph", "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts))

    def bullets(self, texts):
        items = "".join(f"<li>{escape(text, quote=False)}</li>" for text in texts)
        self.add("paragraph", f"<ul>{items}</ul>")

    def heading(self, text, level="h2"):
        self.add("heading", {"text": text, "level": level})

    def quote(self, text, attribution=""):
        self.add("quote", {"text": text, "attribution": attribution})

    def image(self, image, caption=""):
        self.add("image", _image_value(image, caption))

    def gallery(self, title, images):
        self.add("gallery", {"title": title, "images": self._items(_image_value(i, c) for i, c in images)})

    def video(self, title, video, captions, poster, transcript=""):
        self.add(
            "video",
            {
                "title": title,
                "video_file": video.pk,
                "embed_url": "",
                "poster": poster.pk if poster else None,
                "captions": captions.pk if captions else None,
                "transcript": transcript,
            },
        )

    def table(self, caption, rows):
        self.add(
            "table",
            {
                "data": [list(row) for row in rows],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": caption,
            },
        )

    def document(self, document, title=""):
        self.add("document", {"document": document.pk, "title": title})

    def related_links(self, heading, links):
        """`links`: (title, page or None, url) triples."""
        values = [{"title": title, "page": page.pk if page else None, "url": url} for title, page, url in links]
        self.add("related_links", {"heading": heading, "links": self._items(values)})


def _image_value(image, caption):
    # The alt text and credit are copied into the block (the editor does the same for alt text, ImageBlock.clean),
    # so translators get them as segments instead of English pages showing the library's Vietnamese.
    return {"image": image.pk, "alt_text": image.description, "caption": caption, "credit": image.credit}


def _stream_json(field, value):
    block = field.stream_block
    if not hasattr(value, "raw_data"):
        value = block.to_python(value)
    return json.dumps(block.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder)


def _differs(instance, name, value):
    field = instance._meta.get_field(name)
    if isinstance(field, StreamField):
        return _stream_json(field, getattr(instance, name)) != _stream_json(field, value)
    if isinstance(field, models.ForeignKey):
        return getattr(instance, field.attname) != (value.pk if value is not None else None)
    return getattr(instance, name) != value


def apply_fields(instance, fields):
    """Set the fields that differ; True when any did."""
    changed = False
    for name, value in fields.items():
        if _differs(instance, name, value):
            setattr(instance, name, value)
            changed = True
    return changed


def apply_children(instance, relation, model, rows, locale=None):
    """Replace an inline list (e.g. an article's topics) when it differs; rows are dicts of field values."""
    keys = sorted({key for row in rows for key in row})
    current = [
        tuple(getattr(child, model._meta.get_field(key).attname) for key in keys)
        for child in getattr(instance, relation).all()
    ]
    wanted = [tuple(_key_value(row.get(key)) for key in keys) for row in rows]
    if current == wanted:
        return False
    extra = {"locale": locale} if locale is not None else {}
    setattr(instance, relation, [model(sort_order=index, **row, **extra) for index, row in enumerate(rows)])
    return True


def _key_value(value):
    return value.pk if isinstance(value, models.Model) else value


def page_state(created, changed):
    """How a page fared, for the summary: True new, False updated, None unchanged."""
    return True if created else (False if changed else None)


def sync_page(parent, model, slug, fields, children=(), user=None):
    """Create `model` at `parent`/`slug`, or update it in place; publish when new or changed.

    `children` are (relation, child model, rows) triples for inline panels. Returns (page, created, changed).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, **fields)
        for relation, child_model, rows in children:
            apply_children(page, relation, child_model, rows, locale=parent.locale)
        parent.add_child(instance=page)
        page.save_revision(user=user).publish(user=user)
        return _fresh(page), True, True
    page = existing.specific
    if not isinstance(page, model):
        raise CommandError(
            _("Trang “%(path)s” là %(found)s, không phải %(wanted)s: hãy đổi đường dẫn trang đó rồi chạy lại.")
            % {
                "path": f"{parent.url_path}{slug}/",
                "found": page._meta.verbose_name,
                "wanted": model._meta.verbose_name,
            }
        )
    changed = apply_fields(page, fields)
    for relation, child_model, rows in children:
        changed = apply_children(page, relation, child_model, rows, locale=page.locale) or changed
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision(user=user).publish(user=user)
        page = _fresh(page)
    return page, False, changed


def _fresh(page):
    """The page as published: publishing saves the revision's copy, so the object in hand is out of date
    (its new inline rows, for one, have no primary keys)."""
    return type(page).objects.get(pk=page.pk)


def update_page(page, fields, children=(), user=None):
    """Bring an existing page in line; publish a new revision only when something changed.

    Returns (page as published, changed)."""
    changed = apply_fields(page, fields)
    for relation, child_model, rows in children:
        changed = apply_children(page, relation, child_model, rows, locale=page.locale) or changed
    if changed:
        page.save_revision(user=user).publish(user=user)
        page = _fresh(page)
    return page, changed
