"""The readers' pages. Every story they can reach starts from `Article.objects.published()`."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache, partial
from typing import cast
from urllib.parse import quote

from django import forms
from django.core.paginator import EmptyPage, InvalidPage, Page, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import (
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, Greatest, Least
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from companies.models import Company, CompanyAlias, CompanyRelation
from core.aggregates import SEPARATOR, JoinedText
from core.fields import format_percent
from core.loading import choice_label
from core.prepared import PreparedQuery
from core.urls import slug_url, slug_urls
from deals.models import Deal, DealParty, facts_of

from . import pagecache, pictures, rankings
from .models import (
    Article,
    ArticleCompany,
    Author,
    Byline,
    DealEvent,
    TopicStats,
    published_q,
)
from .models.articles import SMALL_LINK_SET, TaggedArticle, attach_bylines, tags_of
from .models.corrections import with_notes

STORIES_PER_PAGE = 10
DEALS_ON_COMPANY_PAGE = 10


class PublicPageMixin:
    """Reader pages: served through the page cache and conditional GET when anonymous
    (articles/pagecache.py); private to a logged-in reader; a staff preview is never cached.

    Views add the surrogate keys of what they show to `self.keys`: `article-12`,
    `company-3`, `deal-5`, `author-2`, `topic-7`, and `stories` on any list of stories.
    """

    preview = False

    def dispatch(self, request, *args, **kwargs):
        self.keys: set[str] = set()
        if pagecache.cacheable(request):
            return pagecache.serve(request, lambda: self._tagged(request, *args, **kwargs))
        pagecache.public_state(request)
        response = super().dispatch(request, *args, **kwargs)
        if self.preview:
            add_never_cache_headers(response)
        else:
            patch_cache_control(response, private=True, max_age=0)
        return response

    def _tagged(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if hasattr(response, "render"):
            response = response.render()
        if self.keys:
            response["Surrogate-Key"] = pagecache.surrogate_keys(self.keys)
            response["Cache-Tag"] = ",".join(sorted(self.keys))
        return response

    def tag_stories(self, stories) -> None:
        self.keys.add("stories")
        self.keys.update(f"article-{story.pk}" for story in stories)


class PublishedArticlesMixin(PublicPageMixin):
    """Lists and pages of stories: published ones only, newest first, ready for cards."""

    paginate_by: int | None = STORIES_PER_PAGE

    def get_queryset(self):
        return Article.objects.published().newest_first().for_cards()

    def story_count(self) -> int | None:
        """The list's length, when a denormalised count knows it (saves a COUNT)."""
        return None

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kw):
        return StoryPaginator(
            queryset,
            per_page,
            count=self.story_count(),
            allow_empty_first_page=allow_empty_first_page,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context.get("page_obj") is not None:
            self.tag_stories(context["page_obj"].object_list)
        return context


def _story_cards(link: str, reverse: bool, start: int, stop: int, now, **things) -> QuerySet:
    """Public stories, newest first (or oldest, `reverse`), from `start` to `stop`, with
    what a card shows: all of them, those linked (`link`) to any of `things` (ids), or
    (`link` "ids") those whose ids `things` are."""
    stories = Article.objects.published(now=now).newest_first()
    if link == "ids":
        stories = stories.filter(pk__in=list(things.values()))
    elif link and len(things) == 1:
        # One thing: along its links' index on (thing, story's time, story), a row per
        # story read (link_times.py), wherever its stories lie in the archive.
        (thing,) = things.values()
        stories = stories.newest_linked(link, thing, now)
    elif link:
        # Several things (a company's group): a walk of the date index, testing each story's
        # links, that starts at the group's newest linked story (oldest, reversed), read
        # from each thing's time index, rather than at today: a group whose coverage lies
        # years back is not found by passing every story since. (The edge comes first:
        # SQLite bounds the walk by the first of two limits on the same column.)
        model, field, story = STORY_LINKS[link]
        # Each story passed is tested by reading its own few links (the index on story and
        # thing), not by a lookup per thing of the group: the thing is compared as a value
        # (+ 0), which no index serves (218 -> 143 us for a group of 14).
        thing = ExpressionWrapper(F(field) + 0, output_field=models.BigIntegerField())
        links = model._default_manager.alias(thing=thing).filter(thing__in=list(things.values()))
        edge = (Least if reverse else Greatest)(
            *(_linked_edge(model, field, pk, now, reverse) for pk in things.values())
        )
        stories = (
            Article.objects.filter(
                **{"published_at__gte" if reverse else "published_at__lte": edge}
            )
            .published(now=now)
            .newest_first()
            .filter(Exists(links.filter(**{story: OuterRef("pk")})))
        )
    stories = stories.select_related("lead_image").defer("body", "body_html")
    return (stories.reverse() if reverse else stories)[start:stop]


# Beyond any story's time, each way: where a thing with no story leaves a walk's edge.
_NEVER = (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC))


def _linked_edge(model, field: str, thing: int, now, oldest: bool) -> Coalesce:
    """The time of `thing`'s newest (or `oldest`) linked story up to `now`, as a subquery
    of one index lookup."""
    times = model._default_manager.filter(**{field: thing, "published_at__lte": now})
    first = times.order_by("published_at" if oldest else "-published_at").values("published_at")
    never = Value(_NEVER[1] if oldest else _NEVER[0], output_field=models.DateTimeField())
    return Coalesce(Subquery(first[:1]), never)


# How a list reaches its stories: the link table, its column for the thing, for the story.
STORY_LINKS: dict[str, tuple[type[models.Model], str, str]] = {
    "tag": (TaggedArticle, "tag_id", "content_object_id"),
    "author": (Byline, "author_id", "article_id"),
    "company": (ArticleCompany, "company_id", "article_id"),
}
STORY_CARDS = PreparedQuery(Article, _story_cards)


def _linked_ids(link: str, **things: int) -> QuerySet:
    model, field, story = STORY_LINKS[link]
    links = model._default_manager.filter(**{f"{field}__in": list(things.values())})
    return links.order_by().values_list(story, flat=True)


LINKED_IDS = {
    link: PreparedQuery(model, partial(_linked_ids, link))
    for link, (model, *_) in STORY_LINKS.items()
}
# A short list read by id takes a statement per number of stories: up to this many.
PREPARED_IDS_UP_TO = 100


def story_cards(count: int, link: str, things) -> "PreparedStories | QuerySet":
    """The `count` public stories linked (`link`) to any of `things`, newest first, ready
    for cards: read by prepared queries, or by a queryset when the list is short but has
    more than PREPARED_IDS_UP_TO linked stories.

    A long list walks the date index (see `ArticleQuerySet._linked`); a short one reads
    its stories' ids from the links first, one small indexed query, and then the page of
    those stories: the database sorts a handful of rows.
    """
    if count > SMALL_LINK_SET:
        return PreparedStories(count, link, things)
    values = {f"thing{i}": pk for i, pk in enumerate(things)}
    ids = sorted(set(cast(list[int], LINKED_IDS[link].run(**values))))
    if len(ids) <= PREPARED_IDS_UP_TO:
        return PreparedStories(count, "ids", ids)
    return Article.objects.published().filter(pk__in=ids).newest_first().for_cards()


class PreparedStories:
    """A long list of public story cards (all stories; a topic's, an author's, a company
    group's) whose length a counter knows, read a page at a time by a prepared query
    (core/prepared.py) with their bylines: what `StoryPaginator` asks of a queryset,
    without a queryset built on every view.
    """

    model = Article

    def __init__(self, count: int, link: str = "", things=(), *, now=None, reverse=False):
        self.count_known, self.link, self.things = count, link, tuple(things)
        self.now = now or timezone.now()
        self.reversed = reverse

    def count(self) -> int:
        return self.count_known

    def __len__(self) -> int:
        return self.count_known

    def reverse(self) -> "PreparedStories":
        return PreparedStories(
            self.count_known, self.link, self.things, now=self.now, reverse=not self.reversed
        )

    def __getitem__(self, part: slice) -> list[Article]:
        start, stop = part.start or 0, part.stop
        if part.step is not None or stop is None or start < 0 or stop < start:
            raise TypeError("a page of stories is a plain slice")
        things = {f"thing{i}": pk for i, pk in enumerate(self.things)}
        shape = (self.link, self.reversed, start, stop)
        stories = STORY_CARDS.run(shape, now=self.now, **things)
        attach_bylines(stories)
        return stories


class StoryPaginator(Paginator):
    """Pages of a big, ordered list of stories, at a cost that does not grow with it.

    The count can come from a denormalised counter instead of a COUNT, and a page in the
    second half of the list is read from the other end (reversed ordering, small offset),
    so `?page=last` of a company with 10,000 stories costs what page 1 does.
    """

    def __init__(self, object_list, per_page, *, count: int | None = None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count if self._known_count is not None else super().count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom > self.count // 2 and hasattr(self.object_list, "reverse"):
            tail = self.object_list.reverse()[self.count - top : self.count - bottom]
            return self._get_page(list(tail)[::-1], number, self)
        return self._get_page(self.object_list[bottom:top], number, self)


def paginate(request, queryset, *, count: int | None = None, per_page: int = STORIES_PER_PAGE):
    """A page of `queryset` for `?page=` (a number, or `last`); a page that is not a number
    or is out of range is a 404.

    With no `count` known, a numbered page is read with the list's length counted in the
    same query (a window count), so no separate COUNT runs; `last` needs the COUNT first.
    """
    number = request.GET.get("page") or 1
    try:
        if count is None and number != "last" and isinstance(queryset, QuerySet):
            return _page_counted_in_query(queryset, per_page, number)
        paginator = StoryPaginator(queryset, per_page, count=count)
        if number == "last":
            number = paginator.num_pages
        return paginator.page(number)
    except InvalidPage as exc:
        raise Http404(f"No such page: {exc}") from exc


def _page_counted_in_query(queryset: QuerySet, per_page: int, number) -> Page:
    try:
        number = int(number)
    except (TypeError, ValueError) as exc:
        raise PageNotAnInteger("That page number is not an integer") from exc
    if number < 1:
        raise EmptyPage("That page number is less than 1")
    bottom = (number - 1) * per_page
    rows = list(queryset.annotate(listed=Window(Count("pk")))[bottom : bottom + per_page])
    count = getattr(rows[0], "listed", 0) if rows else 0
    paginator = StoryPaginator(queryset, per_page, count=count)
    if not rows and number > 1:
        raise EmptyPage("That page contains no results")
    return Page(rows, number, paginator)


class IndexPagesMixin:
    """A ListView paged by `paginate()`: a bad or out-of-range `?page=` is a 404, `last`
    is the last page, and `index_count()` (when known) spares the COUNT."""

    request: HttpRequest

    def index_count(self) -> int | None:
        return None

    def paginate_queryset(self, queryset, page_size):
        page = paginate(self.request, queryset, count=self.index_count(), per_page=page_size)
        return page.paginator, page, page.object_list, page.has_other_pages()


def _latest_deals(count: int, now) -> QuerySet:
    return Deal.objects.public(now=now).latest()[:count]


def _parties_of(count: int, **deals: int) -> QuerySet:
    return (
        DealParty.objects.filter(deal_id__in=list(deals.values()))
        .select_related("company")
        .only("deal_id", "company_id", "role", "company__name", "company__slug")
    )


# Built once per process and database (core/prepared.py).
LATEST_DEALS = PreparedQuery(Deal, _latest_deals)
PARTIES_OF = PreparedQuery(DealParty, _parties_of)
LATEST_DEALS_ON_HOME = 6


def latest_deals(count: int) -> list[Deal]:
    """The `count` latest public deals, newest first, each with its parties (and their
    companies) as a prefetch would give them."""
    deals = LATEST_DEALS.run((count,), now=timezone.now())
    found: dict[int, list[DealParty]] = {deal.pk: [] for deal in deals}
    ids = {f"deal{i}": pk for i, pk in enumerate(found)}
    for party in PARTIES_OF.run((len(ids),), **ids) if ids else ():
        found[party.deal_id].append(party)
    for deal in deals:
        deal.__dict__.setdefault("_prefetched_objects_cache", {})["parties"] = found[deal.pk]
    return deals


class HomeView(PublishedArticlesMixin, TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Paginated into the past (`?page=2` is older stories); page 1 is the front page.
        count = pagecache.public_state(self.request).story_count
        page = paginate(
            self.request, PreparedStories(count), count=count, per_page=self.paginate_by
        )
        context["page_obj"] = page
        context["latest"] = page.object_list
        context["noindex"] = page.number > 1
        context["top_companies"] = rankings.most_covered()
        context["recent_window"] = rankings.RECENT_STORIES
        context["latest_deals"] = latest_deals(LATEST_DEALS_ON_HOME)
        self.keys.update({"home", "deals"})
        self.tag_stories(context["latest"])
        self.keys.update(f"company-{c.pk}" for c in context["top_companies"])
        self.keys.update(f"deal-{d.pk}" for d in context["latest_deals"])
        return context


def _story_page(preview: bool, slug: str | None = None, now=None) -> QuerySet:
    """The story page's story: public ones (at `now`), or any for an editor's preview, with
    its notes and tags in the same query; `story_relations()` reads the rest."""
    stories = Article.objects.all() if preview else Article.objects.published(now=now)
    if slug is not None:
        stories = stories.filter(slug=slug)
    # Corrections and updates, and tags, in the story's own query.
    return with_notes(stories).select_related("lead_image").with_tags()  # type: ignore[attr-defined]


# Built and compiled once per process and database, each run with its request's values
# (core/prepared.py): the story by its slug, and what the page shows with it.
STORY_PAGE = PreparedQuery(Article, _story_page)
STORY_BYLINES = PreparedQuery(
    Byline, lambda story: Byline.objects.filter(article_id=story).select_related("author")
)
STORY_COMPANIES = PreparedQuery(
    ArticleCompany,
    lambda story: ArticleCompany.objects.filter(article_id=story).select_related("company"),
)
# Related coverage: the public stories but this one, a filter compiled once.
PUBLIC_OTHERS = PreparedQuery(
    Article, lambda story, now: Article.objects.published(now=now).exclude(pk=story)
)
STORY_DEALS = PreparedQuery(
    Deal, lambda story, now: Deal.objects.public(now=now).filter(articles=story)
)


def story_relations(article: Article, now) -> None:
    """Hand `article` its bylines (with authors), companies and public deals (at `now`), as
    a prefetch would: `article.bylines.all()` and the rest read them."""
    article._prefetched_objects_cache = {  # type: ignore[attr-defined]
        **getattr(article, "_prefetched_objects_cache", {}),
        "bylines": STORY_BYLINES.run(story=article.pk),
        "company_links": STORY_COMPANIES.run(story=article.pk),
        "deals": STORY_DEALS.run(story=article.pk, now=now),
    }


class ArticleDetailView(PublishedArticlesMixin, DetailView):
    template_name = "articles/article_detail.html"

    def can_preview(self) -> bool:
        # An anonymous request never touches the session (see pagecache.is_anonymous).
        return not pagecache.is_anonymous(self.request) and self.request.user.has_perm(
            "articles.change_article"
        )

    def get_queryset(self):
        return _story_page(self.can_preview())

    def get_object(self, queryset=None):
        slug, now = self.kwargs["slug"], timezone.now()
        if self.can_preview():
            found = STORY_PAGE.run((True,), slug=slug)
        else:
            found = STORY_PAGE.run((False,), slug=slug, now=now)
        if not found:
            raise Http404("No story at this address.")
        article = found[0]
        story_relations(article, now)
        tags_of(article)
        self.preview = not article.is_published()
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview
        context.update(pictures.share_images(self.object, self.request))
        others = PUBLIC_OTHERS.where(story=self.object.pk, now=timezone.now())
        context["related"] = Article.objects.related_to(self.object, where=others)
        article = self.object
        self.keys.add(f"article-{article.pk}")
        self.tag_stories(context["related"])
        self.keys.update(f"company-{link.company_id}" for link in article.company_links.all())
        self.keys.update(f"deal-{deal.pk}" for deal in article.deals.all())
        self.keys.update(f"author-{b.author_id}" for b in article.bylines.all())
        self.keys.update(f"topic-{tag.pk}" for tag in article.tags.all())
        return context


class CompanyListView(IndexPagesMixin, PublicPageMixin, ListView):
    """Companies A–Z, one letter a page (`?letter=B`, paginated at 100), with the letters
    and how many companies each has; one aggregate query, no per-row subquery."""

    template_name = "companies/company_list.html"
    paginate_by = 100

    def get(self, request, *args, **kwargs):
        self.letters = dict(
            Company.objects.order_by()
            .values_list("index_letter")
            .annotate(n=Count("pk"))
            .values_list("index_letter", "n")
        )
        grouped: dict[str, int] = {}
        for letter, n in self.letters.items():
            key = _index_letter(letter)
            grouped[key] = grouped.get(key, 0) + n
        self.grouped = dict(sorted(grouped.items(), key=lambda kv: (kv[0] == "#", kv[0])))
        letter = request.GET.get("letter") or next(iter(self.grouped), "A")
        if self.grouped and letter not in self.grouped:
            raise Http404("No companies under that letter.")
        self.letter = letter
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        if self.letter == "#":
            letters = [raw for raw in self.letters if _index_letter(raw) == "#"]
        else:
            letters = [raw for raw in self.letters if _index_letter(raw) == self.letter]
        return (
            Company.objects.filter(index_letter__in=letters)
            .order_by("name")
            .only("name", "slug", "sector", "story_count")
        )

    def index_count(self) -> int:
        return self.grouped.get(self.letter, 0)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["letters"] = self.grouped
        context["letter"] = self.letter
        context["query_string"] = f"letter={quote(self.letter)}"
        self.keys.add("companies")
        return context


def _index_letter(letter: str | None) -> str:
    return letter if letter and letter.isalpha() else "#"


# What the company page shows of the companies around it (a name, a link, and for the
# structured data their ticker and website) and of its deals: reading whole rows cost the
# top company's page a fifth of its time (17 relations, each with two full companies).
LINKED_COMPANY = ("id", "name", "slug", "ticker", "website")
# What the company page reads of its parents and children, as plain rows (`Relation.of`).
RELATION_FIELDS = (
    "kind",
    "stake_percent",
    *(f"{side}__{field}" for side in ("parent", "child") for field in LINKED_COMPANY),
)


@dataclass(slots=True)
class RelatedCompany:
    """A parent or child on a company's page: what its links and structured data show."""

    pk: int
    name: str
    slug: str
    ticker: str
    website: str

    def get_absolute_url(self) -> str:
        return slug_url("companies:detail", self.slug)


@dataclass(slots=True)
class Relation:
    """A company relation as the company page reads it (rows, not model instances: a
    fifth of the time of them), with what `Company.group_ids()` and the page ask of one."""

    kind: str
    stake_percent: Decimal | None
    parent: RelatedCompany
    child: RelatedCompany

    @classmethod
    def of(cls, row: tuple) -> "Relation":
        kind, stake, *sides = row
        width = len(LINKED_COMPANY)
        return cls(kind, stake, RelatedCompany(*sides[:width]), RelatedCompany(*sides[width:]))

    @property
    def parent_id(self) -> int:
        return self.parent.pk

    @property
    def child_id(self) -> int:
        return self.child.pk

    def get_kind_display(self) -> str:
        return choice_label(CompanyRelation._meta.get_field("kind"), self.kind)


# What the company page shows of each party of a deal, read as plain rows (`deal_roles`).
PARTY_FIELDS = (
    "deal_id", "company_id", "role", "company__name", "company__slug",
    "deal__name", "deal__slug", "deal__kind", "deal__status", "deal__value", "deal__currency",
    "deal__stake_percent",
)  # fmt: skip


@dataclass(slots=True)
class Linked:
    """A company as a list on another's page shows it: its address, its name, and what it
    is to that company ("acquirer", "subsidiary, 97%")."""

    url: str
    name: str
    note: str


@dataclass(slots=True)
class DealRole:
    """A company's part in a deal, and the deal's other parties, worked out for the page
    (a template's method calls and includes cost several times this, per deal)."""

    pk: int
    name: str
    url: str
    status: str
    status_label: str
    role: str
    facts: str
    others: list[Linked]


def deal_roles(company: Company, parties: list[tuple]) -> list[DealRole]:
    """The company's deals, from the rows (PARTY_FIELDS) of their parties: together, newest
    deal first."""
    deals: dict[int, list[tuple]] = {}
    for party in parties:
        deals.setdefault(party[0], []).append(party)
    company_url, deal_url = slug_urls("companies:detail"), slug_urls("deals:detail")
    role_field = DealParty._meta.get_field("role")
    kind_field, status_field = Deal._meta.get_field("kind"), Deal._meta.get_field("status")
    roles = []
    for group in deals.values():
        for own in group:
            if own[1] != company.pk:
                continue
            pk, _, role, _, _, name, slug, kind, status, value, currency, stake = own
            roles.append(
                DealRole(
                    pk=pk,
                    name=name,
                    url=deal_url(slug),
                    status=status,
                    status_label=choice_label(status_field, status),
                    role=choice_label(role_field, role),
                    facts=facts_of(choice_label(kind_field, kind), value, currency, stake),
                    others=[
                        Linked(
                            company_url(other[4]),
                            other[3],
                            choice_label(role_field, other[2]).lower(),
                        )
                        for other in group
                        if other[1] != company.pk
                    ],
                )
            )
    return roles


def mentioned_with(companies: list[Company]) -> list[Linked]:
    """The companies most often in the same stories, with how many (`shared`)."""
    company_url = slug_urls("companies:detail")
    linked = []
    for company in companies:
        shared: int = company.shared  # type: ignore[attr-defined]
        note = f"{shared} stor{'y' if shared == 1 else 'ies'}"
        linked.append(Linked(company_url(company.slug), company.name, note))
    return linked


def subsidiaries(relations: list[Relation]) -> list[Linked]:
    company_url = slug_urls("companies:detail")
    return [
        Linked(
            company_url(r.child.slug),
            r.child.name,
            r.get_kind_display().lower()
            + (f", {format_percent(r.stake_percent)}" if r.stake_percent is not None else ""),
        )
        for r in relations
    ]


def _company_page(slug: str) -> QuerySet:
    # The aliases in the same query, joined: one query fewer than a prefetch.
    names = (
        CompanyAlias.objects.filter(company=OuterRef("pk"))
        .order_by()
        .values("company")
        .annotate(joined=JoinedText("name"))
        .values("joined")
    )
    return (
        Company.objects.select_related("logo__image")
        .annotate(alias_names=Subquery(names))
        .filter(slug=slug)
    )


def _company_relations(company: int) -> QuerySet:
    return CompanyRelation.objects.filter(Q(parent_id=company) | Q(child_id=company)).values_list(
        *RELATION_FIELDS
    )


def _company_deals(company: int, now) -> QuerySet:
    """The parties of the company's latest public deals (one more than the page shows, to
    know there are more), each deal's parties together, newest deal first."""
    latest = Deal.objects.public(now=now).filter(parties__company_id=company).latest()
    return (
        DealParty.objects.filter(deal__in=latest.values("pk")[: DEALS_ON_COMPANY_PAGE + 1])
        .order_by(F("deal__announced_on").desc(nulls_last=True), "deal__name", "pk")
        .values_list(*PARTY_FIELDS)
    )


# Built once per process and database (core/prepared.py), run with each request's values.
COMPANY_PAGE = PreparedQuery(Company, _company_page)
COMPANY_RELATIONS = PreparedQuery(CompanyRelation, _company_relations)
COMPANY_DEALS = PreparedQuery(DealParty, _company_deals)


class CompanyDetailView(PublicPageMixin, DetailView):
    template_name = "companies/company_detail.html"

    def get_queryset(self):
        return _company_page(self.kwargs["slug"])

    def get_object(self, queryset=None):
        found = COMPANY_PAGE.run(slug=self.kwargs["slug"])
        if not found:
            raise Http404("No company at this address.")
        return found[0]

    def get_context_data(self, **kwargs):
        company = self.object
        # Parents and children in one query, then split.
        rows = cast(list[tuple], COMPANY_RELATIONS.run(company=company.pk))
        relations = [Relation.of(row) for row in rows]
        children = [r for r in relations if r.parent_id == company.pk]
        kwargs["parent_relations"] = [r for r in relations if r.child_id == company.pk]
        kwargs["child_relations"] = children
        # Company.group_ids() reads prefetched relations: hand it the ones just read.
        company._prefetched_objects_cache = {
            **getattr(company, "_prefetched_objects_cache", {}),
            "child_relations": children,
        }
        context = super().get_context_data(**kwargs)
        group = company.group_ids()
        count = company.group_story_count
        coverage: QuerySet | PreparedStories
        show = self.request.GET.get("show")
        if show:
            # Narrowed: stories about the company, mentioning it, or on its group.
            narrowed = Article.objects.published().filter(pk__in=self._narrowed(show, group))
            coverage, count = narrowed.newest_first().for_cards(), None
            context["show"] = show
            context["query_string"] = f"show={show}"
        else:
            coverage = story_cards(count, "company", group)
        context["page_obj"] = paginate(self.request, coverage, count=count)
        self.keys.update(f"company-{pk}" for pk in company.group_ids())
        self.tag_stories(context["page_obj"].object_list)
        # The company's latest public deals (a bounded list: the deals index has them all)
        # with all their parties, in one query.
        parties = COMPANY_DEALS.run(company=company.pk, now=timezone.now())
        roles = deal_roles(company, cast(list[tuple], parties))
        context["subsidiaries"] = subsidiaries(children)
        context["deal_roles"] = roles[:DEALS_ON_COMPANY_PAGE]
        context["more_deals"] = len(roles) > DEALS_ON_COMPANY_PAGE
        context["aliases"] = sorted(filter(None, (company.alias_names or "").split(SEPARATOR)))
        context["co_mentioned"] = rankings.co_mentioned_with(company)
        context["often_with"] = mentioned_with(context["co_mentioned"])
        self.keys.update(f"deal-{role.pk}" for role in context["deal_roles"])
        self.keys.update(f"company-{c.pk}" for c in context["co_mentioned"])
        return context

    SHOW = ("about", "mentions", "group")

    def _narrowed(self, show: str, group) -> QuerySet:
        """The ids of the stories in one narrowed view of the coverage; a 404 for any other."""
        links = ArticleCompany.objects.all()
        company = self.object
        if show == "about":
            links = links.filter(company=company, role=ArticleCompany.Role.ABOUT)
        elif show == "mentions":
            links = links.filter(company=company, role=ArticleCompany.Role.MENTIONS)
        elif show == "group":
            links = links.filter(company_id__in=[pk for pk in group if pk != company.pk])
        else:
            raise Http404("No such view of the coverage.")
        return links.values("article_id")


class DealFilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", "Any status"), *Deal.Status.choices], required=False)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Deal.Kind.choices], required=False)
    company = forms.SlugField(required=False, max_length=200, widget=forms.HiddenInput)


def _deals(filters: tuple[str, ...], now, **values) -> QuerySet:
    """Public deals, newest first, filtered by each of `filters` ("status", "kind",
    "company": a party's slug) with its value."""
    lookups = {"company": "parties__company__slug"}
    wanted = {lookups.get(name, name): values[name] for name in filters}
    return Deal.objects.public(now=now).filter(**wanted)


def _deal_page(filters: tuple[str, ...], start: int, stop: int, now, **values) -> QuerySet:
    return _deals(filters, now, **values).latest()[start:stop]


def _deal_count(filters: tuple[str, ...], now, **values) -> QuerySet:
    # COUNT as a plain function: one row, where an aggregate would group.
    count = Func(F("pk"), function="COUNT", output_field=models.IntegerField())
    return _deals(filters, now, **values).order_by().annotate(n=count).values_list("n", flat=True)


DEAL_PAGE, DEAL_COUNT = PreparedQuery(Deal, _deal_page), PreparedQuery(Deal, _deal_count)


class PreparedDeals:
    """The deals index's deals for its filters (name → value), what Django's paginator
    asks of a queryset (a count, a slice) read by prepared queries: a page of deals
    0.78 → 0.36 ms, their count 0.7 → 0.2 ms at 5,000 deals."""

    model = Deal

    def __init__(self, filters: dict[str, str]):
        self.filters, self.now = filters, timezone.now()

    def count(self) -> int:
        rows = DEAL_COUNT.run((tuple(self.filters),), now=self.now, **self.filters)
        return cast(list[int], rows)[0] if rows else 0

    def __getitem__(self, part: slice) -> list[Deal]:
        shape = (tuple(self.filters), part.start or 0, part.stop)
        return DEAL_PAGE.run(shape, now=self.now, **self.filters)


@lru_cache(maxsize=128)
def _filter_field(name: str, value: str | None, language: str | None) -> str:
    """A deal filter's menu, as its form prints it with `value` chosen: a few choices each,
    so printed once per value and language (Django's widget templates cost 0.5 ms a page)."""
    return str(DealFilterForm({} if value is None else {name: value})[name])


class DealListView(PublicPageMixin, ListView):
    template_name = "deals/deal_list.html"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.filter_form = DealFilterForm(request.GET)
        if not self.filter_form.is_valid():
            return TemplateResponse(
                request, "400.html", {"errors": self.filter_form.errors}, status=400
            )
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        filters = {k: v for k, v in self.filter_form.cleaned_data.items() if v}
        return PreparedDeals(filters)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The page's parties as rows, in one query: a prefetch builds each party and its
        # company as objects (3.3 of the page's 9 ms at 25 deals, against 0.4 for rows).
        rows = DealParty.objects.filter(deal_id__in=[deal.pk for deal in context["object_list"]])
        parties: dict[int, list[tuple[str, str]]] = {}
        for deal_id, slug, name in rows.order_by("pk").values_list(
            "deal_id", "company__slug", "company__name"
        ):
            parties.setdefault(deal_id, []).append((slug, name))
        context["deal_parties"] = parties
        context["filter_form"] = self.filter_form
        context["filter_fields"] = {
            name: _filter_field(name, self.filter_form[name].value(), get_language())
            for name in ("status", "kind")
        }
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        self.keys.add("deals")
        self.keys.update(f"deal-{deal.pk}" for deal in context["object_list"])
        return context


class DealDetailView(PublicPageMixin, DetailView):
    template_name = "deals/deal_detail.html"

    # A step a story reported shows once that story is public; a step entered from a
    # filing (no story) shows with the deal.
    def get_queryset(self):
        # Built per request: public() reads the clock, so a class-level queryset would
        # freeze "now" at the moment the module was imported.
        return Deal.objects.public().prefetch_related(
            # The parties with their logos, in the one query with_parties() would make.
            Prefetch(
                "parties",
                queryset=DealParty.objects.select_related("company__logo__image"),
            ),
            Prefetch(
                "events",
                queryset=DealEvent.objects.filter(
                    Q(article__isnull=True) | published_q("article__")
                ).select_related("article"),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = Article.objects.published().reporting(self.object).for_cards()[:20]
        self.keys.add(f"deal-{self.object.pk}")
        self.keys.update(f"company-{party.company_id}" for party in self.object.parties.all())
        self.tag_stories(context["coverage"])
        return context


class TopicView(PublishedArticlesMixin, ListView):
    """Stories with a tag. A tag with no published story is not a page readers can see."""

    template_name = "articles/topic.html"
    allow_empty = False

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return story_cards(self.story_count(), "tag", [self.tag.pk])

    def story_count(self) -> int:
        return self._topic_count

    @cached_property
    def _topic_count(self) -> int:
        return (
            TopicStats.objects.filter(tag=self.tag).values_list("story_count", flat=True).first()
            or 0
        )

    def get_context_data(self, **kwargs):
        self.keys.add(f"topic-{self.tag.pk}")
        return super().get_context_data(tag=self.tag, **kwargs)


class AuthorView(PublishedArticlesMixin, ListView):
    """An author's published stories; an author with none has no public page."""

    template_name = "articles/author.html"
    allow_empty = False

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return story_cards(self.story_count(), "author", [self.author.pk])

    def story_count(self) -> int:
        return self.author.story_count

    def get_context_data(self, **kwargs):
        self.keys.add(f"author-{self.author.pk}")
        return super().get_context_data(author=self.author, **kwargs)


class ArchiveView(PublishedArticlesMixin, ListView):
    """A month's published stories, newest first, with links to the nearest earlier and
    later months that have any (one query each). A month with none is a 404."""

    template_name = "articles/archive.html"
    allow_empty = False

    def get_queryset(self):
        year, month = self.kwargs["year"], self.kwargs["month"]
        if not 1 <= month <= 12 or not 1 <= year <= 9998:
            raise Http404("No such month.")
        zone = timezone.get_current_timezone()
        self.month = date(year, month, 1)
        self.start = datetime(year, month, 1, tzinfo=zone)
        following = date(year + month // 12, month % 12 + 1, 1)
        self.end = datetime(following.year, following.month, 1, tzinfo=zone)
        return (
            super().get_queryset().filter(published_at__gte=self.start, published_at__lt=self.end)
        )

    def _neighbour(self, later: bool) -> date | None:
        stories = Article.objects.published()
        if later:
            stories = stories.filter(published_at__gte=self.end).order_by("published_at")
        else:
            stories = stories.filter(published_at__lt=self.start).order_by("-published_at")
        when = stories.values_list("published_at", flat=True).first()
        if when is None:
            return None
        when = timezone.localtime(when)
        return date(when.year, when.month, 1)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["month"] = self.month
        context["previous_month"] = self._neighbour(later=False)
        context["next_month"] = self._neighbour(later=True)
        context["noindex"] = context["page_obj"].number > 1
        return context


class TopicIndexView(IndexPagesMixin, PublicPageMixin, ListView):
    """Topics with at least one published story, most active first, then A–Z."""

    template_name = "articles/topic_index.html"
    paginate_by = 100

    def get_queryset(self):
        return (
            TopicStats.objects.filter(story_count__gte=1)
            .select_related("tag")
            .order_by("-story_count", "tag__name", "tag_id")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.keys.add("stories")
        self.keys.update(f"topic-{stats.tag_id}" for stats in context["object_list"])
        return context


class AuthorIndexView(IndexPagesMixin, PublicPageMixin, ListView):
    """Authors with at least one published story, most active first, then A–Z."""

    template_name = "articles/author_index.html"
    paginate_by = 100

    def get_queryset(self):
        return (
            Author.objects.filter(story_count__gte=1)
            .only("name", "slug", "story_count")
            .order_by("-story_count", "name", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.keys.add("stories")
        self.keys.update(f"author-{author.pk}" for author in context["object_list"])
        return context
