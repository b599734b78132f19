"""The English interface. Vietnamese is the msgid language of every string a reader or an editor sees;
locale/en gives each one its English text and locale/vi lists them all for translators. Checked here: the
catalogues are complete and well formed, they hold exactly the strings the code marks (the "makemessages drift"
check CI runs), and a page on /en/ wears English furniture while the same page on /vi/ wears Vietnamese."""

import datetime
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from home.models import PortalSettings
from tests.factories import ArticlePageFactory, ImageFactory

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ("en", "vi")

# The command that (re)builds locale/en and locale/vi, run from the project root. cms/admin_locale holds
# Wagtail's own msgids for the Vietnamese admin and is kept apart; tests and benchmarks show no interface text.
MAKEMESSAGES = [
    "makemessages",
    *("-l", "en", "-l", "vi"),
    "--add-location=file",
    *("--ignore=.venv", "--ignore=node_modules", "--ignore=staticfiles", "--ignore=media"),
    *("--ignore=bench", "--ignore=tests", "--ignore=cms/admin_locale"),
]
GETTEXT_TOOLS = ("xgettext", "msguniq", "msgmerge", "msgattrib")

# %(name)s, %(seconds).1f, %d … and, in python-brace-format strings, {name}. "%%" is a literal percent sign.
PERCENT_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
BRACE_PLACEHOLDER = re.compile(r"\{\w*\}")

VIETNAMESE_LETTERS = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
# Attributes whose text a reader meets: read aloud, shown on hover or in an empty field, or put in place by the
# script (copy-link and gallery messages).
READ_ATTRIBUTES = (
    "aria-label",
    "placeholder",
    "title",
    "alt",
    "data-status-template",
    "data-viewer-label",
    "data-copied-text",
    "data-failed-text",
)

# A fixed publication time, on a Monday: the dates each language prints are compared exactly.
PUBLISHED = datetime.datetime(2025, 2, 3, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def catalogue_path(language, root=LOCALE_DIR):
    return Path(root) / language / "LC_MESSAGES" / "django.po"


def load(language, root=LOCALE_DIR):
    path = catalogue_path(language, root)
    assert path.exists(), f"{path} is missing: build it with `manage.py {' '.join(MAKEMESSAGES)}`"
    return polib.pofile(str(path))


def keys(catalogue):
    """What identifies a message to gettext: its context, its text and its plural text."""
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in catalogue if not entry.obsolete}


def placeholders(text):
    return Counter(PERCENT_PLACEHOLDER.findall(text.replace("%%", ""))) + Counter(BRACE_PLACEHOLDER.findall(text))


def translations_of(entry):
    """(source, translation) pairs: one for a plain message, one per plural form (form 0 answers the singular)."""
    if entry.msgid_plural:
        forms = sorted(entry.msgstr_plural.items())
        return [(entry.msgid if form == 0 else entry.msgid_plural, text) for form, text in forms]
    return [(entry.msgid, entry.msgstr)]


def edges(text):
    """The leading and trailing whitespace: gettext demands that a translation keep the source's line breaks."""
    return (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :])


# --- The catalogues -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def english():
    return load("en")


@pytest.mark.parametrize(
    ("language", "plural_forms"),
    [("en", "nplurals=2; plural=(n != 1);"), ("vi", "nplurals=1; plural=0;")],
)
def test_catalogue_header_names_its_language_and_plural_rule(language, plural_forms):
    catalogue = load(language)

    assert catalogue.metadata["Language"] == language
    assert catalogue.metadata["Plural-Forms"] == plural_forms
    assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert not catalogue.metadata_is_fuzzy, "a fuzzy header is dropped by msgfmt and the catalogue loses its rules"


def test_every_english_message_is_translated(english):
    untranslated = [
        entry.msgid
        for entry in english
        if not entry.obsolete and (not all(text.strip() for _, text in translations_of(entry)) or entry.fuzzy)
    ]
    assert english.metadata["Plural-Forms"].startswith("nplurals=2;")
    assert all(len(entry.msgstr_plural) == 2 for entry in english if entry.msgid_plural and not entry.obsolete)
    assert untranslated == [], f"{len(untranslated)} message(s) without an English translation"


def test_english_translations_keep_every_placeholder_and_line_break(english):
    mismatched = []
    for entry in english:
        if entry.obsolete:
            continue
        for source, text in translations_of(entry):
            if placeholders(source) != placeholders(text) or edges(source) != edges(text):
                mismatched.append(f"{source!r} → {text!r}")
    assert mismatched == [], "\n".join(mismatched)


def test_vietnamese_catalogue_lists_the_same_messages_as_the_english_one(english):
    vietnamese = load("vi")

    assert keys(vietnamese) == keys(english)
    # Vietnamese is the source: a msgstr, where one is given, may only repeat its msgid.
    assert [entry.msgid for entry in vietnamese if entry.msgstr and entry.msgstr != entry.msgid] == []


def test_compiled_catalogues_are_not_older_than_their_sources():
    """Django reads the .mo files; a stale one would make the page tests below fail for the wrong reason."""
    for language in LANGUAGES:
        po_path = catalogue_path(language)
        mo_path = po_path.with_suffix(".mo")
        assert mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime, (
            f"{mo_path.relative_to(settings.BASE_DIR)} is missing or stale: run `make translations`."
        )


def _copy_sources(destination):
    """The project's source files only: what makemessages reads and what Django needs to start."""
    skipped = {".git", ".venv", "node_modules", "media", "staticfiles", "locale", "__pycache__", "bench", "tests"}
    skipped |= {".pytest_cache", ".ruff_cache"}

    def ignore(directory, names):
        return [
            name
            for name in names
            if name in skipped
            or (Path(directory, name).is_file() and Path(name).suffix not in {".py", ".html", ".txt"})
        ]

    shutil.copytree(settings.BASE_DIR, destination, ignore=ignore)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in GETTEXT_TOOLS),
    reason=f"makemessages needs GNU gettext ({', '.join(GETTEXT_TOOLS)}); install the `gettext` package to run it",
)
def test_catalogues_hold_exactly_the_messages_the_code_marks(tmp_path, english):
    """The makemessages drift check: regenerate the catalogues from a copy of the code and compare."""
    copy = tmp_path / "project"
    _copy_sources(copy)

    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", *MAKEMESSAGES],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    expected = keys(load("en", copy / "locale"))
    committed = keys(english)
    missing = sorted(msgid for _context, msgid, _plural in expected - committed)
    stale = sorted(msgid for _context, msgid, _plural in committed - expected)
    regenerate = f"regenerate with `manage.py {' '.join(MAKEMESSAGES)}` and translate locale/en"
    assert missing == [], f"marked in the code but missing from locale/en ({regenerate}):\n" + "\n".join(missing)
    assert stale == [], f"in locale/en but no longer in the code ({regenerate}):\n" + "\n".join(stale)


# --- The furniture of rendered pages ------------------------------------------------------------------------------


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(soup):
    return " ".join(soup.get_text(" ").split())


def vietnamese_fragments(soup):
    """Every text and read attribute with a Vietnamese letter, outside the parts marked lang="vi" (the language
    switcher's own name for Vietnamese)."""
    for marked in soup.select('[lang="vi"]'):
        marked.decompose()
    for invisible in soup(["script", "style"]):
        invisible.decompose()
    fragments = [" ".join(text.split()) for text in soup.find_all(string=True) if VIETNAMESE_LETTERS.search(text)]
    for tag in soup.find_all(True):
        fragments += [
            f"{name}={tag[name]!r}" for name in READ_ATTRIBUTES if VIETNAMESE_LETTERS.search(tag.get(name, ""))
        ]
    return fragments


def accessible_names(soup):
    return {tag["aria-label"] for tag in soup.find_all(attrs={"aria-label": True})}


def set_published(page, moment=PUBLISHED):
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)


@pytest.fixture
def bilingual(portal):
    """The portal's news section with one article in each language, and a footer filled in both languages.
    Everything an editor wrote for the English side is in English, so any Vietnamese left there is furniture."""
    portal_settings = PortalSettings.for_site(portal.site)
    portal_settings.address, portal_settings.address_en = "47 Hàng Dầu, phường Hoàn Kiếm", "47 Hang Dau Street"
    portal_settings.phone, portal_settings.hotline = "024 3825 6310", "024 3825 1010"
    portal_settings.email = "vanhoathethao@hanoi.gov.vn"
    portal_settings.responsible_editor = "Ông Lương Thế Khải – Giám đốc Sở"
    portal_settings.responsible_editor_en = "Mr Luong The Khai – Director"
    portal_settings.save()
    portal.news.show_in_menus = True
    portal.news.save_revision().publish()

    news_en = portal.news.copy_for_translation(portal.locales.en)
    news_en.title, news_en.intro = "News and Events", "News and events from the capital."
    news_en.save_revision().publish()

    article_vi = ArticlePageFactory(parent=portal.news, slug="hoi-sach")
    photos = [ImageFactory(description=f"Readers at stall {n}", credit="Photo: Information Centre") for n in (1, 2)]
    gallery = {
        "title": "",
        "images": [{"image": image, "alt_text": "", "caption": "Book fair", "credit": ""} for image in photos],
    }
    article_en = ArticlePageFactory(
        parent=news_en,
        slug="book-fair",
        title="Hanoi Book Fair opens at the Citadel",
        format="photo_report",
        lead="Thousands of readers came on the first day.",
        byline="Minh Anh",
        body=[("gallery", gallery), ("paragraph", "<p>The fair runs for a week.</p>")],
    )
    set_published(article_vi)
    set_published(article_en)
    return {
        "vi": {"home": "/vi/", "section": portal.news.url, "article": article_vi.url},
        "en": {"home": "/en/", "section": news_en.url, "article": article_en.url},
    }


PAGE_KINDS = ("home", "section", "article")


@pytest.mark.django_db
class TestEnglishFurniture:
    @pytest.mark.parametrize("kind", PAGE_KINDS)
    def test_has_no_vietnamese_furniture(self, client, bilingual, kind):
        soup = parse(client.get(bilingual["en"][kind]))

        assert soup.html["lang"] == "en"
        assert vietnamese_fragments(soup) == []

    @pytest.mark.parametrize("kind", PAGE_KINDS)
    def test_header_and_footer_are_english(self, client, bilingual, kind):
        soup = parse(client.get(bilingual["en"][kind]))
        footer = soup.body.find("footer", recursive=False)

        assert soup.find("a", class_="skip-link").get_text(strip=True) == "Skip to main content"
        assert {"Text size", "Decrease text size", "Default text size", "Increase text size"} <= accessible_names(soup)
        assert soup.find("label", attrs={"for": "site-search-q"}).get_text(strip=True) == "Search the portal"
        assert soup.find(id="site-search-q")["placeholder"] == "Search…"
        assert soup.find(id="site-nav")["aria-label"] == "Main sections"
        assert [term.get_text(strip=True) for term in footer.select(".site-footer__term")] == [
            "Address:",
            "Telephone:",
            "Hotline:",
            "Email:",
        ]
        assert footer.find(id="footer-links").get_text(strip=True) == "Sections"
        assert "Responsible editor: Mr Luong The Khai – Director" in text_of(footer)

    def test_section_listing_filters_and_dates_are_english(self, client, bilingual):
        soup = parse(client.get(bilingual["en"]["section"]))
        text = text_of(soup)

        assert soup.find("nav", class_="breadcrumbs")["aria-label"] == "Breadcrumb"
        assert soup.select_one(".breadcrumbs__item a").get_text(strip=True) == "Home"
        for label in ("Subscribe by RSS", "Filter articles", "Format", "All formats", "Filter", "Latest news"):
            assert label in text
        formats = [option.get_text(strip=True) for option in soup.find(id="filter-format").find_all("option")]
        assert formats == ["All formats", "News item", "Article", "Update", "Photo report", "Video clip"]
        assert soup.select_one(".section-title__count").get_text(strip=True) == "(1 article)"
        assert soup.select_one(".teaser__format").get_text(strip=True) == "Photo report"
        assert soup.select_one(".teaser time").get_text(strip=True) == "3 Feb 2025"

    def test_article_tools_gallery_and_date_are_english(self, client, bilingual):
        soup = parse(client.get(bilingual["en"]["article"]))
        gallery = soup.find(attrs={"data-gallery": True})

        assert soup.select_one(".article__meta time").get_text(strip=True) == "Monday, 3 February 2025"
        assert soup.select_one(".print-button").get_text(strip=True) == "Print this article"
        assert soup.select_one(".share__heading").get_text(strip=True) == "Share this article"
        assert "Facebook (opens in new tab)" in text_of(soup.select_one(".share"))
        assert soup.select_one("[data-copy-link]")["data-copied-text"] == "Link copied"
        assert gallery["aria-label"] == "Photo gallery"
        assert gallery["data-status-template"] == "Photo {current} of {total}"
        assert gallery.select_one(".gallery__count").get_text(strip=True) == "2 photos"
        assert [button.get_text(strip=True) for button in gallery.select(".gallery__button")] == [
            "Previous photo",
            "Next photo",
        ]
        assert "Show photo 1" in accessible_names(gallery)


@pytest.mark.django_db
class TestVietnameseFurniture:
    """The same pages on /vi/ keep their Vietnamese: the English catalogue must not leak into them."""

    @pytest.mark.parametrize("kind", PAGE_KINDS)
    def test_header_and_footer_are_vietnamese(self, client, bilingual, kind):
        soup = parse(client.get(bilingual["vi"][kind]))
        text = text_of(soup)

        assert soup.html["lang"] == "vi"
        assert soup.find("a", class_="skip-link").get_text(strip=True) == "Bỏ qua, đến nội dung chính"
        assert {"Cỡ chữ", "Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ"} <= accessible_names(soup)
        assert "Chịu trách nhiệm chính: Ông Lương Thế Khải – Giám đốc Sở" in text
        for english_label in ("Skip to main content", "Text size", "Telephone:", "Responsible editor"):
            assert english_label not in text

    def test_section_listing_and_dates_are_vietnamese(self, client, bilingual):
        soup = parse(client.get(bilingual["vi"]["section"]))

        assert "Lọc bài viết" in text_of(soup)
        assert soup.select_one(".section-title__count").get_text(strip=True) == "(1 bài)"
        assert soup.select_one(".teaser time").get_text(strip=True) == "03/02/2025"

    def test_article_date_and_tools_are_vietnamese(self, client, bilingual):
        soup = parse(client.get(bilingual["vi"]["article"]))

        assert soup.select_one(".article__meta time").get_text(strip=True) == "Thứ Hai, 03/02/2025 08:30"
        assert soup.select_one(".print-button").get_text(strip=True) == "In bài viết"
        assert soup.select_one(".share__heading").get_text(strip=True) == "Chia sẻ bài viết"
