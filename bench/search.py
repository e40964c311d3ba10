"""Search at archive size: how long `/search/` takes on PostgreSQL, query by query.

    DATABASE_URL="postgres:///newsroom_bench?host=/var/run/postgresql" \\
        .venv/bin/python bench/search.py [--runs 200] [--explain]

Against a database seeded with `seed_bench --articles 200000 --companies 20000`. It picks
its queries from the data: the most common word in the corpus (from the planner's
statistics on the search documents), a selective word (a company name found in a few dozen
stories), a phrase, an OR, an exclusion and a misspelt company name; then, warm, times

- `stories`: what the results page asks the database for stories (capped count, one page of
  ranked ids, the cards with their snippets, their bylines), by relevance and by newest;
- `companies`: the pg_trgm lookup of companies shown above the stories;
- `page`: the whole page rendered by Django (private: past the page cache), for the
  selective and the most common word.

and prints p50/p95/max in milliseconds. The targets (issue 9): p95 ≤ 10 ms for a
selective query, ≤ 50 ms for the most common word. `--explain` prints the plans.
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
from django.urls import reverse  # noqa: E402

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


def pick_words() -> tuple[str, str, float, str]:
    """The corpus's most common lexeme (and the share of stories it is in), a selective
    word (the first word of a company name linked to a few dozen stories) and a word in
    about 1% of the stories."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE tablename = 'articles_article' AND attname = 'search_document'"
        )
        row = cursor.fetchone()
        if row is None:
            sys.exit("No statistics on articles_article.search_document: ANALYZE first.")
        elems, freqs = row
        pairs = [(e, f) for e, f in zip(elems, freqs, strict=False) if e.isalnum()]
        common, share = max(pairs, key=lambda pair: pair[1])
        middle = min(pairs, key=lambda pair: abs(pair[1] - 0.01))[0]
        cursor.execute(
            "SELECT c.name FROM companies_company c "
            "WHERE c.id IN (SELECT company_id FROM articles_articlecompany GROUP BY company_id "
            "               HAVING count(*) BETWEEN 20 AND 60) "
            "ORDER BY c.id LIMIT 1"
        )
        selective = cursor.fetchone()[0].split()[0]
    return common, selective, share, middle


def stories(text: str, sort: str) -> list[Article]:
    hits = search.StoryHits(search.parse(text), search.Filters(), sort)
    page = Paginator(hits, search.PER_PAGE).page(1)
    return [list(story.bylines.all()) for story in page.object_list]


def explain(text: str, sort: str) -> None:
    hits = search.StoryHits(search.parse(text), search.Filters(), sort)
    for name, queryset in (
        ("count", hits.matches().values("pk")[: search.RANK_WINDOW + 1]),
        ("page ids", hits._ordered_ids()[: search.PER_PAGE]),
    ):
        print(f"--- {text!r} {sort}: {name}")
        print(queryset.explain(analyze=True, buffers=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("bench/search.py measures PostgreSQL: point DATABASE_URL at one.")

    total = Article.objects.published().count()
    common, selective, share, middle = pick_words()
    print(f"{total:,} published stories; most common word {common!r} (in {share:.0%})")
    print(f"selective word {selective!r}; {middle!r} in about 1%")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    queries = {
        "selective": selective,
        "common": common,
        "1%": middle,
        "phrase": f'"{common} {selective}"',
        "or": f"{selective} OR {common}",
        "exclusion": f"{common} -{selective}",
        "rare + common": f"{selective} {common}",
    }
    for label, text in queries.items():
        found = search.StoryHits(search.parse(text), search.Filters()).count()
        for sort in (search.RELEVANCE, search.NEWEST):
            times = timed(lambda t=text, s=sort: stories(t, s), args.runs)
            print(f"stories  {label:<14} {sort:<9} {found:>5} found  {summary(times)}")
            if args.explain:
                explain(text, sort)

    typo = selective[:2] + selective[3:]  # one letter dropped
    for label, text in (("exact", selective), ("typo", typo)):
        query = search.parse(text)
        names = [c.name for c in search.companies_like(query)]
        times = timed(lambda q=query: search.companies_like(q), args.runs)
        print(f"companies {label:<13} {text!r:<22} {summary(times)}  {names[:2]}")

    # The whole page, private (a session cookie keeps it out of the page cache).
    client = Client(HTTP_COOKIE="sessionid=bench")
    url = reverse("articles:search")
    for label, text in (("selective", selective), ("common", common)):
        times = timed(lambda t=text: client.get(url, {"q": t}), max(20, args.runs // 4))
        print(f"page     {label:<24} {summary(times)}")


if __name__ == "__main__":
    main()
