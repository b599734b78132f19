"""Titles and snippets of search results with the reader's words marked, the way the search matched them.

Matching is word by word and folded, as the backends match: "ha noi" marks "Hà Nội", "do" marks "Đỗ". A word the
reader typed with diacritics marks that word and its unaccented spelling only, so "Hà Nội" does not mark "nơi".
All text is escaped here and only the <mark> elements added are markup: a title holding "<script>" shows as text.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.folding import fold

SNIPPET_WORDS = 30
# Words of context kept before the match, so the reader sees what the match is about.
WORDS_BEFORE_MATCH = 8
# A page's text beyond this is not read for a snippet: the match is looked for near the start only.
MAX_SOURCE_LENGTH = 5000
ELLIPSIS = "…"

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Terms:
    """The reader's words, lowercased as typed and folded."""

    exact: frozenset = frozenset()
    folded: frozenset = frozenset()
    # Folded forms of the words typed without diacritics: those match a word whatever its diacritics.
    plain: frozenset = frozenset()

    def __bool__(self):
        return bool(self.exact)

    def match(self, word):
        """Whether a word of the text is one of the reader's words, as the backends fold: "ha" finds "Hà" and
        "hạ", "Hà" finds "Hà" and an unaccented "Ha", but not "hạ", whose diacritics the reader typed otherwise."""
        lowered = word.lower()
        if lowered in self.exact:
            return True
        folded = fold(word)
        return folded in self.folded and (folded in self.plain or folded == lowered)


def query_terms(text):
    """The words of a query; punctuation, quotation marks and field-looking syntax are not words."""
    words = [word.lower() for word in _WORD.findall(unicodedata.normalize("NFC", text or ""))]
    folded = {word: fold(word) for word in words}
    return Terms(
        exact=frozenset(words),
        folded=frozenset(folded.values()),
        plain=frozenset(form for word, form in folded.items() if form == word),
    )


def _clean(text):
    # Composed, because a decomposed letter's accents are not word characters and would cut the word in two;
    # single-spaced, because a snippet is one line of text.
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _marked(text, words, terms):
    """`text` escaped, with each of `words` (matches into `text`) whose folded form is a term in <mark>."""
    # Runs of matched words separated by spaces only become one <mark>: "Hà Nội" reads as one highlighted name.
    runs = []
    for word in words:
        if not terms.match(word.group()):
            continue
        if runs and text[runs[-1][1] : word.start()].isspace():
            runs[-1][1] = word.end()
        else:
            runs.append([word.start(), word.end()])
    parts = []
    position = 0
    for start, end in runs:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def highlight(text, terms):
    """All of `text`, escaped, with the words matching `terms` (from query_terms) marked."""
    text = _clean(text)
    return _marked(text, list(_WORD.finditer(text)), terms)


def _best_window_start(words, terms, length):
    """Where the fragment starts: a few words before the match around which most of the reader's different
    words appear (the first such match), or at the start of the text when nothing matches."""
    matches = [(index, fold(word.group())) for index, word in enumerate(words) if terms.match(word.group())]
    best_start, best_count = 0, 0
    for index, _form in matches:
        start = max(0, index - WORDS_BEFORE_MATCH)
        count = len({form for other, form in matches if start <= other < start + length})
        if count > best_count:
            best_start, best_count = start, count
    return best_start


def snippet(text, terms, length=SNIPPET_WORDS):
    """About `length` words of `text` around its best match, escaped, matches marked, "…" where cut; the start of
    the text when nothing matches."""
    text = _clean(text[:MAX_SOURCE_LENGTH] if text else "")
    words = list(_WORD.finditer(text))
    if len(words) <= length:
        return _marked(text, words, terms)
    start = _best_window_start(words, terms, length)
    end = min(len(words), start + length)
    start = max(0, end - length)
    # Punctuation before the first word and after the last (a closing quote, a full stop) belongs to the text.
    begin = 0 if start == 0 else words[start].start()
    finish = len(text) if end == len(words) else words[end - 1].end()
    fragment = text[begin:finish]
    marked = _marked(fragment, list(_WORD.finditer(fragment)), terms)
    prefix = f"{ELLIPSIS} " if start > 0 else ""
    suffix = f" {ELLIPSIS}" if end < len(words) else ""
    return mark_safe(f"{prefix}{marked}{suffix}")
