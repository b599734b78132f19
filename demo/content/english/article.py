"""How the English version of a demo article is written down: the same parts as the Vietnamese article
(demo/content/article.py), in the same order, so that the seed can pair every Vietnamese segment with its
English text and say precisely where the two differ."""

from dataclasses import dataclass


@dataclass(frozen=True)
class EnglishArticle:
    title: str  # the English slug is made from it
    lead: str
    body: str  # the same markup as the Vietnamese body, with the same paragraphs, headings, quotes and lists
    gallery: tuple[str, ...] = ()  # the photo report's captions, in the Vietnamese order
    picture: str = ""  # the caption of the picture inside the body
    table: tuple[str, tuple[tuple[str, ...], ...]] | None = None  # (caption, rows), the Vietnamese table's shape
    links: tuple[str, ...] = ()  # titles of the external related links, in the Vietnamese order
    byline: str = ""  # when it is not the same name as in Vietnamese
