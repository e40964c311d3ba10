"""Regressions for what the browser tests (browser_tests/, make test-browser) found, kept
here so `make test` catches them without a browser."""

import re

import pytest
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db


def test_favicon_ico_redirects_to_the_static_icon(client):
    # The admin names no icon, so browsers ask for /favicon.ico: a 404 in the console.
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.ico")


def test_story_cards_give_times_to_the_second(client):
    # HTML's datetime allows at most three digits of a second's fraction; 'c' gave six.
    factories.article("A story with a time")
    html = client.get("/").content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)"', html)
    assert stamps and all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", s) for s in stamps
    )


def test_the_archive_has_a_heading_between_the_month_and_the_stories(client):
    story = factories.article("An archived story")
    month = story.published_at
    html = client.get(f"/archive/{month.year}/{month.month}/").content.decode()
    assert html.index("<h1>") < html.index("<h2") < html.index('<h3 class="card__title">')


def test_a_story_tagged_in_another_script_renders_and_links_its_topic(client):
    # taggit keeps the letters of a tag's slug; the topic URL refused them, and every
    # page linking the topic was a 500 (found by the XSS corpus: a dotless ı).
    story = factories.article("Sberbank results")
    story.tags.add("Сбербанк")
    topic = reverse("topics:detail", args=["сбербанк"])
    assert f'href="{topic}"' in client.get(story.get_absolute_url()).content.decode()
    assert "Sberbank results" in client.get(topic).content.decode()
    assert client.get(reverse("feeds:topic", args=["сбербанк"])).status_code == 200
