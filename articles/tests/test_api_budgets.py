"""Every API endpoint's query budget, on a cache miss (the page cache cleared first),
asserted at two data sizes: the count is the budget's and does not grow with the data.

The budgets (the public state's read included):

- stories: 3 — public state, the page of stories (a cursor: no COUNT, no OFFSET), their
  bylines; with `q`, /search/'s pool of the newest matching ids: +1 on SQLite, +2 on
  PostgreSQL (the planner's estimate, then the pool; the planner's statistics, read once
  every few minutes per process, are warm here).
- story: 6 — public state, the story, bylines, companies, public deals, tags.
- companies, deals, authors, topics: 3 — public state, COUNT, the page (deals: +1 for
  nothing: parties are not listed).
- company: 6 — public state, the company, aliases, parents, subsidiaries, latest deals.
- deal: 4 — public state, the deal, its parties, its public timeline.
- author, topic: 2 — public state, the row.
"""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles import search
from articles.models import Author, Byline, DealEvent
from companies.models import Company, CompanyAlias
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db

BUDGETS = {
    "stories": ("story-list", (), {}, 3),
    "stories by company": ("story-list", (), {"company": "acme", "topic": "mergers"}, 3),
    "stories by q": ("story-list", (), {"q": "acme"}, 5),
    "stories by q, common": ("story-list", (), {"q": "story"}, 5),
    "story": ("story-detail", ("acme-agrees-deal",), {}, 6),
    "companies": ("company-list", (), {}, 3),
    "company": ("company-detail", ("acme",), {}, 6),
    "deals": ("deal-list", (), {"company": "acme", "status": "announced"}, 3),
    "deal": ("deal-detail", ("acme-buys-widget",), {}, 4),
    "authors": ("author-list", (), {}, 3),
    "author": ("author-detail", ("ann-writer",), {}, 2),
    "topics": ("topic-list", (), {}, 3),
    "topic": ("topic-detail", ("mergers",), {}, 2),
}


def _named() -> None:
    """The rows every endpoint asks for by name."""
    parent = factories.company("Parent Group")
    acme = factories.company("Acme")
    writer = factories.author("Ann Writer")
    deal = factories.deal("Acme buys Widget", parties=[(acme, DealParty.Role.ACQUIRER)])
    story = factories.article("Acme agrees deal", companies=[acme], byline=writer)
    story.tags.add("mergers")
    story.deals.add(deal)
    factories.relation(parent, acme)


def _around(count: int, start: int = 0) -> None:
    """`count` more of everything around the named rows: stories by the same author about
    the same company with the same tag and deal, aliases, subsidiaries, deals, steps."""
    acme = Company.objects.get(slug="acme")
    writer = Author.objects.get(slug="ann-writer")
    deal = Deal.objects.get(slug="acme-buys-widget")
    now = timezone.now()
    for i in range(start, start + count):
        other = factories.company()
        CompanyAlias.objects.create(company=acme, name=f"Acme alias {i}")
        factories.relation(acme, other)
        more = factories.article(
            f"More story {i}",
            companies=[acme, other],
            byline=factories.author(),
            published_at=now - timedelta(hours=2, minutes=i),
        )
        Byline.objects.create(article=more, author=writer, order=2)
        more.tags.add("mergers", f"extra-{i}")
        more.deals.add(deal, factories.deal(parties=[(acme, DealParty.Role.INVESTOR)]))
        DealEvent.objects.create(
            deal=deal,
            date=timezone.localdate() - timedelta(days=i + 1),
            status=Deal.Status.IN_TALKS,
            article=more,
        )
        DealParty.objects.create(deal=deal, company=other, role=DealParty.Role.TARGET)


def _common_word_past_the_window(monkeypatch, name: str) -> None:
    # "story" is in every story: past a window of 2 it takes the common word's plan.
    if name.endswith("common"):
        monkeypatch.setattr(search, "RANK_WINDOW", 2)


def _queries(client, django_assert_max_num_queries, name: str) -> int:
    route, args, params, budget = BUDGETS[name]
    url = reverse(f"api:{route}", args=args)
    client.get(url, params)  # warm anything per process
    cache.clear()
    with django_assert_max_num_queries(budget) as counted:
        response = client.get(url, params)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    return len(counted.captured_queries)


@pytest.mark.parametrize("name", BUDGETS)
@pytest.mark.parametrize("size", [2, 30])
def test_each_endpoint_keeps_its_budget(
    client, django_assert_max_num_queries, monkeypatch, name, size
):
    _common_word_past_the_window(monkeypatch, name)
    _named()
    _around(size)
    _queries(client, django_assert_max_num_queries, name)


@pytest.mark.parametrize("name", BUDGETS)
def test_the_count_does_not_grow_with_the_data(
    client, django_assert_max_num_queries, monkeypatch, name
):
    _common_word_past_the_window(monkeypatch, name)
    _named()
    _around(2)
    small = _queries(client, django_assert_max_num_queries, name)
    _around(30, start=2)
    large = _queries(client, django_assert_max_num_queries, name)
    assert large == small


@pytest.mark.parametrize("params", [{}, {"q": "story"}], ids=["all", "q"])
def test_a_later_stories_page_reads_no_offset_and_counts_nothing(
    client, django_assert_max_num_queries, params
):
    """Cursor pages: page 2 costs what page 1 does at any archive size (no OFFSET into
    200k rows, no COUNT over them)."""
    _named()
    _around(25)
    first = client.get(reverse("api:story-list"), params).json()
    cache.clear()
    with django_assert_max_num_queries(BUDGETS["stories by q"][3]) as counted:
        second = client.get(first["next"])
    assert second.status_code == 200 and second.json()["results"]
    sql = " ".join(q["sql"].upper() for q in counted.captured_queries)
    assert " OFFSET " not in sql
    assert "COUNT(" not in sql
