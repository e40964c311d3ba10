"""Read replicas for reader pages, read-your-writes for everyone who writes.

`ReplicaMiddleware` opens a replica window (newsroom/db_router.py) around a request only
when the request is a reader's page: a GET or HEAD, outside the admin, from a client with
no session cookie (so no logged-in editor; `request.user` is not looked at, because that
would read the session and make every page `Vary: Cookie`) and no primary pin.

The pin is how a client sees its own writes at once: the response to any request that may
write (POST, PUT, PATCH, DELETE) sets a short-lived cookie, `newsroom_primary`, for
`REPLICA_PIN_SECONDS` (default 10 s, well past normal replication lag); while the client
sends it back, its reads go to the primary. A cookie rather than the session: anonymous
clients have no session, and it costs no query.

Without replicas (`DATABASE_REPLICA_URLS` unset) the middleware removes itself from the
chain. Reads made while a streaming response is iterated, after the view returned, go to
the primary.
"""

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse

from .db_router import pick_replica, reading_from, replica_aliases

PIN_COOKIE = "newsroom_primary"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
READER_METHODS = ("GET", "HEAD")


def _admin_prefix() -> str | None:
    try:
        return reverse("admin:index")
    except NoReverseMatch:
        return None


def is_reader_request(request: HttpRequest) -> bool:
    """May this request read from a replica?"""
    if request.method not in READER_METHODS:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or PIN_COOKIE in request.COOKIES:
        return False
    admin = _admin_prefix()
    return not (admin and request.path.startswith(admin))


class ReplicaMiddleware:
    def __init__(self, get_response):
        if not replica_aliases():
            raise MiddlewareNotUsed("no read replica configured")
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_reader_request(request):
            with reading_from(pick_replica()):
                response = self.get_response(request)
        else:
            response = self.get_response(request)
        if request.method not in SAFE_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
