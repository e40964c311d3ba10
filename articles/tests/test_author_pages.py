"""An author's page lists their published stories; an author with none has no page."""

import html
from datetime import timedelta

import pytest

from . import factories

pytestmark = pytest.mark.django_db


def page(client, author):
    return client.get(f"/authors/{author.slug}/")


def test_an_author_whose_only_stories_are_drafts_has_no_page(client):
    author = factories.author("Draft Writer")
    factories.draft("Unpublished one", byline=author)
    factories.draft("Unpublished two", byline=author)
    assert page(client, author).status_code == 404


def test_an_author_with_no_stories_has_no_page(client):
    assert page(client, factories.author("Newcomer")).status_code == 404


def test_an_author_whose_only_story_is_scheduled_gets_a_page_when_it_goes_live(client, clock):
    author = factories.author("Scheduled Writer")
    factories.article("Tomorrow's story", byline=author, published_at=clock.now + timedelta(1))
    assert page(client, author).status_code == 404
    clock.advance(days=1)
    response = page(client, author)
    assert response.status_code == 200
    assert "Tomorrow's story" in html.unescape(response.content.decode())


def test_an_author_page_lists_only_published_stories(client):
    author = factories.author("Busy Writer")
    factories.article("Out in the open", byline=author)
    factories.draft("SECRET draft", byline=author)
    factories.scheduled("FUTURE story", byline=author)
    factories.article("Someone else's story", byline=factories.author())
    response = page(client, author)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Out in the open" in html
    assert "SECRET" not in html and "FUTURE" not in html and "Someone else" not in html


def test_an_author_loses_the_page_when_the_last_story_is_unpublished(client):
    author = factories.author("Retracted Writer")
    story = factories.article("Soon retracted", byline=author)
    assert page(client, author).status_code == 200
    story.status = story.Status.DRAFT
    story.save()
    assert page(client, author).status_code == 404
