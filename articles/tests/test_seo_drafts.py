"""Drafts never leak into feeds, sitemaps or structured data.

One table: a draft, a story in review, a scheduled story and a published-then-unpublished
story, each with its own company, deal, topic and author, checked on every feed, every
sitemap and the JSON-LD — absent while unpublished, present once published (the
scheduled one by its time coming, with no write).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.tests import factories
from articles.tests.seo_support import json_ld_of_type

pytestmark = pytest.mark.django_db


@dataclass
class Subject:
    story: Article
    company: object
    deal: object
    topic: str
    author: object


def _url(path: str) -> str:
    return f"http://testserver{path}"


def story_link(s: Subject) -> str:
    return _url(s.story.get_absolute_url())


def section(name: str) -> str:
    return reverse("sitemaps:section", kwargs={"section": name})


# (surface, address to fetch, what must be absent before and present after publishing)
SURFACES: list[tuple[str, Callable[[Subject], str], Callable[[Subject], str]]] = [
    ("latest RSS", lambda s: reverse("feeds:latest"), story_link),
    ("latest Atom", lambda s: reverse("feeds:latest_atom"), story_link),
    ("company feed", lambda s: reverse("feeds:company", args=[s.company.slug]), story_link),
    ("topic feed", lambda s: reverse("feeds:topic", args=[s.topic]), story_link),
    ("author feed", lambda s: reverse("feeds:author", args=[s.author.slug]), story_link),
    ("deal feed", lambda s: reverse("feeds:deal", args=[s.deal.slug]), story_link),
    ("stories sitemap", lambda s: section("stories"), story_link),
    ("deals sitemap", lambda s: section("deals"), lambda s: _url(s.deal.get_absolute_url())),
    (
        "topics sitemap",
        lambda s: section("topics"),
        lambda s: _url(reverse("topics:detail", args=[s.topic])),
    ),
    (
        "authors sitemap",
        lambda s: section("authors"),
        lambda s: _url(s.author.get_absolute_url()),
    ),
    ("news sitemap", lambda s: reverse("sitemaps:news"), story_link),
]


def shows(client, s: Subject, address: str, marker: str) -> bool:
    response = client.get(address)
    assert response.status_code in (200, 404), (address, response.status_code)
    return response.status_code == 200 and marker.encode() in response.content


def json_ld_shows(client, s: Subject) -> bool:
    response = client.get(s.story.get_absolute_url())
    if response.status_code != 200:
        return False
    found = json_ld_of_type(response.content, "NewsArticle")
    return any(item["headline"] == s.story.headline for item in found)


def visible_on(client, s: Subject) -> dict[str, bool]:
    seen = {name: shows(client, s, address(s), marker(s)) for name, address, marker in SURFACES}
    seen["article JSON-LD"] = json_ld_shows(client, s)
    return seen


def make_subject(name: str, **story_fields) -> Subject:
    company = factories.company(f"{name} Company")
    author = factories.author(f"{name} Writer")
    deal = factories.deal(f"{name} Deal", marked_public=False)
    story = factories.article(f"{name} story", companies=[company], byline=author, **story_fields)
    topic = f"{name.lower()}-topic"
    story.tags.add(topic)
    story.deals.add(deal)
    return Subject(story, company, deal, topic, author)


def draft(clock) -> tuple[Subject, Callable[[], None]]:
    subject = make_subject("Draft", status=Article.Status.DRAFT)

    def publish():
        subject.story.status = Article.Status.PUBLISHED
        subject.story.published_at = timezone.now() - timedelta(minutes=1)
        subject.story.save()

    return subject, publish


def scheduled(clock) -> tuple[Subject, Callable[[], None]]:
    subject = make_subject("Scheduled", published_at=timezone.now() + timedelta(hours=2))
    return subject, lambda: clock.advance(hours=3)


def unpublished(clock) -> tuple[Subject, Callable[[], None]]:
    subject = make_subject("Withdrawn")
    subject.story.status = Article.Status.DRAFT
    subject.story.save()

    def publish():
        subject.story.status = Article.Status.PUBLISHED
        subject.story.save()

    return subject, publish


def in_review(clock) -> tuple[Subject, Callable[[], None]]:
    # Waiting for an editor, with a publication time already past: still not public.
    subject = make_subject(
        "Review",
        status=Article.Status.IN_REVIEW,
        published_at=timezone.now() - timedelta(hours=1),
    )

    def publish():
        subject.story.status = Article.Status.PUBLISHED
        subject.story.save()

    return subject, publish


@pytest.mark.parametrize(
    "state", [draft, in_review, scheduled, unpublished], ids=lambda f: f.__name__
)
def test_unpublished_stories_are_on_no_feed_sitemap_or_json_ld_until_published(
    client, clock, state
):
    factories.article("Someone else's published story")  # no surface is empty
    subject, publish = state(clock)

    before = visible_on(client, subject)
    publish()
    after = visible_on(client, subject)

    assert [surface for surface, seen in before.items() if seen] == []
    assert [surface for surface, seen in after.items() if not seen] == []


def test_a_published_story_shows_on_every_surface_before_it_is_withdrawn(client):
    subject = make_subject("Live")
    assert all(visible_on(client, subject).values())
    subject.story.status = Article.Status.DRAFT
    subject.story.save()
    assert not any(visible_on(client, subject).values())
