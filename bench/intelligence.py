"""Benchmarks for company detection and the article importer (run by `make bench`).

- building the matcher from a gazetteer of 50,000 names and aliases (target ≤ 2 s);
- matching a 5,000-word story against it (target ≤ 5 ms), and the whole analysis of that
  story (Markdown stripping, matching, roles, deal facts) beside it;
- importing 1,000 article files into a fresh SQLite database (target ≥ 200 files/s).
Timings are the best of several runs, on synthetic but realistic text; the analysis is also
given in CPU time, which a busy machine inflates less than the wall clock.
`python bench/intelligence.py matcher` runs the company-detection part only.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.bench"
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'import.sqlite3'}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from intelligence.analysis import analyse_story  # noqa: E402
from intelligence.matcher import CompanyMatcher  # noqa: E402

FIRST = "Northern Southern Eastern Western Pacific Atlantic Golden Silver Royal Grand United Global National Imperial Crown Summit Harbour River Valley Coastal".split()  # noqa: E501
SECOND = "Star Stone Bridge Field Forge Mill Gate Peak Lake Bay Rock Wood Port Point Ridge Crest Haven Brook Cliff Grove".split()  # noqa: E501
THIRD = "Holdings Group Capital Industries Logistics Energy Partners Ventures Systems Networks Foods Motors Media Telecom Bank Insurance Mining Retail Airlines Shipping".split()  # noqa: E501
SUFFIX = ["Ltd", "plc", "Inc", "AG", "SA", "NV", "Corp"]
FILLER = (
    "the a of and to in said would its with for on was that by as it from at which this "
    "market shares investors analysts quarter revenue growth deal company chief executive "
    "people familiar matter regulators approval year billion million percent sales profit"
).split()


def best(fn, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - start)
    return min(timings)


def best_cpu(fn, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        timings.append(time.process_time() - start)
    return min(timings)


def gazetteer(size: int) -> list[tuple]:
    names = [" ".join(p) for p in product(FIRST, SECOND, THIRD)]
    rows = []
    for n in range(size // 2):
        base = names[n % len(names)]
        name = f"{base} {SUFFIX[n // len(names)]}" if n >= len(names) else base
        alias = "".join(w[0] for w in name.split()) + f"-{n}"
        rows.append((n, f"company-{n}", name, [alias]))
    return rows


def story(rows: list[tuple], words: int, rng: random.Random) -> str:
    out = []
    while len(out) < words:
        out.extend(rng.choices(FILLER, k=rng.randint(8, 20)))
        out.append(rng.choice(rows)[2] + "'s")
        out.append(rng.choice(FILLER) + ".")
    paragraphs = [" ".join(out[i : i + 120]) for i in range(0, words, 120)]
    return "\n\n".join(p[0].upper() + p[1:] for p in paragraphs)


def bench_matcher() -> None:
    rng = random.Random(3)
    rows = gazetteer(50_000)
    surfaces = sum(1 + len(r[3]) for r in rows)
    build = best(lambda: CompanyMatcher(rows), 3)
    matcher = CompanyMatcher(rows)
    text = story(rows, 5000, rng)
    words = len(text.split())
    hits = len(matcher.find(text))
    match = statistics.median(best(lambda: matcher.find(text), 5) for _ in range(5))
    whole = best(lambda: analyse_story(headline="Markets", body=text, matcher=matcher), 5)
    whole_cpu = best_cpu(lambda: analyse_story(headline="Markets", body=text, matcher=matcher), 5)
    print("\nCompany detection (target: build ≤ 2 s, match ≤ 5 ms)")
    print(f"  build matcher from {surfaces:,} names and aliases   {build * 1000:8.0f} ms")
    print(f"  match a {words:,}-word story ({hits} mentions)        {match * 1000:8.2f} ms")
    print(f"  whole analysis of that story (roles, deal facts)  {whole * 1000:8.2f} ms")
    print(f"  the same in CPU time (target ≤ 20 ms)             {whole_cpu * 1000:8.2f} ms")


STORY_FILE = """---
title: {title}
slug: bench-import-{n:04d}
standfirst: A synthetic story for the import benchmark.
byline: Anna Petrova in Moscow and Li Wei in Hong Kong
published_at: 2019-0{month}-1{day}T09:00:00Z
tags: [e-commerce, bench, topic {topic}]
companies: [{first}, {second}]
---
{body}
"""


def bench_import() -> None:
    from articles.importers import import_articles
    from articles.models import Article
    from companies.models import Company, CompanyAlias

    call_command("migrate", verbosity=0)
    rng = random.Random(5)
    rows = gazetteer(100)
    for _key, slug, name, aliases in rows:
        company = Company.objects.create(name=name, slug=slug)
        CompanyAlias.objects.create(company=company, name=aliases[0])
    files = WORK / "stories"
    files.mkdir()
    for n in range(1000):
        first, second = rng.sample(rows, 2)
        (files / f"{n:04d}.md").write_text(
            STORY_FILE.format(
                n=n, title=f"Story {n} about {first[2]}", month=rng.randint(1, 9),
                day=rng.randint(0, 9), topic=n % 20, first=first[2], second=second[3][0],
                body=story(rows, 300, rng),
            ),
            encoding="utf-8",
        )  # fmt: skip
    start = time.perf_counter()
    report = import_articles([files])
    first_run = time.perf_counter() - start
    start = time.perf_counter()
    import_articles([files])
    second_run = time.perf_counter() - start
    assert len(report.created) == 1000 and Article.objects.count() == 1000
    print("\nImporting article files on SQLite (target ≥ 200 files/s)")
    print(f"  1,000 new files       {first_run:6.2f} s   {1000 / first_run:6.0f} files/s")
    print(
        f"  the same 1,000 again  {second_run:6.2f} s   {1000 / second_run:6.0f} files/s (updates)"
    )


if __name__ == "__main__":
    bench_matcher()
    if sys.argv[1:] != ["matcher"]:
        bench_import()
