"""Denormalised coverage counts stay exact on every write path, and when time passes."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import live
from articles.models import Article, ArticleCompany, PublicState
from articles.publishing import article_publish, article_unpublish
from companies.models import Company
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def subjects():
    return factories.company("Counted Co"), factories.deal("Counted deal", marked_public=False)


def counts(company: Company, deal: Deal) -> tuple[int, int]:
    company.refresh_from_db()
    deal.refresh_from_db()
    return company.story_count, deal.story_count


def story(company, deal, **fields) -> Article:
    made = factories.article(companies=[company], **fields)
    made.deals.add(deal)
    return made


def version() -> int:
    return live.current_state().version


def test_a_published_story_counts_once_for_its_company_and_deal(subjects):
    story(*subjects)
    story(*subjects)
    assert counts(*subjects) == (2, 2)


def test_drafts_and_scheduled_stories_do_not_count(subjects):
    story(*subjects, status=Article.Status.DRAFT)
    story(*subjects, published_at=timezone.now() + timedelta(hours=1))
    assert counts(*subjects) == (0, 0)


def test_publishing_and_unpublishing_recount(subjects, editor):
    draft = story(*subjects, status=Article.Status.DRAFT)
    article_publish(article=draft, user=editor)
    assert counts(*subjects) == (1, 1)
    article_unpublish(article=draft, user=editor)
    assert counts(*subjects) == (0, 0)
    article_publish(article=draft, user=editor)
    assert counts(*subjects) == (1, 1)


def test_adding_and_removing_a_company_link_recounts(subjects):
    company, _ = subjects
    made = factories.article()
    link = ArticleCompany.objects.create(article=made, company=company)
    assert counts(*subjects) == (1, 0)
    link.delete()
    assert counts(*subjects) == (0, 0)


def test_adding_and_removing_a_deal_link_recounts_from_either_side(subjects):
    _, deal = subjects
    one, two = factories.article(), factories.article()
    one.deals.add(deal)
    assert counts(*subjects) == (0, 1)
    deal.articles.add(two)
    assert counts(*subjects) == (0, 2)
    one.deals.remove(deal)
    assert counts(*subjects) == (0, 1)
    deal.articles.remove(two)
    assert counts(*subjects) == (0, 0)


def test_clearing_deal_links_recounts_from_either_side(subjects):
    _, deal = subjects
    one, two = factories.article(), factories.article()
    one.deals.add(deal)
    two.deals.add(deal)
    one.deals.clear()
    assert counts(*subjects) == (0, 1)
    deal.articles.clear()
    assert counts(*subjects) == (0, 0)
    deal.refresh_from_db()
    assert deal.reported_at is None


def test_deleting_a_story_recounts(subjects):
    kept = story(*subjects)
    gone = story(*subjects)
    gone.delete()
    assert counts(*subjects) == (1, 1)
    kept.delete()
    assert counts(*subjects) == (0, 0)
    assert subjects[1].reported_at is None


def test_a_scheduled_story_counts_once_its_time_has_come_and_catch_up_runs(subjects, clock):
    later = story(*subjects, published_at=clock.now + timedelta(hours=1))
    story(*subjects, published_at=clock.now + timedelta(hours=3))
    before = version()
    assert counts(*subjects) == (0, 0)
    assert live.current_state().next_live_at == later.published_at

    clock.advance(minutes=59)
    assert live.catch_up().version == before  # not yet: nothing changes
    assert counts(*subjects) == (0, 0)

    clock.advance(minutes=1)
    state = live.catch_up()
    assert counts(*subjects) == (1, 1)
    assert state.version == before + 1
    assert state.next_live_at == later.published_at + timedelta(hours=2)
    assert live.catch_up().version == before + 1  # counted in once

    clock.advance(hours=2)
    live.catch_up()
    assert counts(*subjects) == (2, 2)
    assert live.current_state().next_live_at is None


def test_catch_up_counts_in_every_story_that_went_live_while_nobody_looked(subjects, clock):
    for hours in (1, 2, 3):
        story(*subjects, published_at=clock.now + timedelta(hours=hours))
    clock.advance(hours=5)
    assert counts(*subjects) == (0, 0)
    live.catch_up()
    assert counts(*subjects) == (3, 3)


def test_catch_up_with_a_stale_state_claims_the_work_once(subjects, clock):
    story(*subjects, published_at=clock.now + timedelta(hours=1))
    stale = live.current_state()
    clock.advance(hours=1)
    live.catch_up()
    after = version()
    # Another process still holding the old state finds the catch-up already claimed.
    assert live.catch_up(stale).version == after
    assert counts(*subjects) == (1, 1)


def test_every_public_change_bumps_the_version(subjects, editor):
    company, deal = subjects
    seen = [version()]
    made = factories.article()
    seen.append(version())
    ArticleCompany.objects.create(article=made, company=company)
    seen.append(version())
    made.deals.add(deal)
    seen.append(version())
    article_unpublish(article=made, user=editor)
    seen.append(version())
    assert seen == sorted(set(seen)), seen


def test_refresh_all_repairs_counts_written_around_the_signals(subjects):
    company, deal = subjects
    story(*subjects)
    Company.objects.update(story_count=7)
    Deal.objects.update(story_count=7, reported_at=None)
    live.refresh_all()
    assert counts(*subjects) == (1, 1)
    assert deal.reported_at is not None


def test_refresh_for_articles_recounts_only_what_they_link(subjects):
    company, deal = subjects
    other = factories.company()
    made = story(*subjects)
    factories.article(companies=[other])
    Company.objects.update(story_count=0)
    Deal.objects.update(story_count=0)
    live.refresh_for_articles([made.pk])
    assert counts(*subjects) == (1, 1)
    other.refresh_from_db()
    assert other.story_count == 0


def test_refresh_without_bump_leaves_the_version(subjects):
    story(*subjects)
    before = version()
    live.refresh_coverage(companies=[subjects[0].pk], bump=False)
    assert version() == before


def test_the_public_state_is_one_row_made_on_first_use(clock):
    assert not PublicState.objects.exists()
    state = live.current_state()
    assert (state.pk, state.version, state.changed_at) == (1, 1, clock.now)
    live.bump_version()
    assert PublicState.objects.get().version == 2


def public_count() -> int:
    return live.current_state().story_count


def test_the_public_story_count_follows_every_kind_of_story(subjects, clock, editor):
    story(*subjects)
    story(*subjects, status=Article.Status.DRAFT)
    story(*subjects, status=Article.Status.IN_REVIEW)
    story(*subjects, published_at=clock.now + timedelta(hours=1))
    story(*subjects, embargo_until=clock.now + timedelta(hours=2))
    unpublished = story(*subjects)
    article_unpublish(article=unpublished, user=editor)
    assert public_count() == Article.objects.published().count() == 1


def test_the_public_story_count_takes_in_scheduled_and_embargoed_stories_on_time(subjects, clock):
    story(*subjects, published_at=clock.now + timedelta(hours=1))
    story(*subjects, embargo_until=clock.now + timedelta(hours=2))
    clock.advance(hours=1)
    live.catch_up()
    assert public_count() == 1
    clock.advance(hours=1)
    live.catch_up()
    assert public_count() == Article.objects.published().count() == 2


def test_deleting_a_public_story_recounts_the_public_stories(subjects):
    story(*subjects)
    gone = story(*subjects)
    gone.delete()
    assert public_count() == 1


def test_refresh_all_repairs_the_public_story_count(subjects):
    story(*subjects)
    PublicState.objects.update(story_count=99)
    live.refresh_all()
    assert public_count() == 1


@pytest.mark.parametrize("one_by_one", [500, 1], ids=["correlated", "batched"])
def test_a_full_recount_is_exact_counted_either_way(subjects, monkeypatch, one_by_one, clock):
    """Past ONE_BY_ONE rows a recount counts in one pass and writes in batches: the same
    counts, first-reported times and zeros as the correlated update."""
    monkeypatch.setattr(live, "ONE_BY_ONE", one_by_one)
    company, deal = subjects
    quiet = factories.company("Quiet Co")
    lonely = factories.deal("Lonely deal", marked_public=False)
    author = factories.author()
    first = story(*subjects, byline=author, published_at=clock.now - timedelta(days=2))
    story(*subjects, byline=author)
    story(*subjects, status=Article.Status.DRAFT)
    Company.objects.update(story_count=9)
    Deal.objects.update(story_count=9, reported_at=None)
    type(author).objects.update(story_count=9)
    live.refresh_all()
    assert counts(company, deal) == (2, 2)
    assert deal.reported_at == first.published_at
    quiet.refresh_from_db()
    lonely.refresh_from_db()
    author.refresh_from_db()
    assert (quiet.story_count, lonely.story_count, lonely.reported_at) == (0, 0, None)
    assert author.story_count == 2
