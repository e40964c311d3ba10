"""`CACHE_URL` → a Django `CACHES["default"]` entry, the way dj-database-url reads DATABASE_URL.

- `redis://[:password@]host[:port][/db]` (and `rediss://` for TLS): Django's own Redis
  backend, which uses the `redis` client and, when installed, its `hiredis` parser. Several
  comma-separated URLs: the first takes the writes, the others serve reads.
- `locmem://[name]`: one process's memory, the default for one machine. Correct across
  worker processes all the same: page-cache keys carry a version kept in the database.
- `dummy://`: no cache at all (how uncached figures are measured).
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DEFAULT = "locmem://newsroom"

BACKENDS = {
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}


def parse(url: str | None) -> dict:
    """The cache settings for `url`; unset or blank means the default, local memory."""
    url = (url or "").strip() or DEFAULT
    known = ", ".join(f"{s}://" for s in BACKENDS)
    if "://" not in url:
        # Never echo the value: it may carry a password.
        raise ImproperlyConfigured(f"CACHE_URL is not a URL; use one of {known}")
    scheme = urlsplit(url).scheme.lower()
    if scheme not in BACKENDS:
        raise ImproperlyConfigured(f"CACHE_URL: {scheme}:// is not supported; use one of {known}")
    config = {"BACKEND": BACKENDS[scheme]}
    if scheme in ("redis", "rediss"):
        config["LOCATION"] = url
    elif scheme == "locmem":
        config["LOCATION"] = urlsplit(url).netloc or "newsroom"
    return config
