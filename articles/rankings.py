"""Rankings of companies by their published coverage: the home page's "most covered" (over
a bounded window of the latest stories, so its cost stays flat however large the archive
grows) and a company page's "often mentioned with" (over all its coverage, from counts kept
exact on every write: `CoMention`).
"""

from django.db.models import Count, QuerySet, Subquery
from django.db.models.functions import Coalesce

from companies.models import Company
from core.prepared import PreparedQuery

from .models import Article, ArticleCompany, CoMention, MostCovered

RECENT_STORIES = 500
# How many of the most covered are kept: more than any page shows.
KEPT = 20


def _most_covered(limit: int) -> QuerySet:
    # A range of ranks, not a slice: the plan starts from the ranking's few rows whatever
    # the planner knows of the tables.
    return (
        MostCovered.objects.filter(rank__lte=limit)
        .select_related("company")
        .only("coverage", "company__name", "company__slug")
    )


# Built once per process and database (core/prepared.py).
MOST_COVERED = PreparedQuery(MostCovered, _most_covered)


def most_covered(*, limit: int = 8) -> list[Company]:
    """The companies in most of the latest RECENT_STORIES published stories (ties by
    name), each with `coverage` set: read as `articles.live` keeps them (`MostCovered`)."""
    ranked = []
    for row in MOST_COVERED.run(limit=limit):
        company = row.company
        company.coverage = row.coverage  # type: ignore[attr-defined]
        ranked.append(company)
    return ranked


def count_most_covered(*, limit: int = KEPT) -> list[tuple[int, int]]:
    """(company id, stories) of the companies in most of the latest published stories, as
    counted now (what `articles.live` keeps in `MostCovered`)."""
    latest = Article.objects.published().newest_first().values("pk")[:RECENT_STORIES]
    return [(c.pk, c.coverage) for c in _ranked(latest, limit=limit, attr="coverage")]  # type: ignore[attr-defined]


def _co_mentions(limit: int, company: int) -> QuerySet:
    rows = CoMention.objects.filter(company_id=company)
    threshold = rows.order_by("-shared").values("shared")[limit - 1 : limit]
    return (
        rows.filter(shared__gte=Coalesce(Subquery(threshold), 0))
        .select_related("other")
        .only("other_id", "other__name", "other__slug", "shared")
        .order_by("-shared", "other__name")[:limit]
    )


# Built once per process and database (core/prepared.py), run with the company's id.
CO_MENTIONS = PreparedQuery(CoMention, _co_mentions)


def co_mentioned_with(company: Company, *, limit: int = 10) -> list[Company]:
    """Companies named in the same published stories as `company`, most first (then by
    name), each with `shared`: how many such stories.

    Read from the counts `articles.live` keeps (`CoMention`): the rows from the `limit`-th
    largest count up, along the company's index, so the cost is the same for a company in
    two stories and one in 35,000.
    """
    ranked = []
    for row in CO_MENTIONS.run((limit,), company=company.pk):
        other = row.other
        other.shared = row.shared  # type: ignore[attr-defined]
        ranked.append(other)
    return ranked


def _ranked(stories: QuerySet, *, limit: int, attr: str) -> list[Company]:
    # One query: the link table grouped by company, with the few fields a ranking shows.
    links = ArticleCompany.objects.filter(article__in=stories)
    rows = (
        links.values_list("company", "company__name", "company__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "company__name")[:limit]
    )
    ranked = []
    for pk, name, slug, n in rows:
        company = Company(pk=pk, name=name, slug=slug)
        setattr(company, attr, n)
        ranked.append(company)
    return ranked
