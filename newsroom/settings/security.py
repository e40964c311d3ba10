"""Security settings every environment shares: login lockout, Content-Security-Policy,
Permissions-Policy and the headers Django's SecurityMiddleware sends.

Imported by settings/base.py; prod.py adds what needs HTTPS (HSTS, the SSL redirect, secure
cookies). Why each choice, and which page needs which source: docs/deploy.md, "Security".
"""

import os
from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF

# Login lockout (django-axes) ---------------------------------------------------------------
# The backend that refuses a locked-out login comes first; ModelBackend then checks the
# password. newsroom.security.LockoutBackend is axes' own, except that a call with no HTTP
# request (a script, Client.login in tests) is not counted: nothing can be guessed from there.
AUTHENTICATION_BACKENDS = [
    "newsroom.security.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# After this many wrong passwords for one account, or from one address, every further
# attempt is refused, the right password included, until the cool-off has passed or an
# editor deletes the lock in the admin (Axes › Access attempts).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
# Either alone locks: an account attacked from many addresses, or an address trying many
# accounts.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A successful login forgets that account's earlier failures.
AXES_RESET_ON_SUCCESS = True
# Its start-up line would be the one thing `check --deploy` prints.
AXES_VERBOSE = False
# The login page again, with the reason and when to try again (HTTP 429).
AXES_LOCKOUT_CALLABLE = "newsroom.security.lockout_response"
# The client's address: REMOTE_ADDR, or behind proxies (a CDN, a load balancer) the entry
# of X-Forwarded-For that the first of TRUSTED_PROXY_COUNT proxies appended; what a client
# writes further left is its own claim and is never believed (newsroom/security.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "newsroom.security.client_ip"

# Content-Security-Policy (django-csp) ---------------------------------------------------
# Scripts only from our own origin or carrying this response's nonce; no eval; no plugins;
# no <base>; never framed; forms post only to us. Styles only from our own origin or by
# nonce, attributes included (a picture's placeholder colour is a data attribute that
# static/js/placeholders.js paints).
# JSON-LD (<script type="application/ld+json">) is a data block, never run, so script-src
# does not apply to it; reader pages are cached for every reader and carry no nonce.
_media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(os.environ.get("MEDIA_URL", "")))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"] + ([_media_origin] if _media_origin != "://" else []),
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
if os.environ.get("CSP_REPORT_URI"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = [os.environ["CSP_REPORT_URI"]]

# Other headers --------------------------------------------------------------------------
# Powerful browser features nobody on the site uses, refused for us and any frame.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
# Another site learns only our origin when a reader follows a link to it; nothing over HTTP.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
