"""Search over published stories and companies: one interface, two implementations.

The index is kept by the database (migration 0004_search_index): on PostgreSQL a weighted
tsvector per story (headline A, standfirst B, body C, linked companies' names B) with a GIN
index, and pg_trgm indexes on company names and aliases; on SQLite an FTS5 table with the
same four columns and a trigram FTS5 table of company names and aliases. `backend()` picks
the implementation from the database vendor.

What a reader types never reaches the database as syntax. `parse()` cleans it (control
characters out, at most MAX_QUERY_CHARS characters and MAX_TERMS terms) into words, quoted
phrases, `OR` and `-exclusions`; each backend writes its own query from that: a rebuilt
string for `websearch_to_tsquery` (which accepts any input), or an FTS5 expression in which
every term is quoted, so `*`, `:`, `NEAR`, column filters or a stray quote are just text.

Cost. Stories always come from `Article.objects.published()`, so drafts, scheduled and
unpublished stories are never matched, ranked or counted. Work is bounded by RANK_WINDOW
(300). A search first reads its pool: the newest RANK_WINDOW + 1 matches, ids only, by
publication date (`StoryHits.pool()`); that is the count ("300+" past the window), the
"newest" order, and the set that relevance ranks. Past RANK_WINDOW matches, relevance
therefore means "the best of the newest 300 matches": an older story that matches better
is not shown (pages stop at 300). Reading the pool on PostgreSQL takes one of three plans,
chosen from the planner's estimate of how many stories match (`PostgresSearch.pool`):

- few matches (a selective query, or a rare word): all of them from the GIN index, sorted
  by date; nothing walks the date index past stories that do not match;
- dense (at least DENSE_SHARE of the stories match, the corpus's most common words): walk
  the publication-date index until RANK_WINDOW + 1 match, a few hundred rows;
- in between (a word in thousands of stories): the GIN index ANDed with the date index
  over the newest stories, a window sized from the estimate to hold about twice the pool,
  so only the window's matches are read from the table; a window that holds too few falls
  back to the first plan. Walking the date index here reads and decompresses the search
  document of every story passed (60–80 ms for a word in 4% of 200,000 stories); reading
  every match from the GIN index fetches all of them (as long).

The estimate (an EXPLAIN) is kept per query and filters as long as the planner's
statistics are (`PostgresSearch.estimate`). A phrase is the one query the GIN index cannot
answer alone: it knows which words a story holds, not where, so every story holding all
the phrase's words is read to check their positions. When more than PHRASE_CANDIDATES
stories are expected to hold them, the phrase is looked for in the newest
PHRASE_CANDIDATES of those only, and the page says so when older stories may match too
(`StoryHits.limited`); FTS5 checks positions in its own index and needs no bound.

Ranking (`ts_rank_cd`, FTS5's bm25) then reads at most RANK_WINDOW documents, in the same
statement that reads the page's cards. Snippets (`ts_headline` over SNIPPET_CHARS of the
body around the first match, `snippet()`) are made only for the stories on the page shown.
bench/search.py measures all this at 200k stories.

The story admin's search (`newest()`) takes the same care: the newest ADMIN_POOL matches,
by id, whatever their state, read first; the changelist sorts and pages those.
"""

import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from time import monotonic
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connection, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import (
    BooleanField,
    DateTimeField,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    TextField,
)
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from companies.models import Company
from core.text import plain_text

from .models import Article, ArticleCompany, Byline, TaggedArticle
from .models.articles import attach_bylines

MAX_QUERY_CHARS = 200
MAX_TERMS = 8
# Counts stop at RANK_WINDOW; past it, relevance ranks the newest RANK_WINDOW matches.
RANK_WINDOW = 300
# PostgreSQL: a phrase is looked for in at most this many stories holding all its words,
# the newest (see StoryHits.pool).
PHRASE_CANDIDATES = 1000
# PostgreSQL: the share of stories a query matches (by the planner's estimate) from which
# walking the date index finds the pool faster than the GIN index; and how many times the
# pool the newest-stories window is sized to hold.
DENSE_SHARE = 0.3
WINDOW_MARGIN = 2
PER_PAGE = 20
# The story admin's search lists at most this many matches, the newest.
ADMIN_POOL = 1000
COMPANY_LIMIT = 5
# Snippets (PostgreSQL): ts_headline parses all the text it is given (~0.2 ms for 1,500
# characters), so it is given SNIPPET_CHARS of the body only: from SNIPPET_LEAD characters
# before the first place a query word seems to start (a regular expression over the raw
# text, a fraction of the parse's cost). A snippet without a highlight is not shown
# (the card shows its standfirst): no word of the query seems to be in the body, or the
# window held none after all (a word that only starts like one of the query's).
SNIPPET_CHARS = 360
SNIPPET_LEAD = 100
# How close a company name must be to the query (trigram word similarity, 0–1).
COMPANY_SIMILARITY = 0.5

RELEVANCE, NEWEST = "relevance", "newest"
INDEX_MIGRATION = "0004_search_index"

# Snippet highlights travel as private-use characters, so the text can be escaped first
# and the <mark> tags put in afterwards.
MARK_START, MARK_END = "\ue000", "\ue001"

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")
_POSTGRES_CONFIG = "pg_catalog.english"


# --- Queries --------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word (`text` as typed, without quotes or a leading minus) or a quoted phrase."""

    text: str
    phrase: bool = False

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)


@dataclass(frozen=True)
class Query:
    """What to look for: every group (terms joined by OR) and none of the exclusions."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups)

    def __str__(self) -> str:
        def show(term: Term) -> str:
            return f'"{term.text}"' if term.phrase else term.text

        parts = [" OR ".join(show(t) for t in group) for group in self.groups]
        parts += [f"-{show(t)}" for t in self.excluded]
        return " ".join(parts)

    def loosened(self) -> "Query | None":
        """For a query with phrases, a looser one without them that every story matching
        this one matches too: a phrase alone becomes its words, each required; a phrase
        among alternatives (OR) its longest word; exclusions are dropped. None when there
        is no phrase to loosen."""
        if not any(term.phrase for group in self.groups for term in group):
            return None
        groups: list[tuple[Term, ...]] = []
        for group in self.groups:
            if len(group) == 1 and group[0].phrase:
                groups.extend((Term(word),) for word in group[0].words)
            else:
                longest = (Term(max(t.words, key=len)) if t.phrase else t for t in group)
                groups.append(tuple(longest))
        return Query(tuple(groups))

    @property
    def plain(self) -> str:
        """The words looked for, without operators: what a company name would be."""
        return " ".join(" ".join(t.words) for group in self.groups for t in group)


def clean(raw: str) -> str:
    """`raw` without control, format or unassigned characters, at most MAX_QUERY_CHARS long."""
    kept = (" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in raw[: MAX_QUERY_CHARS * 2])
    return " ".join("".join(kept).split())[:MAX_QUERY_CHARS]


def parse(raw: str) -> Query:
    """Words, "quoted phrases", OR between terms and -exclusions, as web search engines take
    them; anything else is text. A term without a letter or digit is dropped, so a query of
    nothing but operators is empty (falsy), as is one of nothing but exclusions."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    terms = 0
    for minus, quoted, bare in _TOKEN.findall(clean(raw)):
        if terms >= MAX_TERMS:
            break
        if quoted or minus and not bare:
            term, negative = Term(quoted, phrase=True), bool(minus)
        elif bare == "OR":
            join_next = bool(groups)
            continue
        else:
            negative = bare.startswith("-")
            term = Term(bare.lstrip("-").replace('"', ""))
        if not term.words:
            continue
        terms += 1
        if negative:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts5_term(term: Term) -> str:
    # Every term a quoted string: FTS5 reads nothing inside one as syntax.
    return '"' + " ".join(term.words) + '"'


def fts5_expression(query: Query) -> str:
    groups = ["(" + " OR ".join(_fts5_term(t) for t in group) + ")" for group in query.groups]
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression = f"({expression}) NOT {_fts5_term(term)}"
    return expression


def websearch_text(query: Query) -> str:
    """`query` rewritten for `websearch_to_tsquery`, which gives quotes, OR and a leading
    minus the same meanings; what is left of each term is words and punctuation."""

    def show(term: Term) -> str:
        text = term.text.replace('"', " ")
        return f'"{text}"' if term.phrase else text.lstrip("-")

    parts = [" OR ".join(show(t) for t in group) for group in query.groups]
    parts += [f"-{show(t)}" for t in query.excluded]
    return " ".join(parts)


# --- SQL on the story row -------------------------------------------------------------


class OnStory(Func):
    """SQL about the story row, wherever the query puts the story table: `{story}` in `sql`
    becomes that table's alias (relabelled like any column when the query is nested)."""

    def __init__(self, sql: str, params: Sequence, output_field):
        super().__init__(F("pk"), output_field=output_field)
        self.sql, self.params = sql, tuple(params)

    def as_sql(self, compiler, connection, **extra_context):
        column = self.get_source_expressions()[0]
        story = compiler.quote_name_unless_alias(column.alias)
        return self.sql.format(story=story), list(self.params)


_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def highlight(snippet: str | None) -> SafeString:
    """A snippet with its highlights as <mark>, everything else escaped and free of
    Markdown; empty when nothing in it is highlighted (the card then shows its
    standfirst). Only a start mark closed before the next one becomes <mark>: a stray
    one (the text's own) is dropped, so the tags always pair up."""
    text = escape(plain_text(snippet or "").replace("\n\n", " … "))
    marked = _MARKED.sub(r"<mark>\1</mark>", text)
    if "<mark>" not in marked:  # the text was escaped: only ours
        return SafeString("")
    # Escaped just above; only our own tags added.
    return mark_safe(marked.replace(MARK_START, "").replace(MARK_END, ""))


def snippet_pattern(query: Query) -> str:
    """A regular expression (PostgreSQL's, used case-insensitively) for where one of the
    query's words may start in a text: each word's first letters, since the index matches
    stems ("acquisitions" finds "acquisition"); a short word whole. Exclusions are left
    out. It only points ts_headline at a window, which then highlights by the stems."""
    parts = set()
    for group in query.groups:
        for term in group:
            for word in term.words:
                word = word.lower()
                if len(word) <= 3:
                    parts.add(word + "\\M" if word.isascii() else word)
                else:
                    parts.add(word[: max(4, len(word) - 3)])
    # Words are letters and digits only: nothing in them is an operator. `\m` (the start of
    # a word) only before ASCII, which every database locale counts as letters.
    alternatives = sorted(("\\m" + part if part.isascii() else part) for part in parts)
    return "(" + "|".join(alternatives or ["$^"]) + ")"


def window_start(bounds: list[datetime], share: float) -> datetime | None:
    """When the newest `share` of the stories (at least) begin, from the quantiles of their
    publication times (`bounds`, oldest first: equal numbers of stories between each two);
    None when that is all of them, or unknown. Scheduled stories are left out of the
    count: the window is the newest share of those already out."""
    now = timezone.now()
    past = [bound for bound in bounds if bound <= now]
    buckets = len(bounds) - 1
    if buckets < 1 or share >= 1:
        return None
    wanted = math.ceil(share * buckets)
    if wanted >= len(past) - 1:  # from the oldest quantile: every story
        return None
    return past[-1 - wanted]


# The planner's statistics on the story table, per database, and when they were read:
# they change only when the table is analysed, so they are read again after a while.
STATISTICS_SECONDS = 300
_statistics: dict[str, tuple[float, float, list[datetime]]] = {}


def statistics(alias: str) -> tuple[float, list[datetime]]:
    """How many stories the table holds and the quantiles of their publication times, as
    the planner last counted them (nothing before the table is first analysed)."""
    read_at, rows, bounds = _statistics.get(alias, (-STATISTICS_SECONDS, 0.0, []))
    if monotonic() - read_at < STATISTICS_SECONDS:
        return rows, bounds
    with connections[alias].cursor() as cursor:
        cursor.execute(
            """SELECT c.reltuples, s.histogram_bounds::text::timestamptz[]
                 FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 LEFT JOIN pg_stats s ON s.schemaname = n.nspname
                      AND s.tablename = c.relname AND s.attname = 'published_at'
                WHERE c.oid = %s::regclass""",
            [Article._meta.db_table],
        )
        row = cursor.fetchone()
    rows, bounds = (max(float(row[0]), 0.0), sorted(row[1] or [])) if row else (0.0, [])
    _statistics[alias] = (monotonic(), rows, bounds)
    return rows, bounds


# The planner's estimates of how many stories a search matches, per database, query and
# filters, and when they were read (see PostgresSearch.estimate); at most ESTIMATES_KEPT.
ESTIMATES_KEPT = 1000
_estimates: dict[tuple, tuple[float, float]] = {}


class PostgresSearch:
    """tsvector, websearch_to_tsquery, ts_rank_cd, ts_headline; companies by pg_trgm."""

    def _tsquery(self, query: Query) -> tuple[str, list]:
        return f"websearch_to_tsquery('{_POSTGRES_CONFIG}', %s)", [websearch_text(query)]

    def match(self, query: Query) -> OnStory:
        tsquery, params = self._tsquery(query)
        return OnStory(f"{{story}}.search_document @@ {tsquery}", params, BooleanField())

    def rank(self, query: Query) -> OnStory:
        tsquery, params = self._tsquery(query)
        # Normalisation 1: divided by 1 + log(length), so a long story does not win by
        # length alone.
        return OnStory(f"ts_rank_cd({{story}}.search_document, {tsquery}, 1)", params, FloatField())

    def ranked(self, stories: QuerySet, query: Query) -> QuerySet:
        """The ids of `stories`, best first."""
        order = self.rank(query).desc()
        return stories.order_by(order, "-published_at", "-pk").values_list("pk", flat=True)

    def match_unindexed(self, query: Query) -> OnStory:
        """`match`, as a function the planner cannot answer from the GIN index: checked
        on the rows another condition picked."""
        tsquery, params = self._tsquery(query)
        return OnStory(f"ts_match_vq({{story}}.search_document, {tsquery})", params, BooleanField())

    def pool(self, stories: QuerySet, limit: int, *, expected: float | None = None) -> list[int]:
        """The ids of the newest `limit` of `stories` (the matches of a query), newest
        first, by the plan that suits how many match (see the module's docstring);
        `expected`, the planner's estimate of how many, when already asked."""
        newest: tuple[Any, ...] = ("-published_at", "-pk")
        by_date = (self.date_unindexed().desc(), "-pk")
        matches = self.estimate(stories) if expected is None else expected
        stories_in_table, bounds = statistics(stories.db)
        if stories_in_table and matches >= DENSE_SHARE * stories_in_table:
            return list(stories.order_by(*newest).values_list("pk", flat=True)[:limit])
        start = window_start(bounds, WINDOW_MARGIN * limit / max(matches, 1))
        if start is not None:
            # The planner ANDs the two indexes (the order is the date's, not the index's,
            # so walking the date index gains nothing).
            window = stories.filter(published_at__gte=start).order_by(*by_date)
            ids = list(window.values_list("pk", flat=True)[:limit])
            if len(ids) >= limit:  # the window holds the newest `limit`
                return ids
        return list(stories.order_by(*by_date).values_list("pk", flat=True)[:limit])

    def newest(self, stories: QuerySet, query: Query, limit: int) -> list[int]:
        """The ids of the newest `limit` of `stories` (any state) that match, highest id
        first: the planner walks the primary key back, or sorts the GIN index's matches,
        as it estimates cheaper."""
        found = stories.filter(self.match(query)).order_by("-pk")
        return list(found.values_list("pk", flat=True)[:limit])

    def estimate(self, stories: QuerySet, key: tuple | None = None) -> float:
        """The planner's estimate of how many of `stories` there are (their ids only are
        planned: the same estimate, less to compile). With a `key` that names `stories`
        (the database, the query, the filters), kept as long as the statistics it comes
        from: asked again, the same search plans its pool without an EXPLAIN."""
        if key is not None:
            read_at, rows = _estimates.get(key, (-STATISTICS_SECONDS, 0.0))
            if monotonic() - read_at < STATISTICS_SECONDS:
                return rows
        plan = json.loads(stories.values("pk").explain(format="json"))
        rows = float(plan[0]["Plan"]["Plan Rows"])
        if key is not None:
            if len(_estimates) >= ESTIMATES_KEPT:
                _estimates.clear()
            _estimates[key] = (monotonic(), rows)
        return rows

    def snippet(self, query: Query) -> OnStory:
        """A highlighted passage of the body around its first match (see SNIPPET_CHARS),
        or NULL when the pattern finds no word of the query in the body (the match is in
        the headline or a company's name). The body's own private-use marks are taken out
        first, so only ours become <mark>."""
        tsquery, params = self._tsquery(query)
        options = (
            f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
            'MaxFragments=2, FragmentDelimiter=" … "'
        )
        # Where the pattern first matches: the text it matched, then where that text is
        # first (regexp_instr would collect every match in the body first: 0.3 ms for a
        # common word). A window that starts inside the text loses the word it cuts.
        # `OFFSET 0` keeps the subquery a step of its own: pulled up, it would be computed
        # again wherever `w.at` is named.
        window = (
            "CASE WHEN w.at > %s THEN regexp_replace(substr({story}.body, w.at - %s, %s), "
            "'^\\S*\\s+', '') ELSE left({story}.body, %s) END"
        )
        sql = (
            f"(SELECT CASE WHEN w.at > 0 THEN ts_headline('{_POSTGRES_CONFIG}', "
            f"translate({window}, %s, ''), {tsquery}, %s) END "
            "FROM (SELECT coalesce(strpos({story}.body, substring({story}.body FROM %s)), 0) "
            "AS at OFFSET 0) w)"
        )
        return OnStory(
            sql,
            [
                SNIPPET_LEAD,
                SNIPPET_LEAD,
                SNIPPET_CHARS,
                SNIPPET_CHARS,
                MARK_START + MARK_END,
                *params,
                options,
                "(?i)" + snippet_pattern(query),
            ],
            TextField(),
        )

    def date_unindexed(self) -> OnStory:
        """The publication time, hidden from the planner's choice of index: sorting on it
        cannot become a walk along the date index."""
        return OnStory("({story}.published_at + interval '0 seconds')", [], DateTimeField())

    def companies(self, text: str, limit: int) -> list[Company]:
        # `<%` (word similarity at least pg_trgm.word_similarity_threshold) is what the
        # trigram indexes answer; the score orders what they return.
        sql = """
            SELECT c.id, c.name, c.slug, c.sector, c.story_count, m.score
              FROM companies_company c
              JOIN (SELECT company_id, max(score) AS score
                      FROM (SELECT id AS company_id, word_similarity(%s, name) AS score
                              FROM companies_company WHERE %s <%% name
                            UNION ALL
                            SELECT company_id, word_similarity(%s, name)
                              FROM companies_companyalias WHERE %s <%% name) found
                     GROUP BY company_id) m ON m.company_id = c.id
             ORDER BY m.score DESC, c.story_count DESC, c.name
             LIMIT %s
        """
        alias = router.db_for_read(Company)
        # The default threshold, 0.6, misses one-letter typos in short names ("Alibba" is
        # 0.57 from "Alibaba"); set_config(…, true) keeps the change to this transaction.
        with transaction.atomic(using=alias, savepoint=False):
            with connections[alias].cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
                    [str(COMPANY_SIMILARITY)],
                )
            return list(Company.objects.using(alias).raw(sql, [text, text, text, text, limit]))


class SqliteSearch:
    """FTS5 with bm25 (the same weights as PostgreSQL's A/B/C), snippet(); companies by a
    trigram FTS5 table, scored here."""

    # headline A, standfirst B, body C, companies B, in PostgreSQL's proportions 1 : 0.4 : 0.2.
    WEIGHTS = "10.0, 4.0, 2.0, 4.0"

    def match(self, query: Query) -> OnStory:
        return OnStory(
            "{story}.id IN (SELECT rowid FROM articles_search_fts "
            "WHERE articles_search_fts MATCH %s)",
            [fts5_expression(query)],
            BooleanField(),
        )

    def ranked(self, stories: QuerySet, query: Query) -> "FtsRanked":
        return FtsRanked(stories, fts5_expression(query), self.WEIGHTS)

    def snippet(self, query: Query) -> OnStory:
        return OnStory(
            "(SELECT snippet(articles_search_fts, 2, %s, %s, ' … ', 30) FROM articles_search_fts "
            "WHERE articles_search_fts MATCH %s AND rowid = {story}.id)",
            [MARK_START, MARK_END, fts5_expression(query)],
            TextField(),
        )

    def newest(self, stories: QuerySet, query: Query, limit: int) -> list[int]:
        """The ids of the newest `limit` of `stories` (any state) that match, highest id
        first: FTS5 hands over its matches by rowid, newest first, and stops at `limit`
        (the join-and-sort of every match took 380 ms for a name in 35,000 stories).
        `stories` with conditions of their own are checked as a list of ids."""
        sql = "SELECT rowid FROM articles_search_fts WHERE articles_search_fts MATCH %s"
        params: list[Any] = [fts5_expression(query)]
        if stories.query.where:
            compiler = stories.order_by().values("pk").query.get_compiler(stories.db)
            inner, inner_params = compiler.as_sql()
            # `+rowid`: not a constraint FTS5 may take (see FtsRanked).
            sql += f" AND +rowid IN ({inner})"
            params += inner_params
        with connections[stories.db].cursor() as cursor:
            cursor.execute(sql + " ORDER BY rowid DESC LIMIT %s", [*params, limit])
            return [pk for (pk,) in cursor.fetchall()]

    def date_unindexed(self) -> F:
        return F("published_at")  # FTS5 hands over its matches first anyway.

    def pool(self, stories: QuerySet, limit: int) -> list[int]:
        """The ids of the newest `limit` of `stories`, newest first: SQLite's planner takes
        them from FTS5 or walks the date index, and chooses well enough."""
        return list(stories.order_by("-published_at", "-pk").values_list("pk", flat=True)[:limit])

    def companies(self, text: str, limit: int) -> list[Company]:
        wanted = _trigrams(text)
        probes = sorted({g.strip() for g in wanted if len(g.strip()) == 3})[:40]
        if not probes:
            return []
        expression = " OR ".join(f'"{g}"' for g in probes)
        sql = """
            SELECT c.id, c.name, c.slug, c.sector, c.story_count, t.name AS matched
              FROM articles_company_trgm t JOIN companies_company c ON c.id = t.company_id
             WHERE articles_company_trgm MATCH %s
             ORDER BY t.rank
             LIMIT 200
        """
        best: dict[int, tuple[float, Company]] = {}
        for company in Company.objects.raw(sql, [expression]):
            score = word_similarity(wanted, company.matched)  # type: ignore[attr-defined]
            if score >= COMPANY_SIMILARITY and score > best.get(company.pk, (-1.0, None))[0]:
                best[company.pk] = (score, company)
        ranked = sorted(best.values(), key=lambda sc: (-sc[0], -sc[1].story_count, sc[1].name))
        return [company for _, company in ranked[:limit]]


class FtsRanked:
    """SQLite: pages of `stories` by bm25(), computed inside one FTS5 query. (A bm25() per
    story in a correlated subquery would run the full-text query once for every story.)"""

    def __init__(self, stories: QuerySet, expression: str, weights: str):
        self.stories, self.expression, self.weights = stories, expression, weights

    def __getitem__(self, window: slice) -> list[int]:
        alias = self.stories.db
        inner, params = self.stories.order_by().values("pk").query.get_compiler(alias).as_sql()
        sql = (
            "SELECT a.id FROM articles_search_fts "
            "CROSS JOIN articles_article a ON a.id = articles_search_fts.rowid "
            # `+rowid`: not a constraint FTS5 may take, which would run the full-text
            # query once per id in the list (seconds for a common word).
            f"WHERE articles_search_fts MATCH %s AND +articles_search_fts.rowid IN ({inner}) "
            f"ORDER BY bm25(articles_search_fts, {self.weights}), a.published_at DESC, a.id DESC "
            "LIMIT %s OFFSET %s"
        )
        with connections[alias].cursor() as cursor:
            cursor.execute(
                sql, [self.expression, *params, window.stop - window.start, window.start]
            )
            return [pk for (pk,) in cursor.fetchall()]


def _trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: each word lower-cased, padded with two spaces before and one
    after."""
    grams: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def word_similarity(wanted: set[str], name: str) -> float:
    """How much of the query's trigrams one of `name`'s runs of words carries, as pg_trgm's
    word_similarity() measures it (near enough: the best run of consecutive words)."""
    if not wanted:
        return 0.0
    words = _WORD.findall(name.casefold())
    best = 0.0
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            run = _trigrams(" ".join(words[start:end]))
            best = max(best, len(wanted & run) / len(wanted))
    return best


def backend() -> PostgresSearch | SqliteSearch:
    if connection.vendor == "postgresql":
        return PostgresSearch()
    if connection.vendor == "sqlite":
        return SqliteSearch()
    raise ImproperlyConfigured(f"Search supports PostgreSQL and SQLite, not {connection.vendor}.")


# --- The SQLite index -----------------------------------------------------------------
# Created by migration 0004_search_index and put back after every migrate: SQLite drops a
# table's triggers when a migration rebuilds the table (as it does to add most fields), so
# `restore_sqlite_index` (a post_migrate receiver) recreates any that are missing and
# refills the index, which may have missed writes meanwhile.

# The names of the companies linked to story `{story}`, space-separated.
_SQLITE_NAMES = """coalesce((SELECT group_concat(c.name, ' ')
                  FROM articles_articlecompany ac
                  JOIN companies_company c ON c.id = ac.company_id
                 WHERE ac.article_id = {story}), '')"""


def _relink(story: str) -> str:
    names = _SQLITE_NAMES.format(story=story)
    return f"UPDATE articles_search_fts SET companies = {names} WHERE rowid = {story};"


def _story_row(story: str) -> str:
    return f"""INSERT INTO articles_search_fts (rowid, headline, standfirst, body, companies)
               VALUES ({story}.id, {story}.headline, {story}.standfirst, {story}.body,
                       {_SQLITE_NAMES.format(story=f"{story}.id")});"""


# Company names and aliases by trigram: rowid 2·id for a company's name, 2·id + 1 for an
# alias.
def _trigram_row(rowid: str, company: str, row: str) -> str:
    return f"""INSERT INTO articles_company_trgm (rowid, name, company_id)
               VALUES ({rowid}, {row}.name, {company});"""


SQLITE_TABLES = {
    "articles_search_fts": "CREATE VIRTUAL TABLE articles_search_fts USING fts5("
    "headline, standfirst, body, companies, "
    "tokenize = 'porter unicode61 remove_diacritics 2')",
    "articles_company_trgm": "CREATE VIRTUAL TABLE articles_company_trgm USING fts5("
    "name, company_id UNINDEXED, tokenize = 'trigram')",
}

SQLITE_TRIGGERS = {
    "articles_search_insert": f"""
        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles_article BEGIN
            {_story_row("NEW")}
        END""",
    "articles_search_update": f"""
        CREATE TRIGGER articles_search_update AFTER UPDATE OF headline, standfirst, body
        ON articles_article
        WHEN OLD.headline IS NOT NEW.headline OR OLD.standfirst IS NOT NEW.standfirst
             OR OLD.body IS NOT NEW.body
        BEGIN
            DELETE FROM articles_search_fts WHERE rowid = OLD.id;
            {_story_row("NEW")}
        END""",
    "articles_search_delete": """
        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles_article BEGIN
            DELETE FROM articles_search_fts WHERE rowid = OLD.id;
        END""",
    "articles_search_link_insert": f"""
        CREATE TRIGGER articles_search_link_insert AFTER INSERT ON articles_articlecompany
        BEGIN {_relink("NEW.article_id")} END""",
    "articles_search_link_delete": f"""
        CREATE TRIGGER articles_search_link_delete AFTER DELETE ON articles_articlecompany
        BEGIN {_relink("OLD.article_id")} END""",
    # Only a change of story or company changes the names: not the link's role, nor the
    # story's time that link_times.py copies onto its links.
    "articles_search_link_update": f"""
        CREATE TRIGGER articles_search_link_update
        AFTER UPDATE OF article_id, company_id ON articles_articlecompany
        BEGIN {_relink("OLD.article_id")} {_relink("NEW.article_id")} END""",
    "articles_search_company_renamed": f"""
        CREATE TRIGGER articles_search_company_renamed AFTER UPDATE OF name ON companies_company
        WHEN OLD.name IS NOT NEW.name BEGIN
            UPDATE articles_search_fts
               SET companies = {_SQLITE_NAMES.format(story="articles_search_fts.rowid")}
             WHERE rowid IN (SELECT article_id FROM articles_articlecompany
                              WHERE company_id = NEW.id);
        END""",
    "articles_company_trgm_insert": f"""
        CREATE TRIGGER articles_company_trgm_insert AFTER INSERT ON companies_company BEGIN
            {_trigram_row("2 * NEW.id", "NEW.id", "NEW")}
        END""",
    "articles_company_trgm_update": f"""
        CREATE TRIGGER articles_company_trgm_update AFTER UPDATE OF name ON companies_company
        BEGIN
            DELETE FROM articles_company_trgm WHERE rowid = 2 * OLD.id;
            {_trigram_row("2 * NEW.id", "NEW.id", "NEW")}
        END""",
    "articles_company_trgm_delete": """
        CREATE TRIGGER articles_company_trgm_delete AFTER DELETE ON companies_company BEGIN
            DELETE FROM articles_company_trgm WHERE rowid = 2 * OLD.id;
        END""",
    "articles_alias_trgm_insert": f"""
        CREATE TRIGGER articles_alias_trgm_insert AFTER INSERT ON companies_companyalias BEGIN
            {_trigram_row("2 * NEW.id + 1", "NEW.company_id", "NEW")}
        END""",
    "articles_alias_trgm_update": f"""
        CREATE TRIGGER articles_alias_trgm_update AFTER UPDATE ON companies_companyalias BEGIN
            DELETE FROM articles_company_trgm WHERE rowid = 2 * OLD.id + 1;
            {_trigram_row("2 * NEW.id + 1", "NEW.company_id", "NEW")}
        END""",
    "articles_alias_trgm_delete": """
        CREATE TRIGGER articles_alias_trgm_delete AFTER DELETE ON companies_companyalias BEGIN
            DELETE FROM articles_company_trgm WHERE rowid = 2 * OLD.id + 1;
        END""",
}

SQLITE_FILL = [
    "DELETE FROM articles_search_fts",
    f"""INSERT INTO articles_search_fts (rowid, headline, standfirst, body, companies)
        SELECT id, headline, standfirst, body, {_SQLITE_NAMES.format(story="a.id")}
          FROM articles_article a""",
    "DELETE FROM articles_company_trgm",
    """INSERT INTO articles_company_trgm (rowid, name, company_id)
       SELECT 2 * id, name, id FROM companies_company
        UNION ALL
       SELECT 2 * id + 1, name, company_id FROM companies_companyalias""",
]


def install_sqlite_index(connection) -> list[str]:
    """Create whatever is missing of the SQLite index and, if anything was, refill it.
    Returns the names created."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        existing = {name for (name,) in cursor.fetchall()}
        missing = [name for name in (*SQLITE_TABLES, *SQLITE_TRIGGERS) if name not in existing]
        for name in missing:
            cursor.execute({**SQLITE_TABLES, **SQLITE_TRIGGERS}[name])
        if missing:
            for sql in SQLITE_FILL:
                cursor.execute(sql)
    return missing


# PostgreSQL: the links' statement trigger (migration 0004), rebuilding a story's document
# on an update only where a link changed story or company (transition tables cannot be
# limited to columns in the trigger itself).
POSTGRES_LINKS_FUNCTION = """
    CREATE OR REPLACE FUNCTION articles_articlecompany_search() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE articles_article a
               SET search_document = coalesce(a.search_document, ''::tsvector) || n.names
              FROM (SELECT l.article_id,
                           setweight(to_tsvector('pg_catalog.english',
                                                 string_agg(c.name, ' ' ORDER BY c.id)), 'B')
                           AS names
                      FROM new_links l JOIN companies_company c ON c.id = l.company_id
                     GROUP BY l.article_id) n
             WHERE a.id = n.article_id;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE articles_article a
               SET search_document = articles_search_text(a.headline, a.standfirst, a.body)
                                     || articles_search_companies(a.id)
             WHERE a.id IN (SELECT article_id FROM old_links);
        ELSE
            UPDATE articles_article a
               SET search_document = articles_search_text(a.headline, a.standfirst, a.body)
                                     || articles_search_companies(a.id)
             WHERE a.id IN (SELECT o.article_id FROM old_links o JOIN new_links n ON n.id = o.id
                             WHERE (o.article_id, o.company_id) <> (n.article_id, n.company_id)
                            UNION
                            SELECT n.article_id FROM old_links o JOIN new_links n ON n.id = o.id
                             WHERE (o.article_id, o.company_id) <> (n.article_id, n.company_id));
        END IF;
        RETURN NULL;
    END
    $$
"""


def reindex_only_moved_links(connection) -> None:
    """Make the search index's link triggers ignore updates that move no link (0017)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_LINKS_FUNCTION)
        elif connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER IF EXISTS articles_search_link_update")
            cursor.execute(SQLITE_TRIGGERS["articles_search_link_update"])


def suspend_story_index(connection) -> None:
    """Before a bulk load of stories and their company links on SQLite: the story index's
    triggers off (each company link would re-index its story's whole text: three times
    per story at 200,000 stories). `refill_story_index` puts them back and fills the index
    in one pass. Call both inside the load's transaction, so a failed load rolls the
    triggers back with everything else. PostgreSQL's triggers append a linked name
    without re-reading the text: nothing to suspend there."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for name in _STORY_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def refill_story_index(connection) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for name in _STORY_TRIGGERS:
                cursor.execute(SQLITE_TRIGGERS[name])
            for sql in SQLITE_FILL[:2]:  # the stories' part: emptied, then filled
                cursor.execute(sql)


_STORY_TRIGGERS = [name for name in SQLITE_TRIGGERS if name.startswith("articles_search_")]


def remove_sqlite_index(connection) -> None:
    with connection.cursor() as cursor:
        for name in SQLITE_TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        for name in SQLITE_TABLES:
            cursor.execute(f"DROP TABLE IF EXISTS {name}")


def restore_sqlite_index(sender=None, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_migrate: put back what a table rebuild dropped, once the index exists."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    applied = MigrationRecorder(connection).applied_migrations()
    if ("articles", INDEX_MIGRATION) in applied:
        install_sqlite_index(connection)


# --- Searching ------------------------------------------------------------------------


@dataclass
class Filters:
    company: str = ""  # slugs
    topic: str = ""
    author: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def __bool__(self) -> bool:
        return any((self.company, self.topic, self.author, self.date_from, self.date_to))

    def q(self) -> Q:
        q = Q()
        if self.company:
            links = ArticleCompany.objects.filter(company__slug=self.company)
            q &= Q(pk__in=links.values("article_id"))
        if self.topic:
            tagged = TaggedArticle.objects.filter(tag__slug=self.topic)
            q &= Q(pk__in=tagged.values("content_object_id"))
        if self.author:
            q &= Q(pk__in=Byline.objects.filter(author__slug=self.author).values("article_id"))
        if self.date_from:
            q &= Q(published_at__gte=_start_of(self.date_from))
        if self.date_to:
            q &= Q(published_at__lt=_start_of(self.date_to + timedelta(days=1)))
        return q


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


# What a result card shows (articles/search.html): no bodies, no lead picture.
CARD_FIELDS = ("pk", "headline", "slug", "standfirst", "published_at")


@dataclass
class StoryHits:
    """The stories a search finds, as a sequence a Paginator can page through: `count()`
    stops at RANK_WINDOW, and a slice reads one page (the cards with their snippets, in the
    page's order, and their bylines).

    `stories`, when given, are searched instead of every published story (the API passes
    its filtered list)."""

    query: Query
    filters: Filters
    sort: str = RELEVANCE
    search: PostgresSearch | SqliteSearch = field(default_factory=backend)
    stories: QuerySet | None = None

    more: bool = False  # more matches than RANK_WINDOW: set by count()
    # A phrase looked for in the newest PHRASE_CANDIDATES stories holding its words only
    # (PostgreSQL; see `pool`): older ones may match too. Set by count().
    limited: bool = False
    _pool: list[int] | None = field(default=None, init=False, repr=False)

    def matches(self, query: Query | None = None) -> QuerySet:
        """The published stories that match (`query`, else the search's), unordered."""
        query = self.query if query is None else query
        stories = Article.objects.published() if self.stories is None else self.stories
        stories = stories.filter(self.filters.q())
        if query:
            stories = stories.filter(self.search.match(query))
        return stories.order_by()

    def pool(self) -> list[int]:
        """The ids of the newest RANK_WINDOW + 1 matches, newest first: read once.

        PostgreSQL's index knows which words a story holds, not where: a phrase is checked
        in each story that holds all its words, reading its search document (about 6 µs a
        story; 50 ms for a phrase of two words that 8,000 stories both hold). When more
        than PHRASE_CANDIDATES stories are expected to hold them, the phrase is looked for
        in the newest PHRASE_CANDIDATES of those only (read like any pool), and `limited`
        says so when older ones may match too."""
        if self._pool is None:
            self._pool = self._read_pool(RANK_WINDOW + 1)
        return self._pool

    def _read_pool(self, limit: int) -> list[int]:
        if not isinstance(self.search, PostgresSearch):
            return self.search.pool(self.matches(), limit)
        loose = self.query.loosened()
        if loose is not None:
            candidates = self.matches(loose)
            expected = self._estimate(candidates, loose)
            rows, bounds = statistics(candidates.db)
            if expected > PHRASE_CANDIDATES and rows and expected >= DENSE_SHARE * rows:
                # Its words in most stories: the phrase looked for in the newest
                # PHRASE_CANDIDATES stories, newest first, stopping at `limit` matches
                # (a phrase as common as its words costs a few hundred rows).
                start = window_start(bounds, PHRASE_CANDIDATES / rows)
                if start is not None:
                    window = self.matches().filter(published_at__gte=start)
                    newest = window.order_by("-published_at", "-pk").values_list("pk", flat=True)
                    found = list(newest[:limit])
                    self.limited = len(found) < limit
                    return found
            if expected > PHRASE_CANDIDATES:
                ids = self.search.pool(candidates, PHRASE_CANDIDATES, expected=expected)
                exact = Article.objects.filter(pk__in=ids)
                exact = exact.filter(self.search.match_unindexed(self.query))
                newest = exact.order_by("-published_at", "-pk").values_list("pk", flat=True)
                found = list(newest[:limit])
                # Older stories were left out, and may hold the phrase, only when the
                # newest candidates held fewer than `limit` matches.
                self.limited = len(ids) >= PHRASE_CANDIDATES and len(found) < limit
                return found
        matches = self.matches()
        expected = self._estimate(matches, self.query)
        return self.search.pool(matches, limit, expected=expected)

    def _estimate(self, stories: QuerySet, query: Query) -> float:
        """PostgreSQL's estimate of how many `stories` (the matches of `query`) there are,
        kept for the next time the same search is asked (not for a list of `stories`
        given from outside, which the filters here do not name)."""
        assert isinstance(self.search, PostgresSearch)
        key = None
        if self.stories is None:
            key = (stories.db, websearch_text(query), repr(self.filters))
        return self.search.estimate(stories, key)

    def count(self) -> int:
        if self.query:
            found = len(self.pool())
        else:
            # No words: filters alone, counted up to RANK_WINDOW + 1 in one capped read.
            found = self.matches().values("pk")[: RANK_WINDOW + 1].count()
        self.more = found > RANK_WINDOW
        return min(found, RANK_WINDOW)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Article]:
        if not isinstance(window, slice):
            raise TypeError("StoryHits reads pages: slice it.")
        cards = Article.objects.only(*CARD_FIELDS)
        if self.query:
            cards = cards.annotate(snippet=self.search.snippet(self.query))
        ordered = self._ordered_ids()
        stories: list[Any]  # Articles, given a `highlight` below
        if isinstance(ordered, QuerySet):
            # Ordered by the database (ranked, or newest first without words): the page
            # read in its order in one statement, its ids a subquery.
            page = ordered[window.start : window.stop]
            stories = list(cards.filter(pk__in=page).order_by(*ordered.query.order_by))
        else:
            ids = list(ordered[window.start : window.stop])
            if not ids:
                return []
            by_id = {story.pk: story for story in cards.filter(pk__in=ids)}
            stories = [by_id[pk] for pk in ids if pk in by_id]
        attach_bylines(stories)
        for story in stories:
            story.highlight = highlight(getattr(story, "snippet", None)) or story.standfirst
        return stories

    def _ordered_ids(self) -> "QuerySet | FtsRanked | list[int]":
        """The matches' ids in the page order: the pool (newest first) as it is, or ranked
        by relevance; without words, the newest matching stories."""
        if not self.query:
            stories = self.matches().order_by("-published_at", "-pk")
            return stories.values_list("pk", flat=True)
        pool = self.pool()[:RANK_WINDOW]
        if self.sort == NEWEST or not pool:
            return pool
        return self.search.ranked(Article.objects.filter(pk__in=pool), self.query)


def companies_like(query: Query, *, limit: int = COMPANY_LIMIT) -> list[Company]:
    """Companies whose name or an alias is close to the query's words, typos included
    ("Alibba" finds Alibaba Group, "Мэйл.ру" Mail.ru Group): best match first."""
    text = query.plain[:100]
    if len(text.replace(" ", "")) < 3:
        return []
    return backend().companies(text, limit)
