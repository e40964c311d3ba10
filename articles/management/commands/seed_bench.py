"""Synthetic volume data for benchmarks: `seed_bench --articles 200000 --companies 20000`.

Skewed the way a business desk's archive is:

- companies with aliases (a short form; for the biggest an acronym and a Cyrillic spelling)
  and group ties (subsidiaries, affiliates, stakes). Coverage follows Zipf's law: a handful
  of companies are in 10,000+ stories each, the long tail in one or two;
- authors (bylines of one to three, a few prolific writers with thousands of stories) and
  topics (Zipf too: at 200,000 stories the biggest topics have 50,000+);
- deals with two to four parties, a dated status timeline (DealEvent rows, each linked to the
  story that reported that step) and the stories that report them, dated inside the deal's
  life; a few deals no story reports yet (some of them marked public);
- stories spread over ten years, more of them recently, with ~800-word Markdown bodies. A few
  hundred distinct bodies are rendered once with `core.markup.render_markdown` and shared;
  headlines and standfirsts vary per story. A few drafts and scheduled stories.

Rows are written in bulk, with ids allocated up front so the link rows need no round trip:
COPY on PostgreSQL, executemany elsewhere (on SQLite with durability relaxed for the load
only). Earlier bench rows (slugs starting `bench-`) and everything hanging off them are
deleted first, so it can be run again. The denormalised counts are recomputed at the end
with `articles.live.refresh_all()`, then the planner statistics (ANALYZE).
"""

import math
import random
import re
import time
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from itertools import accumulate, islice, product

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max
from django.db.models.fields import NOT_PROVIDED
from django.utils import timezone
from taggit.models import Tag

from companies.models import Company, CompanyAlias, CompanyRelation
from core.markup import render_markdown
from core.text import normalise_name
from deals.models import Deal, DealParty

from ... import live, search
from ...models import Article, ArticleCompany, Author, Byline, DealEvent, TaggedArticle

PREFIX = "bench-"
BODIES = 300
CHUNK = 5000
YEARS = 10
DAY = 86400.0
DealLink = Article.deals.through

# Column types a database driver takes as they are; anything else goes through the field's
# get_db_prep_save (dates, decimals, JSON...).
PLAIN = {
    "AutoField", "BigAutoField", "BigIntegerField", "BooleanField", "CharField", "EmailField",
    "ForeignKey", "IntegerField", "OneToOneField", "PositiveBigIntegerField",
    "PositiveIntegerField", "PositiveSmallIntegerField", "SlugField", "SmallAutoField",
    "SmallIntegerField", "TextField", "URLField",
}  # fmt: skip

FIRST = (
    "Northern Southern Eastern Western Pacific Atlantic Golden Silver Royal Grand United Global "
    "National Imperial Crown Summit Harbour River Valley Coastal Jade Amber Cobalt Granite "
    "Meridian Horizon Orient Baltic Nordic Alpine Delta Lotus Phoenix Dragon Falcon Sterling "
    "Evergreen Bluewater Redstone Ironbridge"
).split()
SECOND = (
    "Star Stone Bridge Field Forge Mill Gate Peak Lake Bay Rock Wood Port Point Ridge Crest Haven "
    "Brook Cliff Grove Tower Castle Harbor Vista Spring Arrow Anchor Beacon Compass Lantern "
    "Orchard Quarry Sail Shield Summit Thistle Willow Keystone Pioneer Frontier"
).split()
THIRD = (
    "Holdings Group Capital Industries Logistics Energy Partners Ventures Systems Networks Foods "
    "Motors Media Telecom Bank Insurance Mining Retail Airlines Shipping Pharma Semiconductor "
    "Payments Commerce Steel Chemicals Properties Securities Robotics Software"
).split()
SUFFIX = ["Ltd", "plc", "Inc", "AG", "SA", "NV", "Corp", "Co"]
CYRILLIC = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "абкдефгхийклмнопкрстуввксз",
        strict=True,
    )
)
SECTORS = [
    "E-commerce", "Banking", "Telecommunications", "Internet", "Energy", "Transport", "Retail",
    "Mining", "Semiconductors", "Payments", "Insurance", "Media", "Logistics", "Pharmaceuticals",
    "Automotive", "Real estate", "Steel", "Chemicals", "Software", "Airlines",
]  # fmt: skip
COUNTRIES = [
    ("CN", "China", 14), ("US", "United States", 14), ("RU", "Russia", 8), ("GB", "Britain", 8),
    ("DE", "Germany", 6), ("JP", "Japan", 6), ("IN", "India", 6), ("SG", "Singapore", 5),
    ("ID", "Indonesia", 4), ("FR", "France", 4), ("KR", "South Korea", 4), ("HK", "Hong Kong", 4),
    ("AE", "the UAE", 3), ("BR", "Brazil", 3), ("PK", "Pakistan", 2), ("MY", "Malaysia", 2),
    ("VN", "Vietnam", 2), ("KZ", "Kazakhstan", 2), ("NO", "Norway", 2),
    ("NL", "the Netherlands", 2),
]  # fmt: skip
CITIES = [
    ("London", 18), ("Hong Kong", 10), ("Moscow", 8), ("Beijing", 8), ("Shanghai", 6),
    ("Singapore", 6), ("New York", 8), ("Frankfurt", 4), ("Mumbai", 4), ("Jakarta", 3),
    ("Tokyo", 4), ("Dubai", 3), ("San Francisco", 4), ("Paris", 3), ("", 14),
]  # fmt: skip
GIVEN = (
    "Anna Li James Henry Maria Wei Olga Tom Sarah Ivan Priya Chen Lucy David Elena Kenji Amira "
    "Paul Nadia Hugo Mei Dmitri Laura Raj Sofia Ben Yuki Irina Omar Clara Mark Fatima Leo Hannah "
    "Arjun Zoe Pavel Nina Sam Grace Ahmed Julia Felix Rosa Daniel Tanya Marco Alice Victor Joy"
).split()
FAMILY = (
    "Kynge Foy Petrova Wang Smith Ivanova Chen Patel Brown Novak Tanaka Garcia Muller Rossi "
    "Kowalski Okafor Nguyen Silva Haddad Larsen Dubois Kim Hughes Sokolov Sato Mehta Fischer "
    "Moreau Costa Jensen Park Walker Orlov Singh Weber Lopez Ali Berg Murphy Zhang Khan Clarke "
    "Volkov Ito Reyes Schmidt Nakamura Popescu Evans Greco Lindqvist Osei Kapoor Hall Romano "
    "Stewart Yilmaz Fraser Baker Lee"
).split()
TOPICS = [
    "Mergers and acquisitions", "Earnings", "E-commerce", "Technology", "Banking", "China",
    "Russia", "Emerging markets", "Regulation", "Antitrust", "Private equity", "Energy",
    "Telecoms", "Fintech", "Digital silk road", "South-east Asia", "Trade", "Sanctions",
    "Venture capital", "Payments", "Retail", "Semiconductors", "Supply chains", "IPOs",
    "Sovereign wealth funds", "Logistics", "Cloud computing", "Artificial intelligence",
    "Corporate governance", "Joint ventures", "Debt markets", "Currencies", "Mining",
    "Automotive", "Electric vehicles", "Media", "Social media", "Cybersecurity", "Insurance",
    "Real estate", "Shipping", "Airlines", "Steel", "Chemicals", "Pharmaceuticals", "Labour",
    "Executive pay", "Shareholder activism", "Central banks", "Inflation", "Belt and Road",
    "Central Asia", "Gulf states", "India", "Japan", "Korea", "Europe", "United States",
    "Climate", "Commodities", "Gaming", "Streaming", "Smartphones", "Data protection",
    "Taxation", "Export controls", "Bond markets", "Hedge funds", "Start-ups", "Unicorns",
]  # fmt: skip
REGIONS = [
    "China", "Russia", "India", "Europe", "the US", "Japan", "South-east Asia", "the Gulf",
    "Africa", "Latin America", "Central Asia", "Korea",
]  # fmt: skip
THEMES = ["regulation", "investment", "competition", "trade", "jobs", "listings", "exports"]
KIND_WORDS = {
    "acquisition": "takeover", "merger": "merger", "joint_venture": "joint venture",
    "investment": "investment", "partnership": "partnership",
}  # fmt: skip
DEAL_KINDS = [
    ("acquisition", 35), ("investment", 30), ("joint_venture", 12), ("partnership", 13),
    ("merger", 10),
]  # fmt: skip
DEAL_STATUSES = [
    ("rumoured", 8), ("in_talks", 17), ("announced", 25), ("completed", 38), ("collapsed", 12),
]  # fmt: skip
# Each final status and the steps that can lead to it (the optional first ones drop out when a
# deal has fewer stories than steps).
PATHS = {
    "rumoured": ["rumoured"],
    "in_talks": ["rumoured", "in_talks"],
    "announced": ["rumoured", "in_talks", "announced"],
    "completed": ["in_talks", "announced", "completed"],
    "collapsed": ["rumoured", "in_talks", "collapsed"],
}
EVENT_NOTES = {
    "rumoured": "First reports of a possible deal.",
    "in_talks": "The companies confirmed they are in talks.",
    "announced": "Terms agreed and announced.",
    "completed": "The deal completed.",
    "collapsed": "Talks ended without a deal.",
}
CURRENCIES = [("USD", 60), ("EUR", 12), ("CNY", 10), ("GBP", 7), ("RUB", 6), ("JPY", 5)]
DEAL_HEADLINES = {
    "rumoured": [
        "{a} weighs bid for {b}", "{a} said to explore {kind} with {b}",
        "Bankers sound out {a} over {b} deal", "{b} shares jump on report of {a} interest",
    ],
    "in_talks": [
        "{a} in talks with {b} over {kind}", "{a} and {b} in advanced talks",
        "{a} nears {value} deal with {b}", "{b} confirms talks with {a}",
    ],
    "announced": [
        "{a} agrees {value} {kind} with {b}", "{a} and {b} announce {kind}",
        "{b} accepts {value} offer from {a}", "{a} strikes {kind} with {b} in {country} push",
    ],
    "completed": [
        "{a} completes {value} {kind} with {b}", "Regulators clear {a} deal for {b}",
        "{a} closes {kind} with {b}", "{b} joins {a} group as deal completes",
    ],
    "collapsed": [
        "{a} walks away from {b} talks", "{kind} between {a} and {b} collapses",
        "{b} rejects {a} approach", "{a} and {b} call off {kind} after a year of talks",
    ],
}  # fmt: skip
HEADLINES = [
    "{a} profits beat forecasts as {sector} demand recovers",
    "{a} shares fall after profit warning", "{a} names new chief executive",
    "{a} to cut {n} jobs in {country} overhaul", "{a} expands in {country} with {topic} push",
    "{a} and {b} face antitrust scrutiny in {country}", "{a} raises {value} in bond sale",
    "{a} challenges {b} in {country} {sector} market", "Investors press {a} over {topic}",
    "{a} revenue slows as {country} demand cools", "{a} bets on {topic} to revive growth",
    "{a} sues {b} over patents", "{a} loses ground to {b} in {country}",
    "{a} chairman steps down after {n} years", "{a} plans listing in {city}",
    "{a} cuts prices to fend off {b}", "{a} and {b} battle for {country} shoppers",
    "{a} doubles down on {topic}", "{a} reports record quarter on {country} sales",
    "{a} hit by {country} {topic} rules",
]  # fmt: skip
STANDFIRSTS = [
    "The {sector} group's move comes as rivals including {b} push into {country}.",
    "Analysts say the figures set the tone for the {sector} industry this year.",
    "The decision follows months of pressure from shareholders in {city}.",
    "It is the latest sign of how {topic} is reshaping the {sector} business.",
    "Executives told investors the company would keep spending despite slower sales in {country}.",
    "People familiar with the matter said a decision could come within weeks.",
    "The company is betting that growth in {country} will make up for a slowdown at home.",
    "Rivals including {b} are watching closely.",
]  # fmt: skip
SENTENCES = [
    "The company said revenue rose {pct} per cent in the three months to the end of {month}.",
    "Analysts had expected a smaller increase, citing weaker demand in {country}.",
    "Its shares have gained {pct} per cent this year, valuing the group at about {value}.",
    "Executives told investors on a call that the {sector} market remained competitive.",
    "The group employs about {n},000 people, most of them in {country}.",
    "Regulators in {country} have stepped up scrutiny of the {sector} industry.",
    "A person familiar with the matter said talks were at an early stage.",
    "The chief executive has promised to double sales in {country} within {few} years.",
    "Margins narrowed as the company spent heavily on logistics and marketing.",
    "Bankers said the financing was oversubscribed {few} times.",
    "The deal would give the buyer access to a fast-growing customer base.",
    "Competition from local rivals has forced the company to cut prices.",
    "The government holds a stake of about {pct} per cent through a state fund.",
    "Investors have questioned whether the expansion can pay for itself.",
    "The company declined to comment on the reports.",
    "Sales in {city} rose faster than anywhere else in the group.",
    "The board is expected to approve the plan at a meeting in {month}.",
    "Earlier attempts to enter the market ended in losses.",
    "Some analysts cut their price targets after the results.",
    "The company plans to invest {value} over the next {few} years.",
    "Its cloud and payments units grew fastest, while advertising slowed.",
    "Shareholders will vote on the proposal at the annual meeting.",
    "The move mirrors a strategy its larger rivals adopted several years ago.",
    "Officials in {country} said they welcomed foreign investment in the {sector} sector.",
    "The company has also faced questions over how it handles customer data.",
    "Debt rose to {value} at the end of the period.",
    "Staff were told of the changes in an internal memo seen by reporters.",
    "The outlook for the rest of the year was left unchanged.",
]  # fmt: skip
QUOTES = [
    "We are building for the next decade, not the next quarter.",
    "The market is big enough for several strong players.",
    "Our customers in {country} want faster delivery and lower prices, and we will give them both.",
    "This is a long-term commitment to the region.",
    "We will keep investing even if the economy slows.",
]  # fmt: skip
SUBHEADS = [
    "What the deal means", "Pressure from rivals", "The view from {city}", "Regulatory hurdles",
    "Results in detail", "A bet on {country}", "What comes next", "Investors' doubts",
]  # fmt: skip
MONTHS = (
    "January February March April May June July August September October November December"
).split()

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str, limit: int = 80) -> str:
    return _NOT_SLUG.sub("-", text.lower()).strip("-")[:limit].rstrip("-")


def _chunks(rows, size: int):
    rows = iter(rows)
    while batch := list(islice(rows, size)):
        yield batch


class _Zipf:
    """Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s."""

    def __init__(self, rng: random.Random, n: int, s: float):
        self.rng, self.population = rng, range(n)
        self.cum = list(accumulate((rank + 1) ** -s for rank in range(n)))

    def draw(self, k: int = 1) -> list[int]:
        return self.rng.choices(self.population, cum_weights=self.cum, k=k)

    def distinct(self, k: int) -> list[int]:
        """Up to k different ranks, in the order drawn."""
        return list(dict.fromkeys(self.draw(k)))


class _Weighted:
    def __init__(self, rng: random.Random, pairs):
        self.rng = rng
        self.values = [p[0] for p in pairs]
        self.cum = list(accumulate(p[-1] for p in pairs))

    def __call__(self):
        return self.rng.choices(self.values, cum_weights=self.cum)[0]


class _Writer:
    """Inserts rows given as tuples of Python values: COPY on PostgreSQL, executemany elsewhere.

    Concrete fields the caller leaves out get their default (auto_now fields: the load time;
    a database default is left to the database), so a field added to a model later does not
    break the load.
    """

    def __init__(self, now: datetime):
        self.now = now
        self.counts: Counter[str] = Counter()

    def insert(self, model, fields: list[str], rows) -> int:
        opts, ops = model._meta, connection.ops
        given = [opts.get_field(name) for name in fields]
        names = {f.name for f in given}
        extra = []
        for field in opts.concrete_fields:
            if field.primary_key or field.name in names or getattr(field, "generated", False):
                continue
            if getattr(field, "db_default", NOT_PROVIDED) is not NOT_PROVIDED:
                continue
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                value = self.now
            elif field.has_default() or field.null or field.empty_strings_allowed:
                value = field.get_default()
            else:
                raise CommandError(f"seed_bench cannot fill {opts.label}.{field.name}.")
            extra.append((field, field.get_db_prep_save(value, connection)))
        prep = [(i, f) for i, f in enumerate(given) if f.get_internal_type() not in PLAIN]
        tail = tuple(value for _, value in extra)
        columns = ", ".join(ops.quote_name(f.column) for f in [*given, *(f for f, _ in extra)])
        table = ops.quote_name(opts.db_table)

        def prepared():
            for row in rows:
                if prep:
                    row = list(row)
                    for i, field in prep:
                        row[i] = field.get_db_prep_save(row[i], connection)
                yield (*row, *tail)

        written = 0
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in prepared():
                        copy.write_row(row)
                        written += 1
            else:
                marks = ", ".join(["%s"] * (len(given) + len(extra)))
                sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
                for batch in _chunks(prepared(), CHUNK):
                    cursor.executemany(sql, batch)
                    written += len(batch)
        self.counts[opts.label] += written
        return written


def _next_id(model) -> int:
    return (model._base_manager.aggregate(top=Max("pk"))["top"] or 0) + 1


def _purge(queryset, depth: int = 0, tables: set[str] | None = None) -> int:
    """Delete `queryset`'s rows and, first, what hangs off them, in a few statements.

    The ORM's delete() would load every row to send signals; at 200,000 stories that takes
    minutes. Reverse foreign keys are followed through the model metadata, so links added
    by models written later go too: CASCADE (and PROTECT: bench rows protect only bench
    rows) deletes, SET_NULL clears.
    """
    if depth > 5:
        raise CommandError("seed_bench: relation chain too deep to purge.")
    if tables is None:  # a model whose migration is still to come has no rows to purge
        tables = set(connection.introspection.table_names())
    for rel in queryset.model._meta.get_fields(include_hidden=True):
        if not (rel.auto_created and not rel.concrete and (rel.one_to_many or rel.one_to_one)):
            continue
        if rel.related_model._meta.db_table not in tables:
            continue
        field, action = rel.field, rel.field.remote_field.on_delete
        related = rel.related_model._base_manager.filter(**{f"{field.name}__in": queryset})
        if action is models.DO_NOTHING:
            continue
        if action is models.SET_NULL:
            related.update(**{field.name: None})
        else:
            _purge(related, depth + 1, tables)
    return queryset._raw_delete(queryset.db)


class Command(BaseCommand):
    help = (
        "Create synthetic volume data for benchmarks: companies, authors, topics, deals and "
        "stories, skewed like real coverage. Replaces earlier bench rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=20000, help="Stories (20000).")
        parser.add_argument("--companies", type=int, default=2000, help="Companies (2000).")
        parser.add_argument("--deals", type=int, help="Deals (default: companies / 4).")
        parser.add_argument("--authors", type=int, help="Authors (default: articles / 500).")
        parser.add_argument("--tags", type=int, help="Topics (default: articles / 400).")
        parser.add_argument("--seed", type=int, default=7, help="Random seed (7): same data.")

    def handle(self, *args, **options):
        n_articles, n_companies = options["articles"], options["companies"]
        n_deals = options["deals"] if options["deals"] is not None else n_companies // 4
        n_authors = options["authors"] or max(10, n_articles // 500)
        n_tags = options["tags"] or max(20, n_articles // 400)
        if n_articles < 1 or n_companies < 4 or n_deals < 0 or n_authors < 1 or n_tags < 1:
            raise CommandError(
                "--articles, --authors and --tags must be at least 1, --companies at least 4."
            )
        self.verbose = options["verbosity"] >= 1
        self.rng = random.Random(options["seed"])
        self.now = timezone.now().replace(microsecond=0)
        self.writer = _Writer(self.now)
        started = time.perf_counter()
        with self._fast_load():
            with transaction.atomic():
                if connection.vendor == "postgresql":
                    # Bodies are TOASTed: lz4 compresses them several times faster than the
                    # default pglz (the load was CPU-bound on it), and reads back as fast.
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL default_toast_compression = 'lz4'")
                with self._phase("remove earlier bench rows"):
                    for model in (Article, Deal, Company, Author, Tag):
                        _purge(model._base_manager.filter(slug__startswith=PREFIX))
                with self._phase("companies, aliases, relations"):
                    self._companies(n_companies)
                with self._phase("authors and topics"):
                    self._authors(n_authors)
                    self._tags(n_tags)
                with self._phase(f"render {min(BODIES, n_articles)} bodies"):
                    self._bodies(min(BODIES, n_articles))
                with self._phase("plan deals"):
                    self._deals(n_deals, n_articles)
                search.suspend_story_index(connection)
                with self._phase("stories, deals, parties, events"):
                    self._stories(n_articles)
                with self._phase("links, bylines, topics, deal events"):
                    self._links()
                with self._phase("search index, filled in one pass"):
                    search.refill_story_index(connection)
                self._reset_sequences()
                # Before the recount: without statistics SQLite counts a company's stories
                # by walking every published story (hours at 200,000 stories).
                with self._phase("planner statistics (ANALYZE)"):
                    self._analyze()
                with self._phase("recount (live.refresh_all)"):
                    live.refresh_all()
                with self._phase("statistics of the recounted tables"):
                    self._analyze(Company, Deal, Author)
        if self.verbose:
            counts = ", ".join(f"{n:,} {label}" for label, n in self.writer.counts.items())
            self.stdout.write(f"  rows: {counts}")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Seeded {n_articles:,} stories, {n_companies:,} companies, {n_deals:,} "
                    f"deals, {n_authors:,} authors, {n_tags:,} topics on {connection.vendor} "
                    f"in {time.perf_counter() - started:.1f} s."
                )
            )

    # -- plumbing ----------------------------------------------------------------------

    @contextmanager
    def _phase(self, name: str):
        start = time.perf_counter()
        yield
        if self.verbose:
            self.stdout.write(f"  {name:<40} {time.perf_counter() - start:7.1f} s")
            self.stdout.flush()

    @contextmanager
    def _fast_load(self):
        """On SQLite, outside any transaction: no fsync during the load and a bigger page
        cache; restored afterwards. The rollback journal stays on disk, so a load that fails
        or is killed rolls back cleanly (an in-memory journal would corrupt the file); only a
        power cut mid-load could."""
        if connection.vendor != "sqlite" or connection.in_atomic_block:
            yield
            return
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            synchronous = cursor.fetchone()[0]
            cursor.execute("PRAGMA cache_size")
            cache = cursor.fetchone()[0]
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-262144")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA synchronous={int(synchronous)}")
                cursor.execute(f"PRAGMA cache_size={int(cache)}")

    def _reset_sequences(self) -> None:
        """Explicit ids were written: move the id sequences past them (PostgreSQL)."""
        sql = connection.ops.sequence_reset_sql(no_style(), [Company, Author, Tag, Deal, Article])
        with connection.cursor() as cursor:
            for statement in sql:
                cursor.execute(statement)

    def _analyze(self, *tables) -> None:
        """Planner statistics, as a production database has them (PostgreSQL's autovacuum
        gathers them by itself, later; SQLite only when asked). A full ANALYZE on SQLite:
        sampled statistics (analysis_limit) mislead it into the same slow plans. On
        PostgreSQL the tables written here, and for stories every column but the bodies
        (sampling 30,000 bodies means decompressing them: minutes, for no plan)."""
        ops = connection.ops
        if connection.vendor == "sqlite":
            names = [ops.quote_name(model._meta.db_table) for model in tables] or [""]
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA analysis_limit=0")
                for name in names:
                    cursor.execute(f"ANALYZE {name}".strip())
        elif connection.vendor == "postgresql":
            tables = tables or (
                Company, CompanyAlias, CompanyRelation, Author, Tag, Deal, DealParty,
                DealEvent, Article, ArticleCompany, Byline, TaggedArticle, DealLink,
            )  # fmt: skip
            with connection.cursor() as cursor:
                for model in tables:
                    fields = model._meta.concrete_fields
                    columns = ", ".join(
                        ops.quote_name(f.column)
                        for f in fields
                        if f.get_internal_type() != "TextField"
                    )
                    cursor.execute(f"ANALYZE {ops.quote_name(model._meta.db_table)} ({columns})")

    # -- companies ---------------------------------------------------------------------

    def _companies(self, n: int) -> None:
        rng = self.rng
        taken = {name.lower() for name in Company.objects.values_list("name", flat=True)}
        taken |= set(CompanyAlias.objects.values_list("normalised", flat=True))
        triples = list(product(FIRST, SECOND, THIRD))
        rng.shuffle(triples)
        names, shorts = [], []
        for round_ in range(1, 100):
            for first, second, third in triples:
                short = f"{first} {second} {third}" + (f" {round_}" if round_ > 1 else "")
                name = f"{short} {rng.choice(SUFFIX)}"
                if {name.lower(), normalise_name(name), normalise_name(short)} & taken:
                    continue
                taken |= {name.lower(), normalise_name(name), normalise_name(short)}
                names.append(name)
                shorts.append(short)
                if len(names) == n:
                    break
            if len(names) == n:
                break
        country = _Weighted(rng, COUNTRIES)
        base = self.company_base = _next_id(Company)
        self.company_ids = list(range(base, base + n))  # by rank: the first is the most covered
        self.company_names = names
        self.company_country = {}
        rows = []
        for rank, name in enumerate(names):
            code = country()
            sector = SECTORS[rng.randrange(len(SECTORS))]
            self.company_country[rank] = code
            core = _slug(name)
            ticker = ""
            if rank < n // 6:
                ticker = f"{rng.choice(['NYSE', 'HKEX', 'LSE', 'MOEX', 'SSE', 'XETRA'])}: "
                ticker += "".join(w[0] for w in name.split()[:3]).upper()
            rows.append(
                (
                    base + rank,
                    name,
                    PREFIX + core,
                    f"{name} is a {sector.lower()} group based in {_country_name(code)}.",
                    code,
                    sector,
                    f"https://www.{core}.example",
                    ticker,
                )
            )
        self.company_sector = [r[5] for r in rows]
        self.writer.insert(
            Company,
            ["id", "name", "slug", "description", "country", "sector", "website", "ticker"],
            rows,
        )
        aliases, seen = [], set(CompanyAlias.objects.values_list("normalised", flat=True))

        def alias(rank: int, text: str) -> None:
            key = normalise_name(text)
            if key not in seen and key != normalise_name(names[rank]):
                seen.add(key)
                aliases.append((base + rank, text, key))

        for rank, short in enumerate(shorts):
            if rank < 300 or rng.random() < 0.7:
                alias(rank, short)
            if rank < 300:
                alias(rank, "".join(w[0] for w in short.split()).upper())
            if rank < 30:
                alias(rank, "".join(CYRILLIC.get(c, c) for c in short.lower()).title())
        self.writer.insert(CompanyAlias, ["company", "name", "normalised"], aliases)
        self.writer.insert(
            CompanyRelation, ["parent", "child", "kind", "stake_percent"], self._relations(n)
        )

    def _relations(self, n: int) -> list[tuple]:
        """Groups headed by the most covered companies: a dozen subsidiaries and affiliates
        for the biggest, two or three for the rest, drawn from the whole list (some of them
        much covered themselves); a few of those have children of their own."""
        rng, base = self.rng, self.company_base
        heads = max(2, n // 100)
        shuffled = list(range(heads, n))
        rng.shuffle(shuffled)
        pool = iter(shuffled)
        rows: list = []
        children: list[int] = []

        def tie(parent: int, child: int) -> None:
            roll = rng.random()
            if roll < 0.65:
                kind, stake = "subsidiary", rng.choice([None, Decimal(rng.randint(51, 100))])
            elif roll < 0.85:
                kind, stake = "affiliate", rng.choice([None, Decimal(rng.randint(20, 49))])
            else:
                kind, stake = "stake", Decimal(rng.randint(3, 49))
            rows.append((base + parent, base + child, kind, stake))
            children.append(child)

        for rank in range(heads):
            for _ in range(2 + 30 // (rank + 2)):
                child = next(pool, None)
                if child is None:
                    return rows
                tie(rank, child)
        for parent in children[: len(children) // 10]:
            for _ in range(rng.randint(1, 2)):
                child = next(pool, None)
                if child is None:
                    return rows
                tie(parent, child)
        return rows

    # -- authors and topics ------------------------------------------------------------

    def _authors(self, n: int) -> None:
        rng = self.rng
        taken = set(Author.objects.values_list("slug", flat=True))
        people = list(product(GIVEN, FAMILY))
        rng.shuffle(people)
        city = _Weighted(rng, [c for c in CITIES if c[0]])
        base = _next_id(Author)
        rows: list = []
        self.author_home = []
        for round_ in range(1, 100):
            for given, family in people:
                name = f"{given} {family}" + (f" {round_}" if round_ > 1 else "")
                slug = PREFIX + _slug(name)
                if slug in taken:
                    continue
                taken.add(slug)
                home = city()
                beat = rng.choice(SECTORS).lower()
                rows.append((base + len(rows), name, slug, f"{name} covers {beat} from {home}."))
                self.author_home.append(home)
                if len(rows) == n:
                    break
            if len(rows) == n:
                break
        self.author_ids = [r[0] for r in rows]
        self.writer.insert(Author, ["id", "name", "slug", "bio"], rows)

    def _tags(self, n: int) -> None:
        taken = {name.lower() for name in Tag.objects.values_list("name", flat=True)}
        taken |= set(Tag.objects.values_list("slug", flat=True))

        def candidates():
            yield from TOPICS
            for sector, region in product(SECTORS, REGIONS):
                yield f"{sector} in {region}"
            for region, theme in product(REGIONS, THEMES):
                yield f"{region} {theme}"
            for k in range(1, n + 1):
                yield f"Topic {k}"

        base = _next_id(Tag)
        rows: list = []
        for name in candidates():
            slug = PREFIX + _slug(name, 90)
            if name.lower() in taken or slug in taken:
                continue
            taken |= {name.lower(), slug}
            rows.append((base + len(rows), name, slug))
            if len(rows) == n:
                break
        self.tag_ids = [r[0] for r in rows]  # by rank: the first are the broadest topics
        self.tag_names = [r[1] for r in rows]
        self.writer.insert(Tag, ["id", "name", "slug"], rows)

    # -- bodies ------------------------------------------------------------------------

    def _fill(self, text: str) -> str:
        rng = self.rng
        return text.format(
            pct=rng.randint(2, 45),
            month=rng.choice(MONTHS),
            country=rng.choice(COUNTRIES)[1],
            city=rng.choice(CITIES[:-1])[0],
            sector=rng.choice(SECTORS).lower(),
            value=_money(rng, "USD"),
            n=rng.randint(2, 90),
            few=rng.randint(2, 5),
        )

    def _paragraph(self, sentences: int) -> str:
        return " ".join(self._fill(self.rng.choice(SENTENCES)) for _ in range(sentences))

    def _body(self, k: int) -> str:
        rng = self.rng
        parts = [self._paragraph(4), self._paragraph(5)]
        words = lambda: sum(len(p.split()) for p in parts)  # noqa: E731
        sub = 0
        while words() < 780:
            if sub < 2 and len(parts) % 4 == 2:
                parts.append("## " + self._fill(SUBHEADS[(k + sub) % len(SUBHEADS)]))
                sub += 1
            roll = rng.random()
            if roll < 0.1:
                parts.append("> “" + self._fill(rng.choice(QUOTES)) + "”")
            elif roll < 0.17:
                parts.append("\n".join("- " + self._fill(rng.choice(SENTENCES)) for _ in range(3)))
            else:
                parts.append(self._paragraph(rng.randint(3, 6)))
        parts.append(
            f"The figures are in the company's [annual report](https://www.example.com/reports/{k})."
        )
        return "\n\n".join(parts) + "\n"

    def _bodies(self, n: int) -> None:
        self.bodies = []
        for k in range(n):
            body = self._body(k)
            self.bodies.append((body, render_markdown(body)))

    # -- deals -------------------------------------------------------------------------

    def _deals(self, n: int, n_articles: int) -> None:
        """Deals, their parties, how many stories report each and when; the stories are
        written later with the deal's life dated around them."""
        rng = self.rng
        party_rank = _Zipf(rng, len(self.company_ids), 0.7)
        kind, status = _Weighted(rng, DEAL_KINDS), _Weighted(rng, DEAL_STATUSES)
        budget = int(n_articles * 0.12)
        reported = min(n - n // 20, budget) if n else 0
        reported = max(reported, min(n, 1 if budget else 0))
        extra = Counter(_Zipf(rng, reported, 1.0).draw(budget - reported)) if reported else {}
        base = _next_id(Deal)
        self.deals = []
        for d in range(n):
            count = rng.choices([2, 3, 4], weights=[80, 15, 5])[0]
            parties = party_rank.distinct(count + 2)[:count]
            if len(parties) < 2:
                parties = [*parties, (parties[0] + 1) % len(self.company_ids)]
            k = kind()
            final = status() if d < reported else rng.choice(["rumoured", "in_talks", "announced"])
            centre = _when(rng, self.now)
            self.deals.append(
                {
                    "id": base + d,
                    "kind": k,
                    "status": final,
                    "parties": parties,
                    "stories": 1 + extra.get(d, 0) if d < reported else 0,
                    "start": centre - 90 * DAY,
                    "end": min(centre + 400 * DAY, self.now.timestamp() - 60),
                    "value": _money(rng, "USD"),
                    "marked_public": d >= reported and rng.random() < 0.5,
                }
            )
        roles = {
            "acquisition": ["acquirer", "target", "seller", "seller"],
            "investment": ["investor", "investee", "investor", "investor"],
        }
        rows: list = []
        party_rows: list[tuple[int, int, str]] = []
        currency = _Weighted(rng, CURRENCIES)
        for deal in self.deals:
            a, b = (self.company_names[p] for p in deal["parties"][:2])
            word = KIND_WORDS[deal["kind"]]
            name = {
                "acquisition": f"{a} acquisition of {b}",
                "investment": f"{a} investment in {b}",
            }.get(deal["kind"], f"{a}–{b} {word}")
            value = cur = stake = None
            if rng.random() < 0.85:
                cur = currency()
                value = Decimal(round(10 ** rng.uniform(7, 10.5), -6))
                deal["value"] = _money(rng, cur, value)
            else:
                deal["value"] = "undisclosed"
            if deal["kind"] == "investment" and rng.random() < 0.7:
                stake = Decimal(rng.randint(3, 49))
            elif deal["kind"] == "acquisition" and rng.random() < 0.25:
                stake = Decimal(rng.randint(51, 100))
            deal["name"] = name
            summary = f"{a} and {b}: a {word} first reported in {_year(deal['start'])}."
            rows.append(
                [
                    deal["id"], name[:255], f"{PREFIX}{_slug(name, 60)}-{deal['id']}",
                    deal["kind"], deal["status"], value, cur or "", stake, None, None, summary,
                    deal["marked_public"],
                ]
            )  # fmt: skip
            order = roles.get(deal["kind"], ["partner"] * 4)
            for i, rank in enumerate(deal["parties"]):
                party_rows.append((deal["id"], self.company_ids[rank], order[i]))
        self.deal_rows, self.deal_parties = rows, party_rows

    # -- stories -----------------------------------------------------------------------

    def _stories(self, n: int) -> None:
        rng, now = self.rng, self.now
        stamp = now.timestamp()
        specs = []  # (time, deal index or -1)
        for d, deal in enumerate(self.deals):
            for _ in range(deal["stories"]):
                specs.append((rng.uniform(deal["start"], max(deal["start"], deal["end"])), d))
        specs = specs[:n]
        while len(specs) < n:
            specs.append((_when(rng, now), -1))
        general = [i for i, s in enumerate(specs) if s[1] < 0]
        scheduled = rng.sample(general, min(len(general), max(1, n // 1000)))
        for i in scheduled:
            specs[i] = (stamp + rng.uniform(1, 30) * DAY, -1)
        specs.sort()
        drafts = set(rng.sample(range(n), min(n // 2, max(1, n // 250)))) if n > 1 else set()
        base = _next_id(Article)
        self.stories = []  # (id, deal index, companies by rank, abouts, published time)
        company_rank = _Zipf(rng, len(self.company_ids), 1.0)
        story_rows = []
        by_deal: dict[int, list[int]] = {}
        for i, (_, d) in enumerate(specs):
            by_deal.setdefault(d, []).append(i)
        step_of = self._deal_events(specs, by_deal, base)
        for i, (t, d) in enumerate(specs):
            sid = base + i
            if d >= 0:
                deal = self.deals[d]
                ranks = [*deal["parties"], *company_rank.draw(rng.choice([0, 0, 1]))]
                ranks = list(dict.fromkeys(ranks))
                abouts = len(deal["parties"])
                tpl = rng.choice(DEAL_HEADLINES[step_of[i]])
            else:
                count = rng.choices([1, 2, 3, 4], weights=[30, 35, 25, 10])[0]
                ranks = company_rank.distinct(count)
                abouts = 2 if len(ranks) > 1 and rng.random() < 0.2 else 1
                tpl = rng.choice(HEADLINES)
                deal = None  # type: ignore[assignment]  # a story that reports no deal
            a = self.company_names[ranks[0]]
            b = self.company_names[ranks[1]] if len(ranks) > 1 else rng.choice(self.company_names)
            words = {
                "a": a,
                "b": b,
                "kind": KIND_WORDS[deal["kind"]] if deal else "deal",
                "value": deal["value"] if deal else _money(rng, "USD"),
                "country": _country_name(self.company_country[ranks[0]]),
                "sector": self.company_sector[ranks[0]].lower(),
                "topic": rng.choice(self.tag_names[:40]).lower(),
                "city": rng.choice(CITIES[:-1])[0],
                "n": rng.randint(2, 40) * (100 if "jobs" in tpl else 1),
            }
            headline = tpl.format(**words)
            headline = headline[0].upper() + headline[1:]
            standfirst = rng.choice(STANDFIRSTS).format(**words)
            body, html = self.bodies[rng.randrange(len(self.bodies))]
            if i in drafts:
                status = Article.Status.DRAFT
                published = _dt(t) if rng.random() < 0.4 else None  # unpublished, or never
            else:
                status, published = Article.Status.PUBLISHED, _dt(t)
            created = _dt(min(t, stamp) - rng.uniform(300, 2 * DAY))
            if published is not None and published > now:
                updated = created
            elif rng.random() < 0.03:  # corrected or updated after it went live
                updated = _dt(min(t + rng.uniform(3600, 30 * DAY), stamp))
            else:
                updated = _dt(min(t, stamp) + rng.uniform(0, 240))
            slug = f"{PREFIX}{_slug(headline, 70)}-{sid}"
            story_rows.append(
                (sid, headline[:255], slug, standfirst[:400], body, html, status, published,
                 created, updated)
            )  # fmt: skip
            self.stories.append((sid, d, ranks, abouts, published))
        self.writer.insert(
            Article,
            ["id", "headline", "slug", "standfirst", "body", "body_html", "status",
             "published_at", "created_at", "updated_at"],
            story_rows,
        )  # fmt: skip
        self.writer.insert(
            Deal,
            ["id", "name", "slug", "kind", "status", "value", "currency", "stake_percent",
             "announced_on", "closed_on", "summary", "marked_public"],
            self.deal_rows,
        )  # fmt: skip
        self.writer.insert(DealParty, ["deal", "company", "role"], self.deal_parties)
        self.writer.insert(DealEvent, ["deal", "date", "status", "note", "article"], self.events)
        self.base_article = base

    def _deal_events(self, specs, by_deal, base: int) -> dict[int, str]:
        """Each deal's status timeline, one event per step, each dated and linked to one of
        the deal's stories; returns, per story, the step it reports (for its headline).
        Also fills in the deals' announced and closed dates."""
        self.events, step_of = [], {}
        for d, deal in enumerate(self.deals):
            row = self.deal_rows[d]
            stories = by_deal.get(d, [])
            if not stories:
                if deal["marked_public"]:  # from a filing: a step with no story
                    day = _dt(deal["start"]).date()
                    self.events.append((deal["id"], day, deal["status"], "From a filing.", None))
                    if deal["status"] == "announced":
                        row[8] = day
                continue
            path = PATHS[deal["status"]]
            steps = path[-min(len(path), len(stories)) :]
            if len(steps) > 1:
                at = [round(j * (len(stories) - 1) / (len(steps) - 1)) for j in range(len(steps))]
            else:
                at = [len(stories) - 1]
            for j, (step, pos) in enumerate(zip(steps, at, strict=True)):
                story = stories[pos]
                day = _dt(specs[story][0]).date()
                self.events.append((deal["id"], day, step, EVENT_NOTES[step], base + story))
                until = at[j + 1] if j + 1 < len(at) else len(stories)
                for k in range(pos if j else 0, until):
                    step_of[stories[k]] = step
                if step == "announced" or (step == "completed" and row[8] is None):
                    row[8] = day
                if step in ("completed", "collapsed"):
                    row[9] = day
        return step_of

    # -- links -------------------------------------------------------------------------

    def _links(self) -> None:
        rng = self.rng
        author_rank = _Zipf(rng, len(self.author_ids), 0.5)
        tag_rank = _Zipf(rng, len(self.tag_ids), 1.0)
        companies, bylines, tagged, deal_links = [], [], [], []
        cids, aids, tids, homes = self.company_ids, self.author_ids, self.tag_ids, self.author_home
        # Each link carries its story's time (link_times.py's triggers would set it too).
        for sid, d, ranks, abouts, when in self.stories:
            for i, rank in enumerate(ranks):
                companies.append((sid, cids[rank], "about" if i < abouts else "mentions", when))
            writers = author_rank.distinct(rng.choices([1, 2, 3], weights=[72, 22, 6])[0])
            for order, a in enumerate(writers):
                place = homes[a] if rng.random() < 0.85 else rng.choice(CITIES)[0]
                bylines.append((sid, aids[a], order, place, when))
            for t in tag_rank.distinct(rng.choices([1, 2, 3, 4], weights=[20, 35, 30, 15])[0]):
                tagged.append((sid, tids[t], when))
            if d >= 0:
                deal_links.append((sid, self.deals[d]["id"]))
        self.writer.insert(
            ArticleCompany, ["article", "company", "role", "published_at"], companies
        )
        self.writer.insert(
            Byline, ["article", "author", "order", "location", "published_at"], bylines
        )
        self.writer.insert(TaggedArticle, ["content_object", "tag", "published_at"], tagged)
        self.writer.insert(DealLink, ["article", "deal"], deal_links)


def _when(rng: random.Random, now: datetime) -> float:
    """A publication time in the last YEARS years, more of them recently (the desk grew)."""
    u = rng.random()
    x = u if rng.random() < 0.5 else math.sqrt(u)
    return now.timestamp() - 60 - YEARS * 365.25 * DAY * (1 - x)


def _dt(stamp: float) -> datetime:
    return datetime.fromtimestamp(stamp, tz=UTC)


def _year(stamp: float) -> int:
    return _dt(stamp).year


def _country_name(code: str) -> str:
    return next(name for c, name, _ in COUNTRIES if c == code)


SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "CNY", "RUB": "RUB", "JPY": "¥"}


def _money(rng: random.Random, currency: str, value: Decimal | None = None) -> str:
    amount = float(value) if value is not None else round(10 ** rng.uniform(7, 10.5), -6)
    symbol = SYMBOLS.get(currency, currency + " ")
    symbol += " " if len(symbol) > 1 else ""
    if amount >= 1e9:
        return f"{symbol}{amount / 1e9:.1f}bn"
    return f"{symbol}{amount / 1e6:.0f}m"
