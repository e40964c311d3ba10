import pytest


@pytest.fixture(autouse=True)
def fresh_media_storage(settings):
    """A new, empty in-memory storage for each test (the test settings' one lives as long
    as the process, and a file one test stored must not answer another)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
