"""Import of Hanoi's wards and communes from a CSV file the technical team keeps in a spreadsheet.

The file is read whole (it is small: about 126 rows, at most 1 MB), every row is checked, and the valid
rows are written in one transaction. A row that fails is reported with its line number and skipped; the
rest of the file is still imported, and a row is never written half-way.
"""

import csv
import io
import logging
import unicodedata
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Locale

from sections.taxonomy import Locality

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 1024 * 1024
ENGLISH = "en"

# Accepted header names, after normalise_header(): Vietnamese without and with diacritics, and English.
COLUMN_ALIASES = {
    "code": ("ma", "mã", "code"),
    "name": ("ten", "tên", "name"),
    "kind": ("loai", "loại", "kind"),
    "name_en": ("ten_en", "tên_en", "name_en"),
}
REQUIRED_COLUMNS = ("code", "name", "kind")

KIND_VALUES = {
    "phuong": Locality.Kind.WARD,
    "phường": Locality.Kind.WARD,
    "xa": Locality.Kind.COMMUNE,
    "xã": Locality.Kind.COMMUNE,
}
# Only the forms with diacritics: "Phương Liệt" is a ward whose name starts like "phuong ".
NAME_PREFIXES = ("phường ", "xã ")

CODE_MAX_LENGTH = Locality._meta.get_field("code").max_length
NAME_MAX_LENGTH = Locality._meta.get_field("name").max_length

SAMPLE_ROWS = (
    ("ma", "ten", "loai", "ten_en"),
    ("00070", "Hoàn Kiếm", "Phường", "Hoan Kiem"),
    ("00004", "Ba Đình", "Phường", "Ba Dinh"),
    ("08980", "Sóc Sơn", "Xã", "Soc Son"),
)


class ImportFileError(Exception):
    """The file as a whole cannot be imported: nothing is written."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self):
        return _("Dòng %(line)d: %(message)s") % {"line": self.line, "message": self.message}


@dataclass(frozen=True)
class LocalityRow:
    line: int
    code: str
    name: str
    kind: str
    name_en: str = ""


@dataclass
class ParsedFile:
    rows: list[LocalityRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    translations_saved: int = 0
    errors: list[RowError] = field(default_factory=list)


def clean_text(value):
    """NFC (files saved on macOS arrive decomposed), trimmed, inner runs of spaces collapsed to one."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def normalise_header(value):
    return clean_text(value).lower().replace(" ", "_").replace("-", "_")


def strip_kind_prefix(name):
    lowered = name.lower()
    for prefix in NAME_PREFIXES:
        if lowered.startswith(prefix):
            return name[len(prefix) :].strip()
    return name


def decode(data):
    if len(data) > MAX_FILE_SIZE:
        raise ImportFileError(_("Tệp lớn hơn 1 MB. Danh sách phường, xã chỉ cần vài chục KB: hãy bỏ các cột thừa."))
    try:
        # utf-8-sig drops the byte-order mark Excel writes at the start of "CSV UTF-8" files.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "Tệp không được mã hóa UTF-8. Trong Excel, hãy chọn “Lưu thành” → “CSV UTF-8 (phân tách bằng dấu "
                "phẩy)”; tệp Excel (.xlsx) không nhập trực tiếp được."
            )
        ) from error
    if not text.strip():
        raise ImportFileError(_("Tệp rỗng: không có dòng tiêu đề và dữ liệu nào."))
    return text


def detect_delimiter(text):
    """Comma or semicolon, from the header line: Excel in Vietnamese regional settings saves with semicolons."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if header.count(";") > header.count(",") else ","


def read_header(cells):
    """Maps each known column to its position; unknown columns are ignored."""
    positions = {}
    for index, cell in enumerate(cells):
        header = normalise_header(cell)
        for column, aliases in COLUMN_ALIASES.items():
            if header in aliases:
                if column in positions:
                    raise ImportFileError(
                        _("Cột “%(column)s” xuất hiện hai lần ở dòng tiêu đề.") % {"column": clean_text(cell)}
                    )
                positions[column] = index
    missing = [COLUMN_ALIASES[column][0] for column in REQUIRED_COLUMNS if column not in positions]
    if missing:
        raise ImportFileError(
            _(
                "Dòng tiêu đề thiếu cột: %(missing)s. Tệp cần các cột ma (hoặc code), ten (hoặc name), loai "
                "(hoặc kind); cột ten_en (hoặc name_en) cho tên tiếng Anh là tùy chọn."
            )
            % {"missing": ", ".join(missing)}
        )
    return positions


def parse_csv(data):
    """Reads and checks every row of the file; raises ImportFileError when the file as a whole is unusable."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    parsed = ParsedFile()
    try:
        header = next((cells for cells in reader if any(cell.strip() for cell in cells)), None)
        if header is None:
            raise ImportFileError(_("Tệp rỗng: không có dòng tiêu đề và dữ liệu nào."))
        positions = read_header(header)
        first_line_of_code = {}
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            line = reader.line_num
            values = {
                column: clean_text(cells[index]) if index < len(cells) else "" for column, index in positions.items()
            }
            row, errors = check_row(line, values)
            code = values["code"]
            if code in first_line_of_code:
                errors.append(
                    RowError(
                        line,
                        _("mã “%(code)s” trùng với dòng %(first)d trong tệp")
                        % {"code": code, "first": first_line_of_code[code]},
                    )
                )
                row = None
            elif code:
                first_line_of_code[code] = line
            if errors:
                parsed.errors.extend(errors)
            else:
                parsed.rows.append(row)
    except csv.Error as error:
        raise ImportFileError(
            _("Không đọc được tệp CSV ở dòng %(line)d: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    if not parsed.rows and not parsed.errors:
        raise ImportFileError(_("Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào."))
    return parsed


def check_row(line, values):
    """A LocalityRow when the row's own values are valid (None otherwise), and the row's errors."""
    errors = []
    code = values["code"]
    name = strip_kind_prefix(values["name"])
    kind_value = values["kind"]
    name_en = values.get("name_en", "")

    if not code:
        errors.append(_("thiếu mã đơn vị hành chính"))
    elif len(code) > CODE_MAX_LENGTH:
        errors.append(_("mã “%(code)s” dài quá %(limit)d ký tự") % {"code": code, "limit": CODE_MAX_LENGTH})
    if not name:
        errors.append(_("thiếu tên phường, xã"))
    elif len(name) > NAME_MAX_LENGTH:
        errors.append(_("tên dài quá %(limit)d ký tự") % {"limit": NAME_MAX_LENGTH})
    if len(name_en) > NAME_MAX_LENGTH:
        errors.append(_("tên tiếng Anh dài quá %(limit)d ký tự") % {"limit": NAME_MAX_LENGTH})
    kind = KIND_VALUES.get(kind_value.lower())
    if not kind_value:
        errors.append(_("thiếu loại — ghi Phường hoặc Xã"))
    elif kind is None:
        errors.append(_("loại “%(kind)s” không hợp lệ — chỉ nhận Phường hoặc Xã") % {"kind": kind_value})

    if errors:
        return None, [RowError(line, message) for message in errors]
    return LocalityRow(line=line, code=code, name=name, kind=kind, name_en=name_en), []


def english_locale():
    try:
        return Locale.objects.get_for_language(ENGLISH)
    except (Locale.DoesNotExist, LookupError):
        return None


def import_rows(parsed, user=None):
    """Creates or updates the Vietnamese locality of each row by its code, and its English translation."""
    result = ImportResult(errors=list(parsed.errors))
    default_locale = Locale.get_default()
    en_locale = english_locale()
    codes = [row.code for row in parsed.rows]
    with transaction.atomic():
        existing = {item.code: item for item in Locality.objects.filter(locale=default_locale, code__in=codes)}
        english_by_key, english_by_code = {}, {}
        if en_locale is not None:
            keys = [item.translation_key for item in existing.values()]
            for item in Locality.objects.filter(locale=en_locale, translation_key__in=keys):
                english_by_key[item.translation_key] = item
            for item in Locality.objects.filter(locale=en_locale, code__in=codes):
                english_by_code[item.code] = item

        for row in parsed.rows:
            error = _english_conflict(row, existing, english_by_code, en_locale)
            if error:
                result.errors.append(RowError(row.line, error))
                continue
            try:
                # A savepoint per row: a row that fails in the database leaves nothing of itself behind.
                with transaction.atomic():
                    outcome, translation_saved = _save_row(
                        row, existing.get(row.code), english_by_key, en_locale, default_locale, user
                    )
            except IntegrityError:
                # Another editor saved the same code meanwhile, or the data breaks a constraint: skip the row.
                logger.warning("Locality import: line %d not saved", row.line, exc_info=True)
                result.errors.append(
                    RowError(row.line, _("không lưu được vì trùng với dữ liệu vừa có trên cổng; hãy nhập lại tệp"))
                )
                continue
            setattr(result, outcome, getattr(result, outcome) + 1)
            result.translations_saved += int(translation_saved)
    result.errors.sort(key=lambda error: error.line)
    logger.info(
        "Locality import by %s: %d created, %d updated, %d unchanged, %d rows with errors",
        user,
        result.created,
        result.updated,
        result.unchanged,
        len({error.line for error in result.errors}),
    )
    return result


def _english_conflict(row, existing, english_by_code, en_locale):
    if not row.name_en:
        return None
    if en_locale is None:
        return _("cổng chưa bật tiếng Anh nên không lưu được tên tiếng Anh")
    other = english_by_code.get(row.code)
    source = existing.get(row.code)
    if other and (source is None or other.translation_key != source.translation_key):
        return _("mã “%(code)s” đã thuộc về một địa bàn tiếng Anh khác (%(name)s)") % {
            "code": row.code,
            "name": other.name,
        }
    return None


def _save_row(row, locality, english_by_key, en_locale, default_locale, user):
    """Saves one row; returns its outcome ("created", "updated" or "unchanged") and whether English was saved."""
    if locality is None:
        locality = Locality(locale=default_locale, code=row.code, name=row.name, kind=row.kind)
        locality.save()
        log(locality, "wagtail.create", user=user)
        outcome = "created"
    elif _apply(locality, code=row.code, name=row.name, kind=row.kind):
        locality.save()
        log(locality, "wagtail.edit", user=user)
        outcome = "updated"
    else:
        outcome = "unchanged"

    if not row.name_en:
        return outcome, False
    translation = english_by_key.get(locality.translation_key)
    if translation is None:
        translation = Locality(
            locale=en_locale, translation_key=locality.translation_key, code=row.code, name=row.name_en, kind=row.kind
        )
        translation.save()
        log(translation, "wagtail.create", user=user)
    elif _apply(translation, code=row.code, name=row.name_en, kind=row.kind):
        translation.save()
        log(translation, "wagtail.edit", user=user)
    else:
        return outcome, False
    return ("updated" if outcome == "unchanged" else outcome), True


def _apply(instance, **values):
    """Sets the values that differ; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def import_localities(data, user=None):
    """Parses `data` (the file's bytes) and imports its valid rows. Raises ImportFileError for an unusable file."""
    return import_rows(parse_csv(data), user=user)


def sample_csv():
    """The template the admin offers for download, with a byte-order mark so Excel opens it as UTF-8."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(SAMPLE_ROWS)
    return "\ufeff" + buffer.getvalue()
