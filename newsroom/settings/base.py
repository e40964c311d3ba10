"""Settings shared by every environment. Secrets and databases come from the environment."""

import os
from pathlib import Path
from typing import Any

import dj_database_url

from core import limits, media_storage

from . import cache_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "taggit",
    "reversion",
    "django_countries",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    # Login lockout after repeated wrong passwords (settings/security.py, newsroom/security.py).
    "axes",
    "csp",
    # CORS for the read-only API only (CORS_* below).
    "corsheaders",
    # The newsroom's own apps, lowest first: each imports only from those above it here.
    "companies",
    "deals",
    "intelligence",
    "images",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response (settings/security.py).
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Access-Control-Allow-Origin on /api/ answers only (CORS_URLS_REGEX).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Reader pages read from a replica (when DATABASE_REPLICA_URLS is set; otherwise it
    # removes itself). Looks at cookies only, never at the session.
    "newsroom.middleware.ReplicaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Sets ETag and answers If-None-Match/If-Modified-Since with 304, so a CDN
    # in front of the app can revalidate cheaply.
    "django.middleware.http.ConditionalGetMiddleware",
    # A 404 at the old address of a merged or renamed company, author or topic: a 301.
    "articles.redirects.SlugRedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
    {
        # The readers' pages (newsroom/jinja2.py says why); found after Django's templates.
        "BACKEND": "newsroom.jinja2.NewsroomJinja2",
        "DIRS": [BASE_DIR / "reader_templates"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "newsroom.jinja2.environment"},
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers writing one SQLite file: WAL lets readers go on while one writes;
    # IMMEDIATE takes the write lock when a transaction starts, so two writers queue
    # instead of one failing half-way with "database is locked"; and a writer waits up to
    # the timeout for the lock rather than failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": int(os.environ.get("SQLITE_TIMEOUT", "20")),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# Read replicas: DATABASE_REPLICA_URLS, comma-separated, become `replica1`, `replica2`, …
# Reader pages read from one of them; writes, the admin, editors and transactions use
# `default` (newsroom/db_router.py). In tests a replica is a mirror of `default`: Django
# creates no test database on it (a hot standby refuses writes; the primary's test
# database reaches it by replication) but connects to it for real, reading that database.
REPLICA_DATABASES = []
for _number, _url in enumerate(
    (u.strip() for u in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if u.strip()),
    start=1,
):
    _alias = f"replica{_number}"
    DATABASES[_alias] = dj_database_url.parse(
        _url,
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASES[_alias]["TEST"] = {"MIRROR": "default"}
    REPLICA_DATABASES.append(_alias)
DATABASE_ROUTERS = ["newsroom.db_router.PrimaryReplicaRouter"]
# After a client writes, its reads stay on the primary this long (newsroom/middleware.py).
REPLICA_PIN_SECONDS = int(os.environ.get("REPLICA_PIN_SECONDS", "10"))

# CACHE_URL: redis://host:port/db (shared by every app server), locmem:// (one process;
# the default), dummy:// (no cache at all). See newsroom/settings/cache_url.py.
CACHES = {"default": cache_url.parse(os.environ.get("CACHE_URL"))}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT: Path | None = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

TAGGIT_CASE_INSENSITIVE = True
# A tag typed in any tag box that differs from an existing one only by case, accents or
# spaces is that tag (articles/admin/tags.py).
TAGGIT_TAGS_FROM_STRING = "articles.admin.tags.tags_from_string"

# Limits on sizes (story bodies, names, tags, import files), refused alike by the models,
# the admin and the importers: defaults and reasons in core/limits.py; the environment may
# set any of them (NEWSROOM_MAX_BODY_CHARS=500000).
for _name, _default in limits.DEFAULTS.items():
    globals()[_name] = int(os.environ.get(_name, _default))

# Uploaded pictures and their renditions: the local disk at MEDIA_ROOT, or an S3-compatible
# bucket when MEDIA_STORAGE_URL says so (core/media_storage.py).
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": media_storage.parse(os.environ.get("MEDIA_STORAGE_URL")),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads refused above these (a clear form error, never a 500): bytes, and pixels, which
# also guards against decompression bombs (a small file that decodes to gigabytes).
IMAGES_MAX_UPLOAD_BYTES = int(os.environ.get("IMAGES_MAX_UPLOAD_BYTES", str(25 * 1024 * 1024)))
IMAGES_MAX_PIXELS = int(os.environ.get("IMAGES_MAX_PIXELS", str(50_000_000)))

# The site's public address (https://news.example.com) for absolute links in feeds,
# sitemaps, structured data and the API; unset, they use the request's own host.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

# The desk: when a writer submits a story for review, email the active members of the
# Editor group who have an address (articles/admin/review.py). Off unless
# REVIEW_EMAIL_EDITORS=1; the mail goes through Django's EMAIL_* settings.
REVIEW_EMAIL_EDITORS = os.environ.get("REVIEW_EMAIL_EDITORS", "0") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")

# The read-only JSON API (articles/api/): JSON only, anonymous, throttled per address.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "120/min"},
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom API",
    "DESCRIPTION": "Published stories, companies and public deals. Read-only.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
# CORS: any site may read the API from a browser (partners' widgets, the data desk's
# notebooks). It is read-only, public and anonymous: no cookie is ever honoured
# (no credentials), so allowing every origin exposes nothing a plain GET does not.
# Reader pages and the admin send no CORS headers. docs/contract.md, "API".
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400

# How long a browser (max-age) and a CDN (s-maxage) may keep a public page before
# revalidating it, and how long a CDN may serve it stale while it revalidates. Never past
# the next scheduled story: the headers are capped at that moment.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "60"))
PUBLIC_CACHE_S_MAXAGE = int(os.environ.get("PUBLIC_CACHE_S_MAXAGE", "300"))
PUBLIC_CACHE_STALE_SECONDS = int(os.environ.get("PUBLIC_CACHE_STALE_SECONDS", "30"))
# How long a rendered page stays in the page cache. Entries are keyed by the public
# version, so this bounds memory, not staleness.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# A CDN in front: where to send purges (see articles/purge.py). Empty: no CDN.
CDN_PURGE_URL = os.environ.get("CDN_PURGE_URL", "")
CDN_PURGE_TOKEN = os.environ.get("CDN_PURGE_TOKEN", "")
CDN_PURGE_BACKEND = os.environ.get("CDN_PURGE_BACKEND", "")

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Login lockout, Content-Security-Policy, Permissions-Policy and other security headers.
from .security import *  # noqa: E402, F403
