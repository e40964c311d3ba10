"""The deals index: public deals newest first (undated last, ties by the newer deal), whole
or filtered by status, kind and party, a page at a time, read by prepared queries."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db

URL = reverse("deals:index")


@pytest.fixture
def deals():
    acme, zeta = factories.company("Acme"), factories.company("Zeta")
    made = []
    for n in range(60):
        made.append(
            factories.deal(
                f"Deal {n:02d}",
                kind=Deal.Kind.MERGER if n % 3 else Deal.Kind.INVESTMENT,
                status=Deal.Status.COMPLETED if n % 2 else Deal.Status.ANNOUNCED,
                # every fifth undated; pairs on the same day
                announced_on=None if n % 5 == 0 else date(2020, 1, 1) + timedelta(days=n // 2),
                parties=[(acme if n % 4 else zeta, DealParty.Role.ACQUIRER)],
            )
        )
    factories.deal("Not public yet", marked_public=False, parties=[(acme, "acquirer")])
    return made


def _names(client, **query) -> list[str]:
    response = client.get(URL, query)
    assert response.status_code == 200
    return [deal.name for deal in response.context["object_list"]]


def _expected(**filters) -> list[str]:
    return [deal.name for deal in Deal.objects.public().filter(**filters).latest()]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"status": "completed"},
        {"kind": "merger"},
        {"status": "announced", "kind": "investment"},
        {"company": "acme"},
        {"company": "zeta", "status": "announced"},
    ],
)
def test_every_page_lists_the_public_deals_newest_first_undated_last(client, deals, query):
    filters = {("parties__company__slug" if k == "company" else k): v for k, v in query.items()}
    expected = _expected(**filters)
    pages = [_names(client, **query, page=n) for n in range(1, (len(expected) - 1) // 25 + 2)]
    assert [name for page in pages for name in page] == expected
    assert expected and "Not public yet" not in expected
    assert _names(client, **query, page="last") == pages[-1]


def test_undated_deals_come_after_dated_ones_and_ties_go_to_the_newer_deal(client, deals):
    names = _expected()
    dated = [n for n in names if Deal.objects.get(name=n).announced_on is not None]
    assert names[: len(dated)] == dated
    assert names.index("Deal 59") < names.index("Deal 58")  # same day


def test_a_page_past_the_end_or_not_a_number_is_a_404(client, deals):
    assert client.get(URL, {"page": 99}).status_code == 404
    assert client.get(URL, {"page": "x"}).status_code == 404
    assert client.get(URL, {"company": "nobody"}).status_code == 200  # empty first page


def test_the_count_follows_a_deal_made_public(client, deals):
    hidden = Deal.objects.get(name="Not public yet")
    before = client.get(URL).context["paginator"].count
    hidden.marked_public = True
    hidden.save()
    assert client.get(URL).context["paginator"].count == before + 1


@pytest.mark.parametrize("size", [3, 60])
def test_a_filtered_index_keeps_its_query_budget(client, size, django_assert_max_num_queries):
    acme = factories.company("Acme")
    for n in range(size):
        factories.deal(f"Deal {n}", status="completed", parties=[(acme, "acquirer")])
    with django_assert_max_num_queries(4):  # public state, count, page, parties
        assert _names(client, status="completed", company="acme")
