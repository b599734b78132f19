"""Folding Vietnamese as a reader without a Vietnamese keyboard types it, and how a query is searched both ways."""

import unicodedata

import pytest

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText

from search.backend import search_query_for
from search.folding import fold
from sections.images import PortalImage
from tests.factories import ImageFactory


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đỗ Đình Hồng", "do dinh hong"),
        ("HÀ NỘI", "ha noi"),
        ("Văn Miếu – Quốc Tử Giám", "van mieu – quoc tu giam"),
        ("Phường Đống Đa, quận Hai Bà Trưng", "phuong dong da, quan hai ba trung"),
        # Every vowel that carries both a vowel mark and a tone mark.
        (
            "ấp ầm ẩm ẫm ậm ắt ằn ẳn ẵn ặt ếch ềm ểm ễm ệt ốc ồn ổn ỗn ộc ớt ờn ởn ỡn ợt ứt ừn ửn ữn ựt",
            "ap am am am am at an an an at ech em em em et oc on on on oc ot on on on ot ut un un un ut",
        ),
        ("Ưu đãi ơn nghĩa", "uu dai on nghia"),
        ("ho chi minh", "ho chi minh"),
        ("Số 47 Hàng Dầu, 2025", "so 47 hang dau, 2025"),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_decomposed_text_folds_like_composed_text():
    composed = "Nghệ nhân Đỗ Thị Hường ở làng Hạ Thái"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    assert fold(decomposed) == fold(composed) == "nghe nhan do thi huong o lang ha thai"


def test_folding_twice_changes_nothing():
    text = "Lễ hội Gióng ở đền Sóc và đền Phù Đổng"
    assert fold(fold(text)) == fold(text)


class TestSearchQuery:
    def test_a_query_typed_without_diacritics_is_searched_once(self):
        for text in ("ha noi", "HA NOI"):
            query = search_query_for(text)
            assert repr(query.subqueries) == repr([PlainText(text, operator="and")])
            assert query.folded is None

    def test_a_query_with_diacritics_is_searched_as_typed_or_folded(self):
        assert repr(search_query_for("Hà Nội")) == repr(
            Or([PlainText("Hà Nội", operator="and"), PlainText("ha noi", operator="and")])
        )

    def test_phrases_are_folded_as_phrases(self):
        assert repr(search_query_for('"Hồ Tây" sen')) == repr(
            Or(
                [
                    And([Phrase("Hồ Tây"), PlainText("sen", operator="and")]),
                    And([Phrase("ho tay"), PlainText("sen", operator="and")]),
                ]
            )
        )

    def test_a_decomposed_query_is_searched_composed(self):
        assert repr(search_query_for(unicodedata.normalize("NFD", "Đống Đa"))) == repr(search_query_for("Đống Đa"))

    @pytest.mark.parametrize("text", ["", "  ", "?!", '""'])
    def test_no_word_no_query(self, text):
        assert search_query_for(text) is None


@pytest.mark.django_db
class TestEverythingIndexedFolds:
    """Folding is done by the database backends' indexing, so it holds for every indexed model, not only pages:
    editors find images in the library as citizens find articles."""

    def test_images_are_found_without_diacritics(self):
        image = ImageFactory(title="Ảnh lễ hội Gióng ở đền Sóc", description="Nghệ nhân biểu diễn ở Thủy Đình")
        ImageFactory(title="Ảnh giải đua thuyền", description="Các đội thuyền trên Hồ Tây")
        backend = get_search_backend()

        assert list(backend.search("thuy dinh", PortalImage)) == [image]
        assert list(backend.search("Thủy Đình", PortalImage)) == [image]
        # The admin's choosers search as the editor types: the last word is a prefix.
        assert list(backend.autocomplete("anh le hoi gi", PortalImage)) == [image]
