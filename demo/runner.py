"""The seed's moving parts: the state the steps share and the loop that runs them in order."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from wagtail.models import Locale


@dataclass(frozen=True)
class Step:
    """One stage of the seed. `run(context)` must be idempotent: it looks things up by stable keys."""

    label: str
    run: Callable[["SeedContext"], None]
    creates_accounts: bool = False  # only in dev settings or with --with-accounts


@dataclass
class SeedContext:
    """What the steps share: locales, output, and the objects earlier steps made, by their stable keys."""

    stdout: object
    style: object
    accounts_allowed: bool
    vi: Locale = None
    en: Locale = None
    user: object = None  # who the page revisions are attributed to; None is "the system"
    home: object = None
    sections: dict = field(default_factory=dict)  # slug path under the home page -> SectionPage
    about_pages: dict = field(default_factory=dict)  # slug -> AboutPage ("gioi-thieu" and its children)
    images: dict = field(default_factory=dict)  # picture key -> PortalImage
    documents: dict = field(default_factory=dict)  # document key -> Document
    clips: dict = field(default_factory=dict)  # clip key -> (video Document, captions Document)
    topics: dict = field(default_factory=dict)  # slug -> Topic (vi)
    localities: dict = field(default_factory=dict)  # key -> Locality (vi)
    units: dict = field(default_factory=dict)  # key -> ContributingUnit (vi)
    banners: dict = field(default_factory=dict)  # Vietnamese title -> Banner (vi)
    directors: dict = field(default_factory=dict)  # name -> Director (vi)
    articles: list = field(default_factory=list)  # (Article spec, ArticlePage) in creation order
    counts: dict = field(default_factory=dict)  # what each step created or updated, for the summary
    notes: list = field(default_factory=list)  # lines repeated at the very end (e.g. the demo log-ins)

    def __post_init__(self):
        self.vi = Locale.objects.get(language_code="vi")
        self.en = Locale.objects.get(language_code="en")

    def say(self, message):
        self.stdout.write(f"    {message}")

    def progress(self, label, done, total):
        """A one-line counter on a terminal ("Bài viết: 37/67"); every tenth item and the last one otherwise."""
        line = f"    {label}: {done}/{total}"
        if getattr(self.stdout, "isatty", lambda: False)():
            self.stdout.write(f"\r{line}", ending="\n" if done == total else "")
            self.stdout.flush()
        elif done == total or done % 10 == 0:
            self.stdout.write(line)

    def count(self, what, created):
        """Tally one object: `created` True for new, False for updated, None for unchanged."""
        key = {True: _("mới"), False: _("cập nhật"), None: _("giữ nguyên")}[created]
        self.counts.setdefault(what, {}).setdefault(key, 0)
        self.counts[what][key] += 1


def run_steps(steps, context):
    started = time.monotonic()
    total = len(steps)
    for number, step in enumerate(steps, start=1):
        context.stdout.write(context.style.MIGRATE_HEADING(f"[{number}/{total}] {step.label}"))
        if step.creates_accounts and not context.accounts_allowed:
            context.say(
                context.style.WARNING(
                    _("Bỏ qua: chỉ tạo tài khoản mẫu khi DEBUG bật hoặc khi chạy với --with-accounts.")
                )
            )
            continue
        step_started = time.monotonic()
        step.run(context)
        context.say(_("xong sau %(seconds).1f giây") % {"seconds": time.monotonic() - step_started})
    for what, tally in context.counts.items():
        summary = ", ".join(f"{count} {state}" for state, count in tally.items())
        context.stdout.write(f"  {what}: {summary}")
    for note in context.notes:
        context.stdout.write(note)
    elapsed = time.monotonic() - started
    context.stdout.write(
        context.style.SUCCESS(_("Cổng thông tin mẫu đã sẵn sàng (%(seconds).1f giây).") % {"seconds": elapsed})
    )
