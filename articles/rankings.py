"""Rankings of companies by their published coverage: the home page's "most covered" and a
company page's "often mentioned with".

Both read a bounded window of recent coverage, so their cost stays flat however large the
archive grows; for all but the most covered companies the window is everything.
"""

from django.db.models import Count, QuerySet

from companies.models import Company

from .models import Article, ArticleCompany

RECENT_STORIES = 500
CO_MENTION_WINDOW = 1000


def most_covered(*, limit: int = 8) -> list[Company]:
    """The companies in most of the latest published stories, each with `coverage` set."""
    latest = Article.objects.published().newest_first().values("pk")[:RECENT_STORIES]
    return _ranked(latest, exclude=None, limit=limit, attr="coverage")


def co_mentioned_with(
    company: Company, *, limit: int = 10, stories: QuerySet | None = None
) -> list[Company]:
    """Companies in the same published stories as `company`, with `shared` story counts.

    Counts come from the company's latest CO_MENTION_WINDOW stories; a caller that already
    has the company's own published stories, newest first, passes them as `stories`.
    """
    if stories is not None:
        return _ranked(
            stories.values("pk")[:CO_MENTION_WINDOW], exclude=company, limit=limit, attr="shared"
        )
    stories = (
        Article.objects.published()
        .covering([company.pk], expected=company.story_count, window=True)
        .newest_first()
        .values("pk")
    )[:CO_MENTION_WINDOW]
    return _ranked(stories, exclude=company, limit=limit, attr="shared")


def _ranked(stories: QuerySet, *, exclude: Company | None, limit: int, attr: str) -> list[Company]:
    # One query: the link table grouped by company, with the few fields a ranking shows.
    links = ArticleCompany.objects.filter(article__in=stories)
    if exclude is not None:
        links = links.exclude(company=exclude)
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
