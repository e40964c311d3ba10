"""The API through the page cache: 304 before any work, cached answers, never stale,
CDN headers; the throttle before all of it; CORS on /api/ only."""

import pytest
from django.conf import settings
from django.urls import reverse
from rest_framework.throttling import AnonRateThrottle

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    acme = factories.company("Acme", slug="acme")
    writer = factories.author("Ann Writer")
    deal = factories.deal("Acme buys Widget", marked_public=True)
    story = factories.article("Acme agrees deal", companies=[acme], byline=writer)
    story.tags.add("mergers")
    return {"acme": acme, "writer": writer, "story": story, "deal": deal}


def _urls(site) -> list[str]:
    return [
        reverse("api:story-list"),
        reverse("api:story-list") + "?q=acme",
        reverse("api:story-detail", args=[site["story"].slug]),
        reverse("api:company-list"),
        reverse("api:company-detail", args=["acme"]),
        reverse("api:deal-list"),
        reverse("api:deal-detail", args=[site["deal"].slug]),
        reverse("api:author-list"),
        reverse("api:author-detail", args=["ann-writer"]),
        reverse("api:topic-list"),
        reverse("api:topic-detail", args=["mergers"]),
    ]


URL_IDS = ["stories", "search", "story", "companies", "company", "deals", "deal", "authors",
           "author", "topics", "topic"]  # fmt: skip


@pytest.mark.parametrize("index", range(len(URL_IDS)), ids=URL_IDS)
def test_a_matching_etag_is_answered_304_with_one_query(
    client, site, index, django_assert_num_queries
):
    url = _urls(site)[index]
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    with django_assert_num_queries(1):  # the public state
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize("index", range(len(URL_IDS)), ids=URL_IDS)
def test_a_second_request_is_served_from_the_cache_with_one_query(
    client, site, index, django_assert_num_queries
):
    url = _urls(site)[index]
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):
        again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.json() == first.json()
    assert again["Content-Type"] == "application/json"


def test_if_modified_since_is_answered_304(client, site):
    first = client.get(reverse("api:story-list"))
    again = client.get(reverse("api:story-list"), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_answers_carry_the_public_cache_headers(client, site):
    response = client.get(reverse("api:story-list"))
    control = response["Cache-Control"]
    assert "public" in control
    assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in control
    assert f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}" in control
    assert response["Last-Modified"]


def test_lists_and_details_name_what_they_show_in_surrogate_keys(client, site):
    story, acme = site["story"], site["acme"]
    listed = client.get(reverse("api:story-list"))["Surrogate-Key"].split()
    company = client.get(reverse("api:company-detail", args=["acme"]))["Surrogate-Key"]
    assert listed == sorted(["stories", f"article-{story.pk}"])
    assert company == f"company-{acme.pk}"
    assert client.get(reverse("api:company-list"))["Cache-Tag"] == f"companies,company-{acme.pk}"


def test_a_publish_changes_the_etag_and_the_answer(client, site):
    url = reverse("api:story-list")
    first = client.get(url)
    factories.article("Second story")
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert [s["slug"] for s in again.json()["results"]][0] == "second-story"


def test_an_error_is_never_cached_or_public(client, site):
    url = reverse("api:story-detail", args=["no-such-story"])
    assert client.get(url).status_code == 404
    again = client.get(url)
    assert again.status_code == 404
    assert "X-Page-Cache" not in again
    assert "public" not in again.get("Cache-Control", "")


def test_a_request_with_a_session_is_answered_privately(client, site):
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone"
    response = client.get(reverse("api:story-list"))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_the_throttle_counts_cached_answers_too(client, site, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/min"})
    url = reverse("api:story-list")
    first, second, third = (client.get(url) for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
    assert second["X-Page-Cache"] == "hit"


def test_a_throttled_client_is_told_when_to_come_back(client, site, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "1/min"})
    client.get(reverse("api:company-list"))
    response = client.get(reverse("api:company-list"))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "throttled" in response.json()["detail"]


def test_any_origin_may_read_the_api(client, site):
    response = client.get(reverse("api:story-list"), HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_a_cached_answer_carries_cors_headers_too(client, site):
    url = reverse("api:story-list")
    client.get(url)
    again = client.get(url, HTTP_ORIGIN="https://partner.example")
    assert again["X-Page-Cache"] == "hit"
    assert again["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_allows_reading_only(client, site):
    response = client.options(
        reverse("api:story-list"),
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 200
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("url", ["/", "/companies/acme/", "/admin/login/"])
def test_pages_and_the_admin_send_no_cors_headers(client, site, url):
    response = client.get(url, HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response
