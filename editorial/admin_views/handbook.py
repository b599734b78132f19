"""The editors' handbook (sổ tay biên tập) inside the admin: a dashboard panel, a Help menu item and a reader.

The Markdown files in docs/so-tay-bien-tap/ are the only copy of the text: they read well in the repository,
and the admin renders them here. No Markdown package is installed, and the handbook needs little, so a small
subset is rendered by hand: headings, paragraphs, bulleted and numbered lists, bold, links, code spans and
fenced code blocks. Every character is escaped before those few rules apply, so a file can never put markup
into the admin. A chapter is a file named `NN-slug.md`: NN orders the chapters, `slug` is its admin address.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.urls import path, reverse, reverse_lazy
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

HANDBOOK_DIR = Path(settings.BASE_DIR) / "docs" / "so-tay-bien-tap"
INDEX_FILE = "README.md"
CHAPTER_FILE = re.compile(r"^(?P<number>\d+)-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")

HEADING = re.compile(r"^(?P<marks>#{1,4})\s+(?P<text>.+?)\s*#*$")
LIST_ITEM = re.compile(r"^(?:(?P<bullet>[-*])|(?P<number>\d+)[.)])\s+(?P<text>.*)$")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
BOLD = re.compile(r"\*\*(?P<text>.+?)\*\*")
CODE = re.compile(r"`([^`]+)`")
EXTERNAL_LINK = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)


@dataclass(frozen=True)
class Chapter:
    number: int
    slug: str
    path: Path

    @cached_property
    def source(self):
        return self.path.read_text(encoding="utf-8")

    @property
    def title(self):
        return split_title(self.source)[0]

    @property
    def url(self):
        return reverse("editorial_handbook_chapter", args=[self.slug])


def chapters():
    """The chapters in their numbered order, read from disk each time so an edited file shows at once."""
    found = []
    for file in HANDBOOK_DIR.glob("*.md"):
        match = CHAPTER_FILE.match(file.name)
        if match:
            found.append(Chapter(int(match["number"]), match["slug"], file))
    return sorted(found, key=lambda chapter: chapter.number)


def split_title(source):
    """The text of the first `# ` heading and the rest of the file, which the admin shows under its own title."""
    lines = source.splitlines()
    for index, line in enumerate(lines):
        match = HEADING.match(line.strip())
        if match and len(match["marks"]) == 1:
            return match["text"], "\n".join(lines[index + 1 :])
    return "", source


def resolve_link(target, chapter_urls):
    """Where a link in the handbook goes in the admin, or None when it goes nowhere we can vouch for.

    Links between files stay plain relative Markdown links (`02-viet-va-gui-bai.md`), so they work in the repository
    too; here they become the chapters' admin addresses."""
    if EXTERNAL_LINK.match(target):
        return target
    file_name = target.split("#", 1)[0]
    if file_name == INDEX_FILE:
        return reverse("editorial_handbook")
    match = CHAPTER_FILE.match(file_name)
    if match:
        return chapter_urls.get(match["slug"])
    return None


def render_inline(text, chapter_urls):
    """Bold, links and code spans; a code span is taken literally, so a file name like `ten_anh.jpg` stays whole."""
    parts = CODE.split(text)
    # split() with one group alternates: text, code, text, code, …
    return "".join(
        f"<code>{escape(part)}</code>" if index % 2 else render_text(part, chapter_urls)
        for index, part in enumerate(parts)
    )


def render_text(text, chapter_urls):
    escaped = escape(text)

    def link(match):
        # The target was escaped with the rest of the line; resolve it as written, then escape the result.
        target = match["target"].replace("&amp;", "&")
        url = resolve_link(target, chapter_urls)
        if url is None:
            return match["text"]
        rel = ' rel="noopener noreferrer"' if EXTERNAL_LINK.match(url) else ""
        return f'<a href="{escape(url)}"{rel}>{match["text"]}</a>'

    escaped = LINK.sub(link, escaped)
    return BOLD.sub(r"<strong>\g<text></strong>", escaped)


def render_markdown(source, chapter_urls):
    """HTML for the handbook's Markdown subset."""
    return MarkdownSubset(chapter_urls).render(source)


class MarkdownSubset:
    """Block structure of the handbook's Markdown: a line right under a list item continues that item, a blank
    line ends a paragraph or a list, and a block fenced by ``` is shown as written (sample files, e.g. captions)."""

    def __init__(self, chapter_urls):
        self.chapter_urls = chapter_urls

    def render(self, source):
        self.html, self.paragraph, self.items = [], [], []
        self.list_tag, self.list_start, self.code_lines = None, 1, None
        for raw_line in source.splitlines():
            self.feed(raw_line)
        self.close_code()
        self.close_blocks()
        return mark_safe("\n".join(self.html))  # noqa: S308 - every piece of text went through escape()

    def feed(self, raw_line):
        line = raw_line.strip()
        if line.startswith("```"):
            if self.code_lines is None:
                self.close_blocks()
                self.code_lines = []
            else:
                self.close_code()
            return
        if self.code_lines is not None:
            self.code_lines.append(raw_line.rstrip())
            return
        heading, item = HEADING.match(line), LIST_ITEM.match(line)
        if not line:
            self.close_blocks()
        elif heading:
            self.close_blocks()
            level = len(heading["marks"])
            self.html.append(f"<h{level}>{self.inline(heading['text'])}</h{level}>")
        elif item:
            self.close_paragraph()
            tag = "ul" if item["bullet"] else "ol"
            if tag != self.list_tag:
                self.close_list()
                self.list_tag, self.list_start = tag, int(item["number"] or 1)
            self.items.append([item["text"]])
        elif self.list_tag:
            # Markdown's lazy continuation: a line right under an item, indented or not, belongs to it.
            self.items[-1].append(line)
        else:
            self.paragraph.append(line)

    def inline(self, text):
        return render_inline(text, self.chapter_urls)

    def close_blocks(self):
        self.close_paragraph()
        self.close_list()

    def close_paragraph(self):
        if self.paragraph:
            self.html.append(f"<p>{self.inline(' '.join(self.paragraph))}</p>")
            self.paragraph = []

    def close_list(self):
        if self.list_tag:
            start = f' start="{self.list_start}"' if self.list_tag == "ol" and self.list_start != 1 else ""
            rendered = "".join(f"<li>{self.inline(' '.join(item))}</li>" for item in self.items)
            self.html.append(f"<{self.list_tag}{start}>{rendered}</{self.list_tag}>")
            self.list_tag, self.items = None, []

    def close_code(self):
        if self.code_lines is not None:
            code = "\n".join(self.code_lines)
            self.html.append(f"<pre><code>{escape(code)}</code></pre>")
            self.code_lines = None


class HandbookView(WagtailAdminTemplateMixin, TemplateView):
    """The handbook's table of contents (README.md) or one chapter, inside the admin layout."""

    template_name = "editorial/handbook/page.html"
    header_icon = "help"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.all_chapters = chapters()
        slug = kwargs.get("slug")
        if slug is None:
            self.chapter = None
            self.source = (HANDBOOK_DIR / INDEX_FILE).read_text(encoding="utf-8")
        else:
            self.chapter = next((chapter for chapter in self.all_chapters if chapter.slug == slug), None)
            if self.chapter is None:
                raise Http404
            self.source = self.chapter.source
        self.title, self.body = split_title(self.source)

    def get_page_title(self):
        return self.title

    def get_breadcrumbs_items(self):
        # The chapter's own title is the page's visible h1, so the trail ends at the handbook it belongs to.
        return [*self.breadcrumbs_items, {"url": reverse("editorial_handbook"), "label": _("Sổ tay biên tập")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chapter_urls = {chapter.slug: chapter.url for chapter in self.all_chapters}
        context["content"] = render_markdown(self.body, chapter_urls)
        context["chapter"] = self.chapter
        if self.chapter:
            position = self.all_chapters.index(self.chapter)
            context["previous_chapter"] = self.all_chapters[position - 1] if position > 0 else None
            context["next_chapter"] = self.all_chapters[position + 1] if position + 1 < len(self.all_chapters) else None
        return context


class HandbookPanel(Component):
    """The dashboard's list of chapters: where a new editor finds how things are done here."""

    name = "editorial_handbook"
    template_name = "editorial/handbook/dashboard_panel.html"
    # Below the review inbox and the user's own pages in review (210, 220), which need action first.
    order = 240

    def get_context_data(self, parent_context):
        return {"chapters": chapters(), "index_url": reverse("editorial_handbook")}


@hooks.register("register_admin_urls")
def register_handbook_urls():
    return [
        path("so-tay-bien-tap/", HandbookView.as_view(), name="editorial_handbook"),
        path("so-tay-bien-tap/<slug:slug>/", HandbookView.as_view(), name="editorial_handbook_chapter"),
    ]


@hooks.register("construct_homepage_panels")
def add_handbook_panel(request, panels):
    panels.append(HandbookPanel())


@hooks.register("register_help_menu_item")
def register_handbook_menu_item():
    return MenuItem(
        _("Sổ tay biên tập"), reverse_lazy("editorial_handbook"), name="editorial-handbook", icon_name="help", order=900
    )
