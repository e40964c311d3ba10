"""Benchmarks (`make bench`): production-like, served on loopback by gunicorn.

DEBUG off, the cached template loader, persistent database connections, no debug tooling;
unlike prod.py no HTTPS redirect or secure-only cookies, since the load generator speaks
plain HTTP to 127.0.0.1. The cache comes from CACHE_URL as everywhere (settings/base.py):
`dummy://` for the uncached figures, unset for the default page cache. DATABASE_URL points
at the bench database (`bench/run.py` sets it to bench/.work/bench.sqlite3).
"""

from .base import *  # noqa: F403

SECRET_KEY = "bench-only-not-secret"
DEBUG = False
# testserver: bench/run.py counts each page's queries in process with Django's test client.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "bench.urls"
# Static files straight from the app and static/ folders, no collectstatic step.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
