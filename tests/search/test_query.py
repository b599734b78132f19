"""Reading what a citizen typed: cleaning and normalising it, and turning it into words and phrases only."""

import unicodedata

import pytest

from wagtail.search.query import And, Phrase, PlainText

from search.query import MAX_QUERY_LENGTH, build_search_query, clean_query


class TestCleanQuery:
    def test_spaces_are_collapsed_and_trimmed(self):
        assert clean_query("  lễ   hội \t chùa\nHương  ").text == "lễ hội chùa Hương"

    def test_result_is_nfc(self):
        cleaned = clean_query(unicodedata.normalize("NFD", "Đỗ Đình Hồng"))

        assert cleaned.text == "Đỗ Đình Hồng"
        assert unicodedata.is_normalized("NFC", cleaned.text)

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("Hà\x00Nội", "HàNội"),
            ("\x00\x1b[31mHà Nội", "[31mHà Nội"),
            ("Hà\u200b Nội\u202e", "Hà Nội"),
            ("\u00adHà Nội\ufeff", "Hà Nội"),
        ],
    )
    def test_control_and_format_characters_are_removed(self, raw, expected):
        assert clean_query(raw).text == expected

    def test_none_and_empty_give_an_empty_query(self):
        assert clean_query(None).text == ""
        assert clean_query("   ").text == ""

    def test_short_query_is_not_marked_truncated(self):
        assert clean_query("x" * MAX_QUERY_LENGTH) == clean_query("x" * MAX_QUERY_LENGTH)
        assert not clean_query("x" * MAX_QUERY_LENGTH).truncated

    def test_long_query_is_cut_at_a_word_boundary(self):
        cleaned = clean_query("văn hóa " * 100)

        assert cleaned.truncated
        assert len(cleaned.text) <= MAX_QUERY_LENGTH
        assert cleaned.text.split()[-1] in {"văn", "hóa"}
        assert "văn hóa " * 10 in cleaned.text + " "

    def test_one_long_word_is_cut_at_the_limit(self):
        cleaned = clean_query("x" * 5000)

        assert cleaned.truncated
        assert cleaned.text == "x" * MAX_QUERY_LENGTH


class TestBuildSearchQuery:
    def test_plain_words_must_all_appear(self):
        query = build_search_query("lễ hội chùa Hương")

        assert isinstance(query, PlainText)
        assert query.query_string == "lễ hội chùa Hương"
        assert query.operator == "and"

    def test_quoted_words_become_a_phrase(self):
        query = build_search_query('"lễ hội" Hương')

        assert isinstance(query, And)
        phrase, words = query.subqueries
        assert isinstance(phrase, Phrase) and phrase.query_string == "lễ hội"
        assert isinstance(words, PlainText) and words.query_string == "Hương"

    def test_typographic_quotes_mark_a_phrase(self):
        query = build_search_query("“lễ hội”")

        assert isinstance(query, Phrase)
        assert query.query_string == "lễ hội"

    @pytest.mark.parametrize("text", ['"lễ hội', 'lễ "hội" "', 'lễ" hội'])
    def test_unbalanced_quotes_are_ignored(self, text):
        query = build_search_query(text)

        assert isinstance(query, PlainText)
        assert query.query_string == "lễ hội"

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("title:* OR 1=1", "title:* OR 1=1"),
            ("*:* -rối", "-rối"),
            ("'; DROP TABLE x; --", "DROP TABLE x;"),
        ],
    )
    def test_query_syntax_stays_plain_text(self, text, words):
        query = build_search_query(text)

        assert isinstance(query, PlainText)
        assert query.query_string == words

    @pytest.mark.parametrize("text", ["", "   ", "!!!", '""', "* : * -- ?", "“ ”"])
    def test_nothing_to_search_for_gives_none(self, text):
        assert build_search_query(text) is None
