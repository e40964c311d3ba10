"""Serving public pages: conditional GET before any rendering, a page cache that is never
stale, and the headers a CDN needs.

Every anonymous GET of a public page goes through `serve()`:

1. `live.catch_up()` reads the public state — one query: the public version, when it last
   changed, and when the next scheduled story goes live (counting it in if its time has
   come). Nothing else is read before a 304 or a cache hit.
2. The ETag is the version and the page's address; Last-Modified is when the version last
   changed. A matching If-None-Match / If-Modified-Since is answered 304 at once.
3. Otherwise the page comes from the cache under a key carrying the version, so any public
   change (a publish, an edit, a link…) makes every earlier entry unreachable: invalidation
   is a version bump, on every worker and app server alike, because the version lives in
   the database, not in any one process.
4. On a miss the page is rendered, stored and sent.

A page is public to caches only when the request carries no session cookie: looking at
`request.user` would touch the session and make Django add `Vary: Cookie`. A request that
does carry one is answered privately (logged-in editors) and never enters the cache.
"""

import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import live
from .models import PublicState

CACHE_ALIAS = "default"
# Headers a cached page is replayed with; everything else is made fresh per response.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Surrogate-Key", "Cache-Tag")


def is_anonymous(request: HttpRequest) -> bool:
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def cacheable(request: HttpRequest) -> bool:
    return request.method in ("GET", "HEAD") and is_anonymous(request)


def _version(state: PublicState) -> str:
    # The time of the change too: a version number alone could repeat if the state row
    # were ever recreated (a restored database) while a shared cache kept old pages.
    return f"{state.version}.{int(state.changed_at.timestamp() * 1000):x}"


def _etag(state: PublicState, request: HttpRequest) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.blake2b(address.encode(), digest_size=8).hexdigest()
    return f'"{_version(state)}-{digest}"'


def _cache_key(state: PublicState, request: HttpRequest) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"page:{_version(state)}:{digest}"


def public_state(request: HttpRequest) -> PublicState:
    """The public state this request is answered from: read once per request (by `serve()`
    or the private path), so a view can use its counts without another query."""
    state = getattr(request, "_public_state", None)
    if state is None:
        state = live.catch_up()
        request._public_state = state  # type: ignore[attr-defined]
    return state


def seconds_until(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return max(0, int((moment - timezone.now()).total_seconds()))


def public_headers(response: HttpResponse, state: PublicState, etag: str) -> HttpResponse:
    """Cache-Control for CDNs and browsers, never past the next scheduled story."""
    max_age, s_maxage = settings.PUBLIC_CACHE_SECONDS, settings.PUBLIC_CACHE_S_MAXAGE
    until_next = seconds_until(state.next_live_at)
    if until_next is not None:
        max_age, s_maxage = min(max_age, until_next), min(s_maxage, until_next)
    patch_cache_control(
        response,
        public=True,
        max_age=max_age,
        s_maxage=s_maxage,
        stale_while_revalidate=settings.PUBLIC_CACHE_STALE_SECONDS,
    )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(state.changed_at.timestamp())
    return response


def surrogate_keys(keys: Iterable[str]) -> str:
    return " ".join(sorted(set(keys)))


def serve(request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The response for a cacheable request: 304, a cached copy, or `render()` stored."""
    state = public_state(request)
    etag = _etag(state, request)
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=int(state.changed_at.timestamp())
    )
    if not_modified is not None:
        return public_headers(not_modified, state, etag)
    cache = caches[CACHE_ALIAS]
    key = _cache_key(state, request)
    stored = cache.get(key)
    if stored is not None:
        status, content, headers = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return public_headers(response, state, etag)
    response = render()
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if response.status_code == 200 and not response.cookies:
        headers = [(h, response[h]) for h in KEPT_HEADERS if response.has_header(h)]
        timeout = settings.PAGE_CACHE_SECONDS
        until_next = seconds_until(state.next_live_at)
        if until_next is not None:
            timeout = min(timeout, max(until_next, 1))
        cache.set(key, (response.status_code, response.content, headers), timeout)
        response["X-Page-Cache"] = "miss"
    if response.status_code == 200:
        return public_headers(response, state, etag)
    return response


def public_view(view: Callable) -> Callable:
    """The page-cache rules for a function view (feeds, sitemaps, robots.txt, the API):
    anonymous GETs through `serve()`, everything else private. A view may set
    `response["Surrogate-Key"]` itself; "stories" is added when it sets none."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        def render() -> HttpResponse:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if not response.has_header("Surrogate-Key"):
                response["Surrogate-Key"] = "stories"
                response["Cache-Tag"] = "stories"
            return response

        if cacheable(request):
            return serve(request, render)
        public_state(request)
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, max_age=0)
        return response

    return wrapped
