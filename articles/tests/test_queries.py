"""Query budgets: a page's query count must not grow with the data behind it."""

import pytest
from django.db import transaction
from django.urls import reverse

from articles.models import DealEvent
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db

# Budgets that do not grow with the data (each is checked at 5 and 200 stories). Every
# count includes the one public-state lookup that the page cache and ETag key on; the
# article page's own queries are five: the story (with its tags and notes), bylines,
# companies, deals, related coverage.
BUDGETS = {"home": 8, "article": 6, "company": 8, "deal": 8}


@pytest.fixture(scope="module", params=[5, 200], ids=["5-stories", "200-stories"])
def covered(request, django_db_setup, django_db_blocker):
    """A company, its subsidiary and a deal, with `param` published stories on them: built
    once for the module's tests (each of which only reads) and rolled back after them, as
    Django's `TestCase.setUpTestData` does."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _covered(request.param)
        transaction.set_rollback(True)


def _covered(count: int) -> dict:
    parent = factories.company("Alibaba Group", slug="alibaba")
    child = factories.company("Lazada")
    partner = factories.company("Mail.ru Group")
    factories.relation(parent, child)
    deal = factories.deal(
        "Joint venture",
        value="1000",
        parties=[(parent, DealParty.Role.PARTNER), (partner, DealParty.Role.PARTNER)],
    )
    authors = [factories.author(), factories.author()]
    stories = []
    for n in range(count):
        story = factories.article(
            f"Story {n}",
            companies=[parent if n % 2 else child],
            mentions=[partner],
            byline=authors[n % 2],
        )
        story.tags.add("e-commerce", f"tag-{n % 7}")
        story.deals.add(deal)
        stories.append(story)
    for n in range(min(count, 20)):
        DealEvent.objects.create(
            deal=deal, date=f"2018-01-{n + 1:02d}", status=Deal.Status.IN_TALKS, article=stories[n]
        )
    return {"company": parent, "deal": deal, "story": stories[0]}


def test_home_query_budget(client, covered, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGETS["home"]):
        assert client.get(reverse("articles:home")).status_code == 200


def test_article_query_budget(client, covered, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGETS["article"]):
        assert client.get(covered["story"].get_absolute_url()).status_code == 200


def test_company_query_budget(client, covered, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGETS["company"]):
        assert client.get(covered["company"].get_absolute_url()).status_code == 200


def test_deal_query_budget(client, covered, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGETS["deal"]):
        assert client.get(covered["deal"].get_absolute_url()).status_code == 200


@pytest.mark.parametrize("url", ["companies:index", "deals:index"])
def test_index_pages_use_a_fixed_number_of_queries(
    client, covered, url, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        assert client.get(reverse(url)).status_code == 200


def test_topic_and_author_pages_use_a_fixed_number_of_queries(
    client, covered, django_assert_max_num_queries
):
    author = covered["story"].bylines.get().author
    with django_assert_max_num_queries(8):
        assert (
            client.get(reverse("topics:detail", kwargs={"slug": "e-commerce"})).status_code == 200
        )
    with django_assert_max_num_queries(8):
        assert client.get(author.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("show", ["about", "mentions", "group"])
def test_a_narrowed_company_page_keeps_the_company_budget(
    client, covered, show, django_assert_max_num_queries
):
    # Its list has no stored count: the page's rows carry it (a window count), no COUNT.
    with django_assert_max_num_queries(BUDGETS["company"]):
        response = client.get(covered["company"].get_absolute_url(), {"show": show})
    assert response.status_code == 200
