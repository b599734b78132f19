"""The technical team imports Hanoi's wards and communes from a CSV file in the admin."""

import unicodedata

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse

from wagtail.models import ModelLogEntry

from sections.locality_import import ImportFileError, import_localities, parse_csv
from sections.taxonomy import Locality
from tests.factories import LocalityFactory

IMPORT_URL = reverse("sections_locality_import")
SAMPLE_URL = reverse("sections_locality_import_sample")

GOOD_CSV = """ma,ten,loai,ten_en
00070,Phường Hoàn Kiếm,Phường,Hoan Kiem
00004,Ba Đình,phuong,Ba Dinh
08980,Xã Sóc Sơn,Xã,Soc Son
"""


def vi_localities():
    return {item.code: item for item in Locality.objects.filter(locale__language_code="vi")}


def en_localities():
    return {item.code: item for item in Locality.objects.filter(locale__language_code="en")}


def upload(client, content, name="phuong-xa.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


def messages_in(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(" ", strip=True) for item in soup.select(".locality-import-errors li")]


def counts_in(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {cell["data-count"]: int(cell.get_text(strip=True)) for cell in soup.select("[data-count]")}


def field_error(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(p.get_text(" ", strip=True) for p in soup.select(".error-message"))


@pytest.mark.django_db
class TestImportThroughTheAdmin:
    def test_good_file_creates_wards_communes_and_english_translations(self, admin_client, locales):
        response = upload(admin_client, GOOD_CSV)

        assert response.status_code == 200
        assert counts_in(response) == {"created": 3, "updated": 0, "unchanged": 0, "translations": 3, "errors": 0}
        vi = vi_localities()
        assert {code: (item.name, item.kind) for code, item in vi.items()} == {
            "00070": ("Hoàn Kiếm", Locality.Kind.WARD),
            "00004": ("Ba Đình", Locality.Kind.WARD),
            "08980": ("Sóc Sơn", Locality.Kind.COMMUNE),
        }
        en = en_localities()
        assert en["00070"].name == "Hoan Kiem"
        assert en["00070"].translation_key == vi["00070"].translation_key
        assert en["08980"].kind == Locality.Kind.COMMUNE

    def test_second_import_of_the_same_file_changes_nothing(self, admin_client, locales):
        upload(admin_client, GOOD_CSV)
        before = {item.pk: (item.code, item.name, item.kind, item.locale_id) for item in Locality.objects.all()}

        response = upload(admin_client, GOOD_CSV)

        assert counts_in(response) == {"created": 0, "updated": 0, "unchanged": 3, "translations": 0, "errors": 0}
        after = {item.pk: (item.code, item.name, item.kind, item.locale_id) for item in Locality.objects.all()}
        assert after == before

    def test_import_updates_by_code_and_keeps_the_record(self, admin_client, locales):
        existing = LocalityFactory(code="00070", name="Hoan Kiem cu", kind=Locality.Kind.COMMUNE)

        response = upload(admin_client, "code,name,kind\n00070,Hoàn Kiếm,Phường\n")

        assert counts_in(response)["updated"] == 1
        existing.refresh_from_db()
        assert (existing.name, existing.kind) == ("Hoàn Kiếm", Locality.Kind.WARD)
        assert Locality.objects.count() == 1
        assert ModelLogEntry.objects.filter(object_id=str(existing.pk), action="wagtail.edit").exists()

    def test_a_new_english_name_counts_as_an_update(self, admin_client, locales):
        upload(admin_client, "ma,ten,loai\n00070,Hoàn Kiếm,Phường\n")

        response = upload(admin_client, "ma,ten,loai,ten_en\n00070,Hoàn Kiếm,Phường,Hoan Kiem Ward\n")

        assert counts_in(response)["updated"] == 1
        assert en_localities()["00070"].name == "Hoan Kiem Ward"

    def test_byte_order_mark_and_semicolons_from_excel(self, admin_client, locales):
        content = "\ufeffmã;tên;loại;tên_en\r\n00070;Hoàn Kiếm;Phường;Hoan Kiem\r\n08980;Sóc Sơn;Xã;\r\n"

        response = upload(admin_client, content.encode("utf-8"))

        assert counts_in(response)["created"] == 2
        assert set(vi_localities()) == {"00070", "08980"}
        assert set(en_localities()) == {"00070"}  # no English name given: no translation made

    def test_decomposed_names_are_stored_composed_and_trimmed(self, admin_client, locales):
        decomposed = unicodedata.normalize("NFD", "  Phường   Cửa Nam ")
        upload(admin_client, f"ma,ten,loai\n00082,{decomposed},Phường\n")

        name = vi_localities()["00082"].name
        assert name == "Cửa Nam"
        assert unicodedata.is_normalized("NFC", name)

    def test_bad_rows_are_reported_by_line_and_good_rows_still_imported(self, admin_client, locales):
        content = "\n".join(
            [
                "ma,ten,loai",
                "00070,Hoàn Kiếm,Phường",  # line 2: good
                ",Ba Đình,Phường",  # line 3: no code
                "00004,Ba Đình,Quận",  # line 4: districts no longer exist
                "00070,Hoàn Kiếm,Phường",  # line 5: same code as line 2
                "08980,,Xã",  # line 6: no name
                "",  # blank lines are skipped but still counted
                "09000,Phù Đổng,xa",  # line 8: good
            ]
        )

        response = upload(admin_client, content)

        assert counts_in(response)["created"] == 2
        assert set(vi_localities()) == {"00070", "09000"}
        assert messages_in(response) == [
            "Dòng 3: thiếu mã đơn vị hành chính",
            "Dòng 4: loại “Quận” không hợp lệ — chỉ nhận Phường hoặc Xã",
            "Dòng 5: mã “00070” trùng với dòng 2 trong tệp",
            "Dòng 6: thiếu tên phường, xã",
        ]

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            ("ma,ten,loai\n00070,Hoàn Kiếm,Phường\n".encode("utf-16"), "không được mã hóa UTF-8"),
            ("ma,ten,loai\n00070,Hoàn Kiem,Phuong\n".encode("latin-1"), "không được mã hóa UTF-8"),
            (b"", "Tệp rỗng"),
            (b"\n\n  \n", "Tệp rỗng"),
            (b"ma,ten,loai\n", "chưa có dòng dữ liệu"),
            ("ma,ten\n00070,Hoàn Kiếm\n".encode(), "Dòng tiêu đề thiếu cột: loai"),
            ("so_thu_tu,ten_don_vi\n1,Hoàn Kiếm\n".encode(), "thiếu cột: ma, ten, loai"),
            ("ma,code,ten,loai\n1,1,Hoàn Kiếm,Phường\n".encode(), "xuất hiện hai lần"),
        ],
        ids=["utf16", "latin1", "empty", "blank", "header-only", "missing-kind", "wrong-columns", "duplicate-column"],
    )
    def test_unusable_file_shows_the_form_again_with_a_message_and_writes_nothing(
        self, admin_client, locales, content, message
    ):
        response = upload(admin_client, content)

        assert response.status_code == 200
        assert message in field_error(response)
        assert not Locality.objects.exists()

    def test_file_over_one_megabyte_is_refused(self, admin_client, locales):
        row = "00070,Hoàn Kiếm,Phường\n"
        content = "ma,ten,loai\n" + row * (1024 * 1024 // len(row.encode()) + 1)

        response = upload(admin_client, content)

        assert "vượt giới hạn 1 MB" in field_error(response)
        assert not Locality.objects.exists()

    def test_upload_form_is_in_vietnamese_and_offers_the_sample(self, admin_client):
        response = admin_client.get(IMPORT_URL)

        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.find("a", href=SAMPLE_URL).get_text(strip=True) == "Tải tệp mẫu (.csv)"
        assert soup.find("input", attrs={"type": "file", "name": "file"}) is not None
        assert "Nhập địa bàn từ tệp CSV" in soup.title.get_text()

    def test_sample_file_is_importable_as_is(self, admin_client, locales):
        sample = admin_client.get(SAMPLE_URL)

        assert sample["Content-Type"] == "text/csv; charset=utf-8"
        assert "attachment" in sample["Content-Disposition"]
        lines = sample.content.decode("utf-8-sig").splitlines()
        assert lines[0] == "ma,ten,loai,ten_en"
        assert len(lines) == 4
        response = upload(admin_client, sample.content)
        assert counts_in(response) == {"created": 3, "updated": 0, "unchanged": 0, "translations": 3, "errors": 0}

    def test_locality_listing_links_to_the_import(self, admin_client):
        response = admin_client.get(reverse("wagtailsnippets_sections_locality:list"))

        soup = BeautifulSoup(response.content, "html.parser")
        button = soup.find("a", href=IMPORT_URL)
        assert button is not None
        assert "Nhập từ tệp CSV" in button.get_text()


@pytest.mark.django_db
class TestPermissions:
    @pytest.fixture
    def editor(self, client, django_user_model):
        user = django_user_model.objects.create_user("ctv", "ctv@example.gov.vn", "mat-khau-thu-nghiem")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)
        return user, client

    def assert_refused(self, response):
        # Wagtail turns a refused admin view into a redirect to the dashboard with a message.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")

    def test_user_without_locality_permissions_is_refused(self, editor):
        _user, client = editor

        self.assert_refused(client.get(IMPORT_URL))
        self.assert_refused(client.get(SAMPLE_URL))
        self.assert_refused(upload(client, GOOD_CSV))
        assert not Locality.objects.exists()

    def test_change_alone_is_not_enough(self, editor):
        user, client = editor
        user.user_permissions.add(Permission.objects.get(codename="change_locality"))

        self.assert_refused(client.get(IMPORT_URL))
        listing = client.get(reverse("wagtailsnippets_sections_locality:list"))
        assert BeautifulSoup(listing.content, "html.parser").find("a", href=IMPORT_URL) is None

        user.user_permissions.add(Permission.objects.get(codename="add_locality"))
        assert client.get(IMPORT_URL).status_code == 200

    def test_anonymous_visitor_is_sent_to_the_login(self, client):
        response = client.get(IMPORT_URL)

        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.django_db
class TestImportRules:
    def test_kind_prefix_only_with_diacritics_is_removed(self, locales):
        # "Phương Liệt" starts like the unaccented "phuong": it is a name, not a prefix.
        import_localities("ma,ten,loai\n00001,Phương Liệt,Phường\n00002,xã Minh Châu,Xã\n".encode())

        assert {item.name for item in Locality.objects.all()} == {"Phương Liệt", "Minh Châu"}

    def test_code_too_long_and_several_errors_on_one_row(self, locales):
        parsed = parse_csv("ma,ten,loai\n12345678901,,huyện\n".encode())

        assert not parsed.rows
        assert [str(error) for error in parsed.errors] == [
            "Dòng 2: mã “12345678901” dài quá 10 ký tự",
            "Dòng 2: thiếu tên phường, xã",
            "Dòng 2: loại “huyện” không hợp lệ — chỉ nhận Phường hoặc Xã",
        ]

    def test_english_code_owned_by_another_locality_is_a_row_error(self, locales):
        LocalityFactory(code="00070", name="Other", locale=locales.en)

        result = import_localities("ma,ten,loai,ten_en\n00070,Hoàn Kiếm,Phường,Hoan Kiem\n".encode())

        assert result.created == 0
        assert [str(error) for error in result.errors] == [
            "Dòng 2: mã “00070” đã thuộc về một địa bàn tiếng Anh khác (Other)"
        ]
        assert not Locality.objects.filter(locale=locales.vi).exists()

    def test_row_that_fails_in_the_database_leaves_nothing_behind(self, locales, monkeypatch):
        original_save = Locality.save

        def save(instance, *args, **kwargs):
            if instance.locale_id == locales.en.pk and instance.name == "Ba Dinh":
                raise IntegrityError("duplicate key value violates unique constraint")
            return original_save(instance, *args, **kwargs)

        monkeypatch.setattr(Locality, "save", save)

        result = import_localities(GOOD_CSV.encode())

        assert (result.created, result.translations_saved) == (2, 2)
        assert [error.line for error in result.errors] == [3]
        assert "không lưu được" in str(result.errors[0])
        assert set(vi_localities()) == {"00070", "08980"}  # the Vietnamese half of line 3 was rolled back too
        assert set(en_localities()) == {"00070", "08980"}

    def test_multiline_quoted_cell_keeps_line_numbers_of_the_spreadsheet(self, locales):
        parsed = parse_csv('ma,ten,loai\n00070,"Hoàn\nKiếm",Phường\n,Ba Đình,Phường\n'.encode())

        assert parsed.rows[0].name == "Hoàn Kiếm"
        assert [error.line for error in parsed.errors] == [4]

    def test_file_error_message_is_vietnamese(self):
        with pytest.raises(ImportFileError) as caught:
            parse_csv("ten;loai\nHoàn Kiếm;Phường\n".encode())

        assert "Dòng tiêu đề thiếu cột: ma" in caught.value.message
