"""Scheduled publishing happens by itself: a page approved for one minute ahead goes live once that minute has
passed, a page set to expire leaves the site, the loop that runs it survives database errors and stops cleanly
on SIGTERM or Ctrl-C, and `make run` never leaves it running after the dev server."""

import contextlib
import datetime
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.utils import timezone

from editorial.scheduler import Scheduler, run_pass
from sections.models import ArticlePage
from tests.factories import ArticlePageFactory

ONE_MINUTE = datetime.timedelta(minutes=1)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@pytest.fixture
def scheduler_log():
    """The scheduler's log lines (the test run disables pytest's own log capture)."""
    handler = ListHandler()
    logger = logging.getLogger("editorial.scheduler")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    yield handler.messages
    logger.setLevel(level)
    logger.removeHandler(handler)


def clock_at(moment):
    """Every `timezone.now()` — publish_scheduled's and Wagtail's publishing code's — answers `moment`."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def schedule_draft(portal, title, go_live_at):
    """A new article approved for publication at `go_live_at`, as the board's "publish at" approval leaves it."""
    page = ArticlePageFactory(parent=portal.news, title=title, live=False, first_published_at=None)
    page.go_live_at = go_live_at
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def schedule_expiry(portal, title, expire_at):
    page = ArticlePageFactory(parent=portal.news, title=title)
    page.expire_at = expire_at
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def h1(response):
    return BeautifulSoup(response.content, "html.parser").find("h1").get_text(strip=True)


class TestScheduledPublishing:
    def test_page_scheduled_one_minute_ahead_goes_live_once_the_minute_has_passed(self, client, portal):
        now = timezone.now()
        page = schedule_draft(portal, "Khai mạc Tuần phim Việt Nam", go_live_at=now + ONE_MINUTE)
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at == now + ONE_MINUTE

        with clock_at(now):
            too_early = run_pass()
        page.refresh_from_db()
        assert too_early.published == []
        assert not page.live
        assert client.get(page.url).status_code == 404

        with clock_at(now + datetime.timedelta(seconds=61)):
            on_time = run_pass()
        page.refresh_from_db()
        assert on_time.published == ["Khai mạc Tuần phim Việt Nam"]
        assert page.live
        assert page.first_published_at == now + datetime.timedelta(seconds=61)
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1(response) == "Khai mạc Tuần phim Việt Nam"

    def test_page_set_to_expire_leaves_the_site_once_its_time_has_passed(self, client, portal):
        now = timezone.now()
        page = schedule_expiry(portal, "Mời tham dự Hội sách mùa thu", expire_at=now + ONE_MINUTE)
        assert page.live
        assert client.get(page.url).status_code == 200

        with clock_at(now):
            too_early = run_pass()
        page.refresh_from_db()
        assert too_early.unpublished == []
        assert page.live

        with clock_at(now + datetime.timedelta(seconds=61)):
            on_time = run_pass()
        page.refresh_from_db()
        assert on_time.unpublished == ["Mời tham dự Hội sách mùa thu"]
        assert not page.live
        assert page.expired
        assert client.get(page.url).status_code == 404

    def test_each_pass_logs_what_it_published_and_unpublished(self, portal, scheduler_log):
        now = timezone.now()
        schedule_draft(portal, "Lễ hội áo dài", go_live_at=now + ONE_MINUTE)
        schedule_expiry(portal, "Thông báo tuyển sinh năng khiếu", expire_at=now + ONE_MINUTE)

        with clock_at(now + datetime.timedelta(seconds=61)):
            result = run_pass()

        assert result.published == ["Lễ hội áo dài"]
        assert result.unpublished == ["Thông báo tuyển sinh năng khiếu"]
        assert any("Đã xuất bản theo lịch" in line and "Lễ hội áo dài" in line for line in scheduler_log)
        assert any("ngừng xuất bản" in line and "Thông báo tuyển sinh năng khiếu" in line for line in scheduler_log)

    def test_a_pass_with_nothing_due_changes_nothing(self, portal, scheduler_log):
        page = schedule_draft(portal, "Đêm nhạc Trịnh", go_live_at=timezone.now() + datetime.timedelta(hours=2))

        result = run_pass()

        page.refresh_from_db()
        assert (result.published, result.unpublished) == ([], [])
        assert not page.live
        assert scheduler_log == []


@pytest.mark.django_db
class TestRunSchedulerCommand:
    def test_once_runs_a_single_pass_and_writes_the_heartbeat(self, portal, tmp_path):
        now = timezone.now()
        page = schedule_draft(portal, "Triển lãm ảnh Hà Nội xưa", go_live_at=now + ONE_MINUTE)
        heartbeat = tmp_path / "heartbeat"

        with clock_at(now + datetime.timedelta(seconds=61)):
            call_command("run_scheduler", "--once", "--heartbeat", str(heartbeat))

        page.refresh_from_db()
        assert page.live
        assert heartbeat.exists()

    def test_once_fails_loudly_on_a_database_error_and_leaves_no_heartbeat(self, tmp_path, scheduler_log):
        heartbeat = tmp_path / "heartbeat"
        error = OperationalError("could not connect to server: Connection refused")

        with mock.patch("editorial.scheduler.run_pass", side_effect=error), pytest.raises(CommandError):
            call_command("run_scheduler", "--once", "--heartbeat", str(heartbeat))

        assert not heartbeat.exists()
        assert any("lỗi cơ sở dữ liệu" in line and "Connection refused" in line for line in scheduler_log)

    def test_loop_survives_a_database_error_and_publishes_on_the_next_pass(self, portal, scheduler_log):
        now = timezone.now()
        page = schedule_draft(portal, "Giải chạy Hà Nội mùa thu", go_live_at=now + ONE_MINUTE)
        passes = []

        def flaky_pass():
            passes.append(time.monotonic())
            if len(passes) == 1:
                raise OperationalError("server closed the connection unexpectedly")
            scheduler.request_stop()
            return run_pass()

        scheduler = Scheduler(interval=0.05, pass_function=flaky_pass)
        with clock_at(now + datetime.timedelta(seconds=61)):
            scheduler.run()

        page.refresh_from_db()
        assert len(passes) == 2
        assert passes[1] - passes[0] >= 0.05  # it waited an interval before retrying
        assert page.live
        assert any("server closed the connection unexpectedly" in line for line in scheduler_log)
        assert any("Giải chạy Hà Nội mùa thu" in line for line in scheduler_log)

    @pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
    def test_a_signal_while_waiting_stops_the_command_at_once(self, signum, scheduler_log):
        previous = signal.getsignal(signum)
        timer = threading.Timer(0.5, os.kill, (os.getpid(), signum))
        started = time.monotonic()
        timer.start()
        try:
            call_command("run_scheduler", "--interval", "60")
        finally:
            timer.cancel()

        assert time.monotonic() - started < 10
        assert scheduler_log[-1] == "Lịch xuất bản: đã dừng."
        assert signal.getsignal(signum) is previous

    def test_a_signal_during_a_pass_lets_the_pass_finish_then_stops(self):
        finished = []

        def interrupted_pass():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)  # the handler has run by now; the pass must still complete
            finished.append(True)

        started = time.monotonic()
        Scheduler(interval=60, pass_function=interrupted_pass).run()

        assert finished == [True]
        assert time.monotonic() - started < 10


def test_a_broken_connection_is_replaced_between_passes_unless_it_holds_a_transaction():
    broken = mock.Mock(in_atomic_block=False)
    in_transaction = mock.Mock(in_atomic_block=True)

    with mock.patch("editorial.scheduler.connections.all", return_value=[broken, in_transaction]):
        Scheduler(pass_function=mock.Mock(), daily_tasks=[]).run_once()

    assert broken.close_if_unusable_or_obsolete.call_count == 2  # before and after the pass
    in_transaction.close_if_unusable_or_obsolete.assert_not_called()


# `make run`: the scheduler starts beside the dev server and never outlives it. The recipe is run as written,
# with stand-ins for manage.py's two commands so that only its process handling is under test.
FAKE_MANAGE = """
import os, sys, time
command = sys.argv[1]
with open(os.path.join(os.environ["PIDS"], command), "w") as pid_file:
    pid_file.write(str(os.getpid()))
if command == "runserver" and os.environ.get("SERVER_FAILS"):
    while not os.path.exists(os.path.join(os.environ["PIDS"], "run_scheduler")):
        time.sleep(0.05)
    sys.exit(1)
time.sleep(60)
"""


def _default_interrupt_handling():
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)


def start_make_run(tmp_path, **env):
    fake_manage = tmp_path / "manage.py"
    fake_manage.write_text(FAKE_MANAGE)
    root = Path(__file__).resolve().parents[2]
    command = ["make", "-s", "-C", str(root), "-o", "translations", "-o", "seed", "run"]
    return subprocess.Popen(  # noqa: S603 - fixed arguments
        [*command, f"MANAGE={sys.executable} {fake_manage}"],
        env={**os.environ, "PIDS": str(tmp_path), **env},
        start_new_session=True,  # its own process group, as a terminal's foreground job is
        # A terminal's foreground job takes Ctrl-C; a test run started in the background (`pytest &`) ignores
        # SIGINT and would pass that on to make and its children.
        preexec_fn=_default_interrupt_handling,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop_group(make):
    """Whatever a failed test left running in make's process group goes too."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(make.pid, signal.SIGKILL)
    make.wait(timeout=20)


def wait_for(condition, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; only its parent has not collected it yet.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(") ")[1][0] != "Z"


needs_make = pytest.mark.skipif(
    shutil.which("make") is None or not Path("/proc").is_dir(), reason="needs make and /proc"
)


@needs_make
def test_make_run_ctrl_c_stops_the_server_and_the_scheduler(tmp_path):
    make = start_make_run(tmp_path)
    try:
        assert wait_for(lambda: (tmp_path / "run_scheduler").exists() and (tmp_path / "runserver").exists())
        pids = [int((tmp_path / name).read_text()) for name in ("run_scheduler", "runserver")]
        assert all(running(pid) for pid in pids)

        os.killpg(make.pid, signal.SIGINT)  # what Ctrl-C does: SIGINT to the whole foreground group

        make.wait(timeout=20)
        assert wait_for(lambda: not any(running(pid) for pid in pids))
    finally:
        stop_group(make)


@needs_make
def test_make_run_stops_the_scheduler_when_the_server_cannot_start(tmp_path):
    make = start_make_run(tmp_path, SERVER_FAILS="1")
    try:
        assert make.wait(timeout=20) != 0
        scheduler = int((tmp_path / "run_scheduler").read_text())
        assert wait_for(lambda: not running(scheduler))
    finally:
        stop_group(make)


@pytest.mark.django_db
def test_daily_tasks_run_on_the_first_pass_then_once_a_day():
    now = [1000.0]
    task = mock.Mock()
    scheduler = Scheduler(pass_function=mock.Mock(), daily_tasks=[task], clock=lambda: now[0])

    scheduler.run_once()
    now[0] += 23 * 60 * 60
    scheduler.run_once()
    assert task.call_count == 1

    now[0] += 60 * 60
    scheduler.run_once()
    assert task.call_count == 2


@pytest.mark.django_db
def test_a_daily_task_that_meets_a_database_error_is_tried_again_at_the_next_pass(caplog):
    task = mock.Mock(side_effect=[OperationalError("server closed the connection unexpectedly"), None])
    scheduler = Scheduler(pass_function=mock.Mock(), daily_tasks=[task])

    assert scheduler.run_once()
    scheduler.run_once()

    assert task.call_count == 2
    assert "Việc hằng ngày: lỗi cơ sở dữ liệu, sẽ thử lại: server closed the connection unexpectedly" in caplog.text
