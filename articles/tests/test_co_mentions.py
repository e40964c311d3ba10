"""The co-mention counts behind "often mentioned with" (`CoMention`) stay exact on every
write path: checked against a recount from scratch after each kind of change."""

import random
from datetime import timedelta

import pytest
from django.core.management import call_command

from articles import linking, live
from articles.models import Article, ArticleCompany, CoMention
from articles.publishing import article_publish, article_unpublish
from companies.merge import company_merge
from companies.models import Company
from intelligence.companies import CompanyMention

from . import factories

pytestmark = pytest.mark.django_db


def kept() -> set[tuple[int, int, int]]:
    return set(CoMention.objects.values_list("company_id", "other_id", "shared"))


def recounted() -> set[tuple[int, int, int]]:
    """The counts from scratch: every pair of companies in each published story."""
    linked: dict[int, set[int]] = {}
    for story, company in ArticleCompany.objects.filter(
        article__in=Article.objects.published()
    ).values_list("article_id", "company_id"):
        linked.setdefault(story, set()).add(company)
    counts: dict[tuple[int, int], int] = {}
    for companies in linked.values():
        for a in companies:
            for b in companies - {a}:
                counts[a, b] = counts.get((a, b), 0) + 1
    return {(a, b, n) for (a, b), n in counts.items()}


def shared(company: Company, other: Company) -> int:
    row = CoMention.objects.filter(company=company, other=other).first()
    return row.shared if row else 0


@pytest.fixture
def trio():
    return tuple(factories.company(name) for name in ("Alpha", "Beta", "Gamma"))


def test_a_published_story_counts_each_pair_both_ways(trio):
    alpha, beta, gamma = trio
    factories.article(companies=[alpha, beta, gamma])
    assert kept() == recounted()
    assert len(kept()) == 6
    assert shared(alpha, beta) == shared(beta, alpha) == 1


def test_drafts_and_scheduled_stories_count_for_nothing(trio):
    alpha, beta, _ = trio
    factories.draft(companies=[alpha, beta])
    factories.scheduled(companies=[alpha, beta])
    assert kept() == set()


def test_publishing_and_unpublishing_recount(trio, editor):
    alpha, beta, _ = trio
    story = factories.draft(companies=[alpha, beta])
    article_publish(article=story, user=editor)
    assert shared(alpha, beta) == 1
    article_unpublish(article=story, user=editor)
    assert kept() == set()


def test_adding_and_removing_a_link_recounts_its_pairs(trio):
    alpha, beta, gamma = trio
    story = factories.article(companies=[alpha, beta])
    link = ArticleCompany.objects.create(article=story, company=gamma)
    assert kept() == recounted()
    assert shared(gamma, alpha) == 1
    link.delete()
    assert kept() == recounted()
    assert shared(gamma, alpha) == shared(alpha, gamma) == 0


def test_deleting_a_story_recounts_its_pairs(trio):
    alpha, beta, _ = trio
    factories.article(companies=[alpha, beta])
    factories.article(companies=[alpha, beta]).delete()
    assert shared(alpha, beta) == 1
    assert kept() == recounted()


def test_a_scheduled_story_counts_once_its_time_has_come(trio, clock):
    alpha, beta, _ = trio
    factories.article(companies=[alpha, beta], published_at=clock.now + timedelta(hours=1))
    assert kept() == set()
    clock.advance(hours=1)
    live.catch_up()
    assert shared(alpha, beta) == 1


def test_links_made_in_bulk_by_the_linker_count(trio):
    alpha, beta, gamma = trio
    story = factories.article(companies=[alpha])
    mentions = [
        CompanyMention(
            company=c.pk,
            slug=c.slug,
            name=c.name,
            mentions=1,
            role="about",
            first=c.name,
            in_title=False,
        )
        for c in (beta, gamma)
    ]
    linking.article_link_companies(article=story, mentions=mentions)
    assert kept() == recounted()
    assert shared(alpha, gamma) == 1


def test_a_merge_moves_the_merged_company_s_pairs_to_the_kept_one(trio):
    alpha, beta, gamma = trio
    duplicate = factories.company("Alpha Inc")
    factories.article(companies=[alpha, beta])
    factories.article(companies=[duplicate, beta, gamma])
    factories.article(companies=[duplicate, alpha])  # the two merged: no pair with itself
    company_merge(survivor=alpha, merged=[duplicate])
    assert kept() == recounted()
    assert shared(alpha, beta) == 2
    assert not CoMention.objects.filter(company=alpha, other=alpha).exists()


def test_a_merge_preview_does_not_list_the_counts_as_moving(trio):
    from companies.merge import plan_moves

    alpha, beta, _ = trio
    duplicate = factories.company("Alpha Inc")
    factories.article(companies=[duplicate, beta])
    labels = [move.label for move in plan_moves(alpha, duplicate)]
    assert not any("mention" in label.lower() and "co" in label.lower() for label in labels)


def test_recount_coverage_rebuilds_counts_written_around_the_signals(trio):
    alpha, beta, gamma = trio
    story = factories.article(companies=[alpha])
    ArticleCompany.objects.bulk_create([ArticleCompany(article=story, company=beta)])
    CoMention.objects.create(company=gamma, other=alpha, shared=7)  # a stray count
    call_command("recount_coverage", verbosity=0)
    assert kept() == recounted() == {(alpha.pk, beta.pk, 1), (beta.pk, alpha.pk, 1)}


def test_a_bulk_change_of_many_pairs_is_exact(monkeypatch, trio):
    # Over PAIRS_ONE_BY_ONE pairs, the companies' rows are recounted instead of each pair.
    monkeypatch.setattr(live, "PAIRS_ONE_BY_ONE", 1)
    alpha, beta, gamma = trio
    factories.article(companies=[alpha, beta, gamma])
    assert kept() == recounted()


def test_a_bulk_change_of_many_companies_is_exact(monkeypatch, trio):
    # Over ONE_BY_ONE companies, every pair is rebuilt in one pass.
    monkeypatch.setattr(live, "PAIRS_ONE_BY_ONE", 1)
    monkeypatch.setattr(live, "ONE_BY_ONE", 1)
    alpha, beta, gamma = trio
    factories.article(companies=[alpha, beta, gamma])
    assert kept() == recounted()


def test_counts_stay_exact_through_a_random_run_of_edits(editor):
    """Stories published, unpublished, relinked and deleted in a random order: after each
    step the kept counts equal a recount from scratch. Seeded, so a failure replays."""
    rng = random.Random(20261125)
    companies = [factories.company(f"Random {n}") for n in range(6)]
    stories: list[Article] = []
    for step in range(40):
        action = rng.choice(["new", "new", "publish", "unpublish", "link", "unlink", "delete"])
        if action == "new" or not stories:
            maker = rng.choice([factories.article, factories.draft])
            stories.append(maker(companies=rng.sample(companies, rng.randint(1, 4))))
        else:
            story = rng.choice(stories)
            story.refresh_from_db()
            if action == "publish" and story.status != Article.Status.PUBLISHED:
                article_publish(article=story, user=editor)
            elif action == "unpublish" and story.status == Article.Status.PUBLISHED:
                article_unpublish(article=story, user=editor)
            elif action == "link":
                linked = set(story.company_links.values_list("company_id", flat=True))
                free = [c for c in companies if c.pk not in linked]
                if free:
                    ArticleCompany.objects.create(article=story, company=rng.choice(free))
            elif action == "unlink":
                link = story.company_links.order_by("?").first()
                if link:
                    link.delete()
            elif action == "delete":
                stories.remove(story)
                story.delete()
        assert kept() == recounted(), f"step {step}: {action}"
