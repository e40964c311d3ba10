import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.settings import cache_url

REDIS = "django.core.cache.backends.redis.RedisCache"
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
DUMMY = "django.core.cache.backends.dummy.DummyCache"


def test_redis_url_is_djangos_redis_backend_at_that_location():
    url = "redis://:secret@cache.internal:6379/2"
    assert cache_url.parse(url) == {"BACKEND": REDIS, "LOCATION": url}


def test_rediss_url_is_the_redis_backend_over_tls():
    url = "rediss://cache.internal:6380/0"
    assert cache_url.parse(url) == {"BACKEND": REDIS, "LOCATION": url}


def test_several_redis_urls_stay_one_location_first_for_writes():
    url = "redis://primary:6379/0,redis://replica:6379/0"
    assert cache_url.parse(url)["LOCATION"] == url


def test_dummy_url_turns_the_cache_off():
    assert cache_url.parse("dummy://") == {"BACKEND": DUMMY}


def test_locmem_url_names_the_memory_area():
    assert cache_url.parse("locmem://pages") == {"BACKEND": LOCMEM, "LOCATION": "pages"}
    assert cache_url.parse("locmem://")["BACKEND"] == LOCMEM


@pytest.mark.parametrize("unset", [None, "", "  "])
def test_unset_is_local_memory(unset):
    assert cache_url.parse(unset)["BACKEND"] == LOCMEM


def test_scheme_is_case_insensitive():
    assert cache_url.parse("REDIS://cache:6379/0")["BACKEND"] == REDIS


def test_unknown_scheme_is_refused_with_the_schemes_that_work():
    with pytest.raises(ImproperlyConfigured, match=r"memcached://.*redis://.*dummy://"):
        cache_url.parse("memcached://cache:11211")


def test_a_value_that_is_no_url_is_refused_without_echoing_its_password():
    with pytest.raises(ImproperlyConfigured) as refused:
        cache_url.parse("user:hunter2@cache:6379")
    assert "not a URL" in str(refused.value)
    assert "hunter2" not in str(refused.value)
