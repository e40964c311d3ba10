"""A small newsroom for the browser tests: one of every kind of reader page has something
to show. Made with the suite's own factories, so the rows are what the app itself makes."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from articles.models import Article, Author, Correction
from articles.tests import factories
from companies.models import Company
from deals.models import Deal, DealParty


@dataclass
class World:
    acme: Company
    beta: Company
    author: Author
    story: Article
    deal: Deal
    topic: str

    def reader_pages(self) -> dict[str, str]:
        """Every kind of reader page, by name → path."""
        when = timezone.localtime(self.story.published_at)
        return {
            "home": "/",
            "archive": f"/archive/{when.year}/{when.month}/",
            "article": self.story.get_absolute_url(),
            "company": self.acme.get_absolute_url(),
            "company filtered": f"{self.acme.get_absolute_url()}?show=about",
            "deal": self.deal.get_absolute_url(),
            "deals index": "/deals/",
            "companies index": "/companies/",
            "topic": f"/topics/{self.topic}/",
            "topics index": "/topics/",
            "author": self.author.get_absolute_url(),
            "authors index": "/authors/",
            "search": "/search/?q=acme",
            "corrections": "/corrections/",
        }


def newsroom() -> World:
    acme = factories.company(
        "Acme Holdings",
        slug="acme",
        description="A holding company with interests in payments and logistics.",
        sector="Financial services",
        country="GB",
        website="https://acme.example",
    )
    acme.aliases.create(name="Acme")
    beta = factories.company("Beta Bank", slug="beta-bank", sector="Banking", country="PK")
    gamma = factories.company("Gamma Logistics", slug="gamma")
    factories.relation(acme, gamma)
    author = factories.author("Jane Reporter", bio="Covers banks and payments from London.")
    deal = factories.deal(
        "Acme stake in Beta Bank",
        slug="acme-beta-bank",
        value="184000000",
        stake_percent=45,
        summary="Acme takes 45% of Beta Bank.",
        parties=[(acme, DealParty.Role.INVESTOR), (beta, DealParty.Role.INVESTEE)],
    )
    story = factories.article(
        "Acme buys 45% of Beta Bank",
        slug="acme-buys-beta",
        standfirst="The holding company's first bank.",
        body="Acme Holdings said it would invest $184m for a 45 per cent stake in Beta Bank.\n\n"
        "## What it means\n\nBeta Bank gains a partner with **deep pockets**.",
        companies=[acme],
        mentions=[beta],
        byline=author,
    )
    story.tags.add("Fintech")
    story.deals.add(deal)
    Correction.objects.create(
        article=story, text="An earlier version of this story gave the stake as 54%. It is 45%."
    )
    for n in range(3):
        older = factories.article(
            f"Gamma Logistics opens depot {n + 1}",
            published_at=timezone.now() - timedelta(days=2 + n),
            companies=[gamma],
            byline=author,
        )
        older.tags.add("Logistics")
    story.refresh_from_db()
    return World(acme=acme, beta=beta, author=author, story=story, deal=deal, topic="fintech")
