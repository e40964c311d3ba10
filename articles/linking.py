"""Applying what the text says to stories: linking detected companies, recording deal
suggestions for review, and turning an accepted suggestion into a deal."""

from collections.abc import Hashable, Iterable
from datetime import date
from typing import Protocol, cast

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Model, Prefetch
from django.utils import timezone

from companies.models import Company
from core.slugs import unique_slug
from deals.models import Deal, DealParty
from intelligence.analysis import StoryAnalysis, analyse_story
from intelligence.companies import CompanyMention
from intelligence.deals import DealFacts

from . import live
from .models import Article, ArticleCompany, DealEvent, DealSuggestion


class PermissionHolder(Protocol):
    """Whoever acts: a user (`request.user`, signed in or not) that can be asked for a
    permission."""

    def has_perm(self, perm: str, obj: Model | None = ...) -> bool: ...


def _company_id(key: Hashable) -> int:
    # The matcher (intelligence.registry) keys companies by primary key; the detection
    # code itself accepts any hashable key.
    return cast(int, key)


def _deal_name(suggestion: DealSuggestion) -> str:
    names = [p["name"] for p in suggestion.parties]
    by_role: dict[str, list[str]] = {}
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


def deal_create_from_terms(
    terms: DealSuggestion, *, day: date, article: Article | None = None
) -> Deal:
    """A Deal with `terms`' name, kind, status, value and stake, its parties, and its first
    status step on `day` (reported by `article`, when there is one)."""
    name = _deal_name(terms)
    deal = Deal.objects.create(
        name=name[:255],
        slug=unique_slug(Deal, name, fallback="deal"),
        kind=terms.kind,
        status=terms.status,
        value=terms.value,
        currency=terms.currency if terms.value is not None else "",
        stake_percent=terms.stake_percent,
        announced_on=day,
    )
    DealParty.objects.bulk_create(
        DealParty(deal=deal, company_id=p["company"], role=p["role"]) for p in terms.parties
    )
    DealEvent.objects.create(deal=deal, date=day, status=deal.status, article=article)
    return deal


@transaction.atomic
def deal_create_from_suggestion(*, suggestion: DealSuggestion, user: PermissionHolder) -> Deal:
    """Turn a reviewed suggestion into a Deal with its parties and first status event,
    linked to the story it came from. The editor checks and completes it afterwards."""
    if not user.has_perm("deals.add_deal"):
        raise PermissionDenied("You do not have permission to create deals.")
    if suggestion.deal is not None:
        return suggestion.deal
    article = suggestion.article
    day = (article.published_at or timezone.now()).date()
    deal = deal_create_from_terms(suggestion, day=day, article=article)
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
        ArticleCompany(article=article, company_id=_company_id(m.company), role=m.role)
        for m in mentions
        if m.company not in linked and (only is None or m.company in only)
    ]
    created = ArticleCompany.objects.bulk_create(new)
    live.refresh_coverage(companies=[link.company_id for link in created])
    live.refresh_co_mentions(pairs=live.story_pairs({link.article_id for link in created}))
    return created


# Where a deal stands, in the order it moves: a story that reports a later step than the
# deal on file moves it on; one that recaps an earlier step does not move it back.
STATUS_STEP: dict[str, int] = {
    Deal.Status.RUMOURED: 0,
    Deal.Status.IN_TALKS: 1,
    Deal.Status.ANNOUNCED: 2,
    Deal.Status.COMPLETED: 3,
    Deal.Status.COLLAPSED: 3,
}
# Buying a stake and investing are one act told two ways; so are the two sides of a merger.
KIND_FAMILY: dict[str, str] = {
    Deal.Kind.ACQUISITION: "buy",
    Deal.Kind.INVESTMENT: "buy",
    Deal.Kind.MERGER: "combine",
    Deal.Kind.JOINT_VENTURE: "combine",
    Deal.Kind.PARTNERSHIP: "combine",
}


def status_moved(*, on_file: str, reported: str) -> bool:
    """Does a story reporting `reported` move a deal that stands at `on_file`?"""
    if reported == on_file or on_file in (Deal.Status.COMPLETED, Deal.Status.COLLAPSED):
        return False
    return STATUS_STEP[reported] > STATUS_STEP[on_file]


def deals_on_file(facts_list: Iterable[DealFacts]) -> dict[str, Deal]:
    """For each suggestion (by fingerprint), the deal already on file it is news of: every
    party of the suggestion is a party of the deal (at least two), and the kinds are
    compatible. One query for the whole story."""
    facts_list = [f for f in facts_list if len(f.parties) >= 2]
    keys = {key for facts in facts_list for key in facts.parties}
    if not keys:
        return {}
    candidates = (
        Deal.objects.filter(parties__company__in=keys)
        .distinct()
        .order_by("-announced_on", "-pk")
        .prefetch_related(Prefetch("parties", queryset=DealParty.objects.only("deal", "company")))
    )
    found = {}
    for deal in candidates:
        companies = {party.company_id for party in deal.parties.all()}
        for facts in facts_list:
            fingerprint = facts.fingerprint()
            if fingerprint in found:
                continue
            if (
                set(facts.parties) <= companies
                and KIND_FAMILY[facts.kind] == KIND_FAMILY[deal.kind]
            ):
                found[fingerprint] = deal
    return found


def article_record_deal_suggestions(*, article: Article, deals: Iterable[DealFacts]) -> int:
    """Store the story's deal facts for review; returns how many were new.

    A suggestion that is news of a deal already on file points at it (`on_file`):
    accepting it links the story to that deal rather than creating another. News of a deal
    the story is already linked to, with no step forward, is not recorded at all.
    """
    deals = list(deals)
    keys = {key for facts in deals for key in facts.parties}
    companies = Company.objects.in_bulk(keys)
    on_file = deals_on_file(deals)
    linked = set(article.deals.values_list("pk", flat=True))
    recorded = 0
    for facts in deals:
        if not keys or not all(k in companies for k in facts.parties):
            continue
        deal = on_file.get(facts.fingerprint())
        if (
            deal is not None
            and deal.pk in linked
            and not status_moved(on_file=deal.status, reported=facts.status)
        ):
            continue
        recorded += DealSuggestion.record(
            article=article, facts=facts, companies=companies, on_file=deal
        )[1]
    return recorded


@transaction.atomic
def deal_link_story(
    *, deal: Deal, article: Article, status: str, user: PermissionHolder
) -> DealEvent | None:
    """Link a story to a deal already on file; when the story reports a step forward,
    record it as a dated status event tied to the story and move the deal on. Returns the
    new event, if any."""
    if not user.has_perm("deals.change_deal"):
        raise PermissionDenied("You do not have permission to change deals.")
    article.deals.add(deal)
    if not status_moved(on_file=deal.status, reported=status):
        return None
    day = (article.published_at or timezone.now()).date()
    event, _ = DealEvent.objects.get_or_create(
        deal=deal, date=day, status=status, defaults={"article": article}
    )
    latest = deal.events.order_by("-date", "-pk").values_list("date", flat=True).first()
    if latest is None or day >= latest:
        deal.status = status
        update = ["status", "updated_at"]
        if status in (Deal.Status.COMPLETED, Deal.Status.COLLAPSED) and not deal.closed_on:
            deal.closed_on = day
            update.append("closed_on")
        deal.save(update_fields=update)
    return event


def suggestion_accept(*, suggestion: DealSuggestion, user: PermissionHolder) -> Deal:
    """Accept a recorded suggestion: link the story to the deal on file it is news of, or
    create a new deal from it."""
    deal = suggestion.on_file
    if deal is None:
        return deal_create_from_suggestion(suggestion=suggestion, user=user)
    deal_link_story(deal=deal, article=suggestion.article, status=suggestion.status, user=user)
    suggestion.deal = deal
    suggestion.state = DealSuggestion.State.ACCEPTED
    suggestion.save(update_fields=["deal", "state"])
    return deal
