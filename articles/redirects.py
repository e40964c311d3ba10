"""Old addresses of merged or renamed companies, authors and topics: a 301 to where they went.

Only a 404 asks: a page that is found costs no query more. It is a middleware rather than
a line in each view so the pages and their feeds (`/topics/<slug>/feed/`) follow alike,
whichever view answered 404. The address keeps everything after the slug (the feed, the
query string), so `/companies/old/feed/?page=2` goes to `/companies/new/feed/?page=2`.
"""

import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from taggit.models import Tag

from companies.models import Company, CompanyRedirect

from .models import Author, AuthorRedirect, TopicRedirect

_ADDRESS = re.compile(r"^/(?P<kind>companies|authors|topics)/(?P<slug>[-\w]+)/(?P<rest>.*)$")

# kind → (redirect model, its key to the target, the target model)
_KINDS = {
    "companies": (CompanyRedirect, "company", Company),
    "authors": (AuthorRedirect, "author", Author),
    "topics": (TopicRedirect, "tag", Tag),
}


def moved_to(kind: str, slug: str) -> str | None:
    """The current slug of what `kind`/`slug` used to name, or None.

    One query; a slug that names something today is never redirected (it 404'd for
    another reason: a topic or author with nothing published yet).
    """
    model, target, target_model = _KINDS[kind]
    if target_model._default_manager.filter(slug=slug).exists():
        return None
    return (
        model._default_manager.filter(old_slug=slug)
        .values_list(f"{target}__slug", flat=True)
        .first()
    )


def redirect_for(request: HttpRequest) -> HttpResponse | None:
    found = _ADDRESS.match(request.path_info)
    if found is None or request.method not in ("GET", "HEAD"):
        return None
    new_slug = moved_to(found["kind"], found["slug"])
    if new_slug is None:
        return None
    address = f"{request.path[: -len(request.path_info)]}/{found['kind']}/{new_slug}/"
    address += found["rest"]
    if request.META.get("QUERY_STRING"):
        address += f"?{request.META['QUERY_STRING']}"
    return HttpResponsePermanentRedirect(address)


class SlugRedirectMiddleware:
    """Turns the 404 of an old company, author or topic address into a 301."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        return redirect_for(request) or response
