"""Vietnamese without its diacritics: how a reader types when the keyboard has no Vietnamese input method.

"Đỗ Đình Hồng" and "Hà Nội" fold to "do dinh hong" and "ha noi". The same function folds the text we index and
the reader's query, so the two always meet, whichever way either of them was written."""

import re
import unicodedata

# Vietnamese tone and vowel marks, and every other Latin diacritic, are combining characters of this block once
# the text is decomposed (NFD): "ộ" is "o" + U+0323 + U+0302.
_COMBINING_DIACRITICS = re.compile("[\u0300-\u036f]")
# "đ" is a letter of its own, not "d" with a mark, so decomposing it does not reveal a "d".
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans({"đ": "d"})


def fold(text):
    """`text` in lower case with every diacritic removed and đ read as d."""
    # NFC first: text typed decomposed and text typed composed must fold to the same string.
    lowered = unicodedata.normalize("NFC", text).lower().translate(_LETTERS_WITHOUT_DECOMPOSITION)
    return unicodedata.normalize("NFC", _COMBINING_DIACRITICS.sub("", unicodedata.normalize("NFD", lowered)))
