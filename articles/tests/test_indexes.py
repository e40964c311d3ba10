"""The topics and authors index pages."""

import pytest
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db


def test_topics_index_lists_most_active_first_then_a_to_z(client):
    for n in range(2):
        factories.article(f"Banking {n}").tags.add("banking")
    factories.article("Zinc").tags.add("zinc")
    factories.article("Apples").tags.add("apples")
    page = client.get(reverse("topics:index")).content.decode()
    assert page.index(">banking<") < page.index(">apples<") < page.index(">zinc<")


def test_topics_index_leaves_out_topics_without_published_stories(client):
    factories.article("Public").tags.add("public")
    factories.draft("Draft").tags.add("secret")
    page = client.get(reverse("topics:index")).content.decode()
    assert ">public<" in page and "secret" not in page


def test_authors_index_lists_most_active_first_then_a_to_z(client):
    busy, alice, zed = factories.author("Busy"), factories.author("Alice"), factories.author("Zed")
    for n in range(2):
        factories.article(f"Busy {n}", byline=busy)
    factories.article("By Zed", byline=zed)
    factories.article("By Alice", byline=alice)
    page = client.get(reverse("authors:index")).content.decode()
    assert page.index(">Busy<") < page.index(">Alice<") < page.index(">Zed<")


def test_authors_index_leaves_out_authors_without_published_stories(client):
    factories.article("Public", byline=factories.author("Shown"))
    factories.draft("Draft", byline=factories.author("Hidden"))
    page = client.get(reverse("authors:index")).content.decode()
    assert ">Shown<" in page and "Hidden" not in page


def test_authors_index_is_paginated_at_100(client):
    for n in range(101):
        factories.article(f"Story {n}", byline=factories.author(f"Writer {n:03d}"))
    first = client.get(reverse("authors:index")).content.decode()
    second = client.get(reverse("authors:index"), {"page": 2}).content.decode()
    assert "Writer 099" in first and "Writer 100" not in first
    assert "Writer 100" in second


def test_footer_links_to_the_indexes(client):
    page = client.get(reverse("articles:home")).content.decode()
    assert f'href="{reverse("topics:index")}"' in page
    assert f'href="{reverse("authors:index")}"' in page


def test_story_page_links_to_the_indexes(client):
    story = factories.article("A story")
    page = client.get(story.get_absolute_url()).content.decode()
    assert "All topics" in page and "All authors" in page


@pytest.fixture(params=[5, 200], ids=["5-stories", "200-stories"])
def many(request):
    authors = [factories.author() for _ in range(min(request.param, 40))]
    for n in range(request.param):
        factories.article(f"Story {n}", byline=authors[n % len(authors)]).tags.add(f"tag-{n}")


@pytest.mark.parametrize("url", ["topics:index", "authors:index"])
def test_index_query_budget(client, many, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(reverse(url)).status_code == 200
