"""Each link of a story to a company, an author or a topic carries the story's publication
time, kept by the database's triggers (articles/link_times.py) on SQLite and PostgreSQL, and
long lists of one thing's stories are read in that order."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from articles import link_times, views
from articles.models import Article, ArticleCompany, Byline, StoryDealTime, TaggedArticle
from companies.models import Company

from . import factories

pytestmark = pytest.mark.django_db


def _times(story: Article) -> set:
    """The times carried by every link of `story`."""
    return {
        *ArticleCompany.objects.filter(article=story).values_list("published_at", flat=True),
        *Byline.objects.filter(article=story).values_list("published_at", flat=True),
        *TaggedArticle.objects.filter(content_object=story).values_list("published_at", flat=True),
        *StoryDealTime.objects.filter(article=story).values_list("published_at", flat=True),
    }


@pytest.fixture
def story():
    story = factories.article(
        "Linked story", companies=[factories.company("Acme")], byline=factories.author("Ann")
    )
    story.tags.add("markets")
    story.deals.add(factories.deal("Acme buys Beta"))
    return Article.objects.get(pk=story.pk)


def test_a_new_link_carries_its_story_time(story):
    assert _times(story) == {story.published_at}
    for model in (ArticleCompany, Byline, StoryDealTime):
        assert model.objects.filter(article=story).count() == 1


def test_a_story_saved_with_a_new_time_moves_its_links(story):
    story.published_at -= timedelta(days=3000)
    story.save()
    assert _times(story) == {story.published_at}


def test_a_queryset_update_of_the_time_moves_the_links_too(story):
    earlier = story.published_at - timedelta(days=10)
    Article.objects.filter(pk=story.pk).update(published_at=earlier)
    assert _times(story) == {earlier}


def test_a_draft_without_a_time_has_links_without_one():
    draft = factories.draft("No time yet", companies=[factories.company("Beta")])
    assert draft.published_at is None
    assert _times(draft) == {None}


def test_a_link_saved_from_a_stale_object_keeps_the_story_time(story):
    link = ArticleCompany(article=story, company=factories.company("Gamma"))
    link.save()  # the object still holds no time: the database gave the row its own
    link.role = ArticleCompany.Role.MENTIONS
    link.save()
    assert ArticleCompany.objects.get(pk=link.pk).published_at == story.published_at


def test_links_made_in_bulk_carry_their_story_time(story):
    others = [factories.company(f"Bulk {n}") for n in range(3)]
    ArticleCompany.objects.bulk_create(ArticleCompany(article=story, company=c) for c in others)
    assert _times(story) == {story.published_at}


def test_a_link_moved_to_another_story_takes_that_story_time(story):
    other = factories.article("Older", published_at=story.published_at - timedelta(days=5))
    ArticleCompany.objects.filter(article=story).update(article=other)
    assert set(
        ArticleCompany.objects.filter(article=other).values_list("published_at", flat=True)
    ) == {other.published_at}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite drops triggers")
def test_triggers_a_table_rebuild_dropped_are_put_back_and_the_times_refilled(story):
    link_times.remove(connection)
    link_times.remove_deals_column(connection)  # as a rebuild of Django's own table would
    story.published_at -= timedelta(days=1)
    story.save()
    companies = ArticleCompany.objects.filter(article=story).values_list("published_at", flat=True)
    assert list(companies) != [story.published_at]
    link_times.restore(using="default")
    assert _times(story) == {story.published_at}
    story.published_at -= timedelta(days=1)
    story.save()
    assert _times(story) == {story.published_at}


def test_a_story_time_change_keeps_its_companies_searchable(client, story):
    story.published_at -= timedelta(days=400)
    story.save()
    page = client.get("/search/", {"q": "Acme"}).content.decode()
    assert "Linked story" in page


# Long lists of one thing's stories, read along the links' times.


@pytest.fixture
def long_lists(monkeypatch):
    monkeypatch.setattr(views, "SMALL_LINK_SET", 0)
    cache.clear()


def _headlines(client, url: str) -> list[str]:
    page = client.get(url).content.decode()
    return [h for h in HEADLINES if f">{h}<" in page]


HEADLINES = [f"Old story {n}" for n in range(30)]


@pytest.fixture
def old_coverage():
    """A company, topic and author whose thirty stories all lie years back, behind newer
    stories of others; two share a time (the newer id first)."""
    acme, ann = factories.company("Acme"), factories.author("Ann")
    now = timezone.now()
    for n, headline in enumerate(HEADLINES):
        when = now - timedelta(days=3000 + (n if n < 29 else 28))
        story = factories.article(headline, companies=[acme], byline=ann, published_at=when)
        story.tags.add("history")
    for n in range(5):
        factories.article(f"Recent {n}", companies=[factories.company(f"Other {n}")])
    return acme


def test_a_deal_page_lists_its_stories_newest_first_wherever_they_lie(client):
    deal = factories.deal("Old deal")
    now = timezone.now()
    for n in range(25):
        story = factories.article(f"Deal story {n}", published_at=now - timedelta(days=3000 + n))
        story.deals.add(deal)
    factories.draft("Deal draft", published_at=now - timedelta(days=1)).deals.add(deal)
    factories.article("Unrelated and newer")
    page = client.get(deal.get_absolute_url()).content.decode()
    shown = [n for n in range(25) if f">Deal story {n}<" in page]
    assert shown == list(range(20))
    assert page.index(">Deal story 0<") < page.index(">Deal story 19<")
    assert "Deal draft" not in page and "Unrelated" not in page


@pytest.mark.parametrize("url", ["/companies/acme/", "/topics/history/", "/authors/ann/"])
def test_a_long_list_of_old_stories_reads_them_newest_first(client, old_coverage, long_lists, url):
    tie = Article.objects.filter(headline__in=HEADLINES[28:]).order_by("-pk")
    newest_of_tie = tie[0].headline
    first = client.get(url).content.decode()
    shown = [h for h in HEADLINES if f">{h}<" in first]
    assert len(shown) == views.STORIES_PER_PAGE
    assert first.index(">Old story 0<") < first.index(">Old story 1<")
    last = client.get(f"{url}?page=last").content.decode()
    assert ">Old story 27<" in last
    assert last.index(f">{newest_of_tie}<") < last.index(f">{tie[1].headline}<")


@pytest.mark.parametrize("url", ["/companies/acme/", "/topics/history/", "/authors/ann/"])
def test_a_long_list_shows_a_story_moved_back_in_time_in_its_new_place(
    client, old_coverage, long_lists, url
):
    moved = Article.objects.get(headline="Old story 0")
    moved.published_at -= timedelta(days=365)
    moved.save()
    cache.clear()
    first = client.get(url).content.decode()
    assert ">Old story 0<" not in first and ">Old story 1<" in first
    assert ">Old story 0<" in client.get(f"{url}?page=last").content.decode()


def test_a_long_list_leaves_out_drafts_and_stories_still_to_come(client, long_lists):
    acme = factories.company("Acme")
    factories.article("Public", companies=[acme])
    factories.draft("Draft", companies=[acme], published_at=timezone.now() - timedelta(days=1))
    factories.scheduled("Tomorrow", companies=[acme])
    page = client.get("/companies/acme/").content.decode()
    assert ">Public<" in page and ">Draft<" not in page and ">Tomorrow<" not in page


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan")
@pytest.mark.parametrize(
    ("link", "index"),
    [
        ("company", "article_company_time_idx"),
        ("tag", "tagged_article_time_idx"),
        ("author", "byline_time_idx"),
        ("deal", "article_deals_time_idx"),
    ],
)
def test_a_page_of_one_thing_is_read_along_its_links_time_index(link, index):
    stories = Article.objects.published().newest_linked(link, 1)[:20]
    sql, params = stories.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert index in plan
    assert "TEMP B-TREE" not in plan  # no sort: the index gives the order


def test_a_group_whose_coverage_lies_years_back_lists_it_newest_first_and_last(
    client, old_coverage, long_lists
):
    idle = factories.company("Idle Unit")  # in the group, with no story at all
    factories.relation(old_coverage, idle)
    factories.relation(old_coverage, factories.company("Draft Unit"))
    factories.draft("Unit draft", companies=[Company.objects.get(name="Draft Unit")])
    first = client.get("/companies/acme/").content.decode()
    assert first.index(">Old story 0<") < first.index(">Old story 9<")
    assert ">Old story 10<" not in first and ">Recent 0<" not in first
    last = client.get("/companies/acme/?page=last").content.decode()
    assert ">Old story 20<" in last and ">Old story 19<" not in last
