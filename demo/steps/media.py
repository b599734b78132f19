"""The picture library (scenes, portraits, banners), the sample documents and the two video clips."""

from pathlib import Path

from django.utils.translation import gettext as _

from demo import artwork
from demo.content.media import BANNER_IMAGES, CLIPS, CREDIT, DOCUMENTS, SCENES
from demo.content.taxonomy import DIRECTORS
from demo.library import demo_collection, ensure_document, ensure_image
from demo.paperwork import official_document

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def build_library(context):
    collection = demo_collection()
    pictures = [
        (key, f"{key}.jpg", title, alt, lambda m=motif, p=palette, k=key: artwork.scene(m, p, seed=k))
        for key, (motif, palette, title, alt) in SCENES.items()
    ]
    pictures += [
        (
            key,
            f"{key}.jpg",
            title,
            alt,
            lambda s=style, h=heading, sub=subheading: artwork.campaign_banner(h, sub, s),
        )
        for key, (style, heading, subheading, title, alt) in BANNER_IMAGES.items()
    ]
    for number, director in enumerate(DIRECTORS, start=1):
        background, suit = director.portrait
        pictures.append(
            (
                f"chan-dung-{number}",
                f"chan-dung-{number}.jpg",
                f"Ảnh chân dung {director.position[0]} {director.name}",
                f"Ảnh chân dung {director.position[0]} {director.name} (hình bóng minh họa, không phải ảnh thật).",
                lambda n=number, b=background, s=suit: artwork.portrait(n, b, s),
            )
        )
    for done, (key, filename, title, alt, draw) in enumerate(pictures, start=1):
        image, created = ensure_image(collection, filename, title, alt, CREDIT, draw)
        context.images[key] = image
        context.count(_("Ảnh"), created)
        context.progress(_("Ảnh"), done, len(pictures))

    for key, (title, number, heading, paragraphs) in DOCUMENTS.items():
        document, created = ensure_document(
            collection, f"{key}.pdf", title, lambda n=number, h=heading, p=paragraphs: official_document(n, h, p)
        )
        context.documents[key] = document
        context.count(_("Tài liệu"), created)

    for key, (video_name, captions_name, title, _transcript) in CLIPS.items():
        video, created = ensure_document(collection, video_name, f"Video: {title}", (ASSETS / video_name).read_bytes)
        context.count(_("Video"), created)
        captions, created = ensure_document(
            collection, captions_name, f"Phụ đề tiếng Việt: {title}", (ASSETS / captions_name).read_bytes
        )
        context.count(_("Phụ đề"), created)
        context.clips[key] = (video, captions)
