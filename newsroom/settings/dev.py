"""Local development and the demo: SQLite by default, debug on, loopback only."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") == "1"
# A development-only key; prod.py refuses to start without a real one.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-newsroom"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
# The demo's review emails are printed in the server's console, never sent.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
REVIEW_EMAIL_EDITORS = os.environ.get("REVIEW_EMAIL_EDITORS", "1") == "1"

# Static files straight from the app and static/ folders, no collectstatic step.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
