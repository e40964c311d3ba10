"""CACHE_URL and DATABASE_REPLICA_URLS are read the same way by every settings module."""

import importlib
import sys

import pytest

SETTINGS = ["dev", "test", "bench", "prod"]


@pytest.fixture
def load_settings(monkeypatch):
    """Import a settings module afresh under the given environment; restored afterwards."""

    def load(name: str, **env: str):
        for key in ("CACHE_URL", "DATABASE_REPLICA_URLS"):
            monkeypatch.delenv(key, raising=False)
        # prod refuses to start without these.
        monkeypatch.setenv("SECRET_KEY", "settings-test-not-secret")
        monkeypatch.setenv("ALLOWED_HOSTS", "news.example.test")
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        package = importlib.import_module("newsroom.settings")
        for module in ("base", name):
            monkeypatch.delitem(sys.modules, f"newsroom.settings.{module}", raising=False)
            if hasattr(package, module):
                monkeypatch.delattr(package, module)
        return importlib.import_module(f"newsroom.settings.{name}")

    return load


@pytest.mark.parametrize("name", SETTINGS)
def test_cache_url_picks_the_cache_in_every_settings_module(load_settings, name):
    settings = load_settings(name, CACHE_URL="redis://127.0.0.1:6379/1")
    assert settings.CACHES["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }


@pytest.mark.parametrize("name", SETTINGS)
def test_dummy_cache_url_turns_caching_off_in_every_settings_module(load_settings, name):
    settings = load_settings(name, CACHE_URL="dummy://")
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.dummy.DummyCache"


@pytest.mark.parametrize("name", SETTINGS)
def test_without_cache_url_the_cache_is_local_memory(load_settings, name):
    settings = load_settings(name)
    assert settings.CACHES["default"]["BACKEND"] == (
        "django.core.cache.backends.locmem.LocMemCache"
    )


def test_replica_urls_become_numbered_aliases_that_mirror_default_in_tests(load_settings):
    settings = load_settings(
        "prod",
        DATABASE_URL="postgres://primary.internal/news",
        DATABASE_REPLICA_URLS="postgres://r1.internal/news, postgres://r2.internal:5433/news",
    )
    assert settings.REPLICA_DATABASES == ["replica1", "replica2"]
    assert settings.DATABASES["replica1"]["HOST"] == "r1.internal"
    assert settings.DATABASES["replica2"]["PORT"] == 5433
    assert settings.DATABASES["replica2"]["TEST"] == {"MIRROR": "default"}
    assert settings.DATABASES["default"]["HOST"] == "primary.internal"


def test_without_replica_urls_there_is_only_the_primary(load_settings):
    settings = load_settings("prod")
    assert list(settings.DATABASES) == ["default"]
    assert settings.REPLICA_DATABASES == []


@pytest.mark.parametrize("name", SETTINGS)
def test_every_settings_module_routes_and_has_the_replica_middleware(load_settings, name):
    settings = load_settings(name)
    assert settings.DATABASE_ROUTERS == ["newsroom.db_router.PrimaryReplicaRouter"]
    middleware = settings.MIDDLEWARE
    # After the session and auth middleware, before the views.
    assert middleware.index("newsroom.middleware.ReplicaMiddleware") > middleware.index(
        "django.contrib.auth.middleware.AuthenticationMiddleware"
    )
