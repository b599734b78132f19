"""Production settings refuse to start with an unsafe environment, and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys

import pytest

from django.conf import settings

GOOD_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "sovhtt.hanoi.gov.vn",
}


def run_with(env, *args):
    """Runs Python in a fresh process with only `env` (plus what Python itself needs) as the environment."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        # A throw-away SQLite file: nothing here may touch the developer's or CI's database.
        "DATABASE_URL": "sqlite:///:memory:",
        **env,
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def import_production(env):
    return run_with(env, "-c", "import cms.settings.production")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "sovhtt.hanoi.gov.vn"}, "SECRET_KEY must be set in the environment"),
        ({**GOOD_ENV, "SECRET_KEY": "ngan-qua"}, "SECRET_KEY must be set in the environment"),
        ({**GOOD_ENV, "DEBUG": "true"}, "DEBUG must not be on in production settings"),
        ({**GOOD_ENV, "DEBUG": "1"}, "DEBUG must not be on in production settings"),
        ({"SECRET_KEY": GOOD_ENV["SECRET_KEY"]}, "ALLOWED_HOSTS must be set in the environment"),
        ({**GOOD_ENV, "ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS must be set in the environment"),
    ],
    ids=["no-secret", "short-secret", "debug-true", "debug-1", "no-hosts", "blank-hosts"],
)
def test_production_refuses_to_start(env, message):
    result = import_production(env)

    assert result.returncode != 0
    assert "django.core.exceptions.ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_starts_with_a_complete_environment():
    result = import_production(GOOD_ENV)

    assert result.returncode == 0, result.stderr


def test_check_deploy_has_nothing_to_report():
    result = run_with(GOOD_ENV, "manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr
