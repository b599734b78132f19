"""What a citizen typed, made safe to search: cleaned, normalised, and read only as words and quoted phrases.

Nothing typed reaches a backend as query syntax. Field names, wildcards, boolean operators and SQL are words to
look for like any other, so `title:* OR 1=1` searches for "title", "or" and "1=1" and cannot change the query.
"""

import re
import unicodedata
from dataclasses import dataclass

from wagtail.search.query import And, Phrase, PlainText

MAX_QUERY_LENGTH = 200

_WORD_CHARACTER = re.compile(r"\w")
# Phones and word processors turn a typed " into typographic quotes; a reader still means a phrase.
_QUOTATION_MARKS = str.maketrans(dict.fromkeys("“”„‟«»", '"'))


@dataclass(frozen=True)
class CitizenQuery:
    # The query as searched and shown back: no control characters, NFC, single spaces, at most MAX_QUERY_LENGTH.
    text: str
    # True when the reader typed more than MAX_QUERY_LENGTH characters and only the start is searched.
    truncated: bool = False


def _without_control_characters(text):
    # Tabs and line breaks separate words like spaces. Other control, format and unassigned characters (null
    # bytes, zero-width and bidirectional marks) carry nothing a reader means to find and some break databases.
    return "".join(
        " " if char.isspace() else char for char in text if char.isspace() or unicodedata.category(char)[0] != "C"
    )


def _shorten(text, limit):
    """The first `limit` characters, cut back to the last whole word when the cut falls inside one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if not text[limit].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip()


def clean_query(raw):
    """The citizen's query from the `q` parameter, ready to search and to show back on the page."""
    # Vietnamese typed on some systems arrives decomposed (a letter followed by combining marks); the index
    # holds the composed form, so both must meet in NFC before anything else.
    text = unicodedata.normalize("NFC", _without_control_characters(raw or ""))
    text = " ".join(text.split())
    shortened = _shorten(text, MAX_QUERY_LENGTH)
    return CitizenQuery(text=shortened, truncated=shortened != text)


def _words(text):
    # A "word" made only of punctuation finds nothing and, with every word required, would make sure nothing is
    # found at all; some backends also reject it.
    return [word for word in text.split() if _WORD_CHARACTER.search(word)]


def build_search_query(text):
    """Quoted stretches become phrases and everything else plain words that must all appear; None when no word
    is left.

    An odd number of quotation marks means they were not meant to mark phrases, so every one is read as a
    space. No quotation mark ever reaches a backend inside a term: that is what some backends choke on."""
    parts = text.translate(_QUOTATION_MARKS).split('"')
    if len(parts) % 2 == 0:
        parts = [" ".join(parts)]
    queries = []
    for position, part in enumerate(parts):
        words = _words(part)
        if not words:
            continue
        inside_quotes = position % 2 == 1
        if inside_quotes:
            queries.append(Phrase(" ".join(words)))
        else:
            queries.append(PlainText(" ".join(words), operator="and"))
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else And(queries)
