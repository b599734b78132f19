"""Scheduled publishing: one pass of Wagtail's `publish_scheduled`, and the loop that repeats it until stopped.

Wagtail only stores the schedule (a revision's `approved_go_live_at`, an object's `expire_at`); nothing happens
at that time unless something runs `publish_scheduled`. `manage.py run_scheduler` does, in `make run` and in the
Docker image's `scheduler` mode. Once a day it also runs the housekeeping tasks named in SCHEDULER_DAILY_TASKS."""

import io
import logging
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connections
from django.db.models import Max
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from wagtail.models import ModelLogEntry, PageLogEntry

logger = logging.getLogger(__name__)

PUBLISHED_ACTION = "wagtail.publish.scheduled"
UNPUBLISHED_ACTION = "wagtail.unpublish.scheduled"
DAY_SECONDS = 24 * 60 * 60
# Pages log to PageLogEntry, snippets and other draft-state models to ModelLogEntry.
LOG_ENTRY_MODELS = (PageLogEntry, ModelLogEntry)


@dataclass
class PassResult:
    """What one pass changed, as the titles Wagtail's audit log recorded for it."""

    published: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)


def _log_watermarks():
    return {model: model.objects.aggregate(last=Max("pk"))["last"] or 0 for model in LOG_ENTRY_MODELS}


def run_pass():
    """Publishes every revision whose approved time has come and unpublishes everything past its expiry.

    What happened is read back from the audit log entries `publish_scheduled` writes, so the report is exactly
    what Wagtail did, pages and snippets alike."""
    watermarks = _log_watermarks()
    # publish_scheduled prints nothing outside --dryrun; the buffer keeps a future chatty version off our output.
    call_command("publish_scheduled", stdout=io.StringIO())
    result = PassResult()
    for model, watermark in watermarks.items():
        entries = model.objects.filter(pk__gt=watermark, action__in=[PUBLISHED_ACTION, UNPUBLISHED_ACTION])
        for entry in entries.order_by("pk"):
            description = f"“{entry.label}” ({entry.object_verbose_name} #{entry.object_id})"
            if entry.action == PUBLISHED_ACTION:
                result.published.append(entry.label)
                logger.info(_("Đã xuất bản theo lịch: %s"), description)
            else:
                result.unpublished.append(entry.label)
                logger.info(_("Đã hết hạn, ngừng xuất bản: %s"), description)
    return result


def release_stale_connections():
    """What Django does around every request, for a process that has no requests: a connection broken by an
    error or older than CONN_MAX_AGE is closed, and the next pass opens a fresh one.

    A connection inside a transaction (a caller's atomic block, a test) is left alone: closing it would abort
    that transaction."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


class _StopRequested(Exception):
    """Raised by the signal handler to cut a wait short; never escapes Scheduler.run."""


class Scheduler:
    """Runs `run_pass` every `interval` seconds until SIGTERM or SIGINT.

    A signal that arrives during a pass lets the pass finish (a half-done publication is worse than a late
    stop); one that arrives while waiting ends the wait at once, so `docker stop` never has to kill us."""

    def __init__(self, interval=30, heartbeat=None, pass_function=None, daily_tasks=None, clock=time.monotonic):
        self.interval = interval
        self.heartbeat = Path(heartbeat) if heartbeat else None
        self._pass_function = pass_function
        self._daily_tasks = daily_tasks
        self._clock = clock
        self._daily_done_at = None
        self._stop_requested = False
        self._waiting = False

    def run_daily_tasks(self):
        """The tasks of SCHEDULER_DAILY_TASKS, on the first pass and then once every 24 hours; one that fails is
        logged and tried again at the next pass."""
        now = self._clock()
        if self._daily_done_at is not None and now - self._daily_done_at < DAY_SECONDS:
            return
        tasks = self._daily_tasks
        if tasks is None:
            tasks = [import_string(path) for path in getattr(settings, "SCHEDULER_DAILY_TASKS", [])]
        try:
            for task in tasks:
                task()
        except DatabaseError as error:
            logger.error(_("Việc hằng ngày: lỗi cơ sở dữ liệu, sẽ thử lại: %s"), " ".join(str(error).split()))
            return
        self._daily_done_at = now

    def request_stop(self, signum=None, frame=None):
        self._stop_requested = True
        if self._waiting:
            raise _StopRequested

    def run_once(self):
        """One pass; a database error is logged and reported as False instead of raised."""
        release_stale_connections()
        try:
            (self._pass_function or run_pass)()
        except DatabaseError as error:
            logger.error(_("Lịch xuất bản: lượt này lỗi cơ sở dữ liệu: %s"), " ".join(str(error).split()))
            return False
        else:
            self.run_daily_tasks()
        finally:
            release_stale_connections()
        if self.heartbeat:
            self.heartbeat.touch()
        return True

    def run(self):
        previous = {sig: signal.signal(sig, self.request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        logger.info(_("Lịch xuất bản: bắt đầu, kiểm tra mỗi %s giây."), self.interval)
        try:
            while True:
                if not self.run_once():
                    logger.info(_("Lịch xuất bản: thử lại sau %s giây."), self.interval)
                # Set before the check, so a signal in between either is seen by the check or raises in the wait.
                self._waiting = True
                if self._stop_requested:
                    break
                time.sleep(self.interval)
                self._waiting = False
        except _StopRequested:
            pass
        finally:
            self._waiting = False
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        logger.info(_("Lịch xuất bản: đã dừng."))
