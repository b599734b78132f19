"""Result titles and snippets with the reader's words marked, matched with or without diacritics, and escaped."""

import unicodedata

import pytest
from bs4 import BeautifulSoup

from search.highlight import SNIPPET_WORDS, highlight, query_terms, snippet
from tests.factories import AboutPageFactory, ArticlePageFactory

URL = "/vi/search/"

LONG_LEAD = (
    "Sáng 2/9, hàng vạn người dân và du khách đã đổ về Quảng trường Ba Đình để dự lễ chào cờ, sau đó cùng nhau "
    "đi bộ quanh hồ Hoàn Kiếm, nơi các đoàn nghệ thuật quần chúng biểu diễn múa rối nước, hát xẩm và ca trù "
    "suốt buổi chiều; buổi tối, chương trình nghệ thuật đặc biệt mừng Quốc khánh được truyền hình trực tiếp "
    "từ Nhà hát Lớn Hà Nội với sự tham gia của nhiều nghệ sĩ nhân dân."
)


def marked(html):
    return [mark.get_text() for mark in BeautifulSoup(html, "html.parser").find_all("mark")]


def words_of(html):
    return BeautifulSoup(html, "html.parser").get_text().split()


class TestMatching:
    @pytest.mark.parametrize(
        ("query", "text", "expected"),
        [
            ("Hà Nội", "Nhà hát Lớn Hà Nội mở cửa", ["Hà Nội"]),
            ("ha noi", "Nhà hát Lớn Hà Nội mở cửa", ["Hà Nội"]),
            ("HÀ NỘI", "Nhà hát Lớn Hà Nội mở cửa", ["Hà Nội"]),
            ("do dinh hong", "Nhạc sĩ Đỗ Đình Hồng ra mắt sách", ["Đỗ Đình Hồng"]),
            ("đường", "Giải chạy trên đường Thanh Niên", ["đường"]),
            ("duong", "Giải chạy trên đường Thanh Niên", ["đường"]),
            ("múa rối", "Rối nước và múa sạp", ["Rối", "múa"]),
            ('"múa rối"', "Múa rối nước ở Thủy Đình", ["Múa rối"]),
            ("title:* OR 1=1", "Giá vé 1=1 suất", ["1", "1"]),
            ("hà", "Nhà hát", []),
            # Typed with diacritics, a word marks itself and its unaccented spelling, not other accents.
            ("Hà Nội", "Nơi ở của người Hà Nội", ["Hà Nội"]),
            ("Hà Nội", "Bản đồ Ha Noi cho du khách", ["Ha Noi"]),
            ("ha noi", "Nơi ở của người Hà Nội", ["Nơi", "Hà Nội"]),
            ("đá", "Đã có đội bóng đá", ["đá"]),
        ],
    )
    def test_whole_words_match_folded(self, query, text, expected):
        assert marked(highlight(text, query_terms(query))) == expected

    def test_decomposed_text_and_query_match_composed(self):
        text = unicodedata.normalize("NFD", "Lễ hội Gióng ở đền Sóc")
        query = unicodedata.normalize("NFD", "hội gióng")

        assert marked(highlight(text, query_terms(query))) == ["hội Gióng"]

    def test_words_apart_are_marked_apart(self):
        assert marked(highlight("Hà Nội, Thủ đô của Hà Nam?", query_terms("hà"))) == ["Hà", "Hà"]

    def test_punctuation_only_query_marks_nothing(self):
        assert not query_terms("?!… ---")
        assert marked(highlight("Hỏi – đáp", query_terms("?!… ---"))) == []


class TestEscaping:
    def test_markup_in_the_text_is_shown_as_text(self):
        html = highlight("<script>alert('Hà Nội')</script> & <b>lễ hội</b>", query_terms("hà nội"))

        assert "<script>" not in html
        assert "<b>" not in html
        assert html == (
            "&lt;script&gt;alert(&#x27;<mark>Hà Nội</mark>&#x27;)&lt;/script&gt; &amp; &lt;b&gt;lễ hội&lt;/b&gt;"
        )

    def test_markup_in_the_query_cannot_reach_the_page(self):
        html = highlight("Chương trình script mùa thu", query_terms("<script>alert(1)</script>"))

        assert marked(html) == ["script"]
        assert "<script>" not in html


class TestSnippet:
    def test_short_text_is_kept_whole(self):
        html = snippet("Đêm nhạc Trịnh bên hồ Hoàn Kiếm.", query_terms("hoan kiem"))

        assert html == "Đêm nhạc Trịnh bên hồ <mark>Hoàn Kiếm</mark>."

    def test_long_text_is_cut_around_the_first_match(self):
        html = snippet(LONG_LEAD, query_terms("ca tru"))

        words = words_of(html)
        assert words[0] == "…" and words[-1] == "…"
        assert len(words) - 2 == SNIPPET_WORDS
        assert marked(html) == ["ca trù"]
        # Some words come before the match, so the reader sees what it is about.
        assert words.index("ca") >= 5

    def test_the_fragment_holding_most_of_the_words_wins_over_the_first_match(self):
        # "nghệ" and "dân" appear early too, all four words only at the end.
        html = snippet(LONG_LEAD, query_terms("nghe si nhan dan"))

        assert html.endswith("<mark>nghệ sĩ nhân dân</mark>.")
        assert words_of(html)[0] == "…"

    def test_without_a_match_the_text_starts_at_its_beginning(self):
        html = snippet(LONG_LEAD, query_terms("bóng đá"))

        assert html.startswith("Sáng 2/9, hàng vạn người dân")
        assert html.endswith(" …")
        assert marked(html) == []

    def test_line_breaks_and_repeated_spaces_become_single_spaces(self):
        assert snippet("Lễ hội\n\n  Gióng", query_terms("giong")) == "Lễ hội <mark>Gióng</mark>"

    def test_snippet_is_escaped(self):
        html = snippet("Tiêu đề <img src=x onerror=alert(1)> về Hà Nội", query_terms("ha noi"))

        assert "<img" not in html
        assert marked(html) == ["Hà Nội"]


@pytest.mark.django_db
class TestOnThePage:
    def test_title_and_lead_are_marked(self, client, portal):
        ArticlePageFactory(
            parent=portal.culture,
            title="Nhà hát Lớn Hà Nội đón khán giả trở lại",
            slug="nha-hat-lon",
            lead=LONG_LEAD,
        )

        hit = BeautifulSoup(client.get(URL, {"q": "Hà Nội"}).content, "html.parser").find(class_="search-hit")

        assert [mark.get_text() for mark in hit.h3.find_all("mark")] == ["Hà Nội"]
        lead = hit.find(class_="teaser__lead")
        assert [mark.get_text() for mark in lead.find_all("mark")] == ["Hà Nội"]
        assert lead.get_text().startswith("… ")

    def test_a_query_without_diacritics_marks_the_words_with_them(self, client, portal):
        ArticlePageFactory(
            parent=portal.culture,
            title="Nhạc sĩ Đỗ Đình Hồng ra mắt tuyển tập ca khúc về Hà Nội",
            slug="do-dinh-hong",
            lead="Tuyển tập gồm hai mươi ca khúc viết về Hà Nội trong ba mươi năm.",
        )

        response = client.get(URL, {"q": "do dinh hong ha noi"})

        hit = BeautifulSoup(response.content, "html.parser").find(class_="search-hit")
        assert [mark.get_text() for mark in hit.h3.find_all("mark")] == ["Đỗ Đình Hồng", "Hà Nội"]
        assert [mark.get_text() for mark in hit.find(class_="teaser__lead").find_all("mark")] == ["Hà Nội"]

    def test_title_and_lead_with_markup_are_escaped(self, client, portal):
        ArticlePageFactory(
            parent=portal.culture,
            title="<script>alert('xss')</script> Lễ hội bánh chưng",
            slug="le-hoi-banh-chung",
            lead="Thi gói <b>bánh chưng</b> <img src=x onerror=alert(1)> ở làng Tranh Khúc.",
        )

        response = client.get(URL, {"q": "bánh chưng"})

        content = response.content.decode()
        assert "<script>alert('xss')</script>" not in content
        assert "<img src=x" not in content
        assert "<b>bánh" not in content
        hit = BeautifulSoup(content, "html.parser").find(class_="search-hit")
        assert hit.h3.get_text(" ", strip=True).startswith("<script>alert('xss')</script>")
        assert [mark.get_text() for mark in hit.find(class_="teaser__lead").find_all("mark")] == [
            "bánh chưng",
        ]

    def test_a_page_without_a_lead_is_shown_with_its_body(self, client, portal):
        AboutPageFactory(
            parent=portal.home,
            title="Lịch tiếp công dân",
            slug="lich-tiep-cong-dan",
            intro="",
            body=[("paragraph", "<p>Lãnh đạo Sở tiếp công dân vào <strong>sáng thứ Năm</strong> hằng tuần.</p>")],
        )

        hit = BeautifulSoup(client.get(URL, {"q": "tiếp công dân"}).content, "html.parser").find(class_="search-hit")

        lead = hit.find(class_="teaser__lead")
        assert " ".join(lead.get_text().split()) == "Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần."
        assert [mark.get_text() for mark in lead.find_all("mark")] == ["tiếp công dân"]
        assert lead.find("strong") is None
