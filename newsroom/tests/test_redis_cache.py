"""The cache is a real Redis when CACHE_URL says so (CI starts one): values round-trip,
land in Redis itself, are seen by another process, and are read with hiredis."""

import os
import subprocess
import sys
import uuid

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from redis._parsers import _HiredisParser
from redis.utils import HIREDIS_AVAILABLE

pytestmark = pytest.mark.skipif(
    not os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://")),
    reason="CACHE_URL is not a redis:// URL: no Redis to test against (.ci/run starts one)",
)


@pytest.fixture
def key():
    name = f"test-redis-{uuid.uuid4().hex}"
    yield name
    cache.delete(name)


def test_the_default_cache_is_djangos_redis_backend():
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"


def test_a_cached_page_round_trips(key):
    page = (200, b"<h1>Alibaba</h1>", [("Content-Type", "text/html; charset=utf-8")])
    cache.set(key, page, 30)
    assert cache.get(key) == page
    cache.delete(key)
    assert cache.get(key) is None


def test_values_live_in_redis_itself(key):
    cache.set(key, "shared", 30)
    server = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"].split(",")[0])
    assert server.exists(cache.make_and_validate_key(key)) == 1
    assert 0 < server.ttl(cache.make_and_validate_key(key)) <= 30


def test_another_process_sees_the_same_values(key):
    cache.set(key, "from the parent", 30)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.core.cache import cache; "
            f"print(cache.get({key!r}))",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert child.stdout.strip() == "from the parent"


def test_replies_are_parsed_by_hiredis():
    assert HIREDIS_AVAILABLE
    pool = cache._cache._get_connection_pool(write=False)
    assert pool.connection_kwargs["parser_class"] is _HiredisParser
    connection = pool.get_connection()
    try:
        assert isinstance(connection._parser, _HiredisParser)
    finally:
        pool.release(connection)
