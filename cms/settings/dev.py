"""Developer machine: DEBUG on, a per-checkout secret key, e-mails printed to the console."""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = True


def _checkout_secret_key():
    # One random key per checkout, kept out of git, so sessions survive a restart of `make run`.
    key_file = BASE_DIR / ".secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _checkout_secret_key()
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
