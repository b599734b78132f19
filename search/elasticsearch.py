"""Wagtail's Elasticsearch 8/9 backend with analyzers that fold Vietnamese, short search timeouts and indexing that
never holds up an editor when the cluster is down.

How a word is indexed and searched (the `vietnamese_folding` analyzer, used for every text field, both ways):

    "Hà Nội" -> char filter (NFC) -> standard tokenizer -> lowercase -> asciifolding(preserve_original)
             -> [ha, hà] [noi, nội]        (two tokens per position: the folded one and the original)

Lucene's ASCIIFoldingFilter maps every Vietnamese letter to its bare Latin letter, đ (U+0111) and Đ (U+0110) to d
and D included, and with `preserve_original` emits the original token at the same position (position increment 0)
whenever folding changed it. Hence:

- "ha noi" (query tokens [ha] [noi]) matches the folded tokens of a document that says "Hà Nội", and "Hà Nội"
  (query tokens [ha, hà] [noi, nội]) matches a document that says "Ha Noi": diacritic-insensitive both ways.
- Exact diacritics rank first. A match query turns the tokens stacked at one position into a SynonymQuery, which
  scores a document as if the stacked terms were one term whose frequency is the sum of theirs. A document that
  says "Hà Nội" holds both "hà" and "ha" for the query "Hà Nội" (frequency 2 at each position), one that says
  "Ha Noi" or "Hạ" only "ha" (frequency 1): with BM25's k1 = 1.2 that is a term score about 1.4 times higher for
  the exact spelling. A folded query ("ha noi") scores both documents alike, as it should.
- Field length is not inflated by the stacked tokens: BM25's `discount_overlaps` (on by default) ignores tokens
  with position increment 0 when computing the length norm, so short exact documents are not penalised.
- Phrases ("Hồ Gươm" in quotes) become multi-phrase queries over the stacked tokens and match folded or not.

The character filter composes decomposed Vietnamese (NFD, or a precomposed vowel followed by a combining tone mark
as some Vietnamese keyboards type it) into NFC before tokenizing: Lucene's folding table only knows precomposed
letters, and text pasted into the admin is not always NFC. Queries are NFC already (search.query.clean_query).

Title above body: Wagtail copies each field into `_all_text` and a boosted field into `_all_text_boost_<n>`;
Page.title is `SearchField("title", boost=2)`, so a query runs as a multi_match over `_all_text` and
`_all_text_boost_2_0^2.0`, where a title match scores about twice a body match. Those catch-all fields use the same
analyzer, so the folding rules hold there too.

Short-text fields (model CharFields such as the title) also get a `.keyword` sub-field with a folding normalizer
(lowercase, no diacritics, whole value), for exact filtering and sorting in direct queries and Kibana.
"""

import json
import logging
import threading
import unicodedata
from copy import deepcopy

from elasticsearch import Elasticsearch
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.utils import deep_update

from django.core.exceptions import FieldDoesNotExist
from django.db import models

logger = logging.getLogger(__name__)

TEXT_ANALYZER = "vietnamese_folding"
KEYWORD_NORMALIZER = "vietnamese_keyword"
NFC_CHAR_FILTER = "vietnamese_nfc"

# A citizen waits at most this long for a cluster that does not answer; the database answers instead.
DEFAULT_SEARCH_TIMEOUT = 2.0
# Bulk indexing (update_index) may wait longer: nobody is reading a result page.
DEFAULT_INDEX_TIMEOUT = 30.0
# Indexing one page as an editor saves it takes milliseconds on a healthy cluster; an editor waits no longer.
DEFAULT_WRITE_TIMEOUT = 5.0

# Longer values (a body) are left out of the keyword sub-field: it is for sorting and filtering short values.
KEYWORD_MAX_LENGTH = 256

_VIETNAMESE_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng


def _escape(text):
    return "".join(f"\\u{ord(char):04x}" for char in text)


def nfc_mapping_rules():
    """Mapping char filter rules that compose every decomposed spelling of a Vietnamese vowel into its NFC letter.

    Covers the full NFD form ("o" + dot below + circumflex) and the half-composed form that Vietnamese keyboards
    in "Unicode tổ hợp" mode type ("ô" + dot below). Written with \\uXXXX escapes, which Elasticsearch's mapping
    rules accept, so the settings stay readable ASCII.
    """
    rules = {}
    for vowel in _VIETNAMESE_VOWELS + _VIETNAMESE_VOWELS.upper():
        for mark in _TONE_MARKS:
            letter = unicodedata.normalize("NFC", vowel + mark)
            for spelling in {unicodedata.normalize("NFD", letter), vowel + mark}:
                if len(spelling) > 1:
                    rules[spelling] = letter
    return [f"{_escape(spelling)} => {_escape(letter)}" for spelling, letter in sorted(rules.items())]


def _analysis_settings():
    folding_chain = {"type": "custom", "char_filter": [NFC_CHAR_FILTER], "tokenizer": "standard"}
    text_analyzer = {**folding_chain, "filter": ["lowercase", "vietnamese_asciifolding"]}
    return {
        "settings": {
            "analysis": {
                "char_filter": {NFC_CHAR_FILTER: {"type": "mapping", "mappings": nfc_mapping_rules()}},
                "filter": {"vietnamese_asciifolding": {"type": "asciifolding", "preserve_original": True}},
                "analyzer": {
                    TEXT_ANALYZER: text_analyzer,
                    # Any text field without an explicit analyzer (one a future Wagtail adds) folds too.
                    "default": deepcopy(text_analyzer),
                    # Wagtail's autocomplete field, so that "Hà" completes "Hà Nội" and "ha" does too.
                    "edgengram_analyzer": {
                        **folding_chain,
                        "filter": ["lowercase", "vietnamese_asciifolding", "edgengram"],
                    },
                },
                # Normalizers take one token out for one in: plain folding, without the preserved original.
                "normalizer": {
                    KEYWORD_NORMALIZER: {
                        "type": "custom",
                        "char_filter": [NFC_CHAR_FILTER],
                        "filter": ["lowercase", "asciifolding"],
                    }
                },
            }
        }
    }


def _is_short_text(field, model):
    try:
        model_field = field.get_field(model)
    except FieldDoesNotExist:
        return False
    return isinstance(model_field, models.CharField)


class VietnameseMappingMixin:
    """Every text field analysed with the folding analyzer; CharFields get a normalised `.keyword` sub-field."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": TEXT_ANALYZER}

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and mapping.get("type") == "text":
            # setdefault: an explicit `es_extra` on a search field still wins.
            mapping.setdefault("analyzer", TEXT_ANALYZER)
            if _is_short_text(field, self.model):
                mapping.setdefault(
                    "fields",
                    {
                        "keyword": {
                            "type": "keyword",
                            "normalizer": KEYWORD_NORMALIZER,
                            "ignore_above": KEYWORD_MAX_LENGTH,
                        }
                    },
                )
        return name, mapping

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, properties in mapping["properties"].items():
            if name == "_all_text" or name.startswith("_all_text_boost_"):
                properties.setdefault("analyzer", TEXT_ANALYZER)
        return mapping


_clients = {}
_clients_lock = threading.Lock()


def shared_client(**kwargs):
    """One client per configuration and process, instead of Wagtail's new client (and new connection pool, so a
    new TCP and TLS handshake) for every search; the client is thread-safe."""
    key = json.dumps(kwargs, sort_keys=True, default=repr)
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = Elasticsearch(**kwargs)
        return client


class VietnameseIndexMixin:
    def __init__(self, backend, name):
        super().__init__(backend, name)
        # Index writes use the patient client; the backend's `es` is the one with the short search timeout.
        self.es = backend.index_es


class VietnameseBackendMixin:
    """Options beyond Wagtail's (URLS, INDEX_PREFIX, TIMEOUT, OPTIONS, INDEX_SETTINGS, ATOMIC_REBUILD):

    - SEARCH_TIMEOUT: seconds a search, count or health check may take, without retries (default 2).
    - WRITE_TIMEOUT: seconds indexing or removing the one page an editor saves may take, without retries (5).
    - TIMEOUT: as in Wagtail, for everything else, i.e. `update_index` (default 30 here instead of 10).
    """

    client_class = staticmethod(shared_client)
    settings = deep_update(deepcopy(Elasticsearch8SearchBackend.settings), _analysis_settings())

    def __init__(self, params):
        params = dict(params)
        self.search_timeout = float(params.pop("SEARCH_TIMEOUT", DEFAULT_SEARCH_TIMEOUT))
        write_timeout = float(params.pop("WRITE_TIMEOUT", DEFAULT_WRITE_TIMEOUT))
        params.setdefault("TIMEOUT", DEFAULT_INDEX_TIMEOUT)
        super().__init__(params)
        self.index_es = self.es
        # No retries below: a second try against a failing node doubles the wait, and the database answers instead.
        self.write_es = self.index_es.options(request_timeout=write_timeout, max_retries=0, retry_on_timeout=False)
        # Wagtail's results classes send searches, counts and scrolls through `backend.es`.
        self.es = self.index_es.options(request_timeout=self.search_timeout, max_retries=0, retry_on_timeout=False)

    def add(self, obj):
        self._write("index", obj)

    def delete(self, obj):
        self._write("remove", obj)

    def _write(self, action, obj):
        """A page saved, published, unpublished or deleted while the cluster is down is still saved: the editor is
        not kept waiting, one warning names the page, and `update_index` brings the index back in line."""
        from search import resilience

        if resilience.circuit_is_open():
            logger.warning(
                "Elasticsearch is marked unavailable: did not %s %r; run `manage.py update_index` once it is back",
                action,
                obj,
            )
            return
        index = self.get_index_for_object(obj)
        index.es = self.write_es
        try:
            if action == "index":
                index.add_item(obj)
            else:
                index.delete_item(obj)
        except Exception as error:  # noqa: BLE001 - any client or cluster error; the page itself is saved
            if resilience.is_cluster_failure(error):
                resilience.record_failure(error, f"trying to {action} {obj!r}")
            else:
                # The cluster answered but refused this one document: searches need not stop using it.
                logger.warning("Elasticsearch refused to %s %r: %s", action, obj, resilience.describe(error))


class VietnameseElasticsearch8Mapping(VietnameseMappingMixin, Elasticsearch8Mapping):
    pass


class VietnameseElasticsearch8Index(VietnameseIndexMixin, Elasticsearch8Index):
    pass


class VietnameseElasticsearch8SearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = VietnameseElasticsearch8Mapping


class VietnameseElasticsearch8AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = VietnameseElasticsearch8Mapping


class VietnameseElasticsearch8Backend(VietnameseBackendMixin, Elasticsearch8SearchBackend):
    mapping_class = VietnameseElasticsearch8Mapping
    index_class = VietnameseElasticsearch8Index
    query_compiler_class = VietnameseElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = VietnameseElasticsearch8AutocompleteQueryCompiler


class VietnameseElasticsearch9Mapping(VietnameseMappingMixin, Elasticsearch9Mapping):
    pass


class VietnameseElasticsearch9Index(VietnameseIndexMixin, Elasticsearch9Index):
    pass


class VietnameseElasticsearch9SearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = VietnameseElasticsearch9Mapping


class VietnameseElasticsearch9AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = VietnameseElasticsearch9Mapping


class VietnameseElasticsearch9Backend(VietnameseBackendMixin, Elasticsearch9SearchBackend):
    mapping_class = VietnameseElasticsearch9Mapping
    index_class = VietnameseElasticsearch9Index
    query_compiler_class = VietnameseElasticsearch9SearchQueryCompiler
    autocomplete_query_compiler_class = VietnameseElasticsearch9AutocompleteQueryCompiler


SearchBackend = VietnameseElasticsearch8Backend
