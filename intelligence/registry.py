"""The matcher for the companies in the database, built once and shared.

Every process keeps one matcher in memory, tagged with the gazetteer version stored in the
cache. Saving or deleting a company or alias writes a new version (signals below, wired in
AppConfig.ready; bulk writers call `invalidate_matcher()` themselves), and each process
rebuilds on its next use. With a shared cache (CACHE_URL) that reaches every app server.
"""

import threading
import uuid
from collections import defaultdict

from django.core.cache import cache

from companies.models import Company, CompanyAlias

from .matcher import CompanyMatcher

VERSION_KEY = "newsroom:entities:gazetteer-version"
_lock = threading.Lock()
_built: dict[str, object] = {"version": None, "matcher": None}


def matcher_from_database() -> CompanyMatcher:
    aliases = defaultdict(list)
    for company_id, name in CompanyAlias.objects.values_list("company_id", "name").iterator():
        aliases[company_id].append(name)
    rows = Company.objects.order_by("pk").values_list("pk", "slug", "name").iterator()
    return CompanyMatcher((pk, slug, name, aliases[pk]) for pk, slug, name in rows)


def _current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def get_matcher() -> CompanyMatcher:
    version = _current_version()
    with _lock:
        if _built["version"] != version or _built["matcher"] is None:
            _built["matcher"] = matcher_from_database()
            _built["version"] = version
        return _built["matcher"]


def invalidate_matcher(**kwargs) -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
