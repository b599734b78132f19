"""How an article of the demo portal is written down.

The body is plain text: paragraphs separated by a blank line, "## " starts a heading (h2), "### " a
sub-heading (h3), "> text — who" a quote, lines starting with "- " a bulleted list. A table, an inline picture
and an attached document are given as fields and placed by the seed after the first part of the body.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    section: str  # slug path under the home page, e.g. "van-hoa/di-san"
    format: str  # news, article, update, photo_report, video
    title: str
    lead: str
    body: str
    cover: str  # key in media.SCENES
    unit: str  # key in taxonomy.UNITS
    byline: str
    days_ago: int  # how many days before today (or before `around`) it was published
    topics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    gallery: tuple[tuple[str, str], ...] = ()  # (picture key, caption) for a photo report
    clip: str = ""  # key in media.CLIPS for a video clip
    picture: tuple[str, str] | None = None  # (picture key, caption) shown inside the body
    table: tuple[str, tuple[tuple[str, ...], ...]] | None = None  # (caption, rows; the first row is the header)
    document: str = ""  # key in media.DOCUMENTS
    links: tuple[tuple[str, str], ...] = ()  # external related links: (title, url)
    featured: bool = False  # pinned at the top of its section
    home: int = 0  # position among the home page's featured stories (1 first), 0 when not featured
    around: tuple[int, int] | None = None  # (day, month) of the event it reports: dated by its last occurrence
