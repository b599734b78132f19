"""The Elasticsearch backend without a cluster: the index settings and mappings it would create, the query bodies it
would send for a citizen's search, and how the settings point the portal at a cluster.

What Elasticsearch does with these settings is proven by the shared behaviour suite against a real cluster
(test_elasticsearch_live.py); here we check that what we send is what that reasoning relies on."""

import base64
import json
import os
import subprocess
import sys
import unicodedata

import pytest
from modelsearch.backends import get_search_backend

from django.conf import settings
from django.test import override_settings

from wagtail.models import Page

from search.backend import run_search
from search.elasticsearch import (
    KEYWORD_NORMALIZER,
    TEXT_ANALYZER,
    VietnameseElasticsearch8Backend,
    VietnameseElasticsearch9Backend,
    nfc_mapping_rules,
)
from sections.models import ArticlePage, SectionPage
from tests.factories import ArticlePageFactory

# Nothing listens there: building a backend and its queries never connects.
NOWHERE = "http://127.0.0.1:9"
ELASTICSEARCH = {
    "default": {"BACKEND": "search.elasticsearch.VietnameseElasticsearch8Backend", "URLS": [NOWHERE]},
    "database": {"BACKEND": "search.backend", "AUTO_UPDATE": False},
}
VIETNAMESE_VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def backend(**params):
    return get_search_backend("search.elasticsearch.VietnameseElasticsearch8Backend", URLS=[NOWHERE], **params)


def analysis():
    return backend().settings["settings"]["analysis"]


def apply_mapping_char_filter(rules, text):
    """What Elasticsearch's mapping char filter does with `rules`: at each position, the longest matching key is
    replaced by its value (the rules are written with \\uXXXX escapes, as Elasticsearch reads them)."""
    table = {}
    for rule in rules:
        key, value = (part.strip().encode("ascii").decode("unicode_escape") for part in rule.split("=>"))
        table[key] = value
    longest = max(map(len, table))
    out, position = [], 0
    while position < len(text):
        for length in range(longest, 0, -1):
            replacement = table.get(text[position : position + length])
            if replacement is not None:
                out.append(replacement)
                position += length
                break
        else:
            out.append(text[position])
            position += 1
    return "".join(out)


class TestAnalysis:
    def test_text_is_normalised_lowercased_then_folded_keeping_the_original_token(self):
        settings_ = analysis()
        analyzer = settings_["analyzer"][TEXT_ANALYZER]

        assert analyzer["tokenizer"] == "standard"
        assert analyzer["char_filter"] == ["vietnamese_nfc"]
        # Lower case first, so the preserved original is "hà", which a query "Hà" (lower-cased too) meets.
        assert analyzer["filter"] == ["lowercase", "vietnamese_asciifolding"]
        assert settings_["filter"]["vietnamese_asciifolding"] == {"type": "asciifolding", "preserve_original": True}

    def test_fields_without_an_analyzer_and_autocomplete_fold_the_same_way(self):
        analyzers = analysis()["analyzer"]

        assert analyzers["default"] == analyzers[TEXT_ANALYZER]
        assert analyzers["edgengram_analyzer"]["filter"] == ["lowercase", "vietnamese_asciifolding", "edgengram"]
        assert analyzers["edgengram_analyzer"]["char_filter"] == ["vietnamese_nfc"]

    def test_keyword_normalizer_folds_the_whole_value_to_one_token(self):
        normalizer = analysis()["normalizer"][KEYWORD_NORMALIZER]

        # Plain asciifolding: a normalizer must give exactly one token, so no preserved original here.
        assert normalizer == {
            "type": "custom",
            "char_filter": ["vietnamese_nfc"],
            "filter": ["lowercase", "asciifolding"],
        }

    def test_wagtails_own_index_settings_are_kept(self):
        settings_ = backend().settings["settings"]

        assert settings_["index"]["max_ngram_diff"] == 12
        assert settings_["analysis"]["filter"]["edgengram"] == {"type": "edge_ngram", "min_gram": 1, "max_gram": 15}

    def test_index_settings_from_the_configuration_are_merged_in(self):
        tuned = backend(INDEX_SETTINGS={"settings": {"index": {"number_of_replicas": 2}}})

        assert tuned.settings["settings"]["index"] == {"max_ngram_diff": 12, "number_of_replicas": 2}
        assert TEXT_ANALYZER in tuned.settings["settings"]["analysis"]["analyzer"]

    def test_settings_serialise_to_plain_ascii_json(self):
        # What `indices.create` sends; ASCII so that a dump of the settings reads the same in any terminal.
        body = json.dumps(backend().settings)

        assert body.isascii()


class TestDecomposedVietnamese:
    """Text pasted into the admin is not always NFC; Lucene's folding table only knows precomposed letters."""

    def test_every_decomposed_vowel_is_composed(self):
        letters = "".join(
            unicodedata.normalize("NFC", vowel + mark)
            for vowel in VIETNAMESE_VOWELS + VIETNAMESE_VOWELS.upper()
            for mark in TONE_MARKS
        )

        assert len(letters) == 144
        assert apply_mapping_char_filter(nfc_mapping_rules(), unicodedata.normalize("NFD", letters)) == letters

    def test_a_sentence_typed_decomposed_reads_as_typed_composed(self):
        sentence = "Đỗ Đình Hồng thăm Nhà hát Lớn Hà Nội, nơi diễn ra Liên hoan Múa rối nước."
        decomposed = unicodedata.normalize("NFD", sentence)

        assert decomposed != sentence
        assert apply_mapping_char_filter(nfc_mapping_rules(), decomposed) == sentence

    def test_a_composed_vowel_followed_by_a_tone_mark_is_composed(self):
        # Vietnamese keyboards in "Unicode tổ hợp" mode type the vowel precomposed and the tone as a mark.
        typed = "Ngh\u00ea\u0323 thu\u00e2\u0323t bi\u00ea\u0309u di\u00ea\u0303n"

        assert apply_mapping_char_filter(nfc_mapping_rules(), typed) == "Nghệ thuật biểu diễn"

    def test_text_already_composed_and_plain_ascii_are_left_alone(self):
        text = "Lễ hội Gióng ở đền Sóc, Sóc Son 2025"

        assert apply_mapping_char_filter(nfc_mapping_rules(), text) == text


class TestMapping:
    @pytest.fixture
    def properties(self):
        return backend().mapping_class(ArticlePage).get_mapping()["properties"]

    def test_every_text_field_is_analysed_with_vietnamese_folding(self, properties):
        text_fields = {name: field for name, field in properties.items() if field["type"] == "text"}

        assert {"title", "sections_articlepage__lead", "sections_articlepage__body", "_all_text"} <= set(text_fields)
        for name, field in text_fields.items():
            assert field["analyzer"] in {TEXT_ANALYZER, "edgengram_analyzer"}, name
            if field["analyzer"] == "edgengram_analyzer":
                assert field["search_analyzer"] == TEXT_ANALYZER, name

    def test_the_title_has_a_normalised_keyword_sub_field_for_exact_sort_and_filter(self, properties):
        assert properties["title"]["fields"] == {
            "keyword": {"type": "keyword", "normalizer": KEYWORD_NORMALIZER, "ignore_above": 256}
        }
        assert properties["sections_articlepage__byline"]["fields"]["keyword"]["normalizer"] == KEYWORD_NORMALIZER

    def test_long_texts_get_no_keyword_sub_field(self, properties):
        assert "fields" not in properties["sections_articlepage__body"]
        assert "fields" not in properties["sections_articlepage__lead"]

    def test_the_title_is_copied_to_the_boosted_catch_all_field(self, properties):
        assert properties["title"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
        assert properties["sections_articlepage__body"]["copy_to"] == "_all_text"
        assert properties["_all_text_boost_2_0"] == {"type": "text", "analyzer": TEXT_ANALYZER}

    def test_filter_fields_stay_exact_keywords(self, properties):
        # Format codes and paths are compared exactly, as Wagtail's filters expect.
        assert properties["sections_articlepage__format_filter"] == {"type": "keyword"}
        assert properties["path_filter"] == {"type": "keyword"}

    def test_other_page_types_fold_too(self):
        properties = backend().mapping_class(SectionPage).get_mapping()["properties"]

        assert properties["sections_sectionpage__intro"]["analyzer"] == TEXT_ANALYZER

    def test_elasticsearch_9_builds_the_same_index(self):
        nine = get_search_backend("search.elasticsearch.VietnameseElasticsearch9Backend", URLS=[NOWHERE])

        assert isinstance(nine, VietnameseElasticsearch9Backend)
        assert nine.settings == backend().settings
        assert nine.mapping_class(ArticlePage).get_mapping() == backend().mapping_class(ArticlePage).get_mapping()


@pytest.mark.django_db
class TestQueryBody:
    """What the portal would send to the cluster for a reader's search (results are lazy: nothing is sent)."""

    @pytest.fixture
    def pages(self, portal):
        ArticlePageFactory(parent=portal.culture, title="Hà Nội mùa thu", slug="ha-noi-mua-thu")
        return Page.objects.live().filter(locale=portal.locales.vi)

    def body(self, pages, text, **kwargs):
        with override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH):
            results = run_search(pages, text, **kwargs)
            assert isinstance(results.backend, VietnameseElasticsearch8Backend)
            return results._get_es_body()

    def test_words_must_all_match_in_the_catch_all_and_the_boosted_title_field(self, pages):
        body = json.dumps(self.body(pages, "Hà Nội"), ensure_ascii=False)

        assert '{"match": {"_all_text": {"query": "Hà Nội", "operator": "and"}}}' in body
        assert '{"match": {"_all_text_boost_2_0": {"query": "Hà Nội", "operator": "and", "boost": 2.0}}}' in body

    def test_results_are_limited_to_the_readers_language_and_live_pages(self, pages, portal):
        content_type, queryset_filters = self.body(pages, "Hà Nội")["query"]["bool"]["filter"]

        assert content_type == {"match": {"_django_content_type": "wagtailcore.Page"}}
        assert queryset_filters == {
            "bool": {"must": [{"term": {"live_filter": True}}, {"term": {"locale_id_filter": portal.locales.vi.pk}}]}
        }

    def test_relevance_is_elasticsearchs_own_order(self, pages):
        assert "sort" not in self.body(pages, "Hà Nội")

    def test_newest_first_sorts_on_the_publication_date_then_the_id(self, pages):
        body = self.body(pages, "lễ hội", sort="newest")

        assert body["sort"] == [{"first_published_at_filter": "desc"}, {"id_filter": "desc"}]

    def test_a_quoted_phrase_is_sent_as_a_phrase_query(self, pages):
        body = json.dumps(self.body(pages, '"Hồ Gươm"'), ensure_ascii=False)

        assert '"match_phrase": {"_all_text": "Hồ Gươm"}' in body
        assert '"match_phrase": {"_all_text_boost_2_0": {"query": "Hồ Gươm", "boost": 2.0}}' in body

    def test_query_syntax_typed_by_a_reader_is_sent_as_plain_words(self, pages):
        # match queries do not parse Lucene syntax: "title:*" is text to analyse, not a field query.
        body = json.dumps(self.body(pages, "title:* OR 1=1"), ensure_ascii=False)

        assert "query_string" not in body
        assert "simple_query_string" not in body


class TestConnection:
    def test_credentials_in_the_url_become_basic_auth_not_part_of_the_host(self):
        secured = get_search_backend(
            "search.elasticsearch.VietnameseElasticsearch8Backend",
            URLS=["https://cong-ttdt:mat-khau-rieng@es.sovhtt.hanoi.example:9243"],
        )

        assert secured.hosts == [
            {"host": "es.sovhtt.hanoi.example", "port": 9243, "path_prefix": "", "scheme": "https"}
        ]
        expected = base64.b64encode(b"cong-ttdt:mat-khau-rieng").decode()
        assert secured.es._headers["authorization"] == f"Basic {expected}"

    def test_backends_of_one_configuration_share_one_client(self):
        # Wagtail builds a backend per search; a new client per search would mean a new connection every time.
        assert backend().index_es is backend().index_es

    def test_index_names_carry_the_prefix(self):
        assert backend(INDEX_PREFIX="cong_ttdt_").get_index_for_model(ArticlePage).name == "cong_ttdt_wagtailcore_page"


def settings_backends(**environ):
    """WAGTAILSEARCH_BACKENDS as cms.settings.base computes it in a fresh interpreter with `environ`."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ELASTICSEARCH_")}
    code = (
        "import json, cms.settings.base as s;"
        " print(json.dumps([s.WAGTAILSEARCH_BACKENDS, s.ELASTICSEARCH_SEARCH_BACKEND]))"
    )
    completed = subprocess.run(  # noqa: S603 - our own interpreter running our own settings module
        [sys.executable, "-c", code],
        env={**env, **environ},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


class TestSettings:
    def test_without_a_cluster_both_names_are_the_database_backend(self):
        backends, elasticsearch = settings_backends()

        assert backends["default"]["BACKEND"] == backends["database"]["BACKEND"] == "search.backend"
        assert elasticsearch is None

    def test_with_a_cluster_elasticsearch_answers_and_the_database_index_stays_current(self):
        backends, elasticsearch = settings_backends(
            ELASTICSEARCH_URL="https://cong-ttdt:mat-khau@es1.example:9243,https://cong-ttdt:mat-khau@es2.example:9243",
            ELASTICSEARCH_INDEX_PREFIX="sovhtt_",
        )

        assert backends["default"] == elasticsearch
        assert elasticsearch["BACKEND"] == "search.elasticsearch.VietnameseElasticsearch8Backend"
        assert elasticsearch["URLS"] == [
            "https://cong-ttdt:mat-khau@es1.example:9243",
            "https://cong-ttdt:mat-khau@es2.example:9243",
        ]
        assert elasticsearch["INDEX_PREFIX"] == "sovhtt_"
        assert elasticsearch["SEARCH_TIMEOUT"] <= 2
        assert elasticsearch["AUTO_UPDATE"] is True
        assert backends["database"] == {"BACKEND": "search.backend", "AUTO_UPDATE": True}

    def test_elasticsearch_9_is_chosen_by_version(self):
        backends, _elasticsearch = settings_backends(ELASTICSEARCH_URL="http://es:9200", ELASTICSEARCH_VERSION="9")

        assert backends["default"]["BACKEND"] == "search.elasticsearch.VietnameseElasticsearch9Backend"
