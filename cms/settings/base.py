"""Settings shared by every environment. Production-safe: DEBUG off, secrets only from the environment."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps come first so their templates override Wagtail's (404/500, admin dashboard panels).
    "cms",
    "home",
    "sections",
    "about",
    "search",
    "editorial",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's "3 minutes ago" comes from humanize; without the app its Vietnamese catalogue is never loaded.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware sits after sessions (it may read the language from them) and before
    # CommonMiddleware, so APPEND_SLASH redirects keep the /vi/ or /en/ prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Vietnamese is the source language of content and of the interface.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Vietnamese is not in Wagtail's default list of admin languages; editors work in it.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# Our own catalogues first; then Vietnamese for the Wagtail and Django admin strings editors meet every day,
# which upstream leaves mostly untranslated (kept apart so `makemessages` never marks them obsolete).
LOCALE_PATHS = [BASE_DIR / "locale", PROJECT_DIR / "admin_locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Caches: Redis when REDIS_URL is set (shared by every app server), local memory otherwise.
# Renditions get their own alias so that image URLs are looked up without a query once warm.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "renditions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "renditions",
            "TIMEOUT": 60 * 60 * 24,
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "TIMEOUT": 60 * 60 * 24,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Cổng thông tin điện tử Sở Văn hóa và Thể thao Hà Nội"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong-ttdt@example.gov.vn")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "sections.PortalImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "sections.forms.PortalImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # 10 MB
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # 40 megapixels
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx", "zip", "mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024  # video clips are large
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Restricted pages ask for a password or a login inside the portal's own layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "restricted/password_required.html"  # noqa: S105 - a template path
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "restricted/login.html"
# Translating a live Vietnamese page must not publish its English copy before the board has approved it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Search (README "Search on Elasticsearch"). Without ELASTICSEARCH_URL: Wagtail's database backend set up for
# Vietnamese (search/backend.py); "database" is the same index under the name the search page falls back to, which
# the default already keeps up to date. With it: Elasticsearch answers, and the database backend, kept up to date
# alongside, answers whenever the cluster fails (search/resilience.py).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# 8 or 9: the major version of the cluster (Wagtail's backend classes for it).
ELASTICSEARCH_VERSION = int(os.environ.get("ELASTICSEARCH_VERSION", "8"))
if ELASTICSEARCH_VERSION not in (8, 9):
    raise ValueError(f"ELASTICSEARCH_VERSION must be 8 or 9, not {ELASTICSEARCH_VERSION}.")
# Prefix of the index names ("<prefix>wagtailcore_page", …), so that several sites can share a cluster.
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "cong_ttdt_")
# Seconds a search may take before the database answers instead (no retries); indexing may take longer.
ELASTICSEARCH_SEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_SEARCH_TIMEOUT", "2"))
ELASTICSEARCH_INDEX_TIMEOUT = float(os.environ.get("ELASTICSEARCH_INDEX_TIMEOUT", "30"))
# After a failure the cluster is left alone this long; /healthz checks it at most this often (0: only searches do).
ELASTICSEARCH_CIRCUIT_SECONDS = int(os.environ.get("ELASTICSEARCH_CIRCUIT_SECONDS", "60"))
ELASTICSEARCH_HEALTH_CHECK_SECONDS = int(os.environ.get("ELASTICSEARCH_HEALTH_CHECK_SECONDS", "30"))
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backend"}
if ELASTICSEARCH_URL:
    ELASTICSEARCH_SEARCH_BACKEND = {
        "BACKEND": f"search.elasticsearch.VietnameseElasticsearch{ELASTICSEARCH_VERSION}Backend",
        # Several nodes: comma-separated; credentials in each URL (https://user:password@host:9200).
        "URLS": env_list("ELASTICSEARCH_URL"),
        "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
        "SEARCH_TIMEOUT": ELASTICSEARCH_SEARCH_TIMEOUT,
        "TIMEOUT": ELASTICSEARCH_INDEX_TIMEOUT,
        # update_index builds a new index and switches an alias to it: searches go on during a rebuild.
        "ATOMIC_REBUILD": True,
        "AUTO_UPDATE": True,
    }
    WAGTAILSEARCH_BACKENDS = {
        "default": ELASTICSEARCH_SEARCH_BACKEND,
        "database": {**DATABASE_SEARCH_BACKEND, "AUTO_UPDATE": True},
    }
else:
    ELASTICSEARCH_SEARCH_BACKEND = None
    WAGTAILSEARCH_BACKENDS = {
        "default": DATABASE_SEARCH_BACKEND,
        "database": {**DATABASE_SEARCH_BACKEND, "AUTO_UPDATE": False},
    }

# Search statistics (search/housekeeping.py, daily from the scheduler): days of daily hits per query kept for the
# admin's popular searches report (the suggestions on a page without results read the last 30), and days a query
# that found nothing stays in its report without being searched again.
WAGTAILSEARCH_HITS_MAX_AGE = 90
NO_RESULT_MAX_AGE_DAYS = 90
# Called once a day by `manage.py run_scheduler`, besides scheduled publishing every pass.
SCHEDULER_DAILY_TASKS = ["search.housekeeping.prune_search_statistics"]

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# Security headers that hold in every environment; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Every index and reference update is a task; their start/finish lines drown real messages.
        "django_tasks": {"level": "WARNING"},
        # The Elasticsearch client logs every request, and a failure twice; search.resilience logs one warning
        # with the reason.
        "elastic_transport": {"level": "ERROR"},
    },
}
