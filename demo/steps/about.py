"""About the department: the board of directors and the Giới thiệu pages."""

from django.utils.translation import gettext as _

from about.models import AboutPage, Director
from demo.content.about import CHILDREN, ROOT
from demo.content.taxonomy import DIRECTORS
from demo.pages import StreamBuilder, page_state, sync_page
from demo.steps.taxonomy import upsert


def build_about(context):
    for order, director in enumerate(DIRECTORS, start=1):
        context.directors[director.name], created = upsert(
            Director,
            {"locale": context.vi, "name": director.name},
            {
                "position": director.position[0],
                "responsibilities": director.responsibilities[0],
                "photo": context.images[f"chan-dung-{order}"],
                "phone": director.phone,
                "email": director.email,
                "sort_order": order * 10,
            },
        )
        context.count(_("Lãnh đạo Sở"), created)

    root = _sync_about(context, context.home, ROOT)
    context.about_pages[ROOT.slug[0]] = root
    for entry in CHILDREN:
        context.about_pages[entry.slug[0]] = _sync_about(context, root, entry)


def _sync_about(context, parent, entry):
    page, created, changed = sync_page(
        parent,
        AboutPage,
        entry.slug[0],
        {
            "title": entry.title[0],
            "kind": entry.kind,
            "intro": entry.intro[0],
            "body": about_body(entry),
            "show_in_menus": True,
        },
        user=context.user,
    )
    context.count(_("Trang giới thiệu"), page_state(created, changed))
    return page


def about_body(entry):
    """The Vietnamese body; English comes through translation (see about_strings)."""
    stream = StreamBuilder(f"about/{entry.slug[0]}")
    for block in entry.body:
        kind = block[0]
        if kind == "heading":
            stream.heading(block[1][0])
        elif kind == "paragraphs":
            stream.paragraphs([pair[0] for pair in block[1]])
        elif kind == "list":
            stream.bullets([pair[0] for pair in block[1]])
        elif kind == "quote":
            stream.quote(block[1][0], block[2][0])
        elif kind == "links":
            stream.related_links(block[1][0], [(title[0], None, url) for title, url in block[2]])
    return stream.blocks


def about_strings(entry):
    """Every Vietnamese text of an About page with its English translation."""
    strings = {entry.title[0]: entry.title[1], entry.slug[0]: entry.slug[1], entry.intro[0]: entry.intro[1]}
    for block in entry.body:
        kind = block[0]
        if kind == "heading":
            pairs = [block[1]]
        elif kind in ("paragraphs", "list"):
            pairs = list(block[1])
        elif kind == "quote":
            pairs = [block[1], block[2]]
        else:
            pairs = [block[1], *(title for title, _url in block[2])]
        strings.update(dict(pairs))
    return strings
