"""Test settings: fast hashing, local-memory cache; DATABASE_URL, CACHE_URL and
DATABASE_REPLICA_URLS still pick the database, the cache and the replicas."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The cache and the replicas come from the environment as everywhere (settings/base.py):
# local memory unless CACHE_URL is set (CI runs the suite again with CACHE_URL=redis://…);
# no replica unless DATABASE_REPLICA_URLS is set (CI points it at a real hot standby).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Static files straight from the app and static/ folders, no collectstatic step.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
