"""Activity reports of the portal (báo cáo hoạt động tháng, quý, năm): a registry of figures and the figures.

A figure is one table of the report: a label ("Tin, bài đăng theo chuyên mục") and a query function that takes
a `Period` and returns a list of `(label, count)` rows. Each query function runs exactly one aggregate query
(`values().annotate(Count())`, a conditional `aggregate()`, or one query with correlated count subqueries), so a
report costs one query per figure however much content the portal holds. Never count rows in Python.

"Published in the period" means first published (`first_published_at`) within the period, in the portal's time
zone (Asia/Ho_Chi_Minh): a page first published in March and taken down in April still counts for March.

Adding figures for a new content type (documents, Q&A) is one function and one call, made when Django starts,
e.g. in the app's `AppConfig.ready()` or at the end of its `wagtail_hooks.py`::

    from django.db.models import Count, Q
    from django.utils.translation import gettext_lazy as _

    from editorial.reports import register_figure


    def documents_by_type(period):
        published = LegalDocument.objects.filter(period.within("first_published_at"))
        counts = published.aggregate(
            **{value: Count("pk", filter=Q(document_type=value)) for value in LegalDocument.Type.values}
        )
        return [(label, counts[value]) for value, label in LegalDocument.Type.choices]


    register_figure("documents_by_type", _("Văn bản đăng theo loại"), documents_by_type, category_label=_("Loại"))

`period.within(field)` filters a date-time field and `period.dates_within(field)` a date field; the report page,
the XLSX and the CSV downloads pick the new figure up in registration order, with nothing else to change.
"""

import csv
import io
import zoneinfo
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from django.conf import settings
from django.db.models import Count, Exists, F, Func, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Substr, TruncDate
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language_info, gettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from editorial.models import Assignment, TakeDown
from sections.models import ArticlePage, SectionPage
from sections.taxonomy import ContributingUnit

# Vietnamese numbers quarters in Roman numerals ("Quý IV/2025"); English writes "Q4 2025".
QUARTER_NUMERALS = {
    1: pgettext_lazy("số thứ tự của quý", "I"),
    2: pgettext_lazy("số thứ tự của quý", "II"),
    3: pgettext_lazy("số thứ tự của quý", "III"),
    4: pgettext_lazy("số thứ tự của quý", "IV"),
}


def month_label(month, year):
    """ "Tháng 11/2025" in Vietnamese, "November 2025" in English: the date format itself is translated."""
    return date_format(date(year, month, 1), pgettext("định dạng tên một tháng", r"\T\h\á\n\g m/Y"))


def report_time_zone():
    """Reports follow the portal's own time zone, never the viewer's admin time zone preference."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Period:
    """A reporting period: a month, a quarter or a calendar year, from its first day to its last, inclusive."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    kind: str
    year: int
    # The month (1–12) or the quarter (1–4); unused for a year.
    number: int = 1

    @classmethod
    def last_complete_month(cls, today=None):
        today = today or timezone.localdate(timezone=report_time_zone())
        last_month = today.replace(day=1) - timedelta(days=1)
        return cls(cls.MONTH, last_month.year, last_month.month)

    @property
    def first_day(self):
        if self.kind == self.MONTH:
            return date(self.year, self.number, 1)
        if self.kind == self.QUARTER:
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, 1, 1)

    @property
    def last_day(self):
        if self.kind == self.MONTH:
            return date(self.year, self.number, monthrange(self.year, self.number)[1])
        if self.kind == self.QUARTER:
            return date(self.year, 3 * self.number, monthrange(self.year, 3 * self.number)[1])
        return date(self.year, 12, 31)

    @property
    def start(self):
        return datetime.combine(self.first_day, time.min, tzinfo=report_time_zone())

    @property
    def end(self):
        """The first instant after the period (exclusive bound), so the last second of the last day counts."""
        return datetime.combine(self.last_day + timedelta(days=1), time.min, tzinfo=report_time_zone())

    def within(self, field_name):
        """A filter for a date-time field falling within the period."""
        return Q(**{f"{field_name}__gte": self.start, f"{field_name}__lt": self.end})

    def dates_within(self, field_name):
        """A filter for a date field falling within the period."""
        return Q(**{f"{field_name}__gte": self.first_day, f"{field_name}__lte": self.last_day})

    @property
    def label(self):
        if self.kind == self.MONTH:
            return month_label(self.number, self.year)
        if self.kind == self.QUARTER:
            return gettext("Quý %(quarter)s/%(year)d") % {"quarter": QUARTER_NUMERALS[self.number], "year": self.year}
        return gettext("Năm %(year)d") % {"year": self.year}

    @property
    def dates_label(self):
        return gettext("Từ ngày %(first)s đến ngày %(last)s") % {
            "first": self.first_day.strftime("%d/%m/%Y"),
            "last": self.last_day.strftime("%d/%m/%Y"),
        }

    @property
    def slug(self):
        """For download file names: 2025-03, 2025-q1, 2025."""
        if self.kind == self.MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind == self.QUARTER:
            return f"{self.year}-q{self.number}"
        return str(self.year)


# The registry.


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    query: Callable
    category_label: str
    description: str = ""


@dataclass
class FigureResult:
    figure: Figure
    rows: list

    @property
    def total(self):
        return sum(count for _label, count in self.rows)


@dataclass
class ActivityReport:
    period: Period
    results: list


_figures = {}


def register_figure(key, label, query_function, *, category_label=None, description=""):
    """Add a figure to every activity report: `query_function(period)` returns `[(label, count), …]` from one
    aggregate query. `category_label` heads the label column ("Chuyên mục"); `description` says what is counted."""
    if key in _figures:
        raise ValueError(f"An activity report figure is already registered as {key!r}.")
    _figures[key] = Figure(key, label, query_function, category_label or _("Mục"), description)


def registered_figures():
    return list(_figures.values())


def build_report(period):
    return ActivityReport(period, [FigureResult(figure, list(figure.query(period))) for figure in _figures.values()])


# Query building blocks.


def _count(queryset):
    """A correlated subquery counting `queryset`'s rows: one count per row of the outer query, in the same query."""
    # COUNT as a plain function, not Count(): Django would group an aggregate subquery by its own columns and
    # return one row per group instead of one number.
    counted = queryset.order_by().annotate(count=Func(F("pk"), function="COUNT")).values("count")
    return Subquery(counted, output_field=IntegerField())


def _source_language():
    # Compared through the locale join, so finding the default locale costs no query of its own.
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _source_or_untranslated(model):
    """Rows in the default language, plus rows of other languages that have no default-language counterpart:
    one row per translation group, labelled in Vietnamese wherever Vietnamese exists."""
    source = _source_language()
    counterpart = model.objects.filter(translation_key=OuterRef("translation_key"), locale__language_code=source)
    return Q(locale__language_code=source) | ~Exists(counterpart)


def published_articles(period):
    """Articles first published within the period, in every language; aliases are copies, not publications."""
    return ArticlePage.objects.filter(period.within("first_published_at"), alias_of__isnull=True)


def _top_level_sections():
    """Sections whose parent is not a section (the eight chuyên mục of the portal, in tree order)."""
    parent_section = SectionPage.objects.filter(
        path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)
    )
    return SectionPage.objects.filter(_source_or_untranslated(SectionPage), ~Exists(parent_section))


def _articles_per_top_level_section(articles):
    # An article belongs to the top-level section S when its path starts with the path of S or of one of S's
    # translations, so sub-section articles and English articles both count under S.
    in_section = SectionPage.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")),
        path=Substr(OuterRef("path"), 1, Length("path")),
    )
    sections = _top_level_sections().annotate(count=_count(articles.filter(Exists(in_section))))
    return list(sections.order_by("path").values_list("title", "count"))


# Figures of articles (tin, bài), translations, the editorial plan and the take-down register.


def articles_by_section(period):
    return _articles_per_top_level_section(published_articles(period))


def articles_by_format(period):
    counts = published_articles(period).aggregate(
        **{value: Count("pk", filter=Q(format=value)) for value in ArticlePage.Format.values}
    )
    return [(label, counts[value]) for value, label in ArticlePage.Format.choices]


def articles_by_unit(period):
    articles = published_articles(period)
    units = (
        ContributingUnit.objects.filter(_source_or_untranslated(ContributingUnit))
        .order_by()
        .values(
            unassigned=Value(0),
            position=F("sort_order"),
            label=F("name"),
            count=_count(articles.filter(unit__translation_key=OuterRef("translation_key"))),
        )
    )
    unassigned = (
        articles.filter(unit__isnull=True)
        .order_by()
        .values(
            unassigned=Value(1),
            position=Value(0),
            label=Value(gettext("Không ghi đơn vị")),
            count=Func(F("pk"), function="COUNT"),
        )
    )
    # One statement (UNION ALL): every unit, even one that sent nothing, then the articles that name no unit.
    rows = units.union(unassigned, all=True).order_by("unassigned", "position", "label")
    return [(row["label"], row["count"]) for row in rows]


# Django names Vietnamese "Tiếng Việt Nam" and the settings name English in English: a report says it plainly.
LANGUAGE_NAMES = {"vi": _("Tiếng Việt"), "en": _("Tiếng Anh")}


def articles_by_language(period):
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    counts = published_articles(period).aggregate(
        **{code: Count("pk", filter=Q(locale__language_code=code)) for code in languages}
    )
    return [
        (LANGUAGE_NAMES.get(code) or get_language_info(code)["name_translated"], counts[code]) for code in languages
    ]


def translations_by_section(period):
    translations = published_articles(period).exclude(locale__language_code=_source_language())
    return _articles_per_top_level_section(translations)


def assignments_by_deadline(period):
    today = timezone.localdate(timezone=report_time_zone())
    due = Assignment.objects.filter(period.dates_within("due_date")).annotate(
        published_on=TruncDate("published_at", tzinfo=report_time_zone())
    )
    counts = due.aggregate(
        on_time=Count("pk", filter=Q(published_on__lte=F("due_date"))),
        late=Count("pk", filter=Q(published_on__gt=F("due_date")) | Q(published_at__isnull=True, due_date__lt=today)),
        pending=Count("pk", filter=Q(published_at__isnull=True, due_date__gte=today)),
    )
    return [
        (_("Đăng đúng hạn"), counts["on_time"]),
        (_("Trễ hạn (đăng sau hạn hoặc quá hạn chưa đăng)"), counts["late"]),
        (_("Chưa đến hạn, chưa đăng"), counts["pending"]),
    ]


def take_downs_by_reason(period):
    counts = TakeDown.objects.filter(period.within("taken_down_at")).aggregate(
        **{value: Count("pk", filter=Q(reason=value)) for value in TakeDown.Reason.values}
    )
    return [(label, counts[value]) for value, label in TakeDown.Reason.choices]


register_figure(
    "articles_by_section",
    _("Tin, bài đăng theo chuyên mục"),
    articles_by_section,
    category_label=pgettext_lazy("một chuyên mục", "Chuyên mục"),
    description=_("Cả tiếng Việt và tiếng Anh; bài trong chuyên mục con tính vào chuyên mục cấp trên."),
)
register_figure(
    "articles_by_format",
    _("Tin, bài đăng theo thể loại"),
    articles_by_format,
    category_label=_("Thể loại"),
    description=_("Cả tiếng Việt và tiếng Anh."),
)
register_figure(
    "articles_by_unit",
    _("Tin, bài đăng theo đơn vị cung cấp tin"),
    articles_by_unit,
    category_label=_("Đơn vị"),
    description=_("Cả tiếng Việt và tiếng Anh; bản dịch tính cho đơn vị của bài gốc."),
)
register_figure(
    "articles_by_language",
    _("Tin, bài đăng theo ngôn ngữ"),
    articles_by_language,
    category_label=_("Ngôn ngữ"),
)
register_figure(
    "translations_by_section",
    _("Bản dịch tiếng Anh đăng trong kỳ"),
    translations_by_section,
    category_label=pgettext_lazy("một chuyên mục", "Chuyên mục"),
    description=_("Bài tiếng Anh đăng lần đầu trong kỳ, theo chuyên mục của bài gốc."),
)
register_figure(
    "assignments_by_deadline",
    _("Đề tài trong kế hoạch đến hạn trong kỳ"),
    assignments_by_deadline,
    category_label=_("Tiến độ"),
    description=_("Đúng hạn: đăng chậm nhất trong ngày hạn hoàn thành."),
)
register_figure(
    "take_downs_by_reason",
    _("Tin, bài gỡ bỏ theo lý do"),
    take_downs_by_reason,
    category_label=_("Lý do gỡ"),
)


# Downloads.


def _title(report):
    return gettext("Báo cáo hoạt động Cổng thông tin điện tử — %(period)s") % {"period": report.period.label}


def _generated_label():
    now = timezone.localtime(timezone=report_time_zone())
    return gettext("Lập lúc %(moment)s") % {"moment": date_format(now, "d/m/Y H:i")}


def report_xlsx(report):
    """One sheet: a title row with the period, then each figure as a titled table with a total row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = gettext("Báo cáo")
    bold = Font(bold=True)
    sheet.append([_title(report)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"{report.period.dates_label} ({gettext('giờ Việt Nam')}). {_generated_label()}."])
    for result in report.results:
        sheet.append([])
        sheet.append([str(result.figure.label)])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=12)
        if result.figure.description:
            sheet.append([str(result.figure.description)])
            sheet.cell(sheet.max_row, 1).font = Font(italic=True)
        sheet.append([str(result.figure.category_label), gettext("Số lượng")])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for label, count in result.rows:
            sheet.append([str(label), count])
        sheet.append([gettext("Tổng cộng"), result.total])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 14
    for (cell,) in sheet.iter_rows(min_col=2, max_col=2):
        cell.alignment = Alignment(horizontal="right")
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def report_csv(report):
    """UTF-8 with a byte order mark, which is how Excel recognises Vietnamese text in a CSV file."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output)
    writer.writerow([gettext("Chỉ tiêu"), gettext("Mục"), gettext("Số lượng")])
    for result in report.results:
        for label, count in result.rows:
            writer.writerow([str(result.figure.label), str(label), count])
    return output.getvalue().encode("utf-8")
