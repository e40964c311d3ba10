"""Applying what the text says to stories: linking detected companies, recording deal
suggestions for review, and turning an accepted suggestion into a deal."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from companies.models import Company
from core.slugs import unique_slug
from deals.models import Deal, DealParty
from intelligence.analysis import StoryAnalysis, analyse_story
from intelligence.companies import CompanyMention
from intelligence.deals import DealFacts

from . import live
from .models import Article, ArticleCompany, DealEvent, DealSuggestion


def _deal_name(suggestion: DealSuggestion) -> str:
    names = [p["name"] for p in suggestion.parties]
    by_role = {}
    for party in suggestion.parties:
        by_role.setdefault(party["role"], []).append(party["name"])
    label = suggestion.get_kind_display().lower()
    if suggestion.kind == Deal.Kind.INVESTMENT and "investor" in by_role and "investee" in by_role:
        return (
            f"{' and '.join(by_role['investor'])} investment in {' and '.join(by_role['investee'])}"
        )
    if suggestion.kind == Deal.Kind.ACQUISITION and "acquirer" in by_role and "target" in by_role:
        return (
            f"{' and '.join(by_role['acquirer'])} acquisition of {' and '.join(by_role['target'])}"
        )
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{joined} {label}"


@transaction.atomic
def deal_create_from_suggestion(*, suggestion: DealSuggestion, user: AbstractBaseUser) -> Deal:
    """Turn a reviewed suggestion into a Deal with its parties and first status event,
    linked to the story it came from. The editor checks and completes it afterwards."""
    if not user.has_perm("deals.add_deal"):
        raise PermissionDenied("You do not have permission to create deals.")
    if suggestion.deal_id is not None:
        return suggestion.deal
    article = suggestion.article
    day = (article.published_at or timezone.now()).date()
    deal = Deal.objects.create(
        name=_deal_name(suggestion)[:255],
        slug=unique_slug(Deal, _deal_name(suggestion), fallback="deal"),
        kind=suggestion.kind,
        status=suggestion.status,
        value=suggestion.value,
        currency=suggestion.currency if suggestion.value is not None else "",
        stake_percent=suggestion.stake_percent,
        announced_on=day,
    )
    DealParty.objects.bulk_create(
        DealParty(deal=deal, company_id=p["company"], role=p["role"]) for p in suggestion.parties
    )
    DealEvent.objects.create(deal=deal, date=day, status=deal.status, article=article)
    article.deals.add(deal)
    suggestion.deal = deal
    suggestion.state = DealSuggestion.State.ACCEPTED
    suggestion.save(update_fields=["deal", "state"])
    return deal


def article_analysis(article: Article) -> StoryAnalysis:
    return analyse_story(
        headline=article.headline, standfirst=article.standfirst, body=article.body
    )


def article_link_companies(
    *, article: Article, mentions: Iterable[CompanyMention], only: set[int] | None = None
) -> list[ArticleCompany]:
    """Link the detected companies that are not linked yet, each with its suggested role.

    Existing links are an editor's decision and are never changed or removed. `only`
    limits linking to those company ids.
    """
    linked = set(article.company_links.values_list("company_id", flat=True))
    new = [
        ArticleCompany(article=article, company_id=m.company, role=m.role)
        for m in mentions
        if m.company not in linked and (only is None or m.company in only)
    ]
    created = ArticleCompany.objects.bulk_create(new)
    live.refresh_coverage(companies=[link.company_id for link in created])
    return created


def article_record_deal_suggestions(*, article: Article, deals: Iterable[DealFacts]) -> int:
    """Store the story's deal facts for review; returns how many were new."""
    deals = list(deals)
    keys = {key for facts in deals for key in facts.parties}
    companies = Company.objects.in_bulk(keys)
    return sum(
        DealSuggestion.record(article=article, facts=facts, companies=companies)[1]
        for facts in deals
        if keys and all(k in companies for k in facts.parties)
    )
