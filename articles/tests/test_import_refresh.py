"""`live.batched()` and the importer's one recount: counts exact, all or nothing, flat cost.

A bulk write notes every recount its saves ask for and runs them once, merged, as its
transaction ends. What it leaves must be what a full recount from the stories gives.
"""

import re
from contextlib import nullcontext
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from reversion.models import Revision
from taggit.models import Tag

from articles import live
from articles.importers import articles as importer
from articles.importers import import_articles
from articles.models import (
    Article,
    Author,
    CoMention,
    MostCovered,
    PublicState,
    TopicStats,
)
from companies.models import Company
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db

STORY = """---
title: {title}
slug: {slug}
byline: {byline}
{published}tags: [{tags}]
companies: [{companies}]
---
{title}. A story body.
"""

AUTHORS = ["Anna Petrova", "Li Wei", "James Kynge", "Henry Foy"]
TAGS = ["e-commerce", "digital silk road", "banking", "russia"]
NAMES = ["Alibaba Group", "AliExpress", "Mail.ru Group", "Sberbank", "Tencent"]


@pytest.fixture
def desk():
    """Five companies, Alibaba heading AliExpress (group counts), and one deal."""
    companies = {name: factories.company(name) for name in NAMES}
    factories.relation(companies["Alibaba Group"], companies["AliExpress"])
    deal = factories.deal("Alibaba and Mail.ru venture", marked_public=False)
    return companies, deal


def write_stories(directory: Path, n: int, *, round: int = 0) -> Path:
    """`n` story files sharing companies, authors and tags; published, scheduled and draft
    by turns. `round` reshuffles all of them, as a second delivery of the same slugs."""
    directory.mkdir(exist_ok=True)
    now = timezone.now()
    for k in range(n):
        turn = (k + round) % 3
        published = (
            f"published_at: {(now - timedelta(days=k + 1)).isoformat()}\n"
            if turn == 0
            else f"published_at: {(now + timedelta(days=k + 1)).isoformat()}\n"
            if turn == 1
            else ""
        )
        (directory / f"{k:03d}.md").write_text(
            STORY.format(
                title=f"Story {k}",
                slug=f"story-{k}",
                byline=" and ".join(AUTHORS[(k + round) % 4 : (k + round) % 4 + 2]) or AUTHORS[0],
                published=published,
                tags=", ".join(TAGS[(k * (round + 1)) % 4 : (k * (round + 1)) % 4 + 2]),
                companies=", ".join(
                    NAMES[j % len(NAMES)] for j in range(k + round, k + round + 2 + k % 2)
                ),
            ),
            encoding="utf-8",
        )
    return directory


def derived() -> dict:
    """Every denormalised count and table `live` keeps."""
    return {
        "companies": sorted(Company.objects.values_list("pk", "story_count", "group_story_count")),
        "deals": sorted(Deal.objects.values_list("pk", "story_count", "reported_at")),
        "authors": sorted(Author.objects.values_list("pk", "story_count")),
        "topics": sorted(TopicStats.objects.values_list("tag_id", "story_count")),
        "co_mentions": sorted(CoMention.objects.values_list("company_id", "other_id", "shared")),
        "most_covered": sorted(MostCovered.objects.values_list("rank", "company_id", "coverage")),
        "public": PublicState.objects.values_list("story_count", flat=True).get(),
    }


def recounted() -> dict:
    call_command("recount_coverage", verbosity=0)
    return derived()


def version() -> int:
    return live.current_state().version


def test_an_import_leaves_every_count_as_a_full_recount_does(tmp_path, desk):
    import_articles([write_stories(tmp_path / "files", 12)])
    assert Company.objects.filter(story_count__gt=0).exists()
    assert CoMention.objects.exists()
    assert derived() == recounted()


def test_a_reimport_that_moves_everything_leaves_every_count_exact(tmp_path, desk):
    companies, deal = desk
    import_articles([write_stories(tmp_path / "first", 12)])
    deal.articles.add(*Article.objects.filter(slug__in=["story-0", "story-1", "story-3"]))
    import_articles([write_stories(tmp_path / "second", 12, round=1)])
    assert derived() == recounted()


def test_a_reimport_recounts_an_author_and_a_topic_it_drops(tmp_path, desk):
    files = tmp_path / "files"
    files.mkdir()
    story = STORY.format(
        title="Alibaba story",
        slug="alibaba-story",
        byline="{byline}",
        published="published_at: 2019-06-01T09:00:00Z\n",
        tags="{tags}",
        companies="Alibaba Group",
    )
    (files / "a.md").write_text(story.format(byline="Li Wei", tags="banking"))
    import_articles([files])
    (files / "a.md").write_text(story.format(byline="Anna Petrova", tags="russia"))
    import_articles([files])
    counts = dict(Author.objects.values_list("name", "story_count"))
    topics = dict(TopicStats.objects.values_list("tag__name", "story_count"))
    assert (counts, topics) == ({"Li Wei": 0, "Anna Petrova": 1}, {"banking": 0, "russia": 1})


def test_a_reimport_s_revision_holds_the_story_and_the_links_it_keeps(tmp_path, desk):
    # The bylines and tags a file replaces are gone by the end of the import, and
    # django-reversion records only the rows still there.
    files = tmp_path / "files"
    files.mkdir()
    story = STORY.format(
        title="{title}",
        slug="alibaba-story",
        byline="{byline}",
        published="",
        tags="{tags}",
        companies="Alibaba Group",
    )
    (files / "a.md").write_text(story.format(title="Before", byline="Li Wei", tags="banking"))
    import_articles([files])
    (files / "a.md").write_text(story.format(title="After", byline="Anna Petrova", tags="russia"))
    import_articles([files])
    latest = Revision.objects.latest("pk")
    assert sorted(latest.version_set.values_list("object_repr", flat=True)) == [
        "After",
        "Alibaba Group (about)",
    ]


def test_a_batch_counts_deal_links_made_inside_it_exactly(desk):
    companies, deal = desk
    with live.batched():
        for k in range(4):
            story = factories.article(f"Deal story {k}", companies=[companies["Sberbank"]])
            story.deals.add(deal)
        story.deals.remove(deal)
    deal.refresh_from_db()
    assert deal.story_count == 3
    assert derived() == recounted()


def test_a_batch_counts_a_deal_link_dropped_inside_it(desk):
    companies, deal = desk
    story = factories.article("Deal story", companies=[companies["Sberbank"]])
    story.deals.add(deal)
    with live.batched():
        story.deals.remove(deal)
    deal.refresh_from_db()
    assert (deal.story_count, deal.reported_at) == (0, None)


def test_a_batch_recounts_the_pairs_of_company_links_dropped_inside_it(desk):
    companies, _ = desk
    alibaba, mailru, tencent = (
        companies[name] for name in ("Alibaba Group", "Mail.ru Group", "Tencent")
    )
    story = factories.article("Three companies", companies=[alibaba, mailru, tencent])
    with live.batched():
        story.company_links.filter(company__in=[alibaba, mailru]).delete()
    assert not CoMention.objects.filter(company=alibaba, other=mailru).exists()
    assert derived() == recounted()


def test_a_batch_recounts_a_group_joined_inside_it(desk):
    companies, _ = desk
    tencent, sberbank = companies["Tencent"], companies["Sberbank"]
    factories.article("Sberbank story", companies=[sberbank])
    with live.batched():
        factories.relation(tencent, sberbank)
    tencent.refresh_from_db()
    assert (tencent.story_count, tencent.group_story_count) == (0, 1)


def test_a_batch_counts_a_story_deleted_inside_it(desk):
    companies, _ = desk
    kept = factories.article("Kept", companies=[companies["Tencent"], companies["Sberbank"]])
    with live.batched():
        gone = factories.article("Gone", companies=[companies["Tencent"], companies["Sberbank"]])
        gone.delete()
    shared = CoMention.objects.get(company=companies["Tencent"], other=companies["Sberbank"])
    assert (kept.pk, shared.shared) == (kept.pk, 1)
    assert derived() == recounted()


def test_counts_inside_a_batch_wait_for_its_end(desk):
    companies, _ = desk
    with live.batched():
        factories.article("Counted at the end", companies=[companies["Tencent"]])
        inside = Company.objects.get(pk=companies["Tencent"].pk).story_count
    after = Company.objects.get(pk=companies["Tencent"].pk).story_count
    assert (inside, after) == (0, 1)


def test_a_full_recount_inside_a_batch_repairs_counts_written_around_the_models(desk):
    companies, _ = desk
    factories.article("Two", companies=[companies["Tencent"], companies["Sberbank"]])
    exact = derived()
    Company.objects.update(story_count=99, group_story_count=99)
    CoMention.objects.all().delete()
    with live.batched():
        live.refresh_all()
    assert derived() == exact


def test_a_batch_that_writes_nothing_public_leaves_the_version(desk):
    before = version()
    with live.batched():
        Article.objects.count()
    assert version() == before


def test_a_batch_bumps_the_public_version_once(desk):
    companies, _ = desk
    before = version()
    with live.batched():
        for k in range(5):
            factories.article(f"Story {k}", companies=[companies["Tencent"]])
    assert version() == before + 1


class RecordingPurge:
    calls: list[list[str]] = []

    def purge(self, keys: list[str]) -> None:
        self.calls.append(keys)


@pytest.fixture
def purges(settings):
    settings.CDN_PURGE_BACKEND = f"{__name__}.RecordingPurge"
    live.purge.backend.cache_clear()
    RecordingPurge.calls = []
    yield RecordingPurge.calls
    live.purge.backend.cache_clear()


def test_a_batch_sends_one_purge_naming_every_key(desk, purges, django_capture_on_commit_callbacks):
    companies, deal = desk
    with django_capture_on_commit_callbacks(execute=True):
        with live.batched():
            first = factories.article("First", companies=[companies["Tencent"]])
            second = factories.article("Second", companies=[companies["Sberbank"]])
            second.deals.add(deal)
    assert len(purges) == 1
    assert {
        f"article-{first.pk}",
        f"article-{second.pk}",
        f"company-{companies['Tencent'].pk}",
        f"company-{companies['Sberbank'].pk}",
        f"deal-{deal.pk}",
        "stories",
    } <= set(purges[0])


# All or nothing.


def test_an_error_inside_a_batch_leaves_nothing_behind(desk):
    companies, _ = desk
    before, counts = version(), derived()
    with pytest.raises(RuntimeError), live.batched():
        factories.article("Never", companies=[companies["Tencent"], companies["Sberbank"]])
        raise RuntimeError("the write fails half way")
    assert not Article.objects.exists()
    assert (version(), derived()) == (before, counts)


def test_an_error_in_the_recount_at_the_end_leaves_nothing_behind(desk, monkeypatch):
    companies, _ = desk
    before, counts = version(), derived()

    def fails() -> None:
        raise RuntimeError("the recount fails")

    monkeypatch.setattr(live, "refresh_most_covered", fails)
    with pytest.raises(RuntimeError), live.batched():
        factories.article("Never", companies=[companies["Tencent"]])
    assert not Article.objects.exists()
    assert (version(), derived()) == (before, counts)


def test_an_import_that_fails_after_writing_leaves_nothing_behind(tmp_path, desk, monkeypatch):
    files = write_stories(tmp_path / "files", 6)
    before, counts = version(), derived()

    def fails(**kwargs) -> None:
        raise RuntimeError("the activity log is down")

    monkeypatch.setattr(importer, "log_objects", fails)
    with pytest.raises(RuntimeError):
        import_articles([files])
    assert not Article.objects.exists() and not Author.objects.exists()
    assert (version(), derived()) == (before, counts)


def test_a_batch_after_a_failed_one_counts_normally(desk):
    companies, _ = desk
    with pytest.raises(RuntimeError), live.batched():
        raise RuntimeError("nothing written")
    factories.article("Counted at once", companies=[companies["Tencent"]])
    assert Company.objects.get(pk=companies["Tencent"].pk).story_count == 1


# Nested blocks.


def test_a_nested_block_recounts_only_when_the_outermost_ends(desk):
    companies, _ = desk
    tencent = companies["Tencent"].pk
    with live.batched():
        with live.batched():
            factories.article("Inner", companies=[companies["Tencent"]])
        after_inner = Company.objects.get(pk=tencent).story_count
    assert (after_inner, Company.objects.get(pk=tencent).story_count) == (0, 1)


def test_a_failed_nested_block_is_undone_and_the_rest_is_counted(desk):
    companies, _ = desk
    with live.batched():
        factories.article("Outer", companies=[companies["Tencent"], companies["Sberbank"]])
        with pytest.raises(RuntimeError), live.batched():
            factories.article("Inner", companies=[companies["Tencent"], companies["Sberbank"]])
            raise RuntimeError("the inner write fails")
    assert list(Article.objects.values_list("headline", flat=True)) == ["Outer"]
    assert Company.objects.get(pk=companies["Tencent"].pk).story_count == 1
    assert derived() == recounted()


def test_two_imports_in_one_block_recount_once(tmp_path, desk):
    before = version()
    with live.batched():
        import_articles([write_stories(tmp_path / "first", 6)])
        import_articles([write_stories(tmp_path / "second", 6, round=1)])
    assert version() == before + 1
    assert derived() == recounted()


# Cost flat in the number of stories.

# What an import costs whatever its size: reading companies, authors and tags, writing
# bylines, links and tags in bulk, the activity log, the revision and the one recount.
FIXED = 90
# And for each story: its INSERT, and what django-reversion reads to record it (its
# bylines, company links, tags and deals). Recounting a story at a time cost about 35.
PER_STORY = 5


@pytest.mark.parametrize("n", [5, 40])
def test_an_import_s_queries_grow_only_by_each_story_s_own_row(
    tmp_path, desk, n, django_assert_max_num_queries
):
    files = write_stories(tmp_path / "files", n)
    with django_assert_max_num_queries(FIXED + PER_STORY * n):
        import_articles([files])


def writes(queries, model) -> int:
    table = model._meta.db_table
    return sum(1 for q in queries if re.match(f'(UPDATE|INSERT INTO) "{table}"', q["sql"]))


@pytest.mark.parametrize("n", [5, 40])
def test_an_import_recounts_once_whatever_its_size(tmp_path, desk, n):
    files = write_stories(tmp_path / "files", n)
    with CaptureQueriesContext(connection) as queries:
        import_articles([files])
    counted = (PublicState, Author, TopicStats, Company, MostCovered)
    assert [writes(queries, model) for model in counted] == [
        2,  # the public stories, then the version
        2,  # the new authors, then their counts
        1,
        3,  # own counts; group counts: copied for most, counted for Alibaba's group
        1,
    ]


# A row edited in place (the admin's inlines) that moves to another author, company, topic
# or parent: the one it leaves is recounted too, batched or not.


@pytest.mark.parametrize("batch", [False, True])
def test_a_byline_moved_to_another_author_recounts_both(desk, batch):
    before, after = factories.author("Li Wei"), factories.author("Anna Petrova")
    line = factories.article("Story", byline=before).bylines.get()
    line.author = after
    with live.batched() if batch else nullcontext():
        line.save()
    counts = dict(Author.objects.values_list("name", "story_count"))
    assert counts == {"Li Wei": 0, "Anna Petrova": 1}


@pytest.mark.parametrize("batch", [False, True])
def test_a_company_link_moved_to_another_company_recounts_both_and_their_pairs(desk, batch):
    companies, _ = desk
    tencent, sberbank, alibaba = (companies[n] for n in ("Tencent", "Sberbank", "Alibaba Group"))
    story = factories.article("Story", companies=[tencent, sberbank])
    link = story.company_links.get(company=tencent)
    link.company = alibaba
    with live.batched() if batch else nullcontext():
        link.save()
    assert Company.objects.get(pk=tencent.pk).story_count == 0
    assert not CoMention.objects.filter(company=tencent).exists()
    assert derived() == recounted()


def test_a_tag_moved_to_another_topic_recounts_both(desk):
    story = factories.article("Story")
    story.tags.add("banking")
    item = story.tagged_items.get()
    item.tag = Tag.objects.create(name="russia", slug="russia")
    item.save()
    topics = dict(TopicStats.objects.values_list("tag__name", "story_count"))
    assert topics == {"banking": 0, "russia": 1}


def test_a_relation_moved_to_another_parent_recounts_both_groups(desk):
    companies, _ = desk
    alibaba, aliexpress, tencent = (
        companies[n] for n in ("Alibaba Group", "AliExpress", "Tencent")
    )
    factories.article("AliExpress story", companies=[aliexpress])
    relation = alibaba.child_relations.get(child=aliexpress)
    relation.parent = tencent
    relation.save()
    groups = dict(Company.objects.values_list("name", "group_story_count"))
    assert (groups["Alibaba Group"], groups["Tencent"]) == (0, 1)


def test_a_save_of_other_fields_does_not_look_for_a_move(desk):
    author = factories.author("Li Wei")
    line = factories.article("Story", byline=author).bylines.get()
    line.location = "Moscow"
    with CaptureQueriesContext(connection) as queries:
        line.save(update_fields=["location"])
    assert not any(q["sql"].startswith('SELECT "articles_byline"') for q in queries)
