"""Rankings by published coverage: the home page's "most covered" and "often mentioned with"."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import live, rankings
from articles.publishing import article_publish, article_unpublish

from . import factories

pytestmark = pytest.mark.django_db


def ranked(companies) -> list[tuple[str, int]]:
    return [(c.name, c.coverage) for c in companies]


@pytest.fixture
def desk():
    """Alpha in three published stories, Beta in two, Gamma in one; Hidden in five stories
    no reader can see (drafts, scheduled, a draft with a past time)."""
    alpha, beta, gamma = (factories.company(n) for n in ("Alpha", "Beta", "Gamma"))
    hidden = factories.company("Hidden")
    factories.article(companies=[alpha, beta, gamma])
    factories.article(companies=[alpha, beta])
    factories.article(companies=[alpha])
    for _ in range(2):
        factories.draft(companies=[hidden, gamma])
        factories.scheduled(companies=[hidden, gamma])
    factories.draft(
        companies=[hidden], published_at=factories.article().published_at - timedelta(days=1)
    )
    return alpha, beta, gamma, hidden


def test_most_covered_counts_only_published_stories(desk):
    assert ranked(rankings.most_covered()) == [("Alpha", 3), ("Beta", 2), ("Gamma", 1)]


def test_home_page_ranks_only_published_coverage(client, desk):
    response = client.get(reverse("articles:home"))
    assert ranked(response.context["top_companies"]) == [("Alpha", 3), ("Beta", 2), ("Gamma", 1)]
    assert "Hidden" not in response.content.decode()


def test_most_covered_stops_at_the_limit_and_breaks_ties_by_name(desk):
    alpha, beta, gamma, _ = desk
    factories.article(companies=[gamma])  # Gamma ties Beta on two
    assert ranked(rankings.most_covered(limit=2)) == [("Alpha", 3), ("Beta", 2)]
    assert ranked(rankings.most_covered(limit=3)) == [("Alpha", 3), ("Beta", 2), ("Gamma", 2)]


def test_most_covered_reads_only_the_latest_window_of_stories(desk, monkeypatch):
    _, _, gamma, _ = desk
    factories.article(companies=[gamma], published_at=timezone.now() - timedelta(minutes=1))
    monkeypatch.setattr(rankings, "RECENT_STORIES", 1)
    live.refresh_most_covered()
    assert ranked(rankings.most_covered()) == [("Gamma", 1)]


def test_most_covered_follows_a_story_published_unpublished_and_relinked(desk, editor):
    alpha, beta, gamma, hidden = desk
    story = factories.draft(companies=[gamma, hidden])
    article_publish(article=story, user=editor)
    assert ranked(rankings.most_covered()) == [
        ("Alpha", 3),
        ("Beta", 2),
        ("Gamma", 2),
        ("Hidden", 1),
    ]
    story.company_links.get(company=gamma).delete()
    assert ranked(rankings.most_covered()) == [
        ("Alpha", 3),
        ("Beta", 2),
        ("Gamma", 1),
        ("Hidden", 1),
    ]
    article_unpublish(article=story, user=editor)
    assert ranked(rankings.most_covered()) == [("Alpha", 3), ("Beta", 2), ("Gamma", 1)]


def test_most_covered_shows_a_renamed_company_by_its_new_name(desk):
    alpha, *_ = desk
    alpha.name = "Alpha Holdings"
    alpha.save()
    assert ranked(rankings.most_covered())[0] == ("Alpha Holdings", 3)


def test_most_covered_takes_in_a_scheduled_story_when_its_time_comes(clock):
    solo = factories.company("Solo")
    factories.article(companies=[solo], published_at=clock.now + timedelta(hours=1))
    assert rankings.most_covered() == []
    clock.advance(hours=1)
    live.catch_up()
    assert ranked(rankings.most_covered()) == [("Solo", 1)]


def test_most_covered_drops_a_deleted_company(desk):
    _, beta, *_ = desk
    beta.delete()
    assert ranked(rankings.most_covered()) == [("Alpha", 3), ("Gamma", 1)]


def test_most_covered_is_one_query(desk, django_assert_num_queries):
    with django_assert_num_queries(1):
        rankings.most_covered()


def test_co_mentioned_counts_only_published_stories_and_leaves_out_the_company(desk):
    alpha, beta, gamma, hidden = desk
    shared = [(c.name, c.shared) for c in rankings.co_mentioned_with(alpha)]
    assert shared == [("Beta", 2), ("Gamma", 1)]
    assert [(c.name, c.shared) for c in rankings.co_mentioned_with(hidden)] == []
    assert [(c.name, c.shared) for c in rankings.co_mentioned_with(gamma)] == [
        ("Alpha", 1),
        ("Beta", 1),
    ]


def test_co_mentioned_stops_at_the_limit(desk):
    alpha, *_ = desk
    assert [c.name for c in rankings.co_mentioned_with(alpha, limit=1)] == ["Beta"]


def test_co_mentioned_counts_every_published_story_however_old(desk):
    alpha, _, gamma, _ = desk
    factories.article(companies=[alpha, gamma], published_at=timezone.now() - timedelta(days=3000))
    shared = [(c.name, c.shared) for c in rankings.co_mentioned_with(alpha)]
    assert shared == [("Beta", 2), ("Gamma", 2)]


def test_co_mentioned_keeps_every_tie_at_the_limit_in_name_order(desk):
    alpha, _, gamma, _ = desk
    zeta, able = factories.company("Zeta"), factories.company("Able")
    factories.article(companies=[alpha, zeta, able])
    # Beta on 2; Able, Gamma and Zeta tie on 1: the cut goes by name.
    names = [c.name for c in rankings.co_mentioned_with(alpha, limit=3)]
    assert names == ["Beta", "Able", "Gamma"]


def test_co_mentioned_is_one_query(desk, django_assert_num_queries):
    alpha, *_ = desk
    with django_assert_num_queries(1):
        rankings.co_mentioned_with(alpha)


def test_the_home_page_ranks_eight_companies_by_default():
    for n in range(10):
        factories.article(companies=[factories.company(f"Ranked {n:02}")])
    assert [c.name for c in rankings.most_covered()] == [f"Ranked {n:02}" for n in range(8)]


def test_the_limit_cuts_the_ranking_by_coverage_then_name():
    zulu, bravo, alpha, charlie = (factories.company(n) for n in ("Zulu", "Bravo", "Alpha", "C"))
    for _ in range(3):
        factories.article(companies=[zulu])
    factories.article(companies=[bravo, alpha, charlie])
    assert ranked(rankings.most_covered(limit=2)) == [("Zulu", 3), ("Alpha", 1)]
    assert ranked(rankings.most_covered(limit=3)) == [("Zulu", 3), ("Alpha", 1), ("Bravo", 1)]


def test_ranked_companies_are_the_stored_ones(desk):
    alpha, beta, gamma, _ = desk
    top = rankings.most_covered()
    assert [(c.pk, c.slug, c.get_absolute_url()) for c in top] == [
        (c.pk, c.slug, c.get_absolute_url()) for c in (alpha, beta, gamma)
    ]


def test_a_company_page_lists_ten_companies_mentioned_with_it_by_default():
    hub = factories.company("Hub")
    others = [factories.company(f"Other {n:02}") for n in range(12)]
    factories.article(companies=[hub, *others])
    assert [c.name for c in rankings.co_mentioned_with(hub)] == [c.name for c in others[:10]]


def test_most_covered_takes_in_a_merge(desk):
    from companies.merge import company_merge

    alpha, beta, gamma, _ = desk
    company_merge(survivor=gamma, merged=[beta])  # Gamma's one story and Beta's two
    assert ranked(rankings.most_covered()) == [("Alpha", 3), ("Gamma", 2)]


def test_most_covered_stands_when_a_company_is_edited(desk):
    alpha, *_ = desk
    alpha.sector = "Retail"
    alpha.save()
    assert ranked(rankings.most_covered()) == [("Alpha", 3), ("Beta", 2), ("Gamma", 1)]
