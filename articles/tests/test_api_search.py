"""The stories list's `q`: full text through /search/'s backend (FTS5 on SQLite, tsvector
on PostgreSQL), newest first on cursor pages, bounded work, hostile input answered."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import search

from . import factories
from .test_search import HOSTILE

pytestmark = pytest.mark.django_db

URL = reverse("api:story-list")


def slugs(response) -> list[str]:
    assert response.status_code == 200
    return [story["slug"] for story in response.json()["results"]]


def test_q_finds_the_stories_that_match(client):
    factories.article("Lithium miner raises funds")
    factories.article("Bank results beat forecasts")
    assert slugs(client.get(URL, {"q": "lithium"})) == ["lithium-miner-raises-funds"]


def test_q_searches_the_body_too(client):
    factories.article("Quarterly update", body="The cobalt refinery opens next year.")
    assert slugs(client.get(URL, {"q": "cobalt"})) == ["quarterly-update"]


def test_q_takes_phrases_or_and_exclusions(client):
    factories.article("Lithium price falls", published_at=timezone.now() - timedelta(hours=2))
    factories.article("Nickel price rises", published_at=timezone.now() - timedelta(hours=3))
    factories.article("Lithium mine opens", published_at=timezone.now() - timedelta(hours=4))
    assert slugs(client.get(URL, {"q": '"price falls"'})) == ["lithium-price-falls"]
    assert slugs(client.get(URL, {"q": "lithium -mine"})) == ["lithium-price-falls"]
    assert slugs(client.get(URL, {"q": "nickel OR mine"})) == [
        "nickel-price-rises",
        "lithium-mine-opens",
    ]


def test_q_combines_with_the_other_filters(client):
    acme = factories.company("Acme")
    factories.article("Acme lithium plan", companies=[acme])
    factories.article("Other lithium plan")
    found = slugs(client.get(URL, {"q": "lithium", "company": "acme"}))
    assert found == ["acme-lithium-plan"]


def test_q_never_finds_a_draft_or_a_scheduled_story(client):
    factories.draft("Lithium draft")
    factories.scheduled("Lithium scheduled")
    factories.article("Lithium published")
    assert slugs(client.get(URL, {"q": "lithium"})) == ["lithium-published"]


def test_a_query_of_nothing_but_operators_finds_nothing(client):
    factories.article("Lithium story")
    assert slugs(client.get(URL, {"q": '" - OR *'})) == []


def test_an_empty_q_is_no_filter(client):
    factories.article("Lithium story")
    assert slugs(client.get(URL, {"q": ""})) == ["lithium-story"]


def _lithium_stories(count: int) -> None:
    now = timezone.now()
    for i in range(count):
        factories.article(f"Lithium story {i}", published_at=now - timedelta(minutes=i + 1))
    factories.article("Unrelated story", published_at=now - timedelta(seconds=30))


def _walk(client, params) -> list[str]:
    page = client.get(URL, params).json()
    found = [s["slug"] for s in page["results"]]
    while page["next"]:
        page = client.get(page["next"]).json()
        found += [s["slug"] for s in page["results"]]
    return found


def test_cursor_pages_walk_every_match_newest_first(client):
    _lithium_stories(25)
    assert _walk(client, {"q": "lithium"}) == [f"lithium-story-{i}" for i in range(25)]


def test_a_common_word_lists_the_newest_matches_of_the_search_pool(client, monkeypatch):
    """Past RANK_WINDOW matches the list is /search/'s pool, the newest RANK_WINDOW: the
    work is bounded by the window, not by how many stories match."""
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    _lithium_stories(8)
    assert _walk(client, {"q": "lithium"}) == [f"lithium-story-{i}" for i in range(3)]


def test_q_reads_the_pool_once_whatever_the_filters(client, monkeypatch):
    pools = []
    real = search.StoryHits.pool

    def spy(hits):
        pools.append(hits)
        return real(hits)

    monkeypatch.setattr(search.StoryHits, "pool", spy)
    factories.article("Lithium story", companies=[factories.company("Acme")])
    assert slugs(client.get(URL, {"q": "lithium", "company": "acme"})) == ["lithium-story"]
    assert len(pools) == 1


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_answered_without_an_error(client, q):
    factories.article("Lithium story")
    response = client.get(URL, {"q": q})
    assert response.status_code in (200, 400)


def test_a_long_query_is_cut_not_refused(client):
    factories.article("Lithium story")
    assert slugs(client.get(URL, {"q": "lithium " * 5_000})) == ["lithium-story"]


@pytest.mark.parametrize("name", ["company", "topic", "author", "deal"])
@pytest.mark.parametrize("value", ["a\x00b", "two words", "x" * 201, "../etc", "a'b"])
def test_a_filter_that_is_not_a_slug_is_a_400(client, name, value):
    response = client.get(URL, {name: value})
    assert response.status_code == 400
    assert name in response.json()["detail"]


def test_a_topic_slug_in_another_script_is_a_filter(client):
    story = factories.article("Alibaba story")
    story.tags.add("阿里巴巴")
    assert slugs(client.get(URL, {"topic": "阿里巴巴"})) == ["alibaba-story"]
