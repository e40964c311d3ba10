"""Telling a CDN which pages to drop when something public changes.

Pages carry a `Surrogate-Key` (Fastly, Varnish) and `Cache-Tag` (Cloudflare, Akamai)
header naming the objects they show (`article-12 company-3 stories`). After a change is
committed, the keys it touched are sent to the purge backend. The default backend does
nothing: with no CDN in front, the page cache's version keys are all the invalidation
needed. Set CDN_PURGE_URL to POST `{"keys": [...]}` there (with CDN_PURGE_TOKEN as a
bearer token if set); CDN_PURGE_BACKEND names another backend class for other CDN APIs.
"""

import json
import logging
import urllib.request
from collections.abc import Iterable
from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Every page listing stories carries this key, so a publish purges the lists too.
LISTS = ("stories", "deals", "companies")


class NullPurgeBackend:
    def purge(self, keys: list[str]) -> None:
        pass


class HttpPurgeBackend:
    """POSTs the keys as JSON to CDN_PURGE_URL; a CDN that is down must not stop a save."""

    def __init__(self, url: str, token: str = "", timeout: float = 3.0):
        self.url, self.token, self.timeout = url, token, timeout

    def purge(self, keys: list[str]) -> None:
        body = json.dumps({"keys": keys}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except OSError as exc:
            logger.warning("CDN purge of %d keys failed: %s", len(keys), exc)


@cache
def backend():
    if settings.CDN_PURGE_BACKEND:
        return import_string(settings.CDN_PURGE_BACKEND)()
    if settings.CDN_PURGE_URL:
        return HttpPurgeBackend(settings.CDN_PURGE_URL, settings.CDN_PURGE_TOKEN)
    return NullPurgeBackend()


def purge_on_commit(keys: Iterable[str]) -> None:
    """Purge `keys` and the list pages once the current transaction commits."""
    wanted = sorted({*keys, *LISTS})
    transaction.on_commit(lambda: backend().purge(wanted))
