"""Absolute addresses for links that leave the site (canonical, Open Graph, feeds,
sitemaps, JSON-LD, the API).

From the SITE_URL setting (e.g. https://news.example.com) when it is set; otherwise from
the request's own scheme and host — never a hard-coded or placeholder domain such as the
sites framework's example.com.
"""

from django.conf import settings
from django.http import HttpRequest


def site_root(request: HttpRequest | None = None) -> str:
    """ "https://news.example.com", without a trailing slash."""
    configured = (getattr(settings, "SITE_URL", "") or "").rstrip("/")
    if configured:
        return configured
    if request is None:
        raise ValueError("SITE_URL is not set and there is no request to take the host from.")
    # Worked out once per request: a company page makes twenty addresses absolute, and
    # `get_host()` checks the host against ALLOWED_HOSTS each time.
    try:
        return request._site_root  # type: ignore[attr-defined]
    except AttributeError:
        root = request._site_root = f"{request.scheme}://{request.get_host()}"  # type: ignore[attr-defined]
        return root


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """`path` ("/articles/x/") as an absolute address; absolute input is returned as is."""
    if path.startswith(("http://", "https://")):
        return path
    return site_root(request) + (path if path.startswith("/") else f"/{path}")
