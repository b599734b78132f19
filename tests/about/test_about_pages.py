"""About the department (Giới thiệu): the organisation chart with each unit's leaders and contacts, the board
of directors, and text pages, each in the reader's language only (Decree 42/2022/NĐ-CP Art. 4(1)(e), 7(2))."""

import pytest
from bs4 import BeautifulSoup

from about.models import AboutPage, Director
from sections.taxonomy import UnitLeader
from tests.factories import AboutPageFactory, ImageFactory, UnitFactory


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return tag.get_text(" ", strip=True)


def translate(page, locale, title):
    translated = page.copy_for_translation(locale)
    translated.title = title
    translated.save_revision().publish()
    return translated


@pytest.fixture
def units(portal):
    vi, en = portal.locales.vi, portal.locales.en
    heritage = UnitFactory(
        name="Phòng Quản lý Di sản văn hóa",
        short_name="QLDS",
        address="47 Hàng Dầu, phường Hoàn Kiếm, Hà Nội",
        phone="024 3825 3838",
        email="disan@example.gov.vn",
        sort_order=2,
        locale=vi,
    )
    UnitLeader.objects.create(
        unit=heritage,
        name="Lê Thị Thu Hằng",
        position="Trưởng phòng",
        phone="0913 111 222",
        email="hang@example.gov.vn",
    )
    UnitLeader.objects.create(unit=heritage, name="Phạm Quang Minh", position="Phó Trưởng phòng")
    office = UnitFactory(name="Văn phòng Sở", short_name="VP", address="", phone="", email="", sort_order=1, locale=vi)
    english = UnitFactory(name="Department Office", short_name="DO", sort_order=1, locale=en)
    UnitLeader.objects.create(unit=english, name="Do Van Hung", position="Chief of Office")
    return heritage, office, english


@pytest.fixture
def directors(portal):
    vi, en = portal.locales.vi, portal.locales.en
    return [
        Director.objects.create(
            name="Nguyễn Thị Lan",
            position="Phó Giám đốc Sở",
            responsibilities="Phụ trách lĩnh vực thể dục, thể thao.",
            sort_order=2,
            locale=vi,
        ),
        Director.objects.create(
            name="Trần Văn Bình",
            position="Giám đốc Sở",
            responsibilities="Lãnh đạo, điều hành chung mọi hoạt động của Sở.",
            photo=ImageFactory(description="Chân dung Giám đốc Sở Trần Văn Bình"),
            phone="024 3825 0000",
            email="giamdoc@example.gov.vn",
            sort_order=1,
            locale=vi,
        ),
        Director.objects.create(name="Tran Van Binh", position="Director", sort_order=1, locale=en),
    ]


def listed_units(soup):
    return [text_of(heading) for heading in soup.select("li.unit h2")]


@pytest.mark.django_db
class TestOrganisationPage:
    def test_lists_every_unit_with_its_contacts_and_leaders(self, client, portal, units):
        page = AboutPageFactory(
            parent=portal.home, title="Cơ cấu tổ chức", slug="co-cau-to-chuc", kind=AboutPage.Kind.ORGANISATION
        )

        soup = parse(client.get(page.url))

        assert text_of(soup.h1) == "Cơ cấu tổ chức"
        assert listed_units(soup) == ["Văn phòng Sở (VP)", "Phòng Quản lý Di sản văn hóa (QLDS)"]
        heritage = soup.select("li.unit")[1]
        contacts = {text_of(item.dt): item.dd for item in heritage.find("dl").find_all("div")}
        assert text_of(contacts["Địa chỉ"]) == "47 Hàng Dầu, phường Hoàn Kiếm, Hà Nội"
        assert contacts["Điện thoại"].a["href"] == "tel:02438253838"
        assert contacts["Thư điện tử"].a["href"] == "mailto:disan@example.gov.vn"

        table = heritage.find("table")
        headers = [text_of(th) for th in table.thead.find_all("th")]
        assert headers == ["Họ và tên", "Chức vụ", "Điện thoại", "Thư điện tử"]
        rows = [[text_of(cell) for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")]
        assert rows == [
            ["Lê Thị Thu Hằng", "Trưởng phòng", "0913 111 222", "hang@example.gov.vn"],
            ["Phạm Quang Minh", "Phó Trưởng phòng", "", ""],
        ]
        assert all(row.th["scope"] == "row" for row in table.tbody.find_all("tr"))

        # A unit with no contact details shows no empty contact list or leaders' table.
        office = soup.select("li.unit")[0]
        assert office.find("dl") is None and office.find("table") is None

    def test_english_page_lists_the_english_units_only(self, client, portal, units):
        page = AboutPageFactory(
            parent=portal.home, title="Cơ cấu tổ chức", slug="co-cau-to-chuc", kind=AboutPage.Kind.ORGANISATION
        )
        page_en = translate(page, portal.locales.en, "Organisation")

        soup = parse(client.get(page_en.url))

        assert soup.html["lang"] == "en"
        assert text_of(soup.h1) == "Organisation"
        assert listed_units(soup) == ["Department Office (DO)"]
        assert "Do Van Hung" in text_of(soup.find("table"))
        assert "Phòng Quản lý Di sản văn hóa" not in text_of(soup.main)


@pytest.mark.django_db
class TestDirectorsPage:
    def test_lists_the_directors_in_order_with_photo_and_contacts(self, client, portal, directors):
        page = AboutPageFactory(
            parent=portal.home, title="Ban Giám đốc", slug="ban-giam-doc", kind=AboutPage.Kind.DIRECTORS
        )

        soup = parse(client.get(page.url))

        entries = soup.select("li.director")
        assert [(text_of(e.h2), text_of(e.find(class_="director__position"))) for e in entries] == [
            ("Trần Văn Bình", "Giám đốc Sở"),
            ("Nguyễn Thị Lan", "Phó Giám đốc Sở"),
        ]
        head = entries[0]
        assert head.img["alt"] == "Chân dung Giám đốc Sở Trần Văn Bình"
        assert "Lãnh đạo, điều hành chung mọi hoạt động của Sở." in text_of(head)
        assert head.find("a", href="tel:02438250000") is not None
        assert head.find("a", href="mailto:giamdoc@example.gov.vn") is not None
        assert entries[1].img is None
        assert "Tran Van Binh" not in text_of(soup.main)

    def test_english_page_lists_the_english_directors_only(self, client, portal, directors):
        page = AboutPageFactory(
            parent=portal.home, title="Ban Giám đốc", slug="ban-giam-doc", kind=AboutPage.Kind.DIRECTORS
        )
        page_en = translate(page, portal.locales.en, "Board of Directors")

        soup = parse(client.get(page_en.url))

        assert [text_of(e.h2) for e in soup.select("li.director")] == ["Tran Van Binh"]
        assert "Trần Văn Bình" not in text_of(soup.main)


@pytest.mark.django_db
def test_text_page_shows_its_content_and_its_live_sub_pages(client, portal, units, directors):
    about = AboutPageFactory(
        parent=portal.home,
        kind=AboutPage.Kind.TEXT,
        body=[
            ("heading", {"text": "Vị trí và chức năng", "level": "h2"}),
            ("paragraph", "<p>Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố.</p>"),
        ],
    )
    functions = AboutPageFactory(parent=about, title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu")
    AboutPageFactory(parent=about, title="Trang đang soạn", slug="trang-dang-soan", live=False)

    soup = parse(client.get(about.url))

    assert text_of(soup.h1) == "Giới thiệu"
    assert text_of(soup.find(class_="page-header__intro")) == AboutPageFactory.intro
    assert text_of(soup.find("h2", class_="block-heading")) == "Vị trí và chức năng"
    assert "Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố." in text_of(soup.find(class_="prose"))
    sub_pages = soup.find("nav", class_="about-nav")
    assert [(text_of(a), a["href"]) for a in sub_pages.find_all("a")] == [("Chức năng, nhiệm vụ", functions.url)]
    # A text page does not pull in the organisation chart or the directors.
    assert soup.select("li.unit") == [] and soup.select("li.director") == []
