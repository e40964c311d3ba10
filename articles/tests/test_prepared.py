"""Prepared queries (core/prepared.py): the SQL is built once, every run reads the database
with its own values, and what cannot be prepared safely is refused."""

from datetime import date, timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import Prefetch
from django.db.models.functions import Lower
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import views
from articles.models import Article, ArticleCompany
from companies.models import Company
from core.prepared import NotPreparable, PreparedQuery
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db


def _fresh(build, model=Article) -> PreparedQuery:
    return PreparedQuery(model, build)


def test_a_run_gives_what_the_queryset_gives(client):
    company = factories.company("Northwind")
    story = factories.article(
        "Northwind buys Fjord", companies=[company], byline=factories.author("Ann Lee")
    )
    story.tags.add("mergers")
    now = timezone.now()
    [prepared] = views.STORY_PAGE.run((False,), slug=story.slug, now=now)
    [plain] = views._story_page(False, slug=story.slug, now=now)
    fields = [f.attname for f in Article._meta.concrete_fields]
    assert [getattr(prepared, f) for f in fields] == [getattr(plain, f) for f in fields]
    assert prepared.tags_json == plain.tags_json
    assert prepared.notes_json == plain.notes_json


def test_each_run_reads_its_own_values():
    first, second = factories.article("First story"), factories.article("Second story")
    query = _fresh(lambda slug: Article.objects.filter(slug=slug))
    assert [a.pk for a in query.run(slug=first.slug)] == [first.pk]
    assert [a.pk for a in query.run(slug=second.slug)] == [second.pk]
    assert query.run(slug="no-such-story") == []


def test_the_statement_is_built_once():
    story = factories.article("Built once")
    calls = []

    def build(slug):
        calls.append(slug)
        return Article.objects.filter(slug=slug)

    query = _fresh(build)
    query.run(slug=story.slug)
    built = len(calls)
    query.run(slug=story.slug)
    query.run(slug="another")
    assert len(calls) == built


def test_a_scheduled_story_goes_live_on_time_after_the_statement_is_kept(client):
    story = factories.scheduled("Due tomorrow")
    assert client.get(story.get_absolute_url()).status_code == 404
    later = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get(story.get_absolute_url()).status_code == 200


def test_a_deal_reported_by_a_scheduled_story_shows_with_it(client):
    company = factories.company("Acme")
    # Every statement of the story page is kept now, at the present time.
    assert client.get(factories.article("Acme results").get_absolute_url()).status_code == 200
    story = factories.scheduled("Acme buys Zeta, tomorrow", companies=[company])
    deal = factories.deal(
        "Acme-Zeta deal", marked_public=False, parties=[(company, DealParty.Role.ACQUIRER)]
    )
    story.deals.add(deal)
    later = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Acme-Zeta deal" in client.get(story.get_absolute_url()).content.decode()


def test_an_editor_previews_a_draft_and_a_reader_gets_a_404(editor_client):
    story = factories.draft("Not yet")
    reader = Client()
    assert reader.get(story.get_absolute_url()).status_code == 404
    assert editor_client.get(story.get_absolute_url()).status_code == 200
    assert reader.get(story.get_absolute_url()).status_code == 404


def test_related_rows_come_in_their_usual_order(client):
    story = factories.article(
        "Three companies",
        companies=[factories.company("Zeta"), factories.company("Alpha")],
        mentions=[factories.company("Beta")],
    )
    links = views.STORY_COMPANIES.run(story=story.pk)
    assert [link.company.name for link in links] == [
        link.company.name for link in ArticleCompany.objects.filter(article=story)
    ]
    with CaptureQueriesContext(connection) as queries:
        [link.company.name for link in views.STORY_COMPANIES.run(story=story.pk)]
    assert len(queries) == 1


def test_a_value_transformed_on_its_way_to_the_sql_is_refused():
    factories.article("Contains")
    query = _fresh(lambda word: Article.objects.filter(headline__icontains=word))
    with pytest.raises(NotPreparable):
        query.run(word="tain")


def test_a_value_that_changes_the_query_s_shape_is_refused():
    factories.article("Shape")
    query = _fresh(lambda slug: Article.objects.filter(slug=slug)[: len(slug)])
    with pytest.raises(NotPreparable):
        query.run(slug="shape")


def test_a_value_the_query_never_reads_is_refused():
    query = _fresh(lambda slug: Article.objects.all())
    with pytest.raises(NotPreparable):
        query.run(slug="unused")


def test_a_prefetch_is_refused_since_it_would_keep_its_first_time():
    query = _fresh(
        lambda slug: Article.objects.filter(slug=slug).prefetch_related(
            Prefetch("deals", queryset=Deal.objects.public())
        )
    )
    with pytest.raises(NotPreparable):
        query.run(slug="any")


def test_booleans_are_shapes_not_values():
    query = _fresh(lambda flag: Article.objects.filter(status="published" if flag else "draft"))
    with pytest.raises(NotPreparable):
        query.run(flag=True)


# Long lists (more stories than SMALL_LINK_SET) are read by prepared queries: the same
# pages as the querysets give, read in their turn with the request's time.


@pytest.fixture
def long_lists(monkeypatch):
    """Every list takes the path of a long one."""
    monkeypatch.setattr(views, "SMALL_LINK_SET", 0)


@pytest.fixture
def archive():
    parent, child = factories.company("Parent Group"), factories.company("Child Unit")
    factories.relation(parent, child)
    author = factories.author("Ann Lee")
    now = timezone.now()
    for i in range(25):
        story = factories.article(
            f"Story number {i}",
            companies=[parent if i % 2 else child],
            byline=author,
            published_at=now - timedelta(hours=i + 1),
        )
        story.tags.add("markets")
    return {"company": Company.objects.get(pk=parent.pk), "author": author}


def _pages(client, url: str) -> list[tuple[int, str]]:
    return [
        (r.status_code, r.content.decode())
        for r in (client.get(f"{url}{q}") for q in ("", "?page=2", "?page=last", "?page=9"))
    ]


@pytest.mark.parametrize(
    "url",
    ["/topics/markets/", "/authors/ann-lee/", "/companies/parent-group/", "/companies/child-unit/"],
)
def test_a_long_list_reads_the_same_pages_as_a_short_one(client, archive, monkeypatch, url):
    short = _pages(client, url)
    monkeypatch.setattr(views, "SMALL_LINK_SET", 0)
    cache.clear()
    assert _pages(client, url) == short
    assert [status for status, _ in short] == [200, 200, 200, 404]


@pytest.mark.parametrize(
    "url", ["/topics/markets/", "/authors/ann-lee/", "/companies/parent-group/"]
)
def test_a_short_list_read_by_ids_reads_the_pages_its_queryset_reads(
    client, archive, monkeypatch, url
):
    by_ids = _pages(client, url)
    monkeypatch.setattr(views, "PREPARED_IDS_UP_TO", 0)  # read by the queryset instead
    cache.clear()
    assert _pages(client, url) == by_ids


def test_a_short_list_read_by_ids_leaves_out_drafts_and_shows_a_scheduled_story_on_time(
    client, archive
):
    draft = factories.draft("A draft on the topic")
    draft.tags.add("markets")
    story = factories.scheduled("Due on the topic tomorrow")
    story.tags.add("markets")
    page = client.get("/topics/markets/").content.decode()
    assert draft.headline not in page and story.headline not in page
    later = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        page = client.get("/topics/markets/").content.decode()
    assert story.headline in page and draft.headline not in page


def test_a_short_list_asks_for_its_ids_then_its_page(client, archive):
    client.get("/topics/markets/")  # statements kept
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get("/topics/markets/")
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum("articles_taggedarticle" in q and "articles_article" not in q for q in sql) == 1
    assert not any("EXISTS" in q.upper() for q in sql)


def test_a_long_list_shows_a_scheduled_story_on_time(client, archive, long_lists):
    story = factories.scheduled("Due on the topic tomorrow")
    story.tags.add("markets")
    assert story.headline not in client.get("/topics/markets/").content.decode()
    later = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert story.headline in client.get("/topics/markets/").content.decode()


def test_a_long_list_reads_its_bylines_in_one_query(client, archive, long_lists):
    client.get("/topics/markets/")  # statements kept
    cache.clear()  # the page is read, not served from the page cache
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/topics/markets/").content.decode()
    assert page.count("Ann Lee</a>") == 10
    assert sum("articles_byline" in q["sql"] for q in queries.captured_queries) == 1


def test_a_shape_with_no_rows_asks_nothing():
    factories.article("Any story")
    query = _fresh(lambda slug: Article.objects.filter(slug=slug)[0:0])
    with CaptureQueriesContext(connection) as queries:
        assert query.run(slug="any-story") == []
        assert query.run(slug="any-story") == []
    assert len(queries) == 0


def test_the_front_page_of_an_empty_newsroom(client):
    assert "No stories have been published yet." in client.get("/").content.decode()


def test_values_a_step_apart_in_one_list_are_each_put_in_place():
    first = factories.article("First")
    second = factories.article("Second")
    query = _fresh(lambda a, b: Article.objects.filter(pk__in=[a, b]).order_by("pk"))
    # The stand-in for `a` (a + 7919) would be `b`: an `__in` list would merge the two.
    assert [s.pk for s in query.run(a=first.pk, b=first.pk + 7919)] == [first.pk]
    assert [s.pk for s in query.run(a=first.pk, b=second.pk)] == [first.pk, second.pk]


def test_the_front_page_lists_the_latest_public_deals_with_their_parties(client):
    acme, zeta = factories.company("Acme"), factories.company("Zeta")
    factories.deal("No parties yet", announced_on=date(2026, 3, 1))
    factories.deal(
        "Acme buys Zeta",
        announced_on=date(2026, 2, 1),
        parties=[(acme, DealParty.Role.ACQUIRER), (zeta, DealParty.Role.TARGET)],
    )
    factories.deal("Hidden deal", marked_public=False, announced_on=date(2026, 4, 1))
    deals = views.latest_deals(6)
    assert [d.name for d in deals] == [
        d.name for d in Deal.objects.public().with_parties().latest()[:6]
    ]
    assert [d.name for d in deals] == ["No parties yet", "Acme buys Zeta"]
    assert [p.company.name for p in deals[1].parties.all()] == ["Acme", "Zeta"]
    page = client.get("/").content.decode()
    assert "No parties yet" in page and "Acme buys Zeta" in page
    assert "Hidden deal" not in page


def test_related_coverage_reads_the_public_filter_compiled_once():
    company = factories.company("Acme")
    story = factories.article("Acme results", companies=[company])
    older = factories.article(
        "Acme hires", companies=[company], published_at=timezone.now() - timedelta(days=2)
    )
    factories.draft("Acme draft", companies=[company])
    later = factories.scheduled("Acme tomorrow", companies=[company])
    views.story_relations(story, timezone.now())
    now = timezone.now()
    others = views.PUBLIC_OTHERS.where(story=story.pk, now=now)
    related = Article.objects.related_to(story, where=others)
    assert related == Article.objects.published().related_to(story) == [older]
    tomorrow = now + timedelta(days=1, minutes=1)
    others = views.PUBLIC_OTHERS.where(story=story.pk, now=tomorrow)
    assert Article.objects.related_to(story, where=others) == [later, older]


def test_long_lists_of_groups_of_different_sizes_each_read_their_own(client, long_lists):
    alone = factories.company("Alone Corp")
    parent, child = factories.company("Parent Holdings"), factories.company("Child Unit")
    factories.relation(parent, child)
    factories.article("About the child", companies=[child])
    factories.article("About the parent", companies=[parent])
    factories.article("About the loner", companies=[alone])
    for company in Company.objects.filter(pk__in=[alone.pk, parent.pk]):
        Company.objects.filter(pk=company.pk).update(group_story_count=2000)
    # The group of two first, then the company alone, then the group again.
    group = client.get("/companies/parent-holdings/").content.decode()
    assert "About the child" in group and "About the parent" in group
    loner = client.get("/companies/alone-corp/").content.decode()
    assert "About the loner" in loner and "About the parent" not in loner
    cache.clear()
    assert "About the child" in client.get("/companies/parent-holdings/").content.decode()


def test_a_prepared_query_keeps_a_bounded_number_of_statements(monkeypatch):
    monkeypatch.setattr("core.prepared.KEPT", 3)
    story = factories.article("Bounded")
    query = _fresh(lambda limit, slug: Article.objects.filter(slug=slug)[:limit])
    for limit in range(1, 8):
        assert [s.pk for s in query.run((limit,), slug=story.slug)] == [story.pk]
    assert len(query._statements) == 3


# A run makes its rows into objects itself (core.prepared._Loader), with what it worked out
# once per statement; each object must be what the queryset itself would have made.


def _loaded(obj) -> tuple:
    """Everything loading put on an object: its values (typed and exact), its database,
    and the objects `select_related()` cached on it, the same way down."""
    values = {
        name: (type(value), repr(value)) for name, value in vars(obj).items() if name != "_state"
    }
    related = {
        name: None if other is None else _loaded(other)
        for name, other in obj._state.fields_cache.items()
    }
    return type(obj), obj._state.db, obj._state.adding, values, related


def _both(query: PreparedQuery, **values) -> tuple[list, list]:
    return [_loaded(o) for o in query.run(**values)], [_loaded(o) for o in query.build(**values)]


def _deal_cast():
    buyer, target = factories.company("Northwind"), factories.company("Fjord Pay")
    made = factories.deal(
        "Northwind buys Fjord Pay",
        parties=[(buyer, DealParty.Role.ACQUIRER), (target, DealParty.Role.TARGET)],
        value="2100000000.50",
        stake_percent=Decimal("45.5"),
        announced_on=date(2026, 3, 4),
        kind=Deal.Kind.ACQUISITION,
    )
    return buyer, target, made


def test_related_objects_and_converted_values_load_as_the_queryset_loads_them():
    buyer, target, _ = _deal_cast()
    query = _fresh(
        lambda deal: (
            DealParty.objects.filter(deal_id=deal).select_related("deal", "company").order_by("pk")
        ),
        model=DealParty,
    )
    deal_id = DealParty.objects.get(company=buyer).deal_id
    prepared, plain = _both(query, deal=deal_id)
    assert len(prepared) == 2
    assert prepared == plain
    party = query.run(deal=deal_id)[0]
    assert party.deal.value == Decimal("2100000000.50")
    assert party.deal.announced_on == date(2026, 3, 4)
    assert party.company == buyer


def test_an_empty_related_object_and_an_annotation_load_as_the_queryset_loads_them():
    company = factories.company("Northwind", description="Freight")
    prepared, plain = _both(views.COMPANY_PAGE, slug=company.slug)
    assert prepared == plain
    [loaded] = views.COMPANY_PAGE.run(slug=company.slug)
    assert not hasattr(loaded, "logo") and loaded.alias_names is None


def test_times_and_deferred_fields_load_as_the_queryset_loads_them():
    factories.article("Northwind buys Fjord Pay")
    query = _fresh(lambda slug: Article.objects.filter(slug=slug).only("headline", "published_at"))
    prepared, plain = _both(query, slug="northwind-buys-fjord-pay")
    assert len(prepared) == 1 and prepared == plain


def test_columns_selected_only_to_order_a_distinct_query_are_left_out():
    for headline in ("beta", "Alpha", "gamma"):
        factories.article(headline)
    query = _fresh(
        lambda status: (
            Article.objects.filter(status=status)
            .only("headline")
            .distinct()
            .order_by(Lower("headline"))
        )
    )
    prepared, plain = _both(query, status=Article.Status.PUBLISHED)
    assert prepared == plain
    assert [a.headline for a in query.run(status=Article.Status.PUBLISHED)] == [
        "Alpha",
        "beta",
        "gamma",
    ]


def test_a_values_list_gives_the_rows_the_queryset_gives_converted():
    buyer, _, _ = _deal_cast()
    query = _fresh(
        lambda company: (
            DealParty.objects.filter(company_id=company)
            .order_by("pk")
            .values_list("deal__value", "deal__announced_on", "deal__stake_percent", "role")
        ),
        model=DealParty,
    )
    rows = query.run(company=buyer.pk)
    assert rows == list(query.build(company=buyer.pk))
    assert rows == [(Decimal("2100000000.50"), date(2026, 3, 4), Decimal("45.50"), "acquirer")]
    assert [type(v) for v in rows[0]] == [Decimal, date, Decimal, str]


def test_a_flat_values_list_gives_the_values():
    first, second = factories.article("First story"), factories.article("Second story")
    query = _fresh(
        lambda status: Article.objects.filter(status=status).values_list("pk", flat=True)
    )
    assert sorted(query.run(status=Article.Status.PUBLISHED)) == sorted([first.pk, second.pk])
    times = _fresh(
        lambda slug: Article.objects.filter(slug=slug).values_list("published_at", flat=True)
    )
    assert times.run(slug=first.slug) == [Article.objects.get(pk=first.pk).published_at]


@pytest.mark.parametrize("shape", ["values", "named"])
def test_dictionaries_and_named_rows_are_refused(shape):
    story = factories.article("Refused")

    def build(slug):
        found = Article.objects.filter(slug=slug)
        return found.values("pk") if shape == "values" else found.values_list("pk", named=True)

    with pytest.raises(NotPreparable):
        _fresh(build).run(slug=story.slug)
