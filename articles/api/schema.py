"""/api/schema/ through a page cache keyed by the code, not by the public state.

The OpenAPI document is made from the code alone (views, serializers, models, settings,
library versions): no story, company or deal is in it, and it changes only with a deploy.
So its version is a digest of the code (`code_version()`, computed once per process from
the project's source files and the versions of the libraries that write the document),
and an anonymous GET is answered like a reader page, without reading the public state:

1. the ETag is the code version, the address and the format negotiated (YAML or JSON);
   Last-Modified is when the newest source file changed. A matching If-None-Match /
   If-Modified-Since is answered 304 before the document is built;
2. otherwise the document comes from the shared cache under a key carrying the code
   version, so a deploy makes every earlier entry unreachable on every worker at once;
3. otherwise it is built (the better part of a second), stored and sent.

None of the three reads the database. DRF's throttle runs before `get()`, so cached and
304 answers count against a client's rate as the other endpoints' do. A request with a
session cookie is answered privately and built afresh.
"""

import functools
import hashlib
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from articles import pagecache

# The libraries whose versions change the document.
LIBRARIES = ("django", "djangorestframework", "drf-spectacular")
# Source that never shapes the document.
SKIPPED_DIRS = {"tests", "migrations", "management", "demo", "importers"}


def _source_files() -> list[Path]:
    """The project's own Python modules: its apps and the settings package."""
    base = Path(settings.BASE_DIR).resolve()
    roots = {base / "newsroom"}
    roots.update(
        Path(config.path).resolve()
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
    )
    files = {
        path
        for root in roots
        for path in root.rglob("*.py")
        if not SKIPPED_DIRS.intersection(path.relative_to(root).parts[:-1])
    }
    return sorted(files)


@functools.cache
def code_version() -> tuple[str, datetime]:
    """A digest of the code that writes the document, and when it last changed."""
    digest = hashlib.blake2b(digest_size=8)
    newest = 0.0
    for name in LIBRARIES:
        digest.update(f"{name}=={metadata.version(name)}\n".encode())
    for path in _source_files():
        digest.update(str(path.relative_to(settings.BASE_DIR)).encode() + b"\0")
        digest.update(path.read_bytes())
        newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest(), datetime.fromtimestamp(int(newest), UTC)


def public_headers(response: HttpResponse, etag: str, changed_at: datetime) -> HttpResponse:
    """The reader pages' Cache-Control (no scheduled story can change this document, so no
    cap), the ETag and Last-Modified."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PUBLIC_CACHE_SECONDS,
        s_maxage=settings.PUBLIC_CACHE_S_MAXAGE,
        stale_while_revalidate=settings.PUBLIC_CACHE_STALE_SECONDS,
    )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(changed_at.timestamp())
    return response


class SchemaView(SpectacularAPIView):
    """drf-spectacular's schema view, served from the code-versioned cache."""

    @extend_schema(exclude=True)  # as drf-spectacular's own (SERVE_INCLUDE_SCHEMA off)
    def get(self, request, *args, **kwargs):
        if not pagecache.cacheable(request):
            response = super().get(request, *args, **kwargs)
            patch_cache_control(response, private=True, max_age=0)
            return response
        version, changed_at = code_version()
        # The format is negotiated (Accept, ?format=): part of what the address names.
        address = (
            f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
            f" {request.accepted_media_type}"
        )
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        etag = f'"{version}-{digest[:16]}"'
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=int(changed_at.timestamp())
        )
        if not_modified is not None:
            return public_headers(not_modified, etag, changed_at)
        cache = caches[pagecache.CACHE_ALIAS]
        key = f"schema:{version}:{digest}"
        stored = cache.get(key)
        if stored is not None:
            content_type, content = stored
            response = HttpResponse(content, content_type=content_type)
            response["X-Page-Cache"] = "hit"
            return public_headers(response, etag, changed_at)
        built = super().get(request, *args, **kwargs)
        response = self.finalize_response(request, built, *args, **kwargs)
        response.render()
        if response.status_code != 200:
            return response
        cache.set(key, (response["Content-Type"], response.content), settings.PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
        return public_headers(response, etag, changed_at)


class DocsView(SpectacularSwaggerView):
    """The Swagger UI page. Its inline style and start-up script carry this response's
    Content-Security-Policy nonce (templates/drf_spectacular/swagger_ui.html): a copy kept by
    a browser or a CDN would replay one nonce to many pages, so it is never stored. It is
    small and reads nothing; the document it loads is cached (above), and its scripts and
    styles are static files with their own long-lived headers."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response
