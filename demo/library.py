"""The image and document libraries, filled idempotently: an item is found by its title in the demo
collection and only drawn or uploaded when it is missing (or its file has gone from storage)."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Dữ liệu mẫu"


def demo_collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    return collection or root.add_child(name=COLLECTION_NAME)


def _file_missing(item):
    return not item.file or not item.file.storage.exists(item.file.name)


def ensure_image(collection, filename, title, description, credit, draw):
    """The picture titled `title`; `draw()` returns a Pillow image and is called only when one is needed.

    Returns (image, created) where created is True (new), False (updated) or None (unchanged).
    """
    image_model = get_image_model()
    image = image_model.objects.filter(collection=collection, title=title).first()
    if image is not None and not _file_missing(image):
        if (image.description, image.credit) == (description, credit):
            return image, None
        image.description, image.credit = description, credit
        image.save(update_fields=["description", "credit"])
        return image, False
    buffer = BytesIO()
    draw().convert("RGB").save(buffer, "JPEG", quality=84, optimize=True, progressive=True)
    created = image is None
    if created:
        image = image_model(collection=collection, title=title)
    image.description, image.credit = description, credit
    image.file = ImageFile(buffer, name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, created


def ensure_document(collection, filename, title, content):
    """The document titled `title`; `content()` returns its bytes and is called only when one is needed."""
    document_model = get_document_model()
    document = document_model.objects.filter(collection=collection, title=title).first()
    if document is not None and not _file_missing(document):
        return document, None
    created = document is None
    if created:
        document = document_model(collection=collection, title=title)
    document.file = ContentFile(content(), name=filename)
    document._set_document_file_metadata()
    document.save()
    return document, created
