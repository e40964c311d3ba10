"""Cache-Control on the readers' pages: public for anonymous readers only, never for a
logged-in user, and a staff preview of an unpublished story is cached nowhere."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    writer = factories.author("Anna Petrova")
    story = factories.article("Alibaba nears deal", companies=[alibaba], byline=writer)
    story.tags.add("e-commerce")
    story.deals.add(factories.deal("Russian joint venture"))
    return {"story": story, "draft": factories.draft("A draft", companies=[alibaba])}


PAGES = [
    reverse("articles:home"),
    "/articles/alibaba-nears-deal/",
    reverse("companies:index"),
    "/companies/alibaba/",
    reverse("deals:index"),
    "/deals/russian-joint-venture/",
    "/topics/e-commerce/",
    "/authors/anna-petrova/",
]


def directives(response) -> dict[str, str]:
    """Cache-Control as {directive: value}: "public, max-age=60" → {"public": "", ...}."""
    parts = (p.strip() for p in response.get("Cache-Control", "").split(","))
    return dict((p.split("=", 1) + [""])[:2] for p in parts if p)


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_readers_get_a_publicly_cacheable_page(client, site, url):
    response = client.get(url)
    assert response.status_code == 200
    cache = directives(response)
    assert cache.get("public") == ""  # the bare directive, not "public=False"
    assert "private" not in cache and "no-store" not in cache
    assert int(cache["max-age"]) == settings.PUBLIC_CACHE_SECONDS


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("who", ["reader", "writer", "editor"])
def test_logged_in_users_never_get_a_publicly_cacheable_page(client, site, url, who, request):
    if who == "reader":
        user = factories.staff_user("plain-reader")
        user.is_staff = False
        user.save()
    else:
        user = request.getfixturevalue(who)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    cache = directives(response)
    assert "public" not in cache
    assert cache.get("private") == ""
    assert cache.get("max-age") == "0"


def test_a_staff_preview_is_never_cached(writer_client, site):
    response = writer_client.get(site["draft"].get_absolute_url())
    assert response.status_code == 200
    cache = directives(response)
    assert "public" not in cache
    assert {"no-cache", "no-store", "must-revalidate", "private"} <= set(cache)
    assert cache["max-age"] == "0"


def test_a_published_story_seen_by_staff_is_private_not_a_preview(writer_client, site):
    response = writer_client.get(site["story"].get_absolute_url())
    cache = directives(response)
    assert "private" in cache and "no-store" not in cache
    assert "Preview" not in response.content.decode()


def test_nothing_is_cached_past_the_next_scheduled_story(client, site, clock):
    factories.article("Due soon", published_at=clock.now + timedelta(seconds=30))
    cache = directives(client.get(reverse("articles:home")))
    assert cache.get("public") == ""
    assert cache["max-age"] == "30"
    assert cache["s-maxage"] == "30"


def test_validators_come_from_the_public_version(client, site):
    from django.utils.http import http_date

    from articles import live

    response = client.get(reverse("articles:home"))
    state = live.current_state()
    assert response["ETag"].startswith(f'"{state.version}.')
    assert response["Last-Modified"] == http_date(state.changed_at.timestamp())


def test_a_head_request_is_answered_like_a_get(client, site):
    cache = directives(client.head(reverse("articles:home")))
    assert cache.get("public") == ""
    assert "private" not in cache
