"""Search at archive size: how long `/search/` and the API's `?q=` take, query by query.

    make bench-search                     # PostgreSQL when DATABASE_URL is set, else the
                                          # bench's SQLite file (bench/.work/bench.sqlite3)
    DATABASE_URL="postgres:///newsroom_bench?host=/var/run/postgresql" \\
        .venv/bin/python bench/search.py [--runs 200] [--queries selective,common] [--explain]

Against a database seeded with `seed_bench --articles 200000 --companies 20000` (`make
bench` runs it at the end, on the bench's database, for the selective query and the most
common word). It picks its queries from the data, by rules it prints with the figures,
each with the number of stories it matches:

- selective: the name of a company, as typed, that matches a few dozen stories (the first
  company, by id, linked to 20-60 stories whose name matches 20-100 stories);
- common: the most common word in the corpus (on PostgreSQL from the planner's statistics
  on the search documents, on SQLite from the FTS5 index's own vocabulary);
- mid: the word whose share of stories is nearest 4% (thousands of matches: the case where
  neither the full-text index nor the date index alone is cheap);
- 1%: the word nearest 1%;
- a phrase (the most common word and the mid one), "the company said" (a phrase whose
  words are in nearly every story: looked for in the newest PHRASE_CANDIDATES stories
  holding them on PostgreSQL), an OR, an exclusion, a rare word with a common one, a
  misspelt company name;

then, warm, times

- `stories`: what the results page asks the database for stories (capped count, one page of
  ranked ids, the cards with their snippets, their bylines), by relevance and by newest;
- `companies`: the pg_trgm lookup of companies shown above the stories;
- `page`: the whole page rendered by Django (private: past the page cache), for the
  selective and the most common word;
- `api`: the API's stories list with `?q=` (private too), for the same two.

and prints p50/p95/max in milliseconds. The targets (issue 9): p95 ≤ 10 ms for a
selective query, ≤ 50 ms for the most common word (on PostgreSQL). `--explain` prints the
plans (PostgreSQL).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")

import django

django.setup()

from django.core.paginator import Paginator  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from rest_framework.throttling import AnonRateThrottle  # noqa: E402

from articles import search  # noqa: E402
from articles.models import Article  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return (
        f"min {times[0]:6.2f}  p50 {statistics.median(times):6.2f}  p95 {p95:6.2f}  "
        f"max {times[-1]:6.2f} ms"
    )


def pick_words() -> tuple[str, str, str]:
    """The corpus's most common word, a word in about 4% of the stories and one in about
    1%."""
    pairs = _word_shares()

    def nearest(share: float) -> str:
        return min(pairs, key=lambda pair: abs(pair[1] - share))[0]

    return max(pairs, key=lambda pair: pair[1])[0], nearest(0.04), nearest(0.01)


def pick_selective() -> str:
    """A company's name that matches a few dozen stories (see the docstring's rule)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.name FROM companies_company c "
            "WHERE c.id IN (SELECT company_id FROM articles_articlecompany GROUP BY company_id "
            "               HAVING count(*) BETWEEN 20 AND 60) "
            "ORDER BY c.id LIMIT 200"
        )
        names = [name for (name,) in cursor.fetchall()]
    for name in names:
        if 20 <= matching(name) <= 100:
            return name
    sys.exit("No company name matching 20-100 stories: seed with seed_bench first.")


def matching(text: str) -> int:
    """How many published stories match `text`: all of them, uncapped."""
    return search.StoryHits(search.parse(text), search.Filters()).matches().count()


def _word_shares() -> list[tuple[str, float]]:
    """Words and the share of stories each is in: PostgreSQL's statistics on the search
    documents, or the FTS5 index's vocabulary on SQLite (an fts5vocab table over it)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            stats = (
                "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE tablename = 'articles_article' AND attname = 'search_document'"
            )
            cursor.execute(stats)
            row = cursor.fetchone()
            if row is None:
                # seed_bench leaves out the text columns (and autovacuum may not have come
                # by yet): gather this one column's statistics, as a live database has them.
                print("ANALYZE articles_article (search_document)...", flush=True)
                cursor.execute("ANALYZE articles_article (search_document)")
                cursor.execute(stats)
                row = cursor.fetchone()
            if row is None or row[0] is None:
                sys.exit("No statistics on articles_article.search_document.")
            elems, freqs = row
            return [(e, f) for e, f in zip(elems, freqs, strict=False) if e.isalnum()]
        cursor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
            "USING fts5vocab(main, articles_search_fts, 'row')"
        )
        cursor.execute("SELECT count(*) FROM articles_search_fts")
        (documents,) = cursor.fetchone()
        cursor.execute(
            "SELECT term, doc FROM temp.bench_vocab WHERE length(term) > 2 "
            "ORDER BY doc DESC LIMIT 2000"
        )
        rows = cursor.fetchall()
    if not rows:
        sys.exit("The search index is empty: seed with seed_bench first.")
    return [(term, doc / documents) for term, doc in rows if term.isalpha()]


def stories(text: str, sort: str) -> list[Article]:
    hits = search.StoryHits(search.parse(text), search.Filters(), sort)
    page = Paginator(hits, search.PER_PAGE).page(1)
    return [list(story.bylines.all()) for story in page.object_list]


def explain(text: str, sort: str) -> None:
    hits = search.StoryHits(search.parse(text), search.Filters(), sort)
    print(f"--- {text!r} {sort}: the pool (newest {search.RANK_WINDOW + 1} matches)")
    with CaptureQueriesContext(connection) as queries:
        hits.pool()
    pool_sql = queries.captured_queries[-1]["sql"]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {pool_sql}")
        print("\n".join(line for (line,) in cursor.fetchall()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument(
        "--queries",
        default="",
        help="comma-separated labels (selective,common,mid,1%%,phrase,common phrase,or,"
        "exclusion,rare + common); "
        "only these, and no company lookups (make bench: selective,common)",
    )
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    postgres = connection.vendor == "postgresql"

    total = Article.objects.published().count()
    common, mid, one = pick_words()
    selective = pick_selective()
    print(f"Search on {connection.vendor}: {total:,} published stories")
    print("selective: a company's name matching 20-100 stories (the first, by id, of those "
          "linked to 20-60); common: the corpus's most common word; mid: the word nearest "
          "4% of stories; 1%: the word nearest 1%")  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    queries = {
        "selective": selective,
        "common": common,
        "mid": mid,
        "1%": one,
        "phrase": f'"{common} {mid}"',
        # A newsroom's most common phrase, its words in nearly every story.
        "common phrase": '"the company said"',
        "or": f"{mid} OR {common}",
        "exclusion": f"{common} -{mid}",
        "rare + common": f"{selective} {common}",
    }
    wanted = [q.strip() for q in args.queries.split(",") if q.strip()]
    if wanted:
        queries = {label: text for label, text in queries.items() if label in wanted}
    print(f"{'':8} {'query':<14} {'text':<24} {'matches':>8}")
    for label, text in queries.items():
        print(f"{'':8} {label:<14} {text!r:<24} {matching(text):>8,}")
    print()
    for label, text in queries.items():
        for sort in (search.RELEVANCE, search.NEWEST):
            times = timed(lambda t=text, s=sort: stories(t, s), args.runs)
            print(f"stories  {label:<14} {sort:<9} {summary(times)}")
            if args.explain and postgres:
                explain(text, sort)

    if not wanted:
        first = selective.split()[0]
        typo = first[:2] + first[3:]  # one letter dropped
        for label, text in (("exact", first), ("typo", typo)):
            query = search.parse(text)
            names = [c.name for c in search.companies_like(query)]
            times = timed(lambda q=query: search.companies_like(q), args.runs)
            print(f"companies {label:<13} {text!r:<22} {summary(times)}  {names[:2]}")

    # The whole page and the API's list, private (a session cookie keeps them out of the
    # page cache); the API's throttle is off for the run.
    AnonRateThrottle.THROTTLE_RATES = {"anon": None}
    client = Client(HTTP_COOKIE="sessionid=bench")
    pages = {"page": reverse("articles:search"), "api": reverse("api:story-list")}
    for kind, url in pages.items():
        for label in ("selective", "mid", "common"):
            text = queries.get(label) or {"selective": selective, "mid": mid}.get(label, common)
            times = timed(lambda t=text, u=url: client.get(u, {"q": t}), max(20, args.runs // 4))
            print(f"{kind:<8} {label:<24} {summary(times)}")


if __name__ == "__main__":
    main()
