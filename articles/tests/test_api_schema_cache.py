"""/api/schema/ through the code-versioned page cache: built once, then served from the
cache or answered 304 without being built and without a query; /api/docs/ headers."""

import pytest
import yaml
from django.conf import settings
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator

from articles.api import schema

pytestmark = pytest.mark.django_db

URL = "/api/schema/"


@pytest.fixture
def builds(monkeypatch):
    """How many times the document is built."""
    calls = []
    original = SchemaGenerator.get_schema

    def counting(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SchemaGenerator, "get_schema", counting)
    return calls


def test_the_schema_is_at_its_address():
    assert reverse("api:schema") == URL


def test_a_second_anonymous_get_is_served_from_the_cache_without_a_query(
    client, builds, django_assert_num_queries
):
    first = client.get(URL)
    with django_assert_num_queries(0):
        second = client.get(URL)
    assert len(builds) == 1
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_matching_etag_is_answered_304_without_building_it(
    client, builds, django_assert_num_queries
):
    etag = client.get(URL)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(builds) == 1


def test_if_modified_since_is_answered_304(client, builds):
    last_modified = client.get(URL)["Last-Modified"]
    response = client.get(URL, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 304
    assert len(builds) == 1


def test_the_etag_is_the_codes_version(client):
    version, _ = schema.code_version()
    assert client.get(URL)["ETag"].startswith(f'"{version}-')


def test_a_change_to_the_code_changes_the_version(monkeypatch):
    before = schema.code_version()[0]
    files = schema._source_files()
    monkeypatch.setattr(schema, "_source_files", lambda: files[:-1])
    schema.code_version.cache_clear()
    try:
        assert schema.code_version()[0] != before
    finally:
        monkeypatch.undo()
        schema.code_version.cache_clear()


def test_json_and_yaml_are_cached_apart(client, builds):
    yaml_answer = client.get(URL)
    json_answer = client.get(URL, HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert json_answer.json()["openapi"].startswith("3.")
    assert yaml.safe_load(yaml_answer.content)["openapi"].startswith("3.")
    assert json_answer["ETag"] != yaml_answer["ETag"]
    assert "Accept" in json_answer["Vary"]
    assert len(builds) == 2


def test_the_schema_carries_public_cache_headers(client):
    response = client.get(URL)
    assert "public" in response["Cache-Control"]
    assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in response["Cache-Control"]
    assert f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}" in response["Cache-Control"]


def test_a_cached_schema_is_still_a_valid_document(client):
    client.get(URL)
    cached = client.get(URL)
    assert cached["X-Page-Cache"] == "hit"
    assert yaml.safe_load(cached.content)["paths"]["/api/v1/stories/"]


def test_a_request_with_a_session_is_answered_privately(client, builds):
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone"
    client.get(URL)
    response = client.get(URL)
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response
    assert len(builds) == 2


def test_the_docs_page_is_never_shared_since_it_carries_a_nonce(client):
    response = client.get(reverse("api:docs"))
    nonce = response.wsgi_request.csp_nonce
    assert f'nonce="{nonce}"'.encode() in response.content
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
