"""What a citizen gets for a query, the same on SQLite, PostgreSQL and Elasticsearch: Vietnamese found with or
without diacritics, in either Unicode form and any case; exact matches above folded ones, title matches above body
matches; phrases as phrases; every word required; only live public pages of the reader's language.

The suite calls `search.backend.run_search` with pages filtered as the search page filters them, so it holds for
any backend (see conftest.py for choosing one). The corpus is in corpus.py."""

import datetime
import unicodedata
from dataclasses import dataclass

import pytest

from django.utils import timezone

from wagtail.models import Page

from search.backend import run_search
from search.query import clean_query
from sections.models import ArticlePage
from sections.visibility import public_q
from tests.factories import ArticlePageFactory
from tests.search.behaviour.conftest import refresh


@dataclass(frozen=True)
class Case:
    query: str
    # The keys of the first results, in this order.
    top: tuple = ()
    # The keys of the first len(top_set) results, in any order.
    top_set: frozenset = frozenset()
    # Keys that must be among the results, and keys that must not.
    contains: tuple = ()
    excludes: tuple = ()
    # The results are exactly these keys (in any order).
    only: frozenset | None = None
    # (a, b): a is found and ranks above b, which is found too.
    above: tuple = ()
    locale: str = "vi"
    # A filter of the search page: "section:<key>", "articles", "from:<ISO date>", "topic:<key>", "format:<value>".
    narrow: str = ""
    sort: str = "relevance"
    why: str = ""

    def __str__(self):
        return self.why or self.query


NFD = unicodedata.normalize

CASES = [
    # Folded query, accented pages.
    Case("do dinh hong", top=("son_mai",), only=frozenset({"son_mai"}), why="folded name finds the painter"),
    Case("hoan kiem", contains=("ho_guom_di_bo", "khach_tay"), why="folded place name"),
    Case("van mieu quoc tu giam", only=frozenset({"son_mai", "van_mieu_dem"}), why="folded four-word name"),
    Case("long bien", contains=("cau_long_bien", "long_bien_runners"), why="folded finds accented and unaccented"),
    Case("lua van phuc", only=frozenset({"ha_dong"}), why="folded words all required"),
    Case("co quan chuyen mon", top=("about",), why="folded query finds an about page's introduction"),
    Case("nguyen hoang duc", only=frozenset({"nha_hat"}), why="folded byline"),
    Case("Quảng An", only=frozenset({"dua_thuyen_ho_tay"}), why="'an' is a Vietnamese word, not a stop word"),
    # Accented query, a page written without diacritics.
    Case("Long Biên", top=("cau_long_bien",), contains=("long_bien_runners",), why="accented finds unaccented"),
    Case("Đống Đa", top=("dong_da",), contains=("long_bien_runners",), why="accented finds 'Dong Da' in a body"),
    # đ and d.
    Case("dong da", top=("dong_da",), excludes=("bong_da_nu",), why="d finds đ; 'da' alone is not 'dong da'"),
    Case("dua thuyen", top_set=frozenset({"dua_thuyen_ho_tay", "dua_thuyen_song_day"}), why="dua finds đua"),
    Case("Đức", contains=("nha_hat",), why="đ in a byline"),
    # Case.
    Case("ĐỖ ĐÌNH HỒNG", top=("son_mai",), why="upper-case accented"),
    Case("DUA THUYEN RONG", only=frozenset({"dua_thuyen_ho_tay"}), why="upper-case folded"),
    Case("hồ gươm", top=("ho_guom_di_bo",), why="lower-case of a capitalised name"),
    # Unicode forms.
    Case(NFD("NFD", "Đỗ Đình Hồng"), top=("son_mai",), only=frozenset({"son_mai"}), why="NFD query"),
    Case(NFD("NFD", "Múa rối nước"), top=("mua_roi",), why="NFD query ranks exactly like NFC"),
    Case("lớp học ca trù", only=frozenset({"ca_tru"}), why="NFC query finds text stored decomposed"),
    # Exact diacritics rank above folded matches.
    Case("múa", top=("mua_roi",), above=(("mua_roi", "mua_thu"),), why="múa (dance) before mùa (season)"),
    Case("mùa", top=("mua_thu",), above=(("mua_thu", "mua_roi"),), why="mùa (season) before múa (dance)"),
    Case("mua", contains=("mua_roi", "mua_thu"), why="folded finds both múa and mùa"),
    Case("hổ", top=("ho_con",), why="hổ (tiger) before every hồ (lake)"),
    Case("hồ", above=(("dua_thuyen_ho_tay", "ho_con"), ("sen_ho_tay", "ho_con")), why="hồ (lake) before hổ"),
    Case(
        "hạ",
        top_set=frozenset({"ha_trang", "lang_nghe_ha_thai"}),
        above=(("ha_trang", "ha_dong"), ("lang_nghe_ha_thai", "ha_dong")),
        why="hạ before Hà",
    ),
    Case("Hà Đông", top=("ha_dong",), why="Hà Đông before Hạ or hổ Đông Dương"),
    # A title match ranks above a match in the lead or body only.
    Case("sơn mài", top=("son_mai", "lang_nghe_ha_thai"), why="title above a body that repeats the words"),
    Case("son mai", top=("son_mai", "lang_nghe_ha_thai"), why="folded: title above body"),
    Case("múa rối nước", top=("mua_roi", "chao_xuan"), why="title above body"),
    Case("truyện tranh", only=frozenset({"thu_vien"}), why="words found in a body paragraph"),
    Case("quần chúng", top=("section_the_thao",), why="a section's introduction"),
    # Phrases.
    Case('"Hồ Tây"', contains=("dua_thuyen_ho_tay", "sen_ho_tay"), excludes=("khach_tay",), why="phrase"),
    Case("Hồ Tây", contains=("dua_thuyen_ho_tay", "sen_ho_tay", "khach_tay"), why="without quotes: both words"),
    Case('"ho tay"', contains=("dua_thuyen_ho_tay", "sen_ho_tay"), excludes=("khach_tay",), why="folded phrase"),
    Case('"Tây Hồ"', contains=("sen_ho_tay",), excludes=("dua_thuyen_ho_tay", "khach_tay"), why="word order"),
    Case('"ha noi"', contains=("thu_vien", "mua_thu"), excludes=("ha_dong",), why="folded phrase finds Hà Nội"),
    Case("hà nội", contains=("ha_dong",), why="without quotes 'Hà … nội' is found"),
    Case("“Hồ Tây” sen", only=frozenset({"sen_ho_tay"}), why="typographic quotes: phrase and a word"),
    # Every word is required.
    Case("đua thuyền Hồ Tây", only=frozenset({"dua_thuyen_ho_tay"}), why="all words"),
    Case("dua thuyen song day", only=frozenset({"dua_thuyen_song_day"}), why="all words, folded"),
    Case("Đống Đa 2026", only=frozenset(), why="a draft is never found"),
    Case("giao ban", only=frozenset(), why="a page under a password-protected section is never found"),
    # The reader's language only.
    Case("Đỗ Đình Hồng", excludes=("en_son_mai",), top=("son_mai",), why="no English page in Vietnamese"),
    Case("Đỗ Đình Hồng", locale="en", only=frozenset({"en_son_mai"}), why="the English page in English"),
    Case("ho tay", locale="en", only=frozenset({"en_ho_tay"}), why="folding in English pages too"),
    # The search page's filters, applied to the pages searched.
    Case("Hồ Tây", narrow="section:du_lich", only=frozenset({"sen_ho_tay", "khach_tay"}), why="section"),
    Case("thể thao", narrow="articles", excludes=("section_the_thao", "about"), why="articles only"),
    Case("thể thao", contains=("section_the_thao", "about"), why="sections and about pages too"),
    Case("Hồ Tây", narrow="from:2025-08-01", only=frozenset({"dua_thuyen_ho_tay", "khach_tay"}), why="date"),
    Case("đua thuyền", narrow="topic:le_hoi", only=frozenset({"dua_thuyen_song_day"}), why="topic"),
    Case("ha noi", narrow="format:photo_report", only=frozenset({"mua_thu"}), why="format"),
    # Newest first.
    Case(
        "Hồ Tây",
        sort="newest",
        top=("khach_tay", "dua_thuyen_ho_tay", "sen_ho_tay"),
        only=frozenset({"khach_tay", "dua_thuyen_ho_tay", "sen_ho_tay"}),
        why="newest first",
    ),
    Case("dua thuyen", sort="newest", top=("dua_thuyen_ho_tay", "dua_thuyen_song_day"), why="newest, folded"),
]


def searchable_pages(corpus, locale="vi", model=Page):
    """The pages the search page searches: live, public, of the reader's language, under its home page."""
    vi, en = corpus.locales
    language, home = (vi, corpus.home) if locale == "vi" else (en, corpus.home_en)
    return model.objects.live().filter(public_q(), locale=language).descendant_of(home)


def narrowed(corpus, locale, narrow):
    """The pages searched with one of the search page's filters (as search/filters.py applies them)."""
    name, _, value = narrow.partition(":")
    # Topics and formats are properties of articles: only the articles' index can filter on them.
    pages = searchable_pages(corpus, locale, ArticlePage if name in ("topic", "format") else Page)
    if not narrow:
        return pages
    if name == "section":
        return pages.descendant_of(corpus.sections[value])
    if name == "articles":
        return pages.type(ArticlePage)
    if name == "from":
        return pages.filter(first_published_at__gte=timezone.make_aware(datetime.datetime.fromisoformat(value)))
    if name == "topic":
        return pages.filter(pk__in=list(corpus.topics[value].article_links.values_list("page_id", flat=True)))
    if name == "format":
        return pages.filter(format=value)
    raise ValueError(narrow)


def search_keys(corpus, backend, query, *, locale="vi", narrow="", sort="relevance"):
    """The keys of the pages found, best (or newest) first, searching as the search page does."""
    keys = {page.pk: key for key, page in corpus.pages.items()}
    pages = narrowed(corpus, locale, narrow)
    results = run_search(pages, clean_query(query).text, sort=sort, backend=backend)
    found = [keys.get(page.pk, page.title) for page in results]
    assert results.count() == len(found)
    return found


@pytest.mark.django_db
class TestQueries:
    @pytest.mark.parametrize("case", CASES, ids=str)
    def test_query(self, corpus, search_backend, case):
        found = search_keys(corpus, search_backend, case.query, locale=case.locale, narrow=case.narrow, sort=case.sort)

        if case.top:
            assert found[: len(case.top)] == list(case.top), found
        if case.top_set:
            assert set(found[: len(case.top_set)]) == case.top_set, found
        for key in case.contains:
            assert key in found, found
        for key in case.excludes:
            assert key not in found, found
        if case.only is not None:
            assert set(found) == case.only, found
        for better, worse in case.above:
            assert better in found and worse in found, found
            assert found.index(better) < found.index(worse), found


@pytest.mark.django_db
class TestIndexKeptUpToDate:
    """Publishing, unpublishing and deleting change what is found at once, without rebuilding the index."""

    def publish_article(self, corpus, search_backend, title):
        article = ArticlePageFactory(
            parent=corpus.sections["tin_tuc"],
            title=title,
            lead="Sở đề nghị các đơn vị rà soát lại lịch tổ chức trước ngày 15/12.",
        )
        article.save_revision().publish()
        refresh(search_backend)
        return article

    def test_a_published_article_is_found_and_an_unpublished_one_is_gone_at_once(self, corpus, search_backend):
        article = self.publish_article(corpus, search_backend, "Thông báo điều chỉnh lịch Liên hoan múa rối")
        corpus.pages["new"] = article
        try:
            assert search_keys(corpus, search_backend, "lien hoan mua roi") == ["new"]

            article.unpublish()
            refresh(search_backend)

            assert search_keys(corpus, search_backend, "lien hoan mua roi") == []
            assert search_keys(corpus, search_backend, "Liên hoan múa rối") == []
        finally:
            del corpus.pages["new"]

    def test_a_deleted_article_is_gone_at_once(self, corpus, search_backend):
        article = self.publish_article(corpus, search_backend, "Thông báo hoãn Hội thi cồng chiêng")
        assert [page.title for page in run_search(searchable_pages(corpus), "cong chieng", backend=search_backend)]

        article.delete()
        refresh(search_backend)

        assert list(run_search(searchable_pages(corpus), "cồng chiêng", backend=search_backend)) == []

    def test_an_edited_title_is_found_by_its_new_words_only(self, corpus, search_backend):
        article = self.publish_article(corpus, search_backend, "Hội thi gói bánh chưng ở Đông Anh")
        article.title = "Hội thi giã bánh giầy ở Đông Anh"
        article.save_revision().publish()
        refresh(search_backend)

        titles = [page.title for page in run_search(searchable_pages(corpus), "banh giay", backend=search_backend)]
        assert titles == ["Hội thi giã bánh giầy ở Đông Anh"]
        assert list(run_search(searchable_pages(corpus), "bánh chưng", backend=search_backend)) == []


@pytest.mark.django_db
class TestQueriesWithoutWords:
    @pytest.mark.parametrize("query", ["", "   ", '"" ...', "–"])
    def test_finds_nothing(self, corpus, search_backend, query):
        results = run_search(searchable_pages(corpus), query, backend=search_backend)
        assert results.count() == 0
        assert list(results) == []
