"""The matcher for the companies in the database, built once per process and rebuilt when
the names change.

Every process keeps one matcher in memory, tagged with a signature of the gazetteer read
from the database itself: how many companies and aliases there are, the newest company
change (an alias change touches its company) and the highest alias id. Any add, edit or
delete — through the admin, an importer or a bulk write, in any process or on any app
server — changes the signature, and every process rebuilds on its next use. A version kept
in a per-process cache would not reach the other workers; the database reaches them all.
"""

import threading
from collections import defaultdict

from django.db.models import Count, Max

from companies.models import Company, CompanyAlias

from .matcher import CompanyMatcher

_lock = threading.Lock()


class _Built:
    version: tuple | None = None
    matcher: CompanyMatcher | None = None


_built = _Built()


def matcher_from_database() -> CompanyMatcher:
    aliases: defaultdict[int, list[tuple[str, bool]]] = defaultdict(list)
    alias_rows = CompanyAlias.objects.values_list("company_id", "name", "needs_context")
    for company_id, name, needs_context in alias_rows.iterator():
        aliases[company_id].append((name, needs_context))
    rows = Company.objects.order_by("pk").values_list("pk", "slug", "name", "country")
    return CompanyMatcher(
        (pk, slug, name, aliases[pk], False, country) for pk, slug, name, country in rows.iterator()
    )


def _current_version() -> tuple:
    """The gazetteer's signature, in two small aggregate queries."""
    companies = Company.objects.order_by().aggregate(n=Count("pk"), changed=Max("updated_at"))
    aliases = CompanyAlias.objects.order_by().aggregate(n=Count("pk"), last=Max("pk"))
    return (*companies.values(), *aliases.values())


def get_matcher() -> CompanyMatcher:
    version = _current_version()
    with _lock:
        if _built.version != version or _built.matcher is None:
            _built.matcher = matcher_from_database()
            _built.version = version
        return _built.matcher


def invalidate_matcher(**kwargs) -> None:
    """Forget this process's matcher (tests, whose rows roll back unseen; the signals).
    Other processes notice changes by the signature."""
    with _lock:
        _built.version = None
