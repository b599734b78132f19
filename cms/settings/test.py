"""Test runs: fast hashing, in-memory e-mail and files in a throw-away media folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backend", "AUTO_UPDATE": True},
    "database": {"BACKEND": "search.backend", "AUTO_UPDATE": False},
}
