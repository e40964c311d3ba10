"""Keeping derived public data exact on every write path (see `live.py` for why signals).

Only bookkeeping happens here — counts, first-reported times and the public version —
never a decision an editor would recognise as a rule of the newsroom.
"""

from collections.abc import Callable
from typing import Any

from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from companies.merge import company_merged
from companies.models import Company, CompanyAlias, CompanyRelation
from deals.models import Deal, DealParty

from . import live
from .models import (
    Article,
    ArticleCompany,
    Author,
    Byline,
    Correction,
    DealEvent,
    DealSuggestion,
    TaggedArticle,
)


def _story_saved(sender, instance: Article, raw=False, **kwargs):
    if not raw:
        live.refresh_for_articles([instance.pk])


def _story_deleting(sender, instance: Article, **kwargs):
    # The links go with the story: remember whom they pointed at.
    instance._linked = (  # type: ignore[attr-defined]
        list(instance.company_links.values_list("company_id", flat=True)),
        list(instance.deals.values_list("pk", flat=True)),
    )


def _story_deleted(sender, instance: Article, **kwargs):
    companies, deals = getattr(instance, "_linked", ((), ()))
    live.refresh_story_count()
    live.refresh_coverage(companies=companies, deals=deals, stories_changed=True)
    live.refresh_co_mentions(pairs=live.story_pairs((), also=companies))


# A row edited in place (an inline in the admin) can move from one author, company, topic
# or parent to another: the one it leaves must be recounted too.
MOVABLE: dict[type[Model], str] = {
    ArticleCompany: "company",
    Byline: "author",
    TaggedArticle: "tag",
    CompanyRelation: "parent",
}


def _moving(sender, instance, raw=False, update_fields=None, **kwargs):
    """Remember, as `_moved_from`, the id the row pointed at before this save, if another."""
    instance._moved_from = None
    field = MOVABLE[sender]
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not {field, f"{field}_id"} & set(update_fields):
        return
    now = getattr(instance, f"{field}_id")
    instance._moved_from = (
        sender._default_manager.filter(pk=instance.pk)
        .exclude(**{f"{field}_id": now})
        .values_list(f"{field}_id", flat=True)
        .first()
    )


def _left(instance) -> list[int]:
    """The id the row just moved away from (`_moving`), as a list: empty if none."""
    moved = getattr(instance, "_moved_from", None)
    instance._moved_from = None
    return [] if moved is None else [moved]


def _company_link_changed(sender, instance: ArticleCompany, raw=False, **kwargs):
    if not raw:
        companies = [instance.company_id, *_left(instance)]
        live.refresh_coverage(companies=companies)
        # The pairs it makes (or made, when deleted or moved) with the story's other
        # companies.
        live.refresh_story_pairs([instance.article_id], also=companies)


def _deal_links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":
        instance._cleared = (
            list(instance.deals.values_list("pk", flat=True))
            if not reverse
            else list(instance.articles.values_list("pk", flat=True))
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    ids = set(pk_set or ()) | set(getattr(instance, "_cleared", ()))
    if reverse:  # deal.articles.add(...): the deal is `instance`
        live.refresh_coverage(deals=[instance.pk])
    else:
        live.refresh_coverage(deals=ids)


def _company_merged(sender, survivor: Company, merged: Company, **kwargs):
    # The merged company's stories are the kept one's now: recount its pairs (the merged
    # one's rows go with it; `CoMention.MERGE_MOVES` keeps the merge from moving them).
    live.refresh_co_mentions(companies=[survivor.pk])
    live.refresh_most_covered()
    # Deal suggestions name their parties by id inside JSON, which no foreign key follows:
    # a pending one would otherwise make a deal party of a company that is gone.
    waiting = (DealSuggestion.State.PENDING, DealSuggestion.State.PROPOSED)
    for suggestion in DealSuggestion.objects.filter(state__in=waiting).only("pk", "parties"):
        if not any(party["company"] == merged.pk for party in suggestion.parties):
            continue
        parties, seen = [], set()
        for party in suggestion.parties:
            if party["company"] == merged.pk:
                party = {**party, "company": survivor.pk, "slug": survivor.slug}
                party["name"] = survivor.name
            if party["company"] not in seen:
                seen.add(party["company"])
                parties.append(party)
        DealSuggestion.objects.filter(pk=suggestion.pk).update(parties=parties)


# The pages each kind of row shows on, as the surrogate keys those pages carry.
KEYS: dict[type[Model], Callable[[Any], list[str]]] = {
    Company: lambda o: [f"company-{o.pk}"],
    CompanyAlias: lambda o: [f"company-{o.company_id}"],
    CompanyRelation: lambda o: [f"company-{o.parent_id}", f"company-{o.child_id}"],
    Deal: lambda o: [f"deal-{o.pk}"],
    DealParty: lambda o: [f"deal-{o.deal_id}", f"company-{o.company_id}"],
    DealEvent: lambda o: [f"deal-{o.deal_id}"],
    Author: lambda o: [f"author-{o.pk}"],
    Byline: lambda o: [f"article-{o.article_id}", f"author-{o.author_id}"],
    TaggedArticle: lambda o: [f"article-{o.content_object_id}", f"topic-{o.tag_id}"],
    Correction: lambda o: [f"article-{o.article_id}", "corrections"],
}


def _public_detail_changed(sender, instance, raw=False, **kwargs):
    # Companies, deals and what hangs off them, bylines, tags and deal events all show on
    # public pages: a change is a new version, and a purge of the pages showing the row.
    if raw:
        return
    keys = KEYS[sender](instance)
    if sender is Company and kwargs.get("signal") is post_delete:
        # Its rows of the most covered went with it: the next in line moves up.
        live.refresh_most_covered()
    elif sender is CompanyRelation:
        # A subsidiary or affiliate brings its coverage into its parent's.
        parents = [instance.parent_id, *_left(instance)]
        live.refresh_group_counts(parents)
        keys += [f"company-{pk}" for pk in parents[1:]]
    elif sender in (Company, Deal, Author) and kwargs.get("signal") is post_save:
        # A save writes back whatever counts the instance was loaded with: recount.
        if sender is Company:
            # Its links are as they were: the most covered stands (a merge recounts it).
            live.refresh_coverage(companies=[instance.pk], bump=False, most_covered=False)
        elif sender is Deal:
            live.refresh_coverage(deals=[instance.pk], bump=False)
        else:
            live.refresh_authors_and_topics(authors=[instance.pk])
    elif sender is Byline:
        authors = [instance.author_id, *_left(instance)]
        live.refresh_authors_and_topics(authors=authors)
        keys += [f"author-{pk}" for pk in authors[1:]]
    elif sender is TaggedArticle:
        tags = [instance.tag_id, *_left(instance)]
        live.refresh_authors_and_topics(tags=tags)
        keys += [f"topic-{pk}" for pk in tags[1:]]
    live.bump_version(keys=keys)


PUBLIC_DETAIL = tuple(KEYS)


def connect() -> None:
    post_save.connect(_story_saved, sender=Article)
    pre_delete.connect(_story_deleting, sender=Article)
    post_delete.connect(_story_deleted, sender=Article)
    for model in MOVABLE:
        pre_save.connect(_moving, sender=model)
    for signal in (post_save, post_delete):
        signal.connect(_company_link_changed, sender=ArticleCompany)
        for model in PUBLIC_DETAIL:
            signal.connect(_public_detail_changed, sender=model)
    m2m_changed.connect(_deal_links_changed, sender=Article.deals.through)
    company_merged.connect(_company_merged, sender=Company)
