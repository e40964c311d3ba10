"""What mutation testing of `articles.live` found the other tests did not pin down: each
test here fails on one surviving mutant (docs/mutation-testing.md)."""

from datetime import timedelta

import pytest

from articles import live, purge
from articles.models import Author, TopicStats
from companies.models import Company, CompanyRelation

from . import factories

pytestmark = pytest.mark.django_db


def test_refresh_all_repairs_the_topic_counts():
    factories.article("A tagged story").tags.add("E-commerce")
    TopicStats.objects.update(story_count=9)
    live.refresh_all()
    assert TopicStats.objects.get(tag__name="E-commerce").story_count == 1


def test_catch_up_purges_the_pages_of_the_stories_that_went_live_and_no_others(clock, monkeypatch):
    factories.article("Live since yesterday", published_at=clock.now - timedelta(days=1))
    due = factories.article("Goes live soon", published_at=clock.now + timedelta(hours=1))
    factories.article("Goes live later", published_at=clock.now + timedelta(hours=3))
    clock.advance(hours=2)
    purged: list[str] = []
    monkeypatch.setattr(purge, "purge_on_commit", purged.extend)
    live.catch_up()
    assert {key for key in purged if key.startswith("article-")} == {f"article-{due.pk}"}


def test_refresh_for_articles_recounts_the_authors_of_those_stories():
    author = factories.author("Anna Petrova")
    # Another author's byline first, so byline and author ids differ.
    factories.article("Someone else's story", byline=factories.author("Ivan Orlov"))
    made = factories.article("A bylined story", byline=author)
    Author.objects.update(story_count=9)
    live.refresh_for_articles([made.pk])
    author.refresh_from_db()
    assert author.story_count == 1


def test_a_bump_records_when_the_public_version_changed(clock):
    live.current_state()
    clock.advance(hours=1)
    live.bump_version()
    assert live.current_state().changed_at == clock.now


def test_a_topic_left_with_no_published_story_counts_none():
    factories.draft("A draft only").tags.add("Shipping")
    TopicStats.objects.update(story_count=9)
    live.refresh_all()
    assert TopicStats.objects.get(tag__name="Shipping").story_count == 0


def test_a_batched_recount_reaches_every_company_of_a_long_run_of_equal_counts(monkeypatch):
    # Batches of two: five companies with the same count take three UPDATEs.
    monkeypatch.setattr(live, "ONE_BY_ONE", 2)
    companies = [factories.company(f"Batched {n}") for n in range(5)]
    Company.objects.update(story_count=9)
    live.refresh_coverage(companies=[c.pk for c in companies])
    assert (
        list(
            Company.objects.filter(pk__in=[c.pk for c in companies]).values_list(
                "story_count", flat=True
            )
        )
        == [0] * 5
    )


def test_a_stake_is_no_part_of_the_holder_s_group_coverage():
    holder = factories.company("Holder Group")
    held = factories.company("Held Minority")
    CompanyRelation.objects.create(parent=holder, child=held, kind=CompanyRelation.Kind.STAKE)
    factories.article("About the held company only", companies=[held])
    live.refresh_coverage(companies=[holder.pk, held.pk])
    holder.refresh_from_db()
    assert holder.group_story_count == 0
