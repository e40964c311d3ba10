"""Benchmarks: production-like (DEBUG off, no debug toolbar), served on loopback."""

from .base import *  # noqa: F403

SECRET_KEY = "bench-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
