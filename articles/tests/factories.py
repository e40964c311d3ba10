"""Small factories: each makes one valid row, with keyword overrides."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article, ArticleCompany, Author, Byline
from companies.models import Company, CompanyRelation
from deals.models import Deal, DealParty

_seq = count(1)


def author(name: str | None = None, **fields) -> Author:
    name = name or f"Writer {next(_seq)}"
    return Author.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def company(name: str | None = None, **fields) -> Company:
    name = name or f"Company {next(_seq)}"
    return Company.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def article(
    headline: str | None = None, *, companies=(), mentions=(), byline=None, **fields
) -> Article:
    """A published story from an hour ago, unless `status`/`published_at` say otherwise."""
    headline = headline or f"Story {next(_seq)}"
    fields.setdefault("status", Article.Status.PUBLISHED)
    if fields["status"] == Article.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timedelta(hours=1))
    story = Article.objects.create(
        headline=headline,
        slug=fields.pop("slug", slugify(headline)),
        body=fields.pop("body", f"{headline}. A story body."),
        **fields,
    )
    for c in companies:
        ArticleCompany.objects.create(article=story, company=c, role=ArticleCompany.Role.ABOUT)
    for c in mentions:
        ArticleCompany.objects.create(article=story, company=c, role=ArticleCompany.Role.MENTIONS)
    if byline is not None:
        Byline.objects.create(article=story, author=byline, location="London")
    return story


def draft(headline: str | None = None, **fields) -> Article:
    return article(headline, status=Article.Status.DRAFT, **fields)


def scheduled(headline: str | None = None, **fields) -> Article:
    return article(headline, published_at=timezone.now() + timedelta(days=1), **fields)


def deal(name: str | None = None, *, parties=(), **fields) -> Deal:
    name = name or f"Deal {next(_seq)}"
    fields.setdefault("kind", Deal.Kind.INVESTMENT)
    fields.setdefault("status", Deal.Status.ANNOUNCED)
    # Public unless a test says otherwise: most tests are about something else than when a
    # deal becomes public (see test_public_deals for that).
    fields.setdefault("marked_public", True)
    if "value" in fields:
        fields["value"] = Decimal(fields["value"])
        fields.setdefault("currency", "USD")
    made = Deal.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)
    for c, role in parties:
        DealParty.objects.create(deal=made, company=c, role=role)
    return made


def relation(parent: Company, child: Company, kind=CompanyRelation.Kind.SUBSIDIARY, **fields):
    return CompanyRelation.objects.create(parent=parent, child=child, kind=kind, **fields)


def staff_user(username: str, group: str | None = None):
    user = get_user_model().objects.create_user(username, password="pw", is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def story_form(**overrides) -> dict:
    """A complete POST for the admin's story form: a draft with empty inlines (the
    corrections management fields too; forms without them ignore them)."""
    return {
        "headline": "Alibaba nears deal",
        "slug": "alibaba-nears-deal",
        "standfirst": "",
        "body": "Body text.",
        "tags": "",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "company_links-TOTAL_FORMS": "0",
        "company_links-INITIAL_FORMS": "0",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        **overrides,
    }
