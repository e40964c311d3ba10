"""The pool a search reads first: the newest RANK_WINDOW + 1 matches, whatever plan reads
them (on PostgreSQL: all from the GIN index, a walk of the date index, or the GIN index
ANDed with a window of the newest stories); relevance ranks within it. `window_start`
turns the planner's histogram into the window's start."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import search

from . import factories

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the plans are PostgreSQL's"
)


def hits(text: str, sort: str = search.RELEVANCE) -> search.StoryHits:
    return search.StoryHits(search.parse(text), search.Filters(), sort)


def headlines(story_hits: search.StoryHits) -> list[str]:
    return [story.headline for story in story_hits[0 : search.PER_PAGE]]


@pytest.fixture
def cobalt(monkeypatch):
    """Twelve stories a day apart, eight of them about cobalt; a window of three."""
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    now = timezone.now()
    stories = {}
    for n in range(12):
        body = "Cobalt output rose." if n % 3 != 1 else "Nickel output rose."
        headline = f"Story {n}"
        stories[headline] = factories.article(
            headline, body=body, published_at=now - timedelta(days=n)
        )
    return stories


NEWEST_COBALT = ["Story 0", "Story 2", "Story 3"]


# --- Relevance within the pool -----------------------------------------------------------


def test_relevance_puts_the_headline_match_first_among_many_matches(monkeypatch):
    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    now = timezone.now()
    for n in range(8):
        factories.article(f"Story {n}", body="Cobalt output.", published_at=now - timedelta(n))
    factories.article(
        "Cobalt miners strike", body="Output fell.", published_at=now - timedelta(3.5)
    )
    found = hits("cobalt")
    assert found.count() == 5 and found.more
    assert headlines(found)[0] == "Cobalt miners strike"


def test_past_the_window_only_the_newest_matches_are_ranked(cobalt):
    found = hits("cobalt")
    assert sorted(headlines(found)) == sorted(NEWEST_COBALT)


def test_newest_first_pages_through_the_pool_in_date_order(cobalt):
    assert headlines(hits("cobalt", search.NEWEST)) == NEWEST_COBALT


def test_the_pool_is_read_once_for_the_count_and_the_page(cobalt, django_assert_max_num_queries):
    found = hits("cobalt", search.NEWEST)
    found.count()
    with django_assert_max_num_queries(1):  # the cards only (no snippets: nothing to rank)
        ids = found._ordered_ids()[0:3]
    assert len(ids) == 3


def test_a_query_matching_nothing_gives_an_empty_page(cobalt):
    found = hits("vanadium")
    assert found.count() == 0
    assert found[0:20] == []


# --- PostgreSQL's three plans give the same pool -----------------------------------------


def _estimate_as(monkeypatch, matches: float, rows: float, bounds: list[datetime]) -> None:
    monkeypatch.setattr(search.PostgresSearch, "estimate", lambda self, stories, key=None: matches)
    monkeypatch.setattr(search, "statistics", lambda alias: (rows, bounds))


def _pool_sql(text: str) -> tuple[list[int], list[str]]:
    with CaptureQueriesContext(connection) as queries:
        pool = hits(text).pool()
    return pool, [q["sql"] for q in queries.captured_queries]


def _ids(cobalt, headlines: list[str]) -> list[int]:
    return [cobalt[h].pk for h in headlines]


NEWEST_FOUR = ["Story 0", "Story 2", "Story 3", "Story 5"]  # RANK_WINDOW + 1


@postgres_only
def test_dense_matches_are_found_by_walking_the_date_index(cobalt, monkeypatch):
    _estimate_as(monkeypatch, matches=8, rows=12, bounds=[])
    pool, _ = _pool_sql("cobalt")
    assert pool == _ids(cobalt, NEWEST_FOUR)


@postgres_only
def test_a_window_of_the_newest_stories_holding_enough_matches_gives_the_pool(cobalt, monkeypatch):
    now = timezone.now()
    # Quantiles a day apart: a window of the newest eight stories holds five matches.
    bounds = [now - timedelta(days=n, hours=12) for n in range(12, -1, -1)]
    _estimate_as(monkeypatch, matches=8, rows=100, bounds=bounds)
    monkeypatch.setattr(search, "WINDOW_MARGIN", 0.75)  # 0.75 × 4 / 8: 5 of 12 buckets
    pool, sql = _pool_sql("cobalt")
    assert pool == _ids(cobalt, NEWEST_FOUR)
    assert len(sql) == 1 and '"published_at" >=' in sql[0]


@postgres_only
def test_a_window_holding_too_few_matches_falls_back_to_all_of_them(cobalt, monkeypatch):
    now = timezone.now()
    bounds = [now - timedelta(days=n, hours=12) for n in range(12, -1, -1)]
    _estimate_as(monkeypatch, matches=8, rows=100, bounds=bounds)
    monkeypatch.setattr(search, "WINDOW_MARGIN", 0.2)  # 0.2 × 4 / 8: 2 buckets, 1 match
    pool, sql = _pool_sql("cobalt")
    assert pool == _ids(cobalt, NEWEST_FOUR)
    assert len(sql) == 2 and '"published_at" >=' not in sql[1]


@postgres_only
def test_few_matches_come_from_the_full_text_index_alone(cobalt, monkeypatch):
    _estimate_as(monkeypatch, matches=3, rows=1000, bounds=[])
    pool, sql = _pool_sql("cobalt")
    assert pool == _ids(cobalt, NEWEST_FOUR)
    assert len(sql) == 1 and '"published_at" >=' not in sql[0]


@postgres_only
def test_the_estimate_comes_from_the_planner_and_its_statistics(cobalt, monkeypatch):
    monkeypatch.setattr(search, "_statistics", {})  # read afresh, and forgotten after
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    matches = search.PostgresSearch().estimate(hits("cobalt").matches())
    rows, bounds = search.statistics(connection.alias)
    assert 1 <= matches <= 12
    assert rows == 12
    assert bounds == sorted(bounds) and len(bounds) > 2


# --- window_start ---------------------------------------------------------------------


def _quantiles(count: int) -> list[datetime]:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    return [start + timedelta(days=n) for n in range(count)]


def test_the_window_starts_where_the_newest_share_of_stories_begins():
    bounds = _quantiles(11)  # ten buckets of a tenth each
    assert search.window_start(bounds, 0.2) == bounds[-3]
    assert search.window_start(bounds, 0.25) == bounds[-4]  # rounded up: never too few


def test_no_window_when_it_would_hold_every_story():
    assert search.window_start(_quantiles(11), 1.0) is None
    assert search.window_start(_quantiles(11), 0.95) is None


@postgres_only
def test_the_statistics_are_read_once_in_a_while(cobalt, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(search, "_statistics", {})
    search.statistics(connection.alias)
    with django_assert_num_queries(0):
        search.statistics(connection.alias)


def test_no_window_without_statistics():
    assert search.window_start([], 0.1) is None


def test_the_window_leaves_scheduled_stories_out():
    past = _quantiles(6)
    future = [timezone.now() + timedelta(days=n) for n in (1, 2, 3, 4, 5)]
    # Ten buckets; 0.2 is two of them, counted back from the newest past quantile.
    assert search.window_start(past + future, 0.2) == past[-3]


@postgres_only
def test_the_same_search_asked_again_plans_its_pool_without_an_explain(cobalt, monkeypatch):
    monkeypatch.setattr(search, "_estimates", {})
    first, again = (_pool_sql("cobalt")[1] for _ in range(2))
    assert any(sql.startswith("EXPLAIN") for sql in first)
    assert not any(sql.startswith("EXPLAIN") for sql in again)


@postgres_only
def test_another_filter_is_estimated_afresh(cobalt, monkeypatch):
    monkeypatch.setattr(search, "_estimates", {})
    hits("cobalt").pool()
    filtered = search.StoryHits(search.parse("cobalt"), search.Filters(topic="mining"))
    with CaptureQueriesContext(connection) as queries:
        filtered.pool()
    assert any(q["sql"].startswith("EXPLAIN") for q in queries.captured_queries)
