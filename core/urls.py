"""Links to an object's page by its slug, built without a full `reverse()` each time.

A list page links each of its dozens of stories, companies, authors and topics; Django's
`reverse()` walks the URL patterns for every one (about a fifth of a company page's time
at 200,000 stories). The URL of a view that takes one slug is the same string around the
slug: it is reversed once (per URL configuration and script prefix) with a stand-in slug
and the real one put in its place. A slug that is not plain ASCII letters, digits, hyphens
and underscores (which a URL carries as they are) goes through `reverse()` as before, which
quotes it or refuses it.
"""

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

_STAND_IN = "slug0stand0in"
_PLAIN = re.compile(r"[-a-zA-Z0-9_]+\Z")


@lru_cache(maxsize=128)
def _around(viewname: str, urlconf: str, prefix: str) -> tuple[str, str]:
    url = reverse(viewname, urlconf=urlconf, kwargs={"slug": _STAND_IN})
    head, _, tail = url.partition(_STAND_IN)
    return head, tail


def slug_url(viewname: str, slug: str) -> str:
    """`reverse(viewname, kwargs={"slug": slug})`, the same string, cheaper."""
    if not _PLAIN.match(slug):
        return reverse(viewname, kwargs={"slug": slug})
    head, tail = _around(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    return f"{head}{slug}{tail}"


def slug_urls(viewname: str) -> Callable[[str], str]:
    """`slug_url` for many slugs of one view in one request: the URL configuration and the
    script prefix are read once (each read costs as much as the rest of `slug_url`)."""
    head, tail = _around(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())

    def url(slug: str) -> str:
        if not _PLAIN.match(slug):
            return reverse(viewname, kwargs={"slug": slug})
        return f"{head}{slug}{tail}"

    return url


def url(viewname: str, *args: Any, **kwargs: Any) -> str:
    """`{% url %}`: `url('topics:detail', tag.slug)` or with keywords.

    The same address for the same arguments, URL configuration and script prefix: each is
    reversed once (every page links the same dozen index pages)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    try:
        return _reversed(viewname, args, tuple(kwargs.items()), urlconf, get_script_prefix())
    except TypeError:  # an argument that cannot be a key
        return reverse(viewname, args=args or None, kwargs=kwargs or None)


@lru_cache(maxsize=4096)
def _reversed(viewname: str, args: tuple, kwargs: tuple, urlconf: str, prefix: str) -> str:
    return reverse(viewname, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


def static_url(path: str) -> str:
    """`static(path)`, the same address for the same file and script prefix, worked out
    once: every page links the same few files, and Django's lookup scans the installed
    apps each time."""
    return _static(path, get_script_prefix())


@lru_cache(maxsize=256)
def _static(path: str, prefix: str) -> str:
    return static(path)


# What a static file's address depends on, besides its name and the script prefix.
STATIC_SETTINGS = {"STATIC_URL", "STATIC_ROOT", "STORAGES", "INSTALLED_APPS", "DEBUG"}


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs) -> None:
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME"}:
        _around.cache_clear()
        _reversed.cache_clear()
    if setting in STATIC_SETTINGS | {"FORCE_SCRIPT_NAME"}:
        _static.cache_clear()
