"""A company's coverage narrowed to stories about it, mentioning it, or on its group."""

import pytest

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    parent = factories.company("Parent Co", slug="parent")
    child = factories.company("Child Co", slug="child")
    factories.relation(parent, child)
    factories.article("About parent", companies=[parent])
    factories.article("Mentions parent", mentions=[parent])
    factories.article("About child", companies=[child])
    factories.draft("Draft about parent", companies=[parent])
    return parent


def get(client, company, **params):
    return client.get(company.get_absolute_url(), params).content.decode()


def test_about_shows_only_stories_about_it(client, company):
    page = get(client, company, show="about")
    assert "About parent" in page
    assert "Mentions parent" not in page and "About child" not in page


def test_mentions_shows_only_stories_mentioning_it(client, company):
    page = get(client, company, show="mentions")
    assert "Mentions parent" in page
    assert "About parent" not in page and "About child" not in page


def test_group_shows_only_the_subsidiaries_stories(client, company):
    page = get(client, company, show="group")
    assert "About child" in page
    assert "About parent" not in page and "Mentions parent" not in page


def test_narrowed_lists_leave_out_drafts(client, company):
    assert "Draft about parent" not in get(client, company, show="about")


@pytest.mark.parametrize(("show", "count"), [("about", 1), ("mentions", 1), ("group", 1), ("", 3)])
def test_count_shown_agrees_with_the_list(client, company, show, count):
    page = get(client, company, show=show) if show else get(client, company)
    assert f"{count} stor{'y' if count == 1 else 'ies'}</p>" in page


def test_bad_show_value_is_a_404(client, company):
    assert client.get(company.get_absolute_url(), {"show": "nope"}).status_code == 404


def test_pagination_keeps_the_filter(client, company):
    for n in range(12):
        factories.article(f"Extra {n}", companies=[company])
    page = get(client, company, show="about")
    assert "13 stories</p>" in page
    assert 'href="?show=about&amp;page=2"' in page
    second = get(client, company, show="about", page=2)
    assert "Mentions parent" not in second and "About child" not in second


# The full list costs 8 (test_queries); a narrowed list adds its COUNT.
@pytest.mark.parametrize("size", [5, 60])
@pytest.mark.parametrize("show", ["about", "mentions", "group"])
def test_narrowed_query_budget(client, company, size, show, django_assert_max_num_queries):
    for n in range(size):
        factories.article(f"Extra {n}", companies=[company])
    with django_assert_max_num_queries(9):
        assert client.get(company.get_absolute_url(), {"show": show}).status_code == 200
