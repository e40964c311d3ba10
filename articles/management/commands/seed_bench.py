"""Synthetic volume data for benchmarks: companies, deals and published stories.

Coverage is skewed the way real coverage is: a few companies appear in a large share of
stories, most in a handful. Rows are written with bulk_create; `body_html` is rendered with
the same function Article.save() uses. Earlier bench rows (slugs starting `bench-`) are
replaced, so the command can be run again.
"""

import random
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from companies.models import Company, CompanyAlias, CompanyRelation
from core.markup import render_markdown
from core.text import normalise_name
from deals.models import Deal, DealParty

from ... import live
from ...models import Article, ArticleCompany, Author, Byline, TaggedArticle

PREFIX = "bench-"
BATCH = 2000
BODY = "**{lead}** is in talks over a deal.\n\nThe story names {names}.\n\nAnalysts expect more."
SECTORS = ["E-commerce", "Banking", "Telecommunications", "Internet", "Energy", "Transport"]


class Command(BaseCommand):
    help = "Create synthetic companies, deals and published stories for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=20000)
        parser.add_argument("--companies", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=7, help="Random seed, for repeatable data.")

    def handle(self, *args, articles: int, companies: int, seed: int, **options):
        if articles < 1 or companies < 4:
            raise CommandError("--articles must be at least 1 and --companies at least 4.")
        rng = random.Random(seed)
        with transaction.atomic():
            self._clear()
            made = self._companies(companies)
            deals = self._deals(rng, made, max(companies // 10, 1))
            self._articles(rng, made, deals, articles)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Seeded {companies} companies, {len(deals)} deals, {articles} stories."
                )
            )

    def _clear(self) -> None:
        Article.objects.filter(slug__startswith=PREFIX).delete()
        Deal.objects.filter(slug__startswith=PREFIX).delete()
        Company.objects.filter(slug__startswith=PREFIX).delete()
        Author.objects.filter(slug__startswith=PREFIX).delete()

    def _companies(self, count: int) -> list[Company]:
        companies = Company.objects.bulk_create(
            [
                Company(
                    name=f"Benchmark Company {n:05d}",
                    slug=f"{PREFIX}company-{n:05d}",
                    sector=SECTORS[n % len(SECTORS)],
                    country="GB",
                    description=f"Synthetic company number {n}.",
                )
                for n in range(count)
            ],
            batch_size=BATCH,
        )
        aliases = [f"BMC{n:05d}" for n in range(count)]
        CompanyAlias.objects.bulk_create(
            [
                CompanyAlias(company=c, name=a, normalised=normalise_name(a))
                for c, a in zip(companies, aliases, strict=True)
            ],
            batch_size=BATCH,
        )
        CompanyRelation.objects.bulk_create(
            [
                CompanyRelation(
                    parent=companies[n - n % 10],
                    child=companies[n],
                    kind=CompanyRelation.Kind.SUBSIDIARY,
                )
                for n in range(count)
                if n % 10 in (1, 2, 3)
            ],
            batch_size=BATCH,
        )
        return companies

    def _deals(self, rng: random.Random, companies: list[Company], count: int) -> list[Deal]:
        deals = Deal.objects.bulk_create(
            [
                Deal(
                    name=f"Benchmark deal {n:05d}",
                    slug=f"{PREFIX}deal-{n:05d}",
                    kind=rng.choice(Deal.Kind.values),
                    status=rng.choice(Deal.Status.values),
                    value=rng.randrange(1, 5000) * 1_000_000,
                    currency="USD",
                    announced_on=timezone.now().date() - timedelta(days=rng.randrange(1000)),
                )
                for n in range(count)
            ],
            batch_size=BATCH,
        )
        parties = []
        for deal in deals:
            buyer, target = rng.sample(companies, 2)
            parties += [
                DealParty(deal=deal, company=buyer, role=DealParty.Role.ACQUIRER),
                DealParty(deal=deal, company=target, role=DealParty.Role.TARGET),
            ]
        DealParty.objects.bulk_create(parties, batch_size=BATCH)
        return deals

    def _articles(self, rng, companies, deals, count: int) -> None:
        authors = Author.objects.bulk_create(
            [Author(name=f"Bench Writer {n}", slug=f"{PREFIX}writer-{n}") for n in range(50)]
        )
        tags = [
            Tag.objects.get_or_create(
                name=f"bench topic {n}", defaults={"slug": f"{PREFIX}topic-{n}"}
            )[0]
            for n in range(30)
        ]
        # A Pareto draw: company 0 is in a large share of stories, the tail in few.
        weights = [1 / (rank + 1) for rank in range(len(companies))]
        now = timezone.now()
        stories, picks = [], []
        for n in range(count):
            chosen = list(dict.fromkeys(rng.choices(companies, weights=weights, k=3)))
            names = " and ".join(c.name for c in chosen)
            body = BODY.format(lead=chosen[0].name, names=names)
            stories.append(
                Article(
                    headline=f"Benchmark story {n:06d} about {chosen[0].name}",
                    slug=f"{PREFIX}story-{n:06d}",
                    standfirst="A synthetic story for benchmarks.",
                    body=body,
                    body_html=render_markdown(body),
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(minutes=n * 7 + 1),
                )
            )
            picks.append(chosen)
        stories = Article.objects.bulk_create(stories, batch_size=BATCH)
        links, bylines, tagged, story_deals = [], [], [], []
        Through = Article.deals.through
        for n, (story, chosen) in enumerate(zip(stories, picks, strict=True)):
            links += [
                ArticleCompany(article=story, company=c, role="about" if i == 0 else "mentions")
                for i, c in enumerate(chosen)
            ]
            bylines.append(
                Byline(article=story, author=authors[n % len(authors)], location="London")
            )
            tagged += [TaggedArticle(content_object=story, tag=t) for t in rng.sample(tags, 2)]
            if n % 10 == 0:
                story_deals.append(Through(article=story, deal=rng.choice(deals)))
        for model, rows in (
            (ArticleCompany, links),
            (Byline, bylines),
            (TaggedArticle, tagged),
            (Through, story_deals),
        ):
            model.objects.bulk_create(rows, batch_size=BATCH)
        live.refresh_all()
